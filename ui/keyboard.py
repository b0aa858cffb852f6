"""The window's keys: Ctrl+1…9 for the first nine screens and the Actions menu of the current screen.

The Actions menu mirrors the current screen's action buttons (``Screen.action_buttons``): one entry per button,
its text, enabled and shown as the button is when the menu opens; a key clicks the button only if it is
enabled and shown at that moment (between openings the entries stay armed and ask the button). A button
given a key (``ui.screens.base.give_key``) lends that shortcut to its entry; a button with a shortcut of its
own (Undo, Ctrl+Z) keeps it, the entry only shows it. "Reload the screen" (F5) and "Go to" (the screens with
Ctrl+1…9) are always there. A screen's own keys win: where a screen binds Ctrl+1 itself (the
mockup desk's 100 %), the window's Ctrl+1 rests while that screen is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QMenu, QPushButton, QWidget

from ui.screens.base import KEY_PROPERTY
from ui.sidebar import NAME_ROLE, TITLE_ROLE

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SCREEN_KEYS = 9
"""Ctrl+1 … Ctrl+9: the first nine screens of the sidebar."""


def screen_key(row: int) -> QKeySequence:
    return QKeySequence(f"Ctrl+{row + 1}")


def install_keyboard(window: MainWindow) -> ActionsMenu:
    """The Actions menu on the window's menu bar (after File), the sidebar's tooltips naming the keys."""
    old = getattr(window, "actions_menu", None)
    if isinstance(old, ActionsMenu) and shiboken6.isValid(old):
        old.detach()
        old.deleteLater()
    menu = ActionsMenu(window)
    window.menuBar().addMenu(menu)
    for row in range(min(SCREEN_KEYS, window.sidebar.count())):
        item = window.sidebar.item(row)
        key = screen_key(row).toString(QKeySequence.SequenceFormat.NativeText)
        item.setToolTip(f"{item.data(TITLE_ROLE)} ({key})")
    return menu


class ActionsMenu(QMenu):
    """The current screen's buttons as actions, then Reload and Go to (module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("ActionsMenu", "&Actions"), window)
        self._window = window
        self._mirrors: dict[QPushButton, QAction] = {}
        self.setToolTipsVisible(True)  # a disabled entry says why, as its button does
        self._end = self.addSeparator()
        self.reload = QAction(self.tr("&Reload the screen"), self)
        self.reload.setShortcut(QKeySequence("F5"))
        self.reload.triggered.connect(self._on_reload_triggered)
        self.addAction(self.reload)
        self.go_to = QMenu(self.tr("&Go to"), self)
        self.screen_actions: list[QAction] = []
        for row in range(min(SCREEN_KEYS, window.sidebar.count())):
            item = window.sidebar.item(row)
            action = QAction(_plain(str(item.data(TITLE_ROLE))), self)
            action.setShortcut(screen_key(row))
            action.setData(item.data(NAME_ROLE))
            action.triggered.connect(self._on_go_triggered)
            self.go_to.addAction(action)
            self.screen_actions.append(action)
        self.addMenu(self.go_to)
        self.aboutToShow.connect(self.rebuild)
        self.aboutToHide.connect(self._arm)
        window.screen_shown.connect(self._on_screen_shown)
        # Filled when a screen is shown or the menu opens: the first screen (the dashboard) has no buttons, and
        # touching the screens while the window is still being built crashed PySide at the window's end.

    # -- the mirrors ---------------------------------------------------------------------------
    def rebuild(self) -> None:
        """One entry per action button of the current screen, as the buttons are now."""
        self._drop_mirrors()
        screen = self._window.current_screen()  # looked up each time: the menu keeps no screen alive
        if screen is None:
            return
        buttons = screen.action_buttons()
        texts = [b.text() for b in buttons]
        for button in buttons:
            text = button.text()
            if texts.count(text) > 1:  # "Remove" in two boxes: name the box
                box = _box_of(button, screen)
                text = f"{box.title()}: {text}" if box is not None else text
            action = QAction(text, self)  # a button reads & as a menu does
            key = button.property(KEY_PROPERTY)
            if not button.shortcut().isEmpty():  # the button's own key stays the button's
                action.setShortcut(button.shortcut())
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            elif key:
                action.setShortcut(QKeySequence(str(key)))
            action.triggered.connect(self._on_mirror_triggered)
            self.insertAction(self._end, action)
            self._mirrors[button] = action
            self._sync(button)
        self._end.setVisible(bool(buttons))

    def mirrored(self) -> dict[QPushButton, QAction]:
        return dict(self._mirrors)

    def detach(self) -> None:
        self._drop_mirrors()
        self._window.screen_shown.disconnect(self._on_screen_shown)

    def _drop_mirrors(self) -> None:
        for action in self._mirrors.values():
            self.removeAction(action)
            action.deleteLater()
        self._mirrors.clear()

    def _sync(self, button: QPushButton) -> None:
        action = self._mirrors.get(button)
        screen = self._window.current_screen()
        if action is None or screen is None:
            return
        action.setEnabled(button.isEnabled())
        action.setVisible(button.isVisibleTo(screen))
        action.setToolTip(button.toolTip())

    def _arm(self) -> None:
        """Closed, every entry takes its key again; the trigger asks the button whether it may be clicked."""
        for action in self._mirrors.values():
            action.setEnabled(True)
            action.setVisible(True)

    def sync_all(self) -> None:
        """Each entry enabled, shown and explained as its button is now."""
        for button in list(self._mirrors):
            self._sync(button)

    # -- slots ---------------------------------------------------------------------------------
    @Slot(str)
    def _on_screen_shown(self, _name: str) -> None:
        self.rebuild()
        self._arm()
        screen = self._window.current_screen()
        own = {s.key().toString() for s in screen.findChildren(QShortcut)} if screen is not None else set()
        for row, action in enumerate(self.screen_actions):
            key = screen_key(row)
            action.setShortcut(QKeySequence() if key.toString() in own else key)

    @Slot()
    def _on_mirror_triggered(self) -> None:
        """Click the entry's button — if it may be clicked now (its key works only as the button would)."""
        action = self.sender()
        button = next((b for b, a in self._mirrors.items() if a is action), None)
        screen = self._window.current_screen()
        if button is None or screen is None or not shiboken6.isValid(button):
            return
        self._sync(button)
        if button.isEnabled() and button.isVisibleTo(screen):
            button.click()

    @Slot()
    def _on_reload_triggered(self) -> None:
        screen = self._window.current_screen()
        if screen is not None:
            screen.refresh()

    @Slot()
    def _on_go_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self._window.show_screen(str(action.data()))


def _box_of(widget: QWidget, screen: QWidget) -> QGroupBox | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not screen:
        if isinstance(parent, QGroupBox) and parent.title():
            return parent
        parent = parent.parentWidget()
    return None


def _plain(text: str) -> str:
    """``text`` shown as it is in a menu ("Dealers & scores": the & is not a mnemonic)."""
    return text.replace("&", "&&")

"""The keyboard (issue 14.7): Tab leaves tables, Ctrl+1…9 open the first nine screens, the Actions menu mirrors
the current screen's buttons with their keys, Tab and Ctrl+Tab leave the comment boxes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QPushButton, QWidget

from tests.ui import programme_state
from tests.ui.programme_state import Programme
from ui.keyboard import ActionsMenu
from ui.main_window import MainWindow
from ui.prefs import Prefs
from ui.sidebar import NAME_ROLE

programme_templates = programme_state.programme_templates
execution = programme_state.execution
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: Any, execution: Programme, tmp_path: Path) -> Iterator[MainWindow]:
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(execution.services, prefs)
    execution.task_runners.append(window.context.tasks)
    qtbot.addWidget(window)
    window.resize(1280, 650)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.context.tasks.wait_for_done(30000)


def _current(window: MainWindow) -> str:
    return str(window.sidebar.currentItem().data(NAME_ROLE))


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _item_views(widget: QWidget, window: MainWindow) -> list[QAbstractItemView]:
    """The tables and trees in ``widget`` (not a combo box's popup list, which is a window of its own)."""
    return [v for v in widget.findChildren(QAbstractItemView) if v.window() is window]


# -- Tab leaves tables -------------------------------------------------------------------------------
def test_no_table_of_any_screen_keeps_tab_for_its_cells(qtbot: Any, window: MainWindow) -> None:
    seen = 0
    for name in window.screen_names():
        screen = window.show_screen(name)
        assert screen is not None
        for view in _item_views(screen, window):
            assert not view.tabKeyNavigation(), f"{name}: {type(view).__name__} {view.objectName()!r}"
            seen += 1
    assert seen >= 15  # every screen's lists, the trees and the proofs table of Settings were looked at


@pytest.mark.parametrize(
    ("name", "table"), [("dealers", "table"), ("audit", "table"), ("consolidation", "_view"), ("allocation", "table")]
)
def test_tab_from_a_table_goes_to_the_next_widget_and_shift_tab_back(
    qtbot: Any, window: MainWindow, name: str, table: str
) -> None:
    screen = window.show_screen(name)
    window.context.tasks.wait_for_done(30000)
    view = getattr(screen, table)
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.waitUntil(lambda: _focus() is view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    after = _focus()
    assert after is not view and not view.isAncestorOf(after)  # not the next cell: the next widget
    assert view.currentIndex().column() == 0
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is view


# -- Ctrl+1…9 ----------------------------------------------------------------------------------------
def test_ctrl_and_a_digit_show_the_first_nine_screens(qtbot: Any, window: MainWindow) -> None:
    names = window.screen_names()
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_3, CTRL)
    assert _current(window) == names[2] == "plans"
    qtbot.keyClick(_focus(), Qt.Key.Key_9, CTRL)
    assert _current(window) == names[8]
    qtbot.keyClick(_focus(), Qt.Key.Key_1, CTRL)
    assert _current(window) == "dashboard"
    tips = [window.sidebar.item(row).toolTip() for row in range(window.sidebar.count())]
    assert tips[2] == "Plans (Ctrl+3)" and tips[8].endswith("(Ctrl+9)")
    assert "Ctrl" not in tips[9]  # the tenth has no key
    go = window.actions_menu.go_to.actions()
    assert [a.shortcut().toString() for a in go] == [f"Ctrl+{n}" for n in range(1, 10)]
    assert go[1].text() == "Dealers && scores"  # shown as "Dealers & scores", no mnemonic on the space


def test_on_the_mockup_desk_ctrl_1_stays_the_pictures_100_percent(qtbot: Any, window: MainWindow) -> None:
    screen = window.show_screen("mockups")
    go = window.actions_menu.go_to.actions()
    assert go[0].shortcut().isEmpty() and go[1].shortcut().toString() == "Ctrl+2"
    screen._view.setFocus()
    qtbot.waitUntil(lambda: _focus() is screen._view)
    qtbot.keyClick(screen._view, Qt.Key.Key_1, CTRL)
    assert _current(window) == "mockups"
    qtbot.keyClick(screen._view, Qt.Key.Key_3, CTRL)  # the other digits still go to their screens
    assert _current(window) == "plans"
    assert go[0].shortcut().toString() == "Ctrl+1"  # back on another screen, Ctrl+1 is the window's again


# -- the Actions menu --------------------------------------------------------------------------------
def _entries(menu: ActionsMenu) -> dict[str, tuple[QPushButton, Any]]:
    return {action.text(): (button, action) for button, action in menu.mirrored().items()}


def test_the_actions_menu_sits_after_file_and_lists_the_screens_buttons(qtbot: Any, window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Actions"]
    window.show_screen("payments")
    payments = _entries(window.actions_menu)
    assert {"Record payment", "Close quarter…", "Reopen quarter…", "Reverse payment…"} <= set(payments)
    window.show_screen("audit")
    audit = _entries(window.actions_menu)
    assert "Export to xlsx…" in audit and "Close quarter…" not in audit  # rebuilt for the screen shown
    assert audit["Export to xlsx…"][1].shortcut().toString() == "Ctrl+E"
    window.actions_menu.aboutToShow.emit()  # opened: the entries as the buttons are
    menu_texts = [a.text() for a in window.actions_menu.actions() if a.isVisible() and not a.isSeparator()]
    assert menu_texts[0] == "Export to xlsx…" and menu_texts[-2:] == ["&Reload the screen", "&Go to"]


def test_an_action_does_what_its_button_does_by_menu_and_by_key(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, title, *a, **k: (asked.append(title), ("", ""))[1])
    window.show_screen("audit")
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_E, CTRL)
    assert asked == ["Export the audit trail"]
    screen = window.show_screen("allocation")
    explain = _entries(window.actions_menu)["Explain"][1]
    explain.trigger()
    assert screen.explanation.toPlainText() == "Select a dealer first."  # the Explain button's answer


def test_an_entry_is_disabled_and_hidden_as_its_button_is(qtbot: Any, window: MainWindow) -> None:
    screen = window.show_screen("dealers")
    menu = window.actions_menu
    menu.aboutToShow.emit()  # the menu opens
    entries = _entries(menu)
    save, save_action = entries["Save scores"]
    assert not save.isEnabled() and not save_action.isEnabled()  # no dealer chosen: nothing to save
    show_all, show_all_action = entries["Show all dealers"]
    assert not show_all.isVisibleTo(screen) and not show_all_action.isVisible()
    shown = [(b, a) for b, a in menu.mirrored().items() if b.isVisibleTo(screen)]
    assert len(shown) >= 2 and all(a.isVisible() and a.isEnabled() == b.isEnabled() for b, a in shown)
    show_all.show()
    save.setEnabled(True)
    menu.aboutToShow.emit()  # opened again: as the buttons are now
    save, save_action = _entries(menu)["Save scores"]
    assert save_action.isEnabled() and _entries(menu)["Show all dealers"][1].isVisible()
    menu.aboutToHide.emit()
    clicks: list[bool] = []
    save.clicked.disconnect()  # the screen's own handler would ask about the dealer: only count the clicks
    save.clicked.connect(lambda: clicks.append(True))
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_S, CTRL)
    assert clicks == [True]  # the key clicks an enabled button
    save.setEnabled(False)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_S, CTRL)
    assert clicks == [True]  # and not a disabled one


def test_reload_refreshes_the_current_screen(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = window.show_screen("users")
    called: list[str] = []
    monkeypatch.setattr(screen, "refresh", lambda: called.append("users"))
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F5)
    assert called == ["users"]


# -- comment boxes -----------------------------------------------------------------------------------
@pytest.mark.parametrize("modifier", [Qt.KeyboardModifier.NoModifier, CTRL])
def test_tab_and_ctrl_tab_leave_the_mockup_comment(qtbot: Any, window: MainWindow, modifier: Any) -> None:
    screen = window.show_screen("mockups")
    comment = screen._comment
    comment.setFocus()
    qtbot.waitUntil(lambda: _focus() is comment)
    qtbot.keyClicks(comment, "too small")
    qtbot.keyClick(comment, Qt.Key.Key_Tab, modifier)
    assert _focus() is not comment and comment.toPlainText() == "too small"
    qtbot.keyClick(_focus(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is comment
    qtbot.keyClick(comment, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier | modifier)  # and backwards
    assert _focus() is not comment and comment.toPlainText() == "too small"


def test_every_text_box_of_the_screens_passes_tab_on(qtbot: Any, window: MainWindow) -> None:
    boxes = []
    for name in window.screen_names():
        screen = window.show_screen(name)
        boxes += [(name, box) for box in screen.findChildren(QPlainTextEdit)]
    assert len(boxes) >= 5
    assert [name for name, box in boxes if not box.tabChangesFocus()] == []


def test_the_reopen_reason_box_passes_tab_and_ctrl_tab_on(qtbot: Any, window: MainWindow) -> None:
    from ui.widgets.text_box import reason_dialog

    dialog = reason_dialog(window, "Reopen the decision", "Why?")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QPlainTextEdit)
    box.setFocus()
    qtbot.waitUntil(lambda: _focus() is box)
    qtbot.keyClick(box, Qt.Key.Key_Tab, CTRL)
    assert isinstance(_focus(), QPushButton)  # OK
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert isinstance(_focus(), QPushButton) and box.toPlainText() == ""

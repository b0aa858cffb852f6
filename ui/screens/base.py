"""The base class of every screen in the main window's stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from coop_desk.services import Entity
from ui.context import ScreenContext

KEY_PROPERTY = "coopdeskKey"
"""A button property: the shortcut its entry in the window's Actions menu carries (ui.keyboard)."""


def give_key(button: QPushButton, key: str) -> None:
    """The Actions menu's entry for ``button`` gets this shortcut (e.g. "Ctrl+I"), active while its screen is."""
    button.setProperty(KEY_PROPERTY, key)


class Screen(QWidget):
    """A screen takes ``(context)``. It refreshes itself from the hub's signals.

    Override ``refresh()`` (reload from the services for ``context.year``), and optionally ``apply_filter()``
    (the dashboard's to-do links call it), ``has_unsaved_changes()`` and ``screenshot_ready()``.
    The base connects ``year_selected`` to ``refresh`` and refreshes lazily: a hidden screen refreshes
    when it is shown again.

    ``watches`` names the entities whose changes make the screen stale (a test checks that a service
    emits each); ``on_watched_change()`` may refine that.
    """

    #: The entities whose changes (``ChangeHub.changed``) make this screen reload.
    watches: frozenset[Entity] = frozenset()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.hub.year_selected.connect(self._on_hub_year_selected)
        context.hub.stage_changed.connect(self._on_hub_year_selected)
        context.hub.year_changed.connect(self._on_hub_year_selected)
        if self.watches:
            context.hub.changed.connect(self._on_hub_changed)

    # -- for subclasses ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload everything shown from the services."""

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Show the list filtered as asked (keys are screen-specific, e.g. ``status``, ``late``)."""

    def has_unsaved_changes(self) -> bool:
        return False

    def action_buttons(self) -> list[QPushButton]:
        """The buttons the window's Actions menu mirrors (ui.keyboard): every labelled push button of the screen
        outside its dialogs, in the order they were made (the menu shows those shown, as they are shown)."""
        return [b for b in self.findChildren(QPushButton) if b.text() and not _in_dialog(b, self)]

    def on_watched_change(self, entity: Entity) -> None:
        """One of ``watches`` changed: reload (now if visible, else when shown)."""
        self.mark_stale()

    # -- lazy refresh --------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """Refresh now if visible, else when next shown."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.ensure_fresh()

    def _on_hub_year_selected(self, _year: int) -> None:
        self.mark_stale()

    def _on_hub_changed(self, entity: Entity) -> None:
        if entity in self.watches:
            self.on_watched_change(entity)


def _in_dialog(widget: QWidget, screen: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not screen:
        if isinstance(parent, QDialog) or parent.isWindow():
            return True
        parent = parent.parentWidget()
    return parent is None

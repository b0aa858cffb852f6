"""One hub that re-emits what the services changed as coarse signals, so open screens refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from coop_desk.services import Changes, Entity


class ChangeHub(QObject):
    """Screens connect to these signals; nobody calls another screen's refresh method.

    ``publish(changes)`` is called with the ``Changes`` value every mutating service method returns.
    """

    changes_published = Signal(object)
    """Any change: the ``Changes`` value itself."""
    changed = Signal(object)
    """An entity kind changed: an ``Entity`` (screens watch them by ``Screen.watches``)."""
    year_changed = Signal(int)
    """A programme year's settings or stage changed (the year)."""
    stage_changed = Signal(int)
    """A programme year moved to another stage (the year)."""
    year_selected = Signal(int)
    """The person picked another current year in the stage bar."""
    years_listed = Signal()
    """A programme year was created (the year picker lists them again)."""
    database_opened = Signal(str)
    """Another database was opened (its URL); the window rebuilds its screens."""
    navigate_requested = Signal(str, dict)
    """A request to show a screen by name with filters, e.g. ("claims", {"status": "submitted"})."""
    language_change_requested = Signal(str)
    """Settings asked to switch the window's language ("en" or "ru")."""
    status_message = Signal(str)
    """A short message for the status bar."""

    def publish(self, changes: Changes) -> None:
        self.changes_published.emit(changes)
        for entity in changes.entities:
            self.changed.emit(entity)
        if changes.year is not None and changes.touches(Entity.YEAR):
            self.year_changed.emit(changes.year)
        if changes.year is not None and Entity.STAGE in changes.also:
            self.stage_changed.emit(changes.year)

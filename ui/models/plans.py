"""Plans screen: dealers and their drafts, the versions of one dealer's draft, a draft's activities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from coop_desk.services.plan_views import ActivityView, DraftView
from ui.models.row_table import MUTED_COLOUR, WARNING_COLOUR, RowTableModel, date_text, money_text


@dataclass(frozen=True)
class DealerDraftRow:
    """One active dealer and where its draft stands (``current`` is None while it is missing)."""

    dealer_code: str
    dealer_name: str
    region: str
    versions: int
    current: DraftView | None

    @property
    def id(self) -> str:
        return self.dealer_code


class DealerDraftsTableModel(RowTableModel):
    class Column(IntEnum):
        DEALER = 0
        NAME = 1
        STATUS = 2
        VERSION = 3
        ACTIVITIES = 4
        TOTAL = 5

    numeric = frozenset({Column.VERSION, Column.ACTIVITIES, Column.TOTAL})

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Dealer"),
            self.tr("Name"),
            self.tr("Draft"),
            self.tr("Version"),
            self.tr("Activities"),
            self.tr("Planned total"),
        ]

    def display(self, row: DealerDraftRow, column: int) -> str:
        c, d = self.Column, row.current
        if column == c.DEALER:
            return row.dealer_code
        if column == c.NAME:
            return row.dealer_name
        if column == c.STATUS:
            return self.tr("received") if d else self.tr("missing")
        if d is None:
            return ""
        if column == c.VERSION:
            return self.tr("v{number} of {count}").format(number=d.number, count=row.versions)
        if column == c.ACTIVITIES:
            return str(len(d.activities))
        return money_text(d.total, self.currency, self.lang)

    def sort_key(self, row: DealerDraftRow, column: int) -> Any:
        c, d = self.Column, row.current
        if column == c.VERSION:
            return d.number if d else None
        if column == c.ACTIVITIES:
            return len(d.activities) if d else None
        if column == c.TOTAL:
            return d.total if d else None
        return self.display(row, column)

    def tooltip(self, row: DealerDraftRow, column: int) -> str | None:
        if column == self.Column.NAME:
            return f"{row.dealer_name} ({row.region})"
        if row.current is not None and column == self.Column.STATUS:
            return self.tr("Received {when}").format(when=date_text(row.current.received))
        return None

    def foreground(self, row: DealerDraftRow, column: int) -> QColor | None:
        if row.current is None and column == self.Column.STATUS:
            return WARNING_COLOUR
        return None


class DraftVersionsTableModel(RowTableModel):
    class Column(IntEnum):
        VERSION = 0
        RECEIVED = 1
        ACTIVITIES = 2
        TOTAL = 3
        SOURCE = 4

    numeric = frozenset({Column.VERSION, Column.ACTIVITIES, Column.TOTAL})

    def headers(self) -> Sequence[str]:
        return [self.tr("Version"), self.tr("Received"), self.tr("Activities"), self.tr("Total"), self.tr("Source")]

    def display(self, row: DraftView, column: int) -> str:
        c = self.Column
        if column == c.VERSION:
            return f"v{row.number}" + (" " + self.tr("(current)") if row.is_current else "")
        if column == c.RECEIVED:
            return date_text(row.received)
        if column == c.ACTIVITIES:
            return str(len(row.activities))
        if column == c.TOTAL:
            return money_text(row.total, self.currency, self.lang)
        return row.source

    def sort_key(self, row: DraftView, column: int) -> Any:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.VERSION: lambda: row.number,
            c.RECEIVED: lambda: row.received,
            c.ACTIVITIES: lambda: len(row.activities),
            c.TOTAL: lambda: row.total,
        }
        return getters[column]() if column in getters else row.source

    def foreground(self, row: DraftView, column: int) -> QColor | None:
        return None if row.is_current else MUTED_COLOUR


class ActivitiesTableModel(RowTableModel):
    class Column(IntEnum):
        REFERENCE = 0
        CHANNEL = 1
        MONTH = 2
        COST = 3
        IDEA = 4

    numeric = frozenset({Column.MONTH, Column.COST})

    def headers(self) -> Sequence[str]:
        return [self.tr("Reference"), self.tr("Channel"), self.tr("Month"), self.tr("Planned cost"), self.tr("Idea")]

    def display(self, row: ActivityView, column: int) -> str:
        c = self.Column
        if column == c.REFERENCE:
            return row.reference
        if column == c.CHANNEL:
            return self.channel_text(row.channel)
        if column == c.MONTH:
            return str(row.month)
        if column == c.COST:
            return money_text(row.planned_cost, self.currency, self.lang)
        return row.idea

    def sort_key(self, row: ActivityView, column: int) -> Any:
        if column == self.Column.MONTH:
            return row.month
        if column == self.Column.COST:
            return row.planned_cost
        return self.display(row, column)

    def tooltip(self, row: ActivityView, column: int) -> str | None:
        return row.idea if column == self.Column.IDEA else None

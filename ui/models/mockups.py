"""Mockups screen: the review queue (mockups waiting for a decision, oldest first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from coop_desk.services.mockups import MockupView
from models.enums import MockupStatus
from ui.labels import mockup_status_label
from ui.models.row_table import RowTableModel, date_text


class MockupQueueTableModel(RowTableModel):
    class Column(IntEnum):
        SUBMITTED = 0
        DEALER = 1
        REFERENCE = 2
        CHANNEL = 3
        NUMBER = 4
        TITLE = 5

    numeric = frozenset({Column.NUMBER})

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Submitted"),
            self.tr("Dealer"),
            self.tr("Activity"),
            self.tr("Channel"),
            self.tr("No."),
            self.tr("Title"),
        ]

    def display(self, row: MockupView, column: int) -> str:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.SUBMITTED: lambda: date_text(row.submitted_on),
            c.DEALER: lambda: row.dealer_code,
            c.REFERENCE: lambda: row.reference,
            c.CHANNEL: lambda: self.channel_text(row.channel),
            c.NUMBER: lambda: str(row.number),
        }
        return getters[column]() if column in getters else row.title

    def sort_key(self, row: MockupView, column: int) -> Any:
        if column == self.Column.SUBMITTED:
            return (row.submitted, row.id)
        if column == self.Column.NUMBER:
            return row.number
        return self.display(row, column)

    def tooltip(self, row: MockupView, column: int) -> str | None:
        return f"{row.dealer_name} — {row.title}" if column in (self.Column.DEALER, self.Column.TITLE) else None


class MockupArchiveTableModel(RowTableModel):
    """The decided mockups (the archive), latest decision first."""

    class Column(IntEnum):
        DECIDED = 0
        DEALER = 1
        REFERENCE = 2
        NUMBER = 3
        DECISION = 4
        BRANDS = 5
        CHANNEL = 6
        TITLE = 7

    numeric = frozenset({Column.NUMBER, Column.BRANDS})

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Decided"),
            self.tr("Dealer"),
            self.tr("Activity"),
            self.tr("No."),
            self.tr("Decision"),
            self.tr("Other brands"),
            self.tr("Channel"),
            self.tr("Title"),
        ]

    def decision_text(self, status: MockupStatus) -> str:
        return mockup_status_label(status)

    def display(self, row: MockupView, column: int) -> str:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.DECIDED: lambda: date_text(row.decided_on),
            c.DEALER: lambda: row.dealer_code,
            c.REFERENCE: lambda: row.reference,
            c.NUMBER: lambda: str(row.number),
            c.DECISION: lambda: self.decision_text(row.status),
            c.BRANDS: lambda: "" if row.other_brands is None else str(row.other_brands),
            c.CHANNEL: lambda: self.channel_text(row.channel),
        }
        return getters[column]() if column in getters else row.title

    def sort_key(self, row: MockupView, column: int) -> Any:
        if column == self.Column.DECIDED:
            return (row.decided_on or row.submitted_on, row.id)
        if column == self.Column.NUMBER:
            return row.number
        if column == self.Column.BRANDS:
            return -1 if row.other_brands is None else row.other_brands
        return self.display(row, column)

    def tooltip(self, row: MockupView, column: int) -> str | None:
        return f"{row.dealer_name} — {row.title}" if column in (self.Column.DEALER, self.Column.TITLE) else None

"""Mockups screen: the review queue (mockups waiting for a decision, oldest first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from coop_desk.services.mockups import MockupView
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
            c.CHANNEL: lambda: row.channel,
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

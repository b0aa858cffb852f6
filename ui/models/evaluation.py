"""Evaluation screen: the independent agency's efficiency results per activity."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from coop_desk.services.evaluation import EfficiencyView
from ui.models.row_table import WARNING_COLOUR, RowTableModel, money_text


class EfficiencyTableModel(RowTableModel):
    class Column(IntEnum):
        REFERENCE = 0
        DEALER = 1
        REGION = 2
        CHANNEL = 3
        REACH = 4
        LEADS = 5
        SALES = 6
        SALES_AMOUNT = 7
        COMMENT = 8

    numeric = frozenset({Column.REACH, Column.LEADS, Column.SALES, Column.SALES_AMOUNT})

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Activity"),
            self.tr("Dealer"),
            self.tr("Region"),
            self.tr("Channel"),
            self.tr("Reach"),
            self.tr("Leads"),
            self.tr("Sales"),
            self.tr("Sales amount"),
            self.tr("Comment"),
        ]

    def row_id(self, row: EfficiencyView) -> Any:
        return row.reference

    def display(self, row: EfficiencyView, column: int) -> str:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.REFERENCE: lambda: row.reference,
            c.DEALER: lambda: row.dealer_code,
            c.REGION: lambda: row.region,
            c.CHANNEL: lambda: self.channel_text(row.channel),
            c.REACH: lambda: f"{row.reach:,}".replace(",", "\u202f"),
            c.LEADS: lambda: f"{row.leads:,}".replace(",", "\u202f"),
            c.SALES: lambda: f"{row.sales:,}".replace(",", "\u202f"),
            c.SALES_AMOUNT: lambda: money_text(row.sales_amount, self.currency, self.lang),
        }
        return getters[column]() if column in getters else row.comment

    def sort_key(self, row: EfficiencyView, column: int) -> Any:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.REACH: lambda: row.reach,
            c.LEADS: lambda: row.leads,
            c.SALES: lambda: row.sales,
            c.SALES_AMOUNT: lambda: row.sales_amount,
        }
        return getters[column]() if column in getters else self.display(row, column)

    def tooltip(self, row: EfficiencyView, column: int) -> str | None:
        return row.comment if column == self.Column.COMMENT and row.comment else None

    def foreground(self, row: EfficiencyView, column: int) -> QColor | None:
        return WARNING_COLOUR if column == self.Column.SALES and row.sales == 0 else None

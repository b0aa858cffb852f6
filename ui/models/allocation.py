"""The allocation table: one line per dealer of a what-if run or of the frozen allocation (R2, R4, R5)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from coop_desk.services.allocation import AllocationLineView
from ui.models.row_table import RowTableModel


class AllocationColumn(IntEnum):
    CODE = 0
    NAME = 1
    REGION = 2
    K = 3
    CAP = 4
    REQUEST = 5
    DEMAND = 6
    AMOUNT = 7


HEADERS = {
    AllocationColumn.CODE: QT_TRANSLATE_NOOP("AllocationTableModel", "Code"),
    AllocationColumn.NAME: QT_TRANSLATE_NOOP("AllocationTableModel", "Dealer"),
    AllocationColumn.REGION: QT_TRANSLATE_NOOP("AllocationTableModel", "Region"),
    AllocationColumn.K: QT_TRANSLATE_NOOP("AllocationTableModel", "k"),
    AllocationColumn.CAP: QT_TRANSLATE_NOOP("AllocationTableModel", "Cap"),
    AllocationColumn.REQUEST: QT_TRANSLATE_NOOP("AllocationTableModel", "Request"),
    AllocationColumn.DEMAND: QT_TRANSLATE_NOOP("AllocationTableModel", "Demand"),
    AllocationColumn.AMOUNT: QT_TRANSLATE_NOOP("AllocationTableModel", "Allocation"),
}
NUMERIC = {
    AllocationColumn.K,
    AllocationColumn.CAP,
    AllocationColumn.REQUEST,
    AllocationColumn.DEMAND,
    AllocationColumn.AMOUNT,
}


class AllocationTableModel(RowTableModel):
    Column = AllocationColumn
    numeric = frozenset(NUMERIC)

    def __init__(self, parent: QObject | None = None, *, money: Callable[[Decimal], str] = str) -> None:
        super().__init__(parent)
        self._money = money

    def set_rows(self, rows: Sequence[AllocationLineView], money: Callable[[Decimal], str] | None = None) -> None:
        if money is not None:
            self._money = money
        super().set_rows(rows)

    # -- hooks ---------------------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        return [QCoreApplication.translate("AllocationTableModel", str(HEADERS[c])) for c in AllocationColumn]

    def row_id(self, row: AllocationLineView) -> Any:
        return row.dealer_code

    def sort_key(self, row: AllocationLineView, column: int) -> Any:
        return {
            AllocationColumn.CODE: row.dealer_code,
            AllocationColumn.NAME: row.dealer_name.casefold(),
            AllocationColumn.REGION: row.region.casefold(),
            AllocationColumn.K: row.coefficient,
            AllocationColumn.CAP: row.cap,
            AllocationColumn.REQUEST: row.request,
            AllocationColumn.DEMAND: row.demand,
            AllocationColumn.AMOUNT: row.amount,
        }[AllocationColumn(column)]

    def display(self, row: AllocationLineView, column: int) -> str:
        if column == AllocationColumn.CODE:
            return row.dealer_code
        if column == AllocationColumn.NAME:
            return row.dealer_name
        if column == AllocationColumn.REGION:
            return row.region
        if column == AllocationColumn.K:
            return f"{row.coefficient:.3f}"
        return self._money(self.sort_key(row, column))

    def tooltip(self, row: AllocationLineView, column: int) -> str | None:
        if column == AllocationColumn.AMOUNT and row.amount < row.demand:
            return QCoreApplication.translate("AllocationTableModel", "Below the demand: the budget is shared by k")
        return None

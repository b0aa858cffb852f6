"""The allocation table: one line per dealer of a what-if run or of the frozen allocation (R2, R4, R5)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coop_desk.services.allocation import AllocationLineView
from ui.models.sorting import ID_ROLE, SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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


class AllocationTableModel(QAbstractTableModel):
    _rows: list = []  # noqa: RUF012  (a class default: Qt may ask for rows while the object is torn down)

    def __init__(self, parent: QObject | None = None, *, money: Callable[[Decimal], str] = str) -> None:
        super().__init__(parent)
        self._rows: list[AllocationLineView] = []
        self._money = money

    def set_rows(self, rows: Sequence[AllocationLineView], money: Callable[[Decimal], str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if money is not None:
            self._money = money
        self.endResetModel()

    def row_at(self, row: int) -> AllocationLineView:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.dealer_code == code), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(AllocationColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(AllocationColumn):
            column = AllocationColumn(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("AllocationTableModel", str(HEADERS[column]))
            if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
                return int(_RIGHT)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = AllocationColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == SORT_ROLE:
            return self._raw(line, column)
        if role == ID_ROLE:
            return line.dealer_code
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and column == AllocationColumn.AMOUNT and line.amount < line.demand:
            return QCoreApplication.translate("AllocationTableModel", "Below the demand: the budget is shared by k")
        return None

    def _raw(self, line: AllocationLineView, column: AllocationColumn) -> Any:
        return {
            AllocationColumn.CODE: line.dealer_code,
            AllocationColumn.NAME: line.dealer_name.casefold(),
            AllocationColumn.REGION: line.region.casefold(),
            AllocationColumn.K: line.coefficient,
            AllocationColumn.CAP: line.cap,
            AllocationColumn.REQUEST: line.request,
            AllocationColumn.DEMAND: line.demand,
            AllocationColumn.AMOUNT: line.amount,
        }[column]

    def _display(self, line: AllocationLineView, column: AllocationColumn) -> str:
        if column == AllocationColumn.CODE:
            return line.dealer_code
        if column == AllocationColumn.NAME:
            return line.dealer_name
        if column == AllocationColumn.REGION:
            return line.region
        if column == AllocationColumn.K:
            return f"{line.coefficient:.3f}"
        return self._money(self._raw(line, column))

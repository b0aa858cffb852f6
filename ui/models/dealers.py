"""The dealers table: a row per dealer with its k and cap for the current year; contact fields edit in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
    QSortFilterProxyModel,
    Qt,
)

from coop_desk.services.dealers import DealerView
from ui.models.sorting import ID_ROLE, SORT_ROLE, RawSortProxy

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class DealerRow:
    dealer: DealerView
    coefficient: Decimal | None
    cap: Decimal | None
    scored: bool


class DealerColumn(IntEnum):
    CODE = 0
    NAME = 1
    REGION = 2
    CITY = 3
    EMAIL = 4
    PHONE = 5
    K = 6
    CAP = 7


HEADERS = {
    DealerColumn.CODE: QT_TRANSLATE_NOOP("DealersTableModel", "Code"),
    DealerColumn.NAME: QT_TRANSLATE_NOOP("DealersTableModel", "Name"),
    DealerColumn.REGION: QT_TRANSLATE_NOOP("DealersTableModel", "Region"),
    DealerColumn.CITY: QT_TRANSLATE_NOOP("DealersTableModel", "City"),
    DealerColumn.EMAIL: QT_TRANSLATE_NOOP("DealersTableModel", "E-mail"),
    DealerColumn.PHONE: QT_TRANSLATE_NOOP("DealersTableModel", "Phone"),
    DealerColumn.K: QT_TRANSLATE_NOOP("DealersTableModel", "k"),
    DealerColumn.CAP: QT_TRANSLATE_NOOP("DealersTableModel", "Cap"),
}
EDITABLE = {
    DealerColumn.NAME: "name",
    DealerColumn.CITY: "city",
    DealerColumn.EMAIL: "email",
    DealerColumn.PHONE: "phone",
}

#: Saves one edited field: (row, field, new text) → the updated row, or None if refused (the saver says why).
Saver = Callable[[DealerRow, str, str], DealerRow | None]


class DealersTableModel(QAbstractTableModel):
    _rows: list = []  # noqa: RUF012  (a class default: Qt may ask for rows while the object is torn down)

    def __init__(self, parent: QObject | None = None, *, money: Callable[[Decimal], str] = str) -> None:
        super().__init__(parent)
        self._rows: list[DealerRow] = []
        self._money = money
        self._saver: Saver | None = None

    def set_saver(self, saver: Saver | None) -> None:
        self._saver = saver

    def set_money(self, money: Callable[[Decimal], str]) -> None:
        self._money = money

    def set_rows(self, rows: Sequence[DealerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DealerRow:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.dealer.code == code), -1)

    def replace_row(self, row: int, value: DealerRow) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(DealerColumn) - 1))

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(DealerColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(DealerColumn):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("DealersTableModel", str(HEADERS[DealerColumn(section)]))
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (DealerColumn.K, DealerColumn.CAP):
                return int(_RIGHT)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and self._saver is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = DealerColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.dealer.code
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DealerColumn.K, DealerColumn.CAP):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and column in (DealerColumn.K, DealerColumn.CAP) and not row.scored:
            return QCoreApplication.translate("DealersTableModel", "Not every criterion is scored yet")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._saver is None:
            return False
        field = EDITABLE.get(DealerColumn(index.column()))
        if field is None:
            return False
        row = self._rows[index.row()]
        text = str(value).strip()
        if text == getattr(row.dealer, field):
            return False
        updated = self._saver(row, field, text)
        if updated is None:
            return False
        self.replace_row(index.row(), updated)
        return True

    # -- cells ---------------------------------------------------------------------------------
    def _display(self, row: DealerRow, column: DealerColumn) -> str:
        d = row.dealer
        if column == DealerColumn.K:
            return "" if row.coefficient is None else f"{row.coefficient:.3f}"
        if column == DealerColumn.CAP:
            return "" if row.cap is None else self._money(row.cap)
        return {
            DealerColumn.CODE: d.code,
            DealerColumn.NAME: d.name,
            DealerColumn.REGION: d.region,
            DealerColumn.CITY: d.city,
            DealerColumn.EMAIL: d.email,
            DealerColumn.PHONE: d.phone,
        }[column]

    @staticmethod
    def _sort_key(row: DealerRow, column: DealerColumn) -> Any:
        if column == DealerColumn.K:
            return row.coefficient if row.coefficient is not None else Decimal(-1)
        if column == DealerColumn.CAP:
            return row.cap if row.cap is not None else Decimal(-1)
        return DealersTableModel._display_static(row, column).casefold()

    @staticmethod
    def _display_static(row: DealerRow, column: DealerColumn) -> str:
        d = row.dealer
        return {
            DealerColumn.CODE: d.code,
            DealerColumn.NAME: d.name,
            DealerColumn.REGION: d.region,
            DealerColumn.CITY: d.city,
            DealerColumn.EMAIL: d.email,
            DealerColumn.PHONE: d.phone,
        }[column]


class DealersFilterProxy(RawSortProxy):
    """Sorts by the raw value; filters by text in any column and optionally by a set of dealer codes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._codes: frozenset[str] | None = None

    def set_codes(self, codes: Sequence[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self._codes = frozenset(codes) if codes else None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._codes = frozenset(codes) if codes else None
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if self._codes is not None:
            code = self.sourceModel().index(source_row, 0, source_parent).data(ID_ROLE)
            if code not in self._codes:
                return False
        return super().filterAcceptsRow(source_row, source_parent)

"""The dealers table: a row per dealer with its k and cap for the current year; contact fields edit in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from coop_desk.services.dealers import DealerView
from ui.models.row_table import AnyIndex, RowSortProxy, RowTableModel


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


class DealersTableModel(RowTableModel):
    Column = DealerColumn
    numeric = frozenset({DealerColumn.K, DealerColumn.CAP})

    def __init__(self, parent: QObject | None = None, *, money: Callable[[Decimal], str] = str) -> None:
        super().__init__(parent)
        self._money = money
        self._saver: Saver | None = None

    def set_saver(self, saver: Saver | None) -> None:
        self._saver = saver

    def set_money(self, money: Callable[[Decimal], str]) -> None:
        self._money = money

    def replace_row(self, row: int, value: DealerRow) -> None:
        self._rows[row] = value
        self._search[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(DealerColumn) - 1))
        if self._order is not None:  # an edited name or city moves the row to its place, as before
            self.sort(*self._order)

    # -- hooks ---------------------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        return [QCoreApplication.translate("DealersTableModel", str(HEADERS[c])) for c in DealerColumn]

    def row_id(self, row: DealerRow) -> Any:
        return row.dealer.code

    def display(self, row: DealerRow, column: int) -> str:
        if column == DealerColumn.K:
            return "" if row.coefficient is None else f"{row.coefficient:.3f}"
        if column == DealerColumn.CAP:
            return "" if row.cap is None else self._money(row.cap)
        return _text(row, DealerColumn(column))

    def sort_key(self, row: DealerRow, column: int) -> Any:
        if column == DealerColumn.K:
            return row.coefficient if row.coefficient is not None else Decimal(-1)
        if column == DealerColumn.CAP:
            return row.cap if row.cap is not None else Decimal(-1)
        return _text(row, DealerColumn(column)).casefold()

    def tooltip(self, row: DealerRow, column: int) -> str | None:
        if not row.dealer.active:
            return QCoreApplication.translate("DealersTableModel", "Deactivated: takes no part in new allocations")
        if column in self.numeric and not row.scored:
            return QCoreApplication.translate("DealersTableModel", "Not every criterion is scored yet")
        return None

    def foreground(self, row: DealerRow, column: int) -> QColor | None:
        return None if row.dealer.active else QColor("#8a939e")  # a deactivated dealer is greyed

    # -- editing in place ----------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and self._saver is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)

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


def _text(row: DealerRow, column: DealerColumn) -> str:
    d = row.dealer
    return {
        DealerColumn.CODE: d.code,
        DealerColumn.NAME: d.name,
        DealerColumn.REGION: d.region,
        DealerColumn.CITY: d.city,
        DealerColumn.EMAIL: d.email,
        DealerColumn.PHONE: d.phone,
    }[column]


class DealersFilterProxy(RowSortProxy):
    """Sorts by the raw value; filters by text in any column and optionally by a set of dealer codes."""

    def set_codes(self, codes: Sequence[str] | None) -> None:
        wanted = frozenset(codes) if codes else None
        self.set_predicate(None if wanted is None else lambda row: row.dealer.code in wanted)

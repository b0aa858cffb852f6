"""A table model over a list of read-model rows, and the proxy that sorts and filters it.

Each list screen subclasses :class:`RowTableModel` with an ``IntEnum`` of columns and says how a
row shows in each column (``display``), how it sorts (``sort_key``: the raw value, never text) and
what identifies it (``row_id``). The proxy sorts by :data:`SORT_ROLE` in Python, so Decimal, dates
and ``None`` sort correctly, and filters by text across all columns plus an optional predicate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coop_desk.channel_names import ChannelNames
from coop_desk.money import format_money
from ui import dates
from ui.numbers import number_locale

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
WARNING_COLOUR = QColor("#b3261e")
MUTED_COLOUR = QColor("#6b6b6b")


def default_channel_text(lang: str) -> Callable[[str], str]:
    """Names a channel by the default names (coop_desk.channel_names) when no year's names are given."""
    return lambda code: ChannelNames().name(code, lang)


def money_text(amount: Decimal | None, currency: str, lang: str) -> str:
    """A service amount for the screen (the one formatting function), blank when there is none."""
    return "" if amount is None else format_money(amount, currency, number_locale(lang))


def date_text(day: dt.date | dt.datetime | None) -> str:
    """A date in the window's language, a moment in local time (ui.dates, the one date formatter)."""
    return dates.date_text(day)


class RowTableModel(QAbstractTableModel):
    """Rows of one read-model type; subclasses set ``Column`` and the per-column hooks."""

    Column: type[IntEnum]
    #: Columns aligned right (amounts, counts).
    numeric: frozenset[int] = frozenset()
    #: Columns the text filter looks at (None: all); leaving amounts out keeps filtering fast on big lists.
    searchable: frozenset[int] | None = None
    _rows: list[Any] = []  # noqa: RUF012  (a class default: Qt may ask for rows while the object is torn down)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        currency: str = "EUR",
        lang: str = "en",
        channel: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: list[str | None] = []
        self._order: tuple[int, Qt.SortOrder] | None = None
        self.currency = currency
        self.lang = lang
        #: A channel's name in the window's language by its code (the year's names: AppContext.channel).
        self.channel_text: Callable[[str], str] = channel or default_channel_text(lang)

    # -- hooks ---------------------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def search_fields(self, row: Any) -> Iterable[str]:
        """What the text filter looks in: the shown text of the ``searchable`` columns (override for speed)."""
        columns = self.searchable if self.searchable is not None else range(len(self.Column))
        return (self.display(row, c) for c in columns)

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    # -- data ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._order is not None:
            self._rows = self._sorted(self._rows, *self._order)
        self._search = [None] * len(self._rows)
        self.endResetModel()

    # -- sorting (in the model: one key per row, not a Python comparison per pair) -----------------------
    def _sorted(self, rows: list[Any], column: int, order: Qt.SortOrder) -> list[Any]:
        descending = order == Qt.SortOrder.DescendingOrder
        keys = [self.sort_key(r, column) for r in rows]
        indexes = range(len(rows))
        try:
            ranked = sorted(indexes, key=lambda i: (keys[i] is not None, keys[i]), reverse=descending)
        except TypeError:  # mixed kinds in one column: compare their text
            ranked = sorted(indexes, key=lambda i: (keys[i] is not None, str(keys[i])), reverse=descending)
        return [rows[i] for i in ranked]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.Column):
            self._order = None
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {id(r): i for i, r in enumerate(self._rows)}
        self._rows = self._sorted(self._rows, column, order)
        position = {id(r): i for i, r in enumerate(self._rows)}
        moved = {old_row: position[key] for key, old_row in old.items()}
        self._search = [None] * len(self._rows)
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, self.index(moved[index.row()], index.column()))
        self.layoutChanged.emit()

    def search_text(self, row: int) -> str:
        """Every column's text of a row, folded, computed once (text filtering never re-formats money)."""
        text = self._search[row]
        if text is None:
            text = "\x1f".join(self.search_fields(self._rows[row])).casefold()
            self._search[row] = text
        return text

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: Any) -> int:
        """The source row number of the row with this id, or -1."""
        for i, r in enumerate(self._rows):
            if self.row_id(r) == row_id:
                return i
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_RIGHT if section in self.numeric else _LEFT)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.Column):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column in self.numeric else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, column)
            return QBrush(colour) if colour is not None else None
        return None


def _less(a: Any, b: Any) -> bool:
    """None sorts first; mixed types by their text."""
    if a is None or b is None:
        return a is None and b is not None
    try:
        return bool(a < b)
    except TypeError:
        return str(a) < str(b)


class RowSortProxy(QSortFilterProxyModel):
    """Sorts by the raw value (SORT_ROLE) and filters by text in any column and a row predicate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep only the rows (read models) for which ``predicate`` is true; None keeps all."""
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Keep the rows that show ``text`` in any column (case-insensitive)."""
        source = self.sourceModel()
        if not isinstance(source, RowTableModel):
            self.setFilterFixedString(text.strip())
            return
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A table model sorts its own rows (fast); the proxy then only filters, keeping that order."""
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802
        return _less(left.data(SORT_ROLE), right.data(SORT_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if self._predicate is not None:
            source = self.sourceModel()
            row = source.index(source_row, 0, source_parent).data(ROW_ROLE)
            if row is not None and not self._predicate(row):
                return False
        source = self.sourceModel()
        if isinstance(source, RowTableModel) and not source_parent.isValid():
            return not self._needle or self._needle in source.search_text(source_row)
        return super().filterAcceptsRow(source_row, source_parent)

    def row_at(self, proxy_row: int) -> Any:
        """The read model shown on this proxy row."""
        return self.index(proxy_row, 0).data(ROW_ROLE)

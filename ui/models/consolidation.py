"""Consolidation screen: the consolidated plan as a tree, one parent row per region."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from coop_desk.services.plan_views import ConsolidatedRow, RegionTotal
from ui.models.row_table import ID_ROLE, MUTED_COLOUR, ROW_ROLE, SORT_ROLE, default_channel_text, money_text

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_GROUP = 0  # internal id of a region row; an activity row carries its region's position + 1


@dataclass(frozen=True)
class RegionGroup:
    name: str
    rows: tuple[ConsolidatedRow, ...]

    @property
    def included(self) -> int:
        return sum(1 for r in self.rows if r.included)


class ConsolidationTreeModel(QAbstractItemModel):
    """Regions as parent rows (with the count of activities kept and dropped), activities below."""

    class Column(IntEnum):
        REFERENCE = 0
        DEALER = 1
        CHANNEL = 2
        MONTH = 3
        PLANNED = 4
        COSTED = 5
        INCLUDED = 6
        PLACEMENT = 7
        VENDOR = 8
        NOTE = 9

    numeric = frozenset({Column.MONTH, Column.PLANNED, Column.COSTED})

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        currency: str = "EUR",
        lang: str = "en",
        channel: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.currency = currency
        self.lang = lang
        self.channel_text = channel or default_channel_text(lang)
        self._groups: list[RegionGroup] = []
        self._totals: dict[str, RegionTotal] = {}

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Activity"),
            self.tr("Dealer"),
            self.tr("Channel"),
            self.tr("Month"),
            self.tr("Planned cost"),
            self.tr("Agency's cost"),
            self.tr("Included"),
            self.tr("Placement"),
            self.tr("Vendor"),
            self.tr("Note"),
        ]

    def set_rows(self, rows: Sequence[ConsolidatedRow], totals: Sequence[RegionTotal] = ()) -> None:
        """Rows as the service gives them (by region, dealer and reference), and the service's region subtotals."""
        by_region: dict[str, list[ConsolidatedRow]] = {}
        for r in rows:
            by_region.setdefault(r.region, []).append(r)
        self.beginResetModel()
        self._groups = [RegionGroup(name, tuple(items)) for name, items in by_region.items()]
        self._totals = {t.region: t for t in totals}
        self.endResetModel()

    def groups(self) -> list[RegionGroup]:
        return list(self._groups)

    def group_text(self, group: RegionGroup) -> str:
        dropped = len(group.rows) - group.included
        text = self.tr("{region} — {count} activities").format(region=group.name, count=len(group.rows))
        if dropped:
            text += self.tr(", {dropped} dropped by the agency").format(dropped=dropped)
        return text

    # -- structure -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _GROUP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_RIGHT if section in self.numeric else _LEFT)
        return None

    # -- data ----------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self._groups[int(index.internalId()) - 1].rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role in (ID_ROLE, ROW_ROLE):
            return row.activity_id if role == ID_ROLE else row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column in self.numeric else _LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and not row.included:
            return QBrush(MUTED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.dealer_name}\n{row.idea}" + (f"\n{row.note}" if row.note else "")
        return None

    def region_total(self, name: str) -> RegionTotal | None:
        return self._totals.get(name)

    def _group_data(self, group: RegionGroup, column: int, role: int) -> Any:
        total = self._totals.get(group.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._group_display(group, total, column)
        if role == SORT_ROLE:
            return group.name if column == 0 else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column in self.numeric else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.group_text(group)
                + "\n"
                + self.tr(
                    "Planned cost of every activity of the region; the agency's cost of the included ones "
                    "(their planned cost where the agency gave none)."
                )
            )
        return None

    def _group_display(self, group: RegionGroup, total: RegionTotal | None, column: int) -> str | None:
        if column == 0:
            return f"{group.name} ({len(group.rows)})"
        if total is None:
            return None
        if column == self.Column.PLANNED:
            return money_text(total.planned_cost, self.currency, self.lang)
        if column == self.Column.COSTED:
            return money_text(total.included_cost, self.currency, self.lang)
        if column == self.Column.INCLUDED:
            return self.tr("{included} of {count}").format(included=total.included, count=total.activities)
        return None

    def _display(self, row: ConsolidatedRow, column: int) -> str:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.REFERENCE: lambda: row.reference,
            c.DEALER: lambda: row.dealer_code,
            c.CHANNEL: lambda: self.channel_text(row.channel),
            c.MONTH: lambda: str(row.month),
            c.PLANNED: lambda: money_text(row.planned_cost, self.currency, self.lang),
            c.COSTED: lambda: money_text(row.costed_amount, self.currency, self.lang),
            c.INCLUDED: lambda: self.tr("yes") if row.included else self.tr("dropped"),
            c.PLACEMENT: lambda: row.placement,
            c.VENDOR: lambda: row.vendor,
        }
        return getters[column]() if column in getters else row.note

    def _sort_key(self, row: ConsolidatedRow, column: int) -> Any:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.MONTH: lambda: row.month,
            c.PLANNED: lambda: row.planned_cost,
            c.COSTED: lambda: row.costed_amount,
            c.INCLUDED: lambda: row.included,
        }
        return getters[column]() if column in getters else self._display(row, column)

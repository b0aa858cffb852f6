"""Claims screen: the year's claims with their status, flags and reimbursement."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from coop_desk.services.claim_views import ClaimRow, ClaimView
from models.enums import ClaimStatus
from ui.models.row_table import (
    ID_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    WARNING_COLOUR,
    AnyIndex,
    RowTableModel,
    date_text,
    money_text,
)
from ui.text import tr_text


def status_text(status: ClaimStatus) -> str:

    return {
        ClaimStatus.SUBMITTED: QCoreApplication.translate("ClaimStatus", "submitted"),
        ClaimStatus.APPROVED: QCoreApplication.translate("ClaimStatus", "approved"),
        ClaimStatus.PAID: QCoreApplication.translate("ClaimStatus", "paid"),
        ClaimStatus.RETURNED: QCoreApplication.translate("ClaimStatus", "returned"),
        ClaimStatus.REJECTED: QCoreApplication.translate("ClaimStatus", "rejected"),
    }[status]


def flags_text(claim: ClaimView | ClaimRow) -> str:
    """Late (and whether accepted) for the list; duplicates are refused when filed, so never listed."""

    if not claim.late:
        return ""
    if claim.late_override_by:
        return QCoreApplication.translate("ClaimFlags", "late: accepted")
    if claim.status in (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED):
        return QCoreApplication.translate("ClaimFlags", "late: needs override")
    return QCoreApplication.translate("ClaimFlags", "late")


class ClaimsTableModel(RowTableModel):
    class Column(IntEnum):
        ID = 0
        QUARTER = 1
        DEALER = 2
        REFERENCE = 3
        CHANNEL = 4
        INVOICE = 5
        INVOICED = 6
        REIMBURSEMENT = 7
        FILED = 8
        STATUS = 9
        FLAGS = 10

    numeric = frozenset({Column.ID, Column.INVOICED, Column.REIMBURSEMENT})

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Claim"),
            self.tr("Quarter"),
            self.tr("Dealer"),
            self.tr("Activity"),
            self.tr("Channel"),
            self.tr("Invoice"),
            self.tr("Invoiced"),
            self.tr("Reimbursement"),
            self.tr("Filed"),
            self.tr("Status"),
            self.tr("Flags"),
        ]

    def display(self, row: ClaimView, column: int) -> str:
        c = self.Column
        match c(column):
            case c.ID:
                return str(row.id)
            case c.QUARTER:
                work = row.work_quarter
                if work and work != row.quarter:  # a late claim for a closed quarter counts in a later one
                    return self.tr("Q{quarter} (work of Q{work})").format(quarter=row.quarter, work=work)
                return self.tr("Q{quarter}").format(quarter=row.quarter)
            case c.DEALER:
                return row.dealer_code
            case c.REFERENCE:
                return row.reference
            case c.CHANNEL:
                return self.channel_text(row.channel)
            case c.INVOICE:
                return row.invoice_number
            case c.INVOICED:
                return money_text(row.invoice_amount, row.currency, self.lang)
            case c.FILED:
                return date_text(row.filed_on)
            case c.STATUS:
                return status_text(row.status)
            case c.REIMBURSEMENT:
                return money_text(row.reimbursement, self.currency, self.lang)
            case _:
                return flags_text(row)

    def sort_key(self, row: ClaimView, column: int) -> Any:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.ID: lambda: row.id,
            c.QUARTER: lambda: row.quarter,
            c.INVOICED: lambda: (row.currency, row.invoice_amount),
            c.FILED: lambda: row.filed_on,
            c.REIMBURSEMENT: lambda: row.reimbursement,
        }
        return getters[column]() if column in getters else self.display(row, column)

    def search_fields(self, row: ClaimView) -> Iterable[str]:
        """Raw fields (fast on 100 000 claims): number, quarter, dealer, activity, channel, invoice, status, flags."""
        return (
            str(row.id),
            f"Q{row.quarter}",
            row.dealer_code,
            row.dealer_name,
            row.reference,
            self.channel_text(row.channel),
            row.invoice_number,
            status_text(row.status),
            flags_text(row),
        )

    def tooltip(self, row: ClaimView, column: int) -> str | None:
        if column == self.Column.FLAGS and row.late:
            text = self.tr("Filed {filed} after the deadline {deadline}").format(
                filed=date_text(row.filed_on), deadline=date_text(row.deadline)
            )
            if row.late_override_by:
                text += "\n" + self.tr("Accepted by {who}: {reason}").format(
                    who=row.late_override_by, reason=row.late_override_reason
                )
            return text
        if column == self.Column.STATUS and row.reason:
            return tr_text(row.reason)
        return None

    def foreground(self, row: ClaimView, column: int) -> QColor | None:
        if column == self.Column.FLAGS and row.needs_override:
            return WARNING_COLOUR
        if column == self.Column.STATUS and row.status == ClaimStatus.REJECTED:
            return WARNING_COLOUR
        return None


#: The sort key (ClaimService.list_ids ``order``) of each column.
_ORDER = {
    ClaimsTableModel.Column.ID: "id",
    ClaimsTableModel.Column.QUARTER: "quarter",
    ClaimsTableModel.Column.DEALER: "dealer",
    ClaimsTableModel.Column.REFERENCE: "reference",
    ClaimsTableModel.Column.CHANNEL: "channel",
    ClaimsTableModel.Column.INVOICE: "invoice",
    ClaimsTableModel.Column.INVOICED: "invoiced",
    ClaimsTableModel.Column.REIMBURSEMENT: "reimbursement",
    ClaimsTableModel.Column.FILED: "filed",
    ClaimsTableModel.Column.STATUS: "status",
    ClaimsTableModel.Column.FLAGS: "flags",
}

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
#: The roles the list answers; a view asks for a dozen per cell on every paint, most of them answered None at once.
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, int(Qt.ItemDataRole.ToolTipRole), SORT_ROLE, ID_ROLE, ROW_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

ListIds = Callable[[str, bool], list[int]]
FetchRows = Callable[[Sequence[int]], list[ClaimRow]]


class LazyClaimRows(Sequence[ClaimRow | None]):
    """Claim numbers in list order; a row is fetched with its page (``page`` rows) the first time it is read.

    At most ``keep_pages`` pages are held (the oldest go first). A claim that vanished meanwhile reads None.
    """

    def __init__(self, ids: Sequence[int], fetch: FetchRows, *, page: int = 200, keep_pages: int = 50) -> None:
        self.ids = list(ids)
        self._fetch = fetch
        self._page = page
        self._keep = keep_pages
        self._pages: dict[int, list[ClaimRow | None]] = {}
        self._position: dict[int, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.ids)))]
        if index < 0:
            index += len(self.ids)
        if not 0 <= index < len(self.ids):
            raise IndexError(index)
        number, offset = divmod(index, self._page)
        page = self._pages.get(number)
        if page is None:
            wanted = self.ids[number * self._page : (number + 1) * self._page]
            found = {row.id: row for row in self._fetch(wanted)}
            page = [found.get(i) for i in wanted]
            while len(self._pages) >= self._keep:
                del self._pages[next(iter(self._pages))]
            self._pages[number] = page
        return page[offset]

    @property
    def fetched_pages(self) -> list[int]:
        """The page numbers held now (for tests and the benchmark)."""
        return sorted(self._pages)

    def position(self, claim_id: int) -> int:
        """The row of this claim number, or -1."""
        if self._position is None:  # one look-up: a scan in C beats building the index
            try:
                return self.ids.index(claim_id)
            except ValueError:
                return -1
        return self._position.get(claim_id, -1)

    def positions(self) -> dict[int, int]:
        """Row by claim number (built once, for moving many rows)."""
        if self._position is None:
            self._position = {claim_id: i for i, claim_id in enumerate(self.ids)}
        return self._position


class ClaimsListModel(ClaimsTableModel):
    """The claims list of a large year (STYLE 12, Anki's approach): claim numbers from one query, each row
    fetched with its page when first shown, and sorting done by the database (``list_ids`` gets the order)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        currency: str = "EUR",
        lang: str = "en",
        channel: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent, currency=currency, lang=lang, channel=channel)
        self._rows: LazyClaimRows | list[Any] = []  # type: ignore[assignment]  # rows fetched a page at a time
        self._list_ids: ListIds | None = None
        self._fetch: FetchRows | None = None
        self._sort_key: tuple[str, bool] = ("id", False)
        self._texts: dict[int, list[str]] = {}  # a shown row's cells, formatted once
        self._alignment = [_RIGHT if c in self.numeric else _LEFT for c in range(len(self.Column))]
        self._warning = QBrush(WARNING_COLOUR)

    def load(self, list_ids: ListIds, fetch: FetchRows) -> None:
        """Show the claims ``list_ids(order, descending)`` names, fetching rows with ``fetch(ids)`` (a reset)."""
        self._list_ids, self._fetch = list_ids, fetch
        ids = list_ids(*self._sort_key)
        self.beginResetModel()
        self._rows = LazyClaimRows(ids, fetch)
        self._texts.clear()
        self.endResetModel()

    def clear(self) -> None:
        self._list_ids = self._fetch = None
        self.beginResetModel()
        self._rows = []
        self._texts.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._rows.ids) if isinstance(self._rows, LazyClaimRows) else [r.id for r in self._rows]

    def row_of(self, row_id: Any) -> int:
        if isinstance(self._rows, LazyClaimRows):
            return self._rows.position(row_id)
        return super().row_of(row_id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the new order; rows already selected stay selected (persistent indexes move)."""
        if column not in _ORDER:
            return
        self._sort_key = (_ORDER[ClaimsTableModel.Column(column)], order == Qt.SortOrder.DescendingOrder)
        if self._list_ids is None or self._fetch is None or not isinstance(self._rows, LazyClaimRows):
            return
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = LazyClaimRows(self._list_ids(*self._sort_key), self._fetch)
        positions = self._rows.positions()
        for index in self.persistentIndexList():
            moved = positions.get(old.ids[index.row()], -1) if index.row() < len(old.ids) else -1
            target = self.index(moved, index.column()) if moved >= 0 else QModelIndex()
            self.changePersistentIndex(index, target)
        self.layoutChanged.emit()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As RowTableModel's, quicker: painting asks for every role of every shown cell each time."""
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        number, column = index.row(), index.column()
        if role == _ALIGNMENT:
            return self._alignment[column] if 0 <= column < len(self._alignment) else None
        row = self._rows[number] if 0 <= number < len(self._rows) else None
        if row is None:
            return None  # out of range, or deleted since the list was read
        if role == _DISPLAY:
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = [self.display(row, c) for c in range(len(self._alignment))]
            return texts[column] if 0 <= column < len(texts) else None
        if role == _FOREGROUND:
            return self._warning if self.foreground(row, column) is not None else None
        return super().data(index, role)

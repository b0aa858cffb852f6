"""Payments screen: payments made to dealers, and the approved claims a new payment may settle."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from coop_desk.services.claim_views import ClaimView, PaymentView
from ui.models.row_table import RowTableModel, date_text, money_text

AnyIndex = QModelIndex | QPersistentModelIndex


class PaymentsTableModel(RowTableModel):
    class Column(IntEnum):
        PAID_ON = 0
        DEALER = 1
        NAME = 2
        AMOUNT = 3
        REVERSAL = 4  # beside the amount: a reversed payment and its reversal are told at a glance
        CLAIMS = 5
        REFERENCE = 6
        RECORDED_BY = 7

    numeric = frozenset({Column.AMOUNT})
    _REVERSED = QColor("#757575")  # a payment that no longer stands
    _REVERSAL = QColor("#b3261e")  # a reversal: its amounts are negative

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Paid on"),
            self.tr("Dealer"),
            self.tr("Name"),
            self.tr("Amount"),
            self.tr("Reversal"),
            self.tr("Claims"),
            self.tr("Payment reference"),
            self.tr("Recorded by"),
        ]

    def reversal_text(self, row: PaymentView) -> str:
        """A reversal says whose payment it reverses and why; a reversed payment says when it was reversed."""
        by_id = {r.id: r for r in self._rows}
        if row.reverses is not None:
            original = by_id.get(row.reverses)
            day = date_text(original.paid_on) if original is not None else "?"
            return self.tr("Reversal of the payment of {date}: {reason}").format(date=day, reason=row.reason)
        if row.reversed_by is not None:
            reversal = by_id.get(row.reversed_by)
            day = date_text(reversal.paid_on) if reversal is not None else "?"
            return self.tr("Reversed on {date}").format(date=day)
        return ""

    def foreground(self, row: PaymentView, column: int) -> QColor | None:
        if row.reverses is not None:
            return self._REVERSAL
        return self._REVERSED if row.reversed_by is not None else None

    def display(self, row: PaymentView, column: int) -> str:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.PAID_ON: lambda: date_text(row.paid_on),
            c.DEALER: lambda: row.dealer_code,
            c.NAME: lambda: row.dealer_name,
            c.AMOUNT: lambda: money_text(row.amount, self.currency, self.lang),
            c.CLAIMS: lambda: ", ".join(str(i.claim_id) for i in row.items),
            c.REFERENCE: lambda: row.reference,
            c.REVERSAL: lambda: self.reversal_text(row),
        }
        return getters[column]() if column in getters else row.recorded_by

    def sort_key(self, row: PaymentView, column: int) -> Any:
        if column == self.Column.PAID_ON:
            return (row.paid_on, row.id)
        if column == self.Column.AMOUNT:
            return row.amount
        return self.display(row, column)

    def tooltip(self, row: PaymentView, column: int) -> str | None:
        if column != self.Column.CLAIMS:
            return self.reversal_text(row) or None  # the whole reason, wherever the row is pointed at
        return "\n".join(
            self.tr("claim {id} ({reference}, invoice {invoice}): {amount}").format(
                id=i.claim_id,
                reference=i.reference,
                invoice=i.invoice_number,
                amount=money_text(i.amount, self.currency, self.lang),
            )
            for i in row.items
        )


class PayableClaimsTableModel(RowTableModel):
    """A dealer's approved, unpaid claims, each with a check box: which ones the payment settles."""

    selection_changed = Signal()
    """The set of checked claims changed."""

    class Column(IntEnum):
        CLAIM = 0
        QUARTER = 1
        REFERENCE = 2
        INVOICE = 3
        APPROVED = 4
        OUTSTANDING = 5

    numeric = frozenset({Column.APPROVED, Column.OUTSTANDING})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._checked: set[int] = set()

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Claim"),
            self.tr("Quarter"),
            self.tr("Activity"),
            self.tr("Invoice"),
            self.tr("Approved"),
            self.tr("Outstanding"),
        ]

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._checked &= {r.id for r in rows}
        super().set_rows(rows)
        self.selection_changed.emit()

    def checked_ids(self) -> list[int]:
        return [r.id for r in self._rows if r.id in self._checked]

    def set_checked(self, claim_id: int, checked: bool) -> None:
        row = self.row_of(claim_id)
        if row < 0:
            return
        (self._checked.add if checked else self._checked.discard)(claim_id)
        index = self.index(row, self.Column.CLAIM)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()

    def display(self, row: ClaimView, column: int) -> str:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.CLAIM: lambda: str(row.id),
            c.QUARTER: lambda: self.tr("Q{quarter}").format(quarter=row.quarter),
            c.REFERENCE: lambda: row.reference,
            c.INVOICE: lambda: row.invoice_number,
            c.APPROVED: lambda: money_text(row.reimbursement, self.currency, self.lang),
        }
        return getters[column]() if column in getters else money_text(row.outstanding, self.currency, self.lang)

    def sort_key(self, row: ClaimView, column: int) -> Any:
        c = self.Column
        getters: dict[int, Callable[[], Any]] = {
            c.CLAIM: lambda: row.id,
            c.QUARTER: lambda: row.quarter,
            c.APPROVED: lambda: row.reimbursement,
            c.OUTSTANDING: lambda: row.outstanding,
        }
        return getters[column]() if column in getters else self.display(row, column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.Column.CLAIM:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == self.Column.CLAIM:
            checked = self._rows[index.row()].id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.Column.CLAIM:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.set_checked(self._rows[index.row()].id, state == Qt.CheckState.Checked)
        return True

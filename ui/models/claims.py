"""Claims screen: the year's claims with their status, flags and reimbursement."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from coop_desk.services.claims import ClaimView
from models import ClaimStatus
from ui.models.row_table import WARNING_COLOUR, RowTableModel, date_text, money_text


def status_text(status: ClaimStatus) -> str:
    tr = QCoreApplication.translate
    return {
        ClaimStatus.SUBMITTED: tr("ClaimStatus", "submitted"),
        ClaimStatus.APPROVED: tr("ClaimStatus", "approved"),
        ClaimStatus.PAID: tr("ClaimStatus", "paid"),
        ClaimStatus.RETURNED: tr("ClaimStatus", "returned"),
        ClaimStatus.REJECTED: tr("ClaimStatus", "rejected"),
    }[status]


def flags_text(claim: ClaimView) -> str:
    """Late (and whether accepted) for the list; duplicates are refused when filed, so never listed."""
    tr = QCoreApplication.translate
    if not claim.late:
        return ""
    if claim.late_override_by:
        return tr("ClaimFlags", "late: accepted")
    if claim.status in (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED):
        return tr("ClaimFlags", "late: needs override")
    return tr("ClaimFlags", "late")


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
                return f"Q{row.quarter}"
            case c.DEALER:
                return row.dealer_code
            case c.REFERENCE:
                return row.reference
            case c.CHANNEL:
                return row.channel
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
            row.channel,
            row.invoice_number,
            status_text(row.status),
            flags_text(row),
        )

    def tooltip(self, row: ClaimView, column: int) -> str | None:
        if column == self.Column.FLAGS and row.late:
            text = self.tr("Filed {filed} after the deadline {deadline}").format(
                filed=row.filed_on.isoformat(), deadline=row.deadline.isoformat()
            )
            if row.late_override_by:
                text += "\n" + self.tr("Accepted by {who}: {reason}").format(
                    who=row.late_override_by, reason=row.late_override_reason
                )
            return text
        if column == self.Column.STATUS and row.reason:
            return row.reason
        return None

    def foreground(self, row: ClaimView, column: int) -> QColor | None:
        if column == self.Column.FLAGS and row.needs_override:
            return WARNING_COLOUR
        if column == self.Column.STATUS and row.status == ClaimStatus.REJECTED:
            return WARNING_COLOUR
        return None

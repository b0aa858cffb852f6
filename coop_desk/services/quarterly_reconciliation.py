"""The reconciliation of the quarterly report: the same totals computed again with SQL aggregates straight
from the tables, independently of the report's rows; the report reconciles when every pair is equal to the
cent."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ColumnElement, Executable, func, select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.services.quarterly_model import (
    PENDING,
    ZERO,
    ClaimTotals,
    Position,
    QuarterPeriod,
    Reconciliation,
    ReconciliationLine,
)
from models import Allocation, AllocationLine, Claim, ClaimStatus, Payment, PaymentItem, ProgrammeYear

__all__ = [
    "reconcile",
    "up_to",
]


def up_to(through: int | None) -> tuple[ColumnElement[bool], ...]:
    """The condition on payment items of a report as at a close (none for an open quarter)."""
    return () if through is None else (PaymentItem.payment_id <= through,)


def reconcile(
    s: Session,
    programme_year: ProgrammeYear,
    quarter: int,
    period: QuarterPeriod,
    totals: ClaimTotals,
    position: Position,
) -> Reconciliation:
    """The same totals straight from the tables with SQL aggregates (not from the report's rows)."""
    in_quarter = (Claim.year_id == programme_year.id, Claim.quarter == quarter)

    def amount(stmt: Executable) -> Decimal:
        value = s.scalar(stmt)
        return ZERO if value is None else value

    def count(stmt: Executable) -> Decimal:
        return Decimal(s.scalar(stmt) or 0)

    claims = count(select(func.count(Claim.id)).where(*in_quarter))
    approved = amount(select(func.sum(Claim.reimbursement)).where(*in_quarter, Claim.status.in_(rules.COUNTED)))
    through = up_to(period.payments_through)
    items = select(func.sum(PaymentItem.amount)).join(Claim, PaymentItem.claim_id == Claim.id)
    paid = amount(items.where(*in_quarter, *through))
    rejected = count(select(func.count(Claim.id)).where(*in_quarter, Claim.status == ClaimStatus.REJECTED))
    pending = count(select(func.count(Claim.id)).where(*in_quarter, Claim.status.in_(PENDING)))
    late = count(select(func.count(Claim.id)).where(*in_quarter, Claim.late.is_(True)))
    allocated = amount(
        select(func.sum(AllocationLine.amount)).join(Allocation).where(Allocation.year_id == programme_year.id)
    )
    used = amount(
        select(func.sum(Claim.reimbursement)).where(
            Claim.year_id == programme_year.id, Claim.quarter <= quarter, Claim.status.in_(rules.COUNTED)
        )
    )
    payments = amount(
        select(func.sum(Payment.amount)).where(
            Payment.year_id == programme_year.id, Payment.paid_on.between(period.start, period.end)
        )
    )
    to_date = (Claim.year_id == programme_year.id, Claim.quarter <= quarter, Claim.status.in_(rules.COUNTED))
    due = amount(select(func.sum(Claim.reimbursement)).where(*to_date)) - amount(items.where(*to_date, *through))
    return Reconciliation(
        (
            ReconciliationLine("claims", Decimal(totals.claims), claims, is_count=True),
            ReconciliationLine("rejected", Decimal(totals.rejected), rejected, is_count=True),
            ReconciliationLine("pending", Decimal(totals.pending), pending, is_count=True),
            ReconciliationLine("late", Decimal(totals.late), late, is_count=True),
            ReconciliationLine("approved", totals.approved, approved),
            ReconciliationLine("paid", totals.paid, paid),
            ReconciliationLine("unpaid", totals.unpaid, approved - paid),
            ReconciliationLine("allocated", position.allocated, allocated),
            ReconciliationLine("used_to_date", position.used_to_date, used),
            ReconciliationLine("unclaimed", position.remaining, allocated - used),
            ReconciliationLine("payments_in_quarter", position.payments_in_quarter, payments),
            ReconciliationLine("due_to_date", position.due_to_date, due),
        )
    )

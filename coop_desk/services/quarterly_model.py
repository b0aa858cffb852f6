"""The quarterly finance report's read model: the frozen dataclasses of :class:`QuarterlyReport` (its period,
claims, dealers, buckets, exceptions, payments, amounts still due, position and reconciliation) and
``claim_totals``, the one place the report's claim figures are added up. The figures are defined, and
computed, in :mod:`coop_desk.services.quarterly`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from coop_desk.channel_names import ChannelNames
from models import ClaimStatus, Stage

__all__ = [
    "Bucket",
    "ClaimTotals",
    "DealerQuarter",
    "DueRow",
    "ExceptionRow",
    "PENDING",
    "PaymentRow",
    "Position",
    "QuarterClaim",
    "QuarterPeriod",
    "QuarterlyReport",
    "Reconciliation",
    "ReconciliationLine",
    "ZERO",
    "claim_totals",
]


ZERO = Decimal("0.00")
PENDING = (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED)  # not decided yet


@dataclass(frozen=True)
class QuarterPeriod:
    year: int
    quarter: int
    start: dt.date
    end: dt.date
    deadline: dt.date  # the last day to file the quarter's claims on time
    closed_at: dt.datetime | None
    closed_by: str
    payments_through: int | None = None  # closed: the last payment recorded before the close (0: none)
    stage: Stage | None = None  # closed: the year's stage at the close


@dataclass(frozen=True)
class QuarterClaim:
    """One claim of the quarter, as the report prints it."""

    claim_id: int
    invoice_number: str
    invoice_date: dt.date
    reference: str
    channel: str
    filed_on: dt.date
    invoiced: Decimal  # programme currency
    paid_by_dealer: Decimal | None  # what the dealer paid the vendor, programme currency
    currency: str  # the invoice's own currency
    other_brands: int | None
    rate: Decimal | None  # the exact R6 rate fixed at approval (None before)
    approved: Decimal  # the reimbursement when approved or paid, else 0
    paid: Decimal  # paid to the dealer for this claim so far
    status: ClaimStatus
    late: bool
    reason: str  # a service's reason is a coop_desk.text.Text (template + values): documents translate it
    invoice_amount: Decimal | None = None  # in the invoice's own currency (shown beside the converted one)
    #: Programme currency per one unit of the invoice currency. None: not set yet ("rate to be set by
    #: finance"): ``invoiced`` and ``paid_by_dealer`` are then unknown (0 and None) and no total counts them.
    exchange_rate: Decimal | None = Decimal(1)
    limited: bool = False  # R7: the remaining allocation cut the reimbursement
    work_quarter: int | None = None  # the quarter of its work when that is not this one (a closed quarter)


@dataclass(frozen=True)
class ClaimTotals:
    claims: int
    invoiced: Decimal
    dealer_paid: Decimal  # what the dealers paid their vendors (payment orders), programme currency
    approved: Decimal
    paid: Decimal
    unpaid: Decimal  # approved − paid
    rejected: int
    rejected_invoiced: Decimal
    pending: int  # submitted or returned
    pending_invoiced: Decimal
    late: int
    #: Claims in another currency whose rate is not set: counted in ``claims`` (and rejected/pending), but their
    #: amounts are in none of the amount totals (they cannot be converted yet).
    unrated: int = 0


@dataclass(frozen=True)
class DealerQuarter:
    """One dealer: its claims of the quarter, their subtotal, and its allocation used to date."""

    code: str
    name: str
    region: str
    city: str
    claims: tuple[QuarterClaim, ...]
    subtotal: ClaimTotals
    allocated: Decimal
    used_to_date: Decimal  # approved on claims of quarters 1…N
    remaining: Decimal  # allocated − used to date


@dataclass(frozen=True)
class Bucket:
    """The quarter's claims of one channel or region."""

    key: str
    dealers: int
    totals: ClaimTotals


@dataclass(frozen=True)
class ExceptionRow:
    """A rejected, returned or late claim, with its reason."""

    dealer_code: str
    dealer_name: str
    reference: str
    invoice_number: str
    invoiced: Decimal | None  # None: another currency, its rate not set yet
    filed_on: dt.date
    status: ClaimStatus
    late: bool
    reason: str  # why it was rejected or returned
    late_override_by: str
    late_override_reason: str
    work_quarter: int | None = None  # the quarter of its work when that is not the report's
    deadline: dt.date | None = None  # its work quarter's deadline when that is not the report's


@dataclass(frozen=True)
class PaymentRow:
    paid_on: dt.date
    dealer_code: str
    dealer_name: str
    reference: str  # the payment order
    claims: int  # how many claims it pays
    amount: Decimal  # negative for a reversal
    reverses: int | None = None  # a reversal: the payment it reverses
    reverses_paid_on: dt.date | None = None  # a reversal: the date of the payment it reverses


@dataclass(frozen=True)
class DueRow:
    """An approved claim (of this or an earlier quarter) that still waits to be paid."""

    dealer_code: str
    dealer_name: str
    quarter: int
    reference: str
    invoice_number: str
    approved: Decimal
    paid: Decimal
    due: Decimal


@dataclass(frozen=True)
class Position:
    """The year to the end of the quarter."""

    budget: Decimal
    allocated: Decimal
    used_to_date: Decimal
    remaining: Decimal  # committed but not claimed: allocated − used to date
    payments_in_quarter: Decimal
    due_to_date: Decimal


@dataclass(frozen=True)
class ReconciliationLine:
    key: str  # what is compared: claims, approved, paid, rejected, late, allocated, used_to_date, …
    from_rows: Decimal
    from_database: Decimal
    is_count: bool = False

    @property
    def matches(self) -> bool:
        return self.from_rows == self.from_database


@dataclass(frozen=True)
class Reconciliation:
    """The report's totals (sums of its rows) against SQL aggregates over the tables."""

    lines: tuple[ReconciliationLine, ...]

    @property
    def reconciles(self) -> bool:
        return all(line.matches for line in self.lines)

    @property
    def differences(self) -> tuple[ReconciliationLine, ...]:
        return tuple(line for line in self.lines if not line.matches)


@dataclass(frozen=True)
class QuarterlyReport:
    year: int
    currency: str
    language: str
    stage: Stage
    base_rate: Decimal
    period: QuarterPeriod
    totals: ClaimTotals
    position: Position
    dealers: tuple[DealerQuarter, ...]  # every dealer with an allocation, used budget, or claims this quarter
    by_channel: tuple[Bucket, ...]
    by_region: tuple[Bucket, ...]
    exceptions: tuple[ExceptionRow, ...]  # rejected, returned and late claims of the quarter
    payments: tuple[PaymentRow, ...]  # payments made in the quarter
    still_due: tuple[DueRow, ...]  # approved claims of quarters 1…N not yet paid in full
    reconciliation: Reconciliation
    #: The channels' names in both languages (coop_desk.channel_names).
    channel_names: ChannelNames = field(default_factory=ChannelNames)

    @property
    def is_empty(self) -> bool:
        """No claim was filed for the quarter and no payment made in it."""
        return self.totals.claims == 0 and not self.payments

    @property
    def reconciles(self) -> bool:
        return self.reconciliation.reconciles

    @property
    def dealers_with_claims(self) -> tuple[DealerQuarter, ...]:
        return tuple(d for d in self.dealers if d.claims)


def claim_totals(claims: Iterable[QuarterClaim]) -> ClaimTotals:
    """The totals of some claims (the one place the report's claim figures are added up)."""
    n = rejected = pending = late = unrated = 0
    invoiced = dealer_paid = approved = paid = rejected_invoiced = pending_invoiced = ZERO
    for c in claims:
        n += 1
        invoiced += c.invoiced
        dealer_paid += c.paid_by_dealer or ZERO
        approved += c.approved
        paid += c.paid
        late += c.late
        unrated += c.exchange_rate is None  # its invoiced is 0: no unconverted amount is added
        if c.status == ClaimStatus.REJECTED:
            rejected += 1
            rejected_invoiced += c.invoiced
        elif c.status in PENDING:
            pending += 1
            pending_invoiced += c.invoiced
    return ClaimTotals(
        claims=n,
        invoiced=invoiced,
        dealer_paid=dealer_paid,
        approved=approved,
        paid=paid,
        unpaid=approved - paid,
        rejected=rejected,
        rejected_invoiced=rejected_invoiced,
        pending=pending,
        pending_invoiced=pending_invoiced,
        late=late,
        unrated=unrated,
    )

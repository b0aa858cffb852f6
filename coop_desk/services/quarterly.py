"""The quarterly finance report's read model: every figure of the report, computed here once.

``QuarterlyService(ctx).report(year, quarter)`` reads the quarter's claims, the year's frozen
allocation and the payments, and returns a :class:`QuarterlyReport` of frozen dataclasses.
The PDF (``reports.pdf.quarterly``) lays it out and never adds anything up itself.

Definitions (amounts in the programme currency):

* *invoiced*: the claim's invoice, converted half-up to cents when foreign (R7); a foreign claim whose rate
  finance has not set yet is in no amount total (``ClaimTotals.unrated`` counts them, the PDF says so);
* *approved*: the reimbursement of approved and paid claims (R7), what uses the allocation;
* *paid*: what the manufacturer has paid the dealer for these claims so far (payment items); for a closed
  quarter, what had been paid by its close (the payments recorded up to it);
* *unpaid*: approved − paid (approved but not yet paid);
* *used to date*: approved on the claims of quarters 1…N of the year; *remaining* (also
  *committed but unclaimed*): allocated − used to date;
* *payments in the quarter*: payments dated within the quarter, whatever claims they pay;
* *due to date*: what approved claims of quarters 1…N still wait to be paid.

A claim counts in the quarter of its work (its acceptance act), or, filed late for the work of a closed
quarter, in the earliest open quarter after it, marked with its work's quarter and judged by that quarter's
deadline. A closed quarter is sealed: no claim enters or leaves it, no payment is dated in it, and its report
is computed as at its close, so printing it again later gives the same report.

The totals are the sums of the rows. The reconciliation block computes the same totals again
with SQL aggregates straight from the tables, independently of the rows, and the report
reconciles when every pair is equal to the cent.

The read model (the dataclasses) is :mod:`coop_desk.services.quarterly_model`; the reconciliation,
:mod:`coop_desk.services.quarterly_reconciliation`; this module reads the tables and assembles the report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coop_desk import rules
from coop_desk.channel_names import names_of
from coop_desk.errors import InvalidInput, Problem
from coop_desk.services.base import ServiceContext, get_year
from coop_desk.services.claim_checks import converted, has_rate, limited_by_allocation, stored_reason
from coop_desk.services.lookup import base_rate, frozen_amounts
from coop_desk.services.quarterly_model import (
    ZERO,
    Bucket,
    DealerQuarter,
    DueRow,
    ExceptionRow,
    PaymentRow,
    Position,
    QuarterClaim,
    QuarterlyReport,
    QuarterPeriod,
    claim_totals,
)
from coop_desk.services.quarterly_reconciliation import reconcile, up_to
from coop_desk.text import Text
from models import (
    Claim,
    ClaimStatus,
    Dealer,
    Payment,
    PaymentItem,
    PlannedActivity,
    ProgrammeYear,
    QuarterClose,
    Region,
)

__all__ = ["QuarterlyService"]


class QuarterlyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # Long: assembles the quarterly report's sections from one reading session; each section is a few
    # lines over the same queries.
    def report(self, year: int, quarter: int) -> QuarterlyReport:
        if isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4:
            raise InvalidInput(Problem(Text("quarter"), Text("must be 1, 2, 3 or 4, got {value}", value=repr(quarter))))
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            period = _period(s, programme_year, quarter)
            dealers = {
                d.id: (d, region)
                for d, region in s.execute(select(Dealer, Region.name).join(Region, Dealer.region_id == Region.id))
            }
            allocation = frozen_amounts(s, programme_year.id) or {}
            claims = s.scalars(
                select(Claim)
                .join(Dealer, Claim.dealer_id == Dealer.id)
                .where(Claim.year_id == programme_year.id, Claim.quarter == quarter)
                .options(selectinload(Claim.activity))
                .order_by(Dealer.code, Claim.id)
            ).all()
            paid_by_claim = _paid_by_claim(s, programme_year.id, period.payments_through)
            overrides = {c.id: (c.late_override_by, c.late_override_reason) for c in claims if c.late}
            moved = {
                c.id: (
                    c.work_quarter,
                    rules.claim_deadline(programme_year.year, c.work_quarter, programme_year.claim_deadline_days),
                )
                for c in claims
                if c.work_quarter != c.quarter
            }
            used = _used_to_date(s, programme_year.id, quarter)

            rows: dict[int, list[QuarterClaim]] = defaultdict(list)
            for c in claims:
                rows[c.dealer_id].append(_claim_row(c, paid_by_claim.get(c.id, ZERO), quarter))
            dealer_ids = (
                {i for i, amount in allocation.items() if amount} | set(rows) | {i for i, u in used.items() if u}
            )
            sections = []
            for dealer_id in sorted(dealer_ids, key=lambda i: dealers[i][0].code):
                d, region = dealers[dealer_id]
                own = tuple(rows.get(dealer_id, ()))
                allocated = allocation.get(dealer_id, ZERO)
                used_here = used.get(dealer_id, ZERO)
                sections.append(
                    DealerQuarter(
                        d.code,
                        d.name,
                        region,
                        d.city,
                        own,
                        claim_totals(own),
                        allocated,
                        used_here,
                        allocated - used_here,
                    )
                )
            totals = claim_totals(c for d in sections for c in d.claims)
            payments = _payments(s, programme_year.id, period)
            still_due = _still_due(s, programme_year.id, quarter, dealers, paid_by_claim)
            position = Position(
                budget=programme_year.budget,
                allocated=sum((d.allocated for d in sections), ZERO),
                used_to_date=sum((d.used_to_date for d in sections), ZERO),
                remaining=sum((d.remaining for d in sections), ZERO),
                payments_in_quarter=sum((p.amount for p in payments), ZERO),
                due_to_date=sum((r.due for r in still_due), ZERO),
            )
            return QuarterlyReport(
                year=programme_year.year,
                currency=programme_year.currency,
                language=programme_year.language,
                channel_names=names_of(programme_year.channels, programme_year.channel_names),
                stage=period.stage or programme_year.stage,
                base_rate=base_rate(s, programme_year),
                period=period,
                totals=totals,
                position=position,
                dealers=tuple(sections),
                by_channel=_buckets(sections, lambda d, c: c.channel),
                by_region=_buckets(sections, lambda d, c: d.region),
                exceptions=tuple(
                    ExceptionRow(
                        d.code,
                        d.name,
                        c.reference,
                        c.invoice_number,
                        c.invoiced if c.exchange_rate is not None else None,
                        c.filed_on,
                        c.status,
                        c.late,
                        c.reason,
                        *overrides.get(c.claim_id, ("", "")),
                        *moved.get(c.claim_id, (None, None)),
                    )
                    for d in sections
                    for c in d.claims
                    if c.late or c.status in (ClaimStatus.REJECTED, ClaimStatus.RETURNED)
                ),
                payments=payments,
                still_due=still_due,
                reconciliation=reconcile(s, programme_year, quarter, period, totals, position),
            )


def _period(s: Session, programme_year: ProgrammeYear, quarter: int) -> QuarterPeriod:
    close = s.scalars(
        select(QuarterClose).where(QuarterClose.year_id == programme_year.id, QuarterClose.quarter == quarter)
    ).one_or_none()
    return QuarterPeriod(
        year=programme_year.year,
        quarter=quarter,
        start=rules.quarter_start(programme_year.year, quarter),
        end=rules.quarter_end(programme_year.year, quarter),
        deadline=rules.claim_deadline(programme_year.year, quarter, programme_year.claim_deadline_days),
        closed_at=close.closed_at if close else None,
        closed_by=close.closed_by if close else "",
        payments_through=close.payments_through if close else None,
        stage=close.stage if close else None,
    )


def _claim_row(c: Claim, paid: Decimal, quarter: int) -> QuarterClaim:
    invoiced, paid_by_dealer = converted(c) if has_rate(c) else (ZERO, None)
    counted = c.status in rules.COUNTED and c.reimbursement is not None
    # A closed report counts the payments up to its close: a claim paid in full later was approved then, and a
    # claim paid in full by then whose payment was reversed later was paid then.
    status = c.status
    if c.status in rules.COUNTED and c.reimbursement is not None:
        status = ClaimStatus.PAID if 0 < c.reimbursement <= paid else ClaimStatus.APPROVED
    return QuarterClaim(
        claim_id=c.id,
        invoice_number=c.invoice_number,
        invoice_date=c.invoice_date,
        reference=c.activity.reference,
        channel=c.activity.channel,
        filed_on=c.filed_on,
        invoiced=invoiced,
        paid_by_dealer=paid_by_dealer,
        currency=c.currency,
        other_brands=c.other_brands,
        rate=c.rate,
        approved=c.reimbursement if counted and c.reimbursement is not None else ZERO,
        paid=paid,
        status=status,
        late=c.late,
        reason=stored_reason(c),
        invoice_amount=c.invoice_amount,
        exchange_rate=c.exchange_rate,
        limited=limited_by_allocation(c),
        work_quarter=c.work_quarter if c.work_quarter != quarter else None,
    )


def _paid_by_claim(s: Session, year_id: int, through: int | None) -> dict[int, Decimal]:
    """claim id → paid on it (only the payments up to ``through`` when given: a closed quarter's)."""
    stmt = select(PaymentItem.claim_id, func.sum(PaymentItem.amount)).join(Claim, PaymentItem.claim_id == Claim.id)
    return dict(s.execute(stmt.where(Claim.year_id == year_id, *up_to(through)).group_by(PaymentItem.claim_id)).all())


def _used_to_date(s: Session, year_id: int, quarter: int) -> dict[int, Decimal]:
    """dealer id → approved on its claims of quarters 1…``quarter``."""
    rows = s.execute(
        select(Claim.dealer_id, func.sum(Claim.reimbursement))
        .where(Claim.year_id == year_id, Claim.quarter <= quarter, Claim.status.in_(rules.COUNTED))
        .group_by(Claim.dealer_id)
    ).all()
    return {dealer_id: total or ZERO for dealer_id, total in rows}


def _payments(s: Session, year_id: int, period: QuarterPeriod) -> tuple[PaymentRow, ...]:
    items = dict(
        s.execute(
            select(PaymentItem.payment_id, func.count(PaymentItem.id))
            .join(Payment, PaymentItem.payment_id == Payment.id)
            .where(Payment.year_id == year_id, Payment.paid_on.between(period.start, period.end))
            .group_by(PaymentItem.payment_id)
        ).all()
    )
    reversed_ids = select(Payment.reverses_id).where(Payment.year_id == year_id, Payment.reverses_id.is_not(None))
    originals = dict(s.execute(select(Payment.id, Payment.paid_on).where(Payment.id.in_(reversed_ids))).all())
    return tuple(
        PaymentRow(
            p.paid_on,
            code,
            name,
            p.reference,
            items.get(p.id, 0),
            p.amount,
            p.reverses_id,
            originals.get(p.reverses_id) if p.reverses_id is not None else None,
        )
        for p, code, name in s.execute(
            select(Payment, Dealer.code, Dealer.name)
            .join(Dealer, Payment.dealer_id == Dealer.id)
            .where(Payment.year_id == year_id, Payment.paid_on.between(period.start, period.end))
            .order_by(Payment.paid_on, Dealer.code, Payment.id)
        ).all()
    )


def _still_due(
    s: Session,
    year_id: int,
    quarter: int,
    dealers: dict[int, tuple[Dealer, str]],
    paid_by_claim: dict[int, Decimal],
) -> tuple[DueRow, ...]:
    out = []
    for claim_id, dealer_id, q, reference, invoice, reimbursement in s.execute(
        select(
            Claim.id,
            Claim.dealer_id,
            Claim.quarter,
            PlannedActivity.reference,
            Claim.invoice_number,
            Claim.reimbursement,
        )
        .join(PlannedActivity, Claim.activity_id == PlannedActivity.id)
        .where(Claim.year_id == year_id, Claim.quarter <= quarter, Claim.status.in_(rules.COUNTED))
        .order_by(Claim.quarter, Claim.id)
    ).all():
        approved = reimbursement or ZERO
        paid = paid_by_claim.get(claim_id, ZERO)
        if approved - paid > 0:
            d = dealers[dealer_id][0]
            out.append(DueRow(d.code, d.name, q, reference, invoice, approved, paid, approved - paid))
    out.sort(key=lambda r: (r.dealer_code, r.quarter, r.reference))
    return tuple(out)


def _buckets(sections: list[DealerQuarter], key_of: Callable[[DealerQuarter, QuarterClaim], str]) -> tuple[Bucket, ...]:
    groups: dict[str, list[QuarterClaim]] = defaultdict(list)
    members: dict[str, set[str]] = defaultdict(set)
    for d in sections:
        for c in d.claims:
            key = key_of(d, c)
            groups[key].append(c)
            members[key].add(d.code)
    return tuple(Bucket(k, len(members[k]), claim_totals(groups[k])) for k in sorted(groups))

"""Claims (R7, R8), payments to dealers and closing the quarters of the execution year."""

from __future__ import annotations

import builtins
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import String, and_, cast, func, not_, or_, select
from sqlalchemy.orm import Session, selectinload

from coop_desk import rules
from coop_desk.errors import Conflict, InvalidInput, NotFound, PermissionDenied, Problem, Refused
from coop_desk.services.base import (
    Changes,
    ServiceContext,
    audit,
    check_money,
    get_year,
    integrity_as,
    require_stage,
    snapshot,
)
from coop_desk.services.claim_checks import (
    COUNTED,
    FIELDS,
    ZERO,
    assess,
    check_fields,
    converted,
    explain,
    find_duplicate,
    has_rate,
    paid_on_claims,
    stored_reason,
    used_allocation,
)
from coop_desk.services.duplicates import DuplicatePair, duplicate_pairs
from coop_desk.services.lookup import approved_mockup, base_rate, frozen_amounts, pending_mockup, plan_activity
from coop_desk.text import Text, join, to_json
from coop_desk.words import claim_status, role_name
from models import (
    Claim,
    ClaimStatus,
    Dealer,
    Mockup,
    Payment,
    PaymentItem,
    PlannedActivity,
    ProgrammeYear,
    QuarterClose,
    Region,
    Role,
    Stage,
)

OPEN_STAGES = (Stage.EXECUTION, Stage.EVALUATION)  # claims and payments (late ones in evaluation)
_SNAPSHOT = (*FIELDS, "work_quarter", "status", "late", "reason")


@dataclass(frozen=True)
class ClaimInput:
    """A claim as a dealer sends it: the invoice, the payment order and the acceptance act."""

    reference: str
    invoice_number: str
    invoice_date: dt.date
    invoice_amount: Decimal
    currency: str | None = None  # None: the programme currency
    exchange_rate: Decimal | None = None  # programme currency per one unit of the invoice currency
    vendor: str = ""
    payment_order_number: str = ""
    payment_order_date: dt.date | None = None
    paid_amount: Decimal | None = None  # what the payment order shows the dealer paid, invoice currency
    act_number: str = ""
    act_date: dt.date | None = None
    quarter: int | None = None  # the template's quarter: information only, the documents decide (R7)
    attachment_id: int | None = None
    file_sha256: str = ""  # the scan's hash: a claim whose attachment has it is a duplicate (R8)
    where: str = ""  # where it came from (a workbook row), for messages


@dataclass(frozen=True)
class FilingResult:
    changes: Changes
    claim_id: int
    status: ClaimStatus
    late: bool
    message: str


@dataclass(frozen=True)
class ClaimView:
    id: int
    year: int
    quarter: int
    dealer_code: str
    dealer_name: str
    region: str
    reference: str
    channel: str
    filed_on: dt.date
    invoice_number: str
    invoice_date: dt.date
    invoice_amount: Decimal
    currency: str
    exchange_rate: Decimal | None  # None: another currency, "rate to be set by finance" (claim set-rate)
    vendor: str
    payment_order_number: str
    payment_order_date: dt.date | None
    paid_amount: Decimal | None  # what the dealer paid the vendor (invoice currency)
    act_number: str
    act_date: dt.date | None
    status: ClaimStatus
    late: bool
    late_override_by: str
    late_override_reason: str
    other_brands: int | None
    rate: Decimal | None
    verified_cost: Decimal | None
    reimbursement: Decimal | None
    paid: Decimal  # what the manufacturer has paid the dealer for this claim (payment items)
    reason: str
    version: int
    explanation: tuple[str, ...]  # R6/R7 step by step
    activity_id: int
    mockup_id: int
    attachment_id: int | None
    deadline: dt.date  # the last day to file on time: its work quarter's
    decided_at: dt.datetime | None
    decided_by: str
    #: The quarter of its documents (act, else invoice), which sets the deadline; ``quarter`` is the one it
    #: counts in, later when the work's quarter was closed (a late claim for a closed quarter).
    work_quarter: int = 0

    @property
    def outstanding(self) -> Decimal:
        """Approved and not yet paid to the dealer."""
        if self.status != ClaimStatus.APPROVED or self.reimbursement is None:
            return ZERO
        return self.reimbursement - self.paid

    @property
    def needs_override(self) -> bool:
        return self.late and not self.late_override_by


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claims list: only what the list shows (no ORM objects, no R7 explanation).

    :meth:`ClaimService.get` gives the whole :class:`ClaimView` of one claim.
    """

    id: int
    quarter: int
    dealer_code: str
    dealer_name: str
    reference: str
    channel: str
    invoice_number: str
    invoice_amount: Decimal
    currency: str
    reimbursement: Decimal | None
    filed_on: dt.date
    status: ClaimStatus
    late: bool
    late_override_by: str
    late_override_reason: str
    reason: str
    deadline: dt.date
    work_quarter: int | None = None  # the quarter of its work when it counts in another (None: the same)

    @property
    def needs_override(self) -> bool:
        return self.late and not self.late_override_by


#: Late flags a text filter may also match (see ClaimFilter.text_flags).
LATE_ACCEPTED, LATE_NEEDS_OVERRIDE, LATE_DECIDED = "accepted", "needs override", "late"
_NEEDS_OVERRIDE_STATUSES = (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED)


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims of a year a list shows, filtered in the database.

    ``text`` matches (case-insensitively, anywhere) the claim number, the quarter ("Q2"), the dealer's code
    and name, the activity reference, the channel and the invoice number. The statuses in ``text_statuses``
    and the late flags in ``text_flags`` (LATE_ACCEPTED, LATE_NEEDS_OVERRIDE, LATE_DECIDED) match it too: the
    screen passes those whose shown (translated) name contains the text.
    """

    quarter: int | None = None
    status: ClaimStatus | None = None
    needs_override: bool | None = None  # late and not (yet) accepted
    text: str = ""
    text_statuses: frozenset[ClaimStatus] = frozenset()
    text_flags: frozenset[str] = frozenset()


#: What ClaimService.list_ids can order by.
CLAIM_ORDER = (
    "id",
    "quarter",
    "dealer",
    "reference",
    "channel",
    "invoice",
    "invoiced",
    "reimbursement",
    "filed",
    "status",
    "flags",
)


def _contains(column: Any, needle: str, postgres: bool) -> Any:
    """``column`` contains ``needle`` (casefolded), ignoring case: ILIKE on PostgreSQL; on SQLite LIKE folds
    ASCII only, so other letters are also tried upper-case and capitalised."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if postgres:
        return column.ilike(f"%{escaped}%", escape="\\")
    variants = {escaped} if escaped.isascii() else {escaped, escaped.upper(), escaped.capitalize()}
    return or_(*(column.like(f"%{v}%", escape="\\") for v in sorted(variants)))


def _filtered(stmt: Any, py_id: int, f: ClaimFilter, postgres: bool) -> Any:
    """``stmt`` (over claim) limited to the year's claims that pass ``f``.

    The text is matched against the dealers and the activities in subqueries (each row looked at once,
    not once per claim), so no join is needed to filter.
    """
    stmt = stmt.where(Claim.year_id == py_id)
    if f.quarter is not None:
        stmt = stmt.where(Claim.quarter == f.quarter)
    if f.status is not None:
        stmt = stmt.where(Claim.status == f.status)
    if f.needs_override is not None:
        needs = and_(Claim.late.is_(True), Claim.late_override_by == "")
        stmt = stmt.where(needs if f.needs_override else not_(needs))
    needle = f.text.strip().casefold()
    if not needle:
        return stmt
    dealers = select(Dealer.id).where(or_(*(_contains(c, needle, postgres) for c in (Dealer.code, Dealer.name))))
    activities = select(PlannedActivity.id).where(
        PlannedActivity.year_id == py_id,
        or_(*(_contains(c, needle, postgres) for c in (PlannedActivity.reference, PlannedActivity.channel))),
    )
    matches = [_contains(Claim.invoice_number, needle, postgres)]
    matches += [Claim.dealer_id.in_(dealers), Claim.activity_id.in_(activities)]
    if needle.isdigit():  # only digits can be part of a claim number
        matches.append(_contains(cast(Claim.id, String), needle, postgres))
    quarters = [q for q in range(1, 5) if needle in f"q{q}"]
    if quarters:
        matches.append(Claim.quarter.in_(quarters))
    if f.text_statuses:
        matches.append(Claim.status.in_(sorted(f.text_statuses, key=lambda s: s.value)))
    accepted = Claim.late_override_by != ""
    flags = {
        LATE_ACCEPTED: and_(Claim.late.is_(True), accepted),
        LATE_NEEDS_OVERRIDE: and_(Claim.late.is_(True), not_(accepted), Claim.status.in_(_NEEDS_OVERRIDE_STATUSES)),
        LATE_DECIDED: and_(Claim.late.is_(True), not_(accepted), Claim.status.not_in(_NEEDS_OVERRIDE_STATUSES)),
    }
    matches += [flags[flag] for flag in sorted(f.text_flags) if flag in flags]
    return stmt.where(or_(*matches))


#: The orders that need the dealer or the activity joined.
_BY_DEALER, _BY_ACTIVITY = frozenset({"list", "dealer"}), frozenset({"reference", "channel"})


def _order(order: str, descending: bool) -> list[Any]:
    """ORDER BY for ``order`` (one of CLAIM_ORDER); ties by claim number. "list": quarter, dealer, filing."""
    accepted = Claim.late_override_by != ""
    keys: dict[str, list[Any]] = {
        "list": [Claim.quarter, Dealer.code],
        "id": [],
        "quarter": [Claim.quarter],
        "dealer": [Dealer.code],
        "reference": [PlannedActivity.reference],
        "channel": [PlannedActivity.channel],
        "invoice": [Claim.invoice_number],
        "invoiced": [Claim.currency, Claim.invoice_amount],
        "reimbursement": [Claim.reimbursement.is_not(None), Claim.reimbursement],
        "filed": [Claim.filed_on],
        "status": [Claim.status],
        "flags": [Claim.late, accepted, Claim.status.in_(_NEEDS_OVERRIDE_STATUSES)],
    }
    if order not in keys:
        raise InvalidInput(
            Problem(
                Text("order"),
                Text("must be one of {choices}, got {value}", choices=", ".join(CLAIM_ORDER), value=repr(order)),
            )
        )
    columns = [*keys[order], Claim.id]
    return [c.desc() for c in columns] if descending else columns


@dataclass(frozen=True)
class PaymentItemView:
    claim_id: int
    reference: str
    invoice_number: str
    amount: Decimal


@dataclass(frozen=True)
class PaymentView:
    id: int
    year: int
    dealer_code: str
    dealer_name: str
    paid_on: dt.date
    amount: Decimal
    reference: str
    recorded_by: str
    items: tuple[PaymentItemView, ...]


@dataclass(frozen=True)
class QuarterCloseView:
    quarter: int
    closed_at: dt.datetime
    closed_by: str


def _load(s: Session, py: ProgrammeYear, claims: Sequence[Claim]) -> builtins.list[ClaimView]:
    """Read models for claims of one year, with their payments and explanations (few queries)."""
    if not claims:
        return []
    dealers = {
        d.id: (d, region)
        for d, region in s.execute(
            select(Dealer, Region.name)
            .join(Region, Dealer.region_id == Region.id)
            .where(Dealer.id.in_({c.dealer_id for c in claims}))
        )
    }
    paid = paid_on_claims(s, [c.id for c in claims])
    allocation = frozen_amounts(s, py.id) or {}
    base = base_rate(s, py)
    # The remaining allocation before each approved claim: claims count in the order they were approved.
    used_before: dict[int, Decimal] = {}
    used: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for claim_id, dealer_id, amount in s.execute(
        select(Claim.id, Claim.dealer_id, Claim.reimbursement)
        .where(Claim.year_id == py.id, Claim.dealer_id.in_(dealers), Claim.status.in_(COUNTED))
        .order_by(Claim.decided_at, Claim.id)
    ):
        used_before[claim_id] = used[dealer_id]
        used[dealer_id] += amount or ZERO
    out = []
    for c in claims:
        dealer, region = dealers[c.dealer_id]
        before = used_before.get(c.id, used[c.dealer_id])
        if c.remaining_at_approval is not None:  # stored at approval (0006): the limit as it was, never rebuilt
            before = allocation.get(c.dealer_id, ZERO) - c.remaining_at_approval
        reason = stored_reason(c)
        out.append(
            ClaimView(
                id=c.id,
                year=py.year,
                quarter=c.quarter,
                dealer_code=dealer.code,
                dealer_name=dealer.name,
                region=region,
                reference=c.activity.reference,
                channel=c.activity.channel,
                filed_on=c.filed_on,
                invoice_number=c.invoice_number,
                invoice_date=c.invoice_date,
                invoice_amount=c.invoice_amount,
                currency=c.currency,
                exchange_rate=c.exchange_rate,
                vendor=c.vendor,
                payment_order_number=c.payment_order_number,
                payment_order_date=c.payment_order_date,
                paid_amount=c.paid_amount,
                act_number=c.act_number,
                act_date=c.act_date,
                status=c.status,
                late=c.late,
                late_override_by=c.late_override_by,
                late_override_reason=c.late_override_reason,
                other_brands=c.other_brands,
                rate=c.rate,
                verified_cost=c.verified_cost,
                reimbursement=c.reimbursement,
                paid=paid.get(c.id, ZERO),
                reason=reason,
                version=c.version,
                explanation=explain(
                    c, py.currency, base, allocation.get(c.dealer_id, ZERO), before, c.mockup.number, reason=reason
                ),
                activity_id=c.activity_id,
                mockup_id=c.mockup_id,
                attachment_id=c.attachment_id,
                deadline=rules.filing_deadline(py.year, c.work_quarter, py.claim_deadline_days),
                decided_at=c.decided_at,
                decided_by=c.decided_by,
                work_quarter=c.work_quarter,
            )
        )
    return out


def _set_reason(c: Claim, reason: str) -> None:
    """Store a reason the services made with its template and values (a person's words: ``reason`` only)."""
    c.reason = reason
    c.reason_text = to_json(reason) if isinstance(reason, Text) and reason else None


def decision_moment(today: dt.date) -> dt.datetime:
    """When a decision is taken now, on the services' clock: the real moment, on the clock's day when the
    clock was moved (the demo, a test of a past year), so its day is the day the services think it is."""
    now = dt.datetime.now().astimezone()
    if now.date() == today:
        return now.astimezone(dt.UTC)
    return dt.datetime.combine(today, now.time(), now.tzinfo).astimezone(dt.UTC)


def approval_day(c: Claim) -> dt.date | None:
    """The local day a claim was approved (stored moments from SQLite come back without a zone: UTC)."""
    if c.decided_at is None:
        return None
    moment = c.decided_at if c.decided_at.tzinfo else c.decided_at.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()


def _check_payment(
    amount: Decimal, paid_on: dt.date, claims: Sequence[int] | Mapping[int, Decimal], reference: str, today: dt.date
) -> list[Problem]:
    problems = check_money(amount, Text("payment amount"))
    if not problems and amount == 0:
        problems.append(Problem(Text("payment amount"), Text("must be above 0")))
    if not isinstance(paid_on, dt.date) or isinstance(paid_on, dt.datetime) or paid_on > today:
        problems.append(
            Problem(
                Text("paid on"), Text("must be a date not after {today}, got {value}", today=today, value=repr(paid_on))
            )
        )
    ids = builtins.list(claims)
    if not ids:
        problems.append(Problem(Text("claims"), Text("name at least one claim the payment settles")))
    if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
        problems.append(Problem(Text("claims"), Text("must be claim numbers, got {value}", value=repr(ids))))
    elif len(set(ids)) != len(ids):
        problems.append(Problem(Text("claims"), Text("names a claim twice")))
    if isinstance(claims, Mapping):
        for claim_id, part in claims.items():
            where = Text("claim {number} (amount)", number=claim_id)
            found = check_money(part, where)
            problems += found or ([Problem(where, Text("must be above 0"))] if part == 0 else [])
    if len(reference.strip()) > 200:
        problems.append(Problem(Text("reference"), Text("is longer than {limit} characters", limit=200)))
    return problems


def _payable(
    s: Session, py: ProgrammeYear, dealer: Dealer, ids: Sequence[int]
) -> tuple[dict[int, Claim], dict[int, Decimal]]:
    """The claims a payment settles and what is still unpaid on each; Refused unless approved, the dealer's."""
    rows = {c.id: c for c in s.scalars(select(Claim).where(Claim.id.in_(ids)))}
    paid = paid_on_claims(s, ids)
    outstanding: dict[int, Decimal] = {}
    for claim_id in ids:
        c = rows.get(claim_id)
        where = Text("claim {number}", number=claim_id)
        if c is None or c.year_id != py.id:
            raise Refused(Problem(where, Text("is not a claim of {year}", year=py.year)))
        if c.dealer_id != dealer.id:
            raise Refused(Problem(where, Text("is a claim of another dealer, not of {dealer}", dealer=dealer.code)))
        if c.status == ClaimStatus.PAID:
            raise Refused(Problem(where, Text("is paid already")))
        if c.status != ClaimStatus.APPROVED:
            raise Refused(
                Problem(where, Text("is {status}: only an approved claim can be paid", status=claim_status(c.status)))
            )
        outstanding[claim_id] = (c.reimbursement or ZERO) - paid.get(claim_id, ZERO)
        if outstanding[claim_id] <= 0:
            raise Refused(Problem(where, Text("has nothing left to pay")))
    return rows, outstanding


def _claimable(
    s: Session, py: ProgrammeYear, dealer_code: str, reference: str, where: str
) -> tuple[Dealer, PlannedActivity, Mockup]:
    """The dealer, its activity in the frozen plan and the activity's approved mockup; Refused otherwise."""
    dealer = s.scalars(select(Dealer).where(Dealer.code == dealer_code.strip().upper())).one_or_none()
    if dealer is None:
        raise Refused(Problem(where, Text("dealer {code} is unknown", code=repr(dealer_code.strip()))))
    activity = plan_activity(s, py, reference, where)
    if activity.dealer_id != dealer.id:
        owner = s.get_one(Dealer, activity.dealer_id)
        raise Refused(
            Problem(
                where,
                Text(
                    "{reference} is an activity of {owner}, not of {dealer}",
                    reference=activity.reference,
                    owner=owner.code,
                    dealer=dealer.code,
                ),
            )
        )
    mockup = approved_mockup(s, activity.id)
    if mockup is None:
        pending = pending_mockup(s, activity.id)
        message = (
            Text(
                "{reference} has no approved mockup (mockup {number} is still waiting for a decision)",
                reference=activity.reference,
                number=pending.number,
            )
            if pending
            else Text("{reference} has no approved mockup", reference=activity.reference)
        )
        raise Refused(Problem(where, message))
    return dealer, activity, mockup


def _closed_quarters(s: Session, py: ProgrammeYear) -> set[int]:
    return set(s.scalars(select(QuarterClose.quarter).where(QuarterClose.year_id == py.id)))


def _counted_in(s: Session, py: ProgrammeYear, work: int, where: str) -> int:
    """The quarter a claim whose work is of quarter ``work`` counts in (R7); Refused when it cannot count."""
    quarter = rules.counted_quarter(work, _closed_quarters(s, py))
    if quarter is None:
        raise Refused(
            Problem(
                where,
                Text(
                    "its work is of Q{work} {year}, which is closed, and no later quarter of {year} is open "
                    "to count it in: the programme owner can reopen a quarter (audited)",
                    work=work,
                    year=py.year,
                ),
            )
        )
    return quarter


def _require_open(s: Session, py: ProgrammeYear, c: Claim) -> None:
    """Refused when the claim counts in a closed quarter: nothing changes a closed quarter's figures."""
    closed = s.scalar(select(QuarterClose.id).where(QuarterClose.year_id == py.id, QuarterClose.quarter == c.quarter))
    if closed is not None:
        raise Refused(
            Problem(
                Text("claim {number}", number=c.id),
                Text(
                    "counts in Q{quarter} {year}, which is closed: its figures are sealed "
                    "(the programme owner can reopen the quarter, audited)",
                    quarter=c.quarter,
                    year=py.year,
                ),
            )
        )


def _pending_at_close(s: Session, py: ProgrammeYear, quarter: int) -> Problem | None:
    """Why a quarter cannot be closed yet because claims of it are still submitted or returned (None: none are)."""
    pending = s.execute(
        select(Claim.id, Claim.invoice_number, Claim.status)
        .where(Claim.year_id == py.id, Claim.quarter == quarter, Claim.status.in_(_NEEDS_OVERRIDE_STATUSES))
        .order_by(Claim.id)
    ).all()
    if not pending:
        return None
    listed = join(
        [
            Text("claim {number} (invoice {invoice}, {status})", number=i, invoice=n, status=claim_status(st))
            for i, n, st in pending
        ],
        ", ",
    )
    return Problem(
        Text("Q{quarter} {year}", quarter=quarter, year=py.year),
        Text("{count} claim(s) of it are still submitted or returned: {claims}", count=len(pending), claims=listed),
    )


def _filing_message(s: Session, py: ProgrammeYear, c: Claim, reference: str, given: int | None = None) -> str:
    outcome = {
        ClaimStatus.SUBMITTED: Text("submitted for review"),
        ClaimStatus.RETURNED: Text("returned to the dealer, {reason}", reason=c.reason),
        ClaimStatus.REJECTED: Text("rejected: {reason}", reason=c.reason),
    }[c.status]
    parts: builtins.list[str] = [
        Text(
            "claim {number} for {reference} (Q{quarter}): {outcome}",
            number=c.id,
            reference=reference,
            quarter=c.quarter,
            outcome=outcome,
        )
    ]
    if given is not None and given != c.work_quarter:
        parts.append(
            Text(
                "filed with the Q{given} template, but its documents date the work in Q{work}: Q{work}'s deadline "
                "applies",
                given=given,
                work=c.work_quarter,
            )
        )
    if c.late:
        deadline = rules.filing_deadline(py.year, c.work_quarter, py.claim_deadline_days)
        parts.append(
            Text("filed late (the deadline was {deadline}): approving it needs an override", deadline=deadline)
        )
    if c.exchange_rate is None:
        parts.append(
            Text(
                "invoiced in {currency} without a rate: rate to be set by finance before approval "
                "(coop-desk claim set-rate {number} RATE)",
                currency=c.currency,
                number=c.id,
            )
        )
    if c.work_quarter != c.quarter:
        parts.append(
            Text(
                "its work is of Q{work}, which is closed: it counts in Q{quarter}",
                work=c.work_quarter,
                quarter=c.quarter,
            )
        )
    return parts[0] if len(parts) == 1 else join(parts)


def _no_allocation(dealer_code: str, py: ProgrammeYear, amount: Decimal | None) -> Text:
    """Why a claim of a dealer without an allocation (no line, or 0.00) is refused (issue 10, point 8)."""
    if amount is None:
        return Text(
            "dealer {dealer} has no allocation in {year}: a claim is reimbursed from the dealer's allocation",
            dealer=dealer_code,
            year=py.year,
        )
    return Text(
        "dealer {dealer} was allocated {amount} {currency} in {year}: "
        "a claim is reimbursed from the dealer's allocation, so there is nothing to reimburse it from",
        dealer=dealer_code,
        amount=amount,
        currency=py.currency,
        year=py.year,
    )


def _values(c: Claim) -> dict[str, Any]:
    return {name: getattr(c, name) for name in FIELDS}


class ClaimService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- filing --------------------------------------------------------------------------------
    def file(self, year: int, dealer_code: str, claim: ClaimInput, filed_on: dt.date | None = None) -> FilingResult:
        """File a dealer's claim: refused (nothing stored) without a plan activity, an approved mockup,
        or when it is a duplicate; stored as submitted, returned (documents missing) or rejected."""
        today = self._ctx.today()
        where = claim.where or Text("claim for {reference}", reference=claim.reference.strip())
        day = today if filed_on is None else filed_on
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime) or day > today:
            raise InvalidInput(
                Problem(
                    Text("{where} ({field})", where=where, field=Text("filed on")),
                    Text("must be a date not after {today}, got {value}", today=today, value=repr(day)),
                )
            )
        with self._ctx.unit() as s:
            py = get_year(s, year, for_update=True)  # one filing at a time: the duplicate check holds
            require_stage(py, Text("filing a claim"), *OPEN_STAGES)
            dealer, activity, mockup = _claimable(s, py, dealer_code, claim.reference, where)
            allocated = (frozen_amounts(s, py.id) or {}).get(dealer.id)
            if allocated is None or allocated <= 0:
                raise Refused(Problem(where, _no_allocation(dealer.code, py, allocated)))
            values, problems = check_fields(s, py, {n: getattr(claim, n) for n in FIELDS}, day, where)
            if problems:
                raise InvalidInput(*problems)
            duplicate = find_duplicate(s, dealer.id, values, claim.file_sha256)
            if duplicate:
                raise Refused(Problem(where, duplicate))
            given = values.pop("quarter", None)  # the template's: information only (R7)
            quarter = _counted_in(s, py, values["work_quarter"], where)
            status, reason = assess(values, mockup)
            late = rules.is_late(day, rules.quarter_end(py.year, values["work_quarter"]), py.claim_deadline_days)
            row = Claim(
                year_id=py.id,
                dealer_id=dealer.id,
                activity_id=activity.id,
                mockup_id=mockup.id,
                filed_on=day,
                status=status,
                reason=reason,
                reason_text=to_json(reason) if reason else None,
                late=late,
                late_override_by="",
                late_override_reason="",
                other_brands=mockup.other_brands,
                decided_by="",
                invoice_key=rules.invoice_key(values["invoice_number"]),
                quarter=quarter,
                **values,
            )
            s.add(row)
            s.flush()
            message = _filing_message(s, py, row, activity.reference, given)
            audit(
                s,
                self._ctx,
                "claim.file",
                "claim",
                row.id,
                year=year,
                summary=Text("{dealer}: {message}", dealer=dealer.code, message=message),
                after=snapshot(row, *_SNAPSHOT) | {"reference": activity.reference, "filed_on": day},
            )
            return FilingResult(Changes("claim", (row.id,), year), row.id, status, late, message)

    def complete(self, claim_id: int, *, expected_version: int | None = None, **changes: Any) -> FilingResult:
        """Fill in or correct a returned claim; it is checked again (submitted, still returned, or rejected)."""
        unknown = sorted(set(changes) - set(FIELDS))
        if unknown:
            raise InvalidInput(
                *(
                    Problem(name, Text("a claim stays on its activity: file a new claim for another one"))
                    if name == "reference"
                    else Problem(name, Text("is not a field of a claim"))
                    for name in unknown
                )
            )
        if "quarter" in changes:
            raise InvalidInput(
                Problem(
                    Text("quarter"),
                    Text("is decided by the documents (the act date, else the invoice date): correct those"),
                )
            )
        with self._ctx.unit() as s:
            c, py = self._claim(s, claim_id, expected_version, for_update=True)
            require_stage(py, Text("completing a claim"), *OPEN_STAGES)
            _require_open(s, py, c)
            if c.status != ClaimStatus.RETURNED:
                raise Refused(
                    Problem(
                        Text("claim {number}", number=c.id),
                        Text("is {status}: only a returned claim can be completed", status=claim_status(c.status)),
                    )
                )
            values = _values(c) | changes
            if "currency" in changes and "exchange_rate" not in changes:
                values["exchange_rate"] = None
            where = Text("claim {number}", number=c.id)
            values, problems = check_fields(s, py, values, self._ctx.today(), where)
            if problems:
                raise InvalidInput(*problems)
            duplicate = find_duplicate(s, c.dealer_id, values, exclude=c.id)
            if duplicate:
                raise Refused(Problem(where, duplicate))
            values.pop("quarter", None)  # the documents decide: the claim moves with its act (R7)
            quarter = _counted_in(s, py, values["work_quarter"], where)
            before = snapshot(c, *_SNAPSHOT)
            status, reason = assess(values, c.mockup)
            for name, value in values.items():
                setattr(c, name, value)
            c.invoice_key = rules.invoice_key(c.invoice_number)
            c.quarter = quarter
            c.status = status
            _set_reason(c, reason)
            c.late = rules.is_late(c.filed_on, rules.quarter_end(py.year, c.work_quarter), py.claim_deadline_days)
            s.flush()
            message = _filing_message(s, py, c, c.activity.reference)
            audit(
                s,
                self._ctx,
                "claim.complete",
                "claim",
                c.id,
                year=py.year,
                summary=(
                    Text("{message} (changed: {fields})", message=message, fields=", ".join(sorted(changes)))
                    if changes
                    else message
                ),
                before=before,
                after=snapshot(c, *_SNAPSHOT),
            )
            return FilingResult(Changes("claim", (c.id,), py.year), c.id, status, c.late, message)

    def set_rate(self, claim_id: int, rate: Decimal, *, expected_version: int | None = None) -> Changes:
        """Set or correct the exchange rate of a claim in another currency before it is approved (finance):
        programme currency per one unit of the invoice currency. The claim keeps its state; audited."""
        with self._ctx.unit() as s:
            c, py = self._claim(s, claim_id, expected_version, for_update=True)
            require_stage(py, Text("setting an exchange rate"), *OPEN_STAGES)
            where = Text("claim {number}", number=c.id)
            if c.currency == py.currency:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is invoiced in {currency}, the programme's currency: it has no exchange rate to set",
                            currency=c.currency,
                        ),
                    )
                )
            if c.status not in (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED):
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is {status}: the exchange rate can be set only before the claim is decided",
                            status=claim_status(c.status),
                        ),
                    )
                )
            values, problems = check_fields(
                s, py, _values(c) | {"exchange_rate": rate}, self._ctx.today(), where, need_rate=True
            )
            if problems:
                raise InvalidInput(*problems)
            before, old = snapshot(c, "exchange_rate"), c.exchange_rate
            c.exchange_rate = values["exchange_rate"]
            s.flush()
            audit(
                s,
                self._ctx,
                "claim.set_rate",
                "claim",
                c.id,
                year=py.year,
                summary=Text(
                    "claim {number}: exchange rate {before} → {rate} {programme} per 1 {currency}",
                    number=c.id,
                    before="—" if old is None else old,
                    rate=c.exchange_rate,
                    programme=py.currency,
                    currency=c.currency,
                ),
                before=before,
                after=snapshot(c, "exchange_rate"),
            )
            return Changes("claim", (c.id,), py.year)

    # -- deciding ------------------------------------------------------------------------------
    def override_late(self, claim_id: int, reason: str, *, expected_version: int | None = None) -> Changes:
        """Accept a late claim for review anyway: an explicit, audited decision with a reason."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput(Problem(Text("reason"), Text("say why the late claim is accepted")))
        with self._ctx.unit() as s:
            c, py = self._claim(s, claim_id, expected_version)
            require_stage(py, Text("overriding a late claim"), *OPEN_STAGES)
            _require_open(s, py, c)
            where = Text("claim {number}", number=c.id)
            if not c.late:
                raise Refused(Problem(where, Text("was filed on time: there is nothing to override")))
            if c.late_override_by:
                raise Refused(
                    Problem(where, Text("the late filing was accepted already by {who}", who=c.late_override_by))
                )
            if c.status not in (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED):
                raise Refused(
                    Problem(where, Text("is {status}: it can no longer be accepted", status=claim_status(c.status)))
                )
            c.late_override_by, c.late_override_reason = self._ctx.actor, reason
            s.flush()
            audit(
                s,
                self._ctx,
                "claim.override_late",
                "claim",
                c.id,
                year=py.year,
                summary=Text(
                    "claim {number} filed late on {filed_on}: accepted anyway: {reason}",
                    number=c.id,
                    filed_on=c.filed_on,
                    reason=reason,
                ),
                before={"late_override_by": "", "late_override_reason": ""},
                after={"late_override_by": c.late_override_by, "late_override_reason": reason},
            )
            return Changes("claim", (c.id,), py.year)

    def approve(self, claim_id: int, expected_version: int | None = None) -> Changes:
        """Approve a submitted claim and fix its amount (R6, R7), within the dealer's remaining allocation."""
        with self._ctx.unit() as s:
            c, py = self._claim(s, claim_id, expected_version, for_update=True)  # approvals one at a time
            require_stage(py, Text("approving a claim"), *OPEN_STAGES)
            _require_open(s, py, c)
            where = Text("claim {number}", number=c.id)
            if c.status != ClaimStatus.SUBMITTED:
                raise Refused(
                    Problem(
                        where,
                        Text("is {status}: only a submitted claim can be approved", status=claim_status(c.status)),
                    )
                )
            if c.late and not c.late_override_by:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "was filed late ({filed_on}): accept the late filing (override) before approving",
                            filed_on=c.filed_on,
                        ),
                    )
                )
            if not has_rate(c):
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is invoiced in {currency} without an exchange rate: "
                            "set the exchange rate first: coop-desk claim set-rate {number} RATE",
                            currency=c.currency,
                            number=c.id,
                        ),
                    )
                )
            invoiced, paid = converted(c)
            if paid is None or c.other_brands is None:  # pragma: no cover - a submitted claim is complete
                raise Refused(Problem(where, Text("is incomplete")))
            allocation = frozen_amounts(s, py.id)
            if allocation is None:  # pragma: no cover - execution rests on a frozen allocation
                raise Refused(Problem(Text("year {year}", year=py.year), Text("the allocation is not frozen")))
            base = base_rate(s, py)
            rate = rules.reimbursement_rate(c.other_brands, base)
            remaining = allocation.get(c.dealer_id, ZERO) - used_allocation(s, py.id, c.dealer_id)
            before = snapshot(c, "status", "verified_cost", "rate", "reimbursement")
            c.verified_cost = min(invoiced, paid)
            c.rate = rate  # the exact R6 rate (50 digits, rounded up) fits the column
            c.reimbursement = rules.claim_reimbursement(invoiced, paid, rate, remaining)
            c.remaining_at_approval = remaining  # what claim show explains R7's limit with, later
            c.status = ClaimStatus.APPROVED
            c.decided_at, c.decided_by = decision_moment(self._ctx.today()), self._ctx.actor
            s.flush()
            formula = rules.explain_claim(invoiced, paid, base, c.other_brands, remaining).formula
            audit(
                s,
                self._ctx,
                "claim.approve",
                "claim",
                c.id,
                year=py.year,
                summary=Text(
                    "claim {number} for {reference} approved: {formula} {currency}",
                    number=c.id,
                    reference=c.activity.reference,
                    formula=formula,
                    currency=py.currency,
                ),
                before=before,
                after=snapshot(c, "status", "verified_cost", "rate", "reimbursement", "other_brands")
                | {"remaining_before": remaining},
            )
            return Changes("claim", (c.id,), py.year, also=("allocation",))

    def reject(self, claim_id: int, reason: str, *, expected_version: int | None = None) -> Changes:
        """Reject a submitted or returned claim for good, with the reason."""
        return self._decide(claim_id, reason, ClaimStatus.REJECTED, expected_version)

    def return_claim(self, claim_id: int, reason: str, *, expected_version: int | None = None) -> Changes:
        """Send a submitted claim back to the dealer to complete or correct (the reason says what)."""
        return self._decide(claim_id, reason, ClaimStatus.RETURNED, expected_version)

    def _decide(self, claim_id: int, reason: str, status: ClaimStatus, expected_version: int | None) -> Changes:
        reason = reason.strip()
        rejecting = status == ClaimStatus.REJECTED
        if not reason:
            why = Text("say why the claim is rejected") if rejecting else Text("say why the claim is returned")
            raise InvalidInput(Problem(Text("reason"), why))
        allowed = (
            (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED)
            if status == ClaimStatus.REJECTED
            else (ClaimStatus.SUBMITTED,)
        )
        with self._ctx.unit() as s:
            c, py = self._claim(s, claim_id, expected_version)
            require_stage(py, Text("rejecting a claim") if rejecting else Text("returning a claim"), *OPEN_STAGES)
            _require_open(s, py, c)
            if c.status not in allowed:
                names = Text("submitted or returned") if rejecting else claim_status(ClaimStatus.SUBMITTED)
                now = claim_status(c.status)
                raise Refused(
                    Problem(
                        Text("claim {number}", number=c.id),
                        Text("is {status}: only a {allowed} claim can be rejected", status=now, allowed=names)
                        if rejecting
                        else Text("is {status}: only a {allowed} claim can be returned", status=now, allowed=names),
                    )
                )
            before = snapshot(c, "status", "reason")
            ref = c.activity.reference
            c.status = status
            _set_reason(c, reason)  # a person's words
            c.decided_at, c.decided_by = decision_moment(self._ctx.today()), self._ctx.actor
            s.flush()
            audit(
                s,
                self._ctx,
                f"claim.{'reject' if status == ClaimStatus.REJECTED else 'return'}",
                "claim",
                c.id,
                year=py.year,
                summary=(
                    Text("claim {number} for {reference} rejected: {reason}", number=c.id, reference=ref, reason=reason)
                    if rejecting
                    else Text(
                        "claim {number} for {reference} returned: {reason}", number=c.id, reference=ref, reason=reason
                    )
                ),
                before=before,
                after=snapshot(c, "status", "reason"),
            )
            return Changes("claim", (c.id,), py.year)

    # -- paying --------------------------------------------------------------------------------
    def record_payment(
        self,
        year: int,
        dealer_code: str,
        paid_on: dt.date,
        amount: Decimal,
        claims: Sequence[int] | Mapping[int, Decimal],
        reference: str = "",
    ) -> Changes:
        """One payment to a dealer settling approved claims: a list pays each claim's outstanding amount,
        a mapping pays the amount given per claim. A fully paid claim becomes paid."""
        problems = _check_payment(amount, paid_on, claims, reference, self._ctx.today())
        if problems:
            raise InvalidInput(*problems)
        ids = builtins.list(claims)
        with self._ctx.unit() as s:
            py = get_year(s, year, for_update=True)  # payments one at a time: nothing is paid twice
            require_stage(py, Text("recording a payment"), *OPEN_STAGES)
            day_quarter = rules.quarter_of(paid_on) if paid_on.year == py.year else None
            if day_quarter in _closed_quarters(s, py):  # a payment counts in the quarter of its date
                raise Refused(
                    Problem(
                        Text("paid on"),
                        Text(
                            "{day} is in Q{quarter} {year}, which is closed: a payment counts in the quarter of its "
                            "date and nothing changes a closed quarter (date it in an open quarter, or the programme "
                            "owner can reopen Q{quarter})",
                            day=paid_on,
                            quarter=day_quarter,
                            year=py.year,
                        ),
                    )
                )
            dealer = s.scalars(select(Dealer).where(Dealer.code == dealer_code.strip().upper())).one_or_none()
            if dealer is None:
                raise NotFound(Problem(Text("dealer {code}", code=dealer_code), Text("no such dealer")))
            rows, outstanding = _payable(s, py, dealer, ids)
            early = [(i, day) for i in ids if (day := approval_day(rows[i])) is not None and paid_on < day]
            if early:
                raise Refused(
                    *(
                        Problem(
                            Text("claim {number}", number=i),
                            Text(
                                "was approved on {approved_on}: a payment for it cannot be dated {paid_on}, "
                                "before its approval",
                                approved_on=day,
                                paid_on=paid_on,
                            ),
                        )
                        for i, day in early
                    )
                )
            parts = dict(claims) if isinstance(claims, Mapping) else outstanding
            over = [
                Text("claim {number}: {part} > {open}", number=i, part=parts[i], open=outstanding[i])
                for i in ids
                if parts[i] > outstanding[i]
            ]
            total_open = sum(outstanding.values(), ZERO)
            if over or amount > total_open:
                above = Text(
                    "a payment above what was approved: {amount} exceeds the {open} approved and still unpaid",
                    amount=amount,
                    open=total_open,
                )
                raise Refused(
                    Problem(
                        Text("payment to {dealer}", dealer=dealer.code),
                        Text("{message} ({details})", message=above, details=join(over)) if over else above,
                    )
                )
            if sum(parts.values(), ZERO) != amount:
                sum_of_parts = sum(parts.values(), ZERO)
                raise InvalidInput(
                    Problem(
                        Text("payment amount"),
                        Text("{amount} is not the sum of the parts {parts}", amount=amount, parts=sum_of_parts)
                        if isinstance(claims, Mapping)
                        else Text(
                            "{amount} is not the sum of the parts {parts}; to pay part, give the amount per claim",
                            amount=amount,
                            parts=sum_of_parts,
                        ),
                    )
                )
            payment = Payment(
                year_id=py.id,
                dealer_id=dealer.id,
                paid_on=paid_on,
                amount=amount,
                reference=reference.strip(),
                recorded_by=self._ctx.actor,
            )
            payment.items = [PaymentItem(claim_id=i, amount=parts[i]) for i in ids]
            settled = [i for i in ids if parts[i] == outstanding[i]]
            for i in settled:
                rows[i].status = ClaimStatus.PAID
            s.add(payment)
            with integrity_as(Text("the payment could not be stored")):
                s.flush()
            audit(
                s,
                self._ctx,
                "payment.record",
                "payment",
                payment.id,
                year=year,
                summary=(
                    Text(
                        "paid {amount} {currency} to {dealer} on {paid_on} for claims {claims} (fully paid: {settled})",
                        amount=amount,
                        currency=py.currency,
                        dealer=dealer.code,
                        paid_on=paid_on,
                        claims=", ".join(str(i) for i in ids),
                        settled=", ".join(str(i) for i in settled),
                    )
                    if settled
                    else Text(
                        "paid {amount} {currency} to {dealer} on {paid_on} for claims {claims}",
                        amount=amount,
                        currency=py.currency,
                        dealer=dealer.code,
                        paid_on=paid_on,
                        claims=", ".join(str(i) for i in ids),
                    )
                ),
                after={
                    "dealer": dealer.code,
                    "paid_on": paid_on,
                    "amount": amount,
                    "reference": reference.strip(),
                    "items": {str(i): parts[i] for i in ids},
                    "paid": settled,
                },
            )
            return Changes("payment", (payment.id,), year, also=("claim",))

    # -- quarters ------------------------------------------------------------------------------
    def close_quarter(self, year: int, quarter: int, *, before_deadline: str = "") -> Changes:
        """Close (seal) a quarter: once it is over and its filing deadline has passed, after the quarter before it,
        and when none of its claims is still submitted or returned. ``before_deadline``: the programme owner's
        reason to close it before the deadline (audited)."""
        if isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4:
            raise InvalidInput(Problem(Text("quarter"), Text("must be 1, 2, 3 or 4, got {value}", value=repr(quarter))))
        early = before_deadline.strip() if isinstance(before_deadline, str) else ""
        with self._ctx.unit() as s:
            py = get_year(s, year, for_update=True)
            require_stage(py, Text("closing a quarter"), *OPEN_STAGES)
            end = rules.quarter_end(year, quarter)
            where = Text("Q{quarter} {year}", quarter=quarter, year=year)
            today = self._ctx.today()
            if today <= end:
                raise Refused(Problem(where, Text("is not over yet (it ends on {end})", end=end)))
            closed = _closed_quarters(s, py)
            if quarter in closed:
                raise Refused(Problem(where, Text("is closed already")))
            still_open = [q for q in range(1, quarter) if q not in closed]
            if still_open:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "Q{earlier} {year} is still open: the quarters are closed in order",
                            earlier=still_open[0],
                            year=year,
                        ),
                    )
                )
            deadline = rules.filing_deadline(year, quarter, py.claim_deadline_days)
            if today > deadline:
                early = ""  # nothing to override
            elif not early:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "its claims may be filed on time until {deadline}: it can be closed from {day} "
                            "(the programme owner can close it earlier, with a reason)",
                            deadline=deadline,
                            day=deadline + dt.timedelta(days=1),
                        ),
                    )
                )
            elif (role := self._ctx.role) is not None and role != Role.OWNER:
                raise PermissionDenied(
                    Text(
                        "{actor} ({role}) may not {what}",
                        actor=self._ctx.actor,
                        role=role_name(role),
                        what=Text("close a quarter before its filing deadline"),
                    )
                )
            pending = _pending_at_close(s, py, quarter)
            if pending is not None:
                raise Refused(pending)
            through = s.scalar(select(func.max(Payment.id)).where(Payment.year_id == py.id)) or 0
            row = QuarterClose(
                year_id=py.id, quarter=quarter, closed_by=self._ctx.actor, payments_through=through, stage=py.stage
            )
            s.add(row)
            with integrity_as(
                Text("Q{quarter} {year} was closed by somebody else at the same moment", quarter=quarter, year=year)
            ):
                s.flush()
            audit(
                s,
                self._ctx,
                "quarter.close",
                "quarter_close",
                row.id,
                year=year,
                summary=(
                    Text(
                        "closed Q{quarter} {year} before its filing deadline {deadline}: {reason}",
                        quarter=quarter,
                        year=year,
                        deadline=deadline,
                        reason=early,
                    )
                    if early
                    else Text("closed Q{quarter} {year}", quarter=quarter, year=year)
                ),
                after={"quarter": quarter, "payments_through": through, "stage": py.stage.value}
                | ({"before_deadline": early, "deadline": deadline} if early else {}),
            )
            return Changes("quarter", (row.id,), year, also=("year", "claim"))

    def reopen_quarter(self, year: int, quarter: int, reason: str) -> Changes:
        """Reopen a closed quarter (the programme owner, audited, with a reason): its claims and payments can
        change again, and late claims for its work count in it. Quarters are reopened from the last one closed."""
        if isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4:
            raise InvalidInput(Problem(Text("quarter"), Text("must be 1, 2, 3 or 4, got {value}", value=repr(quarter))))
        why = reason.strip() if isinstance(reason, str) else ""
        if not why:
            raise InvalidInput(Problem(Text("reason"), Text("say why the quarter is reopened")))
        with self._ctx.unit() as s:
            py = get_year(s, year, for_update=True)
            require_stage(py, Text("reopening a quarter"), *OPEN_STAGES)
            where = Text("Q{quarter} {year}", quarter=quarter, year=year)
            row = s.scalars(
                select(QuarterClose).where(QuarterClose.year_id == py.id, QuarterClose.quarter == quarter)
            ).one_or_none()
            if row is None:
                raise Refused(Problem(where, Text("is open: there is nothing to reopen")))
            later = sorted(q for q in _closed_quarters(s, py) if q > quarter)
            if later:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "Q{later} {year} is closed after it: reopen the later quarters first",
                            later=later[-1],
                            year=year,
                        ),
                    )
                )
            before = {
                "quarter": quarter,
                "closed_at": row.closed_at,
                "closed_by": row.closed_by,
                "payments_through": row.payments_through,
            }
            row_id = row.id
            s.delete(row)
            s.flush()
            audit(
                s,
                self._ctx,
                "quarter.reopen",
                "quarter_close",
                row_id,
                year=year,
                summary=Text("reopened Q{quarter} {year}: {reason}", quarter=quarter, year=year, reason=why),
                before=before,
                after={"quarter": quarter, "reason": why},
            )
            return Changes("quarter", (row_id,), year, also=("year", "claim"))

    def pending_at_close(self, year: int, quarter: int) -> builtins.list[str]:
        """Why ``quarter`` cannot be closed while claims of it are still submitted or returned: the refusal
        :meth:`close_quarter` would give, as lines (empty: none is). The window asks before it confirms."""
        with self._ctx.db.reading() as s:
            py = get_year(s, year)
            pending = _pending_at_close(s, py, quarter)
            return [] if pending is None else Refused(pending).lines()

    def closed_quarters(self, year: int) -> builtins.list[int]:
        """The quarters of the year that are closed, in order."""
        return [q.quarter for q in self.quarter_closes(year)]

    def quarter_closes(self, year: int) -> builtins.list[QuarterCloseView]:
        with self._ctx.db.reading() as s:
            py = get_year(s, year)
            return [
                QuarterCloseView(q.quarter, q.closed_at, q.closed_by)
                for q in s.scalars(
                    select(QuarterClose).where(QuarterClose.year_id == py.id).order_by(QuarterClose.quarter)
                )
            ]

    # -- reading -------------------------------------------------------------------------------
    def list(
        self,
        year: int,
        quarter: int | None = None,
        status: ClaimStatus | None = None,
        dealer_code: str | None = None,
        late: bool | None = None,
    ) -> builtins.list[ClaimView]:
        """The year's claims by quarter, dealer and filing order."""
        with self._ctx.db.reading() as s:
            py = get_year(s, year)
            stmt = (
                select(Claim)
                .join(Dealer, Claim.dealer_id == Dealer.id)
                .where(Claim.year_id == py.id)
                .options(selectinload(Claim.activity), selectinload(Claim.mockup))
                .order_by(Claim.quarter, Dealer.code, Claim.id)
            )
            if quarter is not None:
                stmt = stmt.where(Claim.quarter == quarter)
            if status is not None:
                stmt = stmt.where(Claim.status == status)
            if dealer_code:
                stmt = stmt.where(Dealer.code == dealer_code.strip().upper())
            if late is not None:
                stmt = stmt.where(Claim.late == late)
            return _load(s, py, s.scalars(stmt).all())

    def list_ids(
        self, year: int, claim_filter: ClaimFilter | None = None, *, order: str = "list", descending: bool = False
    ) -> builtins.list[int]:
        """The numbers of the year's claims that pass the filter, in ``order`` (one of CLAIM_ORDER, or "list":
        quarter, dealer, filing). One query of ids: a long list fetches its rows page by page with rows()."""
        f = claim_filter or ClaimFilter()
        with self._ctx.db.reading() as s:
            py = get_year(s, year)
            by = _order(order, descending)
            stmt = select(Claim.id)
            if order in _BY_DEALER:
                stmt = stmt.join(Dealer, Claim.dealer_id == Dealer.id)
            if order in _BY_ACTIVITY:
                stmt = stmt.join(PlannedActivity, Claim.activity_id == PlannedActivity.id)
            stmt = _filtered(stmt, py.id, f, not self._ctx.db.is_sqlite).order_by(*by)
            result = s.connection().execute(stmt)
            try:  # plain integers: the driver's rows as they are (half the time of result rows at 100,000)
                return [claim_id for (claim_id,) in result.cursor.fetchall()]
            finally:
                result.close()

    def count(self, year: int, claim_filter: ClaimFilter | None = None) -> int:
        """How many of the year's claims pass the filter."""
        f = claim_filter or ClaimFilter()
        with self._ctx.db.reading() as s:
            py = get_year(s, year)
            stmt = _filtered(select(func.count(Claim.id)), py.id, f, not self._ctx.db.is_sqlite)
            return int(s.connection().execute(stmt).scalar_one())

    def rows(self, year: int, ids: Sequence[int]) -> builtins.list[ClaimRow]:
        """The list lines of these claims of the year, in the order of ``ids`` (unknown ids are left out).

        One Core query of only the shown columns: cheap enough to call for each page of a long list.
        """
        if not ids:
            return []
        with self._ctx.db.reading() as s:
            py = get_year(s, year)
            deadlines = {q: rules.filing_deadline(py.year, q, py.claim_deadline_days) for q in range(1, 5)}
            stmt = (
                select(
                    Claim.id,
                    Claim.quarter,
                    Dealer.code,
                    Dealer.name,
                    PlannedActivity.reference,
                    PlannedActivity.channel,
                    Claim.invoice_number,
                    Claim.invoice_amount,
                    Claim.currency,
                    Claim.reimbursement,
                    Claim.filed_on,
                    Claim.status,
                    Claim.late,
                    Claim.late_override_by,
                    Claim.late_override_reason,
                    Claim.reason,
                    Claim.work_quarter,
                )
                .join(Dealer, Claim.dealer_id == Dealer.id)
                .join(PlannedActivity, Claim.activity_id == PlannedActivity.id)
                .where(Claim.year_id == py.id, Claim.id.in_(set(ids)))
            )
            found = {}
            for r in s.connection().execute(stmt):
                *shown, _work = r  # the shown columns, then the work quarter (which sets the deadline)
                found[r[0]] = ClaimRow(
                    *shown,  # type: ignore[arg-type, misc]
                    deadline=deadlines[r.work_quarter],
                    work_quarter=r.work_quarter if r.work_quarter != r.quarter else None,
                )
        return [found[i] for i in ids if i in found]

    def duplicate_pairs(self, year: int) -> builtins.list[DuplicatePair]:
        """Stored claims that are the same invoice under R8's normal form (filed before it was used):
        reported, not blocked."""
        with self._ctx.db.reading() as s:
            return duplicate_pairs(s, get_year(s, year))

    def get(self, claim_id: int) -> ClaimView:
        with self._ctx.db.reading() as s:
            c, py = self._claim(s, claim_id, None)
            return _load(s, py, [c])[0]

    def payments(self, year: int, dealer_code: str | None = None) -> builtins.list[PaymentView]:
        with self._ctx.db.reading() as s:
            py = get_year(s, year)
            stmt = (
                select(Payment, Dealer)
                .join(Dealer, Payment.dealer_id == Dealer.id)
                .where(Payment.year_id == py.id)
                .options(selectinload(Payment.items).selectinload(PaymentItem.claim).selectinload(Claim.activity))
                .order_by(Payment.paid_on, Payment.id)
            )
            if dealer_code:
                stmt = stmt.where(Dealer.code == dealer_code.strip().upper())
            return [
                PaymentView(
                    p.id,
                    py.year,
                    d.code,
                    d.name,
                    p.paid_on,
                    p.amount,
                    p.reference,
                    p.recorded_by,
                    tuple(
                        PaymentItemView(i.claim_id, i.claim.activity.reference, i.claim.invoice_number, i.amount)
                        for i in sorted(p.items, key=lambda i: i.claim_id)
                    ),
                )
                for p, d in s.execute(stmt).all()
            ]

    def remaining(self, year: int, dealer_code: str) -> Decimal:
        """What is left of the dealer's frozen allocation after its approved and paid claims."""
        with self._ctx.db.reading() as s:
            py = get_year(s, year)
            dealer = s.scalars(select(Dealer).where(Dealer.code == dealer_code.strip().upper())).one_or_none()
            if dealer is None:
                raise NotFound(Problem(Text("dealer {code}", code=dealer_code), Text("no such dealer")))
            allocation = frozen_amounts(s, py.id)
            if allocation is None:
                raise NotFound(Text("year {year} has no frozen allocation yet", year=year))
            return allocation.get(dealer.id, ZERO) - used_allocation(s, py.id, dealer.id)

    # -- helpers -------------------------------------------------------------------------------
    def _claim(
        self, s: Session, claim_id: int, expected_version: int | None, *, for_update: bool = False
    ) -> tuple[Claim, ProgrammeYear]:
        """The claim and its year (the year row locked when asked); NotFound, or Conflict when stale."""
        year = s.scalar(
            select(ProgrammeYear.year).join(Claim, Claim.year_id == ProgrammeYear.id).where(Claim.id == claim_id)
        )
        if year is None:
            raise NotFound(Text("there is no claim {number}", number=claim_id))
        py = get_year(s, year, for_update=for_update)  # lock first, then read the claim
        c = s.get_one(Claim, claim_id)
        if expected_version is not None and c.version != expected_version:
            raise Conflict(
                Text(
                    "claim {number} was changed by somebody else since you opened it; nothing was changed", number=c.id
                )
            )
        return c, py

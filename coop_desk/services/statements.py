"""What each dealer is sent: the commitment letter (after the freeze) and the statement of its year with the scorecard.

One place computes each figure of these documents; the PDFs only lay them out. The scorecard's
comparison with the dealer's region is anonymised: it holds the region's median and quartiles,
never another dealer's name, code or figures, and it is left out when the region has fewer than
:data:`MIN_PEERS` funded dealers (with two or three, a quartile would give a neighbour away).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.errors import NotFound, Refused
from coop_desk.metrics import USED_PLACES, Efficiency, efficiency_of, used_share, verified_costs
from coop_desk.money import CENT
from coop_desk.rules import COUNTED
from coop_desk.services import Services
from coop_desk.services.allocation import AllocationLineView
from coop_desk.services.base import ServiceContext, get_year
from coop_desk.services.claim_views import ClaimView, PaymentView
from coop_desk.services.lookup import current_plan, get_dealer
from coop_desk.services.mockups import MockupView
from coop_desk.services.summary import DealerBalance
from coop_desk.text import Text
from models import (
    Allocation,
    AllocationLine,
    ConsolidatedItem,
    ConsolidatedPlan,
    Dealer,
    DealerScore,
    PlanDraft,
    PlannedActivity,
    ProgrammeYear,
    Region,
    Stage,
)

ZERO = Decimal("0.00")
#: The fewest funded dealers (the dealer itself included) a region needs for the anonymised comparison.
MIN_PEERS = 5
#: The activity cost used to show the brand rule (R6) in the commitment letter.
EXAMPLE_COST = Decimal("10000.00")
EXAMPLE_OTHER_BRANDS = (0, 1, 2)
#: What a claim needs (R7), in the order a dealer gathers it.
DOCUMENTS_REQUIRED = ("approved_mockup", "invoice", "payment_order", "acceptance_act")
#: How far each planned activity has come, in cycle order (the scorecard counts them).
PROGRESS = (
    "planned",
    "dropped",
    "awaiting_mockup",
    "mockup_submitted",
    "mockup_changes_requested",
    "mockup_rejected",
    "mockup_approved",
    "claim_submitted",
    "claim_returned",
    "claim_rejected",
    "claim_approved",
    "claim_paid",
)


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class DealerCard:
    code: str
    name: str
    legal_name: str
    region: str
    city: str
    email: str
    phone: str


@dataclass(frozen=True)
class CriterionPoints:
    """One scoring criterion of the letter (R1): points given and their weight."""

    name: str
    weight: Decimal
    max_points: int
    points: Decimal  # 0 when the criterion was not scored
    weighted: Decimal  # weight × points


@dataclass(frozen=True)
class BrandExample:
    """R6 on an example activity: the rate with ``other_brands`` other brands shown and what it reimburses."""

    other_brands: int
    rate: Decimal
    cost: Decimal
    reimbursement: Decimal


@dataclass(frozen=True)
class QuarterDeadline:
    quarter: int
    quarter_end: dt.date
    deadline: dt.date  # the last day to file the quarter's claims on time (R7)


@dataclass(frozen=True)
class LetterActivity:
    reference: str
    channel: str
    month: int
    cost: Decimal  # what R4 counts: the agency's costed amount, else the planned cost
    idea: str


@dataclass(frozen=True)
class CommitmentLetter:
    year: int
    currency: str
    language: str
    dealer: DealerCard
    criteria: tuple[CriterionPoints, ...]
    score: Decimal
    max_score: Decimal
    coefficient: Decimal
    threshold: Decimal
    cap_floor: Decimal
    cap_ceiling: Decimal
    cap: Decimal
    planned_cost: Decimal  # Σ cost of the dealer's activities in the frozen plan
    request: Decimal
    demand: Decimal
    allocated: Decimal
    dealer_minimum: Decimal  # R3: the dealer invests at least as much as the manufacturer
    activity_volume: Decimal  # the activity cost that uses the whole allocation: allocated / base rate
    base_rate: Decimal
    budget_shared: bool  # the demands exceeded the budget: shared by coefficient (R5)
    brand_examples: tuple[BrandExample, ...]
    documents: tuple[str, ...]
    claim_deadline_days: int
    deadlines: tuple[QuarterDeadline, ...]
    activities: tuple[LetterActivity, ...]
    frozen_at: dt.datetime

    @property
    def eligible(self) -> bool:
        return self.cap > 0


@dataclass(frozen=True)
class StatementActivity:
    reference: str
    channel: str
    month: int
    planned_cost: Decimal
    cost: Decimal  # the agency's costed amount where it gave one, else the planned cost
    included: bool | None  # None before the consolidated plan exists
    idea: str
    note: str  # the agency's note (why it was dropped)
    progress: str  # one of PROGRESS


@dataclass(frozen=True)
class Distribution:
    """Median and quartiles (inclusive, linear interpolation) of a region's figures; no one's own value."""

    count: int
    q1: Decimal
    median: Decimal
    q3: Decimal


@dataclass(frozen=True)
class Scorecard:
    """What dealers want most: where everything stands, their figures, and how their region does (anonymised)."""

    activities: tuple[tuple[str, int], ...]  # progress → count, in PROGRESS order
    mockups: tuple[tuple[str, int], ...]  # mockup status → count
    claims: tuple[tuple[str, int], ...]  # claim status → count
    allocated: Decimal
    approved: Decimal
    paid: Decimal
    used: Decimal | None  # approved / allocated (None without an allocation)
    efficiency: Efficiency | None  # None until the evaluating agency has rated an activity of the dealer
    region: str
    region_dealers: int  # funded dealers in the region, the dealer included
    used_in_region: Distribution | None  # None when the region has fewer than MIN_PEERS funded dealers
    approved_in_region: Distribution | None


@dataclass(frozen=True)
class DealerStatement:
    year: int
    currency: str
    language: str
    stage: Stage
    base_rate: Decimal
    dealer: DealerCard
    allocation: AllocationLineView | None  # None before the freeze
    activities: tuple[StatementActivity, ...]
    mockups: tuple[MockupView, ...]
    claims: tuple[ClaimView, ...]
    payments: tuple[PaymentView, ...]
    balance: DealerBalance
    scorecard: Scorecard
    limited: frozenset[int]  # ids of claims whose reimbursement the remaining allocation cut (R7)

    @property
    def payments_total(self) -> Decimal:
        return sum((p.amount for p in self.payments), ZERO)

    @property
    def included_cost(self) -> Decimal:
        """Σ cost of the dealer's activities that the consolidated plan includes."""
        return sum((a.cost for a in self.activities if a.included), ZERO)

    @property
    def counted_claims(self) -> tuple[ClaimView, ...]:
        """The claims that use the allocation (approved or paid)."""
        return tuple(c for c in self.claims if c.status in COUNTED)


# --------------------------------------------------------------------------- pure helpers


def quartiles(values: Sequence[Decimal]) -> tuple[Decimal, Decimal, Decimal]:
    """Q1, median and Q3, inclusive with linear interpolation (Excel's QUARTILE.INC), exactly.

    ``[1, 2, 3, 4, 5, 6, 7, 8]`` → ``(2.75, 4.5, 6.25)``; ``[5]`` → ``(5, 5, 5)``.
    """
    if not values:
        raise ValueError("quartiles of no values")
    ordered = sorted(values)
    n = len(ordered)

    def at(fraction: Decimal) -> Decimal:
        position = (n - 1) * fraction
        low = int(position)
        if low + 1 >= n:
            return ordered[-1]
        return ordered[low] + (ordered[low + 1] - ordered[low]) * (position - low)

    return at(Decimal("0.25")), at(Decimal("0.5")), at(Decimal("0.75"))


def distribution(values: Sequence[Decimal], places: Decimal) -> Distribution | None:
    """The region's distribution rounded half-up to ``places``, or None when it would give a neighbour away."""
    if len(values) < MIN_PEERS:
        return None
    q1, median, q3 = (v.quantize(places, ROUND_HALF_UP) for v in quartiles(values))
    return Distribution(len(values), q1, median, q3)


def brand_examples(base: Decimal, cost: Decimal = EXAMPLE_COST) -> tuple[BrandExample, ...]:
    out = []
    for n in EXAMPLE_OTHER_BRANDS:
        rate = rules.reimbursement_rate(n, base)
        out.append(BrandExample(n, rate, cost, rules.claim_reimbursement(cost, cost, rate, cost)))
    return tuple(out)


def deadlines(year: int, days: int) -> tuple[QuarterDeadline, ...]:
    return tuple(
        QuarterDeadline(q, rules.quarter_end(year, q), rules.claim_deadline(year, q, days)) for q in range(1, 5)
    )


def progress_of(included: bool | None, mockups: Sequence[MockupView], claims: Sequence[ClaimView]) -> str:
    """How far an activity has come: its latest claim, else its latest mockup, else its place in the plan."""
    if included is None:
        return "planned"
    if not included:
        return "dropped"
    if claims:
        return f"claim_{max(claims, key=lambda c: c.id).status.value}"
    if mockups:
        return f"mockup_{max(mockups, key=lambda m: m.number).status.value}"
    return "awaiting_mockup"


def _card(d: Dealer, region: str) -> DealerCard:
    return DealerCard(d.code, d.name, d.legal_name, region, d.city, d.email, d.phone)


# --------------------------------------------------------------------------- the service


class StatementService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- commitment letters ---------------------------------------------------------------------
    def letter(self, year: int, code: str) -> CommitmentLetter:
        """One dealer's commitment letter; Refused before the allocation is frozen."""
        code = code.strip().upper()
        letters = self._letters(year, code)
        if not letters:
            raise NotFound(Text("dealer {code} has no line in the frozen {year} allocation", code=code, year=year))
        return letters[0]

    def letters(self, year: int) -> list[CommitmentLetter]:
        """Every dealer's commitment letter, by dealer code; Refused before the allocation is frozen."""
        return self._letters(year, None)

    def _letters(self, year: int, only: str | None) -> list[CommitmentLetter]:
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            alloc = s.scalars(select(Allocation).where(Allocation.year_id == programme_year.id)).one_or_none()
            if alloc is None:
                raise Refused(
                    Text("year {year}: the allocation is not frozen; commitment letters follow the freeze", year=year)
                )
            if only is not None:
                get_dealer(s, only)  # NotFound for an unknown code
            dealers = {d.id: (d, region) for d, region in s.execute(select(Dealer, Region.name).join(Region))}
            criteria = list(programme_year.criteria)
            points: dict[int, dict[int, Decimal]] = {}
            for dealer_id, crit_id, pts in s.execute(
                select(DealerScore.dealer_id, DealerScore.criterion_id, DealerScore.points).where(
                    DealerScore.year_id == programme_year.id
                )
            ):
                points.setdefault(dealer_id, {})[crit_id] = pts
            activities = _included_activities(s, programme_year)
            lines = sorted(alloc.lines, key=lambda ln: dealers[ln.dealer_id][0].code)
            shared = sum((ln.demand for ln in lines), ZERO) > alloc.budget
            examples = brand_examples(alloc.base_rate)
            quarter_deadlines = deadlines(year, programme_year.claim_deadline_days)
            s_max = rules.dealer_score((Decimal(c.max_points), c.weight) for c in criteria)
            out = []
            for ln in lines:
                dealer, region = dealers[ln.dealer_id]
                if only is not None and dealer.code != only:
                    continue
                own = points.get(ln.dealer_id, {})
                acts = tuple(activities.get(ln.dealer_id, ()))
                out.append(
                    CommitmentLetter(
                        year=year,
                        currency=programme_year.currency,
                        language=programme_year.language,
                        dealer=_card(dealer, region),
                        criteria=tuple(
                            CriterionPoints(
                                c.name, c.weight, c.max_points, own.get(c.id, ZERO), c.weight * own.get(c.id, ZERO)
                            )
                            for c in criteria
                        ),
                        score=ln.score,
                        max_score=s_max if ln.max_score is None else ln.max_score,
                        coefficient=ln.coefficient,
                        threshold=alloc.threshold,
                        cap_floor=alloc.cap_floor,
                        cap_ceiling=alloc.cap_ceiling,
                        cap=ln.cap,
                        planned_cost=sum((a.cost for a in acts), ZERO),
                        request=ln.request,
                        demand=ln.demand,
                        allocated=ln.amount,
                        dealer_minimum=rules.dealer_minimum(ln.amount),
                        activity_volume=rules.activity_volume(ln.amount, alloc.base_rate),
                        base_rate=alloc.base_rate,
                        budget_shared=shared,
                        brand_examples=examples,
                        documents=DOCUMENTS_REQUIRED,
                        claim_deadline_days=programme_year.claim_deadline_days,
                        deadlines=quarter_deadlines,
                        activities=acts,
                        frozen_at=alloc.frozen_at,
                    )
                )
            return out

    # -- the dealer statement -------------------------------------------------------------------
    def statement(self, year: int, code: str) -> DealerStatement:
        """One dealer's year: allocation, activities, mockups, claims, payments, balance and scorecard."""
        code = code.strip().upper()
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            dealer = get_dealer(s, code)
            card = _card(dealer, dealer.region.name)
            base = (
                s.scalar(select(Allocation.base_rate).where(Allocation.year_id == programme_year.id))
                or programme_year.base_rate
            )
            rows = _dealer_activities(s, programme_year, dealer.id)
            allocation = _allocation_line(s, programme_year, dealer, card.region)
            currency, language, stage = programme_year.currency, programme_year.language, programme_year.stage
        services = Services(self._ctx)  # reads only: no permission is checked
        summary = services.summary.year(year)
        balances = {b.code: b for b in summary.dealers}
        balance = balances.get(code) or DealerBalance(code, card.name, card.region, ZERO, ZERO, ZERO, ZERO)
        mockups = services.mockups.list_mockups(year, dealer_code=code)
        claims = services.claims.list_claims(year, dealer_code=code)
        payments = services.claims.payments(year, code)
        results = [r for r in services.evaluation.results(year) if r.dealer_code == code]
        activities = tuple(
            replace(
                a,
                progress=progress_of(
                    a.included,
                    [m for m in mockups if m.reference == a.reference],
                    [c for c in claims if c.reference == a.reference],
                ),
            )
            for a in rows
        )
        peers = [b for b in summary.dealers if b.region == card.region and b.allocated > 0]
        scorecard = Scorecard(
            activities=_counts((a.progress for a in activities), PROGRESS),
            mockups=_counts((m.status.value for m in mockups), None),
            claims=_counts((c.status.value for c in claims), None),
            allocated=balance.allocated,
            approved=balance.approved,
            paid=balance.paid,
            used=used_share(balance.approved, balance.allocated),
            efficiency=efficiency_of(code, results, verified_costs(claims)) if results else None,
            region=card.region,
            region_dealers=len(peers),
            used_in_region=distribution(
                [u for b in peers if (u := used_share(b.approved, b.allocated)) is not None], USED_PLACES
            ),
            approved_in_region=distribution([b.approved for b in peers], CENT),
        )
        return DealerStatement(
            year=year,
            currency=currency,
            language=language,
            stage=stage,
            base_rate=base,
            dealer=card,
            allocation=allocation,
            activities=activities,
            mockups=tuple(mockups),
            claims=tuple(claims),
            payments=tuple(payments),
            balance=balance,
            scorecard=scorecard,
            limited=frozenset(c.id for c in claims if _limited(c)),
        )


def _limited(c: ClaimView) -> bool:
    """Whether R7's limit (the allocation left) cut the claim's reimbursement below verified cost × rate."""
    if c.status not in COUNTED or None in (c.verified_cost, c.rate, c.reimbursement):
        return False
    assert c.verified_cost is not None and c.rate is not None and c.reimbursement is not None
    unlimited = rules.claim_reimbursement(c.verified_cost, c.verified_cost, c.rate, c.verified_cost)
    return c.reimbursement < unlimited


def _counts(values: Iterable[str], order: Sequence[str] | None) -> tuple[tuple[str, int], ...]:
    counter = Counter(values)
    keys = [k for k in order if counter[k]] if order is not None else sorted(counter)
    return tuple((k, counter[k]) for k in keys)


def _included_activities(s: Session, programme_year: ProgrammeYear) -> dict[int, list[LetterActivity]]:
    """dealer id → the activities of the current consolidated plan that it includes."""
    rows = s.execute(
        select(PlannedActivity, ConsolidatedItem.costed_amount)
        .join(ConsolidatedItem, ConsolidatedItem.activity_id == PlannedActivity.id)
        .join(ConsolidatedPlan)
        .where(ConsolidatedPlan.year_id == programme_year.id, ConsolidatedPlan.is_current, ConsolidatedItem.included)
        .order_by(PlannedActivity.reference)
    ).all()
    out: dict[int, list[LetterActivity]] = {}
    for a, costed in rows:
        cost = rules.counted_cost(a.planned_cost, costed)
        out.setdefault(a.dealer_id, []).append(LetterActivity(a.reference, a.channel, a.month, cost, a.idea))
    return out


def _dealer_activities(s: Session, programme_year: ProgrammeYear, dealer_id: int) -> list[StatementActivity]:
    """The dealer's current draft activities with the consolidated plan's decision on each (progress not yet known)."""
    plan = current_plan(s, programme_year.id)
    items: dict[int, ConsolidatedItem] = {}
    if plan is not None:
        items = {
            i.activity_id: i for i in s.scalars(select(ConsolidatedItem).where(ConsolidatedItem.plan_id == plan.id))
        }
    activities = s.scalars(
        select(PlannedActivity)
        .join(PlanDraft, PlannedActivity.draft_id == PlanDraft.id)
        .where(
            PlannedActivity.year_id == programme_year.id, PlannedActivity.dealer_id == dealer_id, PlanDraft.is_current
        )
        .order_by(PlannedActivity.seq)
    ).all()
    out = []
    for a in activities:
        item = items.get(a.id)
        included = None if plan is None else (item is not None and item.included)
        costed = item.costed_amount if item is not None else None
        out.append(
            StatementActivity(
                reference=a.reference,
                channel=a.channel,
                month=a.month,
                planned_cost=a.planned_cost,
                cost=rules.counted_cost(a.planned_cost, costed),
                included=included,
                idea=a.idea,
                note=item.note if item is not None else "",
                progress="",
            )
        )
    return out


def _allocation_line(
    s: Session, programme_year: ProgrammeYear, dealer: Dealer, region: str
) -> AllocationLineView | None:
    ln = s.scalars(
        select(AllocationLine)
        .join(Allocation)
        .where(Allocation.year_id == programme_year.id, AllocationLine.dealer_id == dealer.id)
    ).one_or_none()
    if ln is None:
        return None
    return AllocationLineView(
        dealer.code,
        dealer.name,
        region,
        ln.score,
        ln.coefficient,
        ln.cap,
        ln.request,
        ln.demand,
        ln.amount,
        ln.max_score,
    )


__all__ = [
    "DOCUMENTS_REQUIRED",
    "MIN_PEERS",
    "PROGRESS",
    "BrandExample",
    "CommitmentLetter",
    "CriterionPoints",
    "DealerCard",
    "DealerStatement",
    "Distribution",
    "LetterActivity",
    "QuarterDeadline",
    "Scorecard",
    "StatementActivity",
    "StatementService",
    "brand_examples",
    "deadlines",
    "distribution",
    "quartiles",
]

"""What each dealer is sent: the commitment letter (after the freeze) and the statement of its year with the scorecard.

One place computes each figure of these documents; the PDFs only lay them out. The read models are
in :mod:`coop_desk.services.statement_views`, the figures computed without a database (the region's
anonymised quartiles, the brand rule's examples, the deadlines, an activity's progress) in
:mod:`coop_desk.services.statement_figures`; this module holds the use cases that gather them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.channel_names import names_of
from coop_desk.errors import NotFound, Refused
from coop_desk.metrics import USED_PLACES, efficiency_of, used_share, verified_costs
from coop_desk.money import CENT
from coop_desk.rules import COUNTED
from coop_desk.services import Services
from coop_desk.services.allocation import AllocationLineView
from coop_desk.services.base import ServiceContext, get_year
from coop_desk.services.claim_views import ClaimView
from coop_desk.services.dealer_year import DealerYearView, dealer_year, statement_codes
from coop_desk.services.lookup import current_plan, get_dealer
from coop_desk.services.statement_figures import (
    DOCUMENTS_REQUIRED,
    PROGRESS,
    brand_examples,
    deadlines,
    distribution,
    progress_of,
)
from coop_desk.services.statement_views import (
    ZERO,
    CommitmentLetter,
    CriterionPoints,
    DealerCard,
    DealerStatement,
    LetterActivity,
    Scorecard,
    StatementActivity,
)
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
)


def _card(d: Dealer, region: str) -> DealerCard:
    given = tuple((key, value) for key in rules.REQUISITE_FIELDS if (value := getattr(d, key)))
    return DealerCard(d.code, d.name, d.legal_name, region, d.city, d.email, d.phone, given)


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
            proof_table = rules.read_table(programme_year.proofs)
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
                        channel_names=names_of(programme_year.channels, programme_year.channel_names),
                        dealer=_card(dealer, region),
                        criteria=tuple(
                            CriterionPoints(
                                c.name,
                                c.weight,
                                c.max_points,
                                own.get(c.id, ZERO),
                                c.weight * own.get(c.id, ZERO),
                                c.name_ru,
                                c.name_en,
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
                        proofs=_channel_proofs(proof_table, programme_year.channels, acts),
                    )
                )
            return out

    # -- the dealer page and every dealer's statement ----------------------------------------------
    def dealer_year(self, year: int, code: str) -> DealerYearView:
        """The dealer's year for the window's dealer page: the statement with score, versions, documents, history."""
        return dealer_year(self._ctx, year, code)

    def all_statements(self, year: int) -> list[DealerStatement]:
        """Every dealer's statement (see :func:`statement_codes`), by dealer code."""
        return [self.statement(year, code) for code in statement_codes(self._ctx, year)]

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
            channel_names = names_of(programme_year.channels, programme_year.channel_names)
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
            channel_names=channel_names,
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


__all__ = ["StatementService"]


def _channel_proofs(
    table: rules.ProofTable, channels: Sequence[str], activities: Sequence[LetterActivity]
) -> tuple[tuple[str, tuple[rules.ProofRequirement, ...]], ...]:
    """The proofs of each channel the dealer planned, in the year's order of channels (a channel that needs
    none is left out)."""
    planned = {a.channel for a in activities}
    order = [c for c in channels if c in planned] + sorted(planned - set(channels))
    return tuple((c, rules.proofs_for(table, c)) for c in order if rules.proofs_for(table, c))

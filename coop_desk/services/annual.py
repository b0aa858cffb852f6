"""The annual programme report's read model: where the money went, planned against actual, and what paid off.

Spending comes from :class:`SummaryService` (the one place that adds up approved and paid
amounts); efficiency joins the evaluating agency's results with the verified costs of the
activities' approved and paid claims. An activity "did not pay off" when it brought no sale, or
when a sale cost more than the limit (by default twice the programme's own cost per sale).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from coop_desk.channel_names import ChannelNames
from coop_desk.errors import InvalidInput, Problem
from coop_desk.metrics import (
    DROP_FACTOR,
    Efficiency,
    drop_limit,
    drop_reason,
    efficiency_of,
    per_unit,
    used_share,
    verified_costs,
)
from coop_desk.rules import COUNTED, request_cents
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext, get_year
from coop_desk.services.evaluation import EfficiencyView
from coop_desk.services.lookup import base_rate
from coop_desk.services.summary import Bucket, YearSummary
from coop_desk.text import Text
from models import Stage

ZERO = Decimal("0.00")


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class RegionSpend:
    region: str
    dealers: int  # funded dealers
    allocated: Decimal
    claims: int
    approved: Decimal
    paid: Decimal

    @property
    def used(self) -> Decimal | None:
        """Approved / allocated (0.8734 = 87.34 %); None without an allocation."""
        return used_share(self.approved, self.allocated)


@dataclass(frozen=True)
class ChannelPlan:
    """Planned against actual for one channel."""

    channel: str
    activities: int  # activities of the consolidated plan it includes
    planned_cost: Decimal  # Σ cost of those activities (agency's costed amount, else planned)
    planned_share: Decimal  # base rate × planned cost, cents down: what the plan asked of the manufacturer
    actual_cost: Decimal  # Σ verified cost of approved and paid claims
    approved: Decimal
    paid: Decimal

    @property
    def difference(self) -> Decimal:
        """Approved minus planned share (negative: less was spent than planned)."""
        return self.approved - self.planned_share


@dataclass(frozen=True)
class DropCandidate:
    """An evaluated activity that did not pay off."""

    reference: str
    dealer_code: str
    dealer_name: str
    region: str
    channel: str
    cost: Decimal
    leads: int
    sales: int
    cost_per_sale: Decimal | None
    reason: str  # "no_sales" or "too_expensive"
    comment: str  # the evaluating agency's


@dataclass(frozen=True)
class AnnualReport:
    year: int
    currency: str
    language: str
    stage: Stage
    base_rate: Decimal
    budget: Decimal
    allocated: Decimal
    approved: Decimal
    paid: Decimal
    funded_dealers: int
    claims_by_status: tuple[tuple[str, int], ...]
    late_claims: int
    by_quarter: tuple[Bucket, ...]
    by_channel: tuple[Bucket, ...]
    by_region: tuple[RegionSpend, ...]
    plan_vs_actual: tuple[ChannelPlan, ...]
    efficiency: tuple[Efficiency, ...]  # per channel, evaluated activities only
    efficiency_total: Efficiency | None  # None before the evaluation
    evaluating_agency: str
    cost_per_sale_limit: Decimal | None  # None when no evaluated activity sold anything
    limit_factor: Decimal | None  # the limit is this many times the programme's cost per sale (None: set by hand)
    drop: tuple[DropCandidate, ...]
    #: The channels' names in both languages (coop_desk.channel_names).
    channel_names: ChannelNames = field(default_factory=ChannelNames)

    @property
    def unpaid(self) -> Decimal:
        return self.approved - self.paid

    @property
    def remaining(self) -> Decimal:
        """Allocated but not approved."""
        return self.allocated - self.approved

    @property
    def claims_count(self) -> int:
        return sum(n for _, n in self.claims_by_status)

    @property
    def planned_activities(self) -> int:
        return sum(p.activities for p in self.plan_vs_actual)

    @property
    def planned_share(self) -> Decimal:
        return sum((p.planned_share for p in self.plan_vs_actual), ZERO)

    @property
    def planned_cost(self) -> Decimal:
        return sum((p.planned_cost for p in self.plan_vs_actual), ZERO)

    @property
    def actual_cost(self) -> Decimal:
        return sum((p.actual_cost for p in self.plan_vs_actual), ZERO)


# --------------------------------------------------------------------------- the service


class AnnualService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # Long: assembles the annual report's sections from one reading session.
    def report(self, year: int, *, cost_per_sale_limit: Decimal | None = None) -> AnnualReport:
        """The year's report; ``cost_per_sale_limit`` overrides the default (twice the programme's cost per sale)."""
        if cost_per_sale_limit is not None and (not cost_per_sale_limit.is_finite() or cost_per_sale_limit <= 0):
            raise InvalidInput(
                Problem(Text("cost per sale limit"), Text("must be above 0, got {value}", value=cost_per_sale_limit))
            )
        services = Services(self._ctx)  # reads only: no permission is checked
        settings = services.years.get(year)
        summary = services.summary.year(year)
        claims = services.claims.list_claims(year)
        plan = [r for r in services.plans.consolidated(year) if r.included]
        results = services.evaluation.results(year)
        with self._ctx.db.reading() as s:
            base = base_rate(s, get_year(s, year))  # the rate the allocation was frozen with (the setting before)
        order = {c: i for i, c in enumerate(settings.channels)}
        costs = verified_costs(claims)

        channels = sorted(
            {r.channel for r in plan} | {b.key for b in summary.by_channel},
            key=lambda c: (order.get(c, len(order)), c),
        )
        by_channel = {b.key: b for b in summary.by_channel}
        spent_cost: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for c in claims:
            if c.status in COUNTED and c.verified_cost is not None:
                spent_cost[c.channel] += c.verified_cost
        plan_vs_actual = []
        for ch in channels:
            rows = [r for r in plan if r.channel == ch]
            planned = sum((r.cost for r in rows), ZERO)
            bucket = by_channel.get(ch, Bucket(ch, 0, ZERO, ZERO))
            plan_vs_actual.append(
                ChannelPlan(
                    ch,
                    len(rows),
                    planned,
                    request_cents((r.cost for r in rows), base),
                    spent_cost[ch],
                    bucket.approved,
                    bucket.paid,
                )
            )

        # Cost and results of the same claims: an activity counts with its results only when an approved or
        # paid claim gave it a cost (a rejected, returned or undecided claim counts in neither).
        costed = [r for r in results if r.reference in costs]
        efficiency = tuple(
            efficiency_of(ch, [r for r in costed if r.channel == ch], costs)
            for ch in channels + sorted({r.channel for r in costed} - set(channels))
            if any(r.channel == ch for r in costed)
        )
        total = efficiency_of("", costed, costs) if results else None
        limit = cost_per_sale_limit
        if limit is None and total is not None and total.cost_per_sale is not None:
            limit = drop_limit(total.cost_per_sale)
        names = {d.code: d.name for d in services.dealers.list_dealers()}
        # no sales first (the costliest first), then the dearest sales first
        drop = sorted(
            (d for r in results if (d := _drop(r, costs.get(r.reference, ZERO), limit, names)) is not None),
            key=lambda d: (d.reason != "no_sales", -(d.cost_per_sale or d.cost), d.reference),
        )
        return AnnualReport(
            year=year,
            currency=summary.currency,
            language=settings.language,
            channel_names=settings.channel_names,
            stage=summary.stage,
            base_rate=base,
            budget=summary.budget,
            allocated=summary.allocated,
            approved=summary.approved,
            paid=summary.paid,
            funded_dealers=sum(1 for b in summary.dealers if b.allocated > 0),
            claims_by_status=summary.claims_by_status,
            late_claims=summary.late_claims,
            by_quarter=summary.by_quarter,
            by_channel=tuple(by_channel.get(ch, Bucket(ch, 0, ZERO, ZERO)) for ch in channels),
            by_region=_regions(summary),
            plan_vs_actual=tuple(plan_vs_actual),
            efficiency=efficiency,
            efficiency_total=total,
            evaluating_agency=results[0].agency if results else settings.evaluating_agency,
            cost_per_sale_limit=limit,
            limit_factor=DROP_FACTOR if cost_per_sale_limit is None and limit is not None else None,
            drop=tuple(drop),
        )


def _regions(summary: YearSummary) -> tuple[RegionSpend, ...]:
    buckets = {b.key: b for b in summary.by_region}
    dealers: dict[str, list[Decimal]] = defaultdict(list)
    for b in summary.dealers:
        dealers[b.region].append(b.allocated)
    out = []
    for region in sorted(set(buckets) | set(dealers)):
        bucket = buckets.get(region, Bucket(region, 0, ZERO, ZERO))
        amounts = dealers.get(region, [])
        out.append(
            RegionSpend(
                region,
                sum(1 for a in amounts if a > 0),
                sum(amounts, ZERO),
                bucket.claims,
                bucket.approved,
                bucket.paid,
            )
        )
    return tuple(out)


def _drop(r: EfficiencyView, cost: Decimal, limit: Decimal | None, names: dict[str, str]) -> DropCandidate | None:
    per_sale = per_unit(cost, r.sales)
    reason = drop_reason(r.sales, per_sale, limit)
    if reason is None:
        return None
    return DropCandidate(
        r.reference,
        r.dealer_code,
        names.get(r.dealer_code, ""),
        r.region,
        r.channel,
        cost,
        r.leads,
        r.sales,
        per_sale,
        reason,
        r.comment,
    )


__all__ = [
    "AnnualReport",
    "AnnualService",
    "ChannelPlan",
    "DropCandidate",
    "RegionSpend",
]

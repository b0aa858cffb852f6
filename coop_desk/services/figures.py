"""Figures the year's reports share (the annual report, the dealer statement): how much of an allocation is
used, and what evaluated activities cost and brought."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from coop_desk.money import CENT
from coop_desk.services.claim_checks import COUNTED
from coop_desk.services.claim_views import ClaimView
from coop_desk.services.evaluation import EfficiencyView

ZERO = Decimal("0.00")
#: A share used is kept to 0.01 % (0.8734 = 87.34 %).
USED_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class Efficiency:
    """The evaluated activities of one channel (or one dealer): what they cost and what they brought."""

    key: str
    activities: int
    reach: int
    leads: int
    sales: int
    sales_amount: Decimal
    cost: Decimal  # Σ verified cost of the approved and paid claims of these activities (those without: left out)

    @property
    def cost_per_lead(self) -> Decimal | None:
        return per_unit(self.cost, self.leads)

    @property
    def cost_per_sale(self) -> Decimal | None:
        return per_unit(self.cost, self.sales)


def per_unit(cost: Decimal, units: int) -> Decimal | None:
    """``cost / units`` rounded half-up to cents; None when there are no units."""
    return (cost / units).quantize(CENT, ROUND_HALF_UP) if units > 0 else None


def used_share(approved: Decimal, allocated: Decimal) -> Decimal | None:
    """How much of an allocation approved claims use (0.8734 = 87.34 %); None without an allocation."""
    if allocated <= 0:
        return None
    return (approved / allocated).quantize(USED_PLACES, ROUND_HALF_UP)


def verified_costs(claims: Iterable[ClaimView]) -> dict[str, Decimal]:
    """activity reference → Σ verified cost of its approved and paid claims (programme currency)."""
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for c in claims:
        if c.status in COUNTED and c.verified_cost is not None:
            out[c.reference] += c.verified_cost
    return dict(out)


def efficiency_of(key: str, results: Sequence[EfficiencyView], costs: dict[str, Decimal]) -> Efficiency:
    return Efficiency(
        key=key,
        activities=len(results),
        reach=sum(r.reach for r in results),
        leads=sum(r.leads for r in results),
        sales=sum(r.sales for r in results),
        sales_amount=sum((r.sales_amount or ZERO for r in results), ZERO),
        cost=sum((costs.get(r.reference, ZERO) for r in results), ZERO),
    )

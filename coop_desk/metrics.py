"""Efficiency figures of the year's reports (the annual report, the dealer statement), as pure functions.

How much of an allocation approved claims use, what evaluated activities cost per lead and per sale, and
which activities are candidates to drop. Values in, values out: no session, no Qt; money is Decimal, exact
until a figure is rounded half-up to its places.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from coop_desk.money import CENT
from coop_desk.rules_calendar import COUNTED
from models.enums import ClaimStatus

__all__ = [
    "DROP_FACTOR",
    "USED_PLACES",
    "Efficiency",
    "drop_limit",
    "drop_reason",
    "efficiency_of",
    "per_unit",
    "used_share",
    "verified_costs",
]

ZERO = Decimal("0.00")
#: A share used is kept to 0.01 % (0.8734 = 87.34 %).
USED_PLACES = Decimal("0.0001")
#: An activity whose cost per sale is above this many times the programme's own did not pay off.
DROP_FACTOR = Decimal(2)


class CostedClaim(Protocol):
    """What :func:`verified_costs` reads of a claim (a ``ClaimView``)."""

    @property
    def reference(self) -> str: ...
    @property
    def status(self) -> ClaimStatus: ...
    @property
    def verified_cost(self) -> Decimal | None: ...


class Result(Protocol):
    """What :func:`efficiency_of` reads of an evaluated activity (an ``EfficiencyView``)."""

    @property
    def reference(self) -> str: ...
    @property
    def reach(self) -> int: ...
    @property
    def leads(self) -> int: ...
    @property
    def sales(self) -> int: ...
    @property
    def sales_amount(self) -> Decimal | None: ...


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


def verified_costs(claims: Iterable[CostedClaim]) -> dict[str, Decimal]:
    """activity reference → Σ verified cost of its approved and paid claims (programme currency)."""
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for c in claims:
        if c.status in COUNTED and c.verified_cost is not None:
            out[c.reference] += c.verified_cost
    return dict(out)


def efficiency_of(key: str, results: Sequence[Result], costs: dict[str, Decimal]) -> Efficiency:
    """The :class:`Efficiency` of ``results`` with the costs of :func:`verified_costs`."""
    return Efficiency(
        key=key,
        activities=len(results),
        reach=sum(r.reach for r in results),
        leads=sum(r.leads for r in results),
        sales=sum(r.sales for r in results),
        sales_amount=sum((r.sales_amount or ZERO for r in results), ZERO),
        cost=sum((costs.get(r.reference, ZERO) for r in results), ZERO),
    )


def drop_limit(cost_per_sale: Decimal) -> Decimal:
    """The cost per sale above which an activity is a candidate to drop: :data:`DROP_FACTOR` times the
    year's, rounded half-up to cents."""
    return (cost_per_sale * DROP_FACTOR).quantize(CENT, ROUND_HALF_UP)


def drop_reason(sales: int, per_sale: Decimal | None, limit: Decimal | None) -> str | None:
    """Why an activity is a candidate to drop: ``"no_sales"``, ``"too_expensive"`` (a sale above ``limit``),
    or None when it is not one."""
    if sales == 0:
        return "no_sales"
    if limit is not None and per_sale is not None and per_sale > limit:
        return "too_expensive"
    return None

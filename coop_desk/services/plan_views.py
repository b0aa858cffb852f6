"""The plan's read models: activities, dealer drafts and what changed between them, the consolidated plan
and its totals by region.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from coop_desk import rules
from coop_desk.text import join
from models import Dealer, PlannedActivity

__all__ = [
    "ActivityView",
    "ConsolidatedRow",
    "DraftDiff",
    "DraftView",
    "RegionTotal",
    "activity_view",
    "region_totals_of",
]


@dataclass(frozen=True)
class ActivityView:
    id: int
    reference: str
    dealer_code: str
    dealer_name: str
    region: str
    seq: int
    channel: str
    month: int
    planned_cost: Decimal
    idea: str


@dataclass(frozen=True)
class DraftView:
    id: int
    dealer_code: str
    number: int
    is_current: bool
    received: dt.datetime
    source: str
    file_sha256: str
    h1_review: str
    regional_notes: str
    activities: tuple[ActivityView, ...]

    @property
    def total(self) -> Decimal:
        return sum((a.planned_cost for a in self.activities), Decimal(0))


@dataclass(frozen=True)
class DraftDiff:
    """What changed between two versions of a dealer's draft, by activity reference."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[tuple[str, str], ...]  # reference, what changed

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        return (
            [f"+ {r}" for r in self.added]
            + [f"- {r}" for r in self.removed]
            + [join((f"~ {r}", what), ": ") for r, what in self.changed]
        )


@dataclass(frozen=True)
class ConsolidatedRow:
    activity_id: int
    reference: str
    dealer_code: str
    dealer_name: str
    region: str
    channel: str
    month: int
    planned_cost: Decimal
    idea: str
    included: bool
    placement: str
    vendor: str
    costed_amount: Decimal | None
    note: str

    @property
    def cost(self) -> Decimal:
        """What the rules count: the agency's costed amount where it gave one, else the planned cost (R4)."""
        return rules.counted_cost(self.planned_cost, self.costed_amount)


@dataclass(frozen=True)
class RegionTotal:
    """One region's line of the consolidated plan (or the grand total, with region ""): counts and money."""

    region: str
    activities: int
    included: int
    planned_cost: Decimal
    included_cost: Decimal
    """What the included activities count for (R4): the agency's costed amount, else the planned cost."""


def region_totals_of(rows: list[ConsolidatedRow]) -> tuple[list[RegionTotal], RegionTotal]:
    """Per-region subtotals in the rows' order, and the grand total."""
    by_region: dict[str, list[ConsolidatedRow]] = {}
    for r in rows:
        by_region.setdefault(r.region, []).append(r)

    def total(region: str, items: list[ConsolidatedRow]) -> RegionTotal:
        kept = [r for r in items if r.included]
        return RegionTotal(
            region,
            len(items),
            len(kept),
            sum((r.planned_cost for r in items), Decimal("0.00")),
            sum((r.cost for r in kept), Decimal("0.00")),
        )

    return [total(name, items) for name, items in by_region.items()], total("", rows)


def activity_view(a: PlannedActivity, d: Dealer) -> ActivityView:
    return ActivityView(
        a.id, a.reference, d.code, d.name, d.region.name, a.seq, a.channel, a.month, a.planned_cost, a.idea
    )

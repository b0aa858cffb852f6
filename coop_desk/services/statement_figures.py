"""The figures of the dealer documents computed without a database: the region's quartiles, the brand
rule's worked examples, the claim deadlines, how far an activity has come.

The scorecard's comparison with the dealer's region is anonymised: it holds the region's median and
quartiles, never another dealer's name, code or figures, and it is left out when the region has fewer
than :data:`MIN_PEERS` funded dealers (with two or three, a quartile would give a neighbour away).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from coop_desk import rules
from coop_desk.services.claim_views import ClaimView
from coop_desk.services.mockups import MockupView
from coop_desk.services.statement_views import BrandExample, Distribution, QuarterDeadline

__all__ = [
    "DOCUMENTS_REQUIRED",
    "EXAMPLE_COST",
    "EXAMPLE_OTHER_BRANDS",
    "MIN_PEERS",
    "PROGRESS",
    "brand_examples",
    "deadlines",
    "distribution",
    "progress_of",
    "quartiles",
]

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

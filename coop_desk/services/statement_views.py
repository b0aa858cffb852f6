"""The read models of what each dealer is sent: the commitment letter and the statement with its scorecard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from coop_desk.channel_names import ChannelNames
from coop_desk.criterion_names import criterion_name
from coop_desk.metrics import Efficiency
from coop_desk.rules import COUNTED
from coop_desk.rules_proofs import ProofRequirement
from coop_desk.services.allocation import AllocationLineView
from coop_desk.services.claim_views import ClaimView, PaymentView
from coop_desk.services.mockups import MockupView
from coop_desk.services.summary import DealerBalance
from models import (
    Stage,
)

__all__ = [
    "ZERO",
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
]

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class DealerCard:
    code: str
    name: str
    legal_name: str
    region: str
    city: str
    email: str
    phone: str
    #: The requisites given (field of ``rules.REQUISITE_FIELDS``, value), in that order; none: ().
    requisites: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CriterionPoints:
    """One scoring criterion of the letter (R1): points given and their weight."""

    name: str
    weight: Decimal
    max_points: int
    points: Decimal  # 0 when the criterion was not scored
    weighted: Decimal  # weight × points
    name_ru: str = ""
    name_en: str = ""

    def title(self, lang: str) -> str:
        """The criterion's name in ``lang`` (:func:`coop_desk.criterion_names.criterion_name`)."""
        return criterion_name(self.name, self.name_ru, self.name_en, lang)


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
    #: The proofs of performance a claim of each of the dealer's planned channels carries (R7), in the
    #: year's order of channels.
    proofs: tuple[tuple[str, tuple[ProofRequirement, ...]], ...] = ()
    #: The channels' names in both languages (coop_desk.channel_names).
    channel_names: ChannelNames = field(default_factory=ChannelNames)

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
    #: The channels' names in both languages (coop_desk.channel_names).
    channel_names: ChannelNames = field(default_factory=ChannelNames)

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

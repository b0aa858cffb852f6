"""What the plan service takes: a dealer's planned activity and the agency's row for it (plain command arguments).

Plain data, importing nothing of the services or the database: the draft readers build them in worker
processes (reports.xlsx.plan_pool) that must start quickly. ``coop_desk.services.plan_inputs`` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["ActivityInput", "ConsolidationInput"]


@dataclass(frozen=True)
class ActivityInput:
    """One activity of a draft as a dealer planned it."""

    channel: str
    month: int
    planned_cost: Decimal
    idea: str = ""
    where: str = ""  # where it came from (a workbook cell), for messages


@dataclass(frozen=True)
class ConsolidationInput:
    """The agency's row for one activity."""

    reference: str
    included: bool
    placement: str = ""
    vendor: str = ""
    costed_amount: Decimal | None = None
    note: str = ""
    where: str = ""

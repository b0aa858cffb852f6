"""The programme year's read models: the year with its settings and criteria, and where it stands in the cycle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from coop_desk.channel_names import ChannelNames, names_of
from coop_desk.criterion_names import criterion_name
from coop_desk.rules_proofs import ProofRequirement, read_table
from models import (
    ProgrammeYear,
    Stage,
)

__all__ = ["CriterionView", "StageCheck", "YearView", "year_view"]


@dataclass(frozen=True)
class CriterionView:
    id: int
    position: int
    name: str
    weight: Decimal
    max_points: int
    name_ru: str = ""
    name_en: str = ""

    def title(self, lang: str) -> str:
        """The criterion's name in ``lang`` (the one function: :func:`coop_desk.criterion_names.criterion_name`)."""
        return criterion_name(self.name, self.name_ru, self.name_en, lang)


@dataclass(frozen=True)
class YearView:
    id: int
    year: int
    stage: Stage
    currency: str
    language: str
    budget: Decimal
    base_rate: Decimal
    cap_floor: Decimal
    cap_ceiling: Decimal
    threshold: Decimal
    claim_deadline_days: int
    channels: tuple[str, ...]
    consolidating_agency: str
    evaluating_agency: str
    stage_dates: tuple[tuple[Stage, dt.date], ...]
    criteria: tuple[CriterionView, ...]
    version: int
    #: The proofs of performance each channel's claims carry (R7; empty: none required).
    proofs: dict[str, tuple[ProofRequirement, ...]] = field(default_factory=dict)
    #: The channels' Russian and English names (coop_desk.channel_names; the defaults where the year has none).
    channel_names: ChannelNames = field(default_factory=ChannelNames)

    def criterion(self, code: str, lang: str) -> str:
        """A criterion's name (by its code) in ``lang``; a code the year does not have is named by the defaults."""
        for c in self.criteria:
            if c.name == code:
                return c.title(lang)
        return criterion_name(code, "", "", lang)

    def channel(self, code: str, lang: str) -> str:
        """A channel's name in ``lang`` (the one function: :meth:`ChannelNames.name`)."""
        return self.channel_names.name(code, lang)

    @property
    def max_score(self) -> Decimal:
        return sum((c.weight * c.max_points for c in self.criteria), Decimal(0))


@dataclass(frozen=True)
class StageCheck:
    """Where a year stands: its stage, the next one, and what is missing to get there."""

    year: int
    stage: Stage
    next_stage: Stage | None
    missing: tuple[str, ...]
    needs_confirmation: tuple[str, ...]

    @property
    def can_advance(self) -> bool:
        return self.next_stage is not None and not self.missing


def year_view(programme_year: ProgrammeYear) -> YearView:
    return YearView(
        id=programme_year.id,
        year=programme_year.year,
        stage=programme_year.stage,
        currency=programme_year.currency,
        language=programme_year.language,
        budget=programme_year.budget,
        base_rate=programme_year.base_rate,
        cap_floor=programme_year.cap_floor,
        cap_ceiling=programme_year.cap_ceiling,
        threshold=programme_year.threshold,
        claim_deadline_days=programme_year.claim_deadline_days,
        channels=tuple(programme_year.channels),
        consolidating_agency=programme_year.consolidating_agency,
        evaluating_agency=programme_year.evaluating_agency,
        stage_dates=(
            (Stage.DRAFTING, programme_year.drafting_from),
            (Stage.CONSOLIDATION, programme_year.consolidation_from),
            (Stage.ALLOCATION, programme_year.allocation_from),
            (Stage.EXECUTION, programme_year.execution_from),
            (Stage.EVALUATION, programme_year.evaluation_from),
        ),
        criteria=tuple(
            CriterionView(c.id, c.position, c.name, c.weight, c.max_points, c.name_ru, c.name_en)
            for c in programme_year.criteria
        ),
        version=programme_year.version,
        proofs=read_table(programme_year.proofs),
        channel_names=names_of(programme_year.channels, programme_year.channel_names),
    )

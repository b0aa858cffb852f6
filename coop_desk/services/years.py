"""The programme year: creating it, its settings, and moving it through the cycle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coop_desk import permissions
from coop_desk.errors import Conflict, InvalidInput, Problem, Refused
from coop_desk.money import MAX_AMOUNT
from coop_desk.services.base import Changes, Entity, ServiceContext, audit, get_year, snapshot
from coop_desk.text import Text, join
from coop_desk.words import stage_name
from models import (
    Allocation,
    Claim,
    ClaimStatus,
    ConsolidatedPlan,
    Dealer,
    EfficiencyResult,
    PlanDraft,
    ProgrammeYear,
    QuarterClose,
    ScoringCriterion,
    Stage,
)

DEFAULT_CHANNELS = (
    "press",
    "outdoor",
    "radio",
    "TV",
    "exhibition",
    "seminar",
    "online",
    "point-of-sale materials",
    "other",
)
DEFAULT_CRITERIA = (
    "Annual turnover with the manufacturer",
    "Years of work with the manufacturer",
    "Growth of own marketing spending",
    "Readiness to promote new products",
    "Service quality",
)
SETTINGS_FIELDS = (
    "currency",
    "language",
    "budget",
    "base_rate",
    "cap_floor",
    "cap_ceiling",
    "threshold",
    "claim_deadline_days",
    "channels",
    "consolidating_agency",
    "evaluating_agency",
    "drafting_from",
    "consolidation_from",
    "allocation_from",
    "execution_from",
    "evaluation_from",
)
MONEY_SETTINGS = ("budget", "base_rate", "cap_floor", "cap_ceiling", "threshold")


@dataclass(frozen=True)
class CriterionView:
    id: int
    position: int
    name: str
    weight: Decimal
    max_points: int


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


def default_dates(year: int) -> dict[str, dt.date]:
    return {
        "drafting_from": dt.date(year - 1, 7, 1),
        "consolidation_from": dt.date(year - 1, 9, 1),
        "allocation_from": dt.date(year - 1, 10, 1),
        "execution_from": dt.date(year, 1, 1),
        "evaluation_from": dt.date(year + 1, 1, 1),
    }


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
            CriterionView(c.id, c.position, c.name, c.weight, c.max_points) for c in programme_year.criteria
        ),
        version=programme_year.version,
    )


#: How a setting is named in a message: its field name in English, words in the window's language.
_SETTING_NAMES: dict[str, Text] = {
    "currency": Text("currency"),
    "language": Text("language"),
    "budget": Text("budget"),
    "base_rate": Text("base_rate"),
    "cap_floor": Text("cap_floor"),
    "cap_ceiling": Text("cap_ceiling"),
    "threshold": Text("threshold"),
    "claim_deadline_days": Text("claim_deadline_days"),
    "channels": Text("channels"),
    "consolidating_agency": Text("consolidating_agency"),
    "evaluating_agency": Text("evaluating_agency"),
    "stage dates": Text("stage dates"),
}


def setting_name(name: str) -> str:
    """A programme setting's name for a message (translatable where known)."""
    return _SETTING_NAMES.get(name, name)


def validate_settings(values: dict[str, Any]) -> list[Problem]:
    """Check programme settings; returns every problem at once."""
    problems: list[Problem] = []

    def bad(name: str, message: Text) -> None:
        problems.append(Problem(setting_name(name), message))

    for name in MONEY_SETTINGS:
        if name in values and not isinstance(values[name], Decimal):
            bad(name, Text("must be an exact decimal number, got {value}", value=repr(values[name])))
    if problems:
        return problems
    for name in ("budget", "cap_floor", "cap_ceiling"):
        if name in values and (not values[name].is_finite() or abs(values[name]) > MAX_AMOUNT):
            bad(name, Text("must be at most {limit}, got {value}", limit=str(MAX_AMOUNT), value=values[name]))
    if problems:
        return problems
    if values.get("budget", Decimal(0)) < 0:
        bad("budget", Text("must not be negative"))
    rate = values.get("base_rate", Decimal("0.5"))
    if not Decimal(0) < rate <= Decimal("0.5"):
        bad(
            "base_rate",
            Text("must be above 0 and at most 0.5 (the dealer pays at least half), got {value}", value=rate),
        )
    floor, ceiling = values.get("cap_floor", Decimal(0)), values.get("cap_ceiling", Decimal(0))
    if floor < 0:
        bad("cap_floor", Text("must not be negative"))
    if ceiling < floor:
        bad("cap_ceiling", Text("must be at least the floor ({floor}), got {value}", floor=floor, value=ceiling))
    threshold = values.get("threshold", Decimal("0.2"))
    if not Decimal(0) <= threshold < 1:
        bad("threshold", Text("must be from 0 up to (not including) 1, got {value}", value=threshold))
    days = values.get("claim_deadline_days", 30)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 366:
        bad("claim_deadline_days", Text("must be a whole number of days from 0 to 366, got {value}", value=repr(days)))
    currency = values.get("currency", "EUR")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha() and currency.isupper()):
        bad("currency", Text("must be a three-letter ISO code such as EUR, got {value}", value=repr(currency)))
    if values.get("language", "ru") not in ("ru", "en"):
        bad("language", Text("must be ru or en"))
    channels = values.get("channels", DEFAULT_CHANNELS)
    cleaned = [str(c).strip() for c in channels]
    if not cleaned or any(not c for c in cleaned):
        bad("channels", Text("needs at least one channel and no empty names"))
    elif len({c.casefold() for c in cleaned}) != len(cleaned):
        bad("channels", Text("names a channel twice"))
    agencies = values.get("consolidating_agency", ""), values.get("evaluating_agency", "")
    if agencies[0] and agencies[0].strip().casefold() == agencies[1].strip().casefold():
        bad("evaluating_agency", Text("must not be the consolidating agency (the evaluation is independent)"))
    order = [values.get(k) for k in default_dates(2000)]
    dates = [d for d in order if isinstance(d, dt.date)]
    if len(dates) == len(order) and any(a > b for a, b in zip(dates, dates[1:], strict=False)):
        bad("stage dates", Text("must follow the order of the stages"))
    return problems


class YearService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -------------------------------------------------------------------------------
    def list_years(self) -> list[YearView]:
        with self._ctx.db.reading() as s:
            return [
                year_view(programme_year)
                for programme_year in s.scalars(select(ProgrammeYear).order_by(ProgrammeYear.year))
            ]

    def get(self, year: int) -> YearView:
        with self._ctx.db.reading() as s:
            return year_view(get_year(s, year))

    def latest_year(self) -> int | None:
        with self._ctx.db.reading() as s:
            return s.scalar(select(func.max(ProgrammeYear.year)))

    def check(self, year: int) -> StageCheck:
        with self._ctx.db.reading() as s:
            return _stage_check(s, get_year(s, year))

    # -- changing ------------------------------------------------------------------------------
    def create_year(self, year: int, **settings: Any) -> Changes:
        """A new programme year; criteria and channels are copied from the latest year."""
        if not 2000 <= year <= 2100:
            raise InvalidInput(Problem(Text("year"), Text("must be between 2000 and 2100, got {value}", value=year)))
        unknown = set(settings) - set(SETTINGS_FIELDS)
        if unknown:
            raise InvalidInput(*(Problem(k, Text("is not a programme setting")) for k in sorted(unknown)))
        with self._ctx.unit() as s:
            if s.scalar(select(ProgrammeYear.id).where(ProgrammeYear.year == year)) is not None:
                raise Refused(Text("programme year {year} exists already", year=year))
            last = s.scalars(select(ProgrammeYear).order_by(ProgrammeYear.year.desc()).limit(1)).first()
            values: dict[str, Any] = {
                "currency": "EUR",
                "language": "ru",
                "budget": Decimal(0),
                "base_rate": Decimal("0.5"),
                "cap_floor": Decimal(10000),
                "cap_ceiling": Decimal(50000),
                "threshold": Decimal("0.2"),
                "claim_deadline_days": 30,
                "channels": list(DEFAULT_CHANNELS),
                "consolidating_agency": "",
                "evaluating_agency": "",
            }
            if last is not None:
                values.update({k: getattr(last, k) for k in SETTINGS_FIELDS if not k.endswith("_from")})
                values["channels"] = list(last.channels)
            values.update(default_dates(year))
            values.update(settings)
            values["channels"] = [str(c).strip() for c in values["channels"]]
            problems = validate_settings(values)
            if problems:
                raise InvalidInput(*problems)
            programme_year = ProgrammeYear(year=year, stage=Stage.DRAFTING, **values)
            if last is not None:
                programme_year.criteria = [
                    ScoringCriterion(position=c.position, name=c.name, weight=c.weight, max_points=c.max_points)
                    for c in last.criteria
                ]
            else:
                programme_year.criteria = [
                    ScoringCriterion(position=i, name=n, weight=Decimal(1), max_points=10)
                    for i, n in enumerate(DEFAULT_CRITERIA, start=1)
                ]
            s.add(programme_year)
            s.flush()
            audit(
                s,
                self._ctx,
                "year.create",
                "programme_year",
                programme_year.id,
                year=year,
                summary=Text("created programme year {year}", year=year),
                after=snapshot(programme_year, "year", *SETTINGS_FIELDS),
            )
            return Changes(Entity.YEAR, (programme_year.id,), year)

    def update_settings(self, year: int, expected_version: int | None = None, **changes: Any) -> Changes:
        unknown = set(changes) - set(SETTINGS_FIELDS)
        if unknown:
            raise InvalidInput(*(Problem(k, Text("is not a programme setting")) for k in sorted(unknown)))
        with self._ctx.unit() as s:
            programme_year = get_year(s, year)
            if expected_version is not None and programme_year.version != expected_version:
                raise _stale_year(year)
            if not permissions.at_stage("years.update_settings", programme_year.stage):
                raise Refused(Text("year {year} is closed: its settings cannot change", year=year))
            frozen = s.scalar(select(Allocation.id).where(Allocation.year_id == programme_year.id)) is not None
            locked = [
                k for k in changes if k in (*MONEY_SETTINGS, "currency") and getattr(programme_year, k) != changes[k]
            ]
            if frozen and locked:
                raise Refused(
                    Text(
                        "year {year}: the allocation is frozen, so {settings} cannot change "
                        "(re-open the allocation stage first)",
                        year=year,
                        settings=join([setting_name(k) for k in locked], ", "),
                    )
                )
            before = snapshot(programme_year, *changes)
            values = {k: getattr(programme_year, k) for k in SETTINGS_FIELDS} | changes
            problems = validate_settings(values)
            if problems:
                raise InvalidInput(*problems)
            for k, v in changes.items():
                setattr(programme_year, k, list(v) if k == "channels" else v)
            s.flush()
            audit(
                s,
                self._ctx,
                "year.settings",
                "programme_year",
                programme_year.id,
                year=year,
                summary=Text("changed settings of {year}: {settings}", year=year, settings=", ".join(sorted(changes))),
                before=before,
                after=snapshot(programme_year, *changes),
            )
            return Changes(Entity.YEAR, (programme_year.id,), year)

    def set_criteria(self, year: int, criteria: list[tuple[str, Decimal, int]]) -> Changes:
        """Replace the scoring criteria (name, weight, max points) before the allocation is frozen."""
        problems = [
            Problem(Text("criterion {number}", number=i), msg)
            for i, (name, weight, top) in enumerate(criteria, start=1)
            for msg in ([Text("needs a name")] if not name.strip() else [])
            + (
                [Text("weight must be a positive decimal, got {value}", value=repr(weight))]
                if not isinstance(weight, Decimal) or weight <= 0
                else []
            )
            + (
                [Text("max points must be a whole number from 1 to 1000, got {value}", value=repr(top))]
                if not isinstance(top, int) or not 1 <= top <= 1000
                else []
            )
        ]
        if not criteria:
            problems.append(Problem(Text("criteria"), Text("at least one criterion is needed")))
        if len({n.strip().casefold() for n, _, _ in criteria}) != len(criteria):
            problems.append(Problem(Text("criteria"), Text("two criteria have the same name")))
        if problems:
            raise InvalidInput(*problems)
        with self._ctx.unit() as s:
            programme_year = get_year(s, year)
            if s.scalar(select(Allocation.id).where(Allocation.year_id == programme_year.id)) is not None:
                raise Refused(Text("year {year}: the allocation is frozen; criteria cannot change", year=year))
            before = [(c.name, str(c.weight), c.max_points) for c in programme_year.criteria]
            by_name = {c.name.casefold(): c for c in programme_year.criteria}
            kept = []
            for i, (name, weight, top) in enumerate(criteria, start=1):
                row = by_name.pop(name.strip().casefold(), None)
                if row is None:
                    row = ScoringCriterion(name=name.strip())
                row.position, row.weight, row.max_points = -i, weight, top
                kept.append(row)
            programme_year.criteria = kept
            s.flush()
            for row in kept:
                row.position = -row.position
            s.flush()
            audit(
                s,
                self._ctx,
                "year.criteria",
                "programme_year",
                programme_year.id,
                year=year,
                summary=Text("set {count} scoring criteria for {year}", count=len(criteria), year=year),
                before={"criteria": before},
                after={"criteria": [(n, str(w), t) for n, w, t in criteria]},
            )
            return Changes(Entity.YEAR, (programme_year.id,), year, also=(Entity.SCORES, Entity.ALLOCATION))

    def advance(self, year: int, *, confirm_missing: bool = False) -> Changes:
        """Move to the next stage through its guard; refused with the reasons otherwise."""
        with self._ctx.unit() as s:
            programme_year = get_year(s, year, for_update=True)
            check = _stage_check(s, programme_year)
            if check.next_stage is None:
                raise Refused(Text("year {year} is closed: there is no later stage", year=year))
            step = Text("year {year} → {stage}", year=year, stage=stage_name(check.next_stage))
            if check.missing:
                raise Refused(*(Problem(step, m) for m in check.missing))
            if check.needs_confirmation and not confirm_missing:
                raise Refused(
                    *(Problem(step, m) for m in check.needs_confirmation),
                    Problem("", Text("confirm to move on anyway (--confirm-missing)")),
                )
            before = programme_year.stage
            programme_year.stage = check.next_stage
            s.flush()
            audit(
                s,
                self._ctx,
                "year.advance",
                "programme_year",
                programme_year.id,
                year=year,
                summary=(
                    Text(
                        "year {year}: {before} → {after} (confirmed missing: {missing})",
                        year=year,
                        before=stage_name(before),
                        after=stage_name(programme_year.stage),
                        missing=join(check.needs_confirmation),
                    )
                    if check.needs_confirmation
                    else Text(
                        "year {year}: {before} → {after}",
                        year=year,
                        before=stage_name(before),
                        after=stage_name(programme_year.stage),
                    )
                ),
                before={"stage": before.value},
                after={"stage": programme_year.stage.value},
            )
            return Changes(Entity.YEAR, (programme_year.id,), year, also=(Entity.STAGE,))

    def reopen(self, year: int, stage: Stage, reason: str) -> Changes:
        """Go back to an earlier stage: an explicit, audited action of the programme owner."""
        if not reason.strip():
            raise InvalidInput(Problem(Text("reason"), Text("re-opening a stage needs a reason")))
        with self._ctx.unit() as s:
            programme_year = get_year(s, year, for_update=True)
            if stage.index >= programme_year.stage.index:
                raise Refused(
                    Text(
                        "year {year} is at {stage}: only an earlier stage can be re-opened",
                        year=year,
                        stage=stage_name(programme_year.stage),
                    )
                )
            if stage.index < Stage.EXECUTION.index:
                closed = sorted(
                    s.scalars(select(QuarterClose.quarter).where(QuarterClose.year_id == programme_year.id))
                )
                if closed:  # a closed quarter is sealed: its allocation cannot be changed under it
                    raise Refused(
                        Text(
                            "year {year} has closed quarters ({quarters}): reopen them before going back to {stage}",
                            year=year,
                            quarters=join([Text("Q{quarter}", quarter=q) for q in closed], ", "),
                            stage=stage_name(stage),
                        )
                    )
            before = programme_year.stage
            programme_year.stage = stage
            s.flush()
            audit(
                s,
                self._ctx,
                "year.reopen",
                "programme_year",
                programme_year.id,
                year=year,
                summary=Text(
                    "year {year} re-opened: {before} → {after}: {reason}",
                    year=year,
                    before=stage_name(before),
                    after=stage_name(stage),
                    reason=reason.strip(),
                ),
                before={"stage": before.value},
                after={"stage": stage.value, "reason": reason.strip()},
            )
            return Changes(Entity.YEAR, (programme_year.id,), year, also=(Entity.STAGE,))


def _stale_year(year: int) -> Conflict:
    return Conflict(Text("year {year} was changed by somebody else since you opened it; reload it", year=year))


def _stage_check(s: Session, programme_year: ProgrammeYear) -> StageCheck:
    missing: list[str] = []
    confirm: list[str] = []
    nxt = programme_year.stage.next()
    if programme_year.stage == Stage.DRAFTING:
        with_draft = set(
            s.scalars(select(PlanDraft.dealer_id).where(PlanDraft.year_id == programme_year.id, PlanDraft.is_current))
        )
        if not with_draft:
            missing.append(Text("no dealer draft has been received yet"))
        absent = s.scalars(
            select(Dealer.code).where(Dealer.active, Dealer.id.not_in(with_draft or {-1})).order_by(Dealer.code)
        ).all()
        if with_draft and absent:
            confirm.append(
                Text("{count} dealer(s) sent no draft: {dealers}", count=len(absent), dealers=", ".join(absent))
            )
    elif programme_year.stage == Stage.CONSOLIDATION:
        if s.scalar(select(ConsolidatedPlan.id).where(ConsolidatedPlan.year_id == programme_year.id).limit(1)) is None:
            missing.append(Text("no consolidated plan has been imported yet"))
    elif programme_year.stage == Stage.ALLOCATION:
        if s.scalar(select(Allocation.id).where(Allocation.year_id == programme_year.id)) is None:
            missing.append(Text("the allocation is not frozen yet"))
    elif programme_year.stage == Stage.EXECUTION:
        closed = set(s.scalars(select(QuarterClose.quarter).where(QuarterClose.year_id == programme_year.id)))
        open_q = [Text("Q{quarter}", quarter=q) for q in range(1, 5) if q not in closed]
        if open_q:
            missing.append(Text("quarters not closed yet: {quarters}", quarters=join(open_q, ", ")))
        pending = s.scalar(
            select(func.count(Claim.id)).where(
                Claim.year_id == programme_year.id, Claim.status == ClaimStatus.SUBMITTED
            )
        )
        if pending:
            confirm.append(Text("{count} claim(s) are still waiting for a decision", count=pending))
    elif programme_year.stage == Stage.EVALUATION:
        if s.scalar(select(EfficiencyResult.id).where(EfficiencyResult.year_id == programme_year.id).limit(1)) is None:
            missing.append(Text("the efficiency report has not been imported yet"))
        closed = set(s.scalars(select(QuarterClose.quarter).where(QuarterClose.year_id == programme_year.id)))
        open_q = [Text("Q{quarter}", quarter=q) for q in range(1, 5) if q not in closed]
        if open_q:  # a quarter reopened for a late claim is closed again before the year is
            missing.append(Text("quarters not closed yet: {quarters}", quarters=join(open_q, ", ")))
    return StageCheck(programme_year.year, programme_year.stage, nxt, tuple(missing), tuple(confirm))

"""The programme year: creating it, its settings, and moving it through the cycle (the use cases).

Its read models are in :mod:`coop_desk.services.year_views`, its settings' names, defaults and validation
in :mod:`coop_desk.services.year_settings`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coop_desk import permissions, rules
from coop_desk.channel_names import channel_names_setting
from coop_desk.criterion_names import criterion_names_problems, default_names
from coop_desk.errors import Conflict, InvalidInput, Problem, Refused
from coop_desk.services.base import Changes, Entity, ServiceContext, audit, get_year, snapshot
from coop_desk.services.year_settings import (
    DEFAULT_CHANNELS,
    DEFAULT_CRITERIA,
    MONEY_SETTINGS,
    SETTINGS_FIELDS,
    default_dates,
    proof_setting,
    setting_name,
    validate_settings,
)
from coop_desk.services.year_views import StageCheck, YearView, year_view
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
            if "proofs" not in settings and (values.get("proofs") is None or "channels" in settings):
                # the first year, one after a year stored before proofs existed, or new channels: common practice
                values["proofs"] = rules.default_table(values["channels"])
            values["proofs"], problems = proof_setting(values.get("proofs"), values["channels"])
            values["channel_names"], named = channel_names_setting(values.get("channel_names"), values["channels"])
            problems += named + validate_settings(values)
            if problems:
                raise InvalidInput(*problems)
            programme_year = ProgrammeYear(year=year, stage=Stage.DRAFTING, **values)
            if last is not None:
                programme_year.criteria = [
                    ScoringCriterion(
                        position=c.position,
                        name=c.name,
                        name_ru=c.name_ru,
                        name_en=c.name_en,
                        weight=c.weight,
                        max_points=c.max_points,
                    )
                    for c in last.criteria
                ]
            else:
                programme_year.criteria = [
                    ScoringCriterion(
                        position=i,
                        name=n,
                        name_ru=default_names(n)[0],
                        name_en=default_names(n)[1],
                        weight=Decimal(1),
                        max_points=10,
                    )
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
            if "channels" in changes and "proofs" not in changes:  # a channel that goes takes its proofs along
                kept = {c.strip().casefold() for c in changes["channels"]}
                table = programme_year.proofs or {}
                changes["proofs"] = {c: v for c, v in table.items() if c.strip().casefold() in kept}
            if "channels" in changes and "channel_names" not in changes:  # and its names
                kept = {c.strip().casefold() for c in changes["channels"]}
                stored = programme_year.channel_names or {}
                changes["channel_names"] = {c: v for c, v in stored.items() if c.strip().casefold() in kept}
            before = snapshot(programme_year, *changes)
            values = {k: getattr(programme_year, k) for k in SETTINGS_FIELDS} | changes
            codes = [str(c).strip() for c in values["channels"]]
            values["proofs"], problems = proof_setting(values["proofs"], codes)
            values["channel_names"], named = channel_names_setting(values["channel_names"], codes)
            problems += named + validate_settings(values)
            if problems:
                raise InvalidInput(*problems)
            for k in ("proofs", "channel_names"):
                if k in changes:
                    changes[k] = values[k]
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
                    ru, en = default_names(name.strip())
                    row = ScoringCriterion(name=name.strip(), name_ru=ru, name_en=en)
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

    def set_criterion_names(
        self, year: int, names: dict[str, dict[str, str]], expected_version: int | None = None
    ) -> Changes:
        """Rename criteria: code → {"ru": …, "en": …} (a name left out keeps its name, "" restores the default).
        The code and the scores stay; refused in a closed year; the year's version moves on."""
        with self._ctx.unit() as s:
            programme_year = get_year(s, year)
            if expected_version is not None and programme_year.version != expected_version:
                raise _stale_year(year)
            if not permissions.at_stage("years.set_criterion_names", programme_year.stage):
                raise Refused(Text("year {year} is closed: its settings cannot change", year=year))
            rows = {c.name: c for c in programme_year.criteria}
            before = {c.name: {"ru": c.name_ru, "en": c.name_en} for c in programme_year.criteria}
            after, problems = criterion_names_problems(before, names)
            if problems:
                raise InvalidInput(*problems)
            for code, own in after.items():
                rows[code].name_ru, rows[code].name_en = own["ru"], own["en"]
            programme_year.version += 1  # the names are the year's settings: stale edits of them are refused
            s.flush()
            changed = sorted(code for code in after if after[code] != before[code])
            audit(
                s,
                self._ctx,
                "year.criterion_names",
                "programme_year",
                programme_year.id,
                year=year,
                summary=Text("renamed scoring criteria of {year}: {criteria}", year=year, criteria=", ".join(changed)),
                before={"criterion_names": {c: before[c] for c in changed}},
                after={"criterion_names": {c: after[c] for c in changed}},
            )
            return Changes(Entity.YEAR, (programme_year.id,), year, also=(Entity.SCORES,))

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

"""Dealer drafts (every version kept) and the agency's consolidated plan: the use cases.

What they take is in :mod:`coop_desk.services.plan_inputs`, what they give back in
:mod:`coop_desk.services.plan_views`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, update

from coop_desk.channel_names import names_of
from coop_desk.errors import InvalidInput, NotFound, Problem, Refused
from coop_desk.services.base import (
    Changes,
    Entity,
    ServiceContext,
    audit,
    check_money,
    get_year,
    require_stage,
    too_long,
)
from coop_desk.services.lookup import current_plan, get_dealer
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from coop_desk.services.plan_views import (
    ActivityView,
    ConsolidatedRow,
    DraftDiff,
    DraftView,
    RegionTotal,
    activity_view,
    region_totals_of,
)
from coop_desk.text import Text, join
from models import ConsolidatedItem, ConsolidatedPlan, Dealer, PlanDraft, PlannedActivity, ProgrammeYear, Region

# The plan import's hot path (one draft ~3 ms, bench/): statements built once on the tables (Core, no ORM
# bookkeeping); building one per draft costs more than running it.
_DRAFTS = cast(Table, PlanDraft.__table__)
_ACTIVITIES = cast(Table, PlannedActivity.__table__)
_VERSIONS = select(_DRAFTS.c.id, _DRAFTS.c.number, _DRAFTS.c.is_current).where(
    _DRAFTS.c.year_id == bindparam("year_id"), _DRAFTS.c.dealer_id == bindparam("dealer_id")
)
_NEW_DRAFT = insert(_DRAFTS).returning(_DRAFTS.c.id)
_NEW_ACTIVITIES = insert(_ACTIVITIES)


def make_reference(dealer_code: str, year: int, seq: int) -> str:
    return f"{dealer_code}-{year}-{seq:02d}"


class PlanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- drafts --------------------------------------------------------------------------------
    # Long: one unit of work: the whole draft is checked, the current version replaced and the activities
    # written in one bulk insert (the plan import's hot path, measured in bench/).
    def record_draft(
        self,
        year: int,
        dealer_code: str,
        activities: list[ActivityInput],
        *,
        h1_review: str = "",
        regional_notes: str = "",
        source: str = "",
        file_sha256: str = "",
    ) -> Changes:
        """Record a dealer's draft; a later one replaces it and the earlier version is kept."""
        with self._ctx.unit() as s:
            programme_year = get_year(
                s, year, for_update=True
            )  # one draft at a time: two imports cannot take one number
            require_stage(programme_year, "plans.record_draft")
            dealer = get_dealer(s, dealer_code)
            if not dealer.active:
                raise Refused(
                    Text("dealer {code} is inactive and takes no part in {year}", code=dealer.code, year=year)
                )
            channels = names_of(programme_year.channels, programme_year.channel_names)
            problems: list[Problem] = []
            for i, act in enumerate(activities, start=1):
                channel_ok = channels.code(str(act.channel or "")) is not None
                month_ok = isinstance(act.month, int) and 1 <= act.month <= 12
                if channel_ok and month_ok and not check_money(act.planned_cost, ""):
                    continue  # the usual case: no words to build
                where = act.where or Text("dealer {code}, activity {number}", code=dealer.code, number=i)
                if not channel_ok:
                    problems.append(
                        Problem(
                            where,
                            Text(
                                "channel {channel} is not one of: {channels}",
                                channel=repr(act.channel),
                                channels=", ".join(programme_year.channels),
                            ),
                        )
                    )
                if not month_ok:
                    problems.append(Problem(where, Text("month must be 1–12, got {value}", value=repr(act.month))))
                problems += check_money(act.planned_cost, Text("{where} (planned cost)", where=where))
            if problems:
                raise InvalidInput(*problems)
            versions = s.execute(  # one query for the current version and the highest number
                _VERSIONS, {"year_id": programme_year.id, "dealer_id": dealer.id}
            ).all()
            previous = next((v for v in versions if v.is_current), None)
            number = max((v.number for v in versions), default=0) + 1
            if previous is not None:
                s.execute(
                    update(PlanDraft)
                    .where(PlanDraft.id == previous.id)
                    .values(is_current=False)
                    .execution_options(synchronize_session=False)
                )
            draft_id = s.scalar(
                _NEW_DRAFT,
                {
                    "year_id": programme_year.id,
                    "dealer_id": dealer.id,
                    "number": number,
                    "is_current": True,
                    "source": source,
                    "file_sha256": file_sha256,
                    "h1_review": h1_review.strip(),
                    "regional_notes": regional_notes.strip(),
                },
            )
            if activities:  # one bulk INSERT (executemany)
                s.execute(
                    _NEW_ACTIVITIES,  # Core: no per-row ORM bookkeeping (2.2 vs 2.9 ms a draft)
                    [
                        {
                            "draft_id": draft_id,
                            "year_id": programme_year.id,
                            "dealer_id": dealer.id,
                            "seq": i,
                            "reference": make_reference(dealer.code, year, i),
                            "channel": channels.code(str(a.channel)),
                            "month": a.month,
                            "planned_cost": a.planned_cost,
                            "idea": a.idea.strip(),
                        }
                        for i, a in enumerate(activities, start=1)
                    ],
                )
            total = sum((a.planned_cost for a in activities), Decimal(0))
            audit(
                s,
                self._ctx,
                "draft.record",
                "plan_draft",
                draft_id,
                year=year,
                summary=(
                    Text(
                        "draft v{number} of {code} for {year}: {count} activities, {total} (replaces v{previous})",
                        number=number,
                        code=dealer.code,
                        year=year,
                        count=len(activities),
                        total=total,
                        previous=previous.number,
                    )
                    if previous
                    else Text(
                        "draft v{number} of {code} for {year}: {count} activities, {total}",
                        number=number,
                        code=dealer.code,
                        year=year,
                        count=len(activities),
                        total=total,
                    )
                ),
                before={"version": previous.number} if previous else None,
                after={"version": number, "activities": len(activities), "total": total, "source": source},
            )
            assert draft_id is not None  # INSERT … RETURNING gives the new row's id
            return Changes(Entity.DRAFTS, (draft_id,), year, also=(Entity.PLANS,))

    def drafts(self, year: int, dealer_code: str | None = None, *, all_versions: bool = False) -> list[DraftView]:
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            stmt = select(PlanDraft).join(Dealer).where(PlanDraft.year_id == programme_year.id)
            if dealer_code:
                stmt = stmt.where(Dealer.code == dealer_code.strip().upper())
            if not all_versions:
                stmt = stmt.where(PlanDraft.is_current)
            stmt = stmt.order_by(Dealer.code, PlanDraft.number)
            return [self._draft_view(d) for d in s.scalars(stmt)]

    @staticmethod
    def _draft_view(d: PlanDraft) -> DraftView:
        return DraftView(
            d.id,
            d.dealer.code,
            d.number,
            d.is_current,
            d.received,
            d.source,
            d.file_sha256,
            d.h1_review,
            d.regional_notes,
            tuple(activity_view(a, d.dealer) for a in d.activities),
        )

    def draft_diff(self, year: int, dealer_code: str) -> DraftDiff | None:
        """How the current draft differs from the one before it (None if there is only one)."""
        versions = self.drafts(year, dealer_code, all_versions=True)
        if len(versions) < 2:
            return None
        old = {a.reference: a for a in versions[-2].activities}
        new = {a.reference: a for a in versions[-1].activities}
        changed = []
        for ref in sorted(old.keys() & new.keys()):
            a, b = old[ref], new[ref]
            what = [
                Text("{field} {old} → {new}", field=name, old=x, new=y)
                for name, x, y in (
                    (Text("channel"), a.channel, b.channel),
                    (Text("month"), a.month, b.month),
                    (Text("cost"), a.planned_cost, b.planned_cost),
                    (Text("idea"), a.idea, b.idea),
                )
                if x != y
            ]
            if what:
                changed.append((ref, join(what)))
        return DraftDiff(tuple(sorted(new.keys() - old.keys())), tuple(sorted(old.keys() - new.keys())), tuple(changed))

    def missing_drafts(self, year: int) -> list[str]:
        """Codes of active dealers without a draft for the year."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            have = select(PlanDraft.dealer_id).where(PlanDraft.year_id == programme_year.id)
            return list(
                s.scalars(select(Dealer.code).where(Dealer.active, Dealer.id.not_in(have)).order_by(Dealer.code))
            )

    def activities(self, year: int, dealer_code: str | None = None) -> list[ActivityView]:
        """The activities of every dealer's current draft."""
        return [a for d in self.drafts(year, dealer_code) for a in d.activities]

    # -- consolidation -------------------------------------------------------------------------
    # Long: one unit of work: every row is checked, the consolidated plan replaced and audited under the
    # year's lock.
    def record_consolidation(
        self, year: int, rows: list[ConsolidationInput], *, agency: str = "", source: str = ""
    ) -> Changes:
        """The agency's plan: one row per activity; include or drop, placement, vendor, costed amount."""
        with self._ctx.unit() as s:
            programme_year = get_year(s, year, for_update=True)
            require_stage(programme_year, "plans.record_consolidation")
            current = {
                a.reference: a
                for a in s.scalars(
                    select(PlannedActivity)
                    .join(PlanDraft, PlannedActivity.draft_id == PlanDraft.id)
                    .where(PlannedActivity.year_id == programme_year.id, PlanDraft.is_current)
                )
            }
            problems: list[Problem] = []
            seen: dict[str, str] = {}
            for i, row in enumerate(rows, start=1):
                where = row.where or Text("row {number} ({reference})", number=i, reference=row.reference)
                ref = row.reference.strip()
                if ref not in current:
                    problems.append(
                        Problem(
                            where,
                            Text(
                                "{reference} is not an activity of a current draft for {year}",
                                reference=repr(ref),
                                year=year,
                            ),
                        )
                    )
                elif ref in seen:
                    problems.append(
                        Problem(
                            where, Text("{reference} appears twice (first at {first})", reference=ref, first=seen[ref])
                        )
                    )
                seen.setdefault(ref, where)
                for label, value, column in (
                    (Text("{where} (placement)", where=where), row.placement, ConsolidatedItem.placement),
                    (Text("{where} (vendor)", where=where), row.vendor, ConsolidatedItem.vendor),
                ):
                    if (long := too_long(label, value, column)) is not None:
                        problems.append(long)
                problems += check_money(
                    row.costed_amount, Text("{where} (costed amount)", where=where), allow_none=True
                )
            for label, value, column in (
                (Text("consolidated plan (agency)"), agency, ConsolidatedPlan.agency),
                (Text("consolidated plan (source)"), source, ConsolidatedPlan.source),
            ):
                if (long := too_long(label, value, column)) is not None:
                    problems.append(long)
            absent = sorted(current.keys() - seen.keys())
            if absent:
                problems.append(
                    Problem(
                        Text("consolidated plan"), Text("has no row for: {references}", references=", ".join(absent))
                    )
                )
            if not rows:
                problems.append(Problem(Text("consolidated plan"), Text("has no rows")))
            if problems:
                raise InvalidInput(*problems)
            previous = current_plan(s, programme_year.id)
            number = (
                s.scalar(select(func.max(ConsolidatedPlan.number)).where(ConsolidatedPlan.year_id == programme_year.id))
                or 0
            ) + 1
            if previous is not None:
                previous.is_current = False
                s.flush()
            plan = ConsolidatedPlan(
                year_id=programme_year.id,
                number=number,
                is_current=True,
                agency=agency.strip() or programme_year.consolidating_agency,
                source=source,
            )
            plan.items = [
                ConsolidatedItem(
                    activity_id=current[r.reference.strip()].id,
                    included=r.included,
                    placement=r.placement.strip(),
                    vendor=r.vendor.strip(),
                    costed_amount=r.costed_amount,
                    note=r.note.strip(),
                )
                for r in rows
            ]
            s.add(plan)
            s.flush()
            kept = sum(1 for r in rows if r.included)
            audit(
                s,
                self._ctx,
                "consolidation.record",
                "consolidated_plan",
                plan.id,
                year=year,
                summary=Text(
                    "consolidated plan v{number} for {year}: {kept} of {count} activities included",
                    number=number,
                    year=year,
                    kept=kept,
                    count=len(rows),
                ),
                before={"version": previous.number} if previous else None,
                after={"version": number, "included": kept, "dropped": len(rows) - kept, "source": source},
            )
            return Changes(Entity.CONSOLIDATION, (plan.id,), year, also=(Entity.PLANS, Entity.ALLOCATION))

    def consolidated(self, year: int) -> list[ConsolidatedRow]:
        """The current consolidated plan, by region, dealer and reference (empty if none yet)."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            plan = current_plan(s, programme_year.id)
            if plan is None:
                return []
            rows = s.execute(
                select(ConsolidatedItem, PlannedActivity, Dealer, Region.name)
                .join(PlannedActivity, ConsolidatedItem.activity_id == PlannedActivity.id)
                .join(Dealer, PlannedActivity.dealer_id == Dealer.id)
                .join(Region, Dealer.region_id == Region.id)
                .where(ConsolidatedItem.plan_id == plan.id)
                .order_by(Region.name, Dealer.code, PlannedActivity.seq)
            ).all()
            return [
                ConsolidatedRow(
                    a.id,
                    a.reference,
                    d.code,
                    d.name,
                    region,
                    a.channel,
                    a.month,
                    a.planned_cost,
                    a.idea,
                    item.included,
                    item.placement,
                    item.vendor,
                    item.costed_amount,
                    item.note,
                )
                for item, a, d, region in rows
            ]

    def region_totals(self, year: int) -> tuple[list[RegionTotal], RegionTotal]:
        """Subtotals of the current consolidated plan per region (activities, included, planned and included
        cost), and the grand total; empty regions and a zero total if there is no plan yet."""
        return region_totals_of(self.consolidated(year))

    def require_plan(self, year: int) -> None:
        with self._ctx.db.reading() as s:
            programme_year: ProgrammeYear = get_year(s, year)
            if current_plan(s, programme_year.id) is None:
                raise NotFound(Text("year {year} has no consolidated plan yet", year=year))

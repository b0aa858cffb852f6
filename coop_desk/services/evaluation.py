"""The evaluating agency's efficiency results (S7: never the consolidating agency)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.services.base import Changes, Entity, ServiceContext, audit, check_money, get_year, require_stage
from coop_desk.services.lookup import current_activity, included_item
from coop_desk.text import Text
from models import Dealer, EfficiencyResult, PlannedActivity, Region


@dataclass(frozen=True)
class EfficiencyInput:
    reference: str
    reach: int
    leads: int
    sales: int
    sales_amount: Decimal | None = None
    comment: str = ""
    where: str = ""


@dataclass(frozen=True)
class EfficiencyView:
    reference: str
    dealer_code: str
    region: str
    channel: str
    reach: int
    leads: int
    sales: int
    sales_amount: Decimal | None
    comment: str
    agency: str


_FIELDS = {"reach": Text("reach"), "leads": Text("leads"), "sales": Text("sales")}


class EvaluationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # Long: one unit of work: the whole efficiency batch is checked and recorded, or nothing is.
    def import_results(self, year: int, rows: list[EfficiencyInput], *, agency: str = "", source: str = "") -> Changes:
        """Record (or replace) the results per activity; the whole batch or nothing."""
        with self._ctx.unit() as s:
            programme_year = get_year(s, year)
            require_stage(programme_year, "evaluation.import_results")
            agency = agency.strip() or programme_year.evaluating_agency
            if not agency:
                raise InvalidInput(
                    Problem(Text("agency"), Text("name the evaluating agency (set it in the year's settings)"))
                )
            if (
                programme_year.consolidating_agency
                and agency.casefold() == programme_year.consolidating_agency.strip().casefold()
            ):
                raise Refused(
                    Problem(
                        Text("agency"),
                        Text(
                            "{agency} consolidated the plans; the evaluation must come from another agency",
                            agency=agency,
                        ),
                    )
                )
            problems: list[Problem] = []
            found: dict[str, PlannedActivity] = {}
            seen: set[str] = set()
            for i, row in enumerate(rows, start=1):
                where = row.where or Text("row {number} ({reference})", number=i, reference=row.reference)
                act = current_activity(s, programme_year.id, row.reference)
                if act is None or included_item(s, programme_year.id, act.id) is None:
                    problems.append(
                        Problem(
                            where,
                            Text(
                                "{reference} is not an activity of the {year} plan",
                                reference=repr(row.reference),
                                year=year,
                            ),
                        )
                    )
                elif row.reference in seen:
                    problems.append(Problem(where, Text("{reference} appears twice", reference=row.reference)))
                else:
                    found[row.reference] = act
                seen.add(row.reference)
                for name in ("reach", "leads", "sales"):
                    value = getattr(row, name)
                    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                        problems.append(
                            Problem(
                                where,
                                Text(
                                    "{field} must be a whole number ≥ 0, got {value}",
                                    field=_FIELDS[name],
                                    value=repr(value),
                                ),
                            )
                        )
                problems += check_money(row.sales_amount, Text("{where} (sales amount)", where=where), allow_none=True)
            if not rows:
                problems.append(Problem(Text("efficiency report"), Text("has no rows")))
            if problems:
                raise InvalidInput(*problems)
            existing = {
                r.activity_id: r
                for r in s.scalars(select(EfficiencyResult).where(EfficiencyResult.year_id == programme_year.id))
            }
            replaced = 0
            for row in rows:
                act = found[row.reference]
                res = existing.get(act.id)
                if res is None:
                    res = EfficiencyResult(year_id=programme_year.id, activity_id=act.id)
                    s.add(res)
                else:
                    replaced += 1
                res.reach, res.leads, res.sales = row.reach, row.leads, row.sales
                res.sales_amount, res.comment = row.sales_amount, row.comment.strip()
                res.agency, res.source = agency, source
            s.flush()
            audit(
                s,
                self._ctx,
                "efficiency.import",
                "efficiency_result",
                None,
                year=year,
                summary=Text(
                    "efficiency results for {year} from {agency}: {count} activities ({replaced} replaced)",
                    year=year,
                    agency=agency,
                    count=len(rows),
                    replaced=replaced,
                ),
                after={"rows": len(rows), "replaced": replaced, "agency": agency, "source": source},
            )
            return Changes(Entity.EFFICIENCY, (), year)

    def results(self, year: int) -> list[EfficiencyView]:
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            rows = s.execute(
                select(EfficiencyResult, PlannedActivity, Dealer.code, Region.name)
                .join(PlannedActivity, EfficiencyResult.activity_id == PlannedActivity.id)
                .join(Dealer, PlannedActivity.dealer_id == Dealer.id)
                .join(Region, Dealer.region_id == Region.id)
                .where(EfficiencyResult.year_id == programme_year.id)
                .order_by(PlannedActivity.reference)
            ).all()
            return [
                EfficiencyView(
                    a.reference, code, region, a.channel, r.reach, r.leads, r.sales, r.sales_amount, r.comment, r.agency
                )
                for r, a, code, region in rows
            ]

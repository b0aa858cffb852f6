"""Allocation of the year's budget (R2, R4, R5): what-if runs change nothing; freezing stores one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from coop_desk import rules
from coop_desk.criterion_names import criterion_code
from coop_desk.errors import Conflict, InvalidInput, Problem, Refused
from coop_desk.services.base import Changes, Entity, ServiceContext, audit, get_year, integrity_as, require_stage
from coop_desk.services.dealers import score_view
from coop_desk.services.lookup import current_plan, included_costs
from coop_desk.services.year_settings import validate_settings
from coop_desk.text import Text
from models import Allocation, AllocationLine, Claim, Dealer, DealerScore, Mockup, PlannedActivity, ProgrammeYear


@dataclass(frozen=True)
class AllocationLineView:
    dealer_code: str
    dealer_name: str
    region: str
    score: Decimal
    coefficient: Decimal  # k as shown: rounded to 6 places; the rules take ``k``
    cap: Decimal
    request: Decimal
    demand: Decimal
    amount: Decimal
    max_score: Decimal | None = None  # S_max; None on a line frozen before S_max was stored

    @property
    def dealer_minimum(self) -> Decimal:
        """What the dealer must invest at least: as much as the manufacturer (R3)."""
        return rules.dealer_minimum(self.amount)

    @property
    def k(self) -> Fraction:
        """The exact coefficient ``S / S_max`` (R1) the cap and the amount came from.

        A line frozen before S_max was stored has only its coefficient as it was then: that one."""
        if self.max_score is None:
            return Fraction(self.coefficient)
        return rules.exact_coefficient(self.score, self.max_score)


@dataclass(frozen=True)
class AllocationRun:
    year: int
    currency: str
    budget: Decimal
    base_rate: Decimal
    cap_floor: Decimal
    cap_ceiling: Decimal
    threshold: Decimal
    lines: tuple[AllocationLineView, ...]
    frozen: bool
    frozen_at: dt.datetime | None = None
    frozen_by: str = ""

    @property
    def total_demand(self) -> Decimal:
        return sum((ln.demand for ln in self.lines), Decimal(0))

    @property
    def total_allocated(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal(0))

    @property
    def unallocated(self) -> Decimal:
        return self.budget - self.total_allocated

    def line(self, code: str) -> AllocationLineView:
        for ln in self.lines:
            if ln.dealer_code == code.strip().upper():
                return ln
        raise KeyError(code)

    def explain(self, code: str) -> list[str]:
        """How one dealer's amount came out, step by step."""
        ln = self.line(code)
        over = self.total_demand > self.budget
        steps: list[str] = [
            Text("score S = {score}, coefficient k = S / S_max = {k}", score=ln.score, k=ln.coefficient),
            Text(
                "cap = {cap} (k below the threshold {threshold} gives 0; otherwise "
                "{floor} + (k − {threshold}) / (1 − {threshold}) × ({ceiling} − {floor}), rounded down to 100)",
                cap=ln.cap,
                threshold=self.threshold,
                floor=self.cap_floor,
                ceiling=self.cap_ceiling,
            ),
            Text(
                "request = {base} × Σ cost of included activities = {request} (cents down)",
                base=self.base_rate,
                request=ln.request,
            ),
            Text("demand = min(request, cap) = {demand}", demand=ln.demand),
        ]
        totals = {"demand": self.total_demand, "budget": self.budget, "amount": ln.amount}
        if not over:
            steps.append(
                Text(
                    "total demand {demand} fits the budget {budget}: every dealer gets its demand → {amount}", **totals
                )
            )
        elif ln.amount == ln.demand:
            steps.append(
                Text(
                    "total demand {demand} exceeds the budget {budget}: shared by k (water-filling); "
                    "this dealer reaches its demand → {amount}",
                    **totals,
                )
            )
        else:
            steps.append(
                Text(
                    "total demand {demand} exceeds the budget {budget}: shared in proportion to k "
                    "(λ × k, cents down, leftover cents by largest remainder) → {amount}",
                    **totals,
                )
            )
        return steps


def _line_view(ln: AllocationLine, d: Dealer) -> AllocationLineView:
    return AllocationLineView(
        d.code, d.name, d.region.name, ln.score, ln.coefficient, ln.cap, ln.request, ln.demand, ln.amount, ln.max_score
    )


def compute(
    s: Session,
    programme_year: ProgrammeYear,
    *,
    budget: Decimal,
    cap_floor: Decimal,
    cap_ceiling: Decimal,
    threshold: Decimal,
    score_overrides: dict[str, dict[str, Decimal]] | None = None,
) -> tuple[list[tuple[Dealer, AllocationLineView]], Decimal]:
    criteria = list(programme_year.criteria)
    by_code = {c.name: c for c in criteria}
    spellings = [(c.name, c.name_ru, c.name_en) for c in criteria]
    points: dict[int, dict[int, Decimal]] = {}
    for dealer_id, crit_id, pts in s.execute(
        select(DealerScore.dealer_id, DealerScore.criterion_id, DealerScore.points).where(
            DealerScore.year_id == programme_year.id
        )
    ):
        points.setdefault(dealer_id, {})[crit_id] = pts
    dealers = list(s.scalars(select(Dealer).join(Dealer.region).where(Dealer.active).order_by(Dealer.code)))
    overrides = {k.strip().upper(): v for k, v in (score_overrides or {}).items()}
    for code, changes in overrides.items():
        dealer = next((d for d in dealers if d.code == code), None)
        if dealer is None:
            raise InvalidInput(Problem(Text("dealer {code}", code=code), Text("is not an active dealer")))
        for name, value in changes.items():
            crit = by_code.get(criterion_code(spellings, name) or "")  # its code or either name
            if crit is None:
                raise InvalidInput(
                    Problem(Text("dealer {code}", code=code), Text("{name} is not a criterion", name=repr(name)))
                )
            if not isinstance(value, Decimal) or not value.is_finite() or not Decimal(0) <= value <= crit.max_points:
                raise InvalidInput(
                    Problem(
                        Text("dealer {code}, {criterion}", code=code, criterion=crit.name),
                        Text("points must be 0–{top}", top=crit.max_points),
                    )
                )
            points.setdefault(dealer.id, {})[crit.id] = value
    costs = included_costs(s, programme_year.id)
    lines: list[tuple[Dealer, AllocationLineView]] = []
    for d in dealers:
        sv = score_view(d, criteria, points.get(d.id, {}), cap_floor, cap_ceiling, threshold)
        request = rules.request_cents(costs.get(d.id, []), programme_year.base_rate)
        demand = rules.dealer_demand(request, sv.cap)
        lines.append(
            (
                d,
                AllocationLineView(
                    d.code,
                    d.name,
                    d.region.name,
                    sv.score,
                    sv.coefficient,
                    sv.cap,
                    request,
                    demand,
                    Decimal(0),
                    sv.max_score,
                ),
            )
        )
    amounts = rules.allocate(budget, {ln.dealer_code: (ln.k, ln.demand) for _, ln in lines})
    return [(d, replace(ln, amount=amounts[ln.dealer_code])) for d, ln in lines], budget


class AllocationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def what_if(
        self,
        year: int,
        *,
        budget: Decimal | None = None,
        cap_floor: Decimal | None = None,
        cap_ceiling: Decimal | None = None,
        threshold: Decimal | None = None,
        score_overrides: dict[str, dict[str, Decimal]] | None = None,
    ) -> AllocationRun:
        """Allocate with other parameters; nothing is written."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            params = self._params(programme_year, budget, cap_floor, cap_ceiling, threshold)
            lines, _ = compute(s, programme_year, score_overrides=score_overrides, **params)
            return AllocationRun(
                year,
                programme_year.currency,
                params["budget"],
                programme_year.base_rate,
                params["cap_floor"],
                params["cap_ceiling"],
                params["threshold"],
                tuple(ln for _, ln in lines),
                frozen=False,
            )

    @staticmethod
    def _params(
        programme_year: ProgrammeYear,
        budget: Decimal | None,
        cap_floor: Decimal | None,
        cap_ceiling: Decimal | None,
        threshold: Decimal | None,
    ) -> dict[str, Decimal]:
        params = {
            "budget": programme_year.budget if budget is None else budget,
            "cap_floor": programme_year.cap_floor if cap_floor is None else cap_floor,
            "cap_ceiling": programme_year.cap_ceiling if cap_ceiling is None else cap_ceiling,
            "threshold": programme_year.threshold if threshold is None else threshold,
        }
        problems = validate_settings(dict(params))
        if problems:
            raise InvalidInput(*problems)
        return params

    def current(self, year: int) -> AllocationRun | None:
        """The frozen allocation of the year, or None."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            alloc = s.scalars(select(Allocation).where(Allocation.year_id == programme_year.id)).one_or_none()
            if alloc is None:
                return None
            dealers = {d.id: d for d in s.scalars(select(Dealer).join(Dealer.region))}
            lines = sorted((_line_view(ln, dealers[ln.dealer_id]) for ln in alloc.lines), key=lambda v: v.dealer_code)
            return AllocationRun(
                year,
                programme_year.currency,
                alloc.budget,
                alloc.base_rate,
                alloc.cap_floor,
                alloc.cap_ceiling,
                alloc.threshold,
                tuple(lines),
                frozen=True,
                frozen_at=alloc.frozen_at,
                frozen_by=alloc.frozen_by,
            )

    # Long: one transaction: the allocation is recomputed under the year's lock, an unused earlier one
    # replaced, and audited.
    def freeze(
        self,
        year: int,
        *,
        budget: Decimal | None = None,
        cap_floor: Decimal | None = None,
        cap_ceiling: Decimal | None = None,
        threshold: Decimal | None = None,
        expected_version: int | None = None,
    ) -> Changes:
        """Fix the allocation (with these parameters, which become the year's settings).

        ``expected_version`` is the year's version the caller looked at: when another desktop froze (or changed
        the year) since, this one is refused with a Conflict instead of silently replacing that allocation."""
        with self._ctx.unit() as s:
            programme_year = get_year(s, year, for_update=True)
            if expected_version is not None and programme_year.version != expected_version:
                raise Conflict(
                    Text("year {year} was changed or frozen by somebody else since you looked; reload it", year=year)
                )
            require_stage(programme_year, "allocation.freeze")
            if current_plan(s, programme_year.id) is None:
                raise Refused(Text("year {year} has no consolidated plan to allocate", year=year))
            params = self._params(programme_year, budget, cap_floor, cap_ceiling, threshold)
            old = s.scalars(select(Allocation).where(Allocation.year_id == programme_year.id)).one_or_none()
            if old is not None:
                used = s.scalar(
                    select(Mockup.id).join(PlannedActivity).where(PlannedActivity.year_id == programme_year.id).limit(1)
                ) or s.scalar(select(Claim.id).where(Claim.year_id == programme_year.id).limit(1))
                if used:
                    raise Refused(
                        Text("year {year}: mockups or claims already rest on the frozen allocation", year=year)
                    )
                s.delete(old)
                s.flush()
            lines, _ = compute(s, programme_year, score_overrides=None, **params)
            before = {k: getattr(programme_year, k) for k in params}
            for k, v in params.items():
                setattr(programme_year, k, v)
            flag_modified(
                programme_year, "budget"
            )  # a freeze always moves the year's version on (see expected_version)
            alloc = Allocation(
                year_id=programme_year.id,
                base_rate=programme_year.base_rate,
                frozen_at=dt.datetime.now(dt.UTC),
                frozen_by=self._ctx.actor,
                **params,
            )
            alloc.lines = [
                AllocationLine(
                    dealer_id=d.id,
                    score=ln.score,
                    max_score=ln.max_score,
                    coefficient=ln.coefficient,
                    cap=ln.cap,
                    request=ln.request,
                    demand=ln.demand,
                    amount=ln.amount,
                )
                for d, ln in lines
            ]
            s.add(alloc)
            with integrity_as(Text("year {year}: somebody else froze an allocation at the same moment", year=year)):
                s.flush()
            total = sum((ln.amount for _, ln in lines), Decimal(0))
            audit(
                s,
                self._ctx,
                "allocation.freeze",
                "allocation",
                alloc.id,
                year=year,
                summary=(
                    Text(
                        "froze the {year} allocation: {total} of {budget} to {count} dealers "
                        "(replacing the earlier one)",
                        year=year,
                        total=total,
                        budget=params["budget"],
                        count=len(lines),
                    )
                    if old is not None
                    else Text(
                        "froze the {year} allocation: {total} of {budget} to {count} dealers",
                        year=year,
                        total=total,
                        budget=params["budget"],
                        count=len(lines),
                    )
                ),
                before=before,
                after=params | {"allocated": total, "dealers": {d.code: ln.amount for d, ln in lines}},
            )
            return Changes(Entity.ALLOCATION, (alloc.id,), year, also=(Entity.YEAR,))

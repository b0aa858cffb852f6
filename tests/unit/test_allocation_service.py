"""AllocationService: what-if runs change nothing, freezing stores one run, the amounts follow R2, R4 and R5."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from coop_desk.errors import InvalidInput, Refused
from coop_desk.services import Services
from coop_desk.services.allocation import AllocationRun
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models import Allocation, AllocationLine, AuditEvent, Base, Stage
from models.db import Database

YEAR = 2027


# --------------------------------------------------------------------------- local helpers


@dataclass(frozen=True)
class Event:
    actor: str
    action: str
    year: int | None
    summary: str
    before: Any
    after: Any


def _db(services: Services) -> Database:
    return services.ctx.db


def _row_counts(db: Database) -> dict[str, int]:
    with db.reading() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


@contextmanager
def one_audit(db: Database, action: str) -> Iterator[list[Event]]:
    """The block writes exactly one audit event, by "tester", with this action."""
    with db.reading() as s:
        start = s.scalar(select(func.max(AuditEvent.id))) or 0
    found: list[Event] = []
    yield found
    with db.reading() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.id > start).order_by(AuditEvent.id))
        found.extend(Event(e.actor, e.action, e.year, e.summary, e.before, e.after) for e in rows)
    assert [(e.actor, e.action) for e in found] == [("tester", action)]


@contextmanager
def nothing_written(db: Database) -> Iterator[None]:
    before = _row_counts(db)
    yield
    assert _row_counts(db) == before, "the database changed"


def _setup(services: Services, dealers: dict[str, tuple[int, list[str]]], **settings: Any) -> None:
    """A year at the allocation stage: dealer code → (points on every criterion, activity costs), all included."""
    services.years.create_year(YEAR, **settings)
    names = [c.name for c in services.years.get(YEAR).criteria]
    for code, (points, costs) in dealers.items():
        services.dealers.register(code, f"Dealer {code}", "North" if code < "DB" else "South")
        services.dealers.record_scores(YEAR, code, {n: Decimal(points) for n in names})
        services.plans.record_draft(YEAR, code, [ActivityInput("press", 3, Decimal(c)) for c in costs])
    services.years.advance(YEAR, confirm_missing=True)
    services.plans.record_consolidation(
        YEAR, [ConsolidationInput(a.reference, True) for a in services.plans.activities(YEAR)]
    )
    services.years.advance(YEAR)
    assert services.years.get(YEAR).stage == Stage.ALLOCATION


def _worked_example_1(services: Services) -> None:
    """DESIGN.md R5 (1): A k 1.0 d 60 000, B k 0.5 d 60 000, C k 0.5 d 10 000 (caps 60 000 for everyone)."""
    _setup(
        services,
        {"DA": (10, ["120000.00"]), "DB": (5, ["100000.00", "20000.00"]), "DC": (5, ["20000.00"])},
        budget=Decimal(100000),
        cap_floor=Decimal(60000),
        cap_ceiling=Decimal(60000),
    )


def _amounts(run: AllocationRun) -> dict[str, Decimal]:
    return {ln.dealer_code: ln.amount for ln in run.lines}


def _check_invariants(run: AllocationRun) -> None:
    assert run.total_allocated <= run.budget
    for ln in run.lines:
        assert Decimal(0) <= ln.amount <= ln.demand <= ln.cap, ln
        assert ln.demand <= ln.request, ln
        assert ln.amount == ln.amount.quantize(Decimal("0.01")), ln
        if ln.coefficient == 0:
            assert ln.amount == 0
    if run.total_demand > run.budget:
        assert run.total_allocated == run.budget, "an over-subscribed budget is used to the cent"
    else:
        assert all(ln.amount == ln.demand for ln in run.lines)


# --------------------------------------------------------------------------- R5 worked examples


def test_worked_example_1(services: Services) -> None:
    _worked_example_1(services)
    run = services.allocation.what_if(YEAR)
    assert not run.frozen
    assert [(ln.dealer_code, ln.coefficient, ln.cap, ln.demand) for ln in run.lines] == [
        ("DA", Decimal(1), Decimal(60000), Decimal(60000)),
        ("DB", Decimal("0.5"), Decimal(60000), Decimal(60000)),
        ("DC", Decimal("0.5"), Decimal(60000), Decimal(10000)),
    ]
    assert run.total_demand == Decimal(130000)
    assert _amounts(run) == {"DA": Decimal(60000), "DB": Decimal(30000), "DC": Decimal(10000)}
    assert run.total_allocated == Decimal(100000) and run.unallocated == 0
    _check_invariants(run)


def test_worked_example_2_three_way_tie(services: Services) -> None:
    _setup(services, {code: (10, ["100.00"]) for code in ("DC", "DA", "DB")}, budget=Decimal(1000))
    run = services.allocation.what_if(YEAR, budget=Decimal("100.00"))
    assert [(ln.coefficient, ln.demand) for ln in run.lines] == [(Decimal(1), Decimal(50))] * 3
    assert _amounts(run) == {"DA": Decimal("33.34"), "DB": Decimal("33.33"), "DC": Decimal("33.33")}
    assert run.total_allocated == Decimal("100.00")
    _check_invariants(run)


def test_budget_that_covers_every_demand(services: Services) -> None:
    _worked_example_1(services)
    run = services.allocation.what_if(YEAR, budget=Decimal(200000))
    assert _amounts(run) == {"DA": Decimal(60000), "DB": Decimal(60000), "DC": Decimal(10000)}
    assert run.unallocated == Decimal(70000)
    _check_invariants(run)


def test_default_caps_limit_the_demand(services: Services) -> None:
    # defaults: k 1 → cap 50 000, k 0.5 → 25 000, k 0.1 → 0 (below the threshold)
    _setup(
        services,
        {"DA": (10, ["150000.00"]), "DB": (5, ["20000.00"]), "DC": (1, ["90000.00"])},
        budget=Decimal(40000),
    )
    run = services.allocation.what_if(YEAR)
    assert [(ln.dealer_code, ln.cap, ln.request, ln.demand) for ln in run.lines] == [
        ("DA", Decimal(50000), Decimal(75000), Decimal(50000)),
        ("DB", Decimal(25000), Decimal(10000), Decimal(10000)),
        ("DC", Decimal(0), Decimal(45000), Decimal(0)),
    ]
    # Σd 60 000 > 40 000: λ with min(50 000, λ) + min(10 000, 0.5 λ) = 40 000 → λ = 30 000 (DB 15 000 > 10 000)
    # so DB is satisfied and DA gets the rest
    assert _amounts(run) == {"DA": Decimal(30000), "DB": Decimal(10000), "DC": Decimal(0)}
    _check_invariants(run)


@pytest.mark.parametrize("budget", ["0", "0.01", "0.02", "1234.57", "99999.99", "129999.99", "130000", "1000000"])
def test_invariants_for_many_budgets(services: Services, budget: str) -> None:
    _worked_example_1(services)
    _check_invariants(services.allocation.what_if(YEAR, budget=Decimal(budget)))


def test_what_if_with_changed_scores_and_cap_range(services: Services) -> None:
    _worked_example_1(services)
    names = [c.name for c in services.years.get(YEAR).criteria]
    # DA scored like DB (k 0.5): after DC's 10 000, DA and DB share 90 000 equally
    run = services.allocation.what_if(YEAR, score_overrides={"da": {n: Decimal(5) for n in names}})
    assert run.line("DA").coefficient == Decimal("0.5")
    assert _amounts(run) == {"DA": Decimal(45000), "DB": Decimal(45000), "DC": Decimal(10000)}
    _check_invariants(run)
    assert services.dealers.score(YEAR, "DA").coefficient == 1, "the stored score is unchanged"

    wide = services.allocation.what_if(YEAR, cap_floor=Decimal(0), cap_ceiling=Decimal(100000), threshold=Decimal(0))
    assert (wide.cap_floor, wide.cap_ceiling, wide.threshold) == (Decimal(0), Decimal(100000), Decimal(0))
    assert wide.line("DB").cap == Decimal(50000) and wide.line("DB").demand == Decimal(50000)
    _check_invariants(wide)


def test_what_if_refuses_bad_parameters(services: Services) -> None:
    _worked_example_1(services)
    with pytest.raises(InvalidInput) as err:
        services.allocation.what_if(YEAR, budget=Decimal(-1))
    assert [p.where for p in err.value.problems] == ["budget"]
    with pytest.raises(InvalidInput) as err:
        services.allocation.what_if(YEAR, budget=100000.0)  # type: ignore[arg-type]
    assert [p.where for p in err.value.problems] == ["budget"]
    with pytest.raises(InvalidInput) as err:
        services.allocation.what_if(YEAR, cap_floor=Decimal(70000))
    assert [p.where for p in err.value.problems] == ["cap_ceiling"]
    with pytest.raises(InvalidInput, match="criterion"):
        services.allocation.what_if(YEAR, score_overrides={"DA": {"Beauty": Decimal(1)}})
    with pytest.raises(InvalidInput, match="0–10"):
        services.allocation.what_if(YEAR, score_overrides={"DA": {"Service quality": Decimal(11)}})
    with pytest.raises(InvalidInput, match="DZ"):
        services.allocation.what_if(YEAR, score_overrides={"DZ": {}})


# --------------------------------------------------------------------------- what-if changes nothing


def test_what_if_changes_nothing(services: Services) -> None:
    _worked_example_1(services)
    year_before = services.years.get(YEAR)
    names = [c.name for c in year_before.criteria]
    with nothing_written(_db(services)):
        services.allocation.what_if(YEAR)
        services.allocation.what_if(
            YEAR,
            budget=Decimal(5),
            cap_floor=Decimal(1),
            cap_ceiling=Decimal(2),
            threshold=Decimal("0.9"),
            score_overrides={"DB": {n: Decimal(0) for n in names}},
        )
    assert services.years.get(YEAR) == year_before
    assert services.allocation.current(YEAR) is None
    assert services.dealers.score(YEAR, "DB").coefficient == Decimal("0.5")


# --------------------------------------------------------------------------- freezing


def test_freeze_stores_the_last_what_if(services: Services) -> None:
    _worked_example_1(services)
    params = {"budget": Decimal("99999.99"), "cap_floor": Decimal(55000), "cap_ceiling": Decimal(65000)}
    run = services.allocation.what_if(YEAR, **params)
    with one_audit(_db(services), "allocation.freeze") as events:
        changes = services.allocation.freeze(YEAR, **params)
    assert changes.entity == "allocation" and changes.year == YEAR
    frozen = services.allocation.current(YEAR)
    assert frozen is not None and frozen.frozen and frozen.frozen_by == "tester" and frozen.frozen_at is not None
    assert frozen.lines == run.lines
    assert [(ln.dealer_code, ln.amount) for ln in frozen.lines] == [(ln.dealer_code, ln.amount) for ln in run.lines]
    assert (frozen.budget, frozen.cap_floor, frozen.cap_ceiling, frozen.threshold, frozen.base_rate) == (
        Decimal("99999.99"),
        Decimal(55000),
        Decimal(65000),
        Decimal("0.2"),
        Decimal("0.5"),
    )
    assert frozen.total_allocated == run.total_allocated == Decimal("99999.99")
    _check_invariants(frozen)
    # the parameters become the year's settings
    y = services.years.get(YEAR)
    assert (y.budget, y.cap_floor, y.cap_ceiling) == (Decimal("99999.99"), Decimal(55000), Decimal(65000))
    event = events[0]
    assert event.year == YEAR
    assert event.after["allocated"] == "99999.99"
    assert event.after["dealers"] == {ln.dealer_code: str(ln.amount) for ln in run.lines}
    assert event.before["budget"] == "100000.00"
    with _db(services).reading() as s:
        assert s.scalar(select(func.count(AllocationLine.id))) == 3


def test_freeze_with_the_year_settings(services: Services) -> None:
    _worked_example_1(services)
    run = services.allocation.what_if(YEAR)
    services.allocation.freeze(YEAR)
    frozen = services.allocation.current(YEAR)
    assert frozen is not None and frozen.lines == run.lines
    assert _amounts(frozen) == {"DA": Decimal(60000), "DB": Decimal(30000), "DC": Decimal(10000)}


def test_freeze_again_replaces_the_allocation(services: Services) -> None:
    _worked_example_1(services)
    services.allocation.freeze(YEAR)
    with one_audit(_db(services), "allocation.freeze") as events:
        services.allocation.freeze(YEAR, budget=Decimal(200000))
    assert "replacing" in events[0].summary
    frozen = services.allocation.current(YEAR)
    assert frozen is not None and frozen.budget == Decimal(200000)
    assert _amounts(frozen) == {"DA": Decimal(60000), "DB": Decimal(60000), "DC": Decimal(10000)}
    with _db(services).reading() as s:
        assert s.scalar(select(func.count(Allocation.id))) == 1
        assert s.scalar(select(func.count(AllocationLine.id))) == 3


def test_freeze_outside_the_allocation_stage_refused(services: Services) -> None:
    services.years.create_year(YEAR, budget=Decimal(1000))
    services.dealers.register("DA", "Dealer DA", "North")
    with nothing_written(_db(services)), pytest.raises(Refused, match="drafting"):
        services.allocation.freeze(YEAR)
    services.plans.record_draft(YEAR, "DA", [ActivityInput("press", 1, Decimal(100))])
    services.years.advance(YEAR)
    with nothing_written(_db(services)), pytest.raises(Refused, match="consolidation"):
        services.allocation.freeze(YEAR)
    services.plans.record_consolidation(YEAR, [ConsolidationInput("DA-2027-01", True)])
    services.years.advance(YEAR)
    services.allocation.freeze(YEAR)
    services.years.advance(YEAR)
    with nothing_written(_db(services)), pytest.raises(Refused, match="execution"):
        services.allocation.freeze(YEAR, budget=Decimal(1))
    assert services.allocation.current(YEAR).budget == Decimal(1000)  # type: ignore[union-attr]


def test_freeze_refuses_bad_parameters(services: Services) -> None:
    _worked_example_1(services)
    with nothing_written(_db(services)), pytest.raises(InvalidInput):
        services.allocation.freeze(YEAR, budget=Decimal("-0.01"))
    assert services.allocation.current(YEAR) is None


def test_a_failing_freeze_changes_nothing(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    _worked_example_1(services)
    import coop_desk.services.allocation as allocation_module

    def failing_audit(session: Any, *args: Any, **kwargs: Any) -> None:
        assert session.scalar(select(func.count(AllocationLine.id))) == 3  # the lines were flushed
        raise RuntimeError("power cut")

    before = services.years.get(YEAR)
    monkeypatch.setattr(allocation_module, "audit", failing_audit)
    with nothing_written(_db(services)), pytest.raises(RuntimeError, match="power cut"):
        services.allocation.freeze(YEAR, budget=Decimal(1))
    monkeypatch.undo()
    assert services.allocation.current(YEAR) is None
    assert services.years.get(YEAR) == before


def test_freeze_with_odd_cent_costs(services: Services) -> None:
    """base × Σ cost can have a third decimal (0.5 × 100.01 = 50.005); freezing must still work."""
    _setup(services, {"DA": (10, ["100.01"]), "DB": (10, ["0.03"])}, budget=Decimal(1000))
    run = services.allocation.what_if(YEAR)
    assert (run.line("DA").demand, run.line("DB").demand) == (Decimal("50.00"), Decimal("0.01"))
    services.allocation.freeze(YEAR)
    frozen = services.allocation.current(YEAR)
    assert frozen is not None
    assert _amounts(frozen) == {"DA": Decimal("50.00"), "DB": Decimal("0.01")}
    assert frozen.lines == run.lines


# --------------------------------------------------------------------------- explain


def test_explain_returns_the_steps(services: Services) -> None:
    _worked_example_1(services)
    run = services.allocation.what_if(YEAR)
    steps = run.explain("db")
    assert len(steps) == 5
    assert steps[0].startswith("score S = 25") and "0.5" in steps[0]
    assert steps[1].startswith("cap = 60000")
    assert steps[2].startswith("request = 0.5") and "= 60000.00" in steps[2]
    assert steps[3] == "demand = min(request, cap) = 60000.00"
    assert "exceeds the budget" in steps[4] and "in proportion to k" in steps[4] and steps[4].endswith("30000.00")
    assert "reaches its demand" in run.explain("DC")[4] and run.explain("DC")[4].endswith("10000.00")
    fits = services.allocation.what_if(YEAR, budget=Decimal(500000)).explain("DB")
    assert "fits the budget" in fits[4] and fits[4].endswith("60000.00")
    with pytest.raises(KeyError):
        run.explain("DZ")


def test_explain_of_the_frozen_allocation(services: Services) -> None:
    _worked_example_1(services)
    run = services.allocation.what_if(YEAR)
    services.allocation.freeze(YEAR)
    frozen = services.allocation.current(YEAR)
    assert frozen is not None
    for code in ("DA", "DB", "DC"):
        steps, frozen_steps = run.explain(code), frozen.explain(code)
        assert len(frozen_steps) == len(steps) == 5
        # the same reasoning and the same amounts (a number may be printed with or without ".00")
        assert [s.split(" = ")[0] for s in frozen_steps] == [s.split(" = ")[0] for s in steps]
        assert frozen_steps[3] == steps[3] and frozen_steps[4] == steps[4]


def test_what_if_refuses_a_float_score_override(services: Services) -> None:
    _worked_example_1(services)
    with pytest.raises(InvalidInput):
        services.allocation.what_if(YEAR, score_overrides={"DA": {"Service quality": 5.0}})  # type: ignore[dict-item]

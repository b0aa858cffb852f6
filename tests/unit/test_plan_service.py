"""PlanService: dealer drafts (every version kept), references, the consolidated plan (R4's costs)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest
from sqlalchemy import func, select

from coop_desk.errors import InvalidInput, NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models import AuditEvent, Base, ConsolidatedItem, ConsolidatedPlan, PlanDraft, PlannedActivity, Stage
from models.db import Database

YEAR = 2027


# --------------------------------------------------------------------------- local helpers


@dataclass(frozen=True)
class Event:
    actor: str
    action: str
    entity: str
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
        found.extend(Event(e.actor, e.action, e.entity, e.year, e.summary, e.before, e.after) for e in rows)
    assert [(e.actor, e.action) for e in found] == [("tester", action)]


@contextmanager
def nothing_written(db: Database) -> Iterator[None]:
    before = _row_counts(db)
    yield
    assert _row_counts(db) == before, "a refused use case changed the database"


def act(channel: str, month: int, cost: Any, idea: str = "") -> ActivityInput:
    """An activity; a cost given as text becomes a Decimal when it is a number (else it is passed as it is)."""
    if isinstance(cost, str | int):
        with suppress(InvalidOperation):
            cost = Decimal(cost)
    return ActivityInput(channel, month, cost, idea)


def _refs(services: Services, code: str | None = None) -> list[str]:
    return [a.reference for a in services.plans.activities(YEAR, code)]


def _include_all(services: Services, **costed: str) -> list[ConsolidationInput]:
    return [
        ConsolidationInput(ref, True, costed_amount=Decimal(costed[ref]) if ref in costed else None)
        for ref in _refs(services)
    ]


@pytest.fixture
def year(services: Services) -> int:
    services.years.create_year(YEAR, budget=Decimal(100000))
    for code in ("D014", "D002"):
        services.dealers.register(code, f"Dealer {code}", "North" if code == "D014" else "South")
    return YEAR


def _to_consolidation(services: Services) -> None:
    services.plans.record_draft(YEAR, "D014", [act("press", 3, "1000.00"), act("radio", 4, "2000.00")])
    services.plans.record_draft(YEAR, "D002", [act("online", 5, "300.50")])
    services.years.advance(YEAR)


# --------------------------------------------------------------------------- drafts


def test_record_draft_and_references(services: Services, year: int) -> None:
    with one_audit(_db(services), "draft.record") as events:
        changes = services.plans.record_draft(
            year,
            "d014",
            [act("press", 3, "1000.00", " spring ads "), act("Radio", 4, "2000"), act("seminar", 12, "0")],
            h1_review="good half-year",
            source="D014.xlsx",
        )
    assert changes.entity == "draft" and changes.year == year
    assert events[0].year == year and events[0].after["activities"] == 3 and events[0].after["total"] == "3000.00"
    (draft,) = services.plans.drafts(year, "D014")
    assert (draft.dealer_code, draft.number, draft.is_current, draft.source, draft.h1_review) == (
        "D014",
        1,
        True,
        "D014.xlsx",
        "good half-year",
    )
    assert [a.reference for a in draft.activities] == ["D014-2027-01", "D014-2027-02", "D014-2027-03"]
    assert [(a.channel, a.month, a.planned_cost, a.idea) for a in draft.activities] == [
        ("press", 3, Decimal("1000.00"), "spring ads"),
        ("radio", 4, Decimal("2000.00"), ""),  # the channel is spelled as the year spells it
        ("seminar", 12, Decimal("0.00"), ""),
    ]
    assert draft.total == Decimal("3000.00")
    assert draft.activities[0].region == "North"


def test_draft_validation_lists_every_problem_and_writes_nothing(services: Services, year: int) -> None:
    bad = [
        act("press", 3, "100.00"),  # fine
        act("press", 3, "-5.00"),  # negative cost
        act("press", 3, "abc"),  # not a number
        act("radio", 4, 12.5),  # float
        act("telepathy", 5, "10.00"),  # unknown channel
        act("press", 13, "10.00"),  # month 13
        act("press", 0, "1.005"),  # month 0 and three decimals
    ]
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.plans.record_draft(year, "D014", bad)
    problems = err.value.problems
    assert len(problems) == 7
    by_row = {p.where.split(" (")[0] for p in problems}
    assert by_row == {f"dealer D014, activity {i}" for i in range(2, 8)}
    messages = err.value.lines()
    assert any("activity 2" in m and "negative" in m for m in messages)
    assert any("activity 3" in m and "'abc'" in m for m in messages)
    assert any("activity 4" in m and "12.5" in m for m in messages)
    assert any("activity 5" in m and "telepathy" in m for m in messages)
    assert any("activity 6" in m and "month" in m and "13" in m for m in messages)
    assert any("activity 7" in m and "month" in m for m in messages)
    assert any("activity 7" in m and "two decimals" in m for m in messages)
    assert services.plans.drafts(year) == []


def test_draft_problem_names_the_workbook_cell(services: Services, year: int) -> None:
    with pytest.raises(InvalidInput) as err:
        services.plans.record_draft(year, "D014", [ActivityInput("press", 13, Decimal(1), where="D014.xlsx, Plan!B7")])
    assert err.value.problems[0].where == "D014.xlsx, Plan!B7"


def test_draft_refused_outside_drafting_and_for_inactive_dealers(services: Services, year: int) -> None:
    services.dealers.edit("D002", active=False)
    with nothing_written(_db(services)), pytest.raises(Refused, match="inactive"):
        services.plans.record_draft(year, "D002", [act("press", 1, "1.00")])
    with pytest.raises(NotFound):
        services.plans.record_draft(year, "D404", [act("press", 1, "1.00")])
    services.plans.record_draft(year, "D014", [act("press", 1, "1.00")])
    services.years.advance(year)
    with nothing_written(_db(services)), pytest.raises(Refused, match="drafting"):
        services.plans.record_draft(year, "D014", [act("press", 1, "2.00")])


def test_reimport_keeps_the_earlier_version_and_diffs(services: Services, year: int) -> None:
    services.plans.record_draft(
        year, "D014", [act("press", 3, "1000.00"), act("radio", 4, "2000.00"), act("online", 5, "300.00")]
    )
    assert services.plans.draft_diff(year, "D014") is None
    with one_audit(_db(services), "draft.record") as events:
        services.plans.record_draft(
            year,
            "D014",
            [act("press", 3, "1000.00"), act("radio", 6, "2500.00"), act("online", 5, "300.00"), act("TV", 9, "50")],
        )
    assert events[0].before == {"version": 1} and "replaces v1" in events[0].summary
    diff = services.plans.draft_diff(year, "D014")
    assert diff is not None and not diff.empty
    assert diff.added == ("D014-2027-04",)
    assert diff.removed == ()
    assert [ref for ref, _ in diff.changed] == ["D014-2027-02"]
    what = diff.changed[0][1]
    assert "month 4 → 6" in what and "cost" in what and "2500" in what and "channel" not in what

    services.plans.record_draft(year, "D014", [act("press", 3, "1000.00"), act("outdoor", 6, "2500.00")])
    diff = services.plans.draft_diff(year, "D014")
    assert diff is not None
    assert diff.added == ()
    assert diff.removed == ("D014-2027-03", "D014-2027-04")
    assert diff.changed == (("D014-2027-02", "channel radio → outdoor"),)
    assert diff.lines() == ["- D014-2027-03", "- D014-2027-04", "~ D014-2027-02: channel radio → outdoor"]

    versions = services.plans.drafts(year, "D014", all_versions=True)
    assert [(v.number, v.is_current, len(v.activities)) for v in versions] == [
        (1, False, 3),
        (2, False, 4),
        (3, True, 2),
    ]
    assert [d.number for d in services.plans.drafts(year, "D014")] == [3]
    assert _refs(services, "D014") == ["D014-2027-01", "D014-2027-02"]


def test_identical_reimport_has_an_empty_diff(services: Services, year: int) -> None:
    services.plans.record_draft(year, "D014", [act("press", 3, "1000.00")])
    services.plans.record_draft(year, "D014", [act("press", 3, "1000")])
    diff = services.plans.draft_diff(year, "D014")
    assert diff is not None and diff.empty and diff.lines() == []


def test_missing_drafts(services: Services, year: int) -> None:
    services.dealers.register("D001", "Dealer D001", "North")
    assert services.plans.missing_drafts(year) == ["D001", "D002", "D014"]
    services.plans.record_draft(year, "D014", [act("press", 3, "1000.00")])
    assert services.plans.missing_drafts(year) == ["D001", "D002"]
    services.dealers.edit("D001", active=False)
    assert services.plans.missing_drafts(year) == ["D002"]


def test_activities_of_every_current_draft(services: Services, year: int) -> None:
    services.plans.record_draft(year, "D014", [act("press", 3, "1.00"), act("radio", 3, "2.00")])
    services.plans.record_draft(year, "D002", [act("online", 3, "3.00")])
    services.plans.record_draft(year, "D014", [act("TV", 3, "4.00")])
    assert _refs(services) == ["D002-2027-01", "D014-2027-01"]
    assert [a.planned_cost for a in services.plans.activities(year)] == [Decimal("3.00"), Decimal("4.00")]


def test_bad_input_changes_nothing_even_when_failing_half_way(
    services: Services, year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The draft rows are flushed, then the use case fails: the transaction leaves no trace."""
    services.plans.record_draft(year, "D014", [act("press", 3, "1000.00")])
    before = _row_counts(_db(services))

    import coop_desk.services.plans as plans_module

    def failing_audit(session: Any, *args: Any, **kwargs: Any) -> None:
        # prove the half-way state exists inside the transaction before failing
        assert session.scalar(select(func.count(PlanDraft.id))) == 2
        assert session.scalar(select(func.count(PlannedActivity.id))) == 3
        raise RuntimeError("disk full")

    monkeypatch.setattr(plans_module, "audit", failing_audit)
    with pytest.raises(RuntimeError, match="disk full"):
        services.plans.record_draft(year, "D014", [act("radio", 4, "10.00"), act("TV", 5, "20.00")])
    monkeypatch.undo()

    assert _row_counts(_db(services)) == before
    (draft,) = services.plans.drafts(year, "D014", all_versions=True)
    assert (draft.number, draft.is_current) == (1, True), "the earlier version is still the current one"


def test_a_failure_at_the_last_step_changes_nothing(
    services: Services, year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.orm import Session
    from sqlalchemy.sql.dml import Insert

    before = _row_counts(_db(services))
    real_execute = Session.execute
    calls = {"n": 0}

    def flaky_execute(self: Session, statement: Any, *args: Any, **kwargs: Any) -> Any:
        result = real_execute(self, statement, *args, **kwargs)
        if isinstance(statement, Insert) and statement.table.name == AuditEvent.__tablename__:
            # the last step: the draft and its activity rows went to the database already
            calls["n"] += 1
            assert self.scalar(select(func.count()).select_from(PlannedActivity)) == 1
            raise RuntimeError("connection lost")
        return result

    monkeypatch.setattr(Session, "execute", flaky_execute)
    with pytest.raises(RuntimeError, match="connection lost"):
        services.plans.record_draft(year, "D014", [act("press", 3, "1000.00")])
    monkeypatch.undo()
    assert calls["n"] == 1
    assert _row_counts(_db(services)) == before


# --------------------------------------------------------------------------- consolidation


def test_consolidation_covers_every_activity_and_costed_amount_overrides(services: Services, year: int) -> None:
    _to_consolidation(services)
    rows = [
        ConsolidationInput(
            "D014-2027-01", True, placement=" Omsk Daily ", vendor="Print Co", costed_amount=Decimal("800.00")
        ),
        ConsolidationInput("D014-2027-02", False, note="radio does not pay off"),
        ConsolidationInput("D002-2027-01", True),
    ]
    with one_audit(_db(services), "consolidation.record") as events:
        changes = services.plans.record_consolidation(year, rows, agency="Alpha", source="consolidated.xlsx")
    assert changes.touches("allocation")
    assert events[0].after["included"] == 2 and events[0].after["dropped"] == 1
    got = {r.reference: r for r in services.plans.consolidated(year)}
    assert list(got) == ["D014-2027-01", "D014-2027-02", "D002-2027-01"]  # by region, dealer, reference
    first = got["D014-2027-01"]
    assert (first.included, first.placement, first.vendor, first.planned_cost, first.costed_amount) == (
        True,
        "Omsk Daily",
        "Print Co",
        Decimal("1000.00"),
        Decimal("800.00"),
    )
    assert first.cost == Decimal("800.00"), "the agency's costed amount overrides the planned cost"
    assert got["D002-2027-01"].cost == Decimal("300.50")
    assert (got["D014-2027-02"].included, got["D014-2027-02"].note) == (False, "radio does not pay off")

    # and R4 uses it: request = 0.5 × included costs
    services.years.advance(year)
    run = services.allocation.what_if(year)
    assert run.line("D014").request == Decimal("400.00")
    assert run.line("D002").request == Decimal("150.25")


@pytest.mark.parametrize(
    ("rows", "where", "message"),
    [
        (["D014-2027-01", "D014-2027-02"], "consolidated plan", "has no row for: D002-2027-01"),
        (["D014-2027-01", "D014-2027-02", "D002-2027-01", "D014-2027-02"], "row 4 (D014-2027-02)", "appears twice"),
        (
            ["D014-2027-01", "D014-2027-02", "D002-2027-01", "D014-2027-09"],
            "row 4 (D014-2027-09)",
            "is not an activity",
        ),
        (
            ["D014-2027-01", "D014-2027-02", "D002-2027-01", "D014-2026-01"],
            "row 4 (D014-2026-01)",
            "is not an activity",
        ),
        ([], "consolidated plan", "has no rows"),
    ],
    ids=["missing", "duplicate", "unknown", "other-year", "empty"],
)
def test_consolidation_must_cover_every_activity_exactly_once(
    services: Services, year: int, rows: list[str], where: str, message: str
) -> None:
    _to_consolidation(services)
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.plans.record_consolidation(year, [ConsolidationInput(r, True) for r in rows])
    assert any(p.where == where and message in p.message for p in err.value.problems), err.value.lines()
    assert services.plans.consolidated(year) == []


def test_consolidation_refuses_an_activity_of_an_earlier_draft_version(services: Services, year: int) -> None:
    services.plans.record_draft(year, "D014", [act("press", 3, "1.00"), act("radio", 3, "2.00")])
    services.plans.record_draft(year, "D014", [act("press", 3, "1.00")])  # 02 is gone
    services.plans.record_draft(year, "D002", [act("online", 5, "3.00")])
    services.years.advance(year)
    rows = [ConsolidationInput(r, True) for r in ("D014-2027-01", "D014-2027-02", "D002-2027-01")]
    with pytest.raises(InvalidInput) as err:
        services.plans.record_consolidation(year, rows)
    assert [p.where for p in err.value.problems] == ["row 2 (D014-2027-02)"]
    # the current activity 01 is the one of version 2
    services.plans.record_consolidation(year, [rows[0], rows[2]])
    with _db(services).reading() as s:
        (item_activity,) = s.scalars(
            select(PlannedActivity.draft_id)
            .join(ConsolidatedItem, ConsolidatedItem.activity_id == PlannedActivity.id)
            .where(PlannedActivity.reference == "D014-2027-01")
        ).all()
        current = s.scalar(select(PlanDraft.id).where(PlanDraft.is_current, PlanDraft.number == 2))
    assert item_activity == current


@pytest.mark.parametrize("amount", [Decimal("-1.00"), Decimal("1.001"), 99.5, "100"], ids=repr)
def test_consolidation_bad_costed_amount(services: Services, year: int, amount: Any) -> None:
    _to_consolidation(services)
    rows = _include_all(services)
    rows[1] = ConsolidationInput(rows[1].reference, True, costed_amount=amount)
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.plans.record_consolidation(year, rows)
    assert [p.where for p in err.value.problems] == [f"row 2 ({rows[1].reference}) (costed amount)"]


def test_consolidation_only_at_its_stage(services: Services, year: int) -> None:
    services.plans.record_draft(year, "D014", [act("press", 3, "1.00")])
    with nothing_written(_db(services)), pytest.raises(Refused, match="consolidation"):
        services.plans.record_consolidation(year, [ConsolidationInput("D014-2027-01", True)])


def test_reimported_consolidation_keeps_the_earlier_version(services: Services, year: int) -> None:
    _to_consolidation(services)
    services.plans.record_consolidation(year, _include_all(services))
    with one_audit(_db(services), "consolidation.record") as events:
        services.plans.record_consolidation(year, _include_all(services, **{"D014-2027-02": "1500.00"}))
    assert events[0].before == {"version": 1}
    with _db(services).reading() as s:
        plans = s.execute(
            select(ConsolidatedPlan.number, ConsolidatedPlan.is_current).order_by(ConsolidatedPlan.number)
        ).all()
        assert [tuple(p) for p in plans] == [(1, False), (2, True)]
        assert s.scalar(select(func.count(ConsolidatedItem.id))) == 6
    assert {r.reference: r.cost for r in services.plans.consolidated(year)}["D014-2027-02"] == Decimal("1500.00")


def test_require_plan(services: Services, year: int) -> None:
    _to_consolidation(services)
    with pytest.raises(NotFound, match="no consolidated plan"):
        services.plans.require_plan(year)
    services.plans.record_consolidation(year, _include_all(services))
    services.plans.require_plan(year)
    assert services.years.get(year).stage == Stage.CONSOLIDATION


def test_region_totals_sum_money_per_region_and_overall(services: Services, year: int) -> None:
    assert services.plans.region_totals(year) == ([], services.plans.region_totals(year)[1])
    _to_consolidation(services)
    rows = [
        ConsolidationInput("D014-2027-01", True, costed_amount=Decimal("900.00")),
        ConsolidationInput("D014-2027-02", False),
        ConsolidationInput("D002-2027-01", True),
    ]
    services.plans.record_consolidation(year, rows)
    regions, grand = services.plans.region_totals(year)
    by_name = {r.region: r for r in regions}
    assert set(by_name) == {"North", "South"}
    north, south = by_name["North"], by_name["South"]
    assert (north.activities, north.included) == (2, 1)
    assert north.planned_cost == Decimal("3000.00") and north.included_cost == Decimal("900.00")
    assert (south.activities, south.included, south.included_cost) == (1, 1, Decimal("300.50"))
    assert (grand.activities, grand.included) == (3, 2)
    assert grand.planned_cost == Decimal("3300.50") and grand.included_cost == Decimal("1200.50")
    assert all(isinstance(t.included_cost, Decimal) for t in [*regions, grand])

"""YearService: creating a year, its settings, and moving it through the cycle (DESIGN.md, the yearly cycle)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from coop_desk.errors import Conflict, InvalidInput, NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models import AuditEvent, EfficiencyResult, PlannedActivity, ProgrammeYear, QuarterClose, Stage
from models.db import Database

YEAR = 2027
DEFAULT_CHANNELS = [
    "press",
    "outdoor",
    "radio",
    "TV",
    "exhibition",
    "seminar",
    "online",
    "point-of-sale materials",
    "other",
]


# --------------------------------------------------------------------------- local helpers


def _last_audit_id(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.max(AuditEvent.id))) or 0


def _audit_count(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count(AuditEvent.id))) or 0


@dataclass(frozen=True)
class Event:
    actor: str
    action: str
    year: int | None
    summary: str
    before: Any
    after: Any


@contextmanager
def one_audit(db: Database, action: str) -> Iterator[list[Event]]:
    """The block writes exactly one audit event, by "tester", with this action."""
    start = _last_audit_id(db)
    found: list[Event] = []
    yield found
    with db.reading() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.id > start).order_by(AuditEvent.id))
        found.extend(Event(e.actor, e.action, e.year, e.summary, e.before, e.after) for e in rows)
    assert [(e.actor, e.action) for e in found] == [("tester", action)]


@contextmanager
def no_audit(db: Database) -> Iterator[None]:
    before = _audit_count(db)
    yield
    assert _audit_count(db) == before, "a refused use case wrote an audit event"


def _stage(services: Services, year: int = YEAR) -> Stage:
    return services.years.get(year).stage


def _db(services: Services) -> Database:
    return services.ctx.db


def _register(services: Services, *codes: str) -> None:
    for code in codes:
        services.dealers.register(code, f"Dealer {code}", "North")


def _score(services: Services, code: str, points: int, year: int = YEAR) -> None:
    names = [c.name for c in services.years.get(year).criteria]
    services.dealers.record_scores(year, code, {n: Decimal(points) for n in names})


def _draft(services: Services, code: str, *costs: str, year: int = YEAR) -> None:
    services.plans.record_draft(year, code, [ActivityInput("press", 3, Decimal(c), "idea") for c in costs])


def _to_consolidation(services: Services) -> None:
    services.years.create_year(YEAR, budget=Decimal(100000))
    _register(services, "D001")
    _score(services, "D001", 8)
    _draft(services, "D001", "1000.00", "500.00")
    services.years.advance(YEAR)


def _to_allocation(services: Services) -> None:
    _to_consolidation(services)
    services.plans.record_consolidation(
        YEAR, [ConsolidationInput(a.reference, True) for a in services.plans.activities(YEAR)]
    )
    services.years.advance(YEAR)


def _to_execution(services: Services) -> None:
    _to_allocation(services)
    services.allocation.freeze(YEAR)
    services.years.advance(YEAR)


def _close_quarters(services: Services, *quarters: int) -> None:
    db = _db(services)
    with db.unit_of_work() as s:
        year_id = s.scalar(select(ProgrammeYear.id).where(ProgrammeYear.year == YEAR))
        for q in quarters:
            s.add(QuarterClose(year_id=year_id, quarter=q, closed_by="finance"))


def _to_evaluation(services: Services) -> None:
    _to_execution(services)
    _close_quarters(services, 1, 2, 3, 4)
    services.years.advance(YEAR)


def _add_efficiency(services: Services) -> None:
    with _db(services).unit_of_work() as s:
        activity = s.scalars(select(PlannedActivity).order_by(PlannedActivity.id)).first()
        assert activity is not None
        s.add(EfficiencyResult(year_id=activity.year_id, activity_id=activity.id, reach=1000, leads=10, sales=2))


# --------------------------------------------------------------------------- creating a year


def test_create_year_defaults(services: Services) -> None:
    with one_audit(_db(services), "year.create") as events:
        changes = services.years.create_year(YEAR)
    assert changes.entity == "year" and changes.year == YEAR and len(changes.ids) == 1
    assert events[0].year == YEAR and events[0].after is not None and events[0].after["budget"] == "0"
    y = services.years.get(YEAR)
    assert y.stage == Stage.DRAFTING
    assert (y.currency, y.language, y.claim_deadline_days) == ("EUR", "ru", 30)
    assert (y.budget, y.base_rate, y.cap_floor, y.cap_ceiling, y.threshold) == (
        Decimal(0),
        Decimal("0.5"),
        Decimal(10000),
        Decimal(50000),
        Decimal("0.2"),
    )
    assert list(y.channels) == DEFAULT_CHANNELS
    assert len(y.criteria) == 5
    assert [c.position for c in y.criteria] == [1, 2, 3, 4, 5]
    assert all(c.weight == 1 and c.max_points == 10 for c in y.criteria)
    assert y.criteria[0].name.startswith("Annual turnover")
    assert y.max_score == Decimal(50)
    assert dict(y.stage_dates) == {
        Stage.DRAFTING: dt.date(2026, 7, 1),
        Stage.CONSOLIDATION: dt.date(2026, 9, 1),
        Stage.ALLOCATION: dt.date(2026, 10, 1),
        Stage.EXECUTION: dt.date(2027, 1, 1),
        Stage.EVALUATION: dt.date(2028, 1, 1),
    }
    assert services.years.latest_year() == YEAR


def test_create_year_with_settings(services: Services) -> None:
    services.years.create_year(YEAR, budget=Decimal("250000.00"), currency="RUB", consolidating_agency="Alpha")
    y = services.years.get(YEAR)
    assert (y.budget, y.currency, y.consolidating_agency) == (Decimal("250000.00"), "RUB", "Alpha")


def test_create_year_copies_criteria_and_channels_from_the_last_year(services: Services) -> None:
    services.years.create_year(2026)
    services.years.set_criteria(2026, [("Turnover", Decimal("2"), 5), ("Showroom", Decimal("0.5"), 10)])
    services.years.update_settings(2026, channels=["press", "radio", "billboards"])
    services.years.create_year(2025)  # an older year created later is not "the last year"
    with one_audit(_db(services), "year.create"):
        services.years.create_year(YEAR)
    y = services.years.get(YEAR)
    assert [(c.name, c.weight, c.max_points) for c in y.criteria] == [
        ("Turnover", Decimal("2"), 5),
        ("Showroom", Decimal("0.5"), 10),
    ]
    assert list(y.channels) == ["press", "radio", "billboards"]
    assert y.stage == Stage.DRAFTING
    assert dict(y.stage_dates)[Stage.DRAFTING] == dt.date(2026, 7, 1)
    # the criteria are copies: changing the new year leaves the old one alone
    services.years.set_criteria(YEAR, [("Turnover", Decimal("3"), 5)])
    assert [c.weight for c in services.years.get(2026).criteria] == [Decimal("2"), Decimal("0.5")]


def test_create_year_twice_refused(services: Services) -> None:
    services.years.create_year(YEAR)
    with no_audit(_db(services)), pytest.raises(Refused, match="exists already"):
        services.years.create_year(YEAR)
    assert [y.year for y in services.years.list_years()] == [YEAR]


@pytest.mark.parametrize("year", [1999, 2101])
def test_create_year_out_of_range(services: Services, year: int) -> None:
    with pytest.raises(InvalidInput) as err:
        services.years.create_year(year)
    assert err.value.problems[0].where == "year"
    assert services.years.list_years() == []


def test_unknown_year_not_found(services: Services) -> None:
    with pytest.raises(NotFound, match="2030"):
        services.years.get(2030)
    with pytest.raises(NotFound):
        services.years.advance(2030)


# --------------------------------------------------------------------------- settings validation

BAD_SETTINGS = [
    ("budget", Decimal("-1")),
    ("budget", 1000.0),
    ("budget", "1000"),
    ("base_rate", Decimal("0.6")),
    ("base_rate", Decimal("0")),
    ("cap_floor", Decimal("-100")),
    ("cap_ceiling", Decimal("5000")),  # below the floor of 10 000
    ("threshold", Decimal("1")),
    ("threshold", Decimal("-0.1")),
    ("threshold", 0.2),
    ("claim_deadline_days", -1),
    ("claim_deadline_days", 400),
    ("claim_deadline_days", "30"),
    ("claim_deadline_days", True),
    ("currency", "eur"),
    ("currency", "EURO"),
    ("language", "de"),
    ("channels", []),
    ("channels", ["press", " "]),
    ("channels", ["press", "Press"]),
]


@pytest.mark.parametrize(("field", "value"), BAD_SETTINGS, ids=lambda v: repr(v))
def test_bad_setting_names_the_field(services: Services, field: str, value: object) -> None:
    with pytest.raises(InvalidInput) as err:
        services.years.create_year(YEAR, **{field: value})
    assert [p.where for p in err.value.problems] == [field]
    assert services.years.list_years() == []

    services.years.create_year(2026)
    version = services.years.get(2026).version
    with no_audit(_db(services)), pytest.raises(InvalidInput) as err:
        services.years.update_settings(2026, **{field: value})
    assert [p.where for p in err.value.problems] == [field]
    assert services.years.get(2026).version == version


def test_evaluating_agency_must_differ_from_consolidating(services: Services) -> None:
    with pytest.raises(InvalidInput) as err:
        services.years.create_year(YEAR, consolidating_agency="Alpha Media", evaluating_agency=" alpha media ")
    assert [p.where for p in err.value.problems] == ["evaluating_agency"]


def test_stage_dates_must_follow_the_stages(services: Services) -> None:
    services.years.create_year(YEAR)
    with pytest.raises(InvalidInput) as err:
        services.years.update_settings(YEAR, consolidation_from=dt.date(2026, 6, 1))
    assert [p.where for p in err.value.problems] == ["stage dates"]
    services.years.update_settings(YEAR, consolidation_from=dt.date(2026, 8, 15))
    assert dict(services.years.get(YEAR).stage_dates)[Stage.CONSOLIDATION] == dt.date(2026, 8, 15)


def test_every_problem_is_reported_at_once(services: Services) -> None:
    with pytest.raises(InvalidInput) as err:
        services.years.create_year(
            YEAR, budget=Decimal(-5), base_rate=Decimal("0.9"), currency="x", language="fr", channels=[]
        )
    assert {p.where for p in err.value.problems} == {"budget", "base_rate", "currency", "language", "channels"}


def test_unknown_setting_refused(services: Services) -> None:
    with pytest.raises(InvalidInput) as err:
        services.years.create_year(YEAR, budgett=Decimal(1))
    assert [p.where for p in err.value.problems] == ["budgett"]
    services.years.create_year(YEAR)
    with pytest.raises(InvalidInput) as err:
        services.years.update_settings(YEAR, colour="red")
    assert [p.where for p in err.value.problems] == ["colour"]


def test_update_settings_is_audited_and_versioned(services: Services) -> None:
    services.years.create_year(YEAR)
    v1 = services.years.get(YEAR).version
    with one_audit(_db(services), "year.settings") as events:
        services.years.update_settings(YEAR, expected_version=v1, budget=Decimal("500000.00"))
    assert events[0].before == {"budget": "0.00"} and events[0].after == {"budget": "500000.00"}
    y = services.years.get(YEAR)
    assert y.budget == Decimal("500000.00") and y.version == v1 + 1
    with no_audit(_db(services)), pytest.raises(Conflict):
        services.years.update_settings(YEAR, expected_version=v1, budget=Decimal(1))
    assert services.years.get(YEAR).budget == Decimal("500000.00")


def test_set_criteria_validation(services: Services) -> None:
    services.years.create_year(YEAR)
    with pytest.raises(InvalidInput) as err:
        services.years.set_criteria(YEAR, [("", Decimal(1), 10), ("B", Decimal(0), 10), ("C", Decimal(1), 0)])
    assert [p.where for p in err.value.problems] == ["criterion 1", "criterion 2", "criterion 3"]
    with pytest.raises(InvalidInput):
        services.years.set_criteria(YEAR, [])
    with pytest.raises(InvalidInput, match="same name"):
        services.years.set_criteria(YEAR, [("A", Decimal(1), 10), ("a", Decimal(1), 10)])
    assert len(services.years.get(YEAR).criteria) == 5
    with one_audit(_db(services), "year.criteria"):
        services.years.set_criteria(YEAR, [("Service quality", Decimal(2), 10), ("New", Decimal(1), 4)])
    y = services.years.get(YEAR)
    assert [(c.position, c.name, c.weight, c.max_points) for c in y.criteria] == [
        (1, "Service quality", Decimal(2), 10),
        (2, "New", Decimal(1), 4),
    ]


# --------------------------------------------------------------------------- stage guards


def test_drafting_refused_without_any_draft(services: Services) -> None:
    services.years.create_year(YEAR)
    _register(services, "D001")
    check = services.years.check(YEAR)
    assert check.next_stage == Stage.CONSOLIDATION and not check.can_advance
    with no_audit(_db(services)), pytest.raises(Refused, match="no dealer draft"):
        services.years.advance(YEAR)
    with pytest.raises(Refused, match="no dealer draft"):
        services.years.advance(YEAR, confirm_missing=True)
    assert _stage(services) == Stage.DRAFTING


def test_drafting_needs_confirmation_when_dealers_sent_none(services: Services) -> None:
    services.years.create_year(YEAR)
    _register(services, "D003", "D001", "D002", "D004")
    services.dealers.edit("D004", active=False)  # inactive dealers are not expected to send a draft
    _draft(services, "D002", "100.00")
    check = services.years.check(YEAR)
    assert check.missing == () and check.can_advance
    assert len(check.needs_confirmation) == 1 and "D001, D003" in check.needs_confirmation[0]
    with no_audit(_db(services)), pytest.raises(Refused) as err:
        services.years.advance(YEAR)
    text = str(err.value)
    assert "D001" in text and "D003" in text and "D002" not in text and "D004" not in text
    assert "confirm" in text
    assert _stage(services) == Stage.DRAFTING
    with one_audit(_db(services), "year.advance") as events:
        services.years.advance(YEAR, confirm_missing=True)
    assert _stage(services) == Stage.CONSOLIDATION
    assert "D001, D003" in events[0].summary
    assert events[0].before == {"stage": "drafting"} and events[0].after == {"stage": "consolidation"}


def test_drafting_advances_without_confirmation_when_everybody_sent_a_draft(services: Services) -> None:
    services.years.create_year(YEAR)
    _register(services, "D001", "D002")
    _draft(services, "D001", "100.00")
    _draft(services, "D002", "200.00")
    assert services.years.check(YEAR).needs_confirmation == ()
    services.years.advance(YEAR)
    assert _stage(services) == Stage.CONSOLIDATION


def test_consolidation_refused_without_a_consolidated_plan(services: Services) -> None:
    _to_consolidation(services)
    with no_audit(_db(services)), pytest.raises(Refused, match="no consolidated plan"):
        services.years.advance(YEAR)
    assert _stage(services) == Stage.CONSOLIDATION
    services.plans.record_consolidation(
        YEAR, [ConsolidationInput(a.reference, True) for a in services.plans.activities(YEAR)]
    )
    with one_audit(_db(services), "year.advance"):
        services.years.advance(YEAR)
    assert _stage(services) == Stage.ALLOCATION


def test_allocation_refused_until_frozen(services: Services) -> None:
    _to_allocation(services)
    services.allocation.what_if(YEAR)  # a what-if is not a frozen allocation
    with no_audit(_db(services)), pytest.raises(Refused, match="not frozen"):
        services.years.advance(YEAR)
    assert _stage(services) == Stage.ALLOCATION
    services.allocation.freeze(YEAR)
    services.years.advance(YEAR)
    assert _stage(services) == Stage.EXECUTION


def test_execution_refused_until_four_quarters_closed(services: Services) -> None:
    _to_execution(services)
    with pytest.raises(Refused, match="Q1, Q2, Q3, Q4"):
        services.years.advance(YEAR)
    _close_quarters(services, 1, 2, 4)
    with no_audit(_db(services)), pytest.raises(Refused) as err:
        services.years.advance(YEAR)
    assert "Q3" in str(err.value) and "Q1" not in str(err.value)
    assert _stage(services) == Stage.EXECUTION
    _close_quarters(services, 3)
    with one_audit(_db(services), "year.advance"):
        services.years.advance(YEAR)
    assert _stage(services) == Stage.EVALUATION


def test_evaluation_refused_without_efficiency_results(services: Services) -> None:
    _to_evaluation(services)
    with no_audit(_db(services)), pytest.raises(Refused, match="efficiency"):
        services.years.advance(YEAR)
    assert _stage(services) == Stage.EVALUATION
    _add_efficiency(services)
    services.years.advance(YEAR)
    assert _stage(services) == Stage.CLOSED
    assert services.years.check(YEAR).next_stage is None
    with pytest.raises(Refused, match="no later stage"):
        services.years.advance(YEAR)
    with pytest.raises(Refused, match="closed"):
        services.years.update_settings(YEAR, budget=Decimal(1))


def test_a_stage_cannot_be_skipped(services: Services) -> None:
    services.years.create_year(YEAR)
    _register(services, "D001")
    _draft(services, "D001", "100.00")
    # no way to name a stage when moving forward, nor to set it as a setting
    with pytest.raises(InvalidInput):
        services.years.update_settings(YEAR, stage=Stage.EXECUTION)
    with pytest.raises(InvalidInput):
        services.years.create_year(2028, stage=Stage.EXECUTION)
    with pytest.raises(TypeError):
        services.years.advance(YEAR, stage=Stage.ALLOCATION)  # type: ignore[call-arg]
    services.years.advance(YEAR)
    assert _stage(services) == Stage.CONSOLIDATION  # one step, not more
    assert services.years.check(YEAR).next_stage == Stage.ALLOCATION


def test_stages_move_in_the_designed_order(services: Services) -> None:
    _to_evaluation(services)
    _add_efficiency(services)
    services.years.advance(YEAR)
    with _db(services).reading() as s:
        moves = s.scalars(select(AuditEvent).where(AuditEvent.action == "year.advance").order_by(AuditEvent.id)).all()
        assert [(e.before["stage"], e.after["stage"]) for e in moves] == [  # type: ignore[index]
            ("drafting", "consolidation"),
            ("consolidation", "allocation"),
            ("allocation", "execution"),
            ("execution", "evaluation"),
            ("evaluation", "closed"),
        ]
        assert {e.actor for e in moves} == {"tester"}


# --------------------------------------------------------------------------- reopening


def test_reopen_needs_a_reason(services: Services) -> None:
    _to_allocation(services)
    for reason in ("", "   "):
        with no_audit(_db(services)), pytest.raises(InvalidInput) as err:
            services.years.reopen(YEAR, Stage.CONSOLIDATION, reason)
        assert err.value.problems[0].where == "reason"
    assert _stage(services) == Stage.ALLOCATION


def test_reopen_only_goes_back(services: Services) -> None:
    _to_allocation(services)
    for stage in (Stage.ALLOCATION, Stage.EXECUTION, Stage.CLOSED):
        with no_audit(_db(services)), pytest.raises(Refused, match="only an earlier stage"):
            services.years.reopen(YEAR, stage, "because")
    assert _stage(services) == Stage.ALLOCATION


def test_reopen_is_audited(services: Services) -> None:
    _to_allocation(services)
    with one_audit(_db(services), "year.reopen") as events:
        changes = services.years.reopen(YEAR, Stage.DRAFTING, "  a late draft from D002  ")
    assert changes.touches("stage")
    assert _stage(services) == Stage.DRAFTING
    event = events[0]
    assert event.year == YEAR
    assert event.before == {"stage": "allocation"}
    assert event.after == {"stage": "drafting", "reason": "a late draft from D002"}
    assert "a late draft from D002" in event.summary
    # and it goes forward again through the guards
    services.years.advance(YEAR)
    assert _stage(services) == Stage.CONSOLIDATION

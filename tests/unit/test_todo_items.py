"""The dashboard's dated to-do items (issue 14.4): computed by SummaryService.todo from the calendar and the clock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from coop_desk.errors import NotFound
from coop_desk.permissions import is_read
from coop_desk.rules import claim_deadline
from coop_desk.services import Services
from coop_desk.services.plan_inputs import ActivityInput
from models import Stage
from tests.factories import approve_mockup, claim_input, use_clock, year_in_execution


def _kinds(services: Services, year: int) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for item in services.summary.todo(year):
        out.setdefault(item.kind, []).append(item)
    return out


def test_todo_is_a_read() -> None:
    assert is_read("summary.todo")


def test_no_year_has_nothing_to_do_and_an_unknown_year_is_not_found(services: Services) -> None:
    assert services.summary.todo(None) == ()
    with pytest.raises(NotFound):
        services.summary.todo(2031)


def _drafting_year(services: Services, today: dt.date) -> int:
    use_clock(services, today)
    services.years.create_year(2027)
    for code in ("D001", "D002", "D003"):
        services.dealers.register(code, f"Dealer {code}", "North", city="Moscow")
    services.plans.record_draft(2027, "D002", [ActivityInput("press", 3, Decimal(1000), idea="press 1")])
    return 2027


def test_drafts_due_in_days_name_the_dealers_that_sent_none(services: Services) -> None:
    year = _drafting_year(services, dt.date(2026, 7, 1))
    due = dict(services.years.get(year).stage_dates)[Stage.CONSOLIDATION]
    use_clock(services, due - dt.timedelta(days=5))
    (drafts,) = _kinds(services, year)["drafts"]
    assert drafts.due == due and drafts.screen == "plans" and drafts.filters == {"missing": True}
    assert drafts.text == f"Drafts due in 5 day(s), on {due}: 2 dealer(s) sent none: D001, D003"
    use_clock(services, due)  # the nearest case: due today
    assert _kinds(services, year)["drafts"][0].text.startswith(f"Drafts due today, {due}:")
    use_clock(services, due + dt.timedelta(days=2))
    assert _kinds(services, year)["drafts"][0].text.startswith(f"Drafts due 2 day(s) ago, on {due}:")


def test_no_drafts_item_once_every_dealer_sent_one(services: Services) -> None:
    year = _drafting_year(services, dt.date(2026, 7, 1))
    for code in ("D001", "D003"):
        services.plans.record_draft(year, code, [ActivityInput("press", 3, Decimal(1000), idea="press 1")])
    kinds = _kinds(services, year)
    assert "drafts" not in kinds
    (stage,) = kinds["stage"]  # the stage move: nothing missing, with the consolidation's date
    assert stage.due == dict(services.years.get(year).stage_dates)[Stage.CONSOLIDATION]
    assert stage.text.endswith(": ready") and stage.screen == "plans"


def test_stage_move_due_says_what_is_missing(services: Services) -> None:
    year = _drafting_year(services, dt.date(2026, 7, 1))
    services.years.advance(year, confirm_missing=True)
    (stage,) = _kinds(services, year)["stage"]
    assert stage.due == dict(services.years.get(year).stage_dates)[Stage.ALLOCATION]
    assert "missing: no consolidated plan has been imported yet" in stage.text
    assert stage.screen == "consolidation"


def test_mockups_waiting_since_the_oldest_submission(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [Decimal(20000)], "D002": [Decimal(30000)]})
    assert "mockups" not in _kinds(services, ex.year)
    services.mockups.submit(ex.year, ex.ref("D002"), title="b", submitted_on=dt.date(2027, 1, 8))
    services.mockups.submit(ex.year, ex.ref("D001"), title="a", submitted_on=dt.date(2027, 1, 5))
    (mockups,) = _kinds(services, ex.year)["mockups"]
    assert mockups.due == dt.date(2027, 1, 5) and mockups.screen == "mockups"
    assert mockups.text == "2 mockup(s) waiting for review since 2027-01-05"


def test_claims_due_for_the_quarter_count_the_open_ones(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [Decimal(20000)], "D002": [Decimal(30000)]})
    approve_mockup(services, ex.year, ex.ref("D001"))
    services.claims.file(ex.year, "D001", claim_input(ex.ref("D001"), Decimal(1000), dt.date(2027, 1, 9)))
    deadline = claim_deadline(ex.year, 1, services.years.get(ex.year).claim_deadline_days)
    (claims,) = _kinds(services, ex.year)["claims"]
    assert claims.due == deadline and claims.screen == "claims" and claims.filters == {"quarter": 1}
    assert claims.text == f"Claims of Q1 due by {deadline}: 1 submitted or returned"
    ex.clock.set(deadline)  # the deadline day itself: still Q1's claims, no quarter to close yet
    kinds = _kinds(services, ex.year)
    assert kinds["claims"][0].filters == {"quarter": 1} and "close" not in kinds
    ex.clock.set(deadline + dt.timedelta(days=1))  # the day after: Q2's claims are next, Q1 is to close
    kinds = _kinds(services, ex.year)
    assert kinds["claims"][0].filters == {"quarter": 2}
    assert kinds["claims"][0].text.endswith(": 0 submitted or returned")
    (close,) = kinds["close"]
    assert close.due == deadline and close.screen == "payments"
    assert close.text == f"Q1: its filing deadline {deadline} has passed; close the quarter"


def test_a_closed_quarter_is_not_to_close_and_items_come_sorted(services: Services) -> None:
    ex = year_in_execution(services)
    days = services.years.get(ex.year).claim_deadline_days
    ex.clock.set(claim_deadline(ex.year, 2, days) + dt.timedelta(days=1))
    services.mockups.submit(ex.year, ex.ref("D001"), title="a", submitted_on=dt.date(2027, 1, 5))
    assert [i.text.split(":")[0] for i in _kinds(services, ex.year)["close"]] == ["Q1", "Q2"]
    services.claims.close_quarter(ex.year, 1)
    (close,) = _kinds(services, ex.year)["close"]
    assert close.text.startswith("Q2:")
    items = services.summary.todo(ex.year)
    assert [i.due for i in items] == sorted(i.due for i in items)
    assert items[0].kind == "mockups" and {"claims", "close", "stage"} <= {i.kind for i in items}

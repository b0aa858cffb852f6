"""No lost updates: two desktops (two Services on two engines, same database) edit the same rows.

The second writer is told who changed the row and when, and nothing is overwritten. The long jobs race
for real in threads, on SQLite (BEGIN IMMEDIATE) and PostgreSQL (row locks): two freezes of the same year,
two imports of the same dealer's draft.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from coop_desk.errors import Conflict, CoopDeskError
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from coop_desk.services.lookup import get_dealer
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models import Allocation, AllocationLine, AuditEvent, PlanDraft, PlannedActivity
from models.db import Database
from tests.factories import approve_mockup, claim_input, fingerprint, use_clock, year_in_execution


@pytest.fixture
def desktops(db: Database) -> Iterator[tuple[Services, Services]]:
    """Anna's and Boris's desktops: two engines on the same database."""
    other = Database(db.url, migrate=False)
    anna = Services(ServiceContext(db, actor="anna"))
    boris = Services(ServiceContext(other, actor="boris"))
    yield anna, boris
    other.dispose()


def _told_who(exc: pytest.ExceptionInfo[Conflict], who: str) -> None:
    text = str(exc.value)
    assert f"last changed by {who} on " in text and " UTC" in text, text
    assert str(dt.date.today().year) in text


def test_a_dealer_edited_on_two_desktops(desktops: tuple[Services, Services]) -> None:
    anna, boris = desktops
    anna.dealers.register("D001", "Dealer One", "North", city="Moscow")
    seen_by_anna = anna.dealers.get("D001")
    seen_by_boris = boris.dealers.get("D001")
    boris.dealers.edit("D001", seen_by_boris.version, phone="+7 111")
    before = fingerprint(anna)
    with pytest.raises(Conflict) as exc:
        anna.dealers.edit("D001", seen_by_anna.version, phone="+7 222")
    _told_who(exc, "boris")
    assert fingerprint(anna) == before
    assert anna.dealers.get("D001").phone == "+7 111"


def test_a_stale_write_between_read_and_commit_is_a_conflict(desktops: tuple[Services, Services], db: Database) -> None:
    """The version column itself: Anna's unit of work read the row, Boris committed, Anna's UPDATE misses."""
    if db.is_sqlite:
        pytest.skip(
            "on SQLite a unit of work holds the write lock from its start (BEGIN IMMEDIATE): nobody can commit "
            "between its read and its write (tests/integration/test_two_processes.py)"
        )
    anna, boris = desktops
    anna.dealers.register("D001", "Dealer One", "North", city="Moscow")
    with pytest.raises(Conflict) as exc, anna.ctx.unit() as s:
        dealer = get_dealer(s, "D001")
        boris.dealers.edit("D001", phone="+7 111")
        dealer.phone = "+7 222"
    _told_who(exc, "boris")
    assert "nothing was overwritten" in str(exc.value)
    assert anna.dealers.get("D001").phone == "+7 111"


def test_a_mockup_decided_on_two_desktops(desktops: tuple[Services, Services]) -> None:
    anna, boris = desktops
    ex = year_in_execution(anna)
    boris.ctx.today = anna.ctx.today
    mockup_id = anna.mockups.submit(ex.year, ex.ref("D001"), title="poster").ids[0]
    seen = anna.mockups.get(mockup_id).version
    boris.mockups.reject(mockup_id, "wrong logo", expected_version=boris.mockups.get(mockup_id).version)
    before = fingerprint(anna)
    with pytest.raises(Conflict) as exc:
        anna.mockups.approve(mockup_id, 0, expected_version=seen)
    _told_who(exc, "boris")
    assert fingerprint(anna) == before
    assert anna.mockups.get(mockup_id).status.value == "rejected"


def test_a_claim_decided_on_two_desktops(desktops: tuple[Services, Services]) -> None:
    anna, boris = desktops
    ex = year_in_execution(anna)
    boris.ctx.today = anna.ctx.today
    ex.clock.set(dt.date(2027, 3, 1))
    approve_mockup(anna, ex.year, ex.ref("D001"))
    ex.clock.set(dt.date(2027, 3, 10))
    claim_id = anna.claims.file(
        ex.year, "D001", claim_input(ex.ref("D001"), Decimal(1000), dt.date(2027, 3, 5))
    ).claim_id
    seen = anna.claims.get(claim_id).version
    boris.claims.approve(claim_id, expected_version=boris.claims.get(claim_id).version)
    before = fingerprint(anna)
    with pytest.raises(Conflict) as exc:
        anna.claims.reject(claim_id, "no act", expected_version=seen)
    _told_who(exc, "boris")
    assert fingerprint(anna) == before
    assert anna.claims.get(claim_id).status.value == "approved"


def test_year_settings_changed_on_two_desktops(desktops: tuple[Services, Services]) -> None:
    anna, boris = desktops
    use_clock(anna, dt.date(2026, 7, 1))
    anna.years.create_year(2027)
    seen = anna.years.get(2027).version
    boris.years.update_settings(2027, boris.years.get(2027).version, budget=Decimal(500_000))
    with pytest.raises(Conflict) as exc:
        anna.years.update_settings(2027, seen, budget=Decimal(900_000))
    _told_who(exc, "boris")
    assert anna.years.get(2027).budget == Decimal(500_000)


# -- long jobs racing for real (PostgreSQL: two connections, row locks) ---------------------------
def _race(*jobs: Callable[[], Any]) -> list[Any]:
    """Run the jobs at the same moment in threads; each result is its return value or its exception."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(i: int, job: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[i] = job()
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a job hung (a lock never released)"
    return results


def _year_at_allocation(services: Services, year: int = 2027) -> None:
    clock = use_clock(services, dt.date(year - 1, 7, 1))
    services.years.create_year(year, budget=Decimal(1_000_000))
    criteria = [c.name for c in services.years.get(year).criteria]
    for code in ("D001", "D002", "D003"):
        services.dealers.register(code, f"Dealer {code}", "North", city="Moscow")
        services.dealers.record_scores(year, code, {n: Decimal(8) for n in criteria})
        services.plans.record_draft(year, code, [ActivityInput("press", 3, Decimal(40_000), idea="ad")])
    services.years.advance(year, confirm_missing=True)
    clock.set(dt.date(year - 1, 9, 15))
    refs = [a.reference for a in services.plans.activities(year)]
    services.plans.record_consolidation(year, [ConsolidationInput(r, True) for r in refs], agency="Agency")
    services.years.advance(year)
    clock.set(dt.date(year - 1, 10, 15))


def test_two_desktops_freeze_the_same_year_at_the_same_moment(
    desktops: tuple[Services, Services], db: Database
) -> None:
    anna, boris = desktops
    _year_at_allocation(anna)
    boris.ctx.today = anna.ctx.today
    seen = anna.years.get(2027).version
    results = _race(
        lambda: anna.allocation.freeze(2027, budget=Decimal(30_000), expected_version=seen),
        lambda: boris.allocation.freeze(2027, budget=Decimal(50_000), expected_version=seen),
    )
    errors = [r for r in results if isinstance(r, BaseException)]
    assert len(errors) == 1, results
    assert isinstance(errors[0], Conflict), repr(errors[0])
    assert "last changed by" in str(errors[0])
    winner = "anna" if isinstance(results[1], BaseException) else "boris"
    with anna.ctx.db.reading() as s:
        allocations = s.scalars(select(Allocation)).all()
        assert len(allocations) == 1
        assert allocations[0].frozen_by == winner
        assert s.scalar(select(func.count()).select_from(AllocationLine)) == 3
        freezes = s.scalars(select(AuditEvent.actor).where(AuditEvent.action == "allocation.freeze")).all()
        assert freezes == [winner]


def test_two_desktops_import_the_same_dealers_draft_at_the_same_moment(
    desktops: tuple[Services, Services], db: Database
) -> None:
    anna, boris = desktops
    use_clock(anna, dt.date(2026, 7, 1))
    boris.ctx.today = anna.ctx.today
    anna.years.create_year(2027)
    anna.dealers.register("D001", "Dealer One", "North", city="Moscow")

    def draft(who: Services, cost: int) -> Callable[[], Any]:
        acts = [ActivityInput("press", m, Decimal(cost), idea=f"ad {m}") for m in range(1, 13)]
        return lambda: who.plans.record_draft(2027, "D001", acts, source=f"{who.ctx.actor}.xlsx")

    for _ in range(5):
        results = _race(draft(anna, 1000), draft(boris, 2000))
        for r in results:  # serialised by the year lock: both recorded, one after the other, or a clear refusal
            assert not isinstance(r, BaseException) or isinstance(r, CoopDeskError), repr(r)
    with anna.ctx.db.reading() as s:
        drafts = s.scalars(select(PlanDraft).order_by(PlanDraft.number)).all()
        assert [d.number for d in drafts] == list(range(1, len(drafts) + 1))
        assert sum(d.is_current for d in drafts) == 1
        for d in drafts:
            n = s.scalar(select(func.count()).select_from(PlannedActivity).where(PlannedActivity.draft_id == d.id))
            assert n == 12
        events = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "draft.record"))
        assert events == len(drafts)

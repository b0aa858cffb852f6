"""Taking a mockup decision back: the reviewer's undo, the owner's reopening; never under a claim; the archive."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from coop_desk.errors import ClaimsRestOnMockup, Conflict, InvalidInput, PermissionDenied, Refused
from coop_desk.services import Services, mockup_reversals
from coop_desk.services.mockup_reversals import UNDO_WINDOW
from models import MockupStatus, ProgrammeYear, Role, Stage
from tests.factories import (
    ExecutionYear,
    approve_mockup,
    claim_input,
    expect_audit,
    mockup_file,
    unchanged,
    year_in_execution,
)

FEB = dt.date(2027, 2, 1)
MAR = dt.date(2027, 3, 5)


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    year = year_in_execution(services, dealers={"D001": [Decimal(20000), Decimal(8000)], "D002": [Decimal(5000)]})
    year.clock.set(FEB)
    return year


def _as(services: Services, role: Role | None, actor: str) -> None:
    services.ctx.role = role
    services.ctx.actor = actor


def _submitted(services: Services, ref: str) -> int:
    return services.mockups.submit(2027, ref, attachment_id=mockup_file(services, ref)).ids[0]


def _state(services: Services, mockup_id: int) -> tuple[object, ...]:
    v = services.mockups.get(mockup_id)
    return (v.status, v.other_brands, v.decided_on, v.decided_by, v.comment, v.rate)


@pytest.mark.parametrize("decision", ["approve", "reject", "request_changes"])
def test_undo_puts_the_mockup_back_exactly_as_it_was(services: Services, ex: ExecutionYear, decision: str) -> None:
    first = _submitted(services, ex.ref("D001"))
    waiting = _state(services, first)
    if decision == "approve":
        services.mockups.approve(first, 2, comment="fine")
    else:
        getattr(services.mockups, decision)(first, "not this one")
    decided = services.mockups.get(first)
    assert decided.status != MockupStatus.SUBMITTED
    with expect_audit(services, "mockup.undo"):
        changes = services.mockups.undo_decision(first, expected_version=decided.version)
    assert changes.ids == (first,) and changes.touches("claim") == (decision == "approve")
    after = services.mockups.get(first)
    assert _state(services, first) == waiting
    assert after.version == decided.version + 1
    assert [m.id for m in services.mockups.queue(2027)] == [first]
    entry = services.audit.entries(year=2027, action="mockup.undo")[0]
    assert entry.before["status"] == decided.status.value and entry.after["status"] == "submitted"
    # decided again after the undo: a normal decision
    services.mockups.approve(first, 0, expected_version=after.version)
    assert services.mockups.get(first).rate == Decimal("0.5")


def test_undo_only_by_the_one_who_decided_and_only_just_after(
    services: Services, ex: ExecutionYear, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _submitted(services, ex.ref("D001"))
    _as(services, Role.MARKETER, "anna")
    services.mockups.approve(first, 1)
    version = services.mockups.get(first).version
    _as(services, Role.MARKETER, "boris")
    with unchanged(services), pytest.raises(Refused, match="was decided by anna: only they can undo it"):
        services.mockups.undo_decision(first, expected_version=version)
    _as(services, Role.FINANCE, "anna")  # the same name with a role that may not decide
    with unchanged(services), pytest.raises(PermissionDenied):
        services.mockups.undo_decision(first, expected_version=version)
    _as(services, Role.MARKETER, "anna")
    with unchanged(services), pytest.raises(Conflict):
        services.mockups.undo_decision(first, expected_version=version - 1)
    later = dt.datetime.now(dt.UTC) + UNDO_WINDOW + dt.timedelta(seconds=5)
    monkeypatch.setattr(mockup_reversals, "now", lambda: later)
    with unchanged(services), pytest.raises(Refused, match="can no longer be undone"):
        services.mockups.undo_decision(first, expected_version=version)
    monkeypatch.undo()
    services.mockups.undo_decision(first, expected_version=version)
    with unchanged(services), pytest.raises(Refused, match="no decision to take back"):
        services.mockups.undo_decision(first, expected_version=version + 1)


def test_neither_undo_nor_reopen_while_a_claim_rests_on_the_mockup(services: Services, ex: ExecutionYear) -> None:
    ref = ex.ref("D001")
    mockup = approve_mockup(services, 2027, ref)
    ex.clock.set(MAR)
    claim = services.claims.file(2027, "D001", claim_input(ref, Decimal(1000), MAR, number="INV-77")).claim_id
    version = services.mockups.get(mockup).version
    with (
        unchanged(services),
        pytest.raises(ClaimsRestOnMockup, match=f"claim {claim} \\(invoice INV-77, submitted\\)") as refused,
    ):
        services.mockups.undo_decision(mockup, expected_version=version)
    assert refused.value.claim_ids == (claim,)
    with unchanged(services), pytest.raises(ClaimsRestOnMockup, match="claims rest on it") as refused:
        services.mockups.reopen(mockup, "wrong brand count", expected_version=version)
    assert refused.value.claim_ids == (claim,)
    services.claims.approve(claim)  # an approved claim rests on it all the more
    with unchanged(services), pytest.raises(ClaimsRestOnMockup, match="approved"):
        services.mockups.reopen(mockup, "wrong brand count")


@pytest.mark.parametrize("decision", ["approve", "reject", "request_changes"])
def test_the_owner_reopens_any_decision_with_a_reason(services: Services, ex: ExecutionYear, decision: str) -> None:
    first = _submitted(services, ex.ref("D001"))
    waiting = _state(services, first)
    if decision == "approve":
        services.mockups.approve(first, 0)
    else:
        getattr(services.mockups, decision)(first, "competitor's logo")
    decided = services.mockups.get(first)
    with unchanged(services), pytest.raises(InvalidInput, match="say why the decision is reopened"):
        services.mockups.reopen(first, "   ")
    _as(services, Role.MARKETER, "anna")
    with unchanged(services), pytest.raises(PermissionDenied, match="may not reopen mockup decisions"):
        services.mockups.reopen(first, "I changed my mind")
    _as(services, Role.OWNER, "olga")
    with expect_audit(services, "mockup.reopen"):
        services.mockups.reopen(first, "  The logo in the corner is a competitor's  ", expected_version=decided.version)
    assert _state(services, first) == waiting
    entry = services.audit.entries(year=2027, action="mockup.reopen")[0]
    assert entry.actor == "olga" and "The logo in the corner is a competitor's" in entry.summary
    assert entry.before["status"] == decided.status.value and entry.before["decided_by"] == "tester"
    assert entry.after["status"] == "submitted" and entry.after["reason"] == "The logo in the corner is a competitor's"


def test_reopen_waits_for_a_later_mockup_of_the_activity(services: Services, ex: ExecutionYear) -> None:
    ref = ex.ref("D001")
    first = _submitted(services, ref)
    services.mockups.request_changes(first, "bigger logo")
    second = _submitted(services, ref)
    with unchanged(services), pytest.raises(Refused, match=f"mockup 2 of the same activity \\(id {second}\\)"):
        services.mockups.reopen(first, "the first was fine")
    services.mockups.approve(second, 0)
    services.mockups.reopen(first, "the first was fine")  # nothing waits any more
    assert services.mockups.get(first).status == MockupStatus.SUBMITTED


def test_nothing_is_reopened_or_undone_outside_execution(services: Services, ex: ExecutionYear) -> None:
    first = _submitted(services, ex.ref("D001"))
    services.mockups.approve(first, 0)
    version = services.mockups.get(first).version
    with services.ctx.db.unit_of_work() as s:  # the year closed (its whole cycle is not what is tested here)
        s.execute(update(ProgrammeYear).where(ProgrammeYear.year == 2027).values(stage=Stage.CLOSED))
    with unchanged(services), pytest.raises(Refused, match="reopening a mockup decision"):
        services.mockups.reopen(first, "late")
    with unchanged(services), pytest.raises(Refused, match="undoing a mockup decision"):
        services.mockups.undo_decision(first, expected_version=version)
    # the archive still reads in the closed year
    assert [m.id for m in services.mockups.decided(2027)] == [first]


def test_the_archive_filters_by_dealer_channel_decision_and_day(services: Services, ex: ExecutionYear) -> None:
    a = _submitted(services, ex.ref("D001", 1))
    b = _submitted(services, ex.ref("D001", 2))
    c = _submitted(services, ex.ref("D002"))
    ex.clock.set(dt.date(2027, 2, 10))
    services.mockups.approve(a, 1, decided_on=dt.date(2027, 2, 3))
    services.mockups.reject(b, "no", decided_on=dt.date(2027, 2, 8))
    services.mockups.request_changes(c, "more", decided_on=dt.date(2027, 2, 10))
    archive = services.mockups.decided
    assert [m.id for m in archive(2027)] == [c, b, a]  # latest decision first
    assert [m.id for m in archive(2027, dealer_code=" d001 ")] == [b, a]
    assert [m.id for m in archive(2027, status=MockupStatus.REJECTED)] == [b]
    assert [m.id for m in archive(2027, decided_from=dt.date(2027, 2, 4), decided_to=dt.date(2027, 2, 8))] == [b]
    assert [m.id for m in archive(2027, decided_from=dt.date(2027, 2, 8))] == [c, b]  # both ends included
    assert archive(2027, channel="radio") == [] and len(archive(2027, channel="press")) == 3
    pending = _submitted(services, ex.ref("D002"))
    assert pending not in [m.id for m in archive(2027)]  # the queue is not the archive

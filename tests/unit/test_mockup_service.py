"""Mockups: submitted for an activity of the frozen plan, reviewed, the other brands recorded (R6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from coop_desk import rules
from coop_desk.errors import Conflict, InvalidInput, NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.lookup import approved_mockup
from models import MockupStatus
from tests.factories import ExecutionYear, approve_mockup, expect_audit, mockup_file, unchanged, year_in_execution

FEB = dt.date(2027, 2, 1)


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    year = year_in_execution(services, dealers={"D001": [Decimal(20000), Decimal(8000)], "D002": [Decimal(5000)]})
    year.clock.set(FEB)
    return year


def test_submit_numbers_the_mockups_of_an_activity_and_queues_them(services: Services, ex: ExecutionYear) -> None:
    ref = ex.ref("D001")
    with expect_audit(services, "mockup.submit"):
        changes = services.mockups.submit(2027, ref, title="  Half page, spring  ")
    assert changes.entity == "mockup" and changes.year == 2027
    view = services.mockups.get(changes.ids[0])
    assert (view.reference, view.number, view.status, view.title) == (
        ref,
        1,
        MockupStatus.SUBMITTED,
        "Half page, spring",
    )
    assert (view.dealer_code, view.region, view.channel, view.submitted_on) == ("D001", "North", "press", FEB)
    assert view.other_brands is None and view.rate_text == "" and view.version == 1
    assert [m.id for m in services.mockups.queue(2027)] == [view.id]

    services.mockups.request_changes(view.id, "Remove the competitor's logo")
    second = services.mockups.submit(2027, ref, title="v2").ids[0]
    assert services.mockups.get(second).number == 2
    assert [m.number for m in services.mockups.list_mockups(2027, dealer_code="d001")] == [1, 2]


def test_a_second_mockup_waits_until_the_first_is_decided(services: Services, ex: ExecutionYear) -> None:
    ref = ex.ref("D001")
    first = services.mockups.submit(2027, ref).ids[0]
    with unchanged(services), pytest.raises(Refused, match=rf"mockup 1 \(id {first}, submitted 2027-02-01\) is still"):
        services.mockups.submit(2027, ref)
    services.mockups.reject(first, "Wrong brand colours")
    assert services.mockups.get(services.mockups.submit(2027, ref).ids[0]).number == 2


@pytest.mark.parametrize(
    ("other_brands", "text"), [(0, "50 % (own brand only) = 50 %"), (2, "50 % / 3 brands = 16.67 %")]
)
def test_approve_records_the_other_brands_and_shows_the_rate(
    services: Services, ex: ExecutionYear, other_brands: int, text: str
) -> None:
    picture = mockup_file(services, "poster")
    mockup_id = services.mockups.submit(2027, ex.ref("D002"), attachment_id=picture).ids[0]
    ex.clock.set(dt.date(2027, 2, 4))
    with expect_audit(services, "mockup.approve"):
        changes = services.mockups.approve(mockup_id, other_brands, comment="fine")
    assert changes.touches("claim")
    view = services.mockups.get(mockup_id)
    assert view.status == MockupStatus.APPROVED and view.other_brands == other_brands
    assert view.decided_on == dt.date(2027, 2, 4) and view.decided_by == "tester" and view.comment == "fine"
    assert view.rate_text == text
    assert view.rate == rules.reimbursement_rate(other_brands, Decimal("0.5"))
    assert services.mockups.queue(2027) == []


@pytest.mark.parametrize("bad", [-1, 21, True, "2", Decimal(1)])
def test_other_brands_must_be_a_count_from_0_to_20(services: Services, ex: ExecutionYear, bad: object) -> None:
    mockup_id = services.mockups.submit(2027, ex.ref("D002")).ids[0]
    with unchanged(services), pytest.raises(InvalidInput, match="other brands"):
        services.mockups.approve(mockup_id, bad)  # type: ignore[arg-type]


def test_reject_and_request_changes_need_a_comment(services: Services, ex: ExecutionYear) -> None:
    mockup_id = services.mockups.submit(2027, ex.ref("D002")).ids[0]
    with unchanged(services):
        with pytest.raises(InvalidInput, match="comment"):
            services.mockups.reject(mockup_id, "  ")
        with pytest.raises(InvalidInput, match="comment"):
            services.mockups.request_changes(mockup_id, "")
    with expect_audit(services, "mockup.reject"):
        services.mockups.reject(mockup_id, "Off brand")
    view = services.mockups.get(mockup_id)
    assert view.status == MockupStatus.REJECTED and view.comment == "Off brand"

    other = services.mockups.submit(2027, ex.ref("D002")).ids[0]
    with expect_audit(services, "mockup.request_changes"):
        services.mockups.request_changes(other, "Bigger logo")
    assert services.mockups.get(other).status == MockupStatus.CHANGES_REQUESTED


@pytest.mark.parametrize("decision", ["approve", "reject", "request_changes"])
def test_only_a_submitted_mockup_can_be_decided(services: Services, ex: ExecutionYear, decision: str) -> None:
    mockup_id = approve_mockup(services, 2027, ex.ref("D002"))
    args = (1,) if decision == "approve" else ("again",)
    with unchanged(services), pytest.raises(Refused, match="is approved, not waiting for a decision"):
        getattr(services.mockups, decision)(mockup_id, *args)


def test_decision_dates_are_checked(services: Services, ex: ExecutionYear) -> None:
    mockup_id = services.mockups.submit(2027, ex.ref("D002")).ids[0]
    with unchanged(services):
        with pytest.raises(InvalidInput, match="before the submission"):
            services.mockups.approve(mockup_id, 0, decided_on=dt.date(2027, 1, 31))
        with pytest.raises(InvalidInput, match="in the future"):
            services.mockups.approve(mockup_id, 0, decided_on=dt.date(2027, 2, 2))
        with pytest.raises(InvalidInput, match="submitted on"):
            services.mockups.submit(2027, ex.ref("D001"), submitted_on=dt.date(2027, 3, 1))


def test_activity_must_be_in_the_frozen_plan(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [Decimal(1000), Decimal(2000)]}, drop=[("D001", 2)])
    dropped = ex.dropped[0]
    with unchanged(services):
        with pytest.raises(Refused, match=f"{dropped} is not in the frozen 2027 plan"):
            services.mockups.submit(2027, dropped)
        with pytest.raises(Refused, match="'D001-2027-09' is not an activity of the 2027 plan"):
            services.mockups.submit(2027, "D001-2027-09")


def test_mockups_only_at_stage_execution(services: Services, ex: ExecutionYear) -> None:
    services.years.create_year(2028)
    with unchanged(services), pytest.raises(Refused, match="stage drafting"):
        services.mockups.submit(2028, "D001-2028-01")


def test_unknown_mockup_and_attachment(services: Services, ex: ExecutionYear) -> None:
    with pytest.raises(NotFound):
        services.mockups.get(999)
    with pytest.raises(NotFound):
        services.mockups.approve(999, 0)
    with unchanged(services), pytest.raises(InvalidInput, match="attachment"):
        services.mockups.submit(2027, ex.ref("D001"), attachment_id=999)


def test_stale_version_is_a_conflict(services: Services, ex: ExecutionYear) -> None:
    mockup_id = services.mockups.submit(2027, ex.ref("D001")).ids[0]
    seen = services.mockups.get(mockup_id).version
    services.mockups.request_changes(mockup_id, "Smaller", expected_version=seen)
    with unchanged(services), pytest.raises(Conflict):
        services.mockups.approve(mockup_id, 0, expected_version=seen)


def test_approved_mockup_is_the_latest_approved(services: Services, ex: ExecutionYear) -> None:
    ref = ex.ref("D001")
    first = approve_mockup(services, 2027, ref, other_brands=1)
    second = approve_mockup(services, 2027, ref, other_brands=0)
    services.mockups.submit(2027, ref)  # a third one, still waiting
    activity_id = services.mockups.get(first).activity_id
    with services.ctx.db.reading() as s:
        latest = approved_mockup(s, activity_id)
        assert latest is not None and latest.id == second
    assert [m.status for m in services.mockups.list_mockups(2027, reference=ref)] == [
        MockupStatus.APPROVED,
        MockupStatus.APPROVED,
        MockupStatus.SUBMITTED,
    ]
    assert [m.id for m in services.mockups.list_mockups(2027, status=MockupStatus.APPROVED)] == [first, second]


def test_queue_is_oldest_first(services: Services, ex: ExecutionYear) -> None:
    late = services.mockups.submit(2027, ex.ref("D001"), submitted_on=dt.date(2027, 1, 30)).ids[0]
    early = services.mockups.submit(2027, ex.ref("D002"), submitted_on=dt.date(2027, 1, 20)).ids[0]
    same_day = services.mockups.submit(2027, ex.ref("D001", 2), submitted_on=dt.date(2027, 1, 30)).ids[0]
    assert [m.id for m in services.mockups.queue(2027)] == [early, late, same_day]

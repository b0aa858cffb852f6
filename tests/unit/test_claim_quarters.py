"""The quarter of a claim (R7) and sealed quarters, through the services, on every database.

The documents decide a claim's quarter: its acceptance act's date, else (until the act is given) its
invoice's, whatever template or quarter it came with. A closed quarter is sealed: nothing is filed,
completed, decided or paid into it and its report stays as it was at the close; a late claim for its work
counts in the next open quarter, marked with its work's quarter; it closes after its filing deadline (the
owner may close it earlier), in order, and without submitted or returned claims; the owner may reopen it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from coop_desk import rules
from coop_desk.errors import InvalidInput, PermissionDenied, Refused
from coop_desk.services import Services
from coop_desk.services.claim_views import ClaimInput
from models import ClaimStatus, ProgrammeYear, QuarterClose, Role, Stage
from tests.factories import (
    ExecutionYear,
    approve_mockup,
    audit_actions,
    claim_input,
    expect_audit,
    unchanged,
    year_in_execution,
)

FEB = dt.date(2027, 2, 1)  # mockups are approved
MAR = dt.date(2027, 3, 10)  # Q1 work
APR = dt.date(2027, 4, 10)  # Q2 work; Q1 claims are filed (deadline 30 April)
MAY = dt.date(2027, 5, 1)  # the day after Q1's deadline
Q1_DEADLINE = dt.date(2027, 4, 30)
D = Decimal


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    year = year_in_execution(
        services,
        dealers={"D001": [D(30000), D(30000)], "D002": [D(20000)], "D003": [D(400000)]},
        cap_ceiling=D(500000),
    )
    year.clock.set(FEB)
    for refs in year.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref, other_brands=0)
    year.clock.set(APR)
    return year


def file(services: Services, code: str, claim: ClaimInput) -> int:
    return services.claims.file(2027, code, claim).claim_id


def close_q1(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(MAY)
    services.claims.close_quarter(2027, 1)


def as_role(services: Services, role: Role | None) -> None:
    services.ctx.role = role
    services.ctx.actor = f"{role.value}-person" if role else "tester"


# --------------------------------------------------------------------------- the rules


def test_the_documents_decide_the_work_quarter() -> None:
    assert rules.work_quarter(2027, dt.date(2027, 3, 31), dt.date(2027, 5, 2)) == 1  # the act, not the invoice
    assert rules.work_quarter(2027, None, dt.date(2027, 4, 1)) == 2  # no act yet: the invoice
    assert rules.work_quarter(2027, dt.date(2028, 1, 9), dt.date(2027, 12, 20)) == 4  # signed after the year
    assert rules.work_quarter(2027, None, dt.date(2026, 12, 20)) == 1  # invoiced before the year
    assert rules.claim_deadline(2027, 1, 30) == Q1_DEADLINE
    assert rules.claim_deadline(2027, 4, 30) == dt.date(2028, 1, 30)


@given(work=st.integers(1, 4), closed=st.sets(st.integers(1, 4)))
def test_a_claim_counts_in_its_work_quarter_or_the_next_open_one(work: int, closed: set[int]) -> None:
    counted = rules.counted_quarter(work, closed)
    if work not in closed:
        assert counted == work
    elif counted is None:
        assert set(range(work, 5)) <= closed
    else:
        assert counted > work and counted not in closed
        assert set(range(work, counted)) <= closed  # the earliest open one after it


# --------------------------------------------------------------------------- point 4: the documents decide


def test_the_act_decides_the_quarter_and_its_deadline_not_the_template(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(dt.date(2027, 5, 5))
    # Q1's work sent with the Q2 template: a Q1 claim, judged by Q1's deadline (late)
    q1 = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR, quarter=2))
    view = services.claims.get(q1.claim_id)
    assert (view.quarter, view.work_quarter, view.deadline, view.late, q1.late) == (1, 1, Q1_DEADLINE, True, True)
    assert "filed with the Q2 template, but its documents date the work in Q1: Q1's deadline applies" in q1.message
    # Q2's work sent with the Q1 template: a Q2 claim, on time
    q2 = services.claims.file(
        2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, act_date=dt.date(2027, 4, 2), quarter=1)
    )
    view = services.claims.get(q2.claim_id)
    assert (view.quarter, view.work_quarter, view.deadline, view.late) == (2, 2, dt.date(2027, 7, 30), False)
    rows = {r.id: r for r in services.claims.rows(2027, [q1.claim_id, q2.claim_id])}
    assert (rows[q1.claim_id].deadline, rows[q1.claim_id].work_quarter) == (Q1_DEADLINE, None)
    assert rows[q2.claim_id].deadline == dt.date(2027, 7, 30)
    # a template's quarter is still checked, and completing cannot set one
    with unchanged(services), pytest.raises(InvalidInput, match="must be 1, 2, 3 or 4"):
        services.claims.file(2027, "D003", claim_input(ex.ref("D003"), D(100), MAR, quarter=0))


def test_without_an_act_the_invoice_decides_until_the_act_moves_it(services: Services, ex: ExecutionYear) -> None:
    result = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, missing=("act",)))
    assert result.status == ClaimStatus.RETURNED and not result.late
    view = services.claims.get(result.claim_id)
    assert (view.quarter, view.work_quarter, view.deadline) == (1, 1, Q1_DEADLINE)
    with unchanged(services), pytest.raises(InvalidInput, match="decided by the documents"):
        services.claims.complete(result.claim_id, quarter=2)
    done = services.claims.complete(result.claim_id, act_number="A-1", act_date=dt.date(2027, 4, 3))
    assert done.status == ClaimStatus.SUBMITTED and not done.late and "(Q2)" in done.message
    view = services.claims.get(result.claim_id)
    assert (view.quarter, view.work_quarter, view.deadline) == (2, 2, dt.date(2027, 7, 30))
    assert [c.id for c in services.claims.list_claims(2027, quarter=2)] == [result.claim_id]
    assert services.claims.list_claims(2027, quarter=1) == []


def test_an_act_of_a_closed_quarter_keeps_the_claim_open_and_judges_it_late(
    services: Services, ex: ExecutionYear
) -> None:
    """An invoice of Q2 without an act counts in Q2; the act, given later, dates the work in closed Q1."""
    close_q1(services, ex)
    result = services.claims.file(
        2027, "D002", claim_input(ex.ref("D002"), D(100), dt.date(2027, 4, 20), missing=("act",))
    )
    assert (services.claims.get(result.claim_id).quarter, result.late) == (2, False)
    done = services.claims.complete(result.claim_id, act_number="A-1", act_date=dt.date(2027, 3, 30))
    view = services.claims.get(result.claim_id)
    assert (view.quarter, view.work_quarter, view.deadline, view.late) == (2, 1, Q1_DEADLINE, True)
    assert done.late and "its work is of Q1, which is closed: it counts in Q2" in done.message


# --------------------------------------------------------------------------- point 5: late claims of closed quarters


def test_a_late_claim_for_a_closed_quarter_counts_in_the_next_open_one(services: Services, ex: ExecutionYear) -> None:
    on_time = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(1000), MAR, number="A-1")).claim_id
    services.claims.approve(on_time)
    close_q1(services, ex)
    q1_at_close = services.quarterly.report(2027, 1)
    late = services.claims.file(2027, "D003", claim_input(ex.ref("D003"), D(500), MAR))
    assert late.late and late.status == ClaimStatus.SUBMITTED
    view = services.claims.get(late.claim_id)
    assert (view.quarter, view.work_quarter, view.deadline) == (2, 1, Q1_DEADLINE)
    assert services.quarterly.report(2027, 1) == q1_at_close  # Q1 has not moved
    services.claims.override_late(late.claim_id, "agreed with the director")
    services.claims.approve(late.claim_id)
    q2 = services.quarterly.report(2027, 2)
    (row,) = [c for d in q2.dealers for c in d.claims]
    assert (row.claim_id, row.work_quarter, row.late, row.approved) == (late.claim_id, 1, True, D(250))
    (exception,) = q2.exceptions
    assert (exception.work_quarter, exception.deadline) == (1, Q1_DEADLINE)
    assert services.quarterly.report(2027, 1) == q1_at_close
    # Q1 and Q2 closed: Q1's work now counts in Q3
    ex.clock.set(dt.date(2027, 8, 1))
    services.claims.close_quarter(2027, 2)
    later = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR))
    assert (services.claims.get(later.claim_id).quarter, services.claims.get(later.claim_id).work_quarter) == (3, 1)


def test_a_claim_is_refused_when_no_quarter_is_open_for_it(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(dt.date(2028, 2, 1))
    for quarter in (1, 2, 3, 4):
        services.claims.close_quarter(2027, quarter)
    for day in (MAR, dt.date(2027, 12, 1)):
        with unchanged(services), pytest.raises(Refused) as refused:
            services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), day, number=f"N-{day}"))
        (line,) = refused.value.lines()
        assert f"Q{rules.quarter_of(day)} 2027, which is closed, and no later quarter of 2027 is open" in line
        assert "the programme owner can reopen a quarter" in line
    with expect_audit(services, "quarter.reopen"):
        services.claims.reopen_quarter(2027, 4, "two late invoices")
    first = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, number="N-1"))
    second = services.claims.file(2027, "D003", claim_input(ex.ref("D003"), D(100), dt.date(2027, 12, 1)))
    assert [
        (services.claims.get(r.claim_id).quarter, services.claims.get(r.claim_id).work_quarter) for r in (first, second)
    ] == [(4, 1), (4, 4)]


def _close_directly(services: Services, quarter: int) -> None:
    """Close a quarter the way an older version did: without looking at its returned claims."""
    with services.ctx.db.unit_of_work() as s:
        year_id = s.scalar(select(ProgrammeYear.id).where(ProgrammeYear.year == 2027))
        s.add(QuarterClose(year_id=year_id, quarter=quarter, closed_by="old version"))


def test_nothing_is_completed_decided_or_approved_into_a_closed_quarter(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(dt.date(2027, 5, 10))
    submitted = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR)).claim_id  # late
    returned = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, missing=("act",))).claim_id
    _close_directly(services, 1)
    sealed = "counts in Q1 2027, which is closed: its figures are sealed"
    with unchanged(services):
        for attempt in (
            lambda: services.claims.approve(submitted),
            lambda: services.claims.override_late(submitted, "ok"),
            lambda: services.claims.reject(submitted, "no"),
            lambda: services.claims.return_claim(submitted, "no"),
            lambda: services.claims.complete(returned, act_number="A-1", act_date=MAR),
            lambda: services.claims.reject(returned, "no"),
        ):
            with pytest.raises(Refused, match=sealed):
                attempt()


def test_a_payment_after_the_close_counts_in_its_own_quarter(services: Services, ex: ExecutionYear) -> None:
    first = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(1000), MAR, number="A-1")).claim_id
    second = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(600), MAR, number="B-1")).claim_id
    services.claims.approve(first)
    services.claims.approve(second)
    ex.clock.set(dt.date(2027, 4, 20))
    services.claims.record_payment(2027, "D001", dt.date(2027, 4, 20), D(200), {first: D(200)})  # in Q2, before close
    close_q1(services, ex)
    at_close = services.quarterly.report(2027, 1)
    paid = {c.claim_id: (c.paid, c.status) for d in at_close.dealers for c in d.claims}
    assert paid == {first: (D(200), ClaimStatus.APPROVED), second: (D(0), ClaimStatus.APPROVED)}
    with unchanged(services), pytest.raises(Refused, match=r"paid on: 2027-03-31 is in Q1 2027, which is closed"):
        services.claims.record_payment(2027, "D002", dt.date(2027, 3, 31), D(300), [second])
    ex.clock.set(dt.date(2027, 5, 6))
    services.claims.record_payment(2027, "D001", dt.date(2027, 5, 6), D(300), [first])  # the rest: paid in full
    services.claims.record_payment(2027, "D002", dt.date(2027, 5, 6), D(300), [second])
    assert services.claims.get(first).status == ClaimStatus.PAID
    assert services.quarterly.report(2027, 1) == at_close  # sealed: as it was at the close
    assert at_close.reconciles and at_close.position.due_to_date == D(600)
    q2 = services.quarterly.report(2027, 2)
    assert [p.amount for p in q2.payments] == [D(200), D(300), D(300)]  # each in the quarter of its date
    assert q2.position.due_to_date == D(0) and q2.reconciles


# --------------------------------------------------------------------------- closing and reopening


def test_a_quarter_closes_after_its_filing_deadline_unless_the_owner_says_otherwise(
    services: Services, ex: ExecutionYear
) -> None:
    for day in (APR, Q1_DEADLINE):  # over, but its claims may still be filed on time
        ex.clock.set(day)
        with unchanged(services), pytest.raises(Refused) as refused:
            services.claims.close_quarter(2027, 1)
        assert refused.value.lines() == [
            "Q1 2027: its claims may be filed on time until 2027-04-30: it can be closed from 2027-05-01 "
            "(the programme owner can close it earlier, with a reason)"
        ]
    as_role(services, Role.FINANCE)
    with unchanged(services), pytest.raises(PermissionDenied, match="before its filing deadline"):
        services.claims.close_quarter(2027, 1, before_deadline="the auditors come on Monday")
    as_role(services, Role.OWNER)
    with expect_audit(services, "quarter.close"):
        services.claims.close_quarter(2027, 1, before_deadline="the auditors come on Monday")
    entry = services.audit.entries(year=2027, limit=1, newest_first=True)[0]
    assert "before its filing deadline 2027-04-30: the auditors come on Monday" in entry.summary
    assert services.claims.closed_quarters(2027) == [1]


def test_quarters_close_in_order_and_not_with_open_claims(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(dt.date(2027, 8, 1))
    with unchanged(services), pytest.raises(Refused, match="Q1 2027 is still open: the quarters are closed in order"):
        services.claims.close_quarter(2027, 2)
    as_role(services, Role.FINANCE)
    services.claims.close_quarter(2027, 1)  # finance closes after the deadline, no reason needed
    services.claims.close_quarter(2027, 2)
    assert services.claims.closed_quarters(2027) == [1, 2]


def test_reopening_is_the_owners_audited_decision(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(dt.date(2027, 8, 1))
    services.claims.close_quarter(2027, 1)
    services.claims.close_quarter(2027, 2)
    for role in (Role.FINANCE, Role.MARKETER, Role.AGENCY, Role.AUDITOR):
        as_role(services, role)
        with unchanged(services), pytest.raises(PermissionDenied, match="may not reopen a quarter"):
            services.claims.reopen_quarter(2027, 2, "a late claim")
    as_role(services, Role.OWNER)
    with unchanged(services):
        with pytest.raises(InvalidInput, match="say why the quarter is reopened"):
            services.claims.reopen_quarter(2027, 2, "  ")
        with pytest.raises(Refused, match="Q2 2027 is closed after it: reopen the later quarters first"):
            services.claims.reopen_quarter(2027, 1, "a late claim")
        with pytest.raises(Refused, match="Q3 2027: is open: there is nothing to reopen"):
            services.claims.reopen_quarter(2027, 3, "a late claim")
    before = len(audit_actions(services))
    services.claims.reopen_quarter(2027, 2, "a late claim for Q1's work")
    assert audit_actions(services)[before:] == ["quarter.reopen"]
    entry = services.audit.entries(year=2027, limit=1, newest_first=True)[0]
    assert (entry.actor, entry.summary) == ("owner-person", "reopened Q2 2027: a late claim for Q1's work")
    assert services.claims.closed_quarters(2027) == [1]
    late = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR))
    assert services.claims.get(late.claim_id).quarter == 2
    # the year cannot go back before execution under closed quarters (their allocation is sealed)
    with unchanged(services), pytest.raises(Refused, match=r"has closed quarters \(Q1\): reopen them"):
        services.years.reopen(2027, Stage.ALLOCATION, "re-freeze")

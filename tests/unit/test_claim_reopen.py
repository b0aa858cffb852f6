"""Reopening a claim decision (the programme owner, audited, with a reason), on every database.

An approved, rejected or returned claim is submitted again; an approved claim's fixed amount is cleared on it
alone (the others keep theirs, R7 counts claims in the order they are approved) and approving it again fixes
it within what is left then. Never a claim a payment rests on, never in a closed quarter.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from coop_desk.errors import InvalidInput, PermissionDenied, Refused
from coop_desk.services import Services
from coop_desk.services.base import StageRequired
from coop_desk.services.claim_views import ClaimView
from models import ClaimStatus, ProgrammeYear, Role, Stage
from tests.factories import ExecutionYear, approve_mockup, claim_input, expect_audit, unchanged, year_in_execution

FEB, MAR, APR, MAY = dt.date(2027, 2, 1), dt.date(2027, 3, 10), dt.date(2027, 4, 10), dt.date(2027, 5, 1)
D = Decimal
FIXED = ("reimbursement", "rate", "verified_cost")


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    """D001: allocation 12 000 (four activities of 6 000 at 50 %); D002: 3 000."""
    year = year_in_execution(services, dealers={"D001": [D(6000)] * 4, "D002": [D(6000)]})
    assert year.allocation == {"D001": D(12000), "D002": D(3000)}
    year.clock.set(FEB)
    for refs in year.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref)
    year.clock.set(APR)
    return year


def file(services: Services, ex: ExecutionYear, n: int, cost: Decimal, code: str = "D001") -> int:
    return services.claims.file(2027, code, claim_input(ex.ref(code, n), cost, MAR)).claim_id


def fixed(services: Services, claim_id: int) -> tuple[object, ...]:
    c = services.claims.get(claim_id)
    return (c.status, c.reimbursement, c.rate, c.verified_cost, c.explanation)


def as_role(services: Services, role: Role | None) -> None:
    services.ctx.role = role
    services.ctx.actor = f"{role.value}-person" if role else "tester"


@pytest.fixture
def abc(services: Services, ex: ExecutionYear) -> tuple[int, int, int]:
    """A (8 000 → 4 000), B (6 000 → 3 000), C (16 000 → 8 000, limited to the 5 000 left) approved in order."""
    a, b, c = file(services, ex, 1, D(8000)), file(services, ex, 2, D(6000)), file(services, ex, 3, D(16000))
    for claim_id in (a, b, c):
        services.claims.approve(claim_id)
    assert [services.claims.get(i).reimbursement for i in (a, b, c)] == [D(4000), D(3000), D(5000)]
    return a, b, c


def test_reopening_an_approved_claim_leaves_the_others_amounts_as_they_are(
    services: Services, abc: tuple[int, int, int]
) -> None:
    a, b, c = abc
    others = {i: fixed(services, i) for i in (a, c)}
    assert "limited to the remaining allocation 5 000.00" in " ".join(services.claims.get(c).explanation)
    version = services.claims.get(b).version
    with expect_audit(services, "claim.reopen"):
        changes = services.claims.reopen(b, "the invoice was for another activity", expected_version=version)
    assert changes.ids == (b,)
    reopened: ClaimView = services.claims.get(b)
    assert reopened.status == ClaimStatus.SUBMITTED
    assert (reopened.reimbursement, reopened.rate, reopened.verified_cost) == (None, None, None)
    assert reopened.decided_by == "" and reopened.decided_at is None
    assert {i: fixed(services, i) for i in (a, c)} == others  # every other claim keeps its fixed amount
    assert services.claims.remaining(2027, "D001") == D(3000)  # 12 000 − 4 000 − 5 000
    entry = services.audit.entries(action="claim.reopen")[-1]
    assert "reopened" in str(entry.summary) and "another activity" in str(entry.summary)
    assert entry.before["status"] == "approved" and entry.before["reimbursement"] == "3000.00"
    assert entry.after["status"] == "submitted" and entry.after["reimbursement"] is None
    # approved again: R7 at its new approval, counted after A and C (3 000 left, the whole of B's 3 000)
    services.claims.approve(b)
    again = services.claims.get(b)
    assert again.status == ClaimStatus.APPROVED and again.reimbursement == D(3000)
    assert {i: fixed(services, i) for i in (a, c)} == others
    assert services.claims.remaining(2027, "D001") == D(0)


def test_reopened_then_approved_after_the_allocation_was_used_up_gets_what_is_left(
    services: Services, ex: ExecutionYear, abc: tuple[int, int, int]
) -> None:
    a, b, c = abc
    services.claims.reopen(b, "wrong brand count")
    d = file(services, ex, 4, D(8000))
    services.claims.approve(d)  # 4 000 at the rate, limited to the 3 000 B left
    assert services.claims.get(d).reimbursement == D(3000)
    services.claims.approve(b)
    assert services.claims.get(b).reimbursement == D(0)  # nothing left: R7 limits it to 0
    assert [services.claims.get(i).reimbursement for i in (a, c, d)] == [D(4000), D(5000), D(3000)]
    assert services.claims.remaining(2027, "D001") == D(0)


def test_a_rejected_or_returned_claim_is_submitted_again(services: Services, ex: ExecutionYear) -> None:
    rejected, returned = file(services, ex, 1, D(1000)), file(services, ex, 2, D(1000))
    services.claims.reject(rejected, "not our brand")
    services.claims.return_claim(returned, "the act is not signed")
    with expect_audit(services, "claim.reopen", "claim.reopen"):
        services.claims.reopen(rejected, "our brand after all")
        services.claims.reopen(returned, "the signature is on page 2")
    for claim_id in (rejected, returned):
        view = services.claims.get(claim_id)
        assert (view.status, view.reason) == (ClaimStatus.SUBMITTED, "")
    services.claims.approve(rejected)
    assert services.claims.get(rejected).reimbursement == D(500)


def test_a_rejected_claim_with_documents_missing_goes_back_to_returned(services: Services, ex: ExecutionYear) -> None:
    incomplete = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(1000), MAR, missing=("act",)))
    assert incomplete.status == ClaimStatus.RETURNED
    with unchanged(services), pytest.raises(Refused, match=r"still incomplete .*complete it instead"):
        services.claims.reopen(incomplete.claim_id, "try again")  # returned and still incomplete: complete it
    services.claims.reject(incomplete.claim_id, "no act")
    services.claims.reopen(incomplete.claim_id, "the dealer will send the act")
    view = services.claims.get(incomplete.claim_id)
    assert view.status == ClaimStatus.RETURNED and "missing" in str(view.reason)


def test_a_paid_or_part_paid_claim_is_refused_naming_the_payment(services: Services, abc: tuple[int, int, int]) -> None:
    a, b, _c = abc
    services.claims.record_payment(2027, "D001", APR, D(4000), [a])
    services.claims.record_payment(2027, "D001", APR, D(1000), {b: D(1000)})
    pays = {p.items[0].claim_id: p.id for p in services.claims.payments(2027)}
    with unchanged(services):
        with pytest.raises(Refused, match=rf"paid or part-paid \(payment {pays[a]} of 2027-04-10\).*reverse"):
            services.claims.reopen(a, "mistake")
        with pytest.raises(Refused, match=rf"payment {pays[b]} of 2027-04-10"):
            services.claims.reopen(b, "mistake")  # part-paid: still approved, but a payment rests on it
    services.claims.reverse_payment(pays[b], "paid to the wrong dealer")
    services.claims.reopen(b, "now nothing rests on it")
    assert services.claims.get(b).status == ClaimStatus.SUBMITTED


def test_a_claim_of_a_closed_quarter_is_refused_naming_the_quarter(
    services: Services, ex: ExecutionYear, abc: tuple[int, int, int]
) -> None:
    a = abc[0]
    ex.clock.set(MAY)
    services.claims.close_quarter(2027, 1)
    with unchanged(services), pytest.raises(Refused, match=r"counts in Q1 2027, which is closed.*reopen the quarter"):
        services.claims.reopen(a, "mistake")
    services.claims.reopen_quarter(2027, 1, "a decision must be reopened")
    services.claims.reopen(a, "mistake")
    assert services.claims.get(a).status == ClaimStatus.SUBMITTED


def test_nothing_to_reopen_no_reason_stale_version(services: Services, ex: ExecutionYear) -> None:
    submitted = file(services, ex, 1, D(1000))
    with unchanged(services):
        with pytest.raises(Refused, match="is submitted: there is no decision to reopen"):
            services.claims.reopen(submitted, "why")
        with pytest.raises(InvalidInput, match="say why the decision is reopened"):
            services.claims.reopen(submitted, "  ")
    services.claims.approve(submitted)
    stale = services.claims.get(submitted).version - 1
    with unchanged(services), pytest.raises(Exception, match="changed by somebody else"):
        services.claims.reopen(submitted, "why", expected_version=stale)


@pytest.mark.parametrize("role", [Role.MARKETER, Role.FINANCE, Role.AGENCY, Role.AUDITOR])
def test_only_the_owner_reopens(services: Services, abc: tuple[int, int, int], role: Role) -> None:
    as_role(services, role)
    with unchanged(services), pytest.raises(PermissionDenied, match="may not reopen claim decisions"):
        services.claims.reopen(abc[1], "mistake")
    as_role(services, Role.OWNER)
    services.claims.reopen(abc[1], "mistake")


def test_not_in_a_closed_year(services: Services, ex: ExecutionYear, abc: tuple[int, int, int]) -> None:
    ex.clock.set(dt.date(2028, 2, 1))
    for quarter in (1, 2, 3, 4):
        services.claims.close_quarter(2027, quarter)
    services.years.advance(2027, confirm_missing=True)  # evaluation: still open to claims
    with pytest.raises(Refused, match="closed"):
        services.claims.reopen(abc[0], "mistake")  # its quarter is sealed
    with services.ctx.db.unit_of_work() as s:  # closed (the efficiency report is not what this is about)
        s.scalars(select(ProgrammeYear).where(ProgrammeYear.year == 2027)).one().stage = Stage.CLOSED
    with unchanged(services), pytest.raises(StageRequired):
        services.claims.reopen(abc[0], "mistake")

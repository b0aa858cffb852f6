"""Nothing approved without evidence: no mockup approved without its file, no claim filed without an allocation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from coop_desk.errors import Refused
from coop_desk.services import Services
from coop_desk.services.mockups import NO_FILE
from models import Allocation, AllocationLine, ClaimStatus, Dealer, MockupStatus
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
MAR = dt.date(2027, 3, 10)
APR = dt.date(2027, 4, 10)
D = Decimal


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    year = year_in_execution(services, dealers={"D001": [D(30000), D(30000), D(30000)], "D002": [D(20000)]})
    year.clock.set(FEB)
    for refs in year.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref)
    year.clock.set(APR)
    return year


def _file(services: Services, ex: ExecutionYear, code: str, n: int, number: str, day: dt.date = MAR) -> int:
    result = services.claims.file(ex.year, code, claim_input(ex.ref(code, n), D(1000), day, number=number))
    assert result.status == ClaimStatus.SUBMITTED, result.message
    return result.claim_id


# --------------------------------------------------------------------------- nothing approved without evidence


def test_a_mockup_without_a_file_cannot_be_approved(services: Services, ex: ExecutionYear) -> None:
    services.claims.reject(_file(services, ex, "D001", 1, "Z-1"), "make room for a new mockup")
    ref = ex.ref("D001", 1)
    bare = services.mockups.submit(2027, ref, title="only a title").ids[0]
    view = services.mockups.get(bare)
    assert view.attachment_id is None and view.approval_refusal == NO_FILE
    with unchanged(services), pytest.raises(Refused) as refused:
        services.mockups.approve(bare, 0)
    assert refused.value.lines() == [
        "mockup 2 of " + ref + ": has no file: only a mockup the reviewer can see can be approved "
        "(reject it or request changes)"
    ]
    assert services.mockups.get(bare).status == MockupStatus.SUBMITTED
    # it can be sent back; the next one, with its file, can be approved
    with expect_audit(services, "mockup.request_changes"):
        services.mockups.request_changes(bare, "Send the layout itself, not only its title")
    picture = mockup_file(services, "layout")
    with_file = services.mockups.submit(2027, ref, attachment_id=picture).ids[0]
    assert services.mockups.get(with_file).approval_refusal == ""
    services.mockups.approve(with_file, 1)
    assert services.mockups.get(with_file).status == MockupStatus.APPROVED
    # or rejected
    ref2 = ex.ref("D001", 2)
    services.claims.reject(_file(services, ex, "D001", 2, "Z-2"), "make room")
    another = services.mockups.submit(2027, ref2).ids[0]
    services.mockups.reject(another, "No layout")
    assert services.mockups.get(another).status == MockupStatus.REJECTED


def _set_allocation(services: Services, code: str, amount: Decimal | None) -> None:
    """Give a dealer of the frozen allocation 0.00 (as a dealer below the threshold gets) or no line at all."""
    with services.ctx.db.unit_of_work() as s:
        dealer_id = s.scalars(select(Dealer.id).where(Dealer.code == code)).one()
        lines = select(AllocationLine.id).join(Allocation).where(AllocationLine.dealer_id == dealer_id)
        if amount is None:
            s.execute(delete(AllocationLine).where(AllocationLine.id.in_(lines)))
        else:
            s.execute(update(AllocationLine).where(AllocationLine.id.in_(lines)).values(amount=amount))


def test_a_claim_of_a_dealer_allocated_nothing_is_refused_when_filed(services: Services, ex: ExecutionYear) -> None:
    _set_allocation(services, "D002", D("0.00"))
    with unchanged(services), pytest.raises(Refused) as refused:
        services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(1000), MAR))
    assert refused.value.lines() == [
        f"claim for {ex.ref('D002')}: dealer D002 was allocated 0.00 EUR in 2027: a claim is reimbursed from the "
        "dealer's allocation, so there is nothing to reimburse it from"
    ]
    _set_allocation(services, "D002", None)
    with unchanged(services), pytest.raises(Refused) as refused:
        services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(1000), MAR, where="Q1.xlsx, row 3"))
    assert refused.value.lines() == [
        "Q1.xlsx, row 3: dealer D002 has no allocation in 2027: a claim is reimbursed from the dealer's allocation"
    ]
    # a dealer with an allocation files as before
    assert services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(1000), MAR)).status == (
        ClaimStatus.SUBMITTED
    )

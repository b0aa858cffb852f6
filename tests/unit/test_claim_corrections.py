"""Issue 10, points 6 and 9: correcting claims (returned for a date, the exchange rate, payment dates) and
explanations that match what was stored (the remaining allocation at approval)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from coop_desk.errors import Conflict, InvalidInput, Refused
from coop_desk.permissions import may
from coop_desk.services import Services
from coop_desk.text import Text, from_json, join, to_json
from models import Claim, ClaimStatus, Role
from tests.factories import ExecutionYear, approve_mockup, claim_input, expect_audit, unchanged, year_in_execution

FEB = dt.date(2027, 2, 1)
MAR = dt.date(2027, 3, 10)
APR = dt.date(2027, 4, 10)
D = Decimal


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    """D001: allocation 1 000 (two activities of 1 000 each); D002: 5 000."""
    year = year_in_execution(services, dealers={"D001": [D(1000), D(1000)], "D002": [D(10000)]})
    assert year.allocation == {"D001": D(1000), "D002": D(5000)}
    year.clock.set(FEB)
    for refs in year.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref, other_brands=0)
    year.clock.set(APR)
    return year


def _foreign(ex: ExecutionYear, rate: str = "0.9", **kw: object) -> object:
    return claim_input(ex.ref("D002"), D("1000.00"), MAR, currency="USD", exchange_rate=D(rate), **kw)


# --------------------------------------------------------------------------- 6: a date typo is correctable


def test_a_claim_returned_for_its_act_date_is_corrected_and_approved(services: Services, ex: ExecutionYear) -> None:
    jan = dt.date(2027, 1, 30)  # the dealer typed January for March
    result = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(800), MAR, act_date=jan))
    assert result.status == ClaimStatus.RETURNED and "before mockup 1 was approved on 2027-02-01" in result.message
    with unchanged(services), pytest.raises(Refused, match="is returned: only a submitted claim can be approved"):
        services.claims.approve(result.claim_id)
    still = services.claims.complete(result.claim_id, act_date=dt.date(2027, 1, 31))  # still before: still returned
    assert still.status == ClaimStatus.RETURNED and "dated 2027-01-31" in still.message
    assert services.claims.complete(result.claim_id, act_date=FEB).status == ClaimStatus.SUBMITTED  # the same day
    services.claims.approve(result.claim_id)
    assert services.claims.get(result.claim_id).reimbursement == D("400.00")


# --------------------------------------------------------------------------- 6: the exchange rate


def test_finance_sets_the_rate_before_approval(services: Services, ex: ExecutionYear) -> None:
    claim_id = services.claims.file(2027, "D002", _foreign(ex)).claim_id
    version = services.claims.get(claim_id).version
    with expect_audit(services, "claim.set_rate"):
        changes = services.claims.set_rate(claim_id, D("0.95"), expected_version=version)
    assert changes.ids == (claim_id,)
    view = services.claims.get(claim_id)
    assert view.exchange_rate == D("0.95") and view.status == ClaimStatus.SUBMITTED
    assert "invoice 1 000.00 USD × 0.95 = 950.00 EUR" in view.explanation
    with unchanged(services), pytest.raises(Conflict, match="changed by somebody else"):
        services.claims.set_rate(claim_id, D("0.8"), expected_version=version)  # stale
    services.claims.approve(claim_id)
    assert services.claims.get(claim_id).reimbursement == D("475.00")
    with unchanged(services), pytest.raises(Refused, match="is approved: the exchange rate can be set only before"):
        services.claims.set_rate(claim_id, D("0.9"))


def test_the_rate_of_a_returned_claim_can_be_corrected(services: Services, ex: ExecutionYear) -> None:
    claim_id = services.claims.file(2027, "D002", _foreign(ex, "92.5", missing=("act",))).claim_id  # a typo
    services.claims.set_rate(claim_id, D("0.925"))
    view = services.claims.get(claim_id)
    assert (view.status, view.exchange_rate) == (ClaimStatus.RETURNED, D("0.925"))


@pytest.mark.parametrize(
    ("rate", "message"),
    [(D(0), "needs a positive exchange rate"), (D("-1"), "needs a positive"), (0.9, "needs a positive")],
)
def test_a_bad_rate_is_refused(services: Services, ex: ExecutionYear, rate: object, message: str) -> None:
    claim_id = services.claims.file(2027, "D002", _foreign(ex)).claim_id
    with unchanged(services), pytest.raises(InvalidInput, match=message):
        services.claims.set_rate(claim_id, rate)  # type: ignore[arg-type]


def test_a_claim_in_the_programme_currency_has_no_rate(services: Services, ex: ExecutionYear) -> None:
    claim_id = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR)).claim_id
    with unchanged(services), pytest.raises(Refused, match="invoiced in EUR, the programme's currency"):
        services.claims.set_rate(claim_id, D("0.9"))


def test_only_finance_and_the_owner_set_rates() -> None:
    assert may(Role.FINANCE, "claims.set_rate") and may(Role.OWNER, "claims.set_rate")
    assert not any(may(r, "claims.set_rate") for r in (Role.MARKETER, Role.AGENCY, Role.AUDITOR))


# --------------------------------------------------------------------------- 6: payment dates


def test_a_payment_cannot_be_dated_before_the_approval(services: Services, ex: ExecutionYear) -> None:
    first = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, number="P-1")).claim_id
    services.claims.approve(first)  # on 10 April (the services' clock)
    ex.clock.set(dt.date(2027, 4, 20))
    second = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(200), MAR, number="P-2")).claim_id
    services.claims.approve(second)  # on 20 April
    assert services.claims.get(second).decided_at.date() == dt.date(2027, 4, 20)  # type: ignore[union-attr]
    with unchanged(services), pytest.raises(Refused) as refused:
        services.claims.record_payment(2027, "D002", dt.date(2027, 4, 15), D(150), [first, second])
    assert str(refused.value) == (
        f"claim {second}: was approved on 2027-04-20: a payment for it cannot be dated 2027-04-15, before its approval"
    )
    with unchanged(services), pytest.raises(InvalidInput, match="must be a date not after 2027-04-20"):
        services.claims.record_payment(2027, "D002", dt.date(2027, 4, 21), D(150), [first, second])
    services.claims.record_payment(2027, "D002", dt.date(2027, 4, 15), D(50), [first])  # after its own approval
    services.claims.record_payment(2027, "D002", dt.date(2027, 4, 20), D(100), [second])  # the approval day itself


# --------------------------------------------------------------------------- 9: the limit as it was


def _limited_pair(services: Services, ex: ExecutionYear) -> tuple[int, int]:
    first = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(1600), MAR, number="L-1")).claim_id
    second = services.claims.file(2027, "D001", claim_input(ex.ref("D001", 2), D(1000), MAR, number="L-2")).claim_id
    services.claims.approve(first)  # 800 of 1 000
    services.claims.approve(second)  # 500, cut to the 200 left
    return first, second


def test_the_remaining_allocation_is_stored_at_approval(services: Services, ex: ExecutionYear) -> None:
    first, second = _limited_pair(services, ex)
    with services.ctx.db.reading() as s:
        assert s.get_one(Claim, first).remaining_at_approval == D(1000)
        assert s.get_one(Claim, second).remaining_at_approval == D(200)
    # The approval moments are rewritten (a clock set back, a restored backup): the explanation does not move.
    with services.ctx.db.unit_of_work() as s:
        s.execute(
            update(Claim)
            .where(Claim.id == first)
            .values(decided_at=dt.datetime(2027, 5, 1, tzinfo=dt.UTC))
            .execution_options(synchronize_session=False)
        )
    view = services.claims.get(second)
    assert view.reimbursement == D(200)
    assert view.explanation[-2] == "remaining allocation = 1 000.00 allocated − 800.00 approved before = 200.00"
    assert services.claims.get(first).explanation[-2] == (
        "remaining allocation = 1 000.00 allocated − 0.00 approved before = 1 000.00"
    )


def test_claims_approved_before_0006_keep_the_reconstruction(services: Services, ex: ExecutionYear) -> None:
    first, second = _limited_pair(services, ex)
    with services.ctx.db.unit_of_work() as s:  # as a database migrated from 0002 holds them
        s.execute(update(Claim).values(remaining_at_approval=None).execution_options(synchronize_session=False))
    assert services.claims.get(second).explanation[-2] == (
        "remaining allocation = 1 000.00 allocated − 800.00 approved before = 200.00"
    )


# --------------------------------------------------------------------------- 10: reasons as template + values


def test_a_reason_round_trips_through_json(services: Services, ex: ExecutionYear) -> None:
    inner = Text("missing: {items}", items=join([Text("payment order"), Text("acceptance act date")], ", "))
    outer = Text("{a} on {day} for {amount}", a=inner, day=dt.date(2027, 1, 2), amount=D("1.50"))
    back = from_json(to_json(outer))
    assert back == outer and isinstance(back, Text) and back.template == outer.template
    assert back.params["day"] == dt.date(2027, 1, 2) and back.params["amount"] == D("1.50")
    assert back.params["a"].template == "missing: {items}"
    assert from_json(to_json("typed by a person")) == "typed by a person"
    result = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, missing=("act",)))
    reason = services.claims.get(result.claim_id).reason
    assert isinstance(reason, Text) and reason.template == "missing: {items}" and reason == "missing: acceptance act"
    services.claims.complete(result.claim_id, act_number="A-1", act_date=MAR)
    services.claims.return_claim(result.claim_id, "Скан нечитаем")
    reason = services.claims.get(result.claim_id).reason
    assert reason == "Скан нечитаем" and not (isinstance(reason, Text) and reason.params)

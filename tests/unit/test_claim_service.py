"""Claims (R6, R7, R8), payments and quarter closing, through the services, on every database."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal, localcontext

import pytest

from coop_desk.errors import Conflict, DuplicateClaim, InvalidInput, NoApprovedMockup, NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.claim_list import LATE_ACCEPTED, LATE_NEEDS_OVERRIDE, ClaimFilter
from coop_desk.services.claim_views import ClaimInput
from models import Attachment, ClaimStatus
from tests.factories import (
    ExecutionYear,
    approve_mockup,
    claim_input,
    expect_audit,
    unchanged,
    year_in_execution,
)

FEB = dt.date(2027, 2, 1)  # mockups are approved
MAR = dt.date(2027, 3, 10)  # the ads run: invoices, payment orders, acts
APR = dt.date(2027, 4, 10)  # claims for Q1 are filed (deadline 30 April)
D = Decimal


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    """D001: allocation 30 000 (two activities); D002: 10 000; D003: 200 000 (cap ceiling 500 000)."""
    year = year_in_execution(
        services,
        dealers={"D001": [D(30000), D(30000)], "D002": [D(20000)], "D003": [D(400000)]},
        cap_ceiling=D(500000),
    )
    assert year.allocation == {"D001": D(30000), "D002": D(10000), "D003": D(200000)}
    year.clock.set(FEB)
    for refs in year.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref, other_brands=0)
    year.clock.set(APR)
    return year


def file_ok(services: Services, ex: ExecutionYear, code: str, claim: ClaimInput) -> int:
    result = services.claims.file(ex.year, code, claim)
    assert result.status == ClaimStatus.SUBMITTED, result.message
    return result.claim_id


def approved(services: Services, ex: ExecutionYear, code: str, claim: ClaimInput) -> int:
    claim_id = file_ok(services, ex, code, claim)
    services.claims.approve(claim_id)
    return claim_id


# --------------------------------------------------------------------------- R6, R7: the amount


@pytest.mark.parametrize(
    ("other_brands", "expected", "formula"),
    [
        (0, "100000.00", "50 % (own brand only) = 100 000.00"),
        (1, "50000.00", "50 % / 2 brands = 50 000.00"),
        (2, "33333.33", "50 % / 3 brands = 33 333.33"),
    ],
)
def test_brand_rule_worked_example(services: Services, other_brands: int, expected: str, formula: str) -> None:
    ex = year_in_execution(services, dealers={"D003": [D(400000)]}, cap_ceiling=D(500000), today=FEB)
    approve_mockup(services, 2027, ex.ref("D003"), other_brands=other_brands)
    ex.clock.set(APR)
    with expect_audit(services, "claim.file"):
        claim_id = file_ok(services, ex, "D003", claim_input(ex.ref("D003"), D(200000), MAR))
    with expect_audit(services, "claim.approve"):
        changes = services.claims.approve(claim_id)
    assert changes.ids == (claim_id,) and changes.touches("allocation")
    view = services.claims.get(claim_id)
    assert view.status == ClaimStatus.APPROVED and view.other_brands == other_brands
    assert view.verified_cost == D("200000.00") and view.reimbursement == D(expected)
    assert view.rate is not None
    with localcontext(prec=100):  # the stored rate is the rate itself (rounded up far below a cent), never 0.1667
        excess = view.rate * (1 + other_brands) - D("0.5")
    assert D(0) <= excess < D("1e-44")
    amount = formula.rsplit("= ", 1)[1]
    assert view.explanation[-1] == f"min(200 000.00, 200 000.00) × {formula}: reimbursement {amount} EUR"
    assert services.claims.remaining(2027, "D003") == D(200000) - D(expected)


def test_reimbursement_is_limited_by_the_remaining_allocation(services: Services, ex: ExecutionYear) -> None:
    first = approved(services, ex, "D001", claim_input(ex.ref("D001"), D(56000), MAR, number="A-1"))
    assert services.claims.get(first).reimbursement == D(28000)
    assert services.claims.remaining(2027, "D001") == D(2000)
    second = approved(services, ex, "D001", claim_input(ex.ref("D001", 2), D(20000), MAR, number="A-2"))
    view = services.claims.get(second)
    assert view.reimbursement == D(2000) and view.verified_cost == D(20000)
    assert view.explanation[-2] == "remaining allocation = 30 000.00 allocated − 28 000.00 approved before = 2 000.00"
    assert "= 10 000.00, limited to the remaining allocation 2 000.00 → 2 000.00" in view.explanation[-1]
    assert "0.00 approved before = 30 000.00" in services.claims.get(first).explanation[-2]  # approval order
    third = approved(services, ex, "D001", claim_input(ex.ref("D001"), D(1000), MAR, number="A-3"))
    assert services.claims.get(third).reimbursement == D(0)
    assert services.claims.remaining(2027, "D001") == D(0)


def test_verified_cost_is_the_smaller_of_invoiced_and_paid(services: Services, ex: ExecutionYear) -> None:
    claim_id = approved(services, ex, "D002", claim_input(ex.ref("D002"), D("1200.00"), MAR, paid=D("1150.00")))
    view = services.claims.get(claim_id)
    assert view.verified_cost == D("1150.00") and view.reimbursement == D("575.00")


def test_foreign_currency_is_converted_half_up_before_the_rule(services: Services, ex: ExecutionYear) -> None:
    claim = claim_input(ex.ref("D002"), D("1000.05"), MAR, paid=D("1300.00"), currency="usd", exchange_rate=D("0.9"))
    claim_id = approved(services, ex, "D002", claim)
    view = services.claims.get(claim_id)
    assert (view.currency, view.exchange_rate, view.invoice_amount) == ("USD", D("0.9"), D("1000.05"))
    assert view.verified_cost == D("900.05")  # 900.045 rounded half-up, then min(900.05, 1 170.00)
    assert view.reimbursement == D("450.03")  # 450.025 rounded half-up
    assert "invoice 1 000.05 USD × 0.9 = 900.05 EUR" in view.explanation


@pytest.mark.parametrize(
    ("currency", "rate", "message"),
    [
        ("USD", D(0), "needs a positive exchange rate"),
        ("USD", 0.92, "needs a positive exchange rate"),
        ("EUR", D("0.9"), "applies only to an invoice in another currency"),
        ("EURO", None, "three-letter code"),
    ],
)
def test_exchange_rate_is_checked(
    services: Services, ex: ExecutionYear, currency: str, rate: object, message: str
) -> None:
    claim = claim_input(ex.ref("D002"), D(100), MAR, currency=currency, exchange_rate=rate)
    with unchanged(services), pytest.raises(InvalidInput, match=message):
        services.claims.file(2027, "D002", claim)


# --------------------------------------------------------------------------- filing: stored states


def test_missing_documents_return_the_claim_until_completed(services: Services, ex: ExecutionYear) -> None:
    ref = ex.ref("D002")
    result = services.claims.file(2027, "D002", claim_input(ref, D(1000), MAR, missing=("payment order", "act")))
    assert result.status == ClaimStatus.RETURNED and not result.late
    assert services.claims.get(result.claim_id).reason == "missing: payment order, acceptance act"
    assert services.claims.get(result.claim_id).quarter == 1  # from the invoice date without an act

    with expect_audit(services, "claim.complete"):
        again = services.claims.complete(
            result.claim_id, payment_order_number="PO-7", payment_order_date=MAR, paid_amount=D(1000), act_number="A-7"
        )
    assert again.status == ClaimStatus.RETURNED
    assert services.claims.get(result.claim_id).reason == "missing: acceptance act date"

    with expect_audit(services, "claim.complete"):
        done = services.claims.complete(result.claim_id, act_date=dt.date(2027, 3, 20))
    assert done.status == ClaimStatus.SUBMITTED and "submitted for review" in done.message
    view = services.claims.get(result.claim_id)
    assert (view.status, view.reason, view.act_date, view.paid_amount) == (
        ClaimStatus.SUBMITTED,
        "",
        dt.date(2027, 3, 20),
        D(1000),
    )


def test_complete_only_a_returned_claim_with_known_fields(services: Services, ex: ExecutionYear) -> None:
    claim_id = file_ok(services, ex, "D002", claim_input(ex.ref("D002"), D(1000), MAR))
    with unchanged(services):
        with pytest.raises(Refused, match="only a returned claim can be completed"):
            services.claims.complete(claim_id, vendor="Other")
        with pytest.raises(InvalidInput, match="a claim stays on its activity"):
            services.claims.complete(claim_id, reference=ex.ref("D001"))
        with pytest.raises(InvalidInput, match="colour: is not a field"):
            services.claims.complete(claim_id, colour="red")


def test_act_before_the_mockup_approval_is_returned_when_filed(services: Services, ex: ExecutionYear) -> None:
    claim = claim_input(ex.ref("D002"), D(1000), dt.date(2027, 1, 20), act_date=dt.date(2027, 1, 25))
    with expect_audit(services, "claim.file"):
        result = services.claims.file(2027, "D002", claim)
    assert result.status == ClaimStatus.RETURNED  # issue 10.6: returned, so a mistyped date can be corrected
    view = services.claims.get(result.claim_id)
    assert "dated 2027-01-25, before mockup 1 was approved on 2027-02-01" in view.reason
    assert f"returned to the dealer: {view.reason}" in view.explanation
    with unchanged(services):
        for attempt in (
            lambda: services.claims.approve(result.claim_id),
            lambda: services.claims.return_claim(result.claim_id, "again"),
        ):
            with pytest.raises(Refused, match="is returned"):
                attempt()
    done = services.claims.complete(result.claim_id, act_date=MAR)  # the typo corrected
    assert done.status == ClaimStatus.SUBMITTED
    assert services.claims.get(result.claim_id).reason == ""


def test_completing_with_an_act_before_approval_returns(services: Services, ex: ExecutionYear) -> None:
    result = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(1000), MAR, missing=("act",)))
    assert result.status == ClaimStatus.RETURNED
    done = services.claims.complete(result.claim_id, act_number="A-1", act_date=dt.date(2027, 1, 31))
    assert done.status == ClaimStatus.RETURNED and "before mockup 1 was approved" in done.message


def test_late_claim_needs_an_audited_override(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(dt.date(2027, 4, 30))  # the deadline day itself is on time
    on_time = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR, number="T-1"))
    assert not on_time.late
    with unchanged(services), pytest.raises(Refused, match="filed on time"):
        services.claims.override_late(on_time.claim_id, "no need")

    ex.clock.set(dt.date(2027, 5, 1))
    late = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(1000), MAR))
    assert late.late and late.status == ClaimStatus.SUBMITTED and "deadline was 2027-04-30" in late.message
    assert services.claims.get(late.claim_id).needs_override
    with unchanged(services):
        with pytest.raises(Refused, match="filed late"):
            services.claims.approve(late.claim_id)
        with pytest.raises(InvalidInput, match="reason"):
            services.claims.override_late(late.claim_id, " ")
    with expect_audit(services, "claim.override_late"):
        services.claims.override_late(late.claim_id, "Vendor sent the act late")
    view = services.claims.get(late.claim_id)
    assert (view.late_override_by, view.late_override_reason) == ("tester", "Vendor sent the act late")
    with unchanged(services), pytest.raises(Refused, match="accepted already by tester"):
        services.claims.override_late(late.claim_id, "twice")
    services.claims.approve(late.claim_id)
    assert services.claims.get(late.claim_id).reimbursement == D(500)
    assert [c.id for c in services.claims.list_claims(2027, late=True)] == [late.claim_id]


def test_quarter_defaults_to_the_act_date_and_can_be_given(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(dt.date(2027, 7, 15))
    q2 = services.claims.file(
        2027, "D001", claim_input(ex.ref("D001"), D(100), dt.date(2027, 3, 28), act_date=dt.date(2027, 4, 2))
    )
    assert services.claims.get(q2.claim_id).quarter == 2 and not q2.late
    q1 = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), dt.date(2027, 3, 28), quarter=1))
    assert services.claims.get(q1.claim_id).quarter == 1 and q1.late
    assert services.claims.get(q1.claim_id).deadline == dt.date(2027, 4, 30)


# --------------------------------------------------------------------------- filing: refused, nothing stored


def test_no_approved_mockup_is_refused(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [D(1000), D(1000)]}, today=FEB)
    services.mockups.submit(2027, ex.ref("D001"))
    ex.clock.set(APR)
    with unchanged(services):
        with pytest.raises(Refused, match=r"D001-2027-01 has no approved mockup \(mockup 1 is still waiting"):
            services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR))
        with pytest.raises(Refused, match=r"D001-2027-02 has no approved mockup$"):
            services.claims.file(2027, "D001", claim_input(ex.ref("D001", 2), D(100), MAR))
    assert services.claims.list_claims(2027) == []


def test_no_approved_mockup_is_a_typed_refusal(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [D(1000), D(1000)]}, today=FEB)
    services.mockups.submit(2027, ex.ref("D001"))
    ex.clock.set(APR)
    with unchanged(services):
        with pytest.raises(NoApprovedMockup) as waiting:
            services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR))
        with pytest.raises(NoApprovedMockup) as none:
            services.claims.file(2027, "D001", claim_input(ex.ref("D001", 2), D(100), MAR))
    assert isinstance(waiting.value, Refused)
    assert (waiting.value.reference, waiting.value.pending) == ("D001-2027-01", 1)
    assert str(waiting.value) == (
        "claim for D001-2027-01: D001-2027-01 has no approved mockup (mockup 1 is still waiting for a decision)"
    )
    assert (none.value.reference, none.value.pending) == ("D001-2027-02", None)
    assert none.value.lines() == ["claim for D001-2027-02: D001-2027-02 has no approved mockup"]
    again = pickle.loads(pickle.dumps(waiting.value))
    assert type(again) is NoApprovedMockup and (again.reference, again.pending) == ("D001-2027-01", 1)
    assert str(again) == str(waiting.value)


def test_the_same_file_is_a_typed_duplicate(services: Services, ex: ExecutionYear) -> None:
    digest = "cd" * 32
    with services.ctx.db.unit_of_work() as s:
        scan = Attachment(sha256=digest, filename="scan.pdf", media_type="application/pdf", size=3, content=b"pdf")
        s.add(scan)
        s.flush()
        attachment_id = scan.id
    first = file_ok(
        services, ex, "D001", claim_input(ex.ref("D001"), D(100), MAR, number="G-1", attachment_id=attachment_id)
    )
    with unchanged(services), pytest.raises(DuplicateClaim) as refused:
        services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, number="G-2", file_sha256=digest))
    assert (refused.value.first_id, refused.value.same) == (first, "file")
    assert str(refused.value) == (
        f"claim for {ex.ref('D002')}: the file scan.pdf was claimed already: duplicate of claim {first} "
        "(filed 2027-04-10, there as its invoice)"
    )


def test_activity_outside_the_plan_or_of_another_dealer_is_refused(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [D(1000), D(2000)], "D002": [D(500)]}, drop=[("D001", 2)])
    dropped = ex.dropped[0]
    with unchanged(services):
        with pytest.raises(Refused, match=f"{dropped} is not in the frozen 2027 plan"):
            services.claims.file(2027, "D001", claim_input(dropped, D(100), dt.date(2027, 1, 5)))
        with pytest.raises(Refused, match="'X-1' is not an activity of the 2027 plan"):
            services.claims.file(2027, "D001", claim_input("X-1", D(100), dt.date(2027, 1, 5)))
        with pytest.raises(Refused, match="D002-2027-01 is an activity of D002, not of D001"):
            services.claims.file(2027, "D001", claim_input(ex.ref("D002"), D(100), dt.date(2027, 1, 5)))
        with pytest.raises(Refused, match="dealer 'D999' is unknown"):
            services.claims.file(2027, "D999", claim_input(ex.ref("D002"), D(100), dt.date(2027, 1, 5)))


def test_duplicate_invoice_is_refused_naming_the_first_claim(services: Services, ex: ExecutionYear) -> None:
    first = file_ok(services, ex, "D001", claim_input(ex.ref("D001"), D(1000), MAR, number="INV 77/a"))
    services.claims.reject(first, "Wrong vendor")  # even a rejected claim keeps its invoice
    ex.clock.set(dt.date(2027, 4, 12))
    again = claim_input(ex.ref("D001", 2), D(900), MAR, number="inv77/A", where="Q1.xlsx, row 4")
    with unchanged(services), pytest.raises(Refused) as refused:
        services.claims.file(2027, "D001", again)
    assert refused.value.lines() == [
        f"Q1.xlsx, row 4: invoice inv77/A of 2027-03-10 was claimed already: duplicate of claim {first} "
        f"for {ex.ref('D001')} (invoice INV 77/a, filed 2027-04-10)"
    ]
    # another date, or another dealer's invoice with the same number, is another invoice
    file_ok(services, ex, "D001", claim_input(ex.ref("D001", 2), D(900), dt.date(2027, 3, 11), number="INV 77/a"))
    file_ok(services, ex, "D002", claim_input(ex.ref("D002"), D(900), MAR, number="INV 77/a"))


def test_the_same_attached_file_is_claimed_once(services: Services, ex: ExecutionYear) -> None:
    digest = "ab" * 32
    with services.ctx.db.unit_of_work() as s:
        scan = Attachment(sha256=digest, filename="scan.pdf", media_type="application/pdf", size=3, content=b"pdf")
        s.add(scan)
        s.flush()
        attachment_id = scan.id
    first = file_ok(
        services, ex, "D001", claim_input(ex.ref("D001"), D(100), MAR, number="F-1", attachment_id=attachment_id)
    )
    with unchanged(services):
        with pytest.raises(Refused, match=rf"file scan.pdf was claimed already: duplicate of claim {first} \(filed"):
            services.claims.file(
                2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, number="F-2", attachment_id=attachment_id)
            )
        with pytest.raises(Refused, match=f"duplicate of claim {first}"):
            services.claims.file(
                2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, number="F-3", file_sha256=digest)
            )
        with pytest.raises(InvalidInput, match="attachment"):
            services.claims.file(
                2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, number="F-4", attachment_id=999)
            )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"invoice_amount": D(-1)}, "invoice amount", "must not be negative"),
        ({"invoice_amount": D("10.005")}, "invoice amount", "more than two decimals"),
        ({"invoice_amount": 10.5}, "invoice amount", "must be an amount of money"),
        ({"invoice_amount": D(0)}, "invoice amount", "must be above 0"),
        ({"paid_amount": D("-0.01")}, "paid amount", "must not be negative"),
        ({"invoice_date": dt.date(2027, 4, 11)}, "invoice date", "in the future"),
        ({"act_date": dt.date(2027, 5, 1)}, "act date", "in the future"),
        ({"invoice_number": " "}, "invoice number", "is required"),
        ({"quarter": 5}, "quarter", "must be 1, 2, 3 or 4"),
    ],
)
def test_invalid_fields_are_named(
    services: Services, ex: ExecutionYear, changes: dict[str, object], field: str, message: str
) -> None:
    claim = claim_input(ex.ref("D002"), D(100), MAR, **changes)
    with unchanged(services), pytest.raises(InvalidInput) as refused:
        services.claims.file(2027, "D002", claim)
    assert any(
        p.where == f"claim for {ex.ref('D002')} ({field})" and message in p.message for p in refused.value.problems
    )


def test_filing_is_refused_outside_execution_and_evaluation(services: Services, ex: ExecutionYear) -> None:
    services.years.create_year(2028)
    with unchanged(services), pytest.raises(Refused, match="stage drafting"):
        services.claims.file(2028, "D001", claim_input("D001-2028-01", D(100), MAR))
    with pytest.raises(InvalidInput, match="filed on"):
        services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR), filed_on=dt.date(2027, 4, 11))


# --------------------------------------------------------------------------- decisions


def test_return_complete_and_reject(services: Services, ex: ExecutionYear) -> None:
    claim_id = file_ok(services, ex, "D002", claim_input(ex.ref("D002"), D(1000), MAR))
    with unchanged(services), pytest.raises(InvalidInput, match="reason"):
        services.claims.return_claim(claim_id, "")
    with expect_audit(services, "claim.return"):
        services.claims.return_claim(claim_id, "The invoice scan is unreadable")
    view = services.claims.get(claim_id)
    assert (view.status, view.reason, view.decided_by) == (
        ClaimStatus.RETURNED,
        "The invoice scan is unreadable",
        "tester",
    )
    with unchanged(services):
        with pytest.raises(Refused, match="only a submitted claim can be approved"):
            services.claims.approve(claim_id)
        with pytest.raises(Refused, match="only a submitted claim can be returned"):
            services.claims.return_claim(claim_id, "again")
    assert services.claims.complete(claim_id, vendor="Print House").status == ClaimStatus.SUBMITTED
    with expect_audit(services, "claim.reject"):
        services.claims.reject(claim_id, "Not an advertising cost")
    assert services.claims.get(claim_id).status == ClaimStatus.REJECTED
    # a returned claim can be rejected directly too
    other = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(10), MAR, missing=("act",))).claim_id
    services.claims.reject(other, "The dealer withdrew it")
    assert services.claims.get(other).status == ClaimStatus.REJECTED


def test_an_approved_claim_is_final_until_paid(services: Services, ex: ExecutionYear) -> None:
    claim_id = approved(services, ex, "D002", claim_input(ex.ref("D002"), D(1000), MAR))
    with unchanged(services):
        with pytest.raises(Refused, match="is approved: only a submitted or returned claim can be rejected"):
            services.claims.reject(claim_id, "changed my mind")
        with pytest.raises(Refused, match="is approved: only a submitted claim can be approved"):
            services.claims.approve(claim_id)
    services.claims.record_payment(2027, "D002", APR, D(500), [claim_id])
    view = services.claims.get(claim_id)
    assert (view.status, view.paid, view.outstanding) == (ClaimStatus.PAID, D(500), D(0))
    with unchanged(services), pytest.raises(Refused, match="is paid"):
        services.claims.return_claim(claim_id, "late doubt")


def test_stale_version_is_a_conflict(services: Services, ex: ExecutionYear) -> None:
    claim_id = file_ok(services, ex, "D002", claim_input(ex.ref("D002"), D(1000), MAR))
    seen = services.claims.get(claim_id).version
    services.claims.return_claim(claim_id, "check the date", expected_version=seen)
    services.claims.complete(claim_id)
    with unchanged(services), pytest.raises(Conflict):
        services.claims.approve(claim_id, expected_version=seen)
    services.claims.approve(claim_id, expected_version=services.claims.get(claim_id).version)


def test_unknown_claim(services: Services, ex: ExecutionYear) -> None:
    with pytest.raises(NotFound):
        services.claims.get(12345)
    with pytest.raises(NotFound):
        services.claims.approve(12345)


# --------------------------------------------------------------------------- payments


def test_one_payment_settles_two_claims(services: Services, ex: ExecutionYear) -> None:
    a = approved(services, ex, "D001", claim_input(ex.ref("D001"), D(1000), MAR, number="P-1"))
    b = approved(services, ex, "D001", claim_input(ex.ref("D001", 2), D("501.01"), MAR, number="P-2"))
    assert services.claims.get(b).reimbursement == D("250.51")  # 250.505 half-up
    with expect_audit(services, "payment.record"):
        changes = services.claims.record_payment(2027, "D001", APR, D("750.51"), [a, b], reference="PP-1")
    assert changes.entity == "payment" and changes.touches("claim")
    assert [c.status for c in (services.claims.get(a), services.claims.get(b))] == [ClaimStatus.PAID] * 2
    [payment] = services.claims.payments(2027)
    assert (payment.dealer_code, payment.amount, payment.reference, payment.recorded_by) == (
        "D001",
        D("750.51"),
        "PP-1",
        "tester",
    )
    assert [(i.claim_id, i.amount) for i in payment.items] == [(a, D(500)), (b, D("250.51"))]
    assert services.claims.payments(2027, dealer_code="D002") == []


def test_partial_payments_by_claim(services: Services, ex: ExecutionYear) -> None:
    a = approved(services, ex, "D001", claim_input(ex.ref("D001"), D(1000), MAR, number="P-1"))
    b = approved(services, ex, "D001", claim_input(ex.ref("D001", 2), D(600), MAR, number="P-2"))
    services.claims.record_payment(2027, "D001", APR, D(400), {a: D(100), b: D(300)})
    assert [services.claims.get(i).status for i in (a, b)] == [ClaimStatus.APPROVED, ClaimStatus.PAID]
    assert services.claims.get(a).outstanding == D(400)
    with unchanged(services):
        with pytest.raises(Refused, match="a payment above what was approved"):
            services.claims.record_payment(2027, "D001", APR, D("400.01"), [a])
        with pytest.raises(Refused, match=rf"claim {b}: is paid already"):
            services.claims.record_payment(2027, "D001", APR, D(400), [a, b])
        with pytest.raises(InvalidInput, match="give the amount per claim"):
            services.claims.record_payment(2027, "D001", APR, D(100), [a])
        with pytest.raises(InvalidInput, match="not the sum of the parts"):
            services.claims.record_payment(2027, "D001", APR, D(100), {a: D(50)})
    services.claims.record_payment(2027, "D001", APR, D(400), [a])
    assert services.claims.get(a).status == ClaimStatus.PAID and services.claims.get(a).paid == D(500)


def test_payment_above_what_was_approved_is_refused(services: Services, ex: ExecutionYear) -> None:
    a = approved(services, ex, "D001", claim_input(ex.ref("D001"), D(1000), MAR, number="P-1"))
    b = approved(services, ex, "D001", claim_input(ex.ref("D001", 2), D(1000), MAR, number="P-2"))
    with unchanged(services):
        with pytest.raises(Refused, match=r"a payment above what was approved: 1000.01 exceeds the 1000.00"):
            services.claims.record_payment(2027, "D001", APR, D("1000.01"), [a, b])
        with pytest.raises(Refused, match=rf"claim {a}: 600 > 500"):
            services.claims.record_payment(2027, "D001", APR, D(600), {a: D(600)})


def test_payment_only_for_approved_claims_of_that_dealer(services: Services, ex: ExecutionYear) -> None:
    mine = approved(services, ex, "D001", claim_input(ex.ref("D001"), D(1000), MAR))
    pending = file_ok(services, ex, "D002", claim_input(ex.ref("D002"), D(1000), MAR))
    with unchanged(services):
        with pytest.raises(Refused, match=f"claim {mine}: is a claim of another dealer, not of D002"):
            services.claims.record_payment(2027, "D002", APR, D(500), [mine])
        with pytest.raises(Refused, match=f"claim {pending}: is submitted: only an approved claim can be paid"):
            services.claims.record_payment(2027, "D002", APR, D(500), [pending])
        with pytest.raises(Refused, match="claim 999: is not a claim of 2027"):
            services.claims.record_payment(2027, "D002", APR, D(500), [999])
        with pytest.raises(InvalidInput, match="payment amount"):
            services.claims.record_payment(2027, "D001", APR, D("-5"), [mine])
        with pytest.raises(InvalidInput, match="paid on"):
            services.claims.record_payment(2027, "D001", dt.date(2027, 5, 1), D(500), [mine])
        with pytest.raises(InvalidInput, match="names a claim twice"):
            services.claims.record_payment(2027, "D001", APR, D(1000), [mine, mine])
        with pytest.raises(NotFound):
            services.claims.record_payment(2027, "D404", APR, D(500), [mine])


# --------------------------------------------------------------------------- quarters


def test_close_quarter_waits_for_pending_claims(services: Services, ex: ExecutionYear) -> None:
    pending = file_ok(services, ex, "D002", claim_input(ex.ref("D002"), D(1000), MAR, number="Q-1"))
    returned = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(10), MAR, missing=("act",))).claim_id
    ex.clock.set(dt.date(2027, 5, 1))  # the day after Q1's filing deadline
    with (
        unchanged(services),
        pytest.raises(
            Refused,
            match=rf"2 claim\(s\) of it are still submitted or returned: claim {pending} \(invoice Q-1, submitted\), "
            rf"claim {returned} \(invoice INV-{ex.ref('D001')}, returned\)",
        ),
    ):
        services.claims.close_quarter(2027, 1)
    services.claims.approve(pending)
    services.claims.reject(returned, "no acceptance act")
    with expect_audit(services, "quarter.close"):
        services.claims.close_quarter(2027, 1)
    assert services.claims.closed_quarters(2027) == [1]
    assert services.claims.quarter_closes(2027)[0].closed_by == "tester"
    with unchanged(services):
        with pytest.raises(Refused, match="Q1 2027: is closed already"):
            services.claims.close_quarter(2027, 1)
        with pytest.raises(Refused, match=r"Q2 2027: is not over yet \(it ends on 2027-06-30\)"):
            services.claims.close_quarter(2027, 2)
        with pytest.raises(InvalidInput, match="quarter"):
            services.claims.close_quarter(2027, 0)
    # a claim for the work of the closed quarter counts in the next open one (and says so)
    late = services.claims.file(2027, "D003", claim_input(ex.ref("D003"), D(10), MAR))
    assert "its work is of Q1, which is closed: it counts in Q2" in late.message
    assert (services.claims.get(late.claim_id).quarter, services.claims.get(late.claim_id).work_quarter) == (2, 1)


def test_late_claims_and_payments_in_evaluation(services: Services, ex: ExecutionYear) -> None:
    ex.clock.set(dt.date(2028, 1, 5))
    for quarter in (1, 2, 3):
        services.claims.close_quarter(2027, quarter)
    services.claims.close_quarter(2027, 4, before_deadline="the books of 2027 close early")  # the owner
    services.years.advance(2027, confirm_missing=True)
    assert services.years.get(2027).stage.value == "evaluation"
    ex.clock.set(dt.date(2028, 1, 10))
    q4 = dt.date(2027, 12, 1)
    with unchanged(services), pytest.raises(Refused, match="no later quarter of 2027 is open"):
        services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), q4))
    services.claims.reopen_quarter(2027, 4, "a December invoice came late")  # the owner, in evaluation
    claim_id = approved(services, ex, "D002", claim_input(ex.ref("D002"), D(100), q4))
    services.claims.record_payment(2027, "D002", dt.date(2028, 1, 10), D(50), [claim_id])
    assert services.claims.get(claim_id).status == ClaimStatus.PAID
    services.claims.close_quarter(2027, 4, before_deadline="closed again")  # closing again in evaluation


# --------------------------------------------------------------------------- queries


def test_list_filters(services: Services, ex: ExecutionYear) -> None:
    a = file_ok(services, ex, "D001", claim_input(ex.ref("D001"), D(100), MAR, number="L-1"))
    b = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, missing=("act",))).claim_id
    ex.clock.set(dt.date(2027, 7, 2))
    c = file_ok(services, ex, "D001", claim_input(ex.ref("D001", 2), D(100), dt.date(2027, 5, 5), number="L-3"))
    assert [v.id for v in services.claims.list_claims(2027)] == [a, b, c]
    assert [v.id for v in services.claims.list_claims(2027, quarter=2)] == [c]
    assert [v.id for v in services.claims.list_claims(2027, status=ClaimStatus.RETURNED)] == [b]
    assert [v.id for v in services.claims.list_claims(2027, dealer_code="d001")] == [a, c]
    assert [v.id for v in services.claims.list_claims(2027, late=False)] == [a, b, c]
    view = services.claims.get(b)
    assert (view.dealer_name, view.region, view.channel, view.reference) == (
        "Dealer D002",
        "South",
        "press",
        ex.ref("D002"),
    )
    assert view.explanation[-1].startswith("if approved now: ") or "returned" in view.explanation[-1]
    assert services.claims.remaining(2027, "D002") == D(10000)
    with pytest.raises(NotFound):
        services.claims.remaining(2027, "D404")


def test_list_ids_and_rows_filter_and_sort_in_the_database(services: Services, ex: ExecutionYear) -> None:
    """The claims list's read path: numbers from one query (filtered, sorted), rows by number, a count."""
    a = file_ok(services, ex, "D001", claim_input(ex.ref("D001"), D(100), MAR, number="ABC-1"))
    b = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(300), MAR, missing=("act",))).claim_id
    ex.clock.set(dt.date(2027, 7, 2))
    c = file_ok(services, ex, "D001", claim_input(ex.ref("D001", 2), D(200), dt.date(2027, 5, 5), number="xyz_%"))
    services.claims.approve(a)
    claims = services.claims
    assert claims.list_ids(2027) == [a, b, c] == [v.id for v in claims.list_claims(2027)]
    assert claims.list_ids(2027, order="id", descending=True) == [c, b, a]
    assert claims.list_ids(2027, order="invoiced") == [a, c, b]
    assert claims.list_ids(2027, order="reimbursement") == [b, c, a]  # none first
    assert claims.list_ids(2027, ClaimFilter(quarter=2)) == [c]
    assert claims.list_ids(2027, ClaimFilter(status=ClaimStatus.RETURNED)) == [b]
    assert claims.count(2027) == 3 and claims.count(2027, ClaimFilter(text="d001")) == 2
    # text: dealer code and name, reference, invoice number (case-insensitive; % and _ are plain characters)
    assert claims.list_ids(2027, ClaimFilter(text="d002")) == [b]
    assert claims.list_ids(2027, ClaimFilter(text="dealer d00")) == [a, b, c]
    assert claims.list_ids(2027, ClaimFilter(text=ex.ref("D001", 2).lower())) == [c]
    assert claims.list_ids(2027, ClaimFilter(text="abc-")) == [a]
    assert claims.list_ids(2027, ClaimFilter(text="z_%")) == [c]
    assert claims.list_ids(2027, ClaimFilter(text="_")) == [c]
    assert claims.list_ids(2027, ClaimFilter(text="q2")) == [c]
    assert a in claims.list_ids(2027, ClaimFilter(text=str(a)))  # the claim number
    assert claims.list_ids(2027, ClaimFilter(text="nothing like it")) == []
    assert claims.list_ids(2027, ClaimFilter(text="zz", text_statuses=frozenset({ClaimStatus.APPROVED}))) == [a]
    rows = claims.rows(2027, [c, a, 999_999])
    assert [r.id for r in rows] == [c, a]
    first = rows[1]
    view = claims.get(a)
    assert (first.dealer_code, first.dealer_name, first.reference, first.channel) == (
        view.dealer_code,
        view.dealer_name,
        view.reference,
        view.channel,
    )
    assert (first.invoice_amount, first.reimbursement, first.status, first.deadline) == (
        D(100),
        view.reimbursement,
        ClaimStatus.APPROVED,
        view.deadline,
    )
    assert claims.rows(2027, []) == []
    with pytest.raises(InvalidInput, match="order"):
        claims.list_ids(2027, order="colour")


def test_list_ids_finds_late_claims_and_their_flags(services: Services, ex: ExecutionYear) -> None:
    on_time = file_ok(services, ex, "D001", claim_input(ex.ref("D001"), D(100), MAR))
    ex.clock.set(dt.date(2027, 5, 1))
    late = file_ok(services, ex, "D002", claim_input(ex.ref("D002"), D(1000), MAR))
    claims = services.claims
    assert claims.list_ids(2027, ClaimFilter(needs_override=True)) == [late]
    assert claims.list_ids(2027, ClaimFilter(needs_override=False)) == [on_time]
    needs = ClaimFilter(text="zz", text_flags=frozenset({LATE_NEEDS_OVERRIDE}))
    assert claims.list_ids(2027, needs) == [late]
    services.claims.override_late(late, "Vendor sent the act late")
    assert claims.list_ids(2027, needs) == []
    assert claims.list_ids(2027, ClaimFilter(text="zz", text_flags=frozenset({LATE_ACCEPTED}))) == [late]
    assert claims.rows(2027, [late])[0].late_override_by == "tester"

"""Reversing a payment, on every database: a reversal row (never a deletion), audited with its reason, counted
on its own date in every figure, once per payment, never inside a closed quarter; the claims it settled are
owed again."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coop_desk.errors import InvalidInput, NotFound, PermissionDenied, Refused
from coop_desk.services import Services
from models import ClaimStatus, Payment, PaymentItem, Role
from tests.factories import ExecutionYear, approve_mockup, claim_input, expect_audit, unchanged, year_in_execution

FEB, MAR, APR, MAY, JUN = (dt.date(2027, m, d) for m, d in ((2, 1), (3, 10), (4, 10), (5, 1), (6, 15)))
D = Decimal


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    year = year_in_execution(services, dealers={"D001": [D(6000)] * 3, "D002": [D(6000)]})
    year.clock.set(FEB)
    for refs in year.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref)
    year.clock.set(APR)
    return year


@pytest.fixture
def paid(services: Services, ex: ExecutionYear) -> tuple[int, int, int]:
    """Claims a (1 000) and b (2 000) of D001 paid in full by one payment on 10 April; returns (a, b, payment)."""
    a = services.claims.file(2027, "D001", claim_input(ex.ref("D001", 1), D(2000), MAR)).claim_id
    b = services.claims.file(2027, "D001", claim_input(ex.ref("D001", 2), D(4000), MAR)).claim_id
    services.claims.approve(a)
    services.claims.approve(b)
    changes = services.claims.record_payment(2027, "D001", APR, D(3000), [a, b], reference="PP-77")
    assert {services.claims.get(i).status for i in (a, b)} == {ClaimStatus.PAID}
    return a, b, changes.ids[0]


def as_role(services: Services, role: Role | None) -> None:
    services.ctx.role = role
    services.ctx.actor = f"{role.value}-person" if role else "tester"


def test_a_reversal_of_a_payment_of_several_claims_owes_them_again(
    services: Services, ex: ExecutionYear, paid: tuple[int, int, int]
) -> None:
    a, b, payment = paid
    ex.clock.set(dt.date(2027, 4, 20))
    with expect_audit(services, "payment.reverse"):
        changes = services.claims.reverse_payment(payment, "the bank returned it: wrong account")
    reversal = changes.ids[0]
    assert changes.ids == (reversal, payment) and reversal != payment
    for claim_id, amount in ((a, D(1000)), (b, D(2000))):
        view = services.claims.get(claim_id)
        assert (view.status, view.paid, view.outstanding) == (ClaimStatus.APPROVED, D(0), amount)
    listed = {p.id: p for p in services.claims.payments(2027)}
    assert listed[payment].reversed_by == reversal and not listed[payment].standing  # kept, marked reversed
    shown = listed[reversal]
    assert (shown.reverses, shown.paid_on, shown.amount, shown.reference) == (
        payment,
        dt.date(2027, 4, 20),
        D(-3000),
        "PP-77",
    )
    assert shown.reason == "the bank returned it: wrong account" and shown.recorded_by == "tester"
    assert sorted((i.claim_id, i.amount) for i in shown.items) == [(a, D(-1000)), (b, D(-2000))]
    with services.ctx.db.reading() as s:  # never a deletion: both rows and their items stay
        assert s.scalar(select(func.count(Payment.id))) == 2
        assert s.scalar(select(func.count(PaymentItem.id))) == 4
    entry = services.audit.entries(action="payment.reverse")[-1]
    assert "wrong account" in str(entry.summary) and entry.after["reversed_by"] == reversal
    # paid again, correctly this time
    services.claims.record_payment(2027, "D001", dt.date(2027, 4, 20), D(3000), [a, b], reference="PP-78")
    assert {services.claims.get(i).status for i in (a, b)} == {ClaimStatus.PAID}


def test_a_payment_is_reversed_once_and_a_reversal_is_not_reversed(
    services: Services, paid: tuple[int, int, int]
) -> None:
    reversal = services.claims.reverse_payment(paid[2], "booked twice").ids[0]
    with unchanged(services):
        with pytest.raises(Refused, match=rf"payment {paid[2]}: was reversed already on 2027-04-10 by tester"):
            services.claims.reverse_payment(paid[2], "again")
        with pytest.raises(Refused, match=rf"is itself the reversal of payment {paid[2]}"):
            services.claims.reverse_payment(reversal, "undo the undo")


def test_bad_input_changes_nothing(services: Services, ex: ExecutionYear, paid: tuple[int, int, int]) -> None:
    with unchanged(services):
        with pytest.raises(InvalidInput, match="say why the payment is reversed"):
            services.claims.reverse_payment(paid[2], " ")
        with pytest.raises(InvalidInput, match="reversed on: must be a date not after 2027-04-10"):
            services.claims.reverse_payment(paid[2], "why", on=dt.date(2027, 4, 11))
        with pytest.raises(Refused, match=r"2027-04-09 is before the payment it reverses \(2027-04-10\)"):
            services.claims.reverse_payment(paid[2], "why", on=dt.date(2027, 4, 9))
        with pytest.raises(NotFound, match="there is no payment 999"):
            services.claims.reverse_payment(999, "why")


def test_a_part_payment_reversed_leaves_the_other_payment(services: Services, ex: ExecutionYear) -> None:
    c = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(2000), MAR)).claim_id
    services.claims.approve(c)
    first = services.claims.record_payment(2027, "D002", APR, D(400), {c: D(400)}).ids[0]
    services.claims.record_payment(2027, "D002", APR, D(600), {c: D(600)})
    assert services.claims.get(c).status == ClaimStatus.PAID
    services.claims.reverse_payment(first, "wrong amount")
    view = services.claims.get(c)
    assert (view.status, view.paid, view.outstanding) == (ClaimStatus.APPROVED, D(600), D(400))
    with pytest.raises(Refused, match="part-paid"):
        services.claims.reopen(c, "a payment still rests on it")


def test_after_a_close_the_reversal_counts_in_the_open_quarter_and_the_closed_one_stays(
    services: Services, ex: ExecutionYear, paid: tuple[int, int, int]
) -> None:
    a, b, payment = paid
    ex.clock.set(MAY)
    services.claims.close_quarter(2027, 1)
    q1_at_close = services.quarterly.report(2027, 1)
    q2_before = services.quarterly.report(2027, 2)
    statement_before = services.statements.statement(2027, "D001")
    summary_before = {d.code: d for d in services.summary.year(2027).dealers}["D001"]
    remaining = services.claims.remaining(2027, "D001")
    assert [p.amount for p in q2_before.payments] == [D(3000)]  # paid on 10 April: Q2
    # Q2 is open: a reversal dated in it
    ex.clock.set(JUN)
    services.claims.reverse_payment(payment, "the bank returned it", on=dt.date(2027, 6, 1))
    assert services.quarterly.report(2027, 1) == q1_at_close  # sealed: identical, statuses included
    assert {c.claim_id: c.status for d in q1_at_close.dealers for c in d.claims} == {
        a: ClaimStatus.PAID,
        b: ClaimStatus.PAID,
    }
    q2 = services.quarterly.report(2027, 2)
    assert [(p.amount, p.reverses) for p in q2.payments] == [(D(3000), None), (D(-3000), payment)]
    assert q2.position.payments_in_quarter == D(0) and q2.position.due_to_date == D(3000)
    assert [(r.quarter, r.due) for r in q2.still_due] == [(1, D(1000)), (1, D(2000))]
    assert q2.reconciles
    assert services.claims.remaining(2027, "D001") == remaining  # approved amounts use the allocation still
    summary = {d.code: d for d in services.summary.year(2027).dealers}["D001"]
    assert (summary_before.paid, summary.paid, summary.approved) == (D(3000), D(0), summary_before.approved)
    statement = services.statements.statement(2027, "D001")
    assert statement_before.payments_total == D(3000) and statement.payments_total == D(0)
    assert [p.amount for p in statement.payments] == [D(3000), D(-3000)]


def test_a_reversal_dated_inside_a_closed_quarter_is_refused(services: Services, ex: ExecutionYear) -> None:
    c = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(2000), MAR)).claim_id
    services.claims.approve(c)
    ex.clock.set(dt.date(2027, 7, 15))
    payment = services.claims.record_payment(2027, "D002", dt.date(2027, 6, 20), D(1000), [c]).ids[0]
    ex.clock.set(dt.date(2027, 8, 1))
    services.claims.close_quarter(2027, 1)
    services.claims.close_quarter(2027, 2)
    q2 = services.quarterly.report(2027, 2)
    with unchanged(services), pytest.raises(Refused, match=r"2027-06-30 is in Q2 2027, which is closed"):
        services.claims.reverse_payment(payment, "why", on=dt.date(2027, 6, 30))
    services.claims.reverse_payment(payment, "why")  # today, 1 August: Q3
    assert services.quarterly.report(2027, 2) == q2
    assert [p.amount for p in services.quarterly.report(2027, 3).payments] == [D(-1000)]


@pytest.mark.parametrize("role", [Role.MARKETER, Role.AGENCY, Role.AUDITOR])
def test_finance_and_the_owner_reverse_nobody_else(services: Services, paid: tuple[int, int, int], role: Role) -> None:
    as_role(services, role)
    with unchanged(services), pytest.raises(PermissionDenied, match="may not reverse payments"):
        services.claims.reverse_payment(paid[2], "mistake")
    as_role(services, Role.FINANCE)
    services.claims.reverse_payment(paid[2], "mistake")
    assert services.audit.entries(action="payment.reverse")[-1].actor == "finance-person"


def test_the_owner_reverses(services: Services, paid: tuple[int, int, int]) -> None:
    as_role(services, Role.OWNER)
    services.claims.reverse_payment(paid[2], "mistake")
    assert services.claims.get(paid[0]).status == ClaimStatus.APPROVED

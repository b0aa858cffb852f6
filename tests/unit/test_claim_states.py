"""claim_actions: what may be done to a claim in each state, exhaustively against what the services do."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from decimal import Decimal

import pytest

from coop_desk.claim_states import FROM, USE_CASE, ClaimAction, claim_actions
from coop_desk.errors import Refused
from coop_desk.permissions import MATRIX
from coop_desk.services import Services
from models import Claim, ClaimStatus
from tests.factories import approve_mockup, claim_input, year_in_execution

A, S = ClaimAction, ClaimStatus
STATES = list(itertools.product(ClaimStatus, (False, True), (False, True)))  # status × late × overridden

FEB, MAR, APR = dt.date(2027, 2, 1), dt.date(2027, 3, 10), dt.date(2027, 4, 10)
D = Decimal


def test_the_table_in_words() -> None:
    assert claim_actions(S.SUBMITTED, False, False) == {A.APPROVE, A.RETURN, A.REJECT, A.SET_RATE}
    assert claim_actions(S.SUBMITTED, True, False) == {A.OVERRIDE_LATE, A.RETURN, A.REJECT, A.SET_RATE}
    assert claim_actions(S.SUBMITTED, True, True) == {A.APPROVE, A.RETURN, A.REJECT, A.SET_RATE}
    assert claim_actions(S.RETURNED, False, False) == {A.COMPLETE, A.REJECT, A.SET_RATE, A.REOPEN}
    assert claim_actions(S.RETURNED, True, False) == {A.COMPLETE, A.REJECT, A.SET_RATE, A.OVERRIDE_LATE, A.REOPEN}
    assert claim_actions(S.APPROVED, True, True) == {A.PAY, A.REOPEN}
    for late, overridden in itertools.product((False, True), repeat=2):
        assert claim_actions(S.PAID, late, overridden) == frozenset()  # a payment rests on it: reverse it first
        assert claim_actions(S.REJECTED, late, overridden) == {A.REOPEN}


def test_every_action_is_a_use_case_of_the_matrix() -> None:
    assert set(USE_CASE) == set(ClaimAction) == set(FROM)
    assert all(name in MATRIX for name in USE_CASE.values())


@pytest.fixture
def claims(services: Services) -> tuple[Services, int, int]:
    """A year in execution; a claim in the programme's currency and one in USD (with a rate), both submitted."""
    ex = year_in_execution(services, dealers={"D001": [D(30000), D(30000)]})
    ex.clock.set(FEB)
    for ref in ex.references["D001"]:
        approve_mockup(services, ex.year, ref, other_brands=0)
    ex.clock.set(APR)
    own = services.claims.file(ex.year, "D001", claim_input(ex.ref("D001", 1), D(1000), MAR)).claim_id
    usd = claim_input(ex.ref("D001", 2), D(1000), MAR, currency="USD", exchange_rate=D("0.9"))
    foreign = services.claims.file(ex.year, "D001", usd).claim_id
    return services, own, foreign


def _put(services: Services, claim_id: int, status: ClaimStatus, late: bool, overridden: bool) -> None:
    with services.ctx.db.unit_of_work() as s:
        c = s.get_one(Claim, claim_id)
        c.status, c.late = status, late
        c.late_override_by, c.late_override_reason = ("finance", "accepted") if overridden else ("", "")
        c.reimbursement = D(500) if status in (S.APPROVED, S.PAID) else None
        c.decided_at = dt.datetime(2027, 4, 1, 12, tzinfo=dt.UTC) if status in (S.APPROVED, S.PAID) else None


def _attempts(services: Services, own: int, foreign: int) -> dict[ClaimAction, tuple[int, Callable[[], object]]]:
    c = services.claims
    return {
        A.APPROVE: (own, lambda: c.approve(own)),
        A.RETURN: (own, lambda: c.return_claim(own, "a document is missing")),
        A.REJECT: (own, lambda: c.reject(own, "not our brand")),
        A.OVERRIDE_LATE: (own, lambda: c.override_late(own, "the post was slow")),
        A.COMPLETE: (own, lambda: c.complete(own)),
        A.SET_RATE: (foreign, lambda: c.set_rate(foreign, D("0.95"))),
        A.PAY: (own, lambda: c.record_payment(2027, "D001", APR, D("1.00"), {own: D("1.00")})),
        A.REOPEN: (foreign, lambda: c.reopen(foreign, "decided by mistake")),  # never paid: nothing rests on it
    }


def test_the_services_allow_exactly_the_actions_of_each_state(claims: tuple[Services, int, int]) -> None:
    services, own, foreign = claims
    wrong: list[str] = []
    ever: set[ClaimAction] = set()
    for status, late, overridden in STATES:
        done: set[ClaimAction] = set()
        for action, (claim_id, attempt) in _attempts(services, own, foreign).items():
            _put(services, claim_id, status, late, overridden)
            try:
                attempt()
            except Refused:
                continue
            done.add(action)
        ever |= done
        expected = claim_actions(status, late, overridden)
        if done != expected:
            wrong.append(
                f"{status} late={late} overridden={overridden}: services {sorted(done)}, table {sorted(expected)}"
            )
    assert not wrong, "\n".join(wrong)
    assert ever == set(ClaimAction)  # each attempt can succeed: a refusal is the state's, not the setup's

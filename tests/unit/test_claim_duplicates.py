"""R8 on the normal form of invoice numbers: resubmissions refused naming the first claim, stored pairs reported."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest
from sqlalchemy import update

from coop_desk import rules
from coop_desk.errors import DuplicateClaim, Refused
from coop_desk.services import Services
from models import Claim, ClaimStatus
from tests.factories import (
    ExecutionYear,
    approve_mockup,
    claim_input,
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


# --------------------------------------------------------------------------- R8: the same invoice written again


@pytest.mark.parametrize(
    "again",
    [
        "inv 7",  # a space, lower case
        "INV--7",
        "INV\u20117",  # non-breaking hyphen
        "\u0406NV-7",  # Cyrillic І
        "INV\u200b-7",  # zero-width space
        "I.N.V/7",
        "ІNV\u2014７",  # Cyrillic І, em dash, full-width digit
    ],
)
def test_a_resubmitted_invoice_is_refused_naming_the_first_claim(
    services: Services, ex: ExecutionYear, again: str
) -> None:
    first = _file(services, ex, "D001", 1, "INV-7")
    with unchanged(services), pytest.raises(Refused) as refused:
        services.claims.file(2027, "D001", claim_input(ex.ref("D001", 2), D(900), MAR, number=again))
    (line,) = refused.value.lines()
    assert f"duplicate of claim {first} for {ex.ref('D001', 1)} (invoice INV-7, filed 2027-04-10)" in line
    assert line.startswith(f"claim for {ex.ref('D001', 2)}: invoice {again} of 2027-03-10 was claimed already")


def test_the_number_is_kept_as_typed_and_its_key_is_stored(services: Services, ex: ExecutionYear) -> None:
    claim_id = _file(services, ex, "D001", 1, "  сч-118/а ")
    assert services.claims.get(claim_id).invoice_number == "сч-118/а"
    with services.ctx.db.reading() as s:
        assert s.get_one(Claim, claim_id).invoice_key == rules.invoice_key("СЧ 118 A") == "CЧ118A"


def test_cyrillic_and_latin_look_alikes_are_one_invoice(services: Services, ex: ExecutionYear) -> None:
    first = _file(services, ex, "D001", 1, "АВ-123")  # Cyrillic А and В
    with unchanged(services), pytest.raises(Refused, match=f"duplicate of claim {first}"):
        services.claims.file(2027, "D001", claim_input(ex.ref("D001", 2), D(1), MAR, number="ab 123"))
    # another invoice date, another dealer, another number: other invoices
    _file(services, ex, "D001", 2, "ab 123", dt.date(2027, 3, 11))
    _file(services, ex, "D002", 1, "AB-123")
    _file(services, ex, "D001", 3, "АВ-1234")


def test_completing_a_claim_into_another_ones_invoice_is_refused(services: Services, ex: ExecutionYear) -> None:
    first = _file(services, ex, "D001", 1, "P-55")
    returned = services.claims.file(
        2027, "D001", claim_input(ex.ref("D001", 2), D(10), MAR, number="P-56", missing=["act"])
    )
    assert returned.status == ClaimStatus.RETURNED
    with unchanged(services), pytest.raises(Refused, match=f"duplicate of claim {first} for {ex.ref('D001', 1)}"):
        services.claims.complete(returned.claim_id, invoice_number="р 55", act_number="A-1", act_date=MAR)
    # a correction of its own number keeps the key up to date
    services.claims.complete(returned.claim_id, invoice_number="P 57", act_number="A-1", act_date=MAR)
    with services.ctx.db.reading() as s:
        assert s.get_one(Claim, returned.claim_id).invoice_key == "P57"


def test_a_duplicate_is_a_typed_refusal_naming_the_first_claim(services: Services, ex: ExecutionYear) -> None:
    """Callers tell a duplicate by its type and fields; the words stay those of a Refused."""
    first = _file(services, ex, "D001", 1, "T-9")
    with unchanged(services), pytest.raises(DuplicateClaim) as filed:
        services.claims.file(2027, "D001", claim_input(ex.ref("D001", 2), D(5), MAR, number="t 9"))
    refusal = filed.value
    assert isinstance(refusal, Refused)
    assert (refusal.first_id, refusal.same) == (first, "invoice")
    assert str(refusal) == (
        f"claim for {ex.ref('D001', 2)}: invoice t 9 of 2027-03-10 was claimed already: duplicate of claim {first} "
        f"for {ex.ref('D001', 1)} (invoice T-9, filed 2027-04-10)"
    )
    again = pickle.loads(pickle.dumps(refusal))  # through a process pool or a queue with its fields
    assert type(again) is DuplicateClaim and (again.first_id, again.same, str(again)) == (
        first,
        "invoice",
        str(refusal),
    )
    assert again.lines() == refusal.lines()
    returned = services.claims.file(
        2027, "D001", claim_input(ex.ref("D001", 3), D(10), MAR, number="T-10", missing=["act"])
    )
    with unchanged(services), pytest.raises(DuplicateClaim) as completed:
        services.claims.complete(returned.claim_id, invoice_number="T-9", act_number="A-1", act_date=MAR)
    assert completed.value.first_id == first
    assert str(completed.value).startswith(f"claim {returned.claim_id}: invoice T-9 of 2027-03-10 was claimed")


def _as_filed_before_the_key(services: Services, claim_id: int, number: str) -> None:
    """What a claim filed before R8 compared on the key looks like once migration 0004 has run."""
    with services.ctx.db.unit_of_work() as s:
        s.execute(
            update(Claim)
            .where(Claim.id == claim_id)
            .values(invoice_number=number, invoice_key=rules.invoice_key(number), version=Claim.version + 1)
        )


def test_pairs_already_stored_are_reported_not_blocked(services: Services, ex: ExecutionYear) -> None:
    assert services.claims.duplicate_pairs(2027) == []
    first = _file(services, ex, "D001", 1, "INV-7")
    second = _file(services, ex, "D001", 2, "X-1")
    third = _file(services, ex, "D001", 3, "X-2")
    other = _file(services, ex, "D002", 1, "X-3")
    services.claims.approve(second)
    _as_filed_before_the_key(services, second, "inv 7")
    _as_filed_before_the_key(services, third, "ІNV‑7")
    _as_filed_before_the_key(services, other, "INV-7")  # another dealer: another invoice
    pairs = services.claims.duplicate_pairs(2027)
    assert [(p.first.id, p.second.id) for p in pairs] == [(first, second), (first, third)]
    pair = pairs[0]
    assert (pair.dealer_code, pair.invoice_date, pair.invoice_key) == ("D001", MAR, "INV7")
    assert (pair.first.invoice_number, pair.second.invoice_number) == ("INV-7", "inv 7")
    assert (pair.first.reference, pair.second.reference) == (ex.ref("D001", 1), ex.ref("D001", 2))
    assert pair.second.status == ClaimStatus.APPROVED
    assert pair.text == (
        f"D001: claim {second} ({ex.ref('D001', 2)}, invoice inv 7) is the same invoice of 2027-03-10 "
        f"as claim {first} ({ex.ref('D001', 1)}, invoice INV-7)"
    )
    # reported, not blocked: the stored claims stay as they are and can still be decided
    services.claims.reject(third, "Same invoice as claim 1")
    assert services.claims.get(second).status == ClaimStatus.APPROVED
    # a new filing of that invoice is refused, naming the first claim
    with pytest.raises(Refused, match=f"duplicate of claim {first} "):
        services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(5), MAR, number="inv7"))


def test_pairs_of_another_year_are_not_reported(services: Services, ex: ExecutionYear) -> None:
    _file(services, ex, "D001", 1, "A-1")
    _as_filed_before_the_key(services, _file(services, ex, "D001", 2, "B-1"), "a1")
    assert len(services.claims.duplicate_pairs(2027)) == 1
    services.years.create_year(2028)
    assert services.claims.duplicate_pairs(2028) == []

"""A dealer's requisites (coop_desk.rules_requisites): INN, KPP, OGRN/OGRNIP, BIC and the accounts' control key.

The check digits are computed here on their own (from the published algorithms), the valid numbers generated
with them, and every one-digit change of a valid number is refused. Real numbers (Sberbank's) are valid."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk import rules
from coop_desk.rules_requisites import (
    REQUISITE_FIELDS,
    account_key_ok,
    check_requisites,
    inn_check_ok,
    normal_requisites,
    ogrn_check_ok,
)

SETTINGS = settings(max_examples=200, deadline=None)
# Sberbank's published requisites
SBER = {
    "inn": "7707083893",
    "kpp": "773601001",
    "ogrn": "1027700132195",
    "bic": "044525225",
    "corr_account": "30101810400000000225",
}


# --------------------------------------------------------------------------- the algorithms, written out again
def _inn_digit(digits: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10)


def make_inn10(body: str) -> str:
    return body + _inn_digit(body, (2, 4, 10, 3, 5, 9, 4, 6, 8))


def make_inn12(body: str) -> str:
    eleven = body + _inn_digit(body, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    return eleven + _inn_digit(eleven, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))


def make_ogrn(body: str) -> str:
    """13 digits from 12 (mod 11) or 15 from 14 (mod 13)."""
    return body + str(int(body) % (11 if len(body) == 12 else 13) % 10)


def _key_sum(three: str, account: str) -> int:
    return sum(int(d) * (7, 1, 3)[i % 3] for i, d in enumerate(three + account))


def make_account(bic: str, first: str, rest: str, *, correspondent: bool = False) -> str:
    """A 20-digit account ``first`` (8 digits) + key + ``rest`` (11 digits) whose control key (the 9th digit)
    matches ``bic``."""
    three = "0" + bic[4:6] if correspondent or bic[6:] in ("000", "001", "002") else bic[6:]
    for key in "0123456789":
        account = first + key + rest
        if _key_sum(three, account) % 10 == 0:
            return account
    raise AssertionError("the key digit has weight 1 or 3 or 7: one of ten always fits")


def flips(number: str) -> list[str]:
    """Every number that differs from ``number`` in exactly one digit."""
    return [number[:i] + d + number[i + 1 :] for i in range(len(number)) for d in "0123456789" if d != number[i]]


def _n(count: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=count, max_size=count)


# --------------------------------------------------------------------------- real numbers
def test_sberbank_is_valid() -> None:
    assert check_requisites(SBER) == []
    assert inn_check_ok("7707083893") and ogrn_check_ok("1027700132195")
    assert account_key_ok("30101810400000000225", "044525225", correspondent=True)
    assert make_inn10("770708389") == "7707083893"
    assert make_ogrn("102770013219") == "1027700132195"
    assert make_account("044525225", "30101810", "00000000225", correspondent=True) == SBER["corr_account"]


def test_a_settlement_account_at_sberbank() -> None:
    account = make_account("044525225", "40702810", "38000000001")
    assert account_key_ok(account, "044525225") and check_requisites(SBER | {"account": account}) == []
    wrong = account[:8] + str((int(account[8]) + 1) % 10) + account[9:]
    assert not account_key_ok(wrong, "044525225")
    assert [str(p.where) for p in check_requisites(SBER | {"account": wrong})] == ["settlement account"]
    # a Bank of Russia unit (BIC ending 000, 001, 002) keys its accounts with "0" + the BIC's 5th and 6th digits
    at_cbr = make_account("044525000", "40102810", "45370000002")
    assert account_key_ok(at_cbr, "044525000")
    assert _key_sum("000", at_cbr) % 10 != 0  # keyed with the last three digits it would be refused


def test_an_individual_entrepreneur() -> None:
    inn = make_inn12("5001007322")
    assert inn == "500100732259" and inn_check_ok(inn)
    ogrnip = make_ogrn("30450011600015")
    assert check_requisites({"inn": inn, "ogrn": ogrnip}) == []


# --------------------------------------------------------------------------- generated numbers, one digit flipped
def _residue(body: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11


@SETTINGS
@given(_n(9))
def test_every_generated_company_inn_is_valid_and_a_flipped_digit_refused(body: str) -> None:
    inn = make_inn10(body)
    assert inn_check_ok(inn) and check_requisites({"inn": inn}) == []
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    for other in flips(inn):
        if other[9] != inn[9]:  # the check digit itself: always caught
            assert not inn_check_ok(other), other
        else:  # a digit of the body changes the sum mod 11 (11 is prime); the mod-10 fold lets only 10 ~ 0 pass
            passes = {_residue(inn[:9], weights), _residue(other[:9], weights)} == {0, 10}
            assert inn_check_ok(other) is passes, other
    caught = sum(not inn_check_ok(other) for other in flips(inn))
    assert caught >= len(flips(inn)) - 9  # at most one flip per body digit slips through
    assert [str(p.where) for p in check_requisites({"inn": inn[:9] + str((int(inn[9]) + 1) % 10)})] == ["INN"]


@SETTINGS
@given(_n(10))
def test_every_generated_entrepreneur_inn_is_valid_and_a_flipped_check_digit_refused(body: str) -> None:
    inn = make_inn12(body)
    assert inn_check_ok(inn) and check_requisites({"inn": inn}) == []
    for other in flips(inn):
        assert inn_check_ok(other) is (make_inn12(other[:10]) == other), other
        if other[:10] == inn[:10]:
            assert not inn_check_ok(other), other


@SETTINGS
@given(st.one_of(_n(12), _n(14)).filter(lambda b: b[0] != "0"))
def test_every_generated_ogrn_is_valid_and_every_flip_of_the_check_digit_refused(body: str) -> None:
    ogrn = make_ogrn(body)
    assert ogrn_check_ok(ogrn)
    # mod 11 (13) then mod 10: a change of the last digit is always caught; a change elsewhere may cancel out
    assert all(not ogrn_check_ok(ogrn[:-1] + d) for d in "0123456789" if d != ogrn[-1])


@SETTINGS
@given(_n(9), _n(8), _n(11), st.booleans())
def test_every_generated_account_fits_its_bic_and_every_flip_refused(
    bic: str, first: str, rest: str, correspondent: bool
) -> None:
    account = make_account(bic, first, rest, correspondent=correspondent)
    assert account_key_ok(account, bic, correspondent=correspondent)
    # weights 7, 1, 3 are prime to 10: any one changed digit changes the sum mod 10
    assert all(not account_key_ok(other, bic, correspondent=correspondent) for other in flips(account))


# --------------------------------------------------------------------------- the refusals name the field
def _refused(values: dict[str, str]) -> dict[str, str]:
    return {str(p.where): str(p.message) for p in check_requisites(values)}


@pytest.mark.parametrize(
    ("values", "field", "says"),
    [
        ({"inn": "770708389"}, "INN", "10 digits"),
        ({"inn": "77070838931"}, "INN", "10 digits"),
        ({"inn": "770708389X"}, "INN", "10 digits"),
        ({"inn": "7707083894"}, "INN", "check digits"),
        ({"inn": "500100732259", "kpp": "773601001"}, "KPP", "10-digit INN"),
        ({"kpp": "773601001"}, "KPP", "10-digit INN"),
        ({"inn": "7707083893", "kpp": "77360100"}, "KPP", "9 characters"),
        ({"inn": "7707083893", "kpp": "7736ab001"}, "KPP", "9 characters"),
        ({"ogrn": "102770013219"}, "OGRN", "13 digits"),
        ({"ogrn": "1027700132196"}, "OGRN", "check digit"),
        ({"inn": "500100732259", "ogrn": "1027700132195"}, "OGRN", "15-digit OGRNIP"),
        ({"inn": "7707083893", "ogrn": "304500116000157"}, "OGRN", "13-digit OGRN"),
        ({"bic": "04452522"}, "BIC", "9 digits"),
        ({"account": "4070281093800000000"}, "settlement account", "20 digits"),
        ({"account": "40702810938000000001"}, "settlement account", "BIC"),
        ({"bic": "044525225", "corr_account": "40702810938000000001"}, "correspondent account", "301"),
        ({"bic": "044030653", "corr_account": "30101810400000000225"}, "correspondent account", "control key"),
    ],
)
def test_a_bad_value_is_refused_under_its_field(values: dict[str, str], field: str, says: str) -> None:
    refused = _refused(values)
    assert list(refused) == [field] and says in refused[field], refused


def test_every_field_is_optional_and_all_problems_come_at_once() -> None:
    assert check_requisites({}) == [] and check_requisites(dict.fromkeys(REQUISITE_FIELDS, "")) == []
    assert set(_refused({"inn": "1", "kpp": "1", "ogrn": "1", "bic": "1", "account": "1", "corr_account": "1"})) == {
        "INN",
        "KPP",
        "OGRN",
        "BIC",
        "settlement account",
        "correspondent account",
    }


def test_spaces_are_dropped_and_the_kpp_upper_cased() -> None:
    typed = {"inn": " 7707 083893 ", "kpp": "7736ab 001", "account": "4070 2810 9380 0000 0001", "name": "x"}
    assert normal_requisites(typed) == {"inn": "7707083893", "kpp": "7736AB001", "account": "40702810938000000001"}
    assert normal_requisites({"legal_address": "  Москва,  ул. Вавилова, 19 "}) == {
        "legal_address": "Москва,  ул. Вавилова, 19"
    }


def test_the_rules_home_re_exports_them() -> None:
    assert rules.check_requisites is check_requisites and rules.REQUISITE_FIELDS is REQUISITE_FIELDS

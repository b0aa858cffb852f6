"""Money formatting (Babel) and exact cents.

Babel puts NO-BREAK SPACE (U+00A0) or NARROW NO-BREAK SPACE (U+202F, some CLDR versions)
into Russian numbers and between a number and "%"; the comparisons below normalise those
to a plain space with ``plain_spaces`` and check separately that the output does contain them.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk.money import CENT, format_money, format_percent, from_cents, plain_spaces, to_cents
from coop_desk.rules import reimbursement_rate

D = Decimal


# --------------------------------------------------------------------------- format_money


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "text"),
    [
        (D("12500.50"), "EUR", "ru", "12 500,50 €"),
        (D("12500.50"), "EUR", "en", "€12,500.50"),
        (D("12500.5"), "EUR", "ru", "12 500,50 €"),  # always two decimals
        (D(0), "EUR", "ru", "0,00 €"),
        (D(0), "EUR", "en", "€0.00"),
        (D("1234567.89"), "EUR", "en", "€1,234,567.89"),
        (D("1234567.89"), "EUR", "ru", "1 234 567,89 €"),
        (D("-12500.50"), "EUR", "ru", "-12 500,50 €"),
        (D("100000"), "RUB", "ru", "100 000,00 ₽"),
        (D("0.005"), "EUR", "en", "€0.01"),  # half-up (Babel alone rounds half-even to €0.00)
        (D("0.015"), "EUR", "en", "€0.02"),
        (D("0.025"), "EUR", "en", "€0.03"),  # half-even would give €0.02
        (D("0.0049"), "EUR", "en", "€0.00"),
        (D("1234.5"), "JPY", "en", "¥1,235"),  # no minor unit; half-up
        (D("12500.50"), "EUR", "ru_RU", "12 500,50 €"),
        (D("12500.50"), "EUR", "en_US", "€12,500.50"),
    ],
)
def test_format_money(amount: Decimal, currency: str, lang: str, text: str) -> None:
    assert plain_spaces(format_money(amount, currency, lang)) == text


def test_format_money_defaults_are_eur_and_russian() -> None:
    assert plain_spaces(format_money(D("12500.50"))) == "12 500,50 €"


def test_format_money_ru_keeps_no_break_spaces() -> None:
    text = format_money(D("12500.50"), "EUR", "ru")
    assert " " not in text  # no plain space: a number never breaks across lines
    assert "\u00a0" in text or "\u202f" in text


def test_format_money_refuses_float() -> None:
    with pytest.raises(TypeError):
        format_money(12500.5)  # type: ignore[arg-type]


def test_format_money_refuses_nan() -> None:
    with pytest.raises(ValueError):
        format_money(D("NaN"))


# --------------------------------------------------------------------------- format_percent


@pytest.mark.parametrize(
    ("rate", "lang", "text"),
    [
        (reimbursement_rate(2), "en", "16.67 %"),
        (reimbursement_rate(2), "ru", "16,67 %"),
        (D("0.5"), "en", "50 %"),
        (D("0.25"), "ru", "25 %"),
        (D("0.125"), "ru", "12,5 %"),
        (D("0.16665"), "en", "16.67 %"),  # half-up (Babel alone would give 16.66 %)
        (D("0.166649"), "en", "16.66 %"),
        (D(0), "en", "0 %"),
        (D(1), "ru", "100 %"),
        (D("12.5"), "en", "1,250 %"),
    ],
)
def test_format_percent(rate: Decimal, lang: str, text: str) -> None:
    assert plain_spaces(format_percent(rate, lang)) == text


def test_format_percent_decimals() -> None:
    assert plain_spaces(format_percent(reimbursement_rate(2), "en", decimals=0)) == "17 %"
    assert plain_spaces(format_percent(reimbursement_rate(2), "en", decimals=4)) == "16.6667 %"
    with pytest.raises(ValueError):
        format_percent(D("0.5"), "en", decimals=-1)


# --------------------------------------------------------------------------- cents


@pytest.mark.parametrize(
    ("amount", "cents"),
    [
        (D("123.45"), 12345),
        (D("0.01"), 1),
        (D(0), 0),
        (D("1.500"), 150),  # trailing zeros are exact
        (D("100"), 10000),
        (D("-12.34"), -1234),
        (D("1E+3"), 100000),
        (7, 700),
    ],
)
def test_to_cents(amount: Decimal, cents: int) -> None:
    assert to_cents(amount) == cents


@pytest.mark.parametrize("amount", [D("1.005"), D("0.001"), D("12.3456"), D("-0.009")])
def test_to_cents_refuses_sub_cent_digits(amount: Decimal) -> None:
    with pytest.raises(ValueError, match="more than 2 decimal places"):
        to_cents(amount)


def test_to_cents_refuses_non_decimals() -> None:
    with pytest.raises(TypeError):
        to_cents(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_cents(True)
    with pytest.raises(ValueError):
        to_cents(D("Infinity"))


def test_from_cents() -> None:
    assert from_cents(12345) == D("123.45")
    assert str(from_cents(12345)) == "123.45"
    assert str(from_cents(0)) == "0.00"
    assert str(from_cents(-5)) == "-0.05"
    assert str(from_cents(10**40)) == "1" + "0" * 38 + ".00"  # beyond a 28-digit context, still exact
    with pytest.raises(TypeError):
        from_cents(D(1))  # type: ignore[arg-type]


def test_cent() -> None:
    assert D("0.01") == CENT
    assert CENT.as_tuple().exponent == -2


@settings(max_examples=200, deadline=None)
@given(st.integers(-(10**30), 10**30))
def test_cents_round_trip(n: int) -> None:
    d = from_cents(n)
    assert d.as_tuple().exponent == -2
    assert to_cents(d) == n
    assert Fraction(d) * 100 == n  # exact (Decimal * 100 would round at 28 digits)


def test_plain_spaces() -> None:
    assert plain_spaces("12\u00a0500,50\u202f€") == "12 500,50 €"

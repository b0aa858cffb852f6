"""The one parser of amounts typed by people (coop_desk.amounts): one reading, or a refusal naming the readings."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coop_desk.amounts import (
    AMBIGUOUS,
    CURRENCY,
    DECIMALS,
    FORMS,
    NOT_AMOUNT,
    AmountError,
    forms_table,
    parse_amount,
    read_amount,
)
from coop_desk.money import MAX_AMOUNT

NBSP, NNBSP = "\u00a0", "\u202f"


# -- the table -------------------------------------------------------------------------------------
ACCEPTED = [
    ("1500", "1500"),
    ("1500.50", "1500.50"),
    ("1500,50", "1500.50"),
    ("1 500,50", "1500.50"),
    (f"1{NBSP}500,50", "1500.50"),
    (f"1{NNBSP}500,50", "1500.50"),
    ("1.500,50", "1500.50"),
    ("1,500.50", "1500.50"),
    ("1'500.50", "1500.50"),
    ("12 500", "12500"),
    ("1 234 567", "1234567"),
    ("1.234.567,89", "1234567.89"),
    ("1,234,567.89", "1234567.89"),
    ("1,5", "1.5"),
    ("0,50", "0.50"),
    ("0.05", "0.05"),
    ("7", "7"),
    ("€ 1 200", "1200"),
    ("1200 EUR", "1200"),
    ("1200 €", "1200"),
    ("EUR1200,5", "1200.5"),
    ("12 500,50 евро", "12500.50"),
    ("-1 500,50", "-1500.50"),
    ("  12 500  ", "12500"),
]
REFUSED = [
    ("1,500", AMBIGUOUS, ("1500.00", "1.50")),
    ("12.500", AMBIGUOUS, ("12500.00", "12.50")),
    ("1.005", AMBIGUOUS, ("1005.00", "1.005")),
    ("999,999", AMBIGUOUS, ("999999.00", "999.999")),
    ("1 500,000", AMBIGUOUS, ("1500000.00", "1500.00")),
    ("1 500.000", AMBIGUOUS, ("1500000.00", "1500.00")),
    ("1.500,000", AMBIGUOUS, ("1500000.00", "1500.00")),
    ("1,500.000", AMBIGUOUS, ("1500000.00", "1500.00")),
    ("1'500,125", AMBIGUOUS, ("1500125.00", "1500.125")),
    ("-12.500", AMBIGUOUS, ("-12500.00", "-12.50")),
    ("1.500,000.00", NOT_AMOUNT, ()),
    ("1,50.000", NOT_AMOUNT, ()),
    ("1,500,50", NOT_AMOUNT, ()),
    ("1 500,000,000", NOT_AMOUNT, ()),
    ("12,5,0", NOT_AMOUNT, ()),
    ("125 00", NOT_AMOUNT, ()),
    ("1..5", NOT_AMOUNT, ()),
    (".5", NOT_AMOUNT, ()),
    ("5,", NOT_AMOUNT, ()),
    ("1e5", NOT_AMOUNT, ()),
    ("NaN", NOT_AMOUNT, ()),
    ("abc", NOT_AMOUNT, ()),
    ("€ 5 €", NOT_AMOUNT, ()),
    ("1" * 200, NOT_AMOUNT, ()),
    ("0,125", DECIMALS, ()),
    ("1500,120", DECIMALS, ()),
    ("12 500,505", AMBIGUOUS, ("12500505.00", "12500.505")),
    ("12500,505", DECIMALS, ()),
    ("1500 руб.", CURRENCY, ()),
    ("$1500", CURRENCY, ()),
    ("1500 USD", CURRENCY, ()),
    ("RUB 1500", CURRENCY, ()),
    ("1500 ₽", CURRENCY, ()),
]


@pytest.mark.parametrize(("typed", "amount"), ACCEPTED)
def test_accepted_forms(typed: str, amount: str) -> None:
    value = parse_amount(typed, currency="EUR")
    assert value == D(amount) and isinstance(value, D)


@pytest.mark.parametrize(("typed", "kind", "readings"), REFUSED)
def test_refused_forms_say_why_and_name_the_readings(typed: str, kind: str, readings: tuple[str, ...]) -> None:
    value, problem = read_amount(typed, currency="EUR")
    assert value is None and problem is not None and problem.kind == kind
    message = str(problem.message())
    assert "\n" not in message
    if kind == AMBIGUOUS:
        assert problem.readings == tuple(D(r) for r in readings)
        assert f"it could be {readings[0]} or {readings[1]}" in message, message
    if kind == CURRENCY:
        assert "EUR, the programme's currency" in message
    with pytest.raises(AmountError) as caught:
        parse_amount(typed, currency="EUR")
    assert caught.value.problem == problem


def test_the_message_names_the_text_the_readings_and_how_to_write_each() -> None:
    problem = read_amount("1,500")[1]
    assert problem is not None
    assert str(problem.message()) == (
        '"1,500" is not taken: expected an amount with one reading only: it could be 1500.00 or 1.50 '
        "(write 1500 or 1,50)"
    )
    # A reading with more decimals than money has cannot be written: no advice then.
    assert str(read_amount("1,005")[1].message()).endswith("it could be 1005.00 or 1.005")  # type: ignore[union-attr]
    # Numbers that are not money (rates, thresholds): any decimals, the same ambiguity.
    rate = read_amount("92,500", places=None)[1]
    assert rate is not None and rate.kind == AMBIGUOUS
    assert str(rate.expected()) == "a number with one reading only: it could be 92500 or 92.5 (write 92500 or 92,5)"
    assert read_amount("0,0108", places=None) == (D("0.0108"), None)
    assert read_amount("1,005", places=None)[1].spellings == ("1005", "1,0050")  # type: ignore[union-attr]


def test_another_currency_is_refused_only_when_one_is_expected() -> None:
    assert read_amount("1500 руб.")[0] == D(1500)  # no programme currency given: the word is allowed
    assert read_amount("1500 руб.", currency="RUB")[0] == D(1500)
    problem = read_amount("12 500 руб.", currency="eur")[1]
    assert problem is not None and (problem.currency, problem.named) == ("EUR", "RUB")
    assert read_amount("1500 EUR", currency_words=False)[1].kind == NOT_AMOUNT  # type: ignore[union-attr]


def test_blank_is_nothing_and_the_separator_is_checked() -> None:
    assert read_amount("") == (None, None) and read_amount(f" {NBSP} ") == (None, None)
    with pytest.raises(AmountError):
        parse_amount("")
    with pytest.raises(ValueError):
        read_amount("1", decimal_separator=";")


# -- the reader's own convention (the window) ----------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "separator", "amount"),
    [
        ("12.500", ",", "12500"),
        ("12.500", ".", "12.50"),
        ("12,500", ",", "12.50"),
        ("12,500", ".", "12500"),
        ("1 500,000", ",", "1500.00"),
        ("1.500,50", ".", "1500.50"),  # unambiguous: read so whatever the convention
        ("1 500,50", ".", "1500.50"),
        ("1,5", ".", "1.5"),
    ],
)
def test_the_decimal_separator_settles_what_is_ambiguous(typed: str, separator: str, amount: str) -> None:
    assert parse_amount(typed, decimal_separator=separator) == D(amount)


@pytest.mark.parametrize(
    ("typed", "separator", "kind"),
    [
        ("1.005", ".", DECIMALS),
        ("12,505", ",", DECIMALS),
        ("1 500,000,000", ",", NOT_AMOUNT),
        ("1,50.000", ".", NOT_AMOUNT),
    ],
)
def test_the_decimal_separator_never_makes_an_impossible_text_an_amount(typed: str, separator: str, kind: str) -> None:
    problem = read_amount(typed, decimal_separator=separator)[1]
    assert problem is not None and problem.kind == kind


# -- the one table (help amounts, README) --------------------------------------------------------------
@pytest.mark.parametrize("form", FORMS, ids=[f.typed for f in FORMS])
def test_every_row_of_the_table_is_what_the_parser_does(form) -> None:  # type: ignore[no-untyped-def]
    value, problem = read_amount(form.typed, currency="EUR")
    if form.value is None:
        assert problem is not None and problem.kind == form.kind
        if form.kind == AMBIGUOUS:
            assert form.note in str(problem.message())
    else:
        assert problem is None and value == D(form.value)


def test_the_readme_holds_the_same_table() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "## Amounts in workbooks and on the command line" in readme
    assert "\n".join(forms_table()) in readme


# -- properties --------------------------------------------------------------------------------------
AMOUNTS = st.decimals(min_value=0, max_value=MAX_AMOUNT, places=2, allow_nan=False, allow_infinity=False)


def _group(whole: str, sep: str) -> str:
    head = len(whole) % 3 or 3
    return sep.join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])


def _styles(value: D) -> list[str]:
    """``value`` written in every accepted style that reads one way only."""
    whole, _, cents = f"{value:.2f}".partition(".")
    out = [f"{whole}.{cents}", f"{whole},{cents}", f"€ {whole},{cents}", f"{_group(whole, ' ')},{cents} EUR"]
    for group, mark in ((" ", ","), (NBSP, ","), (NNBSP, ","), (".", ","), (",", "."), ("'", "."), (" ", ".")):
        out.append(f"{_group(whole, group)}{mark}{cents}")
    if cents == "00":
        out += [whole, _group(whole, " "), _group(whole, "'"), _group(whole, NBSP)]
    return out


@given(AMOUNTS)
def test_every_accepted_style_gives_the_amount_back(value: D) -> None:
    for text in _styles(value):
        got = parse_amount(text, currency="EUR")
        assert got == value, (text, got)
        for separator in (",", "."):
            assert parse_amount(text, decimal_separator=separator, currency="EUR") == value, (text, separator)


@given(
    st.lists(st.text(alphabet="0123456789", min_size=1, max_size=4), min_size=1, max_size=5),
    st.lists(st.sampled_from([" ", ",", ".", "'", NBSP]), min_size=4, max_size=4),
)
def test_random_separators_never_give_a_silent_wrong_value(groups: list[str], seps: list[str]) -> None:
    """Whatever the digits and separators, an amount taken is the one every plausible reading agrees on:
    either the text has no decimal mark and is correctly grouped, or its one decimal mark is the last
    separator, and nothing else could be read from it."""
    text = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=False))
    value, problem = read_amount(text)
    digits = "".join(groups)
    readings = set()
    if all(len(g) >= 1 for g in groups):
        used = seps[: len(groups) - 1]
        head_ok = 1 <= len(groups[0]) <= 3 and not groups[0].startswith("0")
        if used and head_ok and all(len(g) == 3 for g in groups[1:]):
            readings.add(D(digits))
        if used and used[-1] in ",." and used.count(used[-1]) == 1:
            readings.add(D("".join(groups[:-1]) + "." + groups[-1]))
        if not used:
            readings.add(D(digits))
    if value is not None:
        assert problem is None
        assert readings == {value}, (text, value, readings)
        assert value.as_tuple().exponent >= -2  # type: ignore[operator]
    else:
        assert problem is not None
        if problem.kind == AMBIGUOUS:
            assert set(problem.readings) == readings and len(readings) == 2

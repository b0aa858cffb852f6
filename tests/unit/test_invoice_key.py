"""R8: invoice numbers are compared on a normal form (coop_desk.rules.invoice_key)."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk.rules import INVOICE_KEY_LIMIT, INVOICE_LOOKALIKES, invoice_ignores, invoice_key

#: Every character the key leaves out, found by scanning all of Unicode (not by copying the rule's list).
IGNORED = [chr(c) for c in range(sys.maxunicode + 1) if invoice_ignores(chr(c))]
DASHES = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Pd"] + ["\u2212"]


@pytest.mark.parametrize(
    "typed",
    [
        "INV-7",
        "inv 7",
        "\u0406NV\u20117",  # Cyrillic І, non-breaking hyphen
        "Inv.7",
        "INV/7",
        "inv\\7",
        "i n v - 7",
        "\u200binv7\ufeff",
        "in\u00adv\u20607",  # soft hyphen, word joiner
        "ＩＮＶ－７",  # full-width
        "INV\u22127",  # minus sign
        "INV\u20447",  # fraction slash
        "INV\u00a07",  # no-break space
        "INV\t7\n",
        "\u0456nv 7",  # Cyrillic і lower-case
    ],
)
def test_the_same_invoice_written_differently_has_one_key(typed: str) -> None:
    assert invoice_key(typed) == "INV7"


@pytest.mark.parametrize("dash", DASHES)
def test_every_dash_is_left_out(dash: str) -> None:
    assert invoice_key(f"A{dash}1") == "A1", f"U+{ord(dash):04X} {unicodedata.name(dash, '?')}"


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202e", "\u2066", "\u034f"]
)
def test_invisible_characters_are_left_out(invisible: str) -> None:
    assert invoice_key(f"С{invisible}Ч-1{invisible}") == invoice_key("СЧ-1")


@pytest.mark.parametrize(("cyrillic", "latin"), sorted(INVOICE_LOOKALIKES.items()))
def test_every_look_alike_capital_is_folded_in_either_case(cyrillic: str, latin: str) -> None:
    assert invoice_key(cyrillic) == invoice_key(latin) == latin
    assert invoice_key(cyrillic.lower()) == invoice_key(latin.lower()) == latin


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("АВЕКМНОРСТХ-1", "ABEKMHOPCTX-1"),  # all Cyrillic vs all Latin
        ("авекмнорстх 1", "abekmhopctx1"),
        ("сч-118", "СЧ 118"),
        ("СЧЁТ 5", "счет-5"),  # ё is written as е
        ("ЁКА", "ËKA"),  # Latin Ë looks like Ё
        ("в1", "b1"),  # folded after upper-casing: В and B look alike
        ("Ѕ-Ј-Ԛ-Ԝ", "sjqw"),
        ("№ 77/а", "№77a"),
        ("ΑΒΓ", "ABΓ"),  # Greek capitals that are drawn as Latin
    ],
)
def test_look_alikes_compare_equal(one: str, other: str) -> None:
    assert invoice_key(one) == invoice_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("INV-7", "INV-8"),
        ("ь1", "b1"),  # ь looks like b, but its capital Ь does not look like B
        ("Б-1", "6-1"),
        ("Й1", "И1"),
        ("O7", "07"),  # letters are not folded into digits
        ("1-23", "12-4"),
        ("ИНВ", "NHB"),
    ],
)
def test_different_invoices_stay_different(one: str, other: str) -> None:
    assert invoice_key(one) != invoice_key(other)


def test_a_very_long_key_fits_its_column() -> None:
    long_key = invoice_key("ﷺ" * 100)  # NFKC makes 18 letters of each
    assert len(long_key) <= INVOICE_KEY_LIMIT and long_key.startswith("#")
    assert invoice_key(long_key) == long_key
    assert invoice_key("x" * INVOICE_KEY_LIMIT) == "X" * INVOICE_KEY_LIMIT


def test_not_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        invoice_key(7)  # type: ignore[arg-type]


numbers = st.text(max_size=30)
realistic = st.text(alphabet=st.sampled_from("ABCINVabcinv0123456789АВЕКМНОРСТХавекмнорстхЁёЙй№ -./"), max_size=20)


@settings(max_examples=400, deadline=None)
@given(numbers)
def test_the_key_of_a_key_is_the_key(number: str) -> None:
    key = invoice_key(number)
    assert invoice_key(key) == key


@settings(max_examples=400, deadline=None)
@given(st.one_of(numbers, realistic), st.data())
def test_inserting_a_left_out_character_anywhere_keeps_the_key(number: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(number)))
    ch = data.draw(st.sampled_from(IGNORED))
    assert invoice_key(number[:at] + ch + number[at:]) == invoice_key(number)


@settings(max_examples=400, deadline=None)
@given(st.one_of(numbers, realistic))
def test_case_changes_keep_the_key(number: str) -> None:
    key = invoice_key(number)
    assert invoice_key(number.upper()) == key
    assert invoice_key(number.lower()) == key
    assert invoice_key(number.casefold()) == key
    assert invoice_key(number.swapcase()) == key

"""The window's amount fields read with the one parser; the number format chosen in Settings settles a text
that would be ambiguous elsewhere (``12.500``)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal as D

import pytest

from ui.money_input import DecimalEdit, MoneyEdit, parse_decimal
from ui.numbers import decimal_separator, set_number_format


@pytest.fixture(autouse=True)
def restore_number_format() -> Iterator[None]:
    yield
    set_number_format("")


@pytest.mark.parametrize(
    ("code", "typed", "amount"),
    [
        ("de", "12.500", D(12500)),
        ("en", "12.500", D("12.5")),
        ("ru", "12.500", D(12500)),
        ("de", "1,500", D("1.5")),
        ("en", "1,500", D(1500)),
        ("de", "12.345,67", D("12345.67")),
        ("en", "12,345.67", D("12345.67")),
        ("ru", "12\u00a0345,67", D("12345.67")),
        ("en", "12 345,67", D("12345.67")),  # unambiguous: read so in every format
        ("en", "1.005", None),  # 1.005 in this format: three decimals are no money
        ("de", "1.500,000.00", None),
        ("en", "", None),
    ],
)
def test_the_number_format_settles_the_reading(qtbot, code: str, typed: str, amount: D | None) -> None:  # type: ignore[no-untyped-def]
    set_number_format(code)
    assert parse_decimal(typed) == amount
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    edit.setText(typed)
    assert edit.value() == amount


def test_as_the_window_language_follows_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_number_format("")
    assert decimal_separator("en") == "." and decimal_separator("ru") == ","
    assert parse_decimal("12.500", decimal_separator=",") == D(12500)
    set_number_format("de")
    assert decimal_separator("en") == ","


def test_typing_into_the_field_gives_the_parsed_amount(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_number_format("de")
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    seen: list[object] = []
    edit.value_changed.connect(seen.append)
    qtbot.keyClicks(edit, "12.500")
    assert edit.value() == D(12500) and seen[-1] == D(12500)
    weight = DecimalEdit(places=4)
    qtbot.addWidget(weight)
    qtbot.keyClicks(weight, "0,125")
    assert weight.value() == D("0.125")

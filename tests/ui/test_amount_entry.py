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


def test_an_ambiguous_cell_reads_in_russian(russian: None) -> None:  # type: ignore[no-untyped-def]
    from reports.xlsx.cells import parse_money
    from reports.xlsx.report import ImportProblem
    from ui.text import tr_text

    _, problem = parse_money("1,500")
    assert problem is not None
    line = ImportProblem.of("draft_D014.xlsx", "План - Plan", "D14", problem).text()
    assert tr_text(line) == (
        "draft_D014.xlsx, лист План - Plan, D14: найдено «1,500», ожидалось: сумма, которую можно прочитать только "
        "одним способом: здесь это может быть 1500.00 или 1.50 (напишите 1500 или 1,50)"
    ), tr_text(line)
    assert "1500.00 или 1.50" in tr_text(str(line))  # also when the line lost its template (a Qt signal)

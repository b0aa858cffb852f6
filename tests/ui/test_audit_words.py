"""Issue 14.5: amounts and rates in input fields follow the number format; dates follow the window's language;
the audit and history name fields for people and show every time in one zone; reports default to the year's
documents language."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coop_desk.text import Text
from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui import numbers
from ui.audit_fields import FIELDS, field_label, value_text
from ui.dates import date_text, local, moment_text, zone_label
from ui.money_input import DecimalEdit, MoneyEdit
from ui.screens.audit import AuditScreen, AuditTableModel
from ui.screens.reports import ReportsScreen
from ui.text import tr_text
from ui.widgets.history import change_lines, entry_detail

NBSP = "\u00a0"


@pytest.fixture
def number_format() -> Iterator[Any]:
    """Set the number format for one test; the window language's again afterwards."""
    yield numbers.set_number_format
    numbers.set_number_format("")


@pytest.fixture
def moscow() -> Iterator[None]:
    """This machine in Moscow time (UTC+3, no summer time) for one test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Moscow"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


# --------------------------------------------------------------------------- input fields


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("ru", f"1{NBSP}000{NBSP}000,50"),
        ("en", "1,000,000.50"),
        ("de", "1.000.000,50"),
    ],
)
def test_an_amount_field_shows_the_number_format_and_reads_back_the_same(
    qtbot: Any, number_format: Any, code: str, shown: str
) -> None:
    number_format(code)
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    for value, text in (
        (Decimal("1000000.50"), shown),
        (Decimal("-1000000.50"), "-" + shown),
        (Decimal("0"), "0" + numbers.DECIMAL_SEPARATORS[code] + "00"),
    ):
        edit.set_value(value)
        assert edit.text() == text
        assert edit.hasAcceptableInput(), text
        assert edit.value() == value  # the one strict parser reads what the field shows


def test_an_amount_field_follows_the_window_language_when_no_format_is_chosen(
    qtbot: Any, russian: None, number_format: Any
) -> None:
    number_format("")
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    edit.set_value(Decimal("12500.5"))
    assert edit.text() == f"12{NBSP}500,50"


def test_parsing_stays_strict(qtbot: Any, number_format: Any) -> None:
    number_format("ru")
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    for typed in ("1 000 000,505", "12,5.0", "1.000,000,00"):
        edit.setText(typed)
        assert edit.value() is None, typed
    edit.setText("1 000 000,5")
    assert edit.value() == Decimal("1000000.5") and isinstance(edit.value(), Decimal)


def test_a_rate_field_uses_the_decimal_separator_of_the_format(qtbot: Any, number_format: Any) -> None:
    edit = DecimalEdit(places=4)
    qtbot.addWidget(edit)
    number_format("ru")
    edit.set_value(Decimal("0.1500"))
    assert edit.text() == "0,15" and edit.value() == Decimal("0.15")
    number_format("en")
    edit.set_value(Decimal("0.0825"))
    assert edit.text() == "0.0825" and edit.value() == Decimal("0.0825")
    edit.set_value(Decimal("0"))
    assert edit.text() == "0" and edit.value() == Decimal("0")


# --------------------------------------------------------------------------- dates and times


def test_dates_are_written_in_the_window_language() -> None:
    year_end = dt.date(2027, 12, 31)
    assert date_text(year_end, "ru") == "31.12.2027"
    assert date_text(year_end, "en") == "31 Dec 2027"
    assert date_text(dt.date(2028, 1, 1), "ru") == "01.01.2028"
    assert date_text(None) == ""


def test_a_moment_is_local_time_and_the_zone_is_named(moscow: None) -> None:
    # stored in UTC on the last evening of the year: in Moscow it is already the next year
    stored = dt.datetime(2027, 12, 31, 22, 30, 5)  # SQLite gives it back without a zone: UTC
    assert local(stored).utcoffset() == dt.timedelta(hours=3)
    assert moment_text(stored, "ru") == "01.01.2028 01:30"
    assert moment_text(stored.replace(tzinfo=dt.UTC), "en", seconds=True) == "1 Jan 2028 01:30:05"
    assert zone_label() == "UTC+03:00"


def test_zone_label_of_a_machine_in_utc() -> None:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        assert zone_label() == "UTC"
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_dates_inside_service_sentences_follow_the_window_language(russian: None) -> None:
    english = Text("{count} mockup(s) waiting for review since {date}", count=2, date=dt.date(2027, 12, 31))
    assert str(english).endswith("2027-12-31")  # the command line keeps ISO
    shown = tr_text(english)
    assert "31.12.2027" in shown and "2027-12-31" not in shown


def test_the_dashboard_writes_its_dates_in_russian(qtbot: Any, russian: None, execution: Programme, tmp_path) -> None:
    from ui.screens.dashboard import DashboardScreen

    screen = open_screen(qtbot, DashboardScreen, make_context(execution, tmp_path, lang="ru"))
    rows = screen.dated_rows()
    assert rows
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", row) for row in rows), rows
    assert all(re.match(r"\d{2}\.\d{2}\.\d{4} — ", row) for row in rows), rows


# --------------------------------------------------------------------------- field names and values


def test_fields_have_names_for_people_and_unknown_ones_stay_readable() -> None:
    assert field_label("act_date") == "act date"
    assert field_label("verified_cost") == "verified cost"
    assert field_label("some_new_field") == "some new field"  # not in the table: no underscores shown
    assert field_label("Service quality") == "Service quality"  # a criterion's own name, as it is


def test_values_are_written_the_window_way(number_format: Any) -> None:
    number_format("ru")
    assert value_text("verified_cost", "1000000.50") == f"1{NBSP}000{NBSP}000,50"
    assert value_text("amount", "-1564.00") == f"-1{NBSP}564,00"
    assert value_text("budget", "0") == "0,00"
    assert value_text("base_rate", "0.5") == "0,5"
    assert value_text("act_date", "2027-12-31") == "31 Dec 2027"  # dates follow the language, not the format
    assert value_text("year", 2027) == "2027"  # a year, an id, a count: never grouped
    assert value_text("invoice_number", "12345.10") == "12345.10"  # a number someone wrote: as written
    assert value_text("dealers", {"D001": "22632.61"}) == f"D001: 22{NBSP}632,61"
    assert value_text("late", True) == "yes" and value_text("reason", None) == "—"
    assert value_text("status", "submitted", "mockup") == "submitted"
    assert value_text("status", "no_such_status") == "no_such_status"  # an unknown code: as it is
    assert value_text("stage", "drafting") == "drafting"


def test_change_lines_name_the_fields_and_format_the_values(number_format: Any) -> None:
    number_format("en")
    lines = change_lines(
        {"verified_cost": None, "act_date": "2027-12-31", "note_code": "x"},
        {"verified_cost": "12500.00", "act_date": "2027-12-31", "note_code": "y"},
        "claim",
    )
    assert lines == [
        "verified cost: — → 12,500.00",
        "act date: 31 Dec 2027 (unchanged)",
        "note code: x → y",
    ]


def _entries(programme: Programme) -> list[Any]:
    return programme.services.audit.entries(newest_first=True, limit=5000)


def test_every_field_of_a_whole_year_is_in_the_table(full_year: Programme) -> None:
    seen: set[str] = set()
    for entry in _entries(full_year):
        if entry.action == "score.record":  # keyed by the criteria's own names
            continue
        for side in (entry.before, entry.after):
            if isinstance(side, dict):
                seen |= {str(k) for k in side}
    assert seen, "the year has audit records with before/after"
    assert seen <= set(FIELDS), sorted(seen - set(FIELDS))


def test_the_russian_window_shows_no_field_code(russian: None, full_year: Programme) -> None:
    codes = [k for k in FIELDS if "_" in k]
    assert re.search("[а-я]", value_text("stage", "drafting"))
    assert re.search("[а-я]", value_text("status", "submitted", "mockup"))
    for key in FIELDS:
        assert re.search("[а-яё]", field_label(key)), key
    for entry in _entries(full_year):
        detail = entry_detail(entry)
        for code in codes:
            assert not re.search(rf"(?<![\w-]){code}(?![\w-])", detail), (code, detail)
        assert not re.search(r"\d{4}-\d{2}-\d{2}", detail.split("\n", 1)[0]), detail


def test_the_audit_screen_names_its_zone_and_shows_local_times(
    qtbot: Any, execution: Programme, tmp_path: Path, moscow: None
) -> None:
    screen = open_screen(qtbot, AuditScreen, make_context(execution, tmp_path))
    model = screen.model
    assert model.headers()[AuditTableModel.Column.AT] == "When (UTC+03:00)"
    row = model._rows[0]
    assert model.display(row, AuditTableModel.Column.AT) == moment_text(row.at, "en", seconds=True)
    screen.table.setCurrentIndex(screen.proxy.index(0, 0))
    assert screen.detail.toPlainText().startswith(moment_text(row.at, "en", seconds=True) + " UTC+03:00")


# --------------------------------------------------------------------------- report language


def _reports(qtbot: Any, programme: Programme, tmp_path: Path, lang: str) -> ReportsScreen:
    return open_screen(qtbot, ReportsScreen, make_context(programme, tmp_path, lang=lang))


def test_reports_default_to_the_years_documents_language(qtbot: Any, full_year: Programme, tmp_path: Path) -> None:
    language = full_year.services.years.get(full_year.year).language
    other = "en" if language == "ru" else "ru"
    screen = _reports(qtbot, full_year, tmp_path, lang=other)  # the window speaks the other language
    assert screen._lang.currentData() == language
    screen._lang.setCurrentIndex(screen._lang.findData(other))
    screen._lang.activated.emit(screen._lang.currentIndex())  # the person chooses
    screen.refresh()
    assert screen._lang.currentData() == other  # a refresh keeps the person's choice


def test_reports_without_a_year_language_follow_the_window(
    qtbot: Any, full_year: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context(full_year, tmp_path, lang="en")
    view = context.year_view()
    assert view is not None
    monkeypatch.setattr(context, "year_view", lambda: dataclasses.replace(view, language=""))
    screen = open_screen(qtbot, ReportsScreen, context)
    assert screen._lang.currentData() == "en"


def test_the_english_audit_finds_what_it_shows_and_what_is_stored(
    qtbot: Any, execution: Programme, tmp_path: Path
) -> None:
    screen = open_screen(qtbot, AuditScreen, make_context(execution, tmp_path))
    submitted = [e for e in _entries(execution) if e.action == "mockup.submit"]
    assert submitted and "2027-01-05" in str(submitted[-1].summary)
    for typed in ("5 Jan 2027", "2027-01-05"):  # as shown, as stored
        screen.text.setText(typed)
        screen._on_filter_changed()
        found = [screen.model._rows[r] for r in range(screen.model.rowCount())]
        assert found and all(e.action in ("mockup.submit",) or typed in str(e.summary) for e in found), typed
        assert {e.id for e in found} >= {e.id for e in submitted if "2027-01-05" in str(e.summary)}


def test_date_fields_follow_the_window_language(qtbot: Any, russian: None) -> None:
    from ui.dates import date_input_format
    from ui.screens.claim_completion import OptionalDateEdit

    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.set_value(dt.date(2027, 12, 31))
    assert edit.text() == "31.12.2027" and edit.value() == dt.date(2027, 12, 31)
    assert date_input_format("en") == "dd MMM yyyy"

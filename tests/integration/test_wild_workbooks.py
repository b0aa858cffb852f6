"""Real-world and reader-breaking spreadsheets (../shared/wild-workbooks, from calamine's test suite).

None is a CoopDesk template: the reading layer must answer each with a one-line refusal that names the
file, quickly, never with a traceback, and the plan import must write nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from decimal import Decimal
from pathlib import Path

import pytest

from coop_desk.services import Services
from reports.xlsx.cells import parse_date, parse_money, parse_month, parse_text, parse_whole
from reports.xlsx.plan_import import import_plans
from reports.xlsx.safety import WorkbookRefused, check_file, open_workbook, read_values, sheet_extent
from tests.factories import fingerprint, use_clock

WILD = Path(__file__).resolve().parents[3] / "shared" / "wild-workbooks"
FILES = sorted(p for p in WILD.iterdir() if p.is_file()) if WILD.is_dir() else []
needs_wild = pytest.mark.skipif(not FILES, reason=f"the wild workbooks are not here ({WILD})")
SECONDS = 5.0


@needs_wild
def test_every_wild_file_is_refused_by_name_quickly_and_nothing_is_written(services: Services) -> None:
    use_clock(services, dt.date(2026, 7, 1))
    services.years.create_year(2027)
    services.dealers.register("D014", "Dealer", "North")
    before = fingerprint(services)
    slow = []
    for path in FILES:
        start = time.perf_counter()
        report = import_plans(services, [path])
        took = time.perf_counter() - start
        if took > SECONDS:
            slow.append(f"{path.name}: {took:.1f} s")
        assert report.exit_code == 1 and not report.imported, path.name
        [outcome] = report.outcomes
        assert outcome.status == "refused" and outcome.message, path.name
        lines = report.lines()
        assert lines[0].startswith(f"{path.name}: refused: "), lines[0]
        assert "\n" not in lines[0] and "Traceback" not in lines[0]
    assert not slow, slow
    assert fingerprint(services) == before


@needs_wild
@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("OOM_alloc.xls", "Excel 97–2003 workbook (.xls)"),
        ("any_sheets.ods", "OpenDocument spreadsheet (.ods)"),
        ("issue_594_dos.ods", "a sheet spans 999 999 999 rows"),  # .ods drafts are read now (issue 11.7)
        ("any_sheets.xlsb", "Excel binary workbook (.xlsb)"),
        ("issue_666_panic.xlsb", "Excel binary workbook (.xlsb)"),
        ("pass_protected.xlsx", "password-protected"),
        ("pass_protected.xlsb", "password-protected"),
        ("too_small.xls", "text file"),
        ("issue252.xlsx", "not a readable workbook"),
        ("date.xlsx", "identification sheet is missing"),
        ("vba.xlsm", "identification sheet is missing"),
    ],
)
def test_the_reason_says_what_the_file_is(services: Services, name: str, reason: str) -> None:
    report = import_plans(services, [WILD / name])
    assert reason in report.outcomes[0].message, report.lines()


@needs_wild
@pytest.mark.parametrize("path", [p for p in FILES if p.suffix in (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")], ids=str)
def test_the_reading_layer_raises_only_refusals(path: Path) -> None:
    """Both readers, every sheet: values or a WorkbookRefused, nothing else."""
    start = time.perf_counter()
    try:
        checked = check_file(path)
    except WorkbookRefused as exc:
        assert str(exc).startswith(path.name + ": ")
        return
    for engine in ("calamine", "openpyxl"):
        try:
            values = read_values(checked, engine=engine)
            for name in values.sheet_names:
                values.sheet(name)
            values.close()
        except WorkbookRefused as exc:
            assert str(exc).startswith(path.name + ": ")
    with contextlib.suppress(WorkbookRefused):
        open_workbook(checked).close()
    assert time.perf_counter() - start < SECONDS


def test_sheet_extent_counts_values_not_formatting() -> None:
    assert sheet_extent(b'<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="3"/></row>') == (1, 1)
    assert sheet_extent(b'<x:row r="2"><x:c r="C2" t="s"><x:v>0</x:v></x:c></x:row>') == (2, 3)
    # Cells and rows without references take the next position.
    assert sheet_extent(b"<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>") == (2, 3)


# -- tolerant cells ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12 500,50", "12500.50"),
        ("12,500.50", "12500.50"),
        ("12500 руб.", "12500.00"),
        ("€ 1 200", "1200.00"),
        ("1 200.5", "1200.50"),
        ("12\u00a0500,50\u00a0€", "12500.50"),
        ("12\u202f500,50 ", "12500.50"),
        ("1,500,000", "1500000.00"),
        ("1.234.567,89", "1234567.89"),
        (12500.5, "12500.50"),
        (12, "12.00"),
        (Decimal("7.1"), "7.10"),
    ],
)
def test_money_as_people_type_it(typed: object, amount: str) -> None:
    value, problem = parse_money(typed)
    assert problem is None and value == Decimal(amount) and str(value) == amount


@pytest.mark.parametrize(
    "typed", ["abc", "12,5,0", "125 00", "0,125", "1,500", 1234.567, 0.1 + 0.2, True, 1e300, "1e5", ""]
)
def test_money_refusals_say_what_was_expected(typed: object) -> None:
    value, problem = parse_money(typed)
    if typed == "":
        assert (value, problem) == (None, None)  # blank: the importer decides
        return
    assert value is None and problem is not None
    assert str(problem).startswith("expected an amount") and "found" in str(problem)


def test_money_in_another_currency_or_below_the_minimum() -> None:
    assert str(parse_money("abc")[1]) == 'expected an amount such as 12 500,50, found "abc"'
    assert parse_money("12500 руб.", currency="EUR")[0] is None
    assert parse_money("12500 €", currency="EUR")[0] == Decimal("12500.00")
    assert parse_money(-1, minimum=Decimal(0))[1] is not None


@pytest.mark.parametrize(
    ("typed", "month"),
    [
        ("января", 1),
        ("январь", 1),
        ("ЯНВ", 1),
        ("янв.", 1),
        ("Февраль / February", 2),
        ("MAR", 3),
        ("march", 3),
        ("Sept", 9),
        ("май", 5),
        ("мая", 5),
        ("март 2027", 3),
        ("2027-03", 3),
        ("15.03.2027", 3),
        (dt.date(2027, 4, 1), 4),
        (dt.datetime(2027, 11, 5, 10, 0), 11),
        (3, 3),
        (3.0, 3),
        ("03", 3),
    ],
)
def test_months_in_russian_english_numbers_and_dates(typed: object, month: int) -> None:
    assert parse_month(typed) == (month, None)


@pytest.mark.parametrize("typed", ["Martober", 13, 0, 3.5, "Январь / February", True])
def test_month_refusals(typed: object) -> None:
    value, problem = parse_month(typed)
    assert value is None and problem is not None and "a month (1–12" in str(problem)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2027-03-15", dt.date(2027, 3, 15)),
        ("15.03.2027", dt.date(2027, 3, 15)),
        ("15/03/27", dt.date(2027, 3, 15)),
        ("15 марта 2027 г.", dt.date(2027, 3, 15)),
        (46461, dt.date(2027, 3, 15)),
        (46461.75, dt.date(2027, 3, 15)),
        (dt.datetime(2027, 3, 15, 9, 30), dt.date(2027, 3, 15)),
    ],
)
def test_dates(typed: object, day: dt.date) -> None:
    assert parse_date(typed) == (day, None)


def test_dates_whole_numbers_and_text() -> None:
    assert parse_date("31.02.2027")[1] is not None
    assert parse_whole("12 500") == (12500, None) and parse_whole(3.5)[1] is not None
    assert parse_text("  a \u00a0 b\n c ") == ("a b c", None)
    assert parse_text(" one \r\n\r\n\r\n  two  ", multiline=True) == ("one\n\ntwo", None)
    assert parse_text(12.0) == ("12", None)

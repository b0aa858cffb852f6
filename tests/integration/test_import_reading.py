"""Imports read what they think they read (issue 11, point 6): column titles checked before any row is
read, control characters never stored, over-long texts refused with the limit, formula errors named.

Runs on SQLite and PostgreSQL (the ``services`` fixture), since PostgreSQL refuses NUL and enforces
``String(n)`` where SQLite does neither.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.cell import MergedCell

from coop_desk.errors import InvalidInput
from coop_desk.services import Services
from coop_desk.services.claim_views import ClaimInput
from coop_desk.services.plan_inputs import ConsolidationInput
from reports.xlsx import claims as claims_xlsx
from reports.xlsx import consolidation as cons_xlsx
from reports.xlsx.cells import clean_text, parse_text, title_matches
from reports.xlsx.plan_import import import_plans
from reports.xlsx.plan_layout import LAYOUT, PLAN_SHEET
from tests.factories import ExecutionYear, fingerprint
from tests.integration.test_agency_exchange import claim_row, fill_claims, fill_consolidation, year_in_consolidation
from tests.integration.test_agency_exchange import claims_year as claims_year  # noqa: F401 (a fixture)
from tests.integration.test_plan_exchange import YEAR, current, drafting_year, fill, libreoffice_resave, template

HEAD = LAYOUT.head_row
GOOD_ROWS = [("press", 3, "1200,50", "Журнал"), ("radio", "май", 800, "Эфир")]


def _edit(path: Path, sheet: str, change: Any) -> Path:
    wb = openpyxl.load_workbook(path)
    change(wb[sheet])
    wb.save(path)
    return path


def _refused(services: Services, path: Path) -> list[str]:
    before = fingerprint(services)
    report = import_plans(services, [path])
    assert report.exit_code == 1 and not report.imported, report.lines()
    assert fingerprint(services) == before
    return report.lines()


# -- column titles -------------------------------------------------------------------------------
def _swap(ws: Any, a: int, b: int, first: int = 1) -> None:
    for row in range(first, ws.max_row + 1):
        x, y = ws.cell(row=row, column=a), ws.cell(row=row, column=b)
        if not isinstance(x, MergedCell) and not isinstance(y, MergedCell):
            x.value, y.value = y.value, x.value


COST = "Планируемая стоимость"


@pytest.mark.parametrize(
    ("change", "cell", "title", "found"),
    [
        (lambda ws: ws.insert_cols(4), f"D{HEAD}", COST, ""),  # a column inserted before the cost
        (lambda ws: ws.delete_cols(4), f"D{HEAD}", COST, "Идея: что, где, для кого"),  # the cost deleted
        (lambda ws: _swap(ws, 3, 4, HEAD), f"C{HEAD}", "Месяц / Month", COST + ", EUR"),  # month and cost
    ],
    ids=["inserted", "deleted", "moved"],
)
def test_a_plan_with_a_column_inserted_deleted_or_moved_is_refused_naming_the_column(
    services: Services, tmp_path: Path, change: Any, cell: str, title: str, found: str
) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD_ROWS)
    _edit(path, PLAN_SHEET, change)
    lines = _refused(services, path)
    found_lines = [ln for ln in lines if f", {cell}:" in ln]
    assert len(found_lines) == 1, lines
    [line] = found_lines
    assert f"the column title “{title}" in line, lines
    assert (f'found "{found}"' if found else "found nothing") in line, lines
    assert not any("expected a month" in ln or "expected an amount" in ln for ln in lines), lines


def test_plan_titles_in_english_in_another_case_or_spacing_are_accepted(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD_ROWS)

    def retitle(ws: Any) -> None:
        ws.cell(row=HEAD, column=2, value="  CHANNEL ")
        ws.cell(row=HEAD, column=3, value="месяц\nMonth")
        ws.cell(row=HEAD, column=4, value="Planned cost, eur")
        ws.cell(row=HEAD, column=5, value="Идея:  что, где, для кого")
        ws.cell(row=HEAD + 1, column=2, value="Канал / Channel")

    _edit(path, PLAN_SHEET, retitle)
    report = import_plans(services, [path])
    assert report.exit_code == 0, report.lines()
    assert [a[:3] for a in current(services)] == [("press", 3, D("1200.50")), ("radio", 5, D("800.00"))]


def test_an_english_title_row_that_no_longer_matches_is_refused(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD_ROWS)
    _edit(path, PLAN_SHEET, lambda ws: ws.cell(row=HEAD + 1, column=4, value="Month"))
    lines = _refused(services, path)
    assert any(f", D{HEAD + 1}:" in ln and 'found "Month"' in ln and "Планируемая стоимость" in ln for ln in lines)


def test_title_matching() -> None:
    assert title_matches("Планируемая стоимость, EUR", "Планируемая стоимость", "Planned cost")
    assert title_matches("planned cost, RUB", "Планируемая стоимость", "Planned cost")
    assert title_matches("Валюта (пусто = EUR)\nCurrency (blank = EUR)", "Валюта (пусто = {cur})", "Currency")
    assert title_matches("Номер  счёта", "Номер счета", "Invoice number")
    assert title_matches("\x1bКанал", "Канал", "Channel")
    assert not title_matches("Месяц", "Канал", "Channel")
    assert not title_matches("Канализация", "Канал", "Channel")
    assert not title_matches(None, "Канал", "Channel")
    assert not title_matches("Дата платёжного поручения", "Дата счёта", "Invoice date")


def test_a_consolidation_with_a_column_moved_is_refused_naming_it(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs)
    col = cons_xlsx.COL["vendor"]
    _edit(path, cons_xlsx.SHEET, lambda ws: _swap(ws, col, col + 1, cons_xlsx.HEADER_ROW))
    before = fingerprint(services)
    report = cons_xlsx.import_consolidation(services, path)
    assert report.exit_code == 1
    assert fingerprint(services) == before
    cell = f"{openpyxl.utils.get_column_letter(col)}{cons_xlsx.HEADER_ROW}"
    assert any(f", {cell}:" in ln and "Подрядчик / Vendor" in ln for ln in report.lines()), report.lines()


def test_a_consolidation_titled_in_english_only_is_read(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs)

    def english(ws: Any) -> None:
        for i, column in enumerate(cons_xlsx.COLUMNS, start=1):
            ws.cell(row=cons_xlsx.HEADER_ROW, column=i, value=column.en.upper())

    _edit(path, cons_xlsx.SHEET, english)
    report = cons_xlsx.import_consolidation(services, path)
    assert report.exit_code == 0, report.lines()


@pytest.mark.parametrize("change", ["insert", "delete"])
def test_a_claims_file_with_a_column_inserted_or_deleted_is_refused(
    services: Services,
    claims_year: ExecutionYear,
    tmp_path: Path,
    change: str,  # noqa: F811
) -> None:
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(path, [claim_row(claims_year.ref("D001", 1), "17", D("100.00"))])
    col = claims_xlsx.COL["vendor"]
    _edit(path, claims_xlsx.SHEET, lambda ws: ws.insert_cols(col) if change == "insert" else ws.delete_cols(col))
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    before = fingerprint(services)
    result = claims_xlsx.import_claims(services, [path])
    assert result.exit_code == 1
    assert fingerprint(services) == before
    cell = f"{openpyxl.utils.get_column_letter(col)}{claims_xlsx.HEADER_ROW}"
    assert any(f", {cell}:" in ln and "Подрядчик / Vendor" in ln for ln in result.lines()), result.lines()


# -- control characters --------------------------------------------------------------------------
NASTY = "\x1b[31mRed\x1b[0m \x07bell\x00nul \x85c1\x7f _x001B_esc _x0007_ tab\there"
#: What a workbook may hold (openpyxl refuses to write control characters: they go in by token, raw into
#: the XML as a hostile file has them, which calamine reads, or as Excel's ``_x001B_`` escapes)
RAW = {"\x1b": "~ESC~", "\x07": "~BEL~", "\x00": "~NUL~", "\x85": "~NEL~", "\x9b": "~CSI~", "\x7f": "~DEL~"}


def typed(text: str) -> str:
    """``text`` with its control characters as tokens that :func:`inject` puts back into the file."""
    for char, token in RAW.items():
        text = text.replace(char, token)
    return text


def inject(path: Path) -> Path:
    """The tokens of :func:`typed` replaced by the raw control characters in every XML part."""
    parts = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith(".xml"):
                for char, token in RAW.items():
                    data = data.replace(token.encode(), char.encode())
            parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_clean_text_removes_every_control_but_tab_and_newline() -> None:
    assert clean_text(NASTY) == "[31mRed[0m bellnul c1 esc  tab\there"
    assert clean_text("line 1\nline 2") == "line 1\nline 2"
    assert clean_text("a_x0041_b") == "a_x0041_b"  # an escape of a letter is not a control
    for code in [*range(0x20), *range(0x7F, 0xA0)]:
        assert chr(code) not in parse_text(f"a{chr(code)}b")[0]
        assert chr(code) not in parse_text(f"a{chr(code)}b", multiline=True)[0] or chr(code) == "\n"
    assert parse_text("a\x1bb\nc\x00d", multiline=True)[0] == "ab\ncd"


def test_control_characters_never_reach_the_database_from_a_plan(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(
        template(services, tmp_path),
        [(typed("\x1bpress\x00"), 3, "1200,50", typed(NASTY)), ("radio", 5, 800, typed("two\x07\nlines_x001B_"))],
        review=[typed("\x00ran\x1b[2J"), typed("worked\x9b"), typed("notes\x00")],
    )
    inject(path)
    report = import_plans(services, [path])
    assert report.exit_code == 0, report.lines()
    got = current(services)
    assert [g[0] for g in got] == ["press", "radio"]
    assert got[0][3] == "[31mRed[0m bellnul c1 esc tab here"
    assert got[1][3] == "two\nlines"
    [draft] = services.plans.drafts(YEAR, "D014")
    assert "ran[2J" in draft.h1_review and "worked" in draft.h1_review and draft.regional_notes == "notes"
    texts = [g[3] for g in got] + [draft.h1_review, draft.regional_notes]
    assert not any(ch in t for t in texts for ch in "\x00\x07\x1b\x9b"), texts


def test_control_characters_never_reach_the_database_from_a_consolidation(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs, agency=typed("Агентство\x00 Север\x1b"))

    def nasty(ws: Any) -> None:
        row = next(
            r for r in range(cons_xlsx.FIRST_ROW, ws.max_row + 1) if ws.cell(row=r, column=1).value == refs["D002"][0]
        )
        ws.cell(row=row, column=cons_xlsx.COL["placement"], value=typed("Трасса\x00 М2\x1b[0m"))
        ws.cell(row=row, column=cons_xlsx.COL["vendor"], value=typed("Outdoor_x001B_ LLC\x07"))
        ws.cell(row=row, column=cons_xlsx.COL["note"], value=typed("line\x00\nnext\x85"))

    inject(_edit(path, cons_xlsx.SHEET, nasty))
    report = cons_xlsx.import_consolidation(services, path)
    assert report.exit_code == 0, report.lines()
    row = next(r for r in services.plans.consolidated(YEAR) if r.reference == refs["D002"][0])
    assert (row.placement, row.vendor, row.note) == ("Трасса М2[0m", "Outdoor LLC", "line\nnext")


def test_control_characters_never_reach_the_database_from_claims(
    services: Services,
    claims_year: ExecutionYear,
    tmp_path: Path,  # noqa: F811
) -> None:
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    ref = claims_year.ref("D001", 1)
    row = claim_row(
        ref, typed("17\x00"), D("100.00"), vendor=typed("Вендор\x1b[1m"), act_number=typed("А_x001B_-1\x07")
    )
    fill_claims(path, [row])
    inject(path)
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    result = claims_xlsx.import_claims(services, [path])
    assert result.exit_code == 0, result.lines()
    [claim] = services.claims.list_claims(YEAR)
    assert (claim.invoice_number, claim.vendor, claim.act_number) == ("17", "Вендор[1m", "А-1")


# -- over-long texts -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", 200), ("region", 200), ("city", 120), ("legal_name", 300), ("email", 200), ("phone", 60)],
)
def test_an_over_long_dealer_field_is_refused_with_its_limit(services: Services, field: str, limit: int) -> None:
    long = "Я" * (limit + 1) if field != "email" else "a" * limit + "@x.ru"
    before = fingerprint(services)
    values = {"name": "Дилер", "region": "Урал", "city": "", "legal_name": "", "email": "", "phone": ""} | {field: long}
    name, region = values.pop("name"), values.pop("region")
    with pytest.raises(InvalidInput) as caught:
        services.dealers.register("D777", name, region, **values)
    assert f"is longer than {limit} characters" in str(caught.value)
    assert fingerprint(services) == before
    services.dealers.register("D778", "Дилер", "Урал")
    before = fingerprint(services)
    with pytest.raises(InvalidInput) as caught:
        services.dealers.edit("D778", None, **{field: long})
    assert f"is longer than {limit} characters" in str(caught.value)
    assert fingerprint(services) == before
    fits = "Я" * limit if field != "email" else "a" * (limit - 5) + "@x.ru"
    services.dealers.edit("D778", None, **{field: fits})  # exactly the limit is stored, on both databases
    got = services.dealers.get("D778")
    assert getattr(got, field) == fits


def test_over_long_consolidation_texts_are_refused_by_cell(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs, agency="А" * 201)
    rows: dict[str, int] = {}

    def long(ws: Any) -> None:
        row = next(
            r for r in range(cons_xlsx.FIRST_ROW, ws.max_row + 1) if ws.cell(row=r, column=1).value == refs["D002"][0]
        )
        rows["row"] = row
        ws.cell(row=row, column=cons_xlsx.COL["placement"], value="п" * 301)
        ws.cell(row=row, column=cons_xlsx.COL["vendor"], value="в" * 301)

    _edit(path, cons_xlsx.SHEET, long)
    before = fingerprint(services)
    report = cons_xlsx.import_consolidation(services, path)
    assert report.exit_code == 1 and fingerprint(services) == before
    text = "\n".join(report.lines())
    for key in ("placement", "vendor"):
        cell = f"{openpyxl.utils.get_column_letter(cons_xlsx.COL[key])}{rows['row']}"
        assert any(f", {cell}:" in ln and "at most 300 characters" in ln for ln in report.lines()), text
    assert f", {cons_xlsx.AGENCY_CELL}:" in text and "at most 200 characters" in text


def test_the_consolidation_service_refuses_over_long_texts_itself(services: Services) -> None:
    refs = year_in_consolidation(services)
    rows = [ConsolidationInput(ref, True) for refs_ in refs.values() for ref in refs_]
    rows[0] = ConsolidationInput(rows[0].reference, True, placement="п" * 301, vendor="в" * 301)
    before = fingerprint(services)
    with pytest.raises(InvalidInput) as caught:
        services.plans.record_consolidation(YEAR, rows, agency="А" * 201)
    text = str(caught.value)
    assert text.count("is longer than 300 characters") == 2 and "is longer than 200 characters" in text, text
    assert fingerprint(services) == before


def test_over_long_claim_texts_are_refused_by_cell_and_by_the_service(
    services: Services,
    claims_year: ExecutionYear,
    tmp_path: Path,  # noqa: F811
) -> None:
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    ref = claims_year.ref("D001", 1)
    fill_claims(path, [claim_row(ref, "1" * 101, D("100.00"), vendor="в" * 301)])
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    before = fingerprint(services)
    result = claims_xlsx.import_claims(services, [path])
    assert result.exit_code == 1 and fingerprint(services) == before
    text = "\n".join(result.lines())
    assert "at most 100 characters" in text and "at most 300 characters" in text, text
    claim = ClaimInput(ref, "1" * 101, dt.date(YEAR, 2, 10), D("100.00"), vendor="в" * 301)
    with pytest.raises(InvalidInput) as caught:
        services.claims.file(YEAR, "D001", claim)
    assert "is longer than 100 characters" in str(caught.value) and "is longer than 300" in str(caught.value)
    assert fingerprint(services) == before


# -- formula errors ------------------------------------------------------------------------------
ERRORS = ("#NUM!", "#DIV/0!", "#VALUE!", "#REF!", "#N/A", "#NAME?", "#NULL!")


def cached_errors(path: Path, sheet_part: str, errors: dict[str, str]) -> Path:
    """Give the formula cells at ``errors`` (cell → code) the cached error value Excel would store
    (``<c r="D14" t="e"><f>…</f><v>#DIV/0!</v></c>``): openpyxl writes formulas without one."""
    parts = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            if name == sheet_part:
                text = data.decode()
                for cell, code in errors.items():
                    pattern = re.compile(
                        rf'<c r="{cell}"([^>]*?)(?: t="[a-z]+")?([^>]*)><f>(.*?)</f>(?:<v>[^<]*</v>|<v ?/>)?</c>'
                    )
                    text, n = pattern.subn(rf'<c r="{cell}"\1\2 t="e"><f>\3</f><v>{code}</v></c>', text)
                    assert n == 1, (cell, text[:2000])
                data = text.encode()
            parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _plan_sheet_part(path: Path) -> str:
    wb = openpyxl.load_workbook(path)
    index = wb.sheetnames.index(PLAN_SHEET) + 1
    return f"xl/worksheets/sheet{index}.xml"


@pytest.mark.parametrize("engine", ["calamine", "openpyxl"])
def test_every_formula_error_is_named_as_such(services: Services, tmp_path: Path, engine: str) -> None:
    drafting_year(services)
    first = LAYOUT.first_row
    rows: list[Any] = [("press", 3, "=1/0", "Журнал") for _ in ERRORS]
    rows += [("=1/0", 3, 100, ""), ("radio", "=1/0", 100, ""), ("radio", 4, 100, "=1/0")]
    path = fill(template(services, tmp_path), rows)
    errors = {f"D{first + i}": code for i, code in enumerate(ERRORS)}
    n = len(ERRORS)
    errors |= {f"B{first + n}": "#N/A", f"C{first + n + 1}": "#REF!", f"E{first + n + 2}": "#NAME?"}
    cached_errors(path, _plan_sheet_part(path), errors)
    before = fingerprint(services)
    report = import_plans(services, [path], engine=engine)
    assert fingerprint(services) == before
    lines = report.lines()
    assert report.exit_code == 1, lines
    for cell, code in errors.items():
        hits = [ln for ln in lines if f", {cell}: the cell holds the formula error {code}, expected" in ln]
        assert len(hits) == 1, (cell, code, lines)
    assert current(services) == []


def test_a_libreoffice_computed_error_is_named(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), [("press", 3, "=1/0", "Журнал"), ("radio", 4, "=SQRT(-1)", "")])
    resaved = libreoffice_resave(path, tmp_path / "lo")
    lines = _refused(services, resaved)
    first = LAYOUT.first_row
    assert any(f", D{first}: the cell holds the formula error #DIV/0!" in ln for ln in lines), lines
    assert any(f", D{first + 1}: the cell holds the formula error #VALUE!" in ln for ln in lines), lines


def test_formula_errors_in_claims_are_named(
    services: Services,
    claims_year: ExecutionYear,
    tmp_path: Path,  # noqa: F811
) -> None:
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    ref = claims_year.ref("D001", 1)
    fill_claims(path, [claim_row(ref, "17", "=1/0", day="=1/0", vendor="=1/0")])
    row = claims_xlsx.FIRST_ROW
    cells = {
        f"{claims_xlsx.LETTER['invoice_amount']}{row}": "#DIV/0!",
        f"{claims_xlsx.LETTER['invoice_date']}{row}": "#VALUE!",
        f"{claims_xlsx.LETTER['vendor']}{row}": "#N/A",
    }
    wb = openpyxl.load_workbook(path)
    part = f"xl/worksheets/sheet{wb.sheetnames.index(claims_xlsx.SHEET) + 1}.xml"
    cached_errors(path, part, cells)
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    before = fingerprint(services)
    result = claims_xlsx.import_claims(services, [path])
    assert result.exit_code == 1 and fingerprint(services) == before
    for cell, code in cells.items():
        assert any(f", {cell}: the cell holds the formula error {code}" in ln for ln in result.lines()), result.lines()


def test_formula_error_values_in_every_parser() -> None:
    from reports.xlsx.cells import formula_error, parse_date, parse_money, parse_month, parse_whole

    for code in ERRORS:
        assert formula_error(code) == code and formula_error(f" {code.lower()} ") == code
        for parse in (parse_money, parse_whole, parse_month, parse_date):
            value, problem = parse(code)
            assert value is None and problem is not None
            assert str(problem).startswith(f"the cell holds the formula error {code}, expected ")
    assert formula_error("#DIV/0! and more") is None and formula_error(17) is None

"""The agency and claims workbooks: consolidation, quarterly claims and the efficiency report.

Each kind is written, filled in with openpyxl the way the agency or the dealer would (only the cells
they may type in), read back and compared with the database to the cent; the same after a LibreOffice
re-save; malformed cells are refused by name with nothing written; every wild workbook is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import time
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk.cli import run
from coop_desk.services import Services
from coop_desk.services.plan_inputs import ActivityInput
from models import ClaimStatus
from reports.xlsx import claims as claims_xlsx
from reports.xlsx import consolidation as cons_xlsx
from reports.xlsx import efficiency as eff_xlsx
from reports.xlsx.meta import META_SHEET
from tests.factories import ExecutionYear, approve_mockup, fingerprint, unchanged, use_clock, year_in_execution

YEAR = 2027
WILD = Path(__file__).resolve().parents[3] / "shared" / "wild-workbooks"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


# -- set-up --------------------------------------------------------------------------------------
def year_in_consolidation(services: Services, year: int = YEAR, *, advance: bool = True) -> dict[str, list[str]]:
    """Three dealers in two regions with drafts (cents included); the year at consolidation (or drafting)."""
    use_clock(services, dt.date(year - 1, 7, 1))
    services.years.create_year(year, consolidating_agency="Agency One", evaluating_agency="Eval Co")
    plans = {
        ("D001", "Центральный", "Москва"): [
            ("press", 3, D("12500.50"), "Реклама в журнале"),
            ("radio", 5, D(3000), ""),
        ],
        ("D002", "Центральный", "Тула"): [("outdoor", 4, D("999.99"), "Щит 3×6 у трассы")],
        ("D003", "Сибирский", "Омск"): [("exhibition", 9, D(20000), "Стенд"), ("online", 2, D("0.01"), "Баннеры")],
    }
    for (code, region, city), acts in plans.items():
        services.dealers.register(code, f"ООО «Дилер {code}»", region, city=city)
        services.plans.record_draft(year, code, [ActivityInput(c, m, cost, idea) for c, m, cost, idea in acts])
    if advance:
        services.years.advance(year, confirm_missing=True)
    return {code: [a.reference for a in services.plans.activities(year, code)] for code, *_ in plans}


def resave(path: Path, tmp_path: Path) -> Path:
    """The file as LibreOffice Calc saves it (as a dealer without Excel would send it back)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    out = tmp_path / "resaved"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = out / path.name
    assert result.exists(), f"LibreOffice wrote nothing for {path.name}"
    return result


def rows_by_reference(ws: Worksheet, first: int) -> dict[str, int]:
    return {
        str(ws.cell(row=r, column=1).value): r
        for r in range(first, ws.max_row + 1)
        if str(ws.cell(row=r, column=1).value or "").startswith("D0")
    }


def problem_cells(outcome: Any) -> set[str]:
    return {p.cell for p in outcome.problems}


# -- consolidation -------------------------------------------------------------------------------
CONS_FILL = {
    # reference index → include, placement, vendor, costed amount (as the agency types it), note
    ("D001", 0): ("да", "Журнал «Дом»", "ИД Пресса", 12000.5, "снижена цена"),
    ("D001", 1): ("нет", None, None, None, "дублирует кампанию"),
    ("D002", 0): (None, "Трасса М2", "Outdoor LLC", "1 050,25", None),
    ("D003", 0): ("Yes", "Экспоцентр", "Expo", D("21000.00"), None),
    ("D003", 1): ("NO", None, None, None, None),
}
CONS_EXPECTED = {
    ("D001", 0): (True, "Журнал «Дом»", "ИД Пресса", D("12000.50"), "снижена цена"),
    ("D001", 1): (False, "", "", None, "дублирует кампанию"),
    ("D002", 0): (True, "Трасса М2", "Outdoor LLC", D("1050.25"), ""),
    ("D003", 0): (True, "Экспоцентр", "Expo", D("21000.00"), ""),
    ("D003", 1): (False, "", "", None, ""),
}


def fill_consolidation(path: Path, refs: dict[str, list[str]], agency: str = "Агентство Север") -> None:
    wb = load_workbook(path)
    ws = wb[cons_xlsx.SHEET]
    rows = rows_by_reference(ws, cons_xlsx.FIRST_ROW)
    ws[cons_xlsx.AGENCY_CELL] = agency
    for (code, n), values in CONS_FILL.items():
        row = rows[refs[code][n]]
        for key, value in zip(cons_xlsx.AGENCY_KEYS, values, strict=True):
            ws.cell(row=row, column=cons_xlsx.COL[key], value=value)
    wb.save(path)


def check_consolidated(services: Services, refs: dict[str, list[str]], agency: str = "Агентство Север") -> None:
    got = {r.reference: r for r in services.plans.consolidated(YEAR)}
    assert set(got) == {ref for rs in refs.values() for ref in rs}
    for (code, n), (included, placement, vendor, costed, note) in CONS_EXPECTED.items():
        row = got[refs[code][n]]
        assert (row.included, row.placement, row.vendor, row.costed_amount, row.note) == (
            included,
            placement,
            vendor,
            costed,
            note,
        ), row.reference
    assert got[refs["D001"][0]].planned_cost == D("12500.50")
    assert got[refs["D003"][1]].planned_cost == D("0.01")


def test_consolidation_workbook_layout(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[0] == cons_xlsx.SHEET and wb[META_SHEET].sheet_state == "veryHidden"
    ws = wb[cons_xlsx.SHEET]
    assert ws.protection.sheet and ws.freeze_panes == f"B{cons_xlsx.FIRST_ROW}"
    header = [ws.cell(row=cons_xlsx.HEADER_ROW, column=i).value for i in range(1, len(cons_xlsx.COLUMNS) + 1)]
    assert header[0] == "Референс\nReference" and header[-1] == "Примечание\nNote"
    labels = [str(ws.cell(row=r, column=1).value) for r in range(cons_xlsx.FIRST_ROW, ws.max_row + 1)]
    # Grouped by region (Сибирский before Центральный), a subtotal after each region and a total.
    assert labels == [
        *refs["D003"],
        "Итого: Сибирский / Subtotal",
        *refs["D001"],
        *refs["D002"],
        "Итого: Центральный / Subtotal",
        "Всего / Total",
    ]
    subtotal = labels.index("Итого: Сибирский / Subtotal") + cons_xlsx.FIRST_ROW
    assert str(ws.cell(row=subtotal, column=cons_xlsx.COL["planned_cost"]).value).startswith("=SUBTOTAL(9,")
    rows = rows_by_reference(ws, cons_xlsx.FIRST_ROW)
    first = rows[refs["D001"][0]]
    assert ws.cell(row=first, column=cons_xlsx.COL["planned_cost"]).value == D("12500.50")
    assert ws.cell(row=first, column=cons_xlsx.COL["city"]).value == "Москва"
    for key in cons_xlsx.AGENCY_KEYS:
        assert ws.cell(row=first, column=cons_xlsx.COL[key]).protection.locked is False
    for key in ("reference", "planned_cost", "idea"):
        assert ws.cell(row=first, column=cons_xlsx.COL[key]).protection.locked is not False
    assert ws.cell(row=subtotal, column=cons_xlsx.COL["include"]).protection.locked is not False
    validations = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    include = next(dv for ref, dv in validations.items() if ref.startswith("J"))
    assert include.type == "list" and "да" in include.formula1 and "yes" in include.formula1
    costed = next(dv for ref, dv in validations.items() if ref.startswith("M"))
    assert (costed.type, costed.operator, costed.formula1) == ("decimal", "greaterThanOrEqual", "0")
    assert "Инструкция" in wb.sheetnames


def test_consolidation_round_trip(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs)
    report = cons_xlsx.import_consolidation(services, path)
    assert report.exit_code == 0, report.lines()
    check_consolidated(services, refs)
    plan = services.plans.consolidated(YEAR)
    assert plan and all(r.reference for r in plan)
    # A re-export keeps the agency's work: importing it unchanged gives the same plan again.
    again = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "again.xlsx")
    assert cons_xlsx.import_consolidation(services, again).exit_code == 0
    check_consolidated(services, refs)


def test_consolidation_round_trip_through_libreoffice(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs)
    report = cons_xlsx.import_consolidation(services, resave(path, tmp_path))
    assert report.exit_code == 0, report.lines()
    check_consolidated(services, refs)


def test_consolidation_preview_from_drafting_cannot_be_imported_then(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services, advance=False)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "preview.xlsx")
    fill_consolidation(path, refs)
    with unchanged(services):
        report = cons_xlsx.import_consolidation(services, path)
    assert report.exit_code == 1
    assert "stage drafting" in report.outcomes[0].message


def test_consolidation_malformed_cells_are_all_named_and_nothing_is_written(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs)
    wb = load_workbook(path)
    ws = wb[cons_xlsx.SHEET]
    rows = rows_by_reference(ws, cons_xlsx.FIRST_ROW)
    a, b = rows[refs["D001"][0]], rows[refs["D002"][0]]
    ws[f"M{a}"] = "двенадцать"
    ws[f"J{b}"] = "может быть"
    ws[f"M{b}"] = -5
    ws[f"M{rows[refs['D003'][0]]}"] = 10.005
    blank = ws.max_row + 2
    ws[f"K{blank}"] = "placement without an activity"
    wb.save(path)
    with unchanged(services):
        report = cons_xlsx.import_consolidation(services, path)
    assert report.exit_code == 1
    outcome = report.outcomes[0]
    assert problem_cells(outcome) == {f"M{a}", f"J{b}", f"M{b}", f"M{rows[refs['D003'][0]]}", f"K{blank}"}
    text = "\n".join(outcome.lines())
    assert f'M{a}: found "двенадцать", expected an amount ≥ 0' in text
    assert "cons.xlsx" in text and cons_xlsx.SHEET in text
    assert services.plans.consolidated(YEAR) == []


def test_consolidation_unknown_and_missing_references(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    wb = load_workbook(path)
    ws = wb[cons_xlsx.SHEET]
    row = rows_by_reference(ws, cons_xlsx.FIRST_ROW)[refs["D002"][0]]
    ws[f"A{row}"] = "D009-2027-01"  # as if the sheet's protection had been removed
    wb.save(path)
    with unchanged(services):
        report = cons_xlsx.import_consolidation(services, path)
    text = "\n".join(report.outcomes[0].lines())
    assert f"A{row}" in text and "D009-2027-01" in text
    assert f"missing: {refs['D002'][0]}" in text


def test_consolidation_refuses_another_kind_a_tampered_or_unknown_year(services: Services, tmp_path: Path) -> None:
    year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    wb = load_workbook(path)
    meta = wb[META_SHEET]
    year_row = next(r for r in range(1, 10) if meta.cell(row=r, column=1).value == "year")
    meta.cell(row=year_row, column=2, value=YEAR + 1)
    wb.save(tmp_path / "tampered.xlsx")
    with unchanged(services):
        tampered = cons_xlsx.import_consolidation(services, tmp_path / "tampered.xlsx")
        other_kind = cons_xlsx.import_consolidation(services, plain_efficiency_workbook(tmp_path, []))
    assert "altered" in tampered.outcomes[0].message
    assert "not a CoopDesk consolidation template" in other_kind.outcomes[0].message
    # A genuine workbook of a year this database does not have.
    other = tmp_path / "other"
    other.mkdir()
    services2_year = YEAR + 3
    services.years.create_year(services2_year)
    written = cons_xlsx.write_consolidation(services, services2_year, other / "c.xlsx")
    with unchanged(services):
        report = cons_xlsx.import_consolidation(services, written)
    assert "stage drafting" in report.outcomes[0].message


# -- claims --------------------------------------------------------------------------------------
@pytest.fixture
def claims_year(services: Services) -> ExecutionYear:
    ex = year_in_execution(
        services, dealers={"D001": [D(20000), D(20000), D(20000)], "D002": [D(20000)]}, today=dt.date(YEAR, 2, 1)
    )
    approve_mockup(services, YEAR, ex.ref("D001", 1))
    approve_mockup(services, YEAR, ex.ref("D001", 2), other_brands=1)
    approve_mockup(services, YEAR, ex.ref("D002", 1))
    return ex


def fill_claims(path: Path, rows: list[list[Any]]) -> None:
    wb = load_workbook(path)
    ws = wb[claims_xlsx.SHEET]
    for i, values in enumerate(rows):
        for j, value in enumerate(values, start=1):
            ws.cell(row=claims_xlsx.FIRST_ROW + i, column=j, value=value)
    wb.save(path)


def claim_row(ref: str, number: str, amount: Any, day: Any = dt.date(YEAR, 2, 10), **kw: Any) -> list[Any]:
    values = {
        "reference": ref,
        "invoice_number": number,
        "invoice_date": day,
        "invoice_amount": amount,
        "currency": None,
        "exchange_rate": None,
        "vendor": "Подрядчик",
        "payment_order_number": f"ПП-{number}",
        "payment_order_date": dt.date(YEAR, 2, 15),
        "paid_amount": amount,
        "act_number": f"А-{number}",
        "act_date": dt.date(YEAR, 2, 20),
    } | kw
    return [values[c.key] for c in claims_xlsx.COLUMNS]


def test_claims_template_lists_only_approved_activities(
    services: Services, claims_year: ExecutionYear, tmp_path: Path
) -> None:
    paths = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path)
    assert [p.name for p in paths] == [f"claims-{YEAR}-Q1-D001.xlsx", f"claims-{YEAR}-Q1-D002.xlsx"]
    wb = load_workbook(paths[0])
    listed = wb[claims_xlsx.LIST_SHEET]
    refs = [listed.cell(row=r, column=1).value for r in range(3, listed.max_row + 1)]
    assert refs == [claims_year.ref("D001", 1), claims_year.ref("D001", 2)]  # not the third: no mockup
    assert listed.cell(row=4, column=5).value.endswith("= 25 %")  # one other brand: R6 with its formula
    assert listed.cell(row=3, column=4).value == "press 1"  # the idea of the activity
    ws = wb[claims_xlsx.SHEET]
    assert ws.protection.sheet and ws.cell(row=claims_xlsx.FIRST_ROW, column=1).protection.locked is False
    dropdown = next(dv for dv in ws.data_validations.dataValidation if str(dv.sqref).startswith("A"))
    assert dropdown.type == "list" and dropdown.formula1 == claims_xlsx.REFERENCES_NAME
    assert wb.defined_names[claims_xlsx.REFERENCES_NAME].attr_text.endswith("$A$3:$A$4")
    kinds = {str(dv.sqref).split(":")[0][0]: (dv.type, dv.operator) for dv in ws.data_validations.dataValidation}
    assert kinds["C"] == ("date", "between") and kinds["D"] == ("decimal", "greaterThanOrEqual")
    meta = {wb[META_SHEET].cell(row=r, column=1).value: wb[META_SHEET].cell(row=r, column=2).value for r in range(2, 8)}
    assert (meta["kind"], meta["dealer"], meta["year"], meta["scope"]) == ("claims", "D001", YEAR, "Q1")
    only = claims_xlsx.write_claims_templates(services, YEAR, 2, tmp_path / "one", dealer="d002")
    assert [p.name for p in only] == [f"claims-{YEAR}-Q2-D002.xlsx"]


def _check_round_trip(services: Services, ex: ExecutionYear) -> None:
    got = {c.invoice_number: c for c in services.claims.list_claims(YEAR)}
    assert set(got) == {"INV-1", "0012", "USD-7"}
    one, two, usd = got["INV-1"], got["0012"], got["USD-7"]
    assert (one.reference, one.invoice_amount, one.paid_amount, one.currency) == (
        ex.ref("D001", 1),
        D("1234.56"),
        D("1234.56"),
        "EUR",
    )
    assert (one.invoice_date, one.payment_order_date, one.act_date) == (
        dt.date(YEAR, 2, 10),
        dt.date(YEAR, 2, 15),
        dt.date(YEAR, 2, 20),
    )
    assert (one.vendor, one.payment_order_number, one.act_number) == ("Подрядчик", "ПП-INV-1", "А-INV-1")
    assert (two.invoice_amount, two.paid_amount, two.invoice_date) == (
        D("12500.50"),
        D("12000.00"),
        dt.date(YEAR, 3, 1),
    )
    assert (usd.currency, usd.exchange_rate, usd.invoice_amount) == ("USD", D("0.92"), D("1000.00"))
    assert {c.quarter for c in got.values()} == {1}
    assert all(c.status == ClaimStatus.SUBMITTED and not c.late for c in got.values())


def _round_trip_rows(ex: ExecutionYear) -> list[list[Any]]:
    return [
        claim_row(ex.ref("D001", 1), "INV-1", D("1234.56")),
        claim_row(ex.ref("D001", 2), "0012", "12 500,50", "01.03.2027", paid_amount=12000),
        [],  # a blank row between invoices
        claim_row(ex.ref("D001", 2), "USD-7", 1000, currency="usd", exchange_rate=0.92, paid_amount="1,000.00"),
    ]


def test_claims_round_trip(services: Services, claims_year: ExecutionYear, tmp_path: Path) -> None:
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(path, _round_trip_rows(claims_year))
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    result = claims_xlsx.import_claims(services, [path])
    assert result.exit_code == 0, result.lines()
    assert [r.outcome for r in result.rows] == [claims_xlsx.FILED] * 3
    assert [r.row for r in result.rows] == [7, 8, 10]
    _check_round_trip(services, claims_year)


def test_claims_round_trip_through_libreoffice(services: Services, claims_year: ExecutionYear, tmp_path: Path) -> None:
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(path, _round_trip_rows(claims_year))
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    result = claims_xlsx.import_claims(services, [resave(path, tmp_path)])
    assert result.exit_code == 0, result.lines()
    _check_round_trip(services, claims_year)


def test_claims_every_row_has_its_outcome(services: Services, claims_year: ExecutionYear, tmp_path: Path) -> None:
    ex = claims_year
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(
        path,
        [
            claim_row(ex.ref("D001", 1), "INV-1", D(1000)),
            claim_row(ex.ref("D001", 2), "INV-2", D(500), act_number=None, act_date=None),
            claim_row(ex.ref("D001", 1), "inv-1", D(1000)),  # the same invoice again (R8)
            claim_row(ex.ref("D001", 3), "INV-3", D(700)),  # typed by hand: no approved mockup
            claim_row(ex.ref("D002", 1), "INV-4", D(800)),  # another dealer's activity
            claim_row(ex.ref("D001", 2), "INV-5", D(900), act_date=dt.date(YEAR, 1, 20)),  # ran before approval
        ],
    )
    ex.clock.set(dt.date(YEAR, 4, 10))
    result = claims_xlsx.import_claims(services, [path])
    outcomes = [(r.row, r.outcome) for r in result.rows]
    assert outcomes == [
        (7, claims_xlsx.FILED),
        (8, claims_xlsx.RETURNED),
        (9, claims_xlsx.DUPLICATE),
        (10, claims_xlsx.NO_MOCKUP),
        (11, claims_xlsx.NOT_FILED),
        (12, claims_xlsx.RETURNED),  # issue 10.6: returned, so the act date can be corrected
    ]
    first = result.rows[0].claim_id
    assert first is not None
    assert result.rows[2].duplicate_of == first and f"duplicate of claim {first}" in result.rows[2].message
    assert "missing: acceptance act" in result.rows[1].message
    assert "has no approved mockup" in result.rows[3].message
    assert "an activity of D002, not of D001" in result.rows[4].message
    assert result.exit_code == 1
    stored = services.claims.list_claims(YEAR)
    assert sorted(c.id for c in stored) == sorted(r.claim_id for r in result.rows if r.stored)
    assert {c.status for c in stored} == {ClaimStatus.SUBMITTED, ClaimStatus.RETURNED}
    text = "\n".join(result.lines())
    assert all(f"row {n} " in text for n in range(7, 13))
    # Filed after the deadline (30 days after the quarter): stored, late, needs an override.
    again = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path / "late", dealer="D001")[0]
    fill_claims(again, [claim_row(ex.ref("D001", 1), "INV-9", D(100))])
    ex.clock.set(dt.date(YEAR, 5, 20))
    late = claims_xlsx.import_claims(services, [again])
    assert [r.outcome for r in late.rows] == [claims_xlsx.LATE]
    assert late.rows[0].late and services.claims.get(late.rows[0].claim_id).needs_override
    data = late.to_dict()
    assert data["rows"][0]["outcome"] == "late" and data["counts"] == {"late": 1}


def test_claims_malformed_cell_files_nothing(services: Services, claims_year: ExecutionYear, tmp_path: Path) -> None:
    ex = claims_year
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(
        path,
        [
            claim_row(ex.ref("D001", 1), "INV-1", D(1000)),
            claim_row(ex.ref("D001", 2), "INV-2", "тысяча", "31.02.2027", currency="EURO", exchange_rate="x"),
            claim_row("not a reference", None, -3, paid_amount=D("1.005")),
        ],
    )
    ex.clock.set(dt.date(YEAR, 4, 10))
    with unchanged(services):
        result = claims_xlsx.import_claims(services, [path])
    assert result.exit_code == 1 and result.rows == []
    outcome = result.outcomes[0]
    assert problem_cells(outcome) == {"C8", "D8", "E8", "F8", "J8", "A9", "B9", "D9", "J9"}
    assert "no claim of this file was filed" in outcome.message


def test_claims_file_of_another_kind_or_dealer_twice(
    services: Services, claims_year: ExecutionYear, tmp_path: Path
) -> None:
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    cons = tmp_path / "c.xlsx"
    services.years.create_year(YEAR + 1)
    cons_xlsx.write_consolidation(services, YEAR + 1, cons)
    with unchanged(services):
        result = claims_xlsx.import_claims(services, [cons, tmp_path / "missing.xlsx"])
    messages = {o.name: o.message for o in result.outcomes}
    assert "consolidation template, not a quarterly claims template" in messages["c.xlsx"]
    assert "no such file" in messages["missing.xlsx"]
    empty = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D002")[0]
    with unchanged(services):
        assert "no invoice rows" in claims_xlsx.import_claims(services, [empty]).outcomes[0].message


# -- efficiency ----------------------------------------------------------------------------------
@pytest.fixture
def eval_year(services: Services) -> ExecutionYear:
    return year_in_execution(
        services,
        dealers={"D001": [D(20000), D(5000)], "D002": [D(30000)]},
        drop=[("D001", 2)],
        evaluating_agency="Eval Co",
    )


def plain_efficiency_workbook(tmp_path: Path, rows: list[list[Any]], header_row: int = 3) -> Path:
    """An agency's own workbook: a title, English headers in another order, other columns too."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Report"
    ws["A1"] = "Efficiency report by Eval Co"
    for i, title in enumerate(
        ["Comment", "SALES", "Leads", "Region", "Reach (people)", "Activity reference", "Sales amount, EUR"], 1
    ):
        ws.cell(row=header_row, column=i, value=title)
    for n, values in enumerate(rows, start=header_row + 1):
        for i, value in enumerate(values, start=1):
            ws.cell(row=n, column=i, value=value)
    path = tmp_path / "agency-report.xlsx"
    wb.save(path)
    return path


def fill_efficiency(path: Path, values: dict[str, list[Any]]) -> None:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    cols = [c.key for c in eff_xlsx.COLUMNS]
    for row in range(eff_xlsx.HEADER_ROW + 1, ws.max_row + 1):
        ref = ws.cell(row=row, column=1).value
        for key, value in zip(
            ("reach", "leads", "sales", "sales_amount", "comment"), values.get(ref, []), strict=False
        ):
            ws.cell(row=row, column=cols.index(key) + 1, value=value)
    wb.save(path)


def test_efficiency_template_round_trip(services: Services, eval_year: ExecutionYear, tmp_path: Path) -> None:
    ex = eval_year
    path = eff_xlsx.write_efficiency_template(services, YEAR, tmp_path / "eff.xlsx")
    listed = [c.value for c in load_workbook(path).worksheets[0]["A"][eff_xlsx.HEADER_ROW :]]
    assert listed == [ex.ref("D001", 1), ex.ref("D002", 1)]  # the dropped activity is not rated
    fill_efficiency(
        path,
        {
            ex.ref("D001", 1): [12000, "40", 6.0, D("18000.50"), "Окупилось"],
            ex.ref("D002", 1): ["1 200 000", 0, 0, None, "Не окупилось"],
        },
    )
    report = eff_xlsx.import_efficiency(services, path)
    assert report.exit_code == 0, report.lines()
    got = {r.reference: r for r in services.evaluation.results(YEAR)}
    one, two = got[ex.ref("D001", 1)], got[ex.ref("D002", 1)]
    assert (one.reach, one.leads, one.sales, one.sales_amount, one.comment) == (
        12000,
        40,
        6,
        D("18000.50"),
        "Окупилось",
    )
    assert (two.reach, two.leads, two.sales, two.sales_amount, two.agency) == (1200000, 0, 0, None, "Eval Co")


def test_efficiency_round_trip_through_libreoffice(
    services: Services, eval_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = eval_year
    path = eff_xlsx.write_efficiency_template(services, YEAR, tmp_path / "eff.xlsx")
    fill_efficiency(path, {ex.ref("D001", 1): [5, 4, 3, D("0.10"), "ok"], ex.ref("D002", 1): [7, 0, 0]})
    report = eff_xlsx.import_efficiency(services, resave(path, tmp_path), agency="Другое агентство")
    assert report.exit_code == 0, report.lines()
    got = {r.reference: r for r in services.evaluation.results(YEAR)}
    assert (got[ex.ref("D001", 1)].sales_amount, got[ex.ref("D002", 1)].reach) == (D("0.10"), 7)
    assert got[ex.ref("D001", 1)].agency == "Другое агентство"


def test_efficiency_accepts_the_agencys_own_workbook(
    services: Services, eval_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = eval_year
    path = plain_efficiency_workbook(
        tmp_path,
        [
            ["хорошо", "3", 12, "North", "12 000", ex.ref("D001", 1).lower() + " ", "4 500,50"],
            [None, None, None, None, None, None, None],
            ["", 0, 0, "South", 100, ex.ref("D002", 1), None],
        ],
    )
    report = eff_xlsx.import_efficiency(services, path)
    assert report.exit_code == 0, report.lines()
    got = {r.reference: r for r in services.evaluation.results(YEAR)}
    assert (got[ex.ref("D001", 1)].reach, got[ex.ref("D001", 1)].sales_amount) == (12000, D("4500.50"))
    assert (got[ex.ref("D002", 1)].reach, got[ex.ref("D002", 1)].comment) == (100, "")


def test_efficiency_every_bad_cell_is_named_and_nothing_written(
    services: Services, eval_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = eval_year
    path = plain_efficiency_workbook(
        tmp_path,
        [
            ["", "-1", 12, "", 100, ex.ref("D001", 1), "abc"],
            ["", 1, 2.5, "", None, ex.dropped[0], None],  # dropped by the agency: not in the plan
            ["", 1, 1, "", 1, "D777-2027-01", None],
            ["", 1, 1, "", 1, ex.ref("D001", 1), None],
        ],
    )
    with unchanged(services):
        report = eff_xlsx.import_efficiency(services, path)
    outcome = report.outcomes[0]
    assert report.exit_code == 1
    assert problem_cells(outcome) == {"B4", "G4", "C5", "E5", "F5", "F6", "F7"}
    assert services.evaluation.results(YEAR) == []


def test_efficiency_without_a_header_is_refused(services: Services, eval_year: ExecutionYear, tmp_path: Path) -> None:
    path = plain_efficiency_workbook(tmp_path, [], header_row=40)
    with unchanged(services):
        report = eff_xlsx.import_efficiency(services, path)
    assert "no header row with the columns reference, reach, leads and sales" in report.outcomes[0].message


# -- wild workbooks -------------------------------------------------------------------------------
def _wild_files() -> list[Path]:
    return sorted(p for p in WILD.iterdir() if p.is_file() and not p.name.endswith((".md", ".txt")))


@pytest.mark.parametrize("kind", ["consolidation", "claims", "efficiency"])
def test_every_wild_workbook_is_refused_quickly(services: Services, kind: str) -> None:
    if not WILD.is_dir():
        pytest.skip(f"no wild workbooks at {WILD} (the shared folder is not there)")
    if kind == "consolidation":
        year_in_consolidation(services)
    else:
        year_in_execution(services, evaluating_agency="Eval Co")
    importer: Callable[[Path], Any] = {
        "consolidation": lambda p: cons_xlsx.import_consolidation(services, p),
        "claims": lambda p: claims_xlsx.import_claims(services, [p]),
        "efficiency": lambda p: eff_xlsx.import_efficiency(services, p),
    }[kind]
    before = fingerprint(services)
    slow, accepted = [], []
    for path in _wild_files():
        start = time.perf_counter()
        report = importer(path)
        took = time.perf_counter() - start
        if took > 5:
            slow.append(f"{path.name}: {took:.1f} s")
        outcome = report.outcomes[0]
        if report.exit_code != 1 or outcome.status != "refused" or not outcome.message:
            accepted.append(f"{path.name}: {outcome.status} {outcome.message}")
        assert "\n" not in outcome.message
    assert not slow, slow
    assert not accepted, accepted
    assert fingerprint(services) == before


# -- the command line ----------------------------------------------------------------------------
def test_the_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite")

    def cli(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run(["--db", db, *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert cli("demo", "--dealers", "4", "--year", str(YEAR), "--until", "consolidation")[0] == 0
    book = tmp_path / "cons.xlsx"
    code, out, _ = cli("export", "consolidation", "--year", str(YEAR), "--out", str(book))
    assert code == 0 and str(book) in out
    code, out, _ = cli("--json", "import", "consolidation", str(book), "--agency", "Агентство")
    payload = json.loads(out)
    assert code == 0 and payload["ok"] and payload["result"]["imported"] == ["cons.xlsx"]
    assert cli("export", "consolidation", "--year", str(YEAR), "--out", str(tmp_path / "x.txt"))[0] == 1
    code, _, err = cli("import", "efficiency", str(book))
    assert code == 1 and "cons.xlsx: refused" in err
    code, _, err = cli("import", "claims", str(book))
    assert code == 1 and "not a quarterly claims template" in err
    code, _, err = cli("templates", "claims", "--year", str(YEAR), "--quarter", "1", "--out", str(tmp_path / "t"))
    assert code == 1 and "approved mockup" in err
    assert cli("templates", "efficiency", "--year", str(YEAR), "--out", str(tmp_path / "e.xlsx"))[0] == 0
    assert cli("templates", "claims", "--year", str(YEAR), "--quarter", "5", "--out", str(tmp_path))[0] == 2


def test_the_claims_commands_on_a_demo_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A past demo year whose mockups are approved: a template out, a new invoice filed (late: the year is
    over; returned: its act is dated before the mockup's approval), the same file again completes that
    returned claim instead of filing a duplicate (a submitted one stays a duplicate: test_claims_scans.py)."""
    db = str(tmp_path / "cli.sqlite")
    assert run(["--db", db, "demo", "--dealers", "3", "--year", "2024", "--until", "evaluation"]) == 0
    out_dir = tmp_path / "claims"
    capsys.readouterr()
    code = run(["--db", db, "templates", "claims", "--year", "2024", "--quarter", "2", "--out", str(out_dir)])
    assert code == 0, capsys.readouterr().err
    path = sorted(out_dir.iterdir())[0]
    reference = load_workbook(path)[claims_xlsx.LIST_SHEET]["A3"].value
    day = dt.date(2024, 5, 2)
    fill_claims(path, [claim_row(reference, "NEW-1", D("10.00"), day, payment_order_date=day, act_date=day)])
    capsys.readouterr()
    # every quarter of the demo year is closed: the owner reopens Q4, where the claim for Q2's work counts
    assert run(["--db", db, "quarter", "reopen", "--year", "2024", "4", "--reason", "a late Q2 invoice"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "import", "claims", str(out_dir), "--filed-on", "2024-06-01"]) == 0
    out = capsys.readouterr().out
    assert "row 7" in out and "filed" in out
    assert run(["--db", db, "--json", "import", "claims", str(path)]) == 0
    captured = capsys.readouterr()
    row = json.loads(captured.out)["result"]["rows"][0]
    assert row["outcome"] == "returned"  # completed, checked again: the act still precedes the approval
    assert f"claim {row['claim_id']} completed" in row["message"]


def test_claims_row_in_another_currency_without_a_rate(
    services: Services, claims_year: ExecutionYear, tmp_path: Path
) -> None:
    """Issue 10.6: the template's "rate if known" stays optional; finance sets the rate before approval."""
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(
        path,
        [
            claim_row(claims_year.ref("D001", 1), "GBP-1", 500, currency="gbp"),
            claim_row(claims_year.ref("D001", 2), "GBP-2", 400, currency="GBP", exchange_rate="1,2"),
        ],
    )
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    result = claims_xlsx.import_claims(services, [path])
    assert [(r.row, r.outcome) for r in result.rows] == [(7, claims_xlsx.FILED), (8, claims_xlsx.FILED)]
    claim, rated = sorted(services.claims.list_claims(YEAR), key=lambda c: c.invoice_number)
    assert (rated.invoice_number, rated.exchange_rate) == ("GBP-2", D("1.2"))
    assert (claim.currency, claim.exchange_rate, claim.status) == ("GBP", None, ClaimStatus.SUBMITTED)
    assert "rate to be set by finance" in "\n".join(result.lines())
    services.claims.set_rate(claim.id, D("1.15"))
    services.claims.approve(claim.id)
    assert services.claims.get(claim.id).reimbursement == D("287.50")  # 575.00 × 50 %

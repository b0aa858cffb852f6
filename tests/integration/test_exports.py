"""Exports to xlsx, read back with openpyxl: exact numbers, real dates, currency formats, safe text.

Every export is written from a small demo year and compared cell by cell with what the services say.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk.cli import run
from coop_desk.demo import DemoProgramme
from coop_desk.services import Services
from models import Stage
from reports.xlsx.exports import (
    audit_entries,
    export_allocation,
    export_audit,
    export_claims,
    export_dealers,
)
from reports.xlsx.writing import money_format, save_workbook, sheet_number, write_cell

YEAR = 2027
INJECTIONS = ('=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "=1+1", "-cmd|' /C calc'!A0")
CYRILLIC = re.compile("[А-Яа-яЁё]")


@pytest.fixture
def demo(services: Services) -> Services:
    DemoProgramme(services, year=YEAR, dealers=8, seed=7).run()
    return services


# -- helpers -------------------------------------------------------------------------------------
def _sheet(path: Path, title: str | None = None) -> Worksheet:
    wb = load_workbook(path)
    ws = wb[title] if title else wb.worksheets[0]
    assert isinstance(ws, Worksheet)
    return ws


def _columns(ws: Worksheet, header_row: int) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[header_row] if c.value is not None}


def _rows(ws: Worksheet, header_row: int, key: str) -> dict[Any, dict[str, Cell]]:
    """Data rows by the value of column ``key`` (stops at the first empty key)."""
    cols = _columns(ws, header_row)
    out: dict[Any, dict[str, Cell]] = {}
    for r in range(header_row + 1, ws.max_row + 1):
        k = ws.cell(r, cols[key]).value
        if k is None or k == "Total":
            break
        out[k] = {title: ws.cell(r, col) for title, col in cols.items()}
    return out


def _assert_table(ws: Worksheet, header_row: int) -> None:
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith(f"A{header_row}:")
    assert all(c.font.b for c in ws[header_row] if c.value is not None)
    widths = [d.width for d in ws.column_dimensions.values()]
    assert widths and all(6 <= w <= 60 for w in widths)


def _money(cell: Cell, expected: Decimal | None, currency: str) -> None:
    if expected is None:
        assert cell.value is None
        return
    assert isinstance(cell.value, int | float) and not isinstance(cell.value, bool), cell.value  # ok-float: as read
    assert Decimal(str(cell.value)) == expected, (cell.coordinate, cell.value, expected)
    assert cell.number_format == money_format(currency)


def _number(cell: Cell, expected: Decimal | int) -> None:
    assert isinstance(cell.value, int | float) and not isinstance(cell.value, bool), cell.value  # ok-float: as read
    assert Decimal(str(cell.value)) == expected, (cell.coordinate, cell.value, expected)


def _date(cell: Cell, expected: dt.date | None) -> None:
    if expected is None:
        assert cell.value is None
        return
    assert cell.is_date and isinstance(cell.value, dt.datetime), (cell.coordinate, cell.value)
    assert cell.value.date() == expected


def _formula_cells(path: Path) -> list[str]:
    """Raw XML: every cell of every sheet that holds a formula (``<f>``)."""
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        return [m for n in sheets for m in re.findall(r'<c r="([A-Z]+\d+)"[^>]*>(?:(?!</c>).)*<f', z.read(n).decode())]


# -- dealers -------------------------------------------------------------------------------------
def test_dealers_with_scores(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "dealers.xlsx"
    done = export_dealers(demo, YEAR, path)
    currency = demo.years.get(YEAR).currency
    ws = _sheet(path)
    _assert_table(ws, 1)
    rows = _rows(ws, 1, "Code")
    dealers = demo.dealers.list_dealers()
    assert done.rows == len(dealers) == len(rows) == 8
    scores = {v.dealer_code: v for v in demo.dealers.scores(YEAR)}
    for d in dealers:
        row = rows[d.code]
        assert [row[t].value for t in ("Name", "Region", "City", "Legal name", "E-mail", "Phone")] == [
            d.name,
            d.region,
            d.city,
            d.legal_name,
            d.email,
            d.phone,
        ]
        assert row["Active"].value == ("yes" if d.active else "no")
        _number(row[f"Score {YEAR}"], scores[d.code].score)
        _number(row[f"k {YEAR}"], scores[d.code].coefficient)
        _money(row[f"Cap {YEAR}"], scores[d.code].cap, currency)
    assert any(CYRILLIC.search(r["Name"].value) for r in rows.values()), "the demo's names are Russian"
    # The demo's phone numbers start with "+": text, never a formula.
    assert any(str(r["Phone"].value).startswith("+") for r in rows.values())
    assert _formula_cells(path) == []


def test_dealers_without_a_year_have_no_score_columns(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "dealers.xlsx"
    export_dealers(demo, None, path)
    titles = list(_columns(_sheet(path), 1))
    assert titles == [
        *("Code", "Name", "Region", "City", "Legal name", "E-mail", "Phone", "Active"),
        *("INN", "KPP", "OGRN", "Legal address", "Bank", "BIC", "Settlement account", "Correspondent account"),
    ]


def test_formula_injection_is_written_as_text(demo: Services, tmp_path: Path) -> None:
    for i, name in enumerate(INJECTIONS, start=1):
        demo.dealers.register(f"X{i}", name, "Тест", city=name, legal_name=f"ООО «{name}»")
    path = tmp_path / "dealers.xlsx"
    export_dealers(demo, YEAR, path)
    ws = _sheet(path)
    rows = _rows(ws, 1, "Code")
    for i, name in enumerate(INJECTIONS, start=1):
        cell = rows[f"X{i}"]["Name"]
        assert cell.value == name and cell.data_type == "s"
        assert cell.quotePrefix, "Excel and Calc keep it text even when the cell is edited"
        assert rows[f"X{i}"]["City"].value == name
    assert _formula_cells(path) == []
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert "HYPERLINK" in xml  # there, as an inline string


@pytest.mark.parametrize("text", ["\tx", "\rx", "=A1", "+1", "-2", "@x", "a\r\nb", "Ёлка «Дед Мороз»"])
def test_write_cell_keeps_any_text_exactly(tmp_path: Path, text: str) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    write_cell(ws, 1, 1, text)
    path = save_workbook(wb, tmp_path / "t.xlsx")
    assert _formula_cells(path) == []
    assert _sheet(path)["A1"].value == text


def test_write_cell_refuses_floats_and_too_many_digits() -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    with pytest.raises(TypeError):
        write_cell(ws, 1, 1, 0.1)  # type: ignore[arg-type]  # ok-float: the refusal under test
    with pytest.raises(ValueError):
        write_cell(ws, 1, 1, Decimal("1234567890123456.7"))
    assert sheet_number(Decimal(1) / 3) == Decimal("0.333333333333333")


def test_money_survives_the_file_exactly(tmp_path: Path) -> None:
    amounts = [Decimal("0.01"), Decimal("9.95"), Decimal("12500.50"), Decimal("-7.10"), Decimal("99999999999.99")]
    amounts += [Decimal(n).scaleb(-2) for n in range(1234567, 1234567 + 500, 7)]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row, amount in enumerate(amounts, start=1):
        write_cell(ws, row, 1, amount, money_format=money_format("RUB"))
    path = save_workbook(wb, tmp_path / "m.xlsx")
    back = _sheet(path)
    for row, amount in enumerate(amounts, start=1):
        assert Decimal(str(back.cell(row, 1).value)) == amount
        assert back.cell(row, 1).number_format == money_format("RUB")


# -- allocation ----------------------------------------------------------------------------------
def test_frozen_allocation(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "allocation.xlsx"
    run_ = demo.allocation.current(YEAR)
    assert run_ is not None
    done = export_allocation(demo, YEAR, path)
    assert "frozen" in done.title and "WHAT-IF" not in done.title
    ws = _sheet(path, "Allocation")
    assert "frozen" in str(ws["A1"].value)
    _assert_table(ws, 2)
    rows = _rows(ws, 2, "Code")
    assert len(rows) == len(run_.lines) == done.rows
    for ln in run_.lines:
        row = rows[ln.dealer_code]
        assert (row["Name"].value, row["Region"].value) == (ln.dealer_name, ln.region)
        _number(row["Score"], ln.score)
        _number(row["k"], ln.coefficient)
        for title, value in (("Cap", ln.cap), ("Request", ln.request), ("Demand", ln.demand), ("Amount", ln.amount)):
            _money(row[title], value, run_.currency)
    cols = _columns(ws, 2)
    total_row = 2 + len(run_.lines) + 1
    assert ws.cell(total_row, 1).value == "Total"
    _money(ws.cell(total_row, cols["Amount"]), run_.total_allocated, run_.currency)
    _money(ws.cell(total_row, cols["Demand"]), run_.total_demand, run_.currency)
    assert ws.auto_filter.ref == f"A2:I{total_row - 1}", "the total row stays out of the filter"
    params = _sheet(path, "Parameters")
    values = {params.cell(r, 1).value: params.cell(r, 2) for r in range(3, params.max_row + 1)}
    _money(values["Budget"], run_.budget, run_.currency)
    _money(values["Unallocated"], run_.unallocated, run_.currency)
    assert values["Frozen at (UTC)"].is_date


def test_allocation_before_freezing_is_a_titled_what_if(services: Services, tmp_path: Path) -> None:
    DemoProgramme(services, year=YEAR, dealers=8, seed=7, until=Stage.CONSOLIDATION).run()
    assert services.allocation.current(YEAR) is None
    path = tmp_path / "whatif.xlsx"
    done = export_allocation(services, YEAR, path)
    assert "WHAT-IF" in done.title
    ws = _sheet(path, "What-if allocation")
    assert "WHAT-IF" in str(ws["A1"].value) and "not frozen" in str(ws["A1"].value)
    run_ = services.allocation.what_if(YEAR)
    rows = _rows(ws, 2, "Code")
    for ln in run_.lines:
        _money(rows[ln.dealer_code]["Amount"], ln.amount, run_.currency)
        _money(rows[ln.dealer_code]["Request"], ln.request, run_.currency)


# -- claims --------------------------------------------------------------------------------------
def test_claims(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "claims.xlsx"
    done = export_claims(demo, YEAR, path)
    currency = demo.years.get(YEAR).currency
    claims = demo.claims.list_claims(YEAR)
    ws = _sheet(path)
    _assert_table(ws, 1)
    rows = _rows(ws, 1, "Claim")
    assert done.rows == len(rows) == len(claims) > 0
    for c in claims:
        row = rows[c.id]
        _number(row["Quarter"], c.quarter)
        texts = ("Dealer", "Dealer name", "Reference", "Channel", "Invoice no.", "Invoice currency", "Status")
        assert [row[t].value for t in texts] == [
            c.dealer_code,
            c.dealer_name,
            c.reference,
            c.channel,
            c.invoice_number,
            c.currency,
            c.status.value,
        ]
        assert (row["Payment order no."].value or "") == c.payment_order_number
        assert (row["Act no."].value or "") == c.act_number
        assert (row["Reason"].value or "") == c.reason
        assert row["Late"].value == ("yes" if c.late else "no")
        for title, day in (
            ("Filed on", c.filed_on),
            ("Invoice date", c.invoice_date),
            ("Payment order date", c.payment_order_date),
            ("Act date", c.act_date),
        ):
            _date(row[title], day)
        _money(row["Invoice amount"], c.invoice_amount, c.currency)
        _money(row["Payment order amount"], c.paid_amount, c.currency)
        _number(row[f"Exchange rate ({currency} per unit)"], c.exchange_rate)
        if c.rate is None:
            assert row["Rate"].value is None
        else:
            _number(row["Rate"], sheet_number(c.rate))  # the exact R6 rate has 50 digits; shown to 15
        _money(row["Verified cost"], c.verified_cost, currency)
        _money(row["Reimbursement"], c.reimbursement, currency)
        _money(row["Paid"], c.paid, currency)
    assert _formula_cells(path) == []


# -- audit ---------------------------------------------------------------------------------------
def test_audit_trail(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "audit.xlsx"
    done = export_audit(demo, YEAR, path)
    entries = audit_entries(demo, YEAR)
    ws = _sheet(path)
    _assert_table(ws, 1)
    rows = _rows(ws, 1, "No.")
    assert done.rows == len(rows) == len(entries) > 0
    assert list(rows) == [e.id for e in entries], "oldest first"
    for e in entries:
        row = rows[e.id]
        assert (row["Actor"].value, row["Action"].value, row["Entity"].value) == (e.actor, e.action, e.entity)
        assert (row["Summary"].value or "") == e.summary
        assert row["At (UTC)"].is_date
        at = e.at if e.at.tzinfo is None else e.at.astimezone(dt.UTC).replace(tzinfo=None)
        assert abs(row["At (UTC)"].value - at) < dt.timedelta(milliseconds=1)
        for title, value in (("Before (JSON)", e.before), ("After (JSON)", e.after)):
            assert (None if row[title].value is None else json.loads(row[title].value)) == value
    assert any(CYRILLIC.search(str(r["Summary"].value or "") + str(r["After (JSON)"].value)) for r in rows.values())


# -- command line --------------------------------------------------------------------------------
def test_the_command_line_writes_each_export(
    demo: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.signin import sign_in_the_command_line

    sign_in_the_command_line(demo.ctx.db, monkeypatch)  # a shared database needs a signed-in person
    db = demo.ctx.db.url
    for kind in ("dealers", "allocation", "claims", "audit"):
        out = tmp_path / f"{kind}.xlsx"
        assert run(["--db", db, "--json", "export", kind, "--year", str(YEAR), "--out", str(out)]) == 0
        result = json.loads(capsys.readouterr().out)["result"]
        assert result["path"] == str(out) and result["rows"] > 0
        assert load_workbook(out).worksheets[0].max_row > 1
    assert run(["--db", db, "export", "dealers", "--out", str(tmp_path / "all.xlsx")]) == 0
    assert run(["--db", db, "export", "claims", "--year", "1999", "--out", str(tmp_path / "x.xlsx")]) == 1
    assert run(["--db", db, "export", "claims", "--year", str(YEAR), "--out", str(tmp_path / "x.csv")]) == 1
    assert run(["--db", db, "export", "claims", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert not (tmp_path / "x.xlsx").exists()

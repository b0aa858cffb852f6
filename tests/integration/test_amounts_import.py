"""No amount is guessed: every workbook kind refuses an ambiguous cell naming it, and stores nothing; the
command line refuses an ambiguous amount option; serial dates are read in the workbook's own date system."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from coop_desk.services import Services
from reports.xlsx import claims as claims_xlsx
from reports.xlsx import consolidation as cons_xlsx
from reports.xlsx import efficiency as eff_xlsx
from reports.xlsx.plan_import import import_plans
from reports.xlsx.safety import read_values
from tests.factories import ExecutionYear, fingerprint, unchanged
from tests.integration.test_agency_exchange import (
    YEAR,
    claim_row,
    claims_year,  # noqa: F401
    eval_year,  # noqa: F401
    fill_claims,
    fill_consolidation,
    plain_efficiency_workbook,
    rows_by_reference,
    year_in_consolidation,
)
from tests.integration.test_cli import Cli, cli, data_dir  # noqa: F401
from tests.integration.test_plan_exchange import YEAR as PLAN_YEAR
from tests.integration.test_plan_exchange import drafting_year, fill, template

AMBIGUITY = "expected an amount with one reading only: it could be"


def _problem(outcome: Any) -> Any:
    [problem] = outcome.problems
    return problem


# -- one importer test per workbook kind -----------------------------------------------------------------
def test_a_plan_draft_with_an_ambiguous_cost_is_refused_naming_the_cell(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), [("press", 3, 1000, ""), ("radio", 4, "1,500", "")])
    before = fingerprint(services)
    report = import_plans(services, [path])
    assert report.exit_code == 1 and report.imported == []
    problem = _problem(report.refused[0])
    assert (problem.file, problem.cell, problem.found) == ("draft_D014.xlsx", "D15", "1,500")
    assert str(problem) == (
        f'draft_D014.xlsx, sheet {problem.sheet}, D15: found "1,500", {AMBIGUITY} 1500.00 or 1.50 (write 1500 or 1,50)'
    )
    assert services.plans.drafts(PLAN_YEAR, "D014") == [] and fingerprint(services) == before


def test_a_plan_cost_in_another_currency_names_the_programmes(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), [("press", 3, "$1500", ""), ("radio", 4, "1 500,50 €", "")])
    with unchanged(services):
        report = import_plans(services, [path])
    problem = _problem(report.refused[0])
    assert problem.cell == "D14"
    assert "expected an amount in EUR, the programme's currency (this one is in USD)" in str(problem)


def test_a_consolidation_with_an_ambiguous_costed_amount_is_refused(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs)
    wb = load_workbook(path)
    ws = wb[cons_xlsx.SHEET]
    row = rows_by_reference(ws, cons_xlsx.FIRST_ROW)[refs["D002"][0]]
    cell = f"{cons_xlsx.LETTER['costed_amount']}{row}"
    ws[cell] = "1 050,250"
    wb.save(path)
    with unchanged(services):
        report = cons_xlsx.import_consolidation(services, path)
    assert report.exit_code == 1
    problem = _problem(report.outcomes[0])
    assert (problem.file, problem.sheet, problem.cell) == ("cons.xlsx", cons_xlsx.SHEET, cell)
    assert f'found "1 050,250", {AMBIGUITY} 1050250.00 or 1050.25' in str(problem)
    assert services.plans.consolidated(YEAR) == []


def test_a_claims_file_with_an_ambiguous_amount_files_nothing(
    services: Services, claims_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = claims_year
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(path, [claim_row(ex.ref("D001", 1), "INV-1", "12.500", paid_amount=D(12500))])
    ex.clock.set(dt.date(YEAR, 4, 10))
    with unchanged(services):
        result = claims_xlsx.import_claims(services, [path])
    assert result.exit_code == 1 and result.rows == []
    problem = _problem(result.outcomes[0])
    assert problem.cell == f"{claims_xlsx.LETTER['invoice_amount']}{claims_xlsx.FIRST_ROW}"
    assert f'found "12.500", {AMBIGUITY} 12500.00 or 12.50 (write 12500 or 12.50)' in str(problem)


def test_an_ambiguous_exchange_rate_is_refused_too(
    services: Services, claims_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = claims_year
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(path, [claim_row(ex.ref("D001", 1), "INV-1", D(1000), currency="RUB", exchange_rate="1,250")])
    ex.clock.set(dt.date(YEAR, 4, 10))
    with unchanged(services):
        result = claims_xlsx.import_claims(services, [path])
    problem = _problem(result.outcomes[0])
    assert problem.cell == f"{claims_xlsx.LETTER['exchange_rate']}{claims_xlsx.FIRST_ROW}"
    assert "a number with one reading only: it could be 1250 or 1.25" in str(problem)


def test_an_efficiency_report_with_an_ambiguous_sales_amount_stores_nothing(
    services: Services, eval_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = eval_year
    path = plain_efficiency_workbook(
        tmp_path, [["", 3, 10, "", 100, ex.ref("D001", 1), "2.500"], ["", 1, 2, "", 50, ex.ref("D002", 1), 900]]
    )
    with unchanged(services):
        report = eff_xlsx.import_efficiency(services, path)
    assert report.exit_code == 1
    problem = _problem(report.outcomes[0])
    assert (problem.file, problem.cell, problem.found) == ("agency-report.xlsx", "G4", "2.500")
    assert f"{AMBIGUITY} 2500.00 or 2.50" in str(problem)
    assert services.evaluation.results(YEAR) == []


# -- 1904 workbooks --------------------------------------------------------------------------------------
def _serial_1904(day: dt.date) -> int:
    return (day - dt.date(1904, 1, 1)).days


def test_serial_dates_in_a_1904_workbook_are_read_with_its_epoch(
    services: Services, claims_year: ExecutionYear, tmp_path: Path
) -> None:
    ex = claims_year
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    invoice, paid, act = dt.date(YEAR, 2, 10), dt.date(YEAR, 2, 15), dt.date(YEAR, 2, 20)
    row = claim_row(
        ex.ref("D001", 1),
        "INV-1904",
        D(1000),
        day=_serial_1904(invoice),  # a serial number in a General cell
        payment_order_date=str(_serial_1904(paid)),  # the same, typed as text
        act_date=act,  # a date cell: the reader converts it with the workbook's epoch
    )
    wb = load_workbook(path)
    wb.epoch = CALENDAR_MAC_1904
    ws = wb[claims_xlsx.SHEET]
    for j, value in enumerate(row, start=1):
        ws.cell(row=claims_xlsx.FIRST_ROW, column=j, value=value)
    wb.save(path)
    for engine in ("calamine", "openpyxl"):
        book = read_values(path, engine=engine)
        assert book.sheet(claims_xlsx.SHEET).date1904, engine
        book.close()
    ex.clock.set(dt.date(YEAR, 4, 10))
    result = claims_xlsx.import_claims(services, [path])
    assert result.exit_code == 0, result.lines()
    [filed] = result.rows
    claim = services.claims.get(filed.claim_id)  # type: ignore[arg-type]
    assert (claim.invoice_date, claim.payment_order_date, claim.act_date) == (invoice, paid, act)


def test_a_1900_workbook_keeps_reading_serials_as_before(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = 46461
    wb.save(tmp_path / "w.xlsx")
    book = read_values(tmp_path / "w.xlsx")
    assert not book.sheet(book.sheet_names[0]).date1904
    from reports.xlsx.cells import parse_date

    assert parse_date(46461) == (dt.date(2027, 3, 15), None)
    assert parse_date(46461 - 1462, date1904=True) == (dt.date(2027, 3, 15), None)


# -- the command line ------------------------------------------------------------------------------------
def test_an_ambiguous_amount_option_is_refused_in_one_line(cli: Cli) -> None:
    result = cli.usage("year", "create", "2031", "--budget", "1,500")
    last = result.err.strip().splitlines()[-1]
    assert '"1,500" is not taken: expected an amount with one reading only: it could be 1500.00 or 1.50' in last
    assert "--budget" in last
    assert "1.50" in cli.usage("year", "create", "2031", "--cap-floor", "1.500").err
    assert "more than" not in cli.usage("year", "create", "2031", "--budget", "1500,125").err.splitlines()[0]
    shown = cli.ok("year", "create", "2031", "--budget", "1 500 000,50", "--threshold", "0,125", as_json=True).data
    assert D(str(shown["budget"])) == D("1500000.50") and D(str(shown["threshold"])) == D("0.125")
    assert cli.usage("year", "set", "2031", "budget=12.500").code == 2


def test_help_amounts_prints_the_table(cli: Cli) -> None:
    from coop_desk.amounts import forms_table

    result = cli("help", "amounts", use_db=False)
    assert result.code == 0 and "\n".join(forms_table()) in result.out
    assert cli.usage("help", "nothing").code == 2


@pytest.mark.parametrize("option", ["--amount", "--paid"])
def test_claim_amount_options_are_read_by_the_one_parser(cli: Cli, option: str) -> None:
    result = cli.usage("claim", "file", "--year", "2031", "--dealer", "D1", "--ref", "D1-2031-01", option, "2.500")
    assert "could be 2500.00 or 2.50" in result.err

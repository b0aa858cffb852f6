"""The import report in the Russian window: the importers' problems and refusals read in Russian, with the
file, sheet and cell still named (reports/xlsx make coop_desk.text.Text; the report translates it)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from tests.ui.programme_state import Programme, drafting, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.claims import ClaimsScreen
from ui.screens.plans import PlansScreen


def _bad_draft(programme: Programme, tmp_path: Path) -> Path:
    import openpyxl

    from reports.xlsx.plan_layout import LAYOUT, PLAN_SHEET, month_label
    from reports.xlsx.plan_template import write_plan_template

    path = write_plan_template(programme.services, programme.year, "D002", tmp_path / "draft_D002.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[PLAN_SHEET]
    for col, value in zip("BCDE", ("radio", month_label(4), "двенадцать", "Весенняя кампания"), strict=True):
        ws[f"{col}{LAYOUT.first_row}"] = value
    wb.save(path)
    return path


def test_a_bad_draft_is_reported_in_russian(qtbot, russian: None, drafting: Programme, tmp_path: Path) -> None:
    bad = _bad_draft(drafting, tmp_path)
    not_a_workbook = tmp_path / "draft_D003.xlsx"
    not_a_workbook.write_bytes(b"%PDF-1.4 a scan, not a workbook")
    screen = open_screen(qtbot, PlansScreen, make_context(drafting, tmp_path))
    panel = screen.import_panel
    with qtbot.waitSignal(panel.imported, timeout=30000):
        screen.import_files([str(bad), str(not_a_workbook)])
    details = panel.details()
    assert details["file"] == "draft_D002.xlsx" and details["cell"].startswith("D")  # the wrong cell, selected
    assert details["message"] == "найдено «двенадцать», ожидалось: сумма ≥ 0 в EUR, например 12 500,50"
    messages = {(r.file, r.cell): r.message for r in panel.rows()}
    assert messages[("draft_D002.xlsx", "")] == "не принято: 1 замечание; из этого файла ничего не загружено"
    assert messages[("draft_D003.xlsx", "")] == "не принято: это документ PDF, а не книга Excel"
    assert "Отчёт о загрузке" in panel.title()


def test_the_english_window_keeps_the_english_report(qtbot, drafting: Programme, tmp_path: Path) -> None:
    bad = _bad_draft(drafting, tmp_path)
    screen = open_screen(qtbot, PlansScreen, make_context(drafting, tmp_path))
    panel = screen.import_panel
    with qtbot.waitSignal(panel.imported, timeout=30000):
        screen.import_files([str(bad)])
    assert panel.details()["message"] == 'found "двенадцать", expected an amount ≥ 0 in EUR such as 12 500,50'


def test_a_duplicate_claim_row_is_reported_in_russian(
    qtbot, russian: None, execution: Programme, tmp_path: Path
) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    from reports.xlsx import claims as claims_xlsx
    from tests.factories import Clock

    s, year = execution.services, execution.year
    first = s.claims.get(execution.facts.approved_claims[0])
    (path,) = claims_xlsx.write_claims_templates(s, year, 1, tmp_path / "out", dealer=execution.facts.payer)
    wb = load_workbook(path)
    values = [first.reference, first.invoice_number, first.invoice_date, first.invoice_amount, None, None, "Vendor"]
    values += [first.payment_order_number, first.payment_order_date, first.paid_amount, "A-9", first.act_date]
    for column, value in enumerate(values, start=1):
        wb[claims_xlsx.SHEET].cell(row=claims_xlsx.FIRST_ROW, column=column, value=value)
    wb.save(path)
    context = make_context(execution, tmp_path)
    opener = context.tasks.open_services

    def open_services_on_the_programme_day():  # type: ignore[no-untyped-def]
        services = opener()
        services.ctx.today = Clock(dt.date(year, 2, 5))
        return services

    context.tasks.open_services = open_services_on_the_programme_day
    screen = open_screen(qtbot, ClaimsScreen, context)
    with qtbot.waitSignal(screen.import_panel.imported, timeout=30000):
        screen.import_panel.start([str(path)])
    row = next(r for r in screen.import_panel.rows() if r.cell.startswith("строка"))
    assert f"{first.reference}, счёт {first.invoice_number}: дубликат: " in row.message
    assert str(first.id) in row.message
    head = next(r for r in screen.import_panel.rows() if not r.cell)
    assert head.message.startswith("загружено: дилер ") and "зарегистрировано строк — 0 из 1" in head.message
    assert "дубликатов: 1" in screen.import_panel.title()


def test_money_in_a_message_takes_the_windows_number_format(qapp, russian: None) -> None:
    from decimal import Decimal

    from coop_desk.text import Amount, Text
    from ui.text import tr_text

    shown = tr_text(Text("draft total {total}", total=Amount(Decimal("12500.50"), "EUR")))
    assert "12\xa0500,50" in shown and "€" in shown

"""The claims import in the window reports each row's scan problems readably, in Russian and English (issue 13,
point 3): the row, the scan's column and the file named."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from reports.xlsx import claims as claims_xlsx
from tests.factories import Clock
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.claims import ClaimsScreen


def _import(qtbot, programme: Programme, tmp_path: Path) -> ClaimsScreen:  # type: ignore[no-untyped-def]
    s, year = programme.services, programme.year
    first = s.claims.get(programme.facts.approved_claims[0])
    folder = tmp_path / "sent"
    (path,) = claims_xlsx.write_claims_templates(s, year, 1, folder, dealer=programme.facts.payer)
    (folder / "text.pdf").write_text("not a PDF at all")
    wb = load_workbook(path)
    ws = wb[claims_xlsx.SHEET]
    at = {str(c.value).split("\n")[-1]: c.column for c in ws[claims_xlsx.HEADER_ROW] if c.value}
    for n, scan in enumerate(("D001-счёт.pdf", "text.pdf", "../x.pdf")):
        values = [first.reference, f"NEW-{n}", first.invoice_date, first.invoice_amount, None, None, "Vendor"]
        values += [first.payment_order_number, first.payment_order_date, first.paid_amount, "A-9", first.act_date]
        for column, value in enumerate(values, start=1):
            ws.cell(row=claims_xlsx.FIRST_ROW + n, column=column, value=value)
        ws.cell(row=claims_xlsx.FIRST_ROW + n, column=at["Invoice scan file"], value=scan)
    wb.save(path)
    context = make_context(programme, tmp_path)
    opener = context.tasks.open_services

    def open_services_on_the_programme_day():  # type: ignore[no-untyped-def]
        services = opener()
        services.ctx.today = Clock(dt.date(year, 2, 5))
        return services

    context.tasks.open_services = open_services_on_the_programme_day
    screen = open_screen(qtbot, ClaimsScreen, context)
    with qtbot.waitSignal(screen.import_panel.imported, timeout=30000):
        screen.import_panel.start([str(folder)])
    return screen


def test_scan_problems_are_reported_per_row_in_russian(
    qtbot, russian: None, execution: Programme, tmp_path: Path
) -> None:
    screen = _import(qtbot, execution, tmp_path)
    rows = [r for r in screen.import_panel.rows() if r.cell.startswith("строка")]
    assert [r.cell for r in rows] == ["строка 7", "строка 8", "строка 9"]
    assert "не принято: скан счёта: файла D001-счёт.pdf нет в папке книги" in rows[0].message
    assert "скан счёта: text.pdf: " in rows[1].message and "PDF" in rows[1].message
    assert "скан счёта: ../x.pdf: принимается только имя файла" in rows[2].message
    assert not any(r.ok for r in rows)
    assert "text.pdf" not in {r.file for r in screen.import_panel.rows()}  # a scan a row read is not "skipped"


def test_scan_problems_in_the_english_window(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen = _import(qtbot, execution, tmp_path)
    rows = [r for r in screen.import_panel.rows() if r.cell.startswith("row")]
    assert "refused: invoice scan: D001-счёт.pdf is not in the workbook's folder" in rows[0].message
    assert "invoice scan: ../x.pdf: only a file's name is accepted" in rows[2].message

"""The window's import of a folder lists every file in it: imported, refused or skipped (issue 11.7)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.ui.programme_state import Programme, drafting, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.plans import PlansScreen


def test_a_dropped_folder_lists_every_file_in_the_report(qtbot, drafting: Programme, tmp_path: Path) -> None:
    from reports.xlsx.plan_layout import LAYOUT, PLAN_SHEET, month_label
    from reports.xlsx.plan_template import write_plan_template

    s, year = drafting.services, drafting.year
    folder = tmp_path / "mail"
    (folder / "later").mkdir(parents=True)
    good = write_plan_template(s, year, "D001", folder / "later" / "draft_D001.xlsx")
    wb = openpyxl.load_workbook(good)
    for col, value in zip("BCDE", ("radio", month_label(4), 12500.5, "Весна"), strict=True):
        wb[PLAN_SHEET][f"{col}{LAYOUT.first_row}"] = value
    wb.save(good)
    (folder / "draft_D002.xls").write_bytes(b"old format")
    (folder / "letter.docx").write_bytes(b"PK\x03\x04")
    (folder / "~$draft_D001.xlsx").write_bytes(b"lock")
    (folder / "notes.txt").write_text("call D002")
    screen = open_screen(qtbot, PlansScreen, make_context(drafting, tmp_path))
    panel = screen.import_panel
    with qtbot.waitSignal(panel.imported, timeout=30000):
        screen.import_files([str(folder)])  # what a drop of the folder on the main window calls
    assert len(s.plans.drafts(year, "D001")) == 1
    assert "1 file(s) imported, 1 refused, 3 skipped" in panel.title()
    heads = {row.file: row.message for row in panel.rows() if not row.sheet}
    assert set(heads) == {"draft_D001.xlsx", "draft_D002.xls", "letter.docx", "~$draft_D001.xlsx", "notes.txt"}
    assert heads["draft_D002.xls"].startswith("refused: an Excel 97–2003 workbook (.xls)")
    assert "save it as Excel workbook (.xlsx) from the template we sent" in heads["draft_D002.xls"]
    assert heads["letter.docx"] == "skipped: a Word document, not a spreadsheet"
    assert heads["~$draft_D001.xlsx"].startswith("skipped: an Excel lock file")
    assert heads["notes.txt"] == "skipped: not a spreadsheet"
    qtbot.waitUntil(lambda: screen._dealers.rows()[0].current is not None)

"""Plans: drafts per dealer, versions and their diff, the import report with clickable problems."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from reports.xlsx.report import FileOutcome, ImportProblem, ImportReport
from tests.ui.programme_state import Programme, drafting, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.models.plans import DealerDraftRow
from ui.screens.plans import PlansScreen
from ui.widgets.tables import select_id


def test_drafts_versions_and_the_diff(qtbot, full_year: Programme, tmp_path: Path) -> None:
    s, year = full_year.services, full_year.year
    screen = open_screen(qtbot, PlansScreen, make_context(full_year, tmp_path))
    rows: list[DealerDraftRow] = screen._dealers.rows()
    missing = s.plans.missing_drafts(year)
    assert len(rows) == 12
    assert sorted(r.dealer_code for r in rows if r.current is None) == missing
    assert f"{len(missing)} missing" in screen._counts.text()
    twice = next(r for r in rows if r.versions > 1)
    assert select_id(screen._dealers_view, screen._dealers_proxy, screen._dealers, twice.dealer_code)
    assert screen._versions.rowCount() == twice.versions
    diff = s.plans.draft_diff(year, twice.dealer_code)
    assert diff is not None and screen._diff.toPlainText() == "\n".join(diff.lines())
    assert screen._activities.rowCount() == len(twice.current.activities)
    screen.apply_filter({"missing": True})
    assert screen._dealers_proxy.rowCount() == len(missing)


def test_import_report_problems_show_file_sheet_and_cell(qtbot, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, PlansScreen, make_context(drafting, tmp_path))
    report = ImportReport(
        [
            FileOutcome("/in/draft_D001.xlsx", "imported", message="draft v1 of D001: 3 activities"),
            FileOutcome(
                "/in/draft_D002.xlsx",
                "refused",
                problems=[
                    ImportProblem("draft_D002.xlsx", "План - Plan", "D14", "abc", "an amount ≥ 0"),
                    ImportProblem("draft_D002.xlsx", "План - Plan", "B15", "", "a channel"),
                ],
            ),
        ]
    )
    panel = screen.import_panel
    panel.show_report(report)
    assert panel.isVisible()
    assert "1 file(s) imported, 1 refused, 2 problem(s)" in panel.title()
    assert panel.details()["cell"] == "D14"  # the first problem is selected
    problems = [i for i, r in enumerate(panel.rows()) if r.cell == "B15"]
    proxy_row = panel._proxy.mapFromSource(panel._model.index(problems[0], 0)).row()
    panel.select_row(proxy_row)
    details = panel.details()
    assert details == {
        "file": "draft_D002.xlsx",
        "sheet": "План - Plan",
        "cell": "B15",
        "message": "found nothing, expected a channel",
    }


def test_dropping_files_outside_drafting_is_refused(qtbot, full_year: Programme, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    screen = open_screen(qtbot, PlansScreen, make_context(full_year, tmp_path))
    screen.import_files([str(tmp_path / "draft.xlsx")])
    assert shown and ("drafting stage" in shown[0] or "not available" in shown[0])


def test_dropping_a_returned_workbook_imports_it_and_shows_the_report(
    qtbot, drafting: Programme, tmp_path: Path
) -> None:
    import openpyxl

    from reports.xlsx.plan_layout import LAYOUT, PLAN_SHEET, month_label
    from reports.xlsx.plan_template import write_plan_template

    s, year = drafting.services, drafting.year
    good = write_plan_template(s, year, "D001", tmp_path / "draft_D001.xlsx")
    bad = write_plan_template(s, year, "D002", tmp_path / "draft_D002.xlsx")
    for path, cost in ((good, 12500.5), (bad, "двенадцать")):
        wb = openpyxl.load_workbook(path)
        ws = wb[PLAN_SHEET]
        for col, value in zip("BCDE", ("radio", month_label(4), cost, "Весенняя кампания"), strict=True):
            ws[f"{col}{LAYOUT.first_row}"] = value
        wb.save(path)
    context = make_context(drafting, tmp_path)
    screen = open_screen(qtbot, PlansScreen, context)
    panel = screen.import_panel
    with qtbot.waitSignal(panel.imported, timeout=30000):
        screen.import_files([str(good), str(bad)])  # what a drop on the main window calls
    drafts = s.plans.drafts(year, "D001")
    assert len(drafts) == 1 and drafts[0].activities[0].channel == "radio"
    assert s.plans.drafts(year, "D002") == []
    assert panel.isVisible() and "1 file(s) imported, 1 refused" in panel.title()
    assert panel.details()["file"] == "draft_D002.xlsx"
    assert panel.details()["cell"].startswith("D")
    assert "двенадцать" in panel.details()["message"]
    qtbot.waitUntil(lambda: screen._dealers.rows()[0].current is not None)

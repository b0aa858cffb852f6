"""Evaluation: the efficiency results of the year."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.evaluation import EvaluationScreen


def test_results_listed_and_filtered(qtbot, full_year: Programme, tmp_path: Path) -> None:
    results = full_year.services.evaluation.results(full_year.year)
    screen = open_screen(qtbot, EvaluationScreen, make_context(full_year, tmp_path))
    assert screen._model.rowCount() == len(results) > 0
    screen._filter.setText(results[0].reference)
    assert screen._proxy.rowCount() == 1
    assert f"1 of {len(results)}" in screen._count.text()


def test_no_results_yet(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, EvaluationScreen, make_context(execution, tmp_path))
    assert screen._model.rowCount() == 0
    assert "No efficiency results yet" in screen._empty.text()


def test_importing_the_efficiency_report(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from reports.xlsx import efficiency as eff_xlsx

    s, year = execution.services, execution.year
    path = eff_xlsx.write_efficiency_template(s, year, tmp_path / "eff.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    keys = [c.key for c in eff_xlsx.COLUMNS]
    first = eff_xlsx.HEADER_ROW + 1
    reference = ws.cell(row=first, column=1).value
    for key, value in (("reach", 1200), ("leads", 30), ("sales", 4), ("comment", "Окупилось")):
        ws.cell(row=first, column=keys.index(key) + 1, value=value)
    for row in range(first + 1, ws.max_row + 1):  # the agency evaluated one activity only
        for column in range(1, len(keys) + 1):
            ws.cell(row=row, column=column, value=None)
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, EvaluationScreen, context)
    assert screen._import.isVisible() and screen._import.isEnabled()
    with qtbot.waitSignal(context.hub.changes_published, timeout=30000):
        screen._import.click()
    results = s.evaluation.results(year)
    assert [r.reference for r in results] == [reference]
    qtbot.waitUntil(lambda: screen._model.rowCount() == 1)

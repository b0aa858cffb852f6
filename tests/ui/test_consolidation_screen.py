"""Consolidation: the plan grouped by region; filtering keeps the region rows of what matches."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from tests.ui.programme_state import Programme, consolidation, drafting, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.consolidation import ConsolidationScreen


def test_grouped_by_region(qtbot, full_year: Programme, tmp_path: Path) -> None:
    rows = full_year.services.plans.consolidated(full_year.year)
    screen = open_screen(qtbot, ConsolidationScreen, make_context(full_year, tmp_path))
    regions = {r.region for r in rows}
    assert screen.group_count() == len(regions)
    proxy = screen.proxy
    assert sum(proxy.rowCount(proxy.index(g, 0)) for g in range(proxy.rowCount())) == len(rows)
    dropped = sum(1 for r in rows if not r.included)
    assert f"{len(rows) - dropped} of {len(rows)} activities included" in screen._summary.text()
    screen._filter.setText(rows[0].reference)
    assert proxy.rowCount() == 1
    assert proxy.rowCount(proxy.index(0, 0)) == 1


def test_no_plan_yet(qtbot, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ConsolidationScreen, make_context(drafting, tmp_path))
    assert screen.group_count() == 0
    assert screen._empty.isVisible() and not screen._view.isVisible()


def test_exporting_and_importing_the_agency_workbook(
    qtbot, consolidation: Programme, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    s, year = consolidation.services, consolidation.year
    context = make_context(consolidation, tmp_path)
    screen = open_screen(qtbot, ConsolidationScreen, context)
    assert screen.group_count() == 0 and screen._import.isEnabled()
    target = tmp_path / "consolidation.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    screen._export.click()
    qtbot.waitUntil(lambda: "consolidation.xlsx" in screen._saved.text(), timeout=30000)
    assert target.exists()
    with qtbot.waitSignal(context.hub.changes_published, timeout=30000):
        screen._import.click()
    assert len(s.plans.consolidated(year)) == len(s.plans.activities(year))
    qtbot.waitUntil(lambda: screen.group_count() > 0)


def test_region_rows_show_the_services_subtotals(qtbot, full_year: Programme, tmp_path: Path) -> None:
    context = make_context(full_year, tmp_path)
    screen = open_screen(qtbot, ConsolidationScreen, context)
    regions, grand = full_year.services.plans.region_totals(full_year.year)
    model = screen._model
    for row, group in enumerate(model.groups()):
        total = next(t for t in regions if t.region == group.name)
        planned = model.index(row, model.Column.PLANNED).data()
        assert planned == context.money(total.planned_cost) or planned.replace("\xa0", " ") == context.money(
            total.planned_cost
        ).replace("\xa0", " ")
        assert model.index(row, model.Column.INCLUDED).data() == f"{total.included} of {total.activities}"
    assert grand.activities == sum(t.activities for t in regions)
    assert context.money(grand.included_cost) in screen._summary.text()

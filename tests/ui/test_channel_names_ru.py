"""The Russian window names channels in Russian, never by their codes (issue 14, point 5): every list, the
dashboard's chart, the claim's heading; a name edited in Settings shows everywhere, and the stored
activities keep the code."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.claims import ClaimsScreen
from ui.screens.consolidation import ConsolidationScreen
from ui.screens.dashboard import DashboardScreen
from ui.screens.evaluation import EvaluationScreen
from ui.screens.mockups import MockupsScreen
from ui.screens.settings import SettingsScreen


def _cells(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every displayed cell of ``model`` (a tree's children too)."""
    parent = parent or QModelIndex()
    out = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model (a combo's popup): one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            out.append(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        first = model.index(row, 0, parent)
        if _is_tree(model) and model.rowCount(first):
            out += _cells(model, first)
    return out


def _is_tree(model: QAbstractItemModel) -> bool:
    """Whether rows may have children (a tree model; a table's or a list's ``hasChildren`` is private)."""
    return not isinstance(model, QAbstractTableModel | QAbstractListModel | QStringListModel)


def _shown(screen: Any) -> list[str]:
    return [cell for view in screen.findChildren(QAbstractItemView) if view.model() for cell in _cells(view.model())]


def _codes(programme: Programme) -> set[str]:
    """The year's channel codes whose Russian name differs from the code (all of the demo's)."""
    names = programme.services.years.get(programme.year).channel_names
    return {code for code, ru, _en in names.channels if ru != code}


def test_the_russian_window_shows_no_channel_code(qtbot, russian: None, execution: Programme, tmp_path: Path) -> None:
    codes = _codes(execution)
    russian_names = set(execution.services.years.get(execution.year).channel_names.names("ru"))
    context = make_context(execution, tmp_path, lang="ru")
    for cls in (ClaimsScreen, MockupsScreen, ConsolidationScreen):
        screen = open_screen(qtbot, cls, context)
        shown = _shown(screen)
        assert shown, cls.__name__
        assert not codes & set(shown), (cls.__name__, codes & set(shown))
        assert russian_names & set(shown), cls.__name__  # the channel column is there, in Russian
    claims = open_screen(qtbot, ClaimsScreen, context)
    assert claims.select_claim(execution.facts.waiting_claim)
    heading = claims.detail._heading.text()
    assert not any(f"({code})" in heading for code in codes) and any(f"({n})" in heading for n in russian_names)


def test_the_dashboards_chart_and_the_evaluation_name_channels_in_russian(
    qtbot, russian: None, full_year: Programme, tmp_path: Path
) -> None:
    codes = _codes(full_year)
    context = make_context(full_year, tmp_path, lang="ru")
    evaluation = open_screen(qtbot, EvaluationScreen, context)
    shown = set(_shown(evaluation))
    assert shown and not codes & shown
    dashboard = open_screen(qtbot, DashboardScreen, context)
    axes = [a for a in dashboard._by_channel.chart().axes() if isinstance(a, QBarCategoryAxis)]
    labels = {label.replace("<br>", " ") for axis in axes for label in axis.categories()}  # long ones wrap
    assert labels and not codes & labels
    assert labels <= set(full_year.services.years.get(full_year.year).channel_names.names("ru"))


def test_a_name_edited_in_settings_shows_in_the_lists_and_the_activities_keep_the_code(
    qtbot, execution: Programme, tmp_path: Path
) -> None:
    services, year = execution.services, execution.year
    context = make_context(execution, tmp_path, lang="en")
    claims = open_screen(qtbot, ClaimsScreen, context)
    channel = services.claims.get(execution.facts.waiting_claim).channel
    before = _shown(claims)
    assert services.years.get(year).channel(channel, "en") in before
    settings = open_screen(qtbot, SettingsScreen, context)
    settings.refresh()
    editor = settings.channel_names
    row = next(r for r in range(editor.table.rowCount()) if editor.table.item(r, 0).text() == channel)
    assert not editor.table.item(r := row, 0).flags() & Qt.ItemFlag.ItemIsEditable  # the code is never edited
    editor.table.item(r, 2).setText("Renamed channel")
    assert settings.has_unsaved_changes()
    editor.save.click()
    assert services.years.get(year).channel(channel, "en") == "Renamed channel"
    assert not settings.has_unsaved_changes()
    claims.refresh()
    assert "Renamed channel" in _shown(claims)
    assert services.claims.get(execution.facts.waiting_claim).channel == channel  # the code, unchanged

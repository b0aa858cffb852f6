"""The dashboard's dated to-do list and its empty charts (issue 14.4)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCharts import QBarCategoryAxis

from tests.ui import programme_state
from tests.ui.programme_state import Programme
from tests.ui.screen_helpers import make_context, open_screen
from ui.charts import BarChartView, _wrapped
from ui.dates import date_text
from ui.screens.dashboard import DashboardScreen
from ui.text import tr_text

programme_templates = programme_state.programme_templates
execution = programme_state.execution
drafting = programme_state.drafting


def test_dated_items_show_with_their_dates_in_order_and_open_their_screen(
    qtbot: Any, execution: Programme, tmp_path: Path
) -> None:
    context = make_context(execution, tmp_path)
    items = execution.services.summary.todo(execution.year)
    assert len(items) >= 2, "the execution programme has mockups waiting and a quarter's claims due"
    screen = open_screen(qtbot, DashboardScreen, context)
    rows = screen.dated_rows()
    assert rows == [f"{date_text(item.due)} — {tr_text(item.text)}" for item in items]
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", row) for row in rows), "no ISO date in the window's sentences"
    assert [i.due for i in items] == sorted(i.due for i in items)
    opened: list[tuple[str, dict[str, object]]] = []
    context.hub.navigate_requested.connect(lambda name, filters: opened.append((name, filters)))
    for i, item in enumerate(items):
        screen._on_dated_activated(screen._dated.item(i))
        assert opened[-1] == (item.screen, dict(item.filters))
    assert len(opened) == len(items)


def test_an_empty_chart_says_nothing_yet(qtbot: Any, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, DashboardScreen, make_context(drafting, tmp_path))
    assert screen._by_channel.is_empty and screen._by_quarter.is_empty
    assert screen._by_channel._nothing.isVisible() and not screen._by_channel.chart().axes()


def test_a_chart_with_values_draws_axes_and_whole_labels(qtbot: Any) -> None:
    chart = BarChartView("t", horizontal=True)
    qtbot.addWidget(chart)
    chart.set_data(["Outdoor advertising in the city"], [("Approved", [Decimal(5)])])
    assert not chart.is_empty
    (axis,) = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.categories() == ["Outdoor advertising<br>in the city"]  # two lines, between words, never "…"
    chart.set_data(["point-of-sale materials", "материалы для точек продаж"], [("Approved", [Decimal(5)] * 2)])
    (axis,) = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.categories() == ["материалы для<br>точек продаж", "point-of-sale<br>materials"]  # first on top
    assert chart.minimumHeight() >= 110 + 2 * (2 * 13 + 10)  # the two lines get their height
    chart.set_data(["a"], [("Approved", [Decimal(0)])])
    assert chart.is_empty and not chart.chart().axes()


@given(
    st.lists(st.sampled_from(["point-of-sale", "материалы", "для", "a", "TV", "in", "the", "city", "-"]), max_size=8)
)
def test_a_wrapped_name_keeps_every_word_on_at_most_two_lines(words: list[str]) -> None:
    """Qt's category axes cut a third line to "…" however much room they have: two lines at most."""
    label = " ".join(words)
    wrapped = _wrapped(label)
    lines = wrapped.split("<br>")
    assert len(lines) <= 2
    assert " ".join(lines).replace("- ", "-") == " ".join(label.split()).replace("- ", "-")
    if len(lines) == 2:
        assert len(" ".join(label.split())) > 12 and all(line and line == line.strip() for line in lines)


def test_the_russian_channel_chart_shows_every_name_whole_on_a_laptop(
    qtbot: Any, execution: Programme, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QGraphicsTextItem

    from coop_desk.channel_names import names_of
    from coop_desk.services.year_settings import DEFAULT_CHANNELS

    def shown() -> set[str]:
        QApplication.processEvents()
        items = chart.scene().items()
        return {i.toPlainText().replace("\n", " ") for i in items if isinstance(i, QGraphicsTextItem)}

    screen = open_screen(qtbot, DashboardScreen, make_context(execution, tmp_path, lang="ru"), size=(1025, 540))
    screen.refresh()
    chart = screen._by_channel
    year = execution.services.years.get(execution.year)
    spent = [b.key for b in execution.services.summary.year(execution.year).by_channel]
    assert spent and {year.channel(c, "ru") for c in spent} <= shown()
    # every default channel's Russian name, in the dashboard's own chart at the laptop's width
    names = list(names_of(DEFAULT_CHANNELS).names("ru"))
    chart.set_data(names, [("a", [Decimal(100 + i) for i in range(len(names))]), ("b", [Decimal(50)] * len(names))])
    texts = shown()
    assert set(names) <= texts, f"{names} {sorted(texts)}"
    assert not [t for t in texts if "…" in t or "..." in t]  # Qt cuts with three dots

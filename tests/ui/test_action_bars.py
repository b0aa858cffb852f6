"""Side panels scroll; the buttons that act on them stay in view under them (issue 14.1).

The Settings form of the programme year scrolls inside its box, its note and "Save programme settings" below
it; the score editor of Dealers & scores scrolls its criteria, S, k, the cap and its buttons below them.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models.db import Database
from tests.ui import programme_state
from ui.context import ScreenContext
from ui.events import ChangeHub
from ui.main_window import MainWindow
from ui.prefs import Prefs
from ui.screens.dealer_scores import ScoreEditor
from ui.screens.settings import SettingsScreen
from ui.tasks import TaskRunner
from ui.window_layout import MINIMUM_SIZE

programme_templates = programme_state.programme_templates
execution = programme_state.execution
YEAR = 2027


def _seen(widget: QWidget, top: QWidget) -> bool:
    """The widget lies wholly inside every ancestor up to ``top`` (nothing cuts it off)."""
    full = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent: QWidget | None = widget
    while parent is not None and parent is not top:
        parent = parent.parentWidget()
        if parent is not None and not QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()).contains(full):
            return False
    return True


def test_the_settings_form_scrolls_and_its_save_button_stays_in_view(
    qtbot: Any, execution: Any, tmp_path: Path
) -> None:
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(execution.services, prefs)
    qtbot.addWidget(window)
    window.resize(MINIMUM_SIZE)  # the smallest the window gets
    window.show()
    screen = window.show_screen("settings")
    assert isinstance(screen, SettingsScreen)
    qtbot.waitUntil(screen.isVisible)
    assert window.context.tasks.wait_for_done(30000)
    QApplication.processEvents()
    scroll = screen.programme_scroll
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form fits: this test no longer shows that it scrolls"
    assert not scroll.isAncestorOf(screen.save_settings) and not scroll.isAncestorOf(screen.settings_note)
    last = screen.dates["evaluation_from"]
    assert not _seen(last, window)  # the last field is below the edge at first ...
    before = screen.save_settings.mapTo(window, QPoint(0, 0))
    assert _seen(screen.save_settings, window)
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert _seen(last, window)  # ... scrolled to, while the button stays where it was
    assert screen.save_settings.mapTo(window, QPoint(0, 0)) == before and _seen(screen.save_settings, window)
    for button in (screen.save_criteria, screen.add_criterion, screen.clear_recent):
        assert _seen(button, window), button.text()
    window.context.tasks.wait_for_done(30000)


@pytest.fixture
def scores_context(sqlite_db: Database, tmp_path: Path) -> Iterator[ScreenContext]:
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    services.years.create_year(YEAR)
    services.dealers.register("D001", "Dealer D001", "North")
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner(str(sqlite_db.url), actor="tester")
    yield ScreenContext(services, ChangeHub(), tasks, prefs, year=YEAR, lang="en")
    assert tasks.wait_for_done(30000)
    assert QThreadPool.globalInstance().waitForDone(30000)


def test_many_criteria_scroll_in_the_score_editor_and_its_buttons_stay_in_view(
    qtbot: Any, scores_context: ScreenContext
) -> None:
    services = scores_context.services
    editor = ScoreEditor(scores_context)
    qtbot.addWidget(editor)
    heights = {}
    for count in (2, 14):
        services.years.set_criteria(YEAR, [(f"Criterion {i}", Decimal(1), 10) for i in range(1, count + 1)])
        editor.load(services.years.get(YEAR), services.dealers.score(YEAR, "D001"), True)
        heights[count] = editor.minimumSizeHint().height()
    assert heights[14] == heights[2]  # more criteria never make the panel (and the window) taller
    editor.resize(420, 260)
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()  # the rows are laid out
    bar = editor.fields_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    last = editor.edit_for("Criterion 14")
    assert not _seen(last, editor)
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert _seen(last, editor)
    for always in (editor._save, editor._revert, editor._k, editor._cap):
        assert not editor.fields_scroll.isAncestorOf(always)
        assert _seen(always, editor)

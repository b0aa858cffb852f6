"""The score editor shows the cap the service computes: from the exact k = S / S_max, k shown rounded (R1, R2)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool

from coop_desk.money import format_money
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models.db import Database
from ui.context import ScreenContext
from ui.events import ChangeHub
from ui.prefs import Prefs
from ui.screens.dealer_scores import ScoreEditor
from ui.tasks import TaskRunner

YEAR = 2027
D = Decimal


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[ScreenContext]:
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    services.years.create_year(YEAR, cap_ceiling=D(100000))
    services.years.set_criteria(YEAR, [(f"C{i}", D(1), 15) for i in range(1, 6)])  # S_max 75
    services.dealers.register("D001", "Dealer D001", "North")
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner(str(sqlite_db.url), actor="tester")
    yield ScreenContext(services, ChangeHub(), tasks, prefs, year=YEAR, lang="en")
    assert tasks.wait_for_done(30000)
    assert QThreadPool.globalInstance().waitForDone(30000)


def test_the_editor_shows_the_cap_of_the_exact_k(qtbot, context: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    services = context.services
    editor = ScoreEditor(context)
    qtbot.addWidget(editor)
    editor.load(services.years.get(YEAR), services.dealers.score(YEAR, "D001"), True)
    for name, points in (("C1", "10"), ("C2", "6")):  # S = 16 of 75
        edit = editor.edit_for(name)
        edit.clear()
        qtbot.keyClicks(edit, points)
    # k = 16/75 = 0.21333…: cap 10 000 + (k − 0.2) / 0.8 × 90 000 = 11 500 (the rounded k gave 11 400)
    assert editor.current_k_text() == "0.213"
    assert editor.current_cap_text() == format_money(D(11500), "EUR", "en") == "€11,500.00"
    with qtbot.waitSignal(editor.scores_saved):
        qtbot.mouseClick(editor._save, Qt.MouseButton.LeftButton)
    stored = services.dealers.score(YEAR, "D001")
    assert stored.cap == D(11500) and stored.coefficient == D("0.213333")
    assert editor.current_cap_text() == context.money(stored.cap, "EUR")


def test_the_editor_compares_k_with_the_threshold_exactly(qtbot, context: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    services = context.services
    services.years.update_settings(YEAR, threshold=D("0.2"))
    editor = ScoreEditor(context)
    qtbot.addWidget(editor)
    editor.load(services.years.get(YEAR), services.dealers.score(YEAR, "D001"), True)
    editor.edit_for("C1").clear()
    qtbot.keyClicks(editor.edit_for("C1"), "14.99")  # k = 14.99 / 75 just below 0.2
    assert editor.current_cap_text() == format_money(D(0), "EUR", "en")
    assert "below the eligibility threshold" in editor._problem.text()
    editor.edit_for("C1").setText("15")  # k = 0.2 exactly
    assert editor.current_cap_text() == format_money(D(10000), "EUR", "en")
    assert "below the eligibility threshold" not in editor._problem.text()

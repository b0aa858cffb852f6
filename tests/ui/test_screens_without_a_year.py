"""Every screen of the cycle opens on a database with no programme year yet (nothing to show, no error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from coop_desk.services import ServiceContext, Services
from ui.context import ScreenContext
from ui.events import ChangeHub
from ui.prefs import Prefs
from ui.screens.claims import ClaimsScreen
from ui.screens.consolidation import ConsolidationScreen
from ui.screens.evaluation import EvaluationScreen
from ui.screens.mockups import MockupsScreen
from ui.screens.payments import PaymentsScreen
from ui.screens.plans import PlansScreen
from ui.screens.reports import ReportsScreen
from ui.tasks import TaskRunner


@pytest.mark.parametrize(
    "cls",
    [PlansScreen, ConsolidationScreen, MockupsScreen, ClaimsScreen, PaymentsScreen, EvaluationScreen, ReportsScreen],
)
def test_opens_without_a_year(qtbot, sqlite_db, tmp_path: Path, cls: type) -> None:
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    tasks = TaskRunner(str(sqlite_db.url))
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    context = ScreenContext(services, ChangeHub(), tasks, prefs, year=None)
    screen = cls(context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.refresh()
    assert tasks.wait_for_done(5000) and not tasks.busy

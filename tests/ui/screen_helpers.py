"""Opening one screen on a demo programme, with a real hub and task runner (no main window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from tests.ui.programme_state import Programme
from ui.context import ScreenContext
from ui.events import ChangeHub
from ui.prefs import Prefs
from ui.tasks import TaskRunner


def make_context(programme: Programme, tmp_path: Path, lang: str = "en") -> ScreenContext:
    services = programme.services
    hub = ChangeHub()
    tasks = TaskRunner(str(services.ctx.db.url), actor="tester")
    programme.task_runners.append(tasks)
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    return ScreenContext(services, hub, tasks, prefs, year=programme.year, lang=lang)


def open_screen(qtbot: Any, cls: type, context: ScreenContext, size: tuple[int, int] = (1280, 800)) -> Any:
    screen = cls(context)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


def finish_tasks(context: ScreenContext) -> None:
    assert context.tasks.wait_for_done(30000), "background tasks did not finish"

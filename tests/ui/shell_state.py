"""Demo programmes for the shell's screen tests: built once per test module, copied per test.

``allocation``: the demo year just entered allocation, every dealer scored and a budget set, not frozen.
``closed``: a whole demo year, closed.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from coop_desk.demo import DemoProgramme
from coop_desk.demo_states import score_for_allocation
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models import Stage
from models.db import Database, sqlite_url
from ui.context import ScreenContext
from ui.events import ChangeHub
from ui.prefs import Prefs
from ui.tasks import TaskRunner

YEAR = 2027
DEALERS = 12


@pytest.fixture(scope="module")
def shell_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("shell-programmes")
    out = {}
    for name, until in (("allocation", Stage.ALLOCATION), ("closed", Stage.CLOSED)):
        path = root / f"{name}.sqlite"
        db = Database(sqlite_url(path))
        services = Services(ServiceContext(db, actor="demo"))
        DemoProgramme(services, year=YEAR, dealers=DEALERS, until=until).run()
        if until == Stage.ALLOCATION:
            score_for_allocation(services, YEAR)
        db.dispose()
        out[name] = path
    return out


@dataclass
class Shell:
    context: ScreenContext
    path: Path

    @property
    def services(self) -> Services:
        return self.context.services


def _shell(templates: dict[str, Path], name: str, tmp_path: Path) -> Iterator[Shell]:
    path = tmp_path / f"{name}.sqlite"
    shutil.copy(templates[name], path)
    if (templates[name].parent / "attachments").is_dir():
        shutil.copytree(templates[name].parent / "attachments", tmp_path / "attachments", dirs_exist_ok=True)
    db = Database(sqlite_url(path), migrate=False)
    services = Services(ServiceContext(db, actor="tester"))
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    hub = ChangeHub()
    tasks = TaskRunner(str(db.url), actor="tester")
    context = ScreenContext(services, hub, tasks, prefs, year=YEAR, lang="en")
    yield Shell(context, path)
    assert tasks.wait_for_done(30000), "background tasks still running"
    assert QThreadPool.globalInstance().waitForDone(30000)
    db.dispose()


@pytest.fixture
def allocation_shell(shell_templates: dict[str, Path], tmp_path: Path) -> Iterator[Shell]:
    yield from _shell(shell_templates, "allocation", tmp_path)


@pytest.fixture
def closed_shell(shell_templates: dict[str, Path], tmp_path: Path) -> Iterator[Shell]:
    yield from _shell(shell_templates, "closed", tmp_path)


def audit_count(services: Services) -> int:
    from coop_desk.commands.cycle import audit_events

    return audit_events(services, limit=1)[1]


def show(qtbot, widget, size=(1280, 800)):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget

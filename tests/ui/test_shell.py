"""The shell: main window and registry, stage bar, change hub, background tasks, preferences, translations."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from coop_desk.errors import Refused
from coop_desk.services import Changes, Entity
from models.db import sqlite_url
from tests.ui import shell_state
from tests.ui.shell_state import YEAR, show
from ui import screens as registry
from ui.events import ChangeHub
from ui.main_window import MainWindow
from ui.money_input import MoneyEdit, parse_decimal
from ui.prefs import Prefs
from ui.stage_bar import StageBar
from ui.tasks import TaskRunner

allocation_shell = shell_state.allocation_shell
closed_shell = shell_state.closed_shell
shell_templates = shell_state.shell_templates


@pytest.fixture
def window(qtbot, allocation_shell, tmp_path):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    w = MainWindow(ctx.services, ctx.prefs, lang="en")
    show(qtbot, w, (1360, 860))
    yield w
    w.context.tasks.wait_for_done()


def test_registered_screens_follow_the_cycle_and_missing_ones_are_absent(window, monkeypatch):  # type: ignore[no-untyped-def]
    names = window.screen_names()
    assert names[0] == "dashboard"
    assert {"dashboard", "dealers", "allocation", "settings"} <= set(names)
    order = [e.name for e in registry.SCREENS]
    assert names == sorted(names, key=order.index)
    assert window.sidebar.count() == len(names)
    ghost = registry.ScreenEntry("ghost", "Ghost", "ui.screens.no_such_screen:GhostScreen")
    assert not ghost.available()
    monkeypatch.setattr(registry, "SCREENS", [*registry.SCREENS, ghost])
    assert "ghost" not in [e.name for e in registry.registered()]


def test_screens_are_built_when_first_shown_and_navigation_works(qtbot, window):  # type: ignore[no-untyped-def]
    assert "allocation" not in window._screens
    with qtbot.waitSignal(window.screen_shown) as blocker:
        window.context.open_screen("allocation")
    assert blocker.args == ["allocation"]
    assert window.current_screen() is window.screen_named("allocation")
    assert window.show_screen("no-such-screen") is None


def test_dropped_workbooks_are_forwarded(qtbot, window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    files = [tmp_path / "D001.xlsx", tmp_path / "notes.txt"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    imported: list[list[str]] = []
    refused: list[str] = []
    from ui.drop_router import ImportKindDialog
    from ui.screens.plans import PlansScreen

    monkeypatch.setattr(PlansScreen, "import_files", lambda self, paths: imported.append(paths))
    monkeypatch.setattr(ImportKindDialog, "choose", lambda self: "plan")  # D001.xlsx names no kind: asked
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: refused.append(text))
    with qtbot.waitSignal(window.files_dropped) as blocker:
        window.dropEvent(event)
    assert blocker.args == [files]
    # The Plans screen, never opened before, is shown and imports the workbook; the text file is refused.
    assert window.current_screen() is window.screen_named("plans")
    assert imported == [[str(files[0])]]
    assert len(refused) == 1 and "notes.txt" in refused[0]


def test_moving_on_lists_what_is_missing(qtbot, monkeypatch, allocation_shell):  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    bar = show(qtbot, StageBar(allocation_shell.context), (1200, 60))
    bar.refresh()
    assert "Allocation" in bar._stage.text()
    qtbot.mouseClick(bar._move, Qt.MouseButton.LeftButton)
    assert shown and "cannot move to Execution" in shown[0] and "the allocation is not frozen yet" in shown[0]
    assert allocation_shell.services.years.get(YEAR).stage.value == "allocation"


def test_moving_on_asks_and_advances(qtbot, monkeypatch, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    ctx.publish(ctx.services.allocation.freeze(YEAR))
    asked = []

    def question(parent, title, text, *a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    bar = show(qtbot, StageBar(ctx), (1200, 60))
    bar.refresh()
    with qtbot.waitSignal(ctx.hub.stage_changed) as blocker:
        qtbot.mouseClick(bar._move, Qt.MouseButton.LeftButton)
    assert blocker.args == [YEAR]
    assert "from Allocation to Execution" in asked[0]
    assert "Execution" in bar._stage.text()


def test_the_year_picker_shows_when_there_are_several_years(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    bar = show(qtbot, StageBar(ctx), (1200, 60))
    bar.refresh()
    assert not bar._years.isVisibleTo(bar)
    ctx.services.years.create_year(YEAR + 1)
    ctx.hub.years_listed.emit()
    assert bar._years.isVisibleTo(bar) and bar._years.count() == 2
    with qtbot.waitSignal(bar.year_picked) as blocker:
        bar._years.activated.emit(bar._years.findData(YEAR + 1))
    assert blocker.args == [YEAR + 1]


def test_the_hub_re_emits_changes_as_coarse_signals(qtbot):  # type: ignore[no-untyped-def]
    hub = ChangeHub()
    seen: list[str] = []
    hub.changed.connect(seen.append)
    with qtbot.waitSignals([hub.year_changed, hub.stage_changed, hub.changes_published]):
        hub.publish(Changes(Entity.YEAR, (1,), 2027, also=(Entity.STAGE,)))
    assert seen == ["year", "stage"]
    seen.clear()
    with qtbot.assertNotEmitted(hub.stage_changed):
        hub.publish(Changes(Entity.ALLOCATION, (3,), 2027, also=(Entity.YEAR,)))
    assert seen == ["allocation", "year"]


def test_tasks_report_success_progress_refusal_and_cancel(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    runner = TaskRunner(allocation_shell.context.db_url)

    def count_dealers(services, job):  # type: ignore[no-untyped-def]
        job.progress(1, 2, "reading")
        return len(services.dealers.list_dealers())

    progress = []
    handle = runner.run(count_dealers, description="count", on_progress=lambda d, t, m: progress.append((d, t, m)))
    with qtbot.waitSignal(handle.finished, timeout=10000):
        pass
    assert handle.result == 12 and progress == [(1, 2, "reading")]

    def refuse(services, job):  # type: ignore[no-untyped-def]
        raise Refused("not now")

    handle = runner.run(refuse, write=True)
    with qtbot.waitSignal(handle.refused, timeout=10000) as blocker:
        pass
    assert blocker.args == [["not now"]]

    def wait_for_cancel(services, job):  # type: ignore[no-untyped-def]
        while not job.should_cancel():
            QCoreApplication.processEvents() if False else None  # noqa: SIM108
        return "cancelled"

    handle = runner.run(wait_for_cancel, with_services=False)
    handle.cancel()
    with qtbot.waitSignal(handle.succeeded, timeout=10000) as blocker:
        pass
    assert blocker.args == ["cancelled"]
    assert runner.wait_for_done(10000) and not runner.busy


def test_an_unexpected_task_error_goes_to_the_excepthook(qtbot, monkeypatch, allocation_shell):  # type: ignore[no-untyped-def]
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(exc))
    runner = TaskRunner(allocation_shell.context.db_url)

    def crash(services, job):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("boom")

    handle = runner.run(crash)
    with qtbot.waitSignal(handle.finished, timeout=10000):
        pass
    assert isinstance(seen[0], ZeroDivisionError)


def test_the_crash_handler_logs_to_a_file(tmp_path):  # type: ignore[no-untyped-def]
    from ui.crash import CrashHandler

    handler = CrashHandler(tmp_path / "logs" / "errors.log", show_dialog=False)
    try:
        raise ValueError("unexpected")
    except ValueError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert "ValueError: unexpected" in (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")


def test_prefs_are_typed_with_defaults(tmp_path):  # type: ignore[no-untyped-def]
    prefs = Prefs(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    assert prefs.language in ("en", "ru")
    assert prefs.recent_databases == [] and prefs.last_database == ""
    prefs.language = "ru"
    prefs.last_database = "sqlite:///a.sqlite"
    prefs.last_database = "sqlite:///b.sqlite"
    prefs.last_database = "sqlite:///a.sqlite"
    assert prefs.language == "ru"
    assert prefs.recent_databases == ["sqlite:///a.sqlite", "sqlite:///b.sqlite"]
    assert prefs.state("main_window") is None
    with pytest.raises(ValueError):
        prefs.language = "de"


def test_money_input_parses_to_decimal_never_float(qtbot):  # type: ignore[no-untyped-def]
    assert parse_decimal("12 500,50") == Decimal("12500.50")
    assert parse_decimal("12,500.50") == Decimal("12500.50")
    assert parse_decimal("1.005") is None
    assert parse_decimal("") is None
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1250x0.5")
    assert edit.value() == Decimal("12500.5") and isinstance(edit.value(), Decimal)


def test_the_russian_translation_loads(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ui.i18n import TRANSLATIONS, install_translators

    assert (TRANSLATIONS / "coopdesk_ru.qm").exists() and (TRANSLATIONS / "coopdesk_ru.ts").exists()
    app = QApplication.instance()
    try:
        assert install_translators(app, "ru")
        assert QCoreApplication.translate("Navigation", "Dealers & scores") == "Дилеры и баллы"
        assert QCoreApplication.translate("Stage", "Allocation") == "Распределение"
    finally:
        install_translators(app, "en")
    assert QCoreApplication.translate("Stage", "Allocation") == "Allocation"


def test_backup_copies_the_sqlite_file(allocation_shell, tmp_path):  # type: ignore[no-untyped-def]
    import sqlite3

    from ui.file_menu import backup_sqlite

    target = tmp_path / "copy.sqlite"
    backup_sqlite(allocation_shell.path, target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("select count(*) from dealer").fetchone()[0] == 12


def test_the_window_switches_language(qtbot, window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translators

    try:
        window.hub.language_change_requested.emit("ru")
        assert window.sidebar.item(0).text() == "Обзор"
        assert window.context.lang == "ru"
    finally:
        install_translators(QApplication.instance(), "en")


def test_open_database_rebuilds_on_another_file(qtbot, window, closed_shell, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    assert window.open_database(str(closed_shell.path))
    assert window.context.services.years.get(YEAR).stage.value == "closed"
    assert window.prefs.last_database == sqlite_url(closed_shell.path)
    garbage = tmp_path / "not-a-database.sqlite"
    garbage.write_text("this is not a database\n" * 100, encoding="utf-8")
    assert not window.open_database(str(garbage))
    assert window.context.services.years.get(YEAR).stage.value == "closed"


def test_run_app_opens_the_given_database_and_offers_the_first_start(qtbot, monkeypatch, tmp_path, closed_shell):  # type: ignore[no-untyped-def]
    import argparse

    from PySide6.QtWidgets import QApplication

    from ui import app as app_module
    from ui.dialogs import FirstStartDialog

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "setStyleSheet", lambda self, sheet: None)
    windows = []
    monkeypatch.setattr(QApplication, "exec", lambda *a: windows.extend(QApplication.topLevelWidgets()) or 0)
    offered = []
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: offered.append(True) or 0)
    assert app_module.run_app(argparse.Namespace(db=str(closed_shell.path), data_dir=None)) == 0
    main = [w for w in windows if isinstance(w, MainWindow)]
    assert main and main[0].context.year == YEAR and not offered
    for w in main:
        qtbot.addWidget(w)
    empty = tmp_path / "empty.sqlite"
    assert app_module.run_app(argparse.Namespace(db=str(empty), data_dir=None)) == 0
    assert offered == [True]
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w not in main:
            qtbot.addWidget(w)


def test_the_demo_programme_builds_in_the_background_and_opens(qtbot, monkeypatch, tmp_path, window):  # type: ignore[no-untyped-def]
    from ui.session import build_demo

    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    progress = []
    handle = build_demo(window, dealers=3)
    handle.progressed.connect(lambda done, total, message: progress.append(message))
    with qtbot.waitSignal(handle.finished, timeout=30000):
        pass
    assert progress and progress[-1] == "done"
    assert window.prefs.last_database.endswith("data/demo.sqlite")
    assert window.context.services.years.get(window.context.year).stage.value == "closed"
    assert len(window.context.services.dealers.list_dealers()) == 3


def test_a_new_database_file_offers_the_first_start(qtbot, monkeypatch, tmp_path, window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs import FirstStartDialog, NewYearDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "fresh"), ""))
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: FirstStartDialog.NEW_YEAR)
    answers = iter([NewYearDialog.DialogCode.Accepted])

    def new_year_exec(self):  # type: ignore[no-untyped-def]
        self.year.setValue(2031)
        self.budget.setText("100000")
        return next(answers, NewYearDialog.DialogCode.Rejected)

    monkeypatch.setattr(NewYearDialog, "exec", new_year_exec)
    window.file_menu.new_db.trigger()
    assert window.prefs.last_database == sqlite_url(tmp_path / "fresh.sqlite")
    view = window.context.services.years.get(2031)
    assert window.context.year == 2031 and view.budget == Decimal(100000)
    assert "2031" in window.stage_bar._year_label.text()


def test_every_registered_screen_has_an_icon(qtbot):  # type: ignore[no-untyped-def]
    from ui.icons import icon

    for entry in registry.SCREENS:
        assert not icon(entry.name).isNull(), entry.name
    assert icon("no-such-icon").isNull()


def test_closing_with_an_unsaved_what_if_asks_first(qtbot, monkeypatch, window):  # type: ignore[no-untyped-def]
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer[0])
    screen = window.show_screen("allocation")
    screen.budget.setText("1000")
    assert not window.close()
    assert window.isVisible() and "Allocation" in asked[0]
    answer[0] = QMessageBox.StandardButton.Discard
    assert window.close()

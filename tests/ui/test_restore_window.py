"""File → Restore from backup…: what the backup holds, confirm, restore in the background, reopen; never destroys."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from coop_desk import backup as backups
from coop_desk.backup_summary import summarise_backup
from coop_desk.errors import InvalidInput
from tests.ui import shell_state
from tests.ui.shell_state import YEAR, show
from ui import restore_dialog
from ui.main_window import MainWindow
from ui.restore_dialog import RestoreConfirmDialog, Restorer, pg_restore_help

allocation_shell = shell_state.allocation_shell
shell_templates = shell_state.shell_templates


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def window(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    w = MainWindow(ctx.services, ctx.prefs, lang="en")
    show(qtbot, w, (1090, 540))
    yield w
    w.context.tasks.wait_for_done()
    w.context.services.ctx.db.dispose()


@pytest.fixture
def backup_file(window: MainWindow, tmp_path: Path) -> Path:
    target = tmp_path / "saved" / f"before{backups.SUFFIX}"
    target.parent.mkdir()
    backups.backup(window.context.db_url, target)
    return target


class Messages:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[str] = []
        for name in ("warning", "information"):
            monkeypatch.setattr(QMessageBox, name, self._show)

    def _show(self, _parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok


def _accept(monkeypatch: pytest.MonkeyPatch, seen: dict[str, str]) -> None:
    def exec_(dialog: RestoreConfirmDialog) -> int:
        seen.update({k: label.text() for k, label in dialog.fields.items()})
        seen["warning"] = dialog.warning.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreConfirmDialog, "exec", exec_)


def _wait(qtbot: Any, restorer: Restorer) -> None:
    qtbot.waitUntil(lambda: restorer.handle is None, timeout=30000)


def test_restore_shows_the_backup_then_reopens_the_restored_database(
    qtbot, window: MainWindow, backup_file: Path, allocation_shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.context.services
    dealer = services.dealers.list_dealers()[0]
    services.dealers.edit(dealer.code, expected_version=dealer.version, city="Changed after the backup")
    seen: dict[str, str] = {}
    _accept(monkeypatch, seen)
    restorer = Restorer(window)
    assert restorer.confirm_and_restore(backup_file)
    _wait(qtbot, restorer)
    assert restorer.restored
    assert seen["file"] == str(backup_file) and seen["years"] == str(YEAR)
    assert seen["dealer"] == str(len(services.dealers.list_dealers()))
    assert seen["created"] not in ("", "unknown")
    assert str(allocation_shell.path) in seen["warning"]
    assert window.context.services is not services  # the window opened the restored database
    assert window.context.services.dealers.get(dealer.code).city == dealer.city
    assert window.context.year == YEAR
    assert window.prefs.last_folder == str(backup_file.parent)


def test_a_file_that_is_not_a_backup_is_refused_by_name_and_nothing_changes(
    qtbot, window: MainWindow, allocation_shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = Messages(monkeypatch)
    not_backup = tmp_path / "notes.coopdesk-backup"
    not_backup.write_text("just some text")
    window.context.services.ctx.db.dispose()
    before = sha256(allocation_shell.path)
    monkeypatch.setattr(restore_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_backup), ""))
    monkeypatch.setattr(RestoreConfirmDialog, "exec", lambda self: pytest.fail("no confirmation for a non-backup"))
    window.file_menu.restore.trigger()  # through the File menu
    assert len(messages.shown) == 1
    assert str(not_backup) in messages.shown[0] and "not a readable CoopDesk backup" in messages.shown[0]
    assert sha256(allocation_shell.path) == before
    assert window.context.services.years.latest_year() == YEAR


def test_a_backup_that_fails_its_checks_leaves_the_database_as_it_was(
    qtbot, window: MainWindow, backup_file: Path, allocation_shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / f"bad{backups.SUFFIX}"  # the manifest promises one dealer more than the database holds
    with zipfile.ZipFile(backup_file) as src, zipfile.ZipFile(bad, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["rows"]["dealer"] += 1
                data = json.dumps(manifest).encode()
            out.writestr(name, data)
    messages = Messages(monkeypatch)
    _accept(monkeypatch, {})
    services = window.context.services
    services.ctx.db.dispose()
    before = sha256(allocation_shell.path)
    restorer = Restorer(window)
    assert restorer.confirm_and_restore(bad)
    _wait(qtbot, restorer)
    assert not restorer.restored
    assert sha256(allocation_shell.path) == before
    assert messages.shown and "The database was not changed." in messages.shown[-1]
    assert window.context.services is services and services.years.latest_year() == YEAR  # the window carries on


def test_cancelling_the_confirmation_restores_nothing(
    qtbot, window: MainWindow, backup_file: Path, allocation_shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RestoreConfirmDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.context.services.ctx.db.dispose()
    before = sha256(allocation_shell.path)
    restorer = Restorer(window)
    assert not restorer.confirm_and_restore(backup_file)
    assert restorer.handle is None and sha256(allocation_shell.path) == before


def test_a_server_backup_is_not_offered_for_a_database_file(
    qtbot, window: MainWindow, backup_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pg = tmp_path / f"server{backups.SUFFIX}"
    with zipfile.ZipFile(backup_file) as src, zipfile.ZipFile(pg, "w") as out:
        manifest = json.loads(src.read("manifest.json")) | {"kind": "postgresql"}
        out.writestr("manifest.json", json.dumps(manifest))
        out.writestr("database.pgdump", b"PGDMP")
    messages = Messages(monkeypatch)
    monkeypatch.setattr(RestoreConfirmDialog, "exec", lambda self: pytest.fail("no confirmation"))
    assert not Restorer(window).confirm_and_restore(pg)
    assert "server (PostgreSQL)" in messages.shown[0]


def test_on_a_server_database_the_action_tells_the_command_line_way(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql://clerk:secret@db.example:5432/coop"
    messages = Messages(monkeypatch)
    monkeypatch.setattr(type(window.context), "db_url", property(lambda self: url))
    monkeypatch.setattr(restore_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: pytest.fail("no file asked"))
    Restorer(window).choose_and_restore()
    assert messages.shown == [pg_restore_help(url)]
    assert "restore FILE --replace --admin-user" in messages.shown[0]
    assert "db.example" in messages.shown[0] and "secret" not in messages.shown[0]


def test_the_summary_reads_years_and_counts_and_refuses_a_non_backup(backup_file: Path, tmp_path: Path) -> None:
    summary = summarise_backup(backup_file)
    assert summary.kind == "sqlite" and summary.years == (YEAR,)
    assert summary.count("dealer") == shell_state.DEALERS and summary.count("no_such_table") == 0
    junk = tmp_path / "junk.zip"
    with zipfile.ZipFile(junk, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(InvalidInput, match="no manifest.json"):
        summarise_backup(junk)

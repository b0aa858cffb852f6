"""Closing the window after opening Dealers & scores on a database with no programme year: no error."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from coop_desk.database import open_for_work, sqlite_url
from ui.main_window import MainWindow
from ui.prefs import Prefs


def test_closing_after_dealers_and_scores_without_a_year(qtbot, tmp_path: Path, monkeypatch, capfd) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: errors.append(exc))
    services = open_for_work(sqlite_url(tmp_path / "empty.sqlite"))
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, prefs, lang="en")
    window.resize(1090, 540)
    window.show()
    qtbot.waitExposed(window)
    assert window.context.year is None
    screen = window.show_screen("dealers")
    assert screen is not None and not screen.has_unsaved_changes()
    qtbot.waitUntil(lambda: not window.context.tasks.busy)
    assert window.close()
    services.ctx.db.dispose()
    _, err = capfd.readouterr()
    assert not errors
    assert "Traceback" not in err, err

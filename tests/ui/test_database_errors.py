"""The window on a database it cannot use says why in a sentence; a password is never shown, logged or stored."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from coop_desk.connection_errors import connection_refusal
from coop_desk.database import open_for_work, sqlite_url
from tests.conftest import PG_SKIP, PG_URL
from ui import session
from ui.crash import CrashHandler
from ui.dialogs import DatabasePasswordDialog, DatabaseUrlDialog, connection_url
from ui.prefs import Prefs

PASSWORD = "S3cret!"
SECRET = "S3cret"  # the password as typed or %-encoded in a URL ("S3cret%21")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _prefs(tmp_path: Path) -> tuple[Prefs, Path]:
    path = tmp_path / "prefs.ini"
    return Prefs(QSettings(str(path), QSettings.Format.IniFormat)), path


def test_an_unreachable_server_is_one_sentence_in_the_window(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(title + text))
    asked: list[Any] = []
    monkeypatch.setattr(DatabasePasswordDialog, "exec", lambda self: asked.append(self) or 0)
    port = free_port()
    assert session.open_services(None, f"postgresql+psycopg://clerk:{PASSWORD}@127.0.0.1:{port}/coop") is None
    (text,) = shown
    assert text == (
        f"Cannot open the databasepostgresql+psycopg://clerk:***@127.0.0.1:{port}/coop could not be opened:\n"
        f"Cannot reach the server 127.0.0.1:{port} — is it running?"
    )
    assert not asked  # an unreachable server asks for no password


def test_a_server_that_wants_a_password_asks_for_it_and_keeps_it_out_of_the_settings(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    file = tmp_path / "coop.sqlite"
    tried: list[str] = []

    def opening(url: str) -> Any:  # a server that wants clerk's password, with a SQLite file behind it
        tried.append(url)
        if make_url(url).password != PASSWORD:
            message = (
                "fe_sendauth: no password supplied"
                if make_url(url).password is None
                else "password authentication failed"
            )
            raise connection_refusal(url, OperationalError("", {}, Exception(message)))
        return open_for_work(sqlite_url(file))

    monkeypatch.setattr("coop_desk.database.open_for_work", opening)
    monkeypatch.setattr("ui.sign_in.ensure_signed_in", lambda *a, **k: True)
    problems: list[str] = []
    answers = iter(["wrong", PASSWORD])

    def answer(dialog: DatabasePasswordDialog) -> int:
        problems.append(dialog.problem.text())
        assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
        dialog.password.setText(next(answers))
        return 1

    monkeypatch.setattr(DatabasePasswordDialog, "exec", answer)
    url = "postgresql+psycopg://clerk@127.0.0.1:5999/coop"
    services = session.open_services(None, url)
    assert services is not None
    services.ctx.db.dispose()
    assert [make_url(u).password for u in tried] == [None, "wrong", PASSWORD]
    assert problems == [
        "The server 127.0.0.1:5999 asks for the password of clerk.",
        "The server 127.0.0.1:5999 refused the user name or password of clerk.",
    ]


def test_cancelling_the_password_opens_nothing(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def opening(url: str) -> Any:
        raise connection_refusal(url, OperationalError("", {}, Exception("fe_sendauth: no password supplied")))

    monkeypatch.setattr("coop_desk.database.open_for_work", opening)
    monkeypatch.setattr(DatabasePasswordDialog, "exec", lambda self: 0)
    assert session.open_services(None, "postgresql+psycopg://clerk@127.0.0.1:5999/coop") is None


def test_settings_never_store_a_password(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prefs, path = _prefs(tmp_path)
    url = f"postgresql+psycopg://clerk:{PASSWORD}@127.0.0.1:5999/coop"
    prefs.last_database = url
    prefs.last_database = "sqlite:////tmp/one.sqlite"
    prefs.last_database = url
    prefs.sync()
    assert prefs.last_database == "postgresql+psycopg://clerk@127.0.0.1:5999/coop"
    assert prefs.recent_databases == [prefs.last_database, "sqlite:////tmp/one.sqlite"]
    assert SECRET not in path.read_text(encoding="utf-8")


def test_passwords_stored_by_an_older_version_are_forgotten(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "prefs.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    url = f"postgresql+psycopg://clerk:{PASSWORD}@127.0.0.1:5999/coop"
    old.setValue("db/last", url)
    old.setValue("db/recent", [url, "sqlite:////tmp/one.sqlite"])
    old.sync()
    prefs = Prefs(QSettings(str(path), QSettings.Format.IniFormat))
    prefs.sync()
    assert "S3cret" not in path.read_text(encoding="utf-8")
    assert prefs.recent_databases == ["postgresql+psycopg://clerk@127.0.0.1:5999/coop", "sqlite:////tmp/one.sqlite"]


def test_the_connect_dialog_takes_the_password_apart(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseUrlDialog()
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert "password" not in dialog.url.placeholderText()
    url = connection_url(" postgresql://clerk@127.0.0.1:5999/coop ", PASSWORD)
    assert make_url(url).password == PASSWORD and url.startswith("postgresql+psycopg://")
    assert connection_url("postgresql://clerk@h/coop", "") == "postgresql://clerk@h/coop"


def test_the_crash_log_masks_passwords(tmp_path: Path) -> None:
    log = tmp_path / "errors.log"
    try:
        raise ValueError(f"could not use postgresql+psycopg://clerk:{PASSWORD}@127.0.0.1:5999/coop")
    except ValueError as exc:
        CrashHandler(log, show_dialog=False)(ValueError, exc, exc.__traceback__)
    text = log.read_text(encoding="utf-8")
    assert "clerk:***@127.0.0.1:5999/coop" in text and "S3cret" not in text


def window_texts(window: QWidget) -> list[str]:
    """Every text a person can see in the window: titles, labels, buttons, fields, tooltips, menus."""
    texts = [window.windowTitle()]
    for widget in QApplication.allWidgets():
        texts += [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        for action in widget.findChildren(QAction):
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


@pytest.mark.postgres
def test_no_window_text_shows_the_password(qtbot, tmp_path: Path, request) -> None:  # type: ignore[no-untyped-def]
    if PG_SKIP:
        pytest.skip(f"PostgreSQL not available: {PG_SKIP}")
    from tests.conftest import _drop_pg, _pg_database
    from ui.main_window import MainWindow

    database, name = _pg_database(request.getfixturevalue("pg_template"))
    database.dispose()
    url = make_url(database.url).set(password=PASSWORD).render_as_string(hide_password=False)  # trust auth takes any
    services = session._try_open(url)
    assert not isinstance(services, BaseException), services
    services.ctx.actor = "tester"
    prefs, path = _prefs(tmp_path)
    prefs.last_database = url
    window = MainWindow(services, prefs, lang="en")
    try:
        window.resize(1280, 650)
        window.show()
        qtbot.waitExposed(window)
        for name_ in window.screen_names():
            window.show_screen(name_)
        qtbot.waitUntil(lambda: not window.context.tasks.busy)
        texts = window_texts(window)
        assert any(f"{make_url(PG_URL).host}" in t and "***" in t for t in texts)  # the database is named, masked
        assert not [t for t in texts if SECRET in t]
        prefs.sync()
        assert SECRET not in path.read_text(encoding="utf-8")
    finally:
        window.close()
        services.ctx.db.dispose()
        _drop_pg(name)


def test_the_sentences_are_russian_in_a_russian_window(qtbot, russian, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    port = free_port()
    assert session.open_services(None, f"postgresql+psycopg://clerk:{PASSWORD}@127.0.0.1:{port}/coop") is None
    assert shown[0].endswith(f"Не удаётся связаться с сервером 127.0.0.1:{port} — он запущен?")
    refusal = connection_refusal(
        "postgresql+psycopg://clerk@127.0.0.1:5999/coop", OperationalError("", {}, Exception("no password supplied"))
    )
    dialog = DatabasePasswordDialog(where="clerk@127.0.0.1:5999/coop", problem=session.opening_problem(refusal))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Пароль базы данных"
    assert dialog.problem.text() == "Сервер 127.0.0.1:5999 требует пароль пользователя clerk."

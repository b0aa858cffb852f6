"""The sign-in dialog (an empty shared database signs nobody in: `db init` makes its first owner), the users screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from coop_desk.services import Services
from models.enums import Role
from ui.context import ScreenContext
from ui.events import ChangeHub
from ui.prefs import Prefs
from ui.screens.users import UsersScreen
from ui.sign_in import SignInDialog, who_text
from ui.tasks import TaskRunner

PASSWORD = "a long enough password"


def test_a_wrong_password_keeps_the_dialog_open_and_the_right_one_signs_in(qtbot: Any, services: Services) -> None:
    services.users.add("ann", Role.OWNER, PASSWORD)
    services.users.add("fin", Role.FINANCE, PASSWORD)
    dialog = SignInDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.no_users
    qtbot.keyClicks(dialog.username, "fin")
    qtbot.keyClicks(dialog.password, "not the password")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "user name or password is wrong" in dialog.message.text()
    assert dialog.password.text() == "" and services.ctx.role is None
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (services.ctx.actor, services.ctx.role) == ("fin", Role.FINANCE)
    assert who_text(services) == "fin (finance)"


def test_an_empty_database_makes_no_first_owner_in_the_window(qtbot: Any, services: Services) -> None:
    dialog = SignInDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_users and "coop-desk db init" in dialog.intro.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.username.setText("ann")
    dialog.password.setText(PASSWORD)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and services.users.count() == 0 and services.ctx.role is None


def test_the_users_screen_lets_only_the_owner_add_and_disable(
    qtbot: Any, services: Services, tmp_path: Path, monkeypatch: Any
) -> None:
    services.users.add("ann", Role.OWNER, PASSWORD)
    services.users.add("aud", Role.AUDITOR, PASSWORD)
    tasks = TaskRunner(str(services.ctx.db.url), actor="tester")
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    context = ScreenContext(services, ChangeHub(), tasks, prefs)
    screen = UsersScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.model.rowCount() == 2 and screen.add.isEnabled()
    services.ctx.actor, services.ctx.role = "aud", Role.AUDITOR
    screen.refresh()
    assert not screen.add.isEnabled() and not screen.disable.isEnabled()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    screen.table.selectRow(0)
    screen._on_disable_clicked()  # a hidden button is not the protection: the service refuses
    assert shown == ["aud (auditor) may not disable users"]
    assert not any(u.disabled for u in services.users.list_users())


def test_opening_a_shared_database_asks_for_a_sign_in(qtbot: Any, db: Any, monkeypatch: Any) -> None:
    from ui import session

    asked: list[bool] = []

    def refuse(self: SignInDialog) -> int:
        asked.append(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SignInDialog, "exec", refuse)
    opened = session.open_services(None, db.url)
    if db.is_sqlite:  # a personal file: the local owner acts, nobody is asked
        assert opened is not None and not asked and opened.ctx.role is None
        opened.ctx.db.dispose()
    else:
        assert opened is None and asked


def test_the_status_bar_shows_who_acts_and_the_workers_keep_the_role(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    from ui.main_window import MainWindow

    services.users.add("ann", Role.OWNER, PASSWORD)
    services.users.add("fin", Role.FINANCE, PASSWORD)
    services.ctx.actor, services.ctx.role = "fin", Role.FINANCE
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, prefs, lang="en")
    qtbot.addWidget(window)
    assert window.who.text() == "fin (finance)"
    worker_services = window.context.tasks.open_services()
    try:
        assert (worker_services.ctx.actor, worker_services.ctx.role) == ("fin", Role.FINANCE)
    finally:
        worker_services.ctx.db.dispose()
    window.context.tasks.wait_for_done()

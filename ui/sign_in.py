"""Signing in to a shared (PostgreSQL) database; on an empty user table, creating the first owner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coop_desk.errors import CoopDeskError
from coop_desk.services.users import needs_sign_in, sign_in
from models.enums import Role
from ui.labels import role_label
from ui.text import tr_lines


class SignInDialog(QDialog):
    """Asks for a user name and password and signs ``services`` in (actor and role) when they are right.

    When the database has no users yet it asks for the first programme owner instead, creates it and signs in.
    A refusal (wrong password, locked, disabled) is shown in the dialog, which stays open.
    """

    def __init__(self, services: Any, parent: QWidget | None = None, *, where: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.first_owner = services.users.count() == 0
        self.setWindowTitle(self.tr("Create the first owner") if self.first_owner else self.tr("Sign in"))
        intro = QLabel(
            self.tr("Nobody can sign in to this shared database yet. Create its first programme owner.")
            if self.first_owner
            else self.tr("This database is shared: sign in with your user name and password.")
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setObjectName("SignInMessage")
        self.message.setStyleSheet("color: #b3261e")
        form = QFormLayout()
        if where:
            where_label = QLabel(where)
            where_label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("Database"), where_label)
        form.addRow(self.tr("User name"), self.username)
        if self.first_owner:
            form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        if self.first_owner:
            form.addRow(self.tr("Password again"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        try:
            if self.first_owner:
                if password != self.repeat.text():
                    self.message.setText(self.tr("The two passwords differ."))
                    return
                self.services.users.add(name, Role.OWNER, password, self.full_name.text())
            sign_in(self.services, name, password)
        except CoopDeskError as exc:
            self.message.setText("\n".join(tr_lines(exc.lines())))
            self.password.clear()
            self.repeat.clear()
            self.password.setFocus()
            return
        self.accept()


def ensure_signed_in(parent: QWidget | None, services: Any, where: str = "") -> bool:
    """On a shared database, sign in (True when done); on a personal SQLite file, the local owner acts."""
    if not needs_sign_in(services):
        return True
    return SignInDialog(services, parent, where=where).exec() == QDialog.DialogCode.Accepted


def who_text(services: Any) -> str:
    """For the status bar: the acting person and role ("ann (owner)"; the OS user is the local owner)."""
    ctx = services.ctx
    return f"{getattr(ctx, 'actor', '?')} ({role_label(getattr(ctx, 'role', None))})"

"""Signing in to a shared (PostgreSQL) database.

An empty user table opens no door: the first programme owner of a shared database is made only by
``coop-desk db init``, with the credentials of the PostgreSQL role that owns the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coop_desk.errors import CoopDeskError
from coop_desk.services.users import needs_sign_in, sign_in
from ui.labels import role_label
from ui.text import tr_lines


class SignInDialog(QDialog):
    """Asks for a user name and password and signs ``services`` in (actor and role) when they are right.

    When the database has no users yet it says who makes the first owner (``coop-desk db init``) and signs
    nobody in. A refusal (wrong password, locked, disabled) is shown in the dialog, which stays open.
    """

    def __init__(self, services: Any, parent: QWidget | None = None, *, where: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.no_users = services.users.count() == 0
        self.setWindowTitle(self.tr("Sign in"))
        intro = QLabel(
            self.tr(
                "Nobody can sign in to this shared database yet: the PostgreSQL role that owns it creates the "
                "first programme owner with `coop-desk db init`."
            )
            if self.no_users
            else self.tr("This database is shared: sign in with your user name and password.")
        )
        self.intro = intro
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
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
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if self.no_users:
            for widget in (self.username, self.password, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
                widget.setEnabled(False)
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
        if self.no_users:
            return  # nobody to sign in as; `coop-desk db init` makes the first owner
        name, password = self.username.text().strip(), self.password.text()
        try:
            sign_in(self.services, name, password)
        except CoopDeskError as exc:
            self.message.setText("\n".join(tr_lines(exc.lines())))
            self.password.clear()
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

"""The people who sign in to a shared database: list, and for the programme owner add and disable.

The buttons follow the role for convenience only; the services enforce the permission matrix.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_desk.services.users import UserView
from models.enums import Role
from ui.context import ScreenContext, show_refusal
from ui.labels import role_label
from ui.models.row_table import ROW_ROLE, RowTableModel
from ui.screens.base import Screen
from ui.widgets.tables import make_proxy, make_table


class UsersTableModel(RowTableModel):
    class Column(IntEnum):
        USERNAME = 0
        FULL_NAME = 1
        ROLE = 2
        STATE = 3

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State")]

    def display(self, row: UserView, column: int) -> str:
        c = self.Column
        if column == c.USERNAME:
            return row.username
        if column == c.FULL_NAME:
            return row.full_name
        if column == c.ROLE:
            return role_label(row.role)
        if row.disabled:
            return self.tr("disabled")
        if row.locked_until is not None and row.locked_until > dt.datetime.now(dt.UTC):
            return self.tr("locked until {0}").format(row.locked_until.astimezone().strftime("%H:%M"))
        return self.tr("active")

    def row_id(self, row: UserView) -> Any:
        return row.id


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Password (10+ characters)"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, Role, str, str]:
        return self.username.text().strip(), self.role.currentData(), self.password.text(), self.full_name.text()


class UsersScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = UsersTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, stretch=UsersTableModel.Column.FULL_NAME)
        self.add = QPushButton(self.tr("Add user…"))
        self.disable = QPushButton(self.tr("Disable"))
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.add)
        top.addWidget(self.disable)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add.clicked.connect(self._on_add_clicked)
        self.disable.clicked.connect(self._on_disable_clicked)

    def refresh(self) -> None:
        services = self.context.services
        self.model.set_rows(services.users.list_users())
        self.context.gate(self.add, "users.add")
        self.context.gate(self.disable, "users.disable")
        if services.ctx.db.is_sqlite:
            self.note.setText(
                self.tr("A personal file: you act as its owner ({0}). Users sign in on a shared database.").format(
                    services.ctx.actor
                )
            )
        else:
            self.note.setText(self.tr("Signed in as {0}.").format(services.ctx.actor))

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ROW_ROLE) if rows else None

    @Slot()
    def _on_add_clicked(self) -> None:
        dialog = AddUserDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.context.attempt(self, self.context.services.users.add, *dialog.values()) is not None:
            self.refresh()

    @Slot()
    def _on_disable_clicked(self) -> None:
        user = self.selected()
        if user is None:
            show_refusal(self, [self.tr("Choose a user first.")])
            return
        if self.context.attempt(self, self.context.services.users.disable, user.username) is not None:
            self.refresh()

"""Small dialogs of the shell: start a programme year, first start, progress of a background task."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.money_input import MoneyEdit
from ui.tasks import TaskHandle


class NewYearDialog(QDialog):
    """Create a programme year: the year, its currency and budget (the rest comes from the latest year)."""

    def __init__(self, parent: QWidget | None = None, *, suggested_year: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a programme year"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(suggested_year or dt.date.today().year + 1)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["EUR", "RUB", "USD"])
        self.budget = MoneyEdit()
        self.budget.setPlaceholderText("0.00")
        form = QFormLayout()
        form.addRow(self.tr("&Programme year"), self.year)
        form.addRow(self.tr("&Currency"), self.currency)
        form.addRow(self.tr("&Budget"), self.budget)
        hint = QLabel(
            self.tr(
                "The year starts in drafting. Criteria, channels, rates and dates are copied from the latest year "
                "(or the defaults) and can be changed in Settings."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the year"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def settings(self) -> dict[str, object]:
        values: dict[str, object] = {"currency": self.currency.currentText().strip().upper() or "EUR"}
        amount = self.budget.value()
        if amount is not None:
            values["budget"] = amount
        return values


class FirstStartDialog(QDialog):
    """No programme year in this database: open the demo programme or start a year."""

    DEMO = 10
    NEW_YEAR = 11

    def __init__(self, parent: QWidget | None = None, *, may_start: bool = True, why_not: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to CoopDesk"))
        title = QLabel(self.tr("This database holds no programme year yet."))
        title.setObjectName("FirstStartTitle")
        text = QLabel(
            self.tr(
                "Open the demo programme to look around (forty dealers in six regions, a whole year run "
                "through every stage, in its own file), or start your own programme year."
            )
        )
        text.setWordWrap(True)
        demo = QPushButton(self.tr("Open the demo programme"))
        new = self.new_year = QPushButton(self.tr("Start a programme year…"))
        new.setEnabled(may_start)  # a role that may not create years is told why, not refused afterwards
        new.setToolTip(why_not)
        later = QPushButton(self.tr("Later"))
        demo.setDefault(True)
        demo.clicked.connect(self._on_demo_clicked)
        new.clicked.connect(self._on_new_clicked)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(demo)
        layout.addWidget(new)
        layout.addWidget(later, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(460, self.sizeHint().height())

    @Slot()
    def _on_demo_clicked(self) -> None:
        self.done(self.DEMO)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.done(self.NEW_YEAR)


class TaskProgressDialog(QProgressDialog):
    """A modal progress dialog bound to a TaskHandle: progress shown, Cancel cancels, closes when done."""

    def __init__(self, handle: TaskHandle, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(handle.description or title)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self._handle = handle
        handle.progressed.connect(self._on_handle_progressed)
        handle.finished.connect(self._on_handle_finished)
        self.canceled.connect(self._on_canceled)

    @Slot(int, int, str)
    def _on_handle_progressed(self, done: int, total: int, message: str) -> None:
        self.setRange(0, max(total, 0))
        self.setValue(min(done, total) if total else 0)
        if message:
            self.setLabelText(message)

    @Slot()
    def _on_handle_finished(self) -> None:
        self.close()

    @Slot()
    def _on_canceled(self) -> None:
        self._handle.cancel()
        self.setLabelText(self.tr("Cancelling…"))


class DatabaseUrlDialog(QDialog):
    """Connect to a PostgreSQL database shared by the team."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a PostgreSQL database"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://user@host:5432/coopdesk")
        self.url.setMinimumWidth(380)
        self.password = QLineEdit()  # apart from the URL, so that it is never shown (nor stored)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Database &URL"), self.url)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class DatabasePasswordDialog(QDialog):
    """The password of a shared database, asked when the server wants it (it is never stored)."""

    def __init__(self, parent: QWidget | None = None, *, where: str, problem: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database password"))
        self.problem = QLabel(problem)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        where_label = QLabel(where)
        where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(260)
        form = QFormLayout()
        form.addRow(self.tr("Database"), where_label)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.setFocus()


def connection_url(url: str, password: str) -> str:
    """The URL typed, with the password typed apart (when there is one) put into it."""
    from coop_desk.database import normalise_url, with_password

    url = url.strip()
    return with_password(normalise_url(url), password) if url and password and "://" in url else url

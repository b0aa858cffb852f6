"""File → "Restore from backup…": a SQLite database file restored from a backup in the window.

The backup is chosen, what it holds is shown (coop_desk.backup_summary: when it was written, its years, its
counts) and the person confirms; then the window lets go of the database (its connections closed, so the
restore may take the file's exclusive lock) and coop_desk.backup.restore runs in the background. That restore
checks the backup completely in a temporary file and only then renames it over the database: on any
failure the database is left as it was, and the window carries on with it. On success the restored database
is opened in the window. A PostgreSQL database is restored on the command line (it needs the server's
tools): the action says how.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from coop_desk.backup_summary import BackupSummary, summarise_backup
from coop_desk.database import shown_url, sqlite_path
from coop_desk.errors import CoopDeskError
from ui.context import show_refusal
from ui.tasks import Job, TaskHandle

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def counted() -> tuple[tuple[str, str], ...]:
    """The counts shown before a restore: (table, label)."""
    return (
        ("dealer", QCoreApplication.translate("RestoreDialog", "Dealers:")),
        ("plan_draft", QCoreApplication.translate("RestoreDialog", "Plan drafts:")),
        ("mockup", QCoreApplication.translate("RestoreDialog", "Mockups:")),
        ("claim", QCoreApplication.translate("RestoreDialog", "Claims:")),
        ("payment", QCoreApplication.translate("RestoreDialog", "Payments:")),
        ("app_user", QCoreApplication.translate("RestoreDialog", "Users:")),
    )


def shown_date(created: str) -> str:
    """The manifest's ISO time in the window's locale and the computer's time zone ("" → "unknown")."""
    when = QDateTime.fromString(created, Qt.DateFormat.ISODate)
    if not created or not when.isValid():
        return QCoreApplication.translate("RestoreDialog", "unknown")
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


class RestoreConfirmDialog(QDialog):
    """What the backup holds and what it replaces; "Restore" or "Cancel"."""

    def __init__(self, summary: BackupSummary, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}

        def add(key: str, label: str, value: str) -> None:
            shown = QLabel(value, self)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # file names
            shown.setWordWrap(True)
            self.fields[key] = shown
            form.addRow(label, shown)

        add("file", self.tr("Backup file:"), str(summary.path))
        add("created", self.tr("Written:"), shown_date(summary.created))
        add("version", self.tr("By CoopDesk:"), summary.version or self.tr("unknown"))
        years = ", ".join(str(y) for y in summary.years) or self.tr("none")
        add("years", self.tr("Programme years:"), years)
        for table, label in counted():
            add(table, label, str(summary.count(table)))
        add("attachments", self.tr("Attached files:"), str(summary.attachments))
        self.warning = QLabel(
            self.tr(
                "The database {0} will be replaced by this backup: whatever was recorded since the backup was "
                "written is lost. The backup is checked completely first; if anything is wrong, nothing is replaced."
            ).format(database),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())


def pg_restore_help(url: str) -> str:
    return QCoreApplication.translate(
        "RestoreDialog",
        "A server (PostgreSQL) database is restored on the command line, which needs the server's tools "
        "(pg_restore). As the role that owns the database, run:\n\n"
        "coop-desk --db {0} restore FILE --replace --admin-user OWNER",
    ).format(shown_url(url))


def _restore_task(backup_file: Path, url: str):  # type: ignore[no-untyped-def]
    def run(_services: None, job: Job) -> Any:
        from coop_desk import backup as backups

        job.progress(0, 0, "")
        return backups.restore(backup_file, url, replace=True)

    return run


class Restorer(QObject):
    """The restore of the window's SQLite database; a child of the window (the File menu is rebuilt)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.handle: TaskHandle | None = None
        self.progress: QProgressDialog | None = None
        self.restored = False

    def choose_and_restore(self) -> None:
        window = self._window
        url = window.context.db_url
        database = sqlite_path(url)
        if database is None:
            QMessageBox.information(
                window, QCoreApplication.translate("RestoreDialog", "Restore from backup"), pg_restore_help(url)
            )
            self.deleteLater()
            return
        from coop_desk import backup as backups

        name, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("RestoreDialog", "Restore from backup"),
            window.prefs.last_folder or str(Path.home()),
            QCoreApplication.translate("RestoreDialog", "CoopDesk backup (*{0});;All files (*)").format(backups.SUFFIX),
        )
        if not name or not self.confirm_and_restore(Path(name)):
            self.deleteLater()

    def confirm_and_restore(self, backup_file: Path) -> bool:
        """Show what ``backup_file`` holds, ask, and start the restore; False if it did not start."""
        window = self._window
        database = sqlite_path(window.context.db_url)
        if database is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # its database is read for the years
        try:
            summary = summarise_backup(backup_file)
        except CoopDeskError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_refusal(window, exc.lines(), QCoreApplication.translate("RestoreDialog", "Restore from backup"))
            return False
        except BaseException:
            QGuiApplication.restoreOverrideCursor()
            raise
        QGuiApplication.restoreOverrideCursor()
        if summary.kind != "sqlite":
            QMessageBox.warning(
                window,
                QCoreApplication.translate("RestoreDialog", "Restore from backup"),
                QCoreApplication.translate(
                    "RestoreDialog",
                    "{0} is a backup of a server (PostgreSQL) database; it cannot be restored into a database file.",
                ).format(backup_file),
            )
            return False
        dialog = RestoreConfirmDialog(summary, database, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        window.prefs.last_folder = str(backup_file.parent)
        self.start(backup_file)
        return True

    def start(self, backup_file: Path) -> None:
        window = self._window
        url = window.context.db_url
        window.context.tasks.cancel_all()
        window.context.tasks.wait_for_done(10000)
        window.context.services.ctx.db.dispose()  # the restore takes the file's exclusive lock
        self.progress = QProgressDialog(
            QCoreApplication.translate("RestoreDialog", "Restoring {0}…").format(backup_file.name), "", 0, 0, window
        )
        self.progress.setCancelButton(None)  # type: ignore[arg-type]  # a restore is not stopped halfway
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self._backup = backup_file
        self.handle = window.context.tasks.run(
            _restore_task(backup_file, url),
            description=QCoreApplication.translate("RestoreDialog", "Restoring from backup…"),
            write=True,
            with_services=False,
            on_success=self._on_task_succeeded,
            on_refused=self._on_task_refused,
        )
        self.handle.finished.connect(self._on_task_finished)

    @Slot(object)
    def _on_task_succeeded(self, _result: object) -> None:
        window = self._window
        self.restored = True
        self._close_progress()
        window.open_database(window.context.db_url)  # the restored database, in a rebuilt window
        window.hub.status_message.emit(
            QCoreApplication.translate("RestoreDialog", "Restored from {0}").format(self._backup)
        )

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        self._close_progress()
        show_refusal(
            self._window,
            [*lines, QCoreApplication.translate("RestoreDialog", "The database was not changed.")],
            QCoreApplication.translate("RestoreDialog", "Restore from backup"),
        )

    @Slot()
    def _on_task_finished(self) -> None:
        self._close_progress()
        self.handle = None
        self.deleteLater()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

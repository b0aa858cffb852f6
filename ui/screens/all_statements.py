"""Reports: every dealer's statement in one action — one PDF each into a folder, and all in one on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import ScreenContext, show_refusal
from ui.tasks import Job
from ui.widgets.task_progress import TaskProgress


def statements_task(year: int, folder: str, lang: str, merged: bool):  # type: ignore[no-untyped-def]
    """Write every dealer's statement into ``folder`` (and all of them in one); (folder, count) or None if cancelled."""

    def run(services: Any, job: Job) -> Any:
        from reports.documents import STATEMENTS, DocumentRequest
        from reports.pdf.statement import merged_statements_name

        statements = STATEMENTS.build(services, DocumentRequest(year, lang=lang))
        total = len(statements) + (1 if merged else 0)

        def progress(done: int, _count: int, dealer: str) -> None:
            job.progress(done, total, dealer)

        files = STATEMENTS.write_each(statements, folder, lang, progress=progress, should_cancel=job.should_cancel)
        if files is None:
            return None
        if merged and statements:
            STATEMENTS.write(statements, Path(folder) / merged_statements_name(year), lang)
        job.progress(total, total, "")
        return (folder, len(files))

    return run


class AllStatementsBox(QGroupBox):
    """Choose a folder, tick "also all in one", see the progress, then open the folder."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Every dealer's statement"))
        self.setObjectName("AllStatements")
        about = QLabel(self.tr("One PDF per dealer, named after its code, into a folder you choose."), self)
        about.setWordWrap(True)
        self.merged = QCheckBox(self.tr("Also all of them in one PDF"), self)
        self.write_button = QPushButton(self.tr("Write statements…"), self)
        self.progress = TaskProgress(self)
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open folder"), self)
        self.open_folder.hide()
        row = QHBoxLayout()
        row.addWidget(self.merged, 1)
        row.addWidget(self.write_button)
        done = QHBoxLayout()
        done.addWidget(self.result, 1)
        done.addWidget(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addLayout(done)
        self.folder = ""
        self.write_button.clicked.connect(self._on_write_clicked)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)

    def update_state(self) -> None:
        self.write_button.setEnabled(self.context.year is not None and not self.progress.busy)

    @Slot()
    def _on_write_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the statements"), self.context.prefs.last_folder or str(Path.home())
        )
        if folder:
            self.start(folder)

    def start(self, folder: str) -> None:
        """Write the statements into ``folder`` in the background."""
        year = self.context.year
        if year is None:
            return
        self.context.prefs.last_folder = folder
        self.open_folder.hide()
        self.result.clear()
        self.write_button.setEnabled(False)
        handle = self.context.tasks.run(
            statements_task(year, folder, self.context.lang, self.merged.isChecked()),
            description=self.tr("Writing every dealer's statement…"),
            on_success=self._on_task_succeeded,
            on_refused=self._on_task_refused,
        )
        handle.finished.connect(self._on_task_finished)
        self.progress.track(handle)

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        if not isinstance(result, tuple):
            self.result.setText(self.tr("Cancelled."))
            return
        self.folder, count = str(result[0]), int(result[1])
        self.result.setText(self.tr("{count} statements written to {folder}").format(count=count, folder=self.folder))
        self.open_folder.show()

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        self.result.setText(self.tr("The statements were not written."))
        show_refusal(self, lines, self.tr("Every dealer's statement"))

    @Slot()
    def _on_task_finished(self) -> None:
        self.write_button.setEnabled(self.context.year is not None)

    @Slot()
    def _on_open_folder_clicked(self) -> None:
        if self.folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder))

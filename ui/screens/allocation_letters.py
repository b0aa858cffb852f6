"""Allocation: "Commitment letters…" writes every dealer's letter (one PDF each, and all in one) in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from ui.context import ScreenContext, show_refusal
from ui.tasks import Job, TaskHandle


def merged_file_name(year: int) -> str:
    return f"commitment-letters-{year}.pdf"


def _letters_task(year: int, folder: str, lang: str):  # type: ignore[no-untyped-def]
    def run(services: Any, job: Job) -> Any:
        from reports.documents import LETTERS, DocumentRequest

        letters = LETTERS.build(services, DocumentRequest(year, lang=lang))
        total = len(letters) + 1  # every dealer's letter, then all of them in one

        def progress(done: int, _count: int, dealer: str) -> None:
            job.progress(done, total, dealer)

        files = LETTERS.write_each(letters, folder, lang, progress=progress, should_cancel=job.should_cancel)
        if files is None:
            return None
        merged = LETTERS.write(letters, Path(folder) / merged_file_name(year), lang)
        job.progress(total, total, "")
        return (str(merged), len(letters))

    return run


class CommitmentLettersButton(QPushButton):
    """Enabled once the year's allocation is frozen (the tooltip says why not otherwise)."""

    letters_written = Signal(str, int)
    """The letters were written: the all-in-one PDF and the number of dealers."""

    task_started = Signal(object)
    """A letters task started (its TaskHandle), for a progress strip."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setText(self.tr("Commitment letters…"))
        self.setObjectName("LettersButton")
        self.handle: TaskHandle | None = None
        self.clicked.connect(self._on_clicked)

    def update_state(self, *, has_year: bool, frozen: bool) -> None:
        self.setEnabled(has_year and frozen)
        if not has_year:
            self.setToolTip(self.tr("Start a programme year first"))
        elif not frozen:
            self.setToolTip(self.tr("Commitment letters can be generated once the allocation is frozen."))
        else:
            self.setToolTip(self.tr("Write every dealer's commitment letter (one PDF each, and all in one)."))

    @Slot()
    def _on_clicked(self) -> None:
        year = self.context.year
        if year is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the commitment letters"), self.context.prefs.last_folder or str(Path.home())
        )
        if not folder:
            return
        self.context.prefs.last_folder = folder
        self.handle = self.context.tasks.run(
            _letters_task(year, folder, self.context.lang),
            description=self.tr("Writing the commitment letters…"),
            on_success=self._on_task_succeeded,
            on_refused=self._on_task_refused,
        )
        self.task_started.emit(self.handle)

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        if not isinstance(result, tuple):
            return
        path, count = str(result[0]), int(result[1])
        self.letters_written.emit(str(path), int(count))
        answer = QMessageBox.question(
            self,
            self.tr("Commitment letters"),
            self.tr("{count} letters were written to {folder}. Open the letters now?").format(
                count=count, folder=str(Path(path).parent)
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        show_refusal(self, lines, self.tr("Commitment letters"))

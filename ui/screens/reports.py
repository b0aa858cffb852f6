"""Reports: choose a PDF (quarterly finance report, commitment letters, dealer statement, annual report),
its period, dealer and language; generate it in the background and open it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reports.documents import DOCUMENTS, REPORTS, Document, DocumentRequest
from ui.context import ScreenContext, show_refusal
from ui.screens.all_statements import AllStatementsBox
from ui.screens.base import Screen, give_key
from ui.tasks import Job
from ui.widgets.task_progress import TaskProgress

# The window's words for each report of reports.documents.REPORTS (translated in context "ReportKind").
TITLES = {
    "quarterly": QT_TRANSLATE_NOOP("ReportKind", "Quarterly finance report"),
    "letters": QT_TRANSLATE_NOOP("ReportKind", "Commitment letters"),
    "statement": QT_TRANSLATE_NOOP("ReportKind", "Dealer statement"),
    "annual": QT_TRANSLATE_NOOP("ReportKind", "Annual programme report"),
}


def title(document: Document) -> str:
    return QCoreApplication.translate("ReportKind", str(TITLES.get(document.id, document.title)))


def generate(services: Any, kind: str, year: int, quarter: int, dealer: str | None, lang: str, path: str) -> str:
    """Build the report's data through the services and write the PDF (runs on a worker thread)."""
    request = DocumentRequest(year, quarter=quarter, dealer=dealer, lang=lang)
    DOCUMENTS[kind].produce(services, request, path)
    return path


def _task(kind: str, year: int, quarter: int, dealer: str | None, lang: str, path: str):  # type: ignore[no-untyped-def]
    def run(services: Any, job: Job) -> str:
        job.progress(0, 1, "")
        result = generate(services, kind, year, quarter, dealer, lang, path)
        job.progress(1, 1, "")
        return result

    return run


class ReportsScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._kinds = [k for k in REPORTS if k.available()]
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._kind = QComboBox(self)
        for kind in self._kinds:
            self._kind.addItem(title(kind), kind.id)
        self._quarter = QComboBox(self)
        for q in range(1, 5):
            self._quarter.addItem(self.tr("Q{quarter}").format(quarter=q), q)
        self._dealer = QComboBox(self)
        self._dealer.setMinimumContentsLength(30)
        self._lang = QComboBox(self)
        self._lang.addItem(self.tr("Russian"), "ru")
        self._lang.addItem(self.tr("English"), "en")
        self._about = QLabel(self)
        self._about.setWordWrap(True)
        self._generate = QPushButton(self.tr("Generate PDF…"), self)
        give_key(self._generate, "Ctrl+P")
        self._progress = TaskProgress(self)
        self._result = QLabel(self)
        self._result.setWordWrap(True)
        self._open = QPushButton(self.tr("Open"), self)
        self._open.hide()
        box = QGroupBox(self.tr("Report"), self)
        self._form = QFormLayout(box)
        self._form.addRow(self.tr("&Report:"), self._kind)
        self._form.addRow("", self._about)
        self._form.addRow(self.tr("&Quarter:"), self._quarter)
        self._form.addRow(self.tr("&Dealer:"), self._dealer)
        self._form.addRow(self.tr("&Language:"), self._lang)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._generate)
        self._form.addRow(buttons)
        result_row = QHBoxLayout()
        result_row.addWidget(self._result, 1)
        result_row.addWidget(self._open)
        box.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self._progress)
        layout.addLayout(result_row)
        self.all_statements = AllStatementsBox(self.context, self)
        self.all_statements.setMaximumWidth(640)
        layout.addWidget(self.all_statements)
        layout.addStretch(1)
        self._path = ""
        self._lang_chosen = False  # the person chose a language: a refresh keeps it

    def _connect_signals(self) -> None:
        self._kind.currentIndexChanged.connect(self._on_kind_changed)
        self._generate.clicked.connect(self._on_generate_clicked)
        self._open.clicked.connect(self._on_open_clicked)
        self._lang.activated.connect(self._on_lang_activated)

    def refresh(self) -> None:
        previous = self._dealer.currentData()
        self._dealer.clear()
        for d in self.context.services.dealers.list_dealers(active_only=True):
            self._dealer.addItem(f"{d.code} {d.name}", d.code)
        self._dealer.setCurrentIndex(max(0, self._dealer.findData(previous)))
        if not self._lang_chosen:
            self._lang.setCurrentIndex(max(0, self._lang.findData(self.default_language())))
        self._on_kind_changed(self._kind.currentIndex())
        self._generate.setEnabled(self.context.year is not None and bool(self._kinds))
        self.all_statements.update_state()

    def default_language(self) -> str:
        """The language a report is written in unless the person chooses another: the year's documents
        language (its ``language`` setting, as the command line's ``report`` takes it), else the window's."""
        view = self.context.year_view()
        language = view.language if view is not None else ""
        return language if language in ("ru", "en") else self.context.lang

    def available_kinds(self) -> list[str]:
        return [k.id for k in self._kinds]

    def choose(
        self, kind: str, *, quarter: int | None = None, dealer: str | None = None, lang: str | None = None
    ) -> None:
        self._kind.setCurrentIndex(max(0, self._kind.findData(kind)))
        if quarter is not None:
            self._quarter.setCurrentIndex(max(0, self._quarter.findData(quarter)))
        if dealer is not None:
            self._dealer.setCurrentIndex(max(0, self._dealer.findData(dealer)))
        if lang is not None:
            self._lang.setCurrentIndex(max(0, self._lang.findData(lang)))
            self._lang_chosen = True

    def _current_kind(self) -> Document | None:
        key = self._kind.currentData()
        return next((k for k in self._kinds if k.id == key), None)

    @Slot(int)
    def _on_kind_changed(self, _index: int) -> None:
        kind = self._current_kind()
        has_all = self._dealer.findData(None) >= 0
        if kind is not None and kind.all_dealers and not has_all:
            self._dealer.insertItem(0, self.tr("All dealers (one file)"), None)
            self._dealer.setCurrentIndex(0)
        elif (kind is None or not kind.all_dealers) and has_all:
            self._dealer.removeItem(self._dealer.findData(None))
        self._about.setText(self._description(kind.id if kind else ""))
        self._form.setRowVisible(self._quarter, bool(kind and kind.needs_quarter))
        self._form.setRowVisible(self._dealer, bool(kind and kind.needs_dealer))

    def _description(self, key: str) -> str:
        return {
            "quarterly": self.tr(
                "Per dealer and channel: claimed, approved, rejected, payable and paid; budget used against allocated."
            ),
            "letters": self.tr("Each dealer's allocated amount, cap, score and the rules, ready to sign."),
            "statement": self.tr("One dealer's year: allocation, plans, mockups, claims, payments, balance."),
            "annual": self.tr("Spending by channel, region and quarter; efficiency per channel; what to drop."),
        }.get(key, "")

    def _suggested_name(self, kind: Document) -> str:
        year, dealer, lang = self.context.year, self._dealer.currentData(), self._lang.currentData()
        parts = {
            "quarterly": f"quarterly-{year}-Q{self._quarter.currentData()}",
            "letters": f"letters-{year}" + (f"-{dealer}" if dealer else ""),
            "statement": f"statement-{year}-{dealer}",
            "annual": f"annual-{year}",
        }
        return f"{parts[kind.id]}-{lang}.pdf"

    @Slot()
    def _on_generate_clicked(self) -> None:
        kind = self._current_kind()
        if kind is None or self.context.year is None:
            return
        folder = Path(self.context.prefs.last_folder or Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(folder / self._suggested_name(kind)), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.start(path)

    def start(self, path: str) -> None:
        """Generate the chosen report into ``path`` in the background."""
        kind = self._current_kind()
        year = self.context.year
        if kind is None or year is None:
            return
        self.context.prefs.last_folder = str(Path(path).parent)
        self._open.hide()
        self._result.clear()
        self._generate.setEnabled(False)
        handle = self.context.tasks.run(
            _task(
                kind.id, year, self._quarter.currentData(), self._dealer.currentData(), self._lang.currentData(), path
            ),
            description=self.tr("Generating: {report}…").format(report=title(kind)),
            on_success=self._on_task_succeeded,
            on_refused=self._on_task_refused,
        )
        handle.finished.connect(self._on_task_finished)
        self._progress.track(handle)

    @Slot(object)
    def _on_task_succeeded(self, path: object) -> None:
        self._path = str(path)
        self._result.setText(self.tr("Saved {path}").format(path=self._path))
        self._open.show()

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        self._result.setText(self.tr("The report was not generated."))
        show_refusal(self, lines, self.tr("Report"))

    @Slot()
    def _on_task_finished(self) -> None:
        self._generate.setEnabled(True)

    @Slot(int)
    def _on_lang_activated(self, _index: int) -> None:
        self._lang_chosen = True

    @Slot()
    def _on_open_clicked(self) -> None:
        if self._path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._path))

    @property
    def result_path(self) -> str:
        return self._path

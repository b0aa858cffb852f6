"""The dealer page: one dealer's year in a window of its own, opened from any list that shows dealers.

Sections (tabs): summary (score, k, cap, allocation and its versions, balance), plan and consolidated
activities, mockups with thumbnails, claims with their documents, payments, history. "Statement…" and
"Letter…" write the dealer's documents in the background (:mod:`ui.tasks`). Everything shown comes from
``StatementService.dealer_year``: the balance is the statement's.

:func:`attach_dealer_page` is the one hook a list screen adds: a context-menu entry "Open dealer page"
(and Ctrl+D) on its view, for the dealer of the row under the mouse or selected.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import ScreenContext, show_refusal
from ui.models.row_table import ROW_ROLE
from ui.screens.dealer_page_tabs import ClaimsTab, MockupsTab, PaymentsTab, PlanTab, RequisitesTab, SummaryTab
from ui.tasks import Job
from ui.widgets.history import HistoryPanel
from ui.widgets.task_progress import TaskProgress

if TYPE_CHECKING:
    from coop_desk.services.dealer_year import DealerYearView

#: The smallest the page gets: it fits the laptop's client area (1090×540) with room to spare.
MINIMUM = (900, 480)


def _document_task(kind: str, year: int, code: str, lang: str, path: str):  # type: ignore[no-untyped-def]
    def run(services: Any, job: Job) -> str:
        from reports.documents import DOCUMENTS, DocumentRequest

        job.progress(0, 1, code)
        DOCUMENTS[kind].produce(services, DocumentRequest(year, dealer=code, lang=lang), path)
        job.progress(1, 1, code)
        return path

    return run


class DealerPage(QDialog):
    """One dealer's year. Non-modal: several pages may be open beside the lists."""

    def __init__(self, context: ScreenContext, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.code = code.strip().upper()
        self.view: DealerYearView | None = None
        self.setObjectName("DealerPage")
        self.setMinimumSize(*MINIMUM)
        self.resize(1000, 520)
        self._title = QLabel(self)
        self._title.setObjectName("ScreenTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)  # names come from workbooks
        self.tabs = QTabWidget(self)
        self.summary = SummaryTab(context, self)
        self.plan = PlanTab(context, self)
        self.mockups = MockupsTab(context, self)
        self.claims = ClaimsTab(context, self)
        self.payments = PaymentsTab(context, self)
        self.requisites = RequisitesTab(context, self)
        self.history = HistoryPanel(context, "dealer", self)
        for tab, label in (
            (self.summary, self.tr("Summary")),
            (self.plan, self.tr("Plan")),
            (self.mockups, self.tr("Mockups")),
            (self.claims, self.tr("Claims")),
            (self.payments, self.tr("Payments")),
            (self.requisites, self.tr("Requisites")),
            (self.history, self.tr("History")),
        ):
            self.tabs.addTab(tab, label)
        self.statement_button = QPushButton(self.tr("Statement…"), self)
        self.letter_button = QPushButton(self.tr("Letter…"), self)
        self._close = QPushButton(self.tr("Close"), self)
        self._progress = TaskProgress(self)
        self._result = QLabel(self)
        self._result.setTextFormat(Qt.TextFormat.PlainText)
        self._open = QPushButton(self.tr("Open"), self)
        self._open.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.statement_button)
        bar.addWidget(self.letter_button)
        bar.addWidget(self._progress)
        bar.addWidget(self._result, 1)
        bar.addWidget(self._open)
        bar.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        self.path = ""
        self.statement_button.clicked.connect(self._on_statement_clicked)
        self.letter_button.clicked.connect(self._on_letter_clicked)
        self._open.clicked.connect(self._on_open_clicked)
        self._close.clicked.connect(self.close)
        self.refresh()

    def refresh(self) -> bool:
        """Read the dealer's year again; False (and a message) when there is no year or no such dealer."""
        year = self.context.year
        if year is None:
            return False
        view = self.context.attempt(self, self.context.services.statements.dealer_year, year, self.code)
        if view is None:
            return False
        self.view = view
        d = view.dealer
        self.setWindowTitle(self.tr("Dealer {code} — {year}").format(code=d.code, year=year))
        place = " · ".join(p for p in (d.region, d.city) if p)
        inactive = "" if view.active else " · " + self.tr("inactive")
        self._title.setText(f"{d.code} {d.name} · {place}{inactive}")
        for tab in (self.summary, self.plan, self.mockups, self.claims, self.payments, self.requisites):
            tab.load(view)
        self.history.load(view.dealer_id, d.code)
        has_line = view.allocation is not None
        self.letter_button.setEnabled(has_line)
        self.letter_button.setToolTip(
            self.tr("The dealer's commitment letter (PDF).")
            if has_line
            else self.tr("A commitment letter needs the dealer's line in the frozen allocation.")
        )
        self.statement_button.setToolTip(self.tr("The dealer's statement of the year with its scorecard (PDF)."))
        return True

    # -- the documents ----------------------------------------------------------------------------
    @Slot()
    def _on_statement_clicked(self) -> None:
        self._ask_and_write("statement", f"statement-{self.context.year}-{self.code}.pdf")

    @Slot()
    def _on_letter_clicked(self) -> None:
        self._ask_and_write("letters", f"commitment-letter-{self.context.year}-{self.code}.pdf")

    def _ask_and_write(self, kind: str, name: str) -> None:
        folder = Path(self.context.prefs.last_folder or Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), str(folder / name), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write(kind, path)

    def write(self, kind: str, path: str) -> None:
        """Write the dealer's statement (``"statement"``) or letter (``"letters"``) to ``path`` in the background."""
        year = self.context.year
        if year is None:
            return
        self.context.prefs.last_folder = str(Path(path).parent)
        self._open.hide()
        self._result.clear()
        self.statement_button.setEnabled(False)
        self.letter_button.setEnabled(False)
        handle = self.context.tasks.run(
            _document_task(kind, year, self.code, self.context.lang, path),
            description=self.tr("Writing {code}'s document…").format(code=self.code),
            on_success=self._on_task_succeeded,
            on_refused=self._on_task_refused,
        )
        handle.finished.connect(self._on_task_finished)
        self._progress.track(handle)

    @Slot(object)
    def _on_task_succeeded(self, path: object) -> None:
        self.path = str(path)
        self._result.setText(self.tr("Saved {path}").format(path=Path(self.path).name))
        self._result.setToolTip(self.path)
        self._open.show()

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        show_refusal(self, lines, self.tr("Dealer page"))

    @Slot()
    def _on_task_finished(self) -> None:
        self.statement_button.setEnabled(True)
        self.letter_button.setEnabled(self.view is not None and self.view.allocation is not None)

    @Slot()
    def _on_open_clicked(self) -> None:
        if self.path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.path))


# -- opening it from the lists -------------------------------------------------------------------------------


def open_dealer_page(context: ScreenContext, code: str | None, parent: QWidget | None = None) -> DealerPage | None:
    """Show the dealer's page (non-modal, deleted on close); None when there is no year or no dealer."""
    if not code or context.year is None:
        return None
    page = DealerPage(context, code, parent)
    if page.view is None:
        page.deleteLater()
        return None
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show()
    return page


def row_dealer_code(index: QModelIndex) -> str | None:
    """The dealer of a list's row: its read model's ``dealer_code`` (or its dealer's ``code``)."""
    if not index.isValid():
        return None
    row = index.siblingAtColumn(0).data(ROW_ROLE)
    code = getattr(row, "dealer_code", None) or getattr(getattr(row, "dealer", None), "code", None)
    return str(code) if code else None


def attach_dealer_page(
    view: QAbstractItemView,
    context: ScreenContext,
    code_at: Callable[[QModelIndex], str | None] = row_dealer_code,
) -> QAction:
    """Give a list the "Open dealer page" entry: in its context menu and as Ctrl+D on the selected row."""
    action = QAction(QCoreApplication.translate("DealerPage", "Open dealer page"), view)
    action.setObjectName("OpenDealerPage")
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def open_current() -> None:
        open_dealer_page(context, code_at(view.currentIndex()), view.window())

    def menu(point: QPoint) -> None:
        index = view.indexAt(point)
        code = code_at(index)
        if code is None:
            return
        view.setCurrentIndex(index)
        popup = QMenu(view)
        entry = popup.addAction(QCoreApplication.translate("DealerPage", "Open dealer page — {code}").format(code=code))
        entry.triggered.connect(lambda: open_dealer_page(context, code, view.window()))
        popup.exec(view.viewport().mapToGlobal(point))

    action.triggered.connect(open_current)
    view.customContextMenuRequested.connect(menu)
    return action

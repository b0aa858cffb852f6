"""Consolidation: the agency's consolidated plan grouped by region; the workbook out to the agency and back."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coop_desk.services import Entity
from models.enums import Stage
from ui.context import ScreenContext, show_refusal
from ui.models.consolidation import ConsolidationTreeModel
from ui.models.row_table import RowSortProxy
from ui.screens.base import Screen, give_key
from ui.screens.dealer_page import attach_dealer_page
from ui.tasks import Job
from ui.text import tr_text
from ui.widgets.tables import OWN_WIDTHS, fit_columns, leave_on_tab
from ui.widgets.task_progress import TaskProgress
from ui.window_layout import remember_filter

WORKBOOK = "reports.xlsx.consolidation"


def _workbook_function(name: str) -> Any:
    """``write_consolidation`` / ``import_consolidation`` if this version has them, else None."""
    try:
        module = importlib.import_module(WORKBOOK)
    except ImportError:
        return None
    return getattr(module, name, None)


def _export_task(year: int, path: str):  # type: ignore[no-untyped-def]
    def run(services: Any, job: Job) -> Any:
        from reports.documents import CONSOLIDATION, DocumentRequest

        return CONSOLIDATION.produce(services, DocumentRequest(year), path)

    return run


def _import_task(year: int, path: str):  # type: ignore[no-untyped-def]
    def run(services: Any, job: Job) -> Any:
        return _workbook_function("import_consolidation")(services, path)

    return run


class ConsolidationScreen(Screen):
    """The consolidated plan as a tree: one bold row per region (activities kept and dropped), activities below."""

    watches = frozenset({Entity.CONSOLIDATION, Entity.PLANS, Entity.DRAFTS, Entity.YEAR})

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._model = ConsolidationTreeModel(self, lang=context.lang, channel=context.channel)
        self._proxy = RowSortProxy(self)
        self._proxy.setRecursiveFilteringEnabled(True)
        self._proxy.setAutoAcceptChildRows(True)
        self._proxy.setSourceModel(self._model)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._filter = QLineEdit(self)
        remember_filter(self._filter, "text")
        self._filter.setPlaceholderText(self.tr("Filter by activity, dealer, channel, vendor…"))
        self._filter.setClearButtonEnabled(True)
        self._summary = QLabel(self)
        self._export = QPushButton(self.tr("Export workbook for the agency…"), self)
        give_key(self._export, "Ctrl+E")
        self._export.setVisible(_workbook_function("write_consolidation") is not None)
        self._import = QPushButton(self.tr("Import the agency's workbook…"), self)
        give_key(self._import, "Ctrl+I")
        self._import.setVisible(_workbook_function("import_consolidation") is not None)
        top = QHBoxLayout()
        self._filter.setMinimumWidth(260)
        top.addWidget(self._filter, 1)
        top.addWidget(self._export)
        top.addWidget(self._import)
        self._view = QTreeView(self)
        self._view.setModel(self._proxy)
        attach_dealer_page(self._view, self.context)
        self._view.setSortingEnabled(True)
        self._view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._view.setAlternatingRowColors(True)
        leave_on_tab(self._view)
        self._view.setUniformRowHeights(True)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self._view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._progress = TaskProgress(self)
        self._saved = QLabel(self)
        self._saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._saved.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._summary)
        layout.addWidget(self._progress)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._empty, 1)
        layout.addWidget(self._saved)

    def _connect_signals(self) -> None:
        self._filter.textChanged.connect(self._proxy.set_text)
        self._export.clicked.connect(self._on_export_clicked)
        self._import.clicked.connect(self._on_import_clicked)
        self._saved.linkActivated.connect(self._on_saved_link_activated)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        view = self.context.year_view()
        rows = self.context.services.plans.consolidated(view.year) if view is not None else []
        regions, grand = self.context.services.plans.region_totals(view.year) if view is not None else ([], None)
        self._model.currency = view.currency if view is not None else "EUR"
        self._model.set_rows(rows, regions)
        self._layout_tree()
        has_rows = bool(rows)
        self._view.setVisible(has_rows)
        self._empty.setVisible(not has_rows)
        self._empty.setText(
            self.tr(
                "There is no consolidated plan for this year yet. Export the workbook for the agency, "
                "and import it when the agency sends it back."
            )
        )
        groups = self._model.groups()
        kept = sum(g.included for g in groups)
        self._summary.setText(
            self.tr("{regions} regions, {kept} of {total} activities included").format(
                regions=len(groups), kept=kept, total=len(rows)
            )
            + (
                self.tr(" · planned {planned}, included {included}").format(
                    planned=self.context.money(grand.planned_cost), included=self.context.money(grand.included_cost)
                )
                if grand is not None
                else ""
            )
            if has_rows
            else ""
        )
        stage = view.stage if view is not None else None
        can_export = stage is not None and stage != Stage.CLOSED
        self._export.setEnabled(can_export)
        self._export.setToolTip(
            "" if can_export else self.tr("The year is closed: its plan is no longer sent to the agency.")
        )
        self.context.gate(
            self._import,
            "plans.record_consolidation",
            self.context.stage_allows("plans.record_consolidation", view),
            self.tr("The agency's workbook is imported at the consolidation stage."),
        )

    def _layout_tree(self) -> None:
        """Every group open; the columns fit their contents until the person drags one (then they stay)."""
        self._view.expandAll()
        if self._view.header().property(OWN_WIDTHS):
            return
        fit_columns(self._view)
        self._view.setColumnWidth(0, max(self._view.columnWidth(0), 150))

    def group_count(self) -> int:
        return self._proxy.rowCount()

    @property
    def proxy(self) -> QSortFilterProxyModel:
        return self._proxy

    # -- the workbook --------------------------------------------------------------------------
    @Slot()
    def _on_export_clicked(self) -> None:
        year = self.context.year
        if year is None:
            return
        suggested = str(Path(self.context.prefs.last_folder or Path.home()) / f"consolidation-{year}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the consolidation workbook"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        self.context.prefs.last_folder = str(Path(path).parent)
        handle = self.context.tasks.run(
            _export_task(year, path),
            description=self.tr("Writing the consolidation workbook…"),
            on_success=self._on_export_succeeded,
            on_refused=self._on_task_refused,
        )
        self._progress.track(handle)

    @Slot(object)
    def _on_export_succeeded(self, path: object) -> None:
        url = QUrl.fromLocalFile(str(path)).toString()
        self._saved.setText(self.tr('Saved <a href="{url}">{name}</a>').format(url=url, name=Path(str(path)).name))

    @Slot(str)
    def _on_saved_link_activated(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    @Slot()
    def _on_import_clicked(self) -> None:
        year = self.context.year
        if year is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the agency's consolidation workbook"),
            self.context.prefs.last_folder,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.import_files([path])

    def import_files(self, paths: list[str]) -> None:
        """Import the agency's workbook (one at a time) in the background (drops on the window come here too)."""
        year = self.context.year
        if year is None:
            return
        if not self._import.isEnabled():  # the role or the stage forbids it: the button says why
            show_refusal(self, [self._import.toolTip()], self.tr("Consolidation workbook"))
            return
        if len(paths) != 1:
            names = ", ".join(Path(p).name for p in paths)
            text = self.tr("Import one consolidation workbook at a time (dropped: {names}).").format(names=names)
            show_refusal(self, [text], self.tr("Consolidation workbook"))
            return
        path = paths[0]
        self.context.prefs.last_folder = str(Path(path).parent)
        handle = self.context.tasks.run(
            _import_task(year, path),
            description=self.tr("Reading the agency's workbook…"),
            write=True,
            on_success=self._on_import_succeeded,
            on_refused=self._on_task_refused,
        )
        self._progress.track(handle)

    @Slot(object)
    def _on_import_succeeded(self, report: Any) -> None:
        from coop_desk.services import Changes, Entity

        if report.refused:
            show_refusal(self, report.lines(), self.tr("The agency's workbook was refused"))
            return
        self.context.hub.status_message.emit(tr_text(report.summary()))
        self.context.publish(
            Changes(Entity.CONSOLIDATION, (), self.context.year, also=(Entity.PLANS, Entity.ALLOCATION))
        )
        self.mark_stale()

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        show_refusal(self, lines, self.tr("Consolidation workbook"))

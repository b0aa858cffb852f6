"""Evaluation: the independent agency's efficiency results per activity (and importing its workbook)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coop_desk.services import Entity
from ui.context import ScreenContext, show_refusal
from ui.models.evaluation import EfficiencyTableModel
from ui.screens.base import Screen, give_key
from ui.tasks import Job
from ui.templates_dialog import EFFICIENCY, TemplatesButton
from ui.widgets.tables import fit_columns, make_proxy, make_table
from ui.widgets.task_progress import TaskProgress
from ui.window_layout import remember_filter

IMPORTER = ("reports.xlsx.efficiency", "import_efficiency")


def _importer() -> Any:
    try:
        return getattr(importlib.import_module(IMPORTER[0]), IMPORTER[1], None)
    except ImportError:
        return None


def _import_task(path: str):  # type: ignore[no-untyped-def]
    def run(services: Any, job: Job) -> Any:
        return _importer()(services, path)

    return run


class EvaluationScreen(Screen):
    watches = frozenset({Entity.EFFICIENCY, Entity.YEAR})

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._model = EfficiencyTableModel(self, lang=context.lang, channel=context.channel)
        self._proxy = make_proxy(self._model, self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._filter = QLineEdit(self)
        remember_filter(self._filter, "text")
        self._filter.setPlaceholderText(self.tr("Filter by activity, dealer, region, channel, comment…"))
        self._filter.setClearButtonEnabled(True)
        self._count = QLabel(self)
        self._import = QPushButton(self.tr("Import the efficiency report…"), self)
        give_key(self._import, "Ctrl+I")
        self._import.setVisible(_importer() is not None)
        top = QHBoxLayout()
        top.addWidget(self._filter, 1)
        top.addWidget(self._count)
        top.addWidget(self._import)
        self.templates_button = TemplatesButton(self.context, EFFICIENCY, self)
        top.addWidget(self.templates_button)
        self._view = make_table(self._proxy, self)
        self._empty = QLabel(self)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)  # agency names
        self._empty.setWordWrap(True)
        self._progress = TaskProgress(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._progress)
        layout.addWidget(self._empty)
        layout.addWidget(self._view, 1)

    def _connect_signals(self) -> None:
        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._import.clicked.connect(self._on_import_clicked)

    def refresh(self) -> None:
        view = self.context.year_view()
        self.templates_button.update_state()
        rows = self.context.services.evaluation.results(view.year) if view is not None else []
        self._model.currency = view.currency if view is not None else "EUR"
        self._model.set_rows(rows)
        fit_columns(self._view)
        self._update_count()
        agency = view.evaluating_agency if view is not None else ""
        if rows:
            agencies = sorted({r.agency for r in rows})
            self._empty.setText(self.tr("Results by {agency}.").format(agency=", ".join(agencies)))
        else:
            text = self.tr("No efficiency results yet. The evaluating agency ({agency}) sends them after the year.")
            self._empty.setText(text.format(agency=agency or self.tr("not set")))
        self.context.gate(
            self._import,
            "evaluation.import_results",
            self.context.stage_allows("evaluation.import_results", view),
            self.tr("Efficiency results are imported during execution and evaluation."),
        )

    def _update_count(self) -> None:
        self._count.setText(
            self.tr("{shown} of {total} activities").format(shown=self._proxy.rowCount(), total=self._model.rowCount())
        )

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        self._proxy.set_text(text)
        self._update_count()

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the efficiency report"),
            self.context.prefs.last_folder,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.import_files([path])

    def import_files(self, paths: list[str]) -> None:
        """Import the agency's efficiency report (one at a time) in the background (drops come here too)."""
        title = self.tr("The efficiency report was refused")
        if not self._import.isEnabled():  # the role or the stage forbids it: the button says why
            show_refusal(self, [self._import.toolTip()], title)
            return
        if len(paths) != 1:
            names = ", ".join(Path(p).name for p in paths)
            show_refusal(
                self, [self.tr("Import one efficiency report at a time (dropped: {names}).").format(names=names)], title
            )
            return
        path = paths[0]
        self.context.prefs.last_folder = str(Path(path).parent)
        handle = self.context.tasks.run(
            _import_task(path),
            description=self.tr("Reading the efficiency report…"),
            write=True,
            on_success=self._on_import_succeeded,
            on_refused=self._on_import_refused,
        )
        self._progress.track(handle)

    @Slot(object)
    def _on_import_succeeded(self, report: Any) -> None:
        from coop_desk.services import Changes, Entity

        if getattr(report, "refused", None):
            show_refusal(self, report.lines(), self.tr("The efficiency report was refused"))
            return
        self.context.publish(Changes(Entity.EFFICIENCY, (), self.context.year))
        self.mark_stale()

    @Slot(list)
    def _on_import_refused(self, lines: list[str]) -> None:
        show_refusal(self, lines, self.tr("The efficiency report was refused"))

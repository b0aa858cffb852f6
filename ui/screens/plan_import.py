"""Importing dealers' returned plan workbooks in the background, and the report of what was found.

The report lists one line per file imported and one per problem; clicking a problem shows the file,
sheet and cell it names in the details pane beside the list.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from coop_desk.errors import Refused
from ui.context import ScreenContext, show_refusal
from ui.models.import_problems import ImportProblemRow
from ui.tasks import Job
from ui.text import tr_text
from ui.widgets.import_report import ImportReportPanel
from ui.widgets.task_progress import TaskProgress

IMPORTER = "reports.xlsx.plan_import"


def plan_importer_available() -> bool:
    return importlib.util.find_spec(IMPORTER) is not None


def _import_task(paths: list[str], year: int | None):  # type: ignore[no-untyped-def]
    def run(services: Any, job: Job) -> Any:
        from reports.xlsx.plan_import import import_plans

        job.progress(0, len(paths), "")
        return import_plans(
            services, [Path(p) for p in paths], year=year, progress=job.progress, should_cancel=job.should_cancel
        )

    return run


def report_rows(report: Any) -> list[ImportProblemRow]:
    """An ImportReport as rows: each file's outcome, what changed (imported) or each wrong cell (refused)."""
    rows: list[ImportProblemRow] = []
    for outcome in report.outcomes:
        head = tr_text(outcome.head())
        rows.append(ImportProblemRow(len(rows), outcome.name, "", "", head, ok=outcome.imported))
        for line in outcome.diff_lines:
            rows.append(ImportProblemRow(len(rows), outcome.name, "", "", tr_text(line), ok=True))
        for p in outcome.problems:
            message = tr_text(p.what())  # found "…", expected …: the file, sheet and cell have their own columns
            rows.append(ImportProblemRow(len(rows), Path(p.file).name or outcome.name, p.sheet, p.cell, message))
    return rows


class PlanImportPanel(ImportReportPanel):
    """The last import's report (hidden until an import ran) and the progress strip of a running one."""

    imported = Signal(object)
    """An import finished (the report)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.allowed = True
        self.progress = TaskProgress(parent)

    # -- running -------------------------------------------------------------------------------
    def start(self, paths: Sequence[str]) -> None:
        """Start importing ``paths``; Refused if not allowed now or another import is running."""
        if not plan_importer_available():
            raise Refused(self.tr("Importing plan workbooks is not available in this version."))
        if not self.context.may("plans.record_draft"):
            raise Refused(self.context.role_refusal("plans.record_draft"))
        if not self.allowed:
            raise Refused(self.tr("Drafts are imported only while the year is at the drafting stage."))
        if self.progress.busy:
            raise Refused(self.tr("An import is running already; wait for it to finish."))
        # every file and folder goes to the importer, which lists each file: read, refused or skipped
        files = [str(p) for p in paths]
        if not files:
            raise Refused(self.tr("No file or folder to import."))
        self.context.prefs.last_folder = str(Path(files[0]).parent)
        description = self.tr("Importing {count} workbook(s)…").format(count=len(files))
        handle = self.context.tasks.run(
            _import_task(files, self.context.year),
            description=description,
            write=True,
            on_success=self._on_task_succeeded,
            on_refused=self._on_task_refused,
        )
        self.progress.track(handle)

    @Slot(object)
    def _on_task_succeeded(self, report: Any) -> None:
        from coop_desk.services import Changes, Entity

        self.show_report(report)
        if report.imported:
            self.context.publish(Changes(Entity.DRAFTS, (), self.context.year, also=(Entity.PLANS,)))
        self.imported.emit(report)

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        show_refusal(self, lines, self.tr("Import refused"))

    def show_report(self, report: Any) -> None:
        skipped = len(getattr(report, "skipped", ()))
        title = (
            self.tr(
                "Import report: {imported} file(s) imported, {refused} refused, {skipped} skipped, "
                "{problems} problem(s)"
            )
            if skipped
            else self.tr("Import report: {imported} file(s) imported, {refused} refused, {problems} problem(s)")
        )
        self.show_rows(
            report_rows(report),
            title.format(
                imported=len(report.imported),
                refused=len(report.refused),
                skipped=skipped,
                problems=sum(len(o.problems) for o in report.outcomes),
            ),
        )

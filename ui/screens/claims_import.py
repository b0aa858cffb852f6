"""Importing dealers' quarterly claims workbooks: each invoice row filed, duplicates and refusals reported."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QWidget

from coop_desk.errors import Refused
from ui.context import ScreenContext, show_refusal
from ui.models.import_problems import ImportProblemRow
from ui.screens.plan_import import report_rows
from ui.tasks import Job
from ui.text import tr_text
from ui.widgets.import_report import ImportReportPanel
from ui.widgets.task_progress import TaskProgress

IMPORTER = "reports.xlsx.claims"


def claims_importer_available() -> bool:
    return importlib.util.find_spec(IMPORTER) is not None


def _import_task(paths: list[str]):  # type: ignore[no-untyped-def]
    def run(services: Any, job: Job) -> Any:
        from reports.xlsx.claims import import_claims

        job.progress(0, 1, "")
        return import_claims(services, [Path(p) for p in paths])

    return run


def claims_report_rows(result: Any) -> list[ImportProblemRow]:
    """Each file's outcome and wrong cells, then every invoice row: filed, or why not (duplicate, no mockup…)."""
    rows = report_rows(result.report)
    for r in result.rows:
        claim = (
            QCoreApplication.translate("ClaimsImport", " → claim {id}").format(id=r.claim_id)
            if r.claim_id is not None
            else ""
        )
        invoice = QCoreApplication.translate("ClaimsImport", "invoice")
        outcome = tr_text(getattr(r, "outcome_text", r.outcome))
        text = f"{r.reference}, {invoice} {r.invoice_number}: {outcome}{claim}: {tr_text(r.message)}"
        rows.append(
            ImportProblemRow(
                len(rows),
                Path(r.file).name,
                r.sheet,
                QCoreApplication.translate("ClaimsImport", "row {row}").format(row=r.row),
                text,
                ok=r.stored and not r.late,
            )
        )
    return rows


class ClaimsImportPanel(ImportReportPanel):
    imported = Signal(object)
    """A claims import finished (its report)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.progress = TaskProgress(parent)

    def start(self, paths: Sequence[str]) -> None:
        if not self.context.may("claims.file"):
            raise Refused(self.context.role_refusal("claims.file"))
        if self.progress.busy:
            raise Refused(self.tr("An import is running already; wait for it to finish."))
        files = [str(p) for p in paths]  # the importer lists every file: read, refused or skipped
        if not files:
            raise Refused(self.tr("No file or folder to import."))
        self.context.prefs.last_folder = str(Path(files[0]).parent)
        handle = self.context.tasks.run(
            _import_task(files),
            description=self.tr("Filing the claims of {count} workbook(s)…").format(count=len(files)),
            write=True,
            on_success=self._on_task_succeeded,
            on_refused=self._on_task_refused,
        )
        self.progress.track(handle)

    @Slot(object)
    def _on_task_succeeded(self, result: Any) -> None:
        from coop_desk.services import Changes, Entity

        summary = tr_text(result.summary())
        self.show_rows(claims_report_rows(result), self.tr("Claims import: {summary}").format(summary=summary))
        if any(r.stored for r in result.rows):
            self.context.publish(Changes(Entity.CLAIMS, (), self.context.year))
        self.imported.emit(result)

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        show_refusal(self, lines, self.tr("Import refused"))

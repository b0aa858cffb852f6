""" "Write templates…": the plan, claims or efficiency templates for the dealers, written from the window.

The dealers are chosen in a checklist (all, none, a filter), the folder is chosen and remembered, the files
are written in the background (ui.tasks) by the writers of reports.xlsx, which also decide what may be
written (plan templates only while drafting, claims templates only for dealers with an approved mockup,
the efficiency form only once there is a consolidated plan); a refusal is shown as it came. The result
names the files and offers "Open folder" (QDesktopServices: the system's file manager on every platform).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import Problem, Refused
from coop_desk.text import Text
from models.enums import MockupStatus
from ui.context import ScreenContext
from ui.tasks import Job, TaskHandle
from ui.text import tr_lines
from ui.widgets.task_progress import TaskProgress

PLANS = "plans"
CLAIMS = "claims"
EFFICIENCY = "efficiency"
KINDS = (PLANS, CLAIMS, EFFICIENCY)


def efficiency_file_name(year: int) -> str:
    return f"efficiency-{year}.xlsx"


def _unwritable(folder: Path, exc: OSError) -> Refused:
    return Refused(Problem(str(folder), Text("cannot be written: {reason}", reason=str(exc.strerror or exc))))


def templates_task(kind: str, year: int, folder: str, dealers: list[str], quarter: int):  # type: ignore[no-untyped-def]
    """The background job: the templates of ``kind`` for ``dealers`` into ``folder``; the paths written."""

    def run(services: Any, job: Job) -> list[str] | None:
        out = Path(folder)
        try:
            out.mkdir(parents=True, exist_ok=True)
            from reports import documents

            if kind == EFFICIENCY:
                form = documents.EFFICIENCY_TEMPLATE
                request = documents.DocumentRequest(year)
                return [str(form.produce(services, request, out / efficiency_file_name(year)))]
            doc = documents.PLAN_TEMPLATES if kind == PLANS else documents.CLAIMS_TEMPLATES
            written: list[str] = []
            for done, code in enumerate(dealers):
                if job.should_cancel():
                    return None
                job.progress(done, len(dealers), code)
                request = documents.DocumentRequest(year, quarter=quarter, dealer=code)
                written += [str(p) for p in doc.write(doc.build(services, request), out, request.lang)]
            job.progress(len(dealers), len(dealers), "")
            return written
        except OSError as exc:
            raise _unwritable(out, exc) from exc

    return run


class TemplatesDialog(QDialog):
    """Choose the dealers and the folder, write the templates, open the folder."""

    def __init__(self, context: ScreenContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown kind of template {kind!r}")
        self.context = context
        self.kind = kind
        self.handle: TaskHandle | None = None
        self.written: list[str] = []
        self.setWindowTitle(self._title())
        self._build()
        self._fill_dealers()
        self._connect_signals()
        self._update_state()

    def _title(self) -> str:
        return {
            PLANS: self.tr("Write plan templates"),
            CLAIMS: self.tr("Write claims templates"),
            EFFICIENCY: self.tr("Write the efficiency form"),
        }[self.kind]

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.about = QLabel(self._about(), self)
        self.about.setWordWrap(True)
        self.quarter = QComboBox(self)
        for q in (1, 2, 3, 4):
            self.quarter.addItem(self.tr("Q{quarter}").format(quarter=q), q)
        self.quarter.setCurrentIndex((self.context.services.ctx.today().month - 1) // 3)  # the clock of the services
        quarter_label = QLabel(self.tr("&Quarter:"), self)
        quarter_label.setBuddy(self.quarter)
        quarter_row = QHBoxLayout()
        quarter_row.addWidget(quarter_label)
        quarter_row.addWidget(self.quarter)
        quarter_row.addStretch(1)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter dealers…"))
        self.filter.setClearButtonEnabled(True)
        self.all = QPushButton(self.tr("&All"), self)
        self.none = QPushButton(self.tr("&None"), self)
        picks = QHBoxLayout()
        picks.addWidget(self.filter, 1)
        picks.addWidget(self.all)
        picks.addWidget(self.none)
        self.dealers = QListWidget(self)
        self.chosen = QLabel(self)
        self.folder = QLineEdit(self.context.prefs.last_folder or str(Path.home()), self)
        self.choose = QPushButton(self.tr("&Choose…"), self)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self.progress = TaskProgress(self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)  # names folders and refusals
        self.open_folder = QPushButton(self.tr("&Open folder"), self)
        self.open_folder.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.write = self.buttons.addButton(self.tr("&Write"), QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(quarter_row)
        layout.addLayout(picks)
        layout.addWidget(self.dealers, 1)
        layout.addWidget(self.chosen)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        per_dealer = self.kind != EFFICIENCY
        for widget in (self.filter, self.all, self.none, self.dealers, self.chosen):
            widget.setVisible(per_dealer)
        quarter_label.setVisible(self.kind == CLAIMS)
        self.quarter.setVisible(self.kind == CLAIMS)
        self.resize(560, 460 if per_dealer else 240)

    def _about(self) -> str:
        return {
            PLANS: self.tr("One plan template per chosen dealer, pre-filled with its data and cap (stage drafting)."),
            CLAIMS: self.tr("One claims template per chosen dealer, listing its activities with an approved mockup."),
            EFFICIENCY: self.tr("One form for the evaluating agency listing the activities of the consolidated plan."),
        }[self.kind]

    def _fill_dealers(self) -> None:
        year = self.context.year
        self.dealers.clear()
        if year is None or self.kind == EFFICIENCY:
            return
        services = self.context.services
        dealers = services.dealers.list_dealers(active_only=self.kind == PLANS)
        if self.kind == CLAIMS:
            with_mockup = {m.dealer_code for m in services.mockups.list_mockups(year, status=MockupStatus.APPROVED)}
            dealers = [d for d in dealers if d.code in with_mockup]
        for d in dealers:
            item = QListWidgetItem(f"{d.code} — {d.name}", self.dealers)
            item.setData(Qt.ItemDataRole.UserRole, d.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.all.clicked.connect(self._on_all_clicked)
        self.none.clicked.connect(self._on_none_clicked)
        self.dealers.itemChanged.connect(self._on_dealers_item_changed)
        self.folder.textChanged.connect(self._on_folder_text_changed)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.write.clicked.connect(self._on_write_clicked)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.buttons.rejected.connect(self.reject)

    # -- state ---------------------------------------------------------------------------------
    def chosen_codes(self) -> list[str]:
        items = (self.dealers.item(i) for i in range(self.dealers.count()))
        return [str(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked]

    def _visible_items(self) -> list[QListWidgetItem]:
        return [it for it in (self.dealers.item(i) for i in range(self.dealers.count())) if not it.isHidden()]

    def _update_state(self) -> None:
        busy = self.handle is not None
        codes = self.chosen_codes()
        if self.kind != EFFICIENCY:
            self.chosen.setText(
                self.tr("{chosen} of {total} dealers chosen").format(chosen=len(codes), total=self.dealers.count())
            )
        why = ""
        if self.context.year is None:
            why = self.tr("Start a programme year first")
        elif self.kind != EFFICIENCY and not self.dealers.count():
            why = {
                PLANS: self.tr("There is no active dealer."),
                CLAIMS: self.tr("No dealer has an activity with an approved mockup yet: there is nothing to claim."),
            }[self.kind]
        elif self.kind != EFFICIENCY and not codes:
            why = self.tr("Choose at least one dealer.")
        elif not self.folder.text().strip():
            why = self.tr("Choose the folder to write to.")
        self.write.setEnabled(not why and not busy)
        self.write.setToolTip(why)
        if why and not busy and not self.written:
            self.outcome.setText(why)

    # -- slots ---------------------------------------------------------------------------------
    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.dealers.count()):
            item = self.dealers.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _check_visible(self, state: Qt.CheckState) -> None:
        for item in self._visible_items():
            item.setCheckState(state)

    @Slot()
    def _on_all_clicked(self) -> None:
        self._check_visible(Qt.CheckState.Checked)

    @Slot()
    def _on_none_clicked(self) -> None:
        self._check_visible(Qt.CheckState.Unchecked)

    @Slot(QListWidgetItem)
    def _on_dealers_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_state()

    @Slot(str)
    def _on_folder_text_changed(self, _text: str) -> None:
        self._update_state()

    @Slot()
    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the templates"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @Slot()
    def _on_write_clicked(self) -> None:
        year = self.context.year
        if year is None or not self.write.isEnabled():
            return
        folder = self.folder.text().strip()
        self.written = []
        self.open_folder.setEnabled(False)
        self.outcome.setText("")
        task = templates_task(self.kind, year, folder, self.chosen_codes(), int(self.quarter.currentData()))
        self.handle = self.context.tasks.run(
            task,
            description=self.tr("Writing the templates…"),
            on_success=self._on_task_succeeded,
            on_refused=self._on_task_refused,
        )
        self.handle.finished.connect(self._on_task_finished)
        self.progress.track(self.handle)
        self._update_state()

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        if not isinstance(result, list):  # cancelled
            self.outcome.setText(self.tr("Cancelled."))
            return
        self.written = [str(p) for p in result]
        folder = self.folder.text().strip()
        self.context.prefs.last_folder = folder
        self.outcome.setText(self.tr("{count} file(s) written to {folder}.").format(count=len(result), folder=folder))
        self.open_folder.setEnabled(bool(result))

    @Slot(list)
    def _on_task_refused(self, lines: list[str]) -> None:
        self.outcome.setText("\n".join(tr_lines(lines)))

    @Slot()
    def _on_task_finished(self) -> None:
        self.handle = None
        self._update_state()

    @Slot()
    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text().strip()))

    def reject(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        super().reject()


class TemplatesButton(QPushButton):
    """ "Write templates…" on a screen: opens the dialog for its kind of template."""

    def __init__(self, context: ScreenContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.setText(self.tr("Write the form…") if kind == EFFICIENCY else self.tr("Write templates…"))
        self.setObjectName(f"TemplatesButton-{kind}")
        self.clicked.connect(self._on_clicked)

    def update_state(self) -> None:
        self.setEnabled(self.context.year is not None)
        self.setToolTip("" if self.context.year is not None else self.tr("Start a programme year first"))

    @Slot()
    def _on_clicked(self) -> None:
        TemplatesDialog(self.context, self.kind, self.window()).exec()

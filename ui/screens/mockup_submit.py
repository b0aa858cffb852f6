"""Mockups: "Submit mockup…" — the agency submits a dealer's mockup with its file (chosen or dropped).

The dealer and one of its activities of the approved (consolidated) plan are chosen, each activity saying
how its last mockup stands; the file is chosen or dropped onto the dialog (or onto the Mockups screen, which
opens the dialog with it). The file is read and checked by the services (a PDF or an image by its content,
within the size limit) and stored with the mockup; a new version of a mockup with changes requested is
submitted the same way. The services decide whether it may be submitted (stage, frozen allocation, one
waiting mockup per activity); a refusal is shown in the dialog and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError
from coop_desk.services.mockups import MockupView
from coop_desk.services.plan_views import ConsolidatedRow
from models.enums import MockupStatus
from ui.context import ScreenContext
from ui.text import tr_lines

#: What a mockup file may be named (the services judge it by its content): images and PDFs.
MOCKUP_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp")


def is_mockup_file(path: Path) -> bool:
    return path.suffix.lower() in MOCKUP_SUFFIXES and not path.is_dir()


def goes_to_an_import(path: Path) -> bool:
    """A workbook, a zip of claims or a folder: the window's drop router takes it (ui.drop_router)."""
    from ui.drop_router import WORKBOOKS

    return path.is_dir() or path.suffix.lower() in (*WORKBOOKS, ".zip")


def local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


class MockupSubmitDialog(QDialog):
    """Dealer, activity, title and file; "Submit" stores the mockup through the services."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None, file: Path | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.submitted: MockupView | None = None
        self.setWindowTitle(self.tr("Submit a mockup"))
        self.setAcceptDrops(True)
        self._rows: dict[str, list[ConsolidatedRow]] = {}
        self._last: dict[str, MockupView] = {}
        self._build()
        self._load()
        self._connect_signals()
        if file is not None:
            self.file.setText(str(file))
        self._on_dealer_current_index_changed(self.dealer.currentIndex())

    def _build(self) -> None:
        self.dealer = QComboBox(self)
        self.activity = QComboBox(self)
        self.activity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activity.setMinimumContentsLength(40)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("optional, e.g. the version or the medium"))
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr("choose a PDF or an image, or drop it here"))
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("&Dealer:"), self.dealer)
        form.addRow(self.tr("&Activity:"), self.activity)
        form.addRow("", self.state)
        form.addRow(self.tr("&Title:"), self.title)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file)  # a row of a layout gets no buddy of its own
        form.addRow(file_label, file_row)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # file names and refusals
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.submit = self.buttons.addButton(self.tr("&Submit"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def _load(self) -> None:
        year = self.context.year
        if year is None:
            return
        services = self.context.services
        for row in services.plans.consolidated(year):
            if row.included:
                self._rows.setdefault(row.dealer_code, []).append(row)
        for m in services.mockups.list_mockups(year):
            last = self._last.get(m.reference)
            if last is None or m.number > last.number:
                self._last[m.reference] = m
        names = {r.dealer_code: r.dealer_name for rows in self._rows.values() for r in rows}
        for code in sorted(self._rows):
            self.dealer.addItem(f"{code} — {names[code]}", code)

    def _connect_signals(self) -> None:
        self.dealer.currentIndexChanged.connect(self._on_dealer_current_index_changed)
        self.activity.currentIndexChanged.connect(self._on_activity_current_index_changed)
        self.file.textChanged.connect(self._on_file_text_changed)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.buttons.accepted.connect(self._on_submit)
        self.buttons.rejected.connect(self.reject)

    # -- choosing ------------------------------------------------------------------------------
    def choose_activity(self, reference: str) -> bool:
        """Select the dealer and activity of ``reference``; False when it is not in the approved plan."""
        for code, rows in self._rows.items():
            for i, row in enumerate(rows):
                if row.reference == reference:
                    self.dealer.setCurrentIndex(self.dealer.findData(code))
                    self.activity.setCurrentIndex(i)
                    return True
        return False

    def _status_word(self, status: MockupStatus) -> str:
        return {
            MockupStatus.SUBMITTED: self.tr("waiting for a decision"),
            MockupStatus.APPROVED: self.tr("approved"),
            MockupStatus.REJECTED: self.tr("rejected"),
            MockupStatus.CHANGES_REQUESTED: self.tr("changes requested"),
        }.get(status, str(status))

    def _state_text(self, reference: str) -> str:
        last = self._last.get(reference)
        if last is None:
            return self.tr("No mockup yet: this will be mockup 1.")
        text = self.tr("Mockup {number}: {status}.").format(number=last.number, status=self._status_word(last.status))
        if last.status == MockupStatus.CHANGES_REQUESTED:
            text += " " + self.tr("This will be mockup {number}, the new version.").format(number=last.number + 1)
        return text

    @Slot(int)
    def _on_dealer_current_index_changed(self, _index: int) -> None:
        self.activity.blockSignals(True)
        self.activity.clear()
        for row in self._rows.get(str(self.dealer.currentData()), []):
            self.activity.addItem(f"{row.reference} — {self.context.channel(row.channel)}, {row.idea}", row.reference)
        self.activity.blockSignals(False)
        self._on_activity_current_index_changed(self.activity.currentIndex())

    @Slot(int)
    def _on_activity_current_index_changed(self, _index: int) -> None:
        reference = self.activity.currentData()
        self.state.setText(self._state_text(str(reference)) if reference else "")
        self._update_state()

    @Slot(str)
    def _on_file_text_changed(self, _text: str) -> None:
        self.problem.setText("")
        self._update_state()

    def _update_state(self) -> None:
        if self.context.year is None:
            why = self.tr("Start a programme year first")
        elif not self._rows:
            why = self.tr("The year has no approved plan with activities yet.")
        elif not self.file.text().strip():
            why = self.tr("Choose the mockup's file.")
        else:
            why = ""
        stage_ok = self.context.stage_allows("mockups.submit")
        stage_why = self.tr("Mockups are submitted at stage execution.")
        if self.context.gate(self.submit, "mockups.submit", stage_ok and not why, why or stage_why):
            self.submit.setToolTip("")

    @Slot()
    def _on_choose_clicked(self) -> None:
        start = str(Path(self.file.text()).parent) if self.file.text() else self.context.prefs.last_folder
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The mockup's file"),
            start or str(Path.home()),
            self.tr("Mockups (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)"),
        )
        if name:
            self.file.setText(name)

    # -- dropping ------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if len(local_paths(event)) == 1:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_paths(event)
        if len(paths) == 1:
            self.file.setText(str(paths[0]))
            event.acceptProposedAction()

    # -- submitting ----------------------------------------------------------------------------
    @Slot()
    def _on_submit(self) -> None:
        year, reference = self.context.year, self.activity.currentData()
        if year is None or not reference or not self.submit.isEnabled():
            return
        from coop_desk.services.attachments import read_file

        path = Path(self.file.text().strip())
        services = self.context.services
        try:
            incoming = read_file(path)  # checked as the command line checks it; stored only with the mockup
            changes = services.mockups.submit(year, str(reference), title=self.title.text(), file=incoming)
        except CoopDeskError as exc:
            self.problem.setText("\n".join(tr_lines(exc.lines())))
            return
        self.context.prefs.last_folder = str(path.parent)
        self.context.publish(changes)
        self.submitted = services.mockups.get(int(changes.ids[0]))
        self.accept()


class SubmitMockupButton(QPushButton):
    """ "Submit mockup…" on the Mockups screen; gated by role and stage as the services decide."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setText(self.tr("Submit mockup…"))
        self.setObjectName("SubmitMockupButton")
        self.clicked.connect(self._on_clicked)

    def update_state(self) -> None:
        has_year = self.context.year is not None
        stage_ok = has_year and self.context.stage_allows("mockups.submit")
        why = (
            self.tr("Mockups are submitted at stage execution.")
            if has_year
            else self.tr("Start a programme year first")
        )
        self.context.gate(
            self, "mockups.submit", stage_ok, why, self.tr("A dealer's mockup with its file (or drop the file here)")
        )

    def open_dialog(self, file: Path | None = None) -> MockupSubmitDialog:
        dialog = MockupSubmitDialog(self.context, self.window(), file)
        dialog.exec()
        return dialog

    @Slot()
    def _on_clicked(self) -> None:
        self.open_dialog()


class MockupDrops(QObject):
    """A PDF or an image dropped on the Mockups screen opens "Submit a mockup" with it; workbooks, zips and
    folders are left to the window (its drop router gives them to their imports); anything else is refused."""

    def __init__(self, screen: QWidget, button: SubmitMockupButton) -> None:
        super().__init__(screen)
        self._screen = screen
        self._button = button
        screen.setAcceptDrops(True)
        screen.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self._screen or event.type() not in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            return False
        drag: QDropEvent = event  # type: ignore[assignment]
        paths = local_paths(drag)
        if not paths or all(goes_to_an_import(p) for p in paths):
            drag.ignore()  # the window takes it
            return False
        drag.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.dropped(paths)
        return True

    def dropped(self, paths: list[Path]) -> None:
        files = [p for p in paths if is_mockup_file(p)]
        if len(paths) == 1 and files:
            if not self._button.isEnabled():
                QMessageBox.warning(self._screen, self.tr("Submit a mockup"), self._button.toolTip())
                return
            self._button.open_dialog(files[0])
            return
        names = ", ".join(p.name for p in paths)
        if len(paths) > 1 and len(files) == len(paths):
            why = self.tr("Drop one mockup file at a time: {names}").format(names=names)
        else:
            why = self.tr("Not a mockup file (a PDF or an image) nor a workbook to import: {names}").format(names=names)
        QMessageBox.warning(self._screen, self.tr("Submit a mockup"), why)

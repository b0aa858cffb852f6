"""A slim progress strip for one background task: what it does, a progress bar and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.tasks import TaskHandle


class TaskProgress(QWidget):
    """Hidden while idle; shows the running task's progress and lets the person cancel it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle: TaskHandle | None = None
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # progress names files
        self._bar = QProgressBar(self)
        self._bar.setTextVisible(True)
        self._bar.setMinimumWidth(220)
        self._cancel = QPushButton(self.tr("Cancel"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._bar)
        layout.addWidget(self._cancel)
        self._connect_signals()
        self.hide()

    def _connect_signals(self) -> None:
        self._cancel.clicked.connect(self._on_cancel_clicked)

    def track(self, handle: TaskHandle) -> None:
        """Show ``handle``'s progress until it finishes."""
        self._handle = handle
        self._label.setText(handle.description)
        self._bar.setRange(0, 0)  # busy until the first progress report
        self._cancel.setEnabled(True)
        handle.progressed.connect(self._on_task_progressed)
        handle.finished.connect(self._on_task_finished)
        self.show()

    @property
    def busy(self) -> bool:
        return self._handle is not None

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, message: str) -> None:
        self._bar.setRange(0, max(total, 1))
        self._bar.setValue(done)
        if message:
            self._label.setText(message)

    @Slot()
    def _on_task_finished(self) -> None:
        self._handle = None
        self.hide()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._cancel.setEnabled(False)
            self._label.setText(self.tr("Cancelling…"))

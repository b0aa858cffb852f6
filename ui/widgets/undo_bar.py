"""A bar that offers to take the last action back for a few seconds ("Approved D001-2027-01 #1 at 25 % — Undo")."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

#: How long the offer stands (the service allows a little more, for a slow click).
UNDO_MS = 10_000


class UndoBar(QFrame):
    """Shown by :meth:`offer`; hides itself after ``timeout_ms`` or once Undo is pressed (``undo_requested``)."""

    undo_requested = Signal()
    """Undo was pressed while the offer stood."""

    def __init__(self, parent: QWidget | None = None, *, timeout_ms: int = UNDO_MS) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#undoBar { background: #fff4d6; border: 1px solid #d9b44a; border-radius: 3px; }")
        self._label = QLabel(self)
        self._button = QPushButton(self.tr("Undo"), self)
        self._button.setShortcut("Ctrl+Z")
        self._button.setToolTip(self.tr("Take the decision back (Ctrl+Z)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.withdraw)
        self._button.clicked.connect(self._on_button_clicked)
        self.hide()

    def offer(self, text: str) -> None:
        """Show ``text`` with the Undo button, for the timeout (a new offer replaces the last one)."""
        self._label.setText(text)
        self.show()
        self._timer.start()

    def text(self) -> str:
        return self._label.text()

    def is_offering(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def withdraw(self) -> None:
        self._timer.stop()
        self.hide()

    @Slot()
    def _on_button_clicked(self) -> None:
        if not self.is_offering():
            return
        self.withdraw()
        self.undo_requested.emit()

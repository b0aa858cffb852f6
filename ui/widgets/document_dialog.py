"""A stored document (an image, or every page of a PDF) in the shared viewer, in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.document_viewer import PageView, render_document


class DocumentDialog(QDialog):
    """Zoom in / out / fit buttons over the viewer; says so when the file cannot be shown. Non-modal when
    opened with ``show()`` (the claim's figures stay usable beside it)."""

    def __init__(self, data: bytes, media_type: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 700)
        self.viewer = PageView(self)
        pages, count = render_document(data, media_type)
        self.viewer.show_pages(pages, count)
        self.shown = self.viewer.has_image()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(not self.shown)
        self.message.setText(self.tr("{type}: cannot be shown").format(type=media_type or "?"))
        self._fit = QPushButton(self.tr("Fit"), self)
        self._zoom_in = QPushButton(self.tr("Zoom in"), self)
        self._zoom_out = QPushButton(self.tr("Zoom out"), self)
        zoom = QHBoxLayout()
        for button in (self._fit, self._zoom_in, self._zoom_out):
            button.setEnabled(self.shown)
            zoom.addWidget(button)
        zoom.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addLayout(zoom)
        layout.addWidget(self.message)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        self._fit.clicked.connect(self.viewer.fit)
        self._zoom_in.clicked.connect(self.viewer.zoom_in)
        self._zoom_out.clicked.connect(self.viewer.zoom_out)
        buttons.rejected.connect(self.reject)

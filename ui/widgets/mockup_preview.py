"""The mockup under review, as large as the screen allows: its toolbar (zoom with a readout, pages, compare,
full screen) over the picture, and optionally the previous version of the same activity beside it (v1 | v2)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from ui.widgets.image_viewer import ImageViewer

#: A document to show: its bytes and media type.
Document = tuple[bytes, str]


class _ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the width it gets (the whole text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # titles come from dealers: shown as text
        self.setMinimumWidth(40)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


def _button(text: str, parent: QWidget) -> QToolButton:
    """A compact button of the toolbar; it never takes the focus (the keys stay with the queue and the picture)."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoRaise(False)
    return button


class MockupPreview(QWidget):
    """The picture and its tools; the screen fills it (:meth:`show_document`, :meth:`show_previous`)."""

    full_screen_requested = Signal()
    """Full screen was asked for (the button, or a double-click on the picture)."""
    list_toggled = Signal(bool)
    """The list button: show (True) or hide the queue and the details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = ImageViewer(self)
        self.previous_viewer = ImageViewer(self)
        self.title = _ElidedLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list_button = _button(self.tr("☰ List"), self)
        self.list_button.setCheckable(True)
        self.list_button.setChecked(True)
        self.list_button.setToolTip(self.tr("Show or hide the queue and the details"))
        self.fit_button = _button(self.tr("Fit"), self)
        self.fit_button.setToolTip(self.tr("The whole page in view (Ctrl+0)"))
        self.actual_button = _button(self.tr("100 %"), self)
        self.actual_button.setToolTip(self.tr("One pixel of the picture on one pixel of the screen (Ctrl+1)"))
        self.zoom_out_button = _button("−", self)
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-, Ctrl+wheel)"))
        self.zoom_in_button = _button("+", self)
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+ or =, Ctrl+wheel)"))
        self.readout = QLabel(self)
        self.readout.setMinimumWidth(QFontMetrics(self.readout.font()).horizontalAdvance("8888 %"))
        self.previous_page_button = _button("◀", self)
        self.previous_page_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.page_label = QLabel(self)
        self.next_page_button = _button("▶", self)
        self.next_page_button.setToolTip(self.tr("Next page (Page Down)"))
        self.compare_button = _button(self.tr("Compare with previous"), self)
        self.compare_button.setCheckable(True)
        self.full_button = _button("⤢", self)
        self.full_button.setToolTip(self.tr("Full screen: the picture alone (F or double-click; Esc leaves)"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.previous_label = QLabel(self)
        self.current_label = QLabel(self)
        self._build()
        self._connect_signals()
        self.show_previous(None)
        self._on_viewer_page_changed(0, 0)

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        bar.addWidget(self.list_button)
        bar.addWidget(self.title, 1)
        for widget in (
            self.previous_page_button,
            self.page_label,
            self.next_page_button,
            self.fit_button,
            self.actual_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.readout,
            self.compare_button,
            self.full_button,
        ):
            bar.addWidget(widget)
        self._sides = QSplitter(Qt.Orientation.Horizontal, self)
        self._sides.setChildrenCollapsible(False)
        sides = []
        for label, viewer in ((self.previous_label, self.previous_viewer), (self.current_label, self.viewer)):
            side = QWidget(self)
            sides.append(side)
            column = QVBoxLayout(side)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(label)
            column.addWidget(viewer, 1)
            self._sides.addWidget(side)
        self._previous_side = sides[0]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self._sides, 1)

    def _connect_signals(self) -> None:
        self.fit_button.clicked.connect(self.viewer.fit)
        self.actual_button.clicked.connect(self.viewer.actual_size)
        self.zoom_in_button.clicked.connect(self.viewer.zoom_in)
        self.zoom_out_button.clicked.connect(self.viewer.zoom_out)
        self.previous_page_button.clicked.connect(self.viewer.previous_page)
        self.next_page_button.clicked.connect(self.viewer.next_page)
        self.viewer.zoom_changed.connect(self._on_viewer_zoom_changed)
        self.viewer.page_changed.connect(self._on_viewer_page_changed)
        self.viewer.activated.connect(self.full_screen_requested)
        self.full_button.clicked.connect(self.full_screen_requested)
        self.compare_button.toggled.connect(self._on_compare_button_toggled)
        self.list_button.toggled.connect(self.list_toggled)

    # -- filling -------------------------------------------------------------------------------
    def show_document(self, title: str, document: Document | None, message: str = "") -> bool:
        """Show the mockup (None: nothing to show, ``message`` says why); False if the file cannot be shown."""
        self.title.set_full_text(title)
        if document is None:
            self.viewer.set_image(None)
            shown = False
        else:
            shown = self.viewer.load(*document)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        for button in (self.fit_button, self.actual_button, self.zoom_in_button, self.zoom_out_button):
            button.setEnabled(shown)
        return shown

    def show_previous(self, previous: tuple[str, str, Document] | None) -> None:
        """The earlier version to compare with: its label, the current one's label and its file (None: none)."""
        self.compare_button.setEnabled(previous is not None)
        self.compare_button.setToolTip(
            self.tr("Show the previous mockup of the same activity beside this one")
            if previous is not None
            else self.tr("There is no earlier mockup of this activity with a file")
        )
        if previous is None:
            self.previous_viewer.set_image(None)
            self.current_label.clear()
        else:
            label, current, document = previous
            self.previous_label.setText(label)
            self.current_label.setText(current)
            self.previous_viewer.load(*document)
        self._on_compare_button_toggled(self.compare_button.isChecked())

    def comparing(self) -> bool:
        return self.compare_button.isChecked() and self.compare_button.isEnabled()

    # -- slots ---------------------------------------------------------------------------------
    @Slot(bool)
    def _on_compare_button_toggled(self, _checked: bool) -> None:
        on = self.comparing()
        self._previous_side.setVisible(on)
        self.current_label.setVisible(on)
        if on:
            half = max(self._sides.width() // 2, 1)
            self._sides.setSizes([half, half])
            self.previous_viewer.fit()

    @Slot(float)
    def _on_viewer_zoom_changed(self, scale: float) -> None:
        self.readout.setText(
            self.tr("{percent} %").format(percent=round(scale * 100)) if self.viewer.has_image() else ""
        )

    @Slot(int, int)
    def _on_viewer_page_changed(self, page: int, total: int) -> None:
        many = total > 1
        for widget in (self.previous_page_button, self.page_label, self.next_page_button):
            widget.setVisible(many)
        self.page_label.setText(self.tr("page {page} of {total}").format(page=page, total=total))
        self.previous_page_button.setEnabled(page > 1)
        self.next_page_button.setEnabled(page < total)

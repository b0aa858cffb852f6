"""A docked viewer of a claim's scans: a tab per document, every page of a PDF on white, zoom with a readout,
a "check against the scan" strip above the tabs, and files dropped on it (the claim panel attaches them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError
from ui.text import tr_text
from ui.widgets.image_viewer import ImageViewer
from ui.widgets.pages import on_white, render_pdf

PAGE_WIDTH = 1100  # pixels of a rendered PDF page (sharp at 100 %, a few MB a page)
MAX_PAGES = 24  # a longer PDF shows its first pages and says so
RENDERED_KEPT = 6  # files kept rendered (a claim's few scans: switching tabs or claims back is instant)
_GAP = 12  # pixels between two pages


def render_pdf_pages(data: bytes, width: int = PAGE_WIDTH, limit: int = MAX_PAGES) -> tuple[list[QImage], int]:
    """The pages of a PDF (at most ``limit``), each rendered on white, and how many it has; ([], 0) if it
    cannot be read."""
    return render_pdf(data, limit, width) or ([], 0)


def render_document(data: bytes, media_type: str) -> tuple[list[QImage], int]:
    """Every page of a PDF, or the one image, on white, and the file's page count; ([], 0) when it cannot be
    shown."""
    if media_type == "application/pdf" or data[:5] == b"%PDF-":
        return render_pdf_pages(data)
    image = QImage.fromData(data)
    return ([], 0) if image.isNull() else ([on_white(image)], 1)


def stack_pages(pages: Sequence[QImage]) -> QImage:
    """The pages one under the other, a grey gap between them, as one picture for the viewer."""
    width = max(p.width() for p in pages)
    height = sum(p.height() for p in pages) + _GAP * (len(pages) - 1)
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8a8d91"))
    painter = QPainter(sheet)
    top = 0
    for page in pages:
        painter.drawImage((width - page.width()) // 2, top, page)
        top += page.height() + _GAP
    painter.end()
    return sheet


class PageView(ImageViewer):
    """The shared viewer showing all the pages of one document; "fit" fits the width of a document of several
    pages (read top to bottom) and the whole page of a single one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = 0
        self.file_pages = 0  # pages in the file (more than shown when over MAX_PAGES)
        self._fit_mode = True

    def show_pages(self, pages: Sequence[QImage], count: int | None = None) -> None:
        self.show_sheet(stack_pages(pages) if pages else None, len(pages), count)

    def show_sheet(self, sheet: QImage | None, pages: int, count: int | None = None) -> None:
        """Show pages stacked already (:func:`stack_pages`): ``pages`` of them, of ``count`` in the file."""
        self.pages = pages
        self.file_pages = count if count is not None else pages
        self.set_image(sheet)

    @Slot()
    def fit(self) -> None:
        self._fit_mode = True
        if self.has_image():
            rect = self.sceneRect()
            area = self.viewport().size()
            if self.pages > 1:
                self.resetTransform()
                factor = max(area.width() - 2, 1) / max(rect.width(), 1)
                self.scale(factor, factor)
                self.ensureVisible(rect.left(), rect.top(), 1, 1, 0, 0)
            else:
                self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.scale_factor())

    @Slot()
    def zoom_in(self) -> None:
        self._fit_mode = False
        super().zoom_in()

    @Slot()
    def zoom_out(self) -> None:
        self._fit_mode = False
        super().zoom_out()

    @Slot()
    def actual_size(self) -> None:
        self._fit_mode = False
        super().actual_size()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._fit_mode = False
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        QGraphicsView.resizeEvent(self, event)
        if self._fit_mode and self.has_image():
            self.fit()


@dataclass(frozen=True)
class ViewerTab:
    """One document as the viewer shows it: its tab's text and tooltip, and how to read its bytes."""

    text: str
    tooltip: str
    key: object  # what the caller knows it by (a claim document)
    content: str = ""  # what the file is (its hash): a file rendered once is not rendered again soon after


def local_files(event: QDropEvent) -> list[Path]:
    """The local files of a drag (nothing when anything dragged is not a local file)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(u.isLocalFile() for u in urls):
        return []
    return [Path(u.toLocalFile()) for u in urls]


def take_file_drag(event: QDragMoveEvent, accepting: bool) -> None:
    """Take a drag of local files when ``accepting``; otherwise it passes on to the parent."""
    if accepting and local_files(event):
        event.acceptProposedAction()
    else:
        event.ignore()


def take_dropped_files(event: QDropEvent, accepting: bool) -> list[Path]:
    """The local files of a drop, taken when ``accepting``; [] (the drop passes on to the parent) otherwise."""
    files = local_files(event)
    if not (accepting and files):
        event.ignore()
        return []
    event.acceptProposedAction()
    return files


class DocumentViewer(QWidget):
    """Tabs of documents over one page view; ``set_tabs`` and a reader of bytes fill it. Non-modal, docked."""

    files_dropped = Signal(list)
    """Local files (list of Path) were dropped on the viewer (while ``set_accepting`` is on; the owner says
    whether they can be attached)."""
    attach_requested = Signal()
    """The Attach… button was pressed."""
    remove_requested = Signal(object)
    """Remove was pressed for the key of the tab shown."""
    current_changed = Signal(object)
    """The tab shown changed: its key, or None when there is no document."""
    window_requested = Signal(object)
    """Open the shown document (its key) in a window of its own (a second screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tabs_data: list[ViewerTab] = []
        self._reader: Callable[[object], tuple[bytes, str]] | None = None
        self._rendered: dict[str, tuple[QImage, int, int]] = {}  # by content, oldest first
        self._accepting = False
        self.setAcceptDrops(True)
        self.strip = QLabel(self)
        self.strip.setObjectName("check_strip")
        self.strip.setTextFormat(Qt.TextFormat.PlainText)  # numbers and names come from workbooks
        self.strip.setWordWrap(True)
        self.strip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.strip.setStyleSheet("QLabel#check_strip { background: #fff8dc; border: 1px solid #e0d090; padding: 3px; }")
        self.strip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.tabs = QTabBar(self)
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)  # whole names; the bar scrolls when they do not fit
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.view = PageView(self)
        self.view.setAcceptDrops(False)  # drops go to the viewer, not the graphics scene
        self.view.viewport().setAcceptDrops(False)
        self.view.setBackgroundBrush(QColor("#8a8d91"))
        self.empty = QLabel(self.tr("No scans attached — drop files here or Attach…"), self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setStyleSheet("QLabel { border: 2px dashed #9aa0a6; color: #5f6368; padding: 12px; }")
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a file's type and name come from outside
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._pages = QStackedWidget(self)
        for page in (self.view, self.empty, self.message):
            self._pages.addWidget(page)
        self._fit = self._tool(self.tr("Fit"), self.tr("Fit the page to the viewer (0)"))
        self._actual = self._tool(self.tr("100 %"), self.tr("Actual size"))
        self._zoom_out = self._tool("−", self.tr("Zoom out (−, Ctrl+wheel)"))
        self._zoom_in = self._tool("+", self.tr("Zoom in (+, Ctrl+wheel)"))
        self.readout = QLabel(self)
        self.readout.setMinimumWidth(self.readout.fontMetrics().horizontalAdvance("0000 %"))
        self.pages_label = QLabel(self)
        self.pages_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._window = self._tool("", self.tr("Open the shown scan in a window of its own"))
        self._window.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
        self._window.setAccessibleName(self.tr("Window"))
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(3)
        tool: QWidget
        for tool in (
            self._fit,
            self._actual,
            self._zoom_out,
            self._zoom_in,
            self.readout,
            self.pages_label,
            self._window,
        ):
            tools.addWidget(tool)
        tools.addStretch(1)
        tools.addWidget(self.attach_button)
        tools.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.strip)
        layout.addWidget(self.tabs)
        layout.addLayout(tools)
        layout.addWidget(self._pages, 1)
        self._connect_signals()
        self.set_tabs([], None)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        return button

    def _connect_signals(self) -> None:
        self._fit.clicked.connect(self.view.fit)
        self._actual.clicked.connect(self.view.actual_size)
        self._zoom_in.clicked.connect(self.view.zoom_in)
        self._zoom_out.clicked.connect(self.view.zoom_out)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.attach_button.clicked.connect(self.attach_requested)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._window.clicked.connect(self._on_window_clicked)

    # -- filling -------------------------------------------------------------------------------
    def set_tabs(self, tabs: Sequence[ViewerTab], reader: Callable[[object], tuple[bytes, str]] | None) -> None:
        """Show these documents (the first one selected); ``reader(key)`` gives a document's bytes and type."""
        self._tabs_data = list(tabs)
        self._reader = reader
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for tab in self._tabs_data:
            index = self.tabs.addTab(tab.text)
            self.tabs.setTabToolTip(index, tab.tooltip)
        self.tabs.blockSignals(False)
        self.tabs.setVisible(bool(self._tabs_data))
        self._show(0 if self._tabs_data else -1)

    def select_key(self, key: object) -> bool:
        """Show the tab of the document known as ``key``."""
        for index, tab in enumerate(self._tabs_data):
            if tab.key == key:
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def tab_texts(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def current_key(self) -> object:
        index = self.tabs.currentIndex()
        return self._tabs_data[index].key if 0 <= index < len(self._tabs_data) else None

    def set_check_text(self, text: str) -> None:
        self.strip.setText(text)
        self.strip.setVisible(bool(text))

    def set_accepting(self, accepting: bool) -> None:
        """Whether dropped files are taken (and handed on with ``files_dropped``), e.g. while a claim is shown."""
        self._accepting = accepting

    def accepts_files(self) -> bool:
        return self._accepting

    def _show(self, index: int) -> None:
        has = 0 <= index < len(self._tabs_data)
        for button in (self._fit, self._actual, self._zoom_in, self._zoom_out, self._window):
            button.setEnabled(has)
        self.pages_label.clear()
        if not has:
            self.view.show_pages([])
            self.readout.clear()
            self._pages.setCurrentWidget(self.empty)
            self.remove_button.setEnabled(False)
            self.current_changed.emit(None)
            return
        tab = self._tabs_data[index]
        self._pages.setCurrentWidget(self.view)
        cached = self._rendered.get(tab.content) if tab.content else None
        if cached is not None:
            self._show_sheet(*cached)
            self.current_changed.emit(tab.key)
            return
        try:
            data, media_type = self._reader(tab.key) if self._reader is not None else (b"", "")
        except CoopDeskError as exc:  # a file the store cannot give back: say so, the other tabs still show
            self._cannot_show("\n".join(tr_text(line) for line in exc.lines()))
        else:
            self._render(data, media_type, tab.content)
        self.current_changed.emit(tab.key)

    def _render(self, data: bytes, media_type: str, content: str) -> None:
        pages, count = render_document(data, media_type)
        if not pages:
            self._cannot_show(self.tr("{type}: cannot be shown").format(type=media_type or "?"))
            return
        rendered = (stack_pages(pages), len(pages), count)
        if content:
            self._rendered[content] = rendered
            while len(self._rendered) > RENDERED_KEPT:
                self._rendered.pop(next(iter(self._rendered)))
        self._show_sheet(*rendered)

    def _show_sheet(self, sheet: QImage, shown: int, count: int) -> None:
        self.view.show_sheet(sheet, shown, count)
        if count > shown:
            self.pages_label.setText(self.tr("pages 1–{shown} of {count}").format(shown=shown, count=count))
        elif count > 1:
            self.pages_label.setText(self.tr("{count} pages").format(count=count))

    def _cannot_show(self, text: str) -> None:
        self.view.show_pages([])
        self.message.setText(text)
        self._pages.setCurrentWidget(self.message)
        self.readout.clear()

    # -- events --------------------------------------------------------------------------------
    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        self._show(index)

    @Slot(float)
    def _on_view_zoom_changed(self, factor: float) -> None:
        self.readout.setText(
            self.tr("{percent} %").format(percent=round(factor * 100)) if self.view.has_image() else ""
        )

    @Slot()
    def _on_remove_clicked(self) -> None:
        key = self.current_key()
        if key is not None:
            self.remove_requested.emit(key)

    @Slot()
    def _on_window_clicked(self) -> None:
        key = self.current_key()
        if key is not None:
            self.window_requested.emit(key)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        take_file_drag(event, self._accepting)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        take_file_drag(event, self._accepting)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = take_dropped_files(event, self._accepting)
        if files:
            self.files_dropped.emit(files)

"""A large preview of a mockup: an image or every page of a PDF, on white, with zoom, fit, pan and pages.

Zoom: Ctrl+wheel; in the viewer "+" / "=" zoom in, "-" zooms out, Ctrl+0 fits the page, Ctrl+1 shows 100 %;
Page Up / Page Down go to the previous / next page. Pages are stacked top to bottom; scrolling moves
through them too. Double-click asks for full screen (``activated``). Digits are left to the screen (brands).

**What was on screen.** The viewer keeps track of which part of each page has been inside the viewport at a
scale where it is legible: at least the page's *fit* scale (the scale at which the whole page just fits the
viewport). Each page is a grid of :data:`GRID` × :data:`GRID` cells; a cell counts as seen once it was wholly
inside the viewport at such a scale. Fitting a page shows all of it, so "fit" marks the whole page seen;
zoomed in, only what was scrolled past counts; zoomed out below fit, nothing new counts (too small to read).
:meth:`seen_share` and :meth:`unseen_pages` report it; the screen asks before approving an ad at the
own-brand rate while part of it was never on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from ui.widgets.pages import on_white, render_pdf

MAX_PAGES = 60
_ZOOM_STEP = 1.25
_GAP = 24  # scene pixels between two pages
GRID = 10  # cells per side of a page for "was it on screen"
_LEGIBLE = 0.95  # a little under the fit scale still counts (fitInView keeps a margin)


def render_pdf_pages(data: bytes, max_pages: int = MAX_PAGES) -> list[QImage] | None:
    """Every page of a PDF (up to ``max_pages``) as an image on white, or None if it cannot be read."""
    rendered = render_pdf(data, max_pages)
    return rendered[0] if rendered is not None else None


def render_pdf_first_page(data: bytes) -> QImage | None:
    """The first page of a PDF as an image, or None if it cannot be read."""
    pages = render_pdf_pages(data, max_pages=1)
    return pages[0] if pages else None


class ImageViewer(QGraphicsView):
    """Shows a picture or the pages of a document; tracks what of it was on screen (module docstring)."""

    zoom_changed = Signal(float)
    """The scale shown (1.0 = 100 %)."""
    page_changed = Signal(int, int)
    """The page in the middle of the view (1-based) and the number of pages."""
    seen_changed = Signal(float)
    """The share of the document that has been on screen at a legible scale (0 to 1)."""
    activated = Signal()
    """The picture was double-clicked (the screen shows it full screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._pages: list[QGraphicsPixmapItem] = []
        self._seen: list[set[tuple[int, int]]] = []
        self._page = 0
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#5a5f66"))  # the pages are white; the space around them is not
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit = True
        self._loading = False
        self._painted = False
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- what is shown -------------------------------------------------------------------------
    def has_image(self) -> bool:
        return bool(self._pages)

    def page_count(self) -> int:
        return len(self._pages)

    def current_page(self) -> int:
        """The page shown (1-based; 0 when there is none)."""
        return self._page + 1 if self._pages else 0

    def set_image(self, image: QImage | QPixmap | None) -> None:
        if image is None or image.isNull():
            self.set_pages([])
            return
        self.set_pages([image.toImage() if isinstance(image, QPixmap) else image])

    def set_pages(self, images: list[QImage]) -> None:
        """Show these pages, stacked top to bottom, each on white, fitted to the view; nothing seen yet."""
        self._loading = True  # nothing counts as seen until the new pages are fitted
        self._scene.clear()
        self._pages = []
        top = 0.0
        width = max((image.width() for image in images), default=0)
        for image in images:
            item = QGraphicsPixmapItem(QPixmap.fromImage(on_white(image)))
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setPos((width - image.width()) / 2, top)
            self._scene.addItem(item)
            self._pages.append(item)
            top += image.height() + _GAP
        self._seen = [set() for _ in self._pages]
        self._page = 0
        self._scene.setSceneRect(QRectF(0, 0, width, max(top - _GAP, 0)))
        self.resetTransform()
        self._loading = False
        self.fit()
        self.page_changed.emit(self.current_page(), self.page_count())

    def load(self, data: bytes, media_type: str) -> bool:
        """Show an image or every page of a PDF from its bytes; False if it cannot be shown."""
        if media_type == "application/pdf" or data[:5] == b"%PDF-":
            pages = render_pdf_pages(data) or []
        else:
            image = QImage.fromData(data)
            pages = [] if image.isNull() else [image]
        self.set_pages(pages)
        return self.has_image()

    # -- zoom and pages ------------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def is_fitted(self) -> bool:
        return self._fit

    @Slot()
    def fit(self) -> None:
        """The current page wholly in view."""
        self._fit = True
        if self._pages:
            with self._moving():
                self.fitInView(self._page_rect(self._page), Qt.AspectRatioMode.KeepAspectRatio)
        self._after_view_change()

    @Slot()
    def zoom_in(self) -> None:
        self._zoom(_ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom(1 / _ZOOM_STEP)

    @Slot()
    def actual_size(self) -> None:
        """100 %: one pixel of the picture on one pixel of the screen."""
        self._fit = False
        center = self.mapToScene(self.viewport().rect().center())
        with self._moving():
            self.resetTransform()
            self.centerOn(center)
        self._after_view_change()

    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (1-based): fitted when fitting, else its top at the current scale."""
        if not self._pages:
            return
        self._page = min(max(number, 1), len(self._pages)) - 1
        if self._fit:
            self.fit()
        else:
            rect = self._page_rect(self._page)
            with self._moving():
                self.centerOn(rect.center().x(), rect.top() + self.viewport().height() / self.scale_factor() / 2)
            self._after_view_change()
        self.page_changed.emit(self.current_page(), self.page_count())

    @Slot()
    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    @Slot()
    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _zoom(self, factor: float) -> None:
        self._fit = False
        if 0.02 <= self.scale_factor() * factor <= 20:
            with self._moving():
                self.scale(factor, factor)
        self._after_view_change()

    @contextmanager
    def _moving(self) -> Iterator[None]:
        """The view passes through states nobody sees (scaled, not yet re-centred): none of them counts."""
        loading, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = loading

    def _page_rect(self, index: int) -> QRectF:
        return self._pages[index].sceneBoundingRect()

    def _after_view_change(self) -> None:
        self.zoom_changed.emit(self.scale_factor())
        self._track()

    # -- what was on screen --------------------------------------------------------------------
    def seen_share(self) -> float:
        """The share of all pages' cells that have been on screen at a legible scale (1.0 when nothing is shown)."""
        total = GRID * GRID * len(self._pages)
        return sum(len(s) for s in self._seen) / total if total else 1.0

    def all_seen(self) -> bool:
        return not self.unseen_pages()

    def unseen_pages(self) -> list[int]:
        """The pages (1-based) with a part that was never on screen at a legible scale."""
        return [i + 1 for i, cells in enumerate(self._seen) if len(cells) < GRID * GRID]

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _on_screen(self) -> bool:
        """Painted on screen since it was last shown (before that, sizes are not final and nothing counts)."""
        return self._painted and self.isVisible() and self.viewport().width() > 1

    def _legible_scale(self, index: int) -> float:
        rect = self._page_rect(index)
        view = self.viewport().rect()
        return min(view.width() / rect.width(), view.height() / rect.height()) * _LEGIBLE

    def _track(self) -> None:
        if self._loading or not self._pages or not self._on_screen():
            return
        scale = self.scale_factor()
        slack = 2 / scale  # two screen pixels: rounding of the scroll position
        visible = self.visible_scene_rect().adjusted(-slack, -slack, slack, slack)
        before = self.seen_share()
        for index, cells in enumerate(self._seen):
            rect = self._page_rect(index)
            if len(cells) == GRID * GRID or not visible.intersects(rect) or scale < self._legible_scale(index):
                continue
            w, h = rect.width() / GRID, rect.height() / GRID
            for col in range(GRID):
                for row in range(GRID):
                    if visible.contains(QRectF(rect.left() + col * w, rect.top() + row * h, w, h)):
                        cells.add((col, row))
        if self.seen_share() != before:
            self.seen_changed.emit(self.seen_share())

    def _update_page(self) -> None:
        if not self._pages:
            return
        middle = self.visible_scene_rect().center().y()
        index = next(
            (i for i, item in enumerate(self._pages) if middle <= item.sceneBoundingRect().bottom() + _GAP / 2),
            len(self._pages) - 1,
        )
        if index != self._page:
            self._page = index
            self.page_changed.emit(self.current_page(), self.page_count())

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        self._update_page()
        self._track()

    # -- events --------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self._zoom(_ZOOM_STEP if event.angleDelta().y() > 0 else 1 / _ZOOM_STEP)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            event.accept()
        else:
            super().wheelEvent(event)

    def event(self, event: QEvent) -> bool:
        """Ctrl+0 / Ctrl+1 are the viewer's while it has the focus (not the window's Ctrl+1 for the first screen)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_0, Qt.Key.Key_1):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif ctrl and key == Qt.Key.Key_1:
            self.actual_size()
        elif key == Qt.Key.Key_PageDown and self.page_count() > 1:
            self.next_page()
        elif key == Qt.Key.Key_PageUp and self.page_count() > 1:
            self.previous_page()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().paintEvent(event)
        self._painted = True
        self._track()  # what is painted is what is on screen

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().hideEvent(event)
        self._painted = False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.activated.emit()
        event.accept()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self._fit and self._pages:
            with self._moving():
                self.fitInView(self._page_rect(self._page), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.scale_factor())
        self._track()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._fit and self._pages:
            with self._moving():
                self.fitInView(self._page_rect(self._page), Qt.AspectRatioMode.KeepAspectRatio)
        self._track()

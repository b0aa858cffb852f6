"""A large preview of a mockup: an image or a PDF's first page, with zoom, fit and pan."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

_PDF_WIDTH = 1600  # pixels of the rendered first page (sharp enough to zoom in)
_ZOOM_STEP = 1.25


def render_pdf_first_page(data: bytes) -> QImage | None:
    """The first page of a PDF as an image, or None if it cannot be read."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None
    points = document.pagePointSize(0)
    if points.width() <= 0:
        return None
    size = QSize(_PDF_WIDTH, round(_PDF_WIDTH * points.height() / points.width()))
    image = document.render(0, size)
    document.close()
    return None if image.isNull() else image


class ImageViewer(QGraphicsView):
    """Shows one picture; Ctrl+wheel or +/- zooms, 0 fits, dragging pans."""

    zoom_changed = Signal(float)
    """The scale shown (1.0 = 100 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self.setScene(self._scene)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(self.palette().ColorRole.Dark)
        self._fit = True

    def has_image(self) -> bool:
        return not self._item.pixmap().isNull()

    def set_image(self, image: QImage | QPixmap | None) -> None:
        pixmap = QPixmap.fromImage(image) if isinstance(image, QImage) else (image or QPixmap())
        self._item.setPixmap(pixmap)
        self._scene.setSceneRect(self._item.boundingRect())
        self.fit()

    def load(self, data: bytes, media_type: str) -> bool:
        """Show an image or a PDF's first page from its bytes; False if it cannot be shown."""
        if media_type == "application/pdf" or data[:5] == b"%PDF-":
            image = render_pdf_first_page(data)
        else:
            image = QImage.fromData(data)
        self.set_image(None if image is None or image.isNull() else image)
        return self.has_image()

    def scale_factor(self) -> float:
        return self.transform().m11()

    @Slot()
    def fit(self) -> None:
        self._fit = True
        if self.has_image():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.scale_factor())

    @Slot()
    def zoom_in(self) -> None:
        self._zoom(_ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom(1 / _ZOOM_STEP)

    @Slot()
    def actual_size(self) -> None:
        self._fit = False
        self.resetTransform()
        self.zoom_changed.emit(1.0)

    def _zoom(self, factor: float) -> None:
        self._fit = False
        if 0.05 <= self.scale_factor() * factor <= 20:
            self.scale(factor, factor)
        self.zoom_changed.emit(self.scale_factor())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._zoom(_ZOOM_STEP if event.angleDelta().y() > 0 else 1 / _ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self._fit and self.has_image():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)

"""Rendering a document for the window's viewers: every page of a PDF (QtPdf) or an image, on white.

The one place the window turns a stored file into pictures: the mockup preview (:mod:`image_viewer`) and the
claim's scans (:mod:`document_viewer`) both render through :func:`render_pdf`.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter

#: All pages of a PDF together when no width is asked (about 160 MB of RGB32), and the widest page then.
PIXEL_BUDGET = 40_000_000
WIDEST = 1600


def on_white(image: QImage) -> QImage:
    """The image over a white page (a PDF page or a PNG with transparency must not show the dark backdrop)."""
    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


def render_pdf(data: bytes, limit: int, width: int | None = None) -> tuple[list[QImage], int] | None:
    """The first ``limit`` pages of a PDF on white and how many pages it has, or None if it cannot be read.

    ``width``: pixels of each rendered page; None: as sharp as :data:`PIXEL_BUDGET` allows for the pages
    rendered (at most :data:`WIDEST`, at least 400)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return None
        sizes = [document.pagePointSize(i) for i in range(min(document.pageCount(), limit))]
        if any(p.width() <= 0 or p.height() <= 0 for p in sizes):
            return None
        if width is None:
            aspect = sum(p.height() / p.width() for p in sizes)
            width = max(400, min(WIDEST, int((PIXEL_BUDGET / aspect) ** 0.5)))
        pages = []
        for i, points in enumerate(sizes):
            image = document.render(i, QSize(width, round(width * points.height() / points.width())))
            if image.isNull():
                return None
            pages.append(on_white(image))
        return pages, document.pageCount()
    finally:
        document.close()


def thumbnail(data: bytes, media_type: str, width: int) -> QImage | None:
    """A small picture of a document's first page (a PDF) or of an image, ``width`` pixels wide; None if it
    cannot be shown."""
    if media_type == "application/pdf" or data[:5] == b"%PDF-":
        rendered = render_pdf(data, 1, width)
        return rendered[0][0] if rendered else None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return on_white(image).scaledToWidth(width)

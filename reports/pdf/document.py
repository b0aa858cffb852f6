"""A CoopDesk PDF document: A4 pages with a header and a "page x of y" footer, built from a stream of flowables.

A document module builds flowables from a service read model and hands them to
:class:`ReportDocument`; it never adds numbers up itself (the services do), it only lays
them out and formats them::

    doc = ReportDocument(path, lang="ru", programme=t("programme", "ru", year=2027), title="…", period="…")
    doc.build_story(story())  # story() is a generator of flowables: built page by page, never all at once

Every page has a header (programme; title and period) and a footer (generated at;
"page x of y"), drawn by a two-pass canvas that knows the page count at the end. The
looks are in :mod:`reports.pdf.styles`, figures as text in :mod:`reports.pdf.formatting`,
tables in :mod:`reports.pdf.tables`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Table
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable

from reports.pdf.formatting import datetime_text
from reports.pdf.i18n import lang_of, t
from reports.pdf.long_table import LongTable
from reports.pdf.styles import FONT, FONT_BOLD, PALETTE, register_fonts

__all__ = ["Decorate", "FlowableStream", "KeepWithStart", "NumberedCanvas", "PartStart", "ReportDocument"]


class FlowableStream(list[Flowable]):
    """A story that pulls its flowables from an iterator as the layout needs them.

    ``BaseDocTemplate.build`` consumes a list from the front; this list refills itself from
    the iterator whenever its length is asked, keeping a short look-ahead (for
    ``keepWithNext``). A long document is thus never held as flowables all at once: each
    one is made, laid out and dropped.
    """

    def __init__(self, flowables: Iterable[Flowable], lookahead: int = 12) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(flowables)
        self._lookahead = lookahead

    def __len__(self) -> int:
        while self._source is not None and super().__len__() < self._lookahead:
            try:
                self.append(next(self._source))
            except StopIteration:
                self._source = None
        return super().__len__()

    def __bool__(self) -> bool:
        return len(self) > 0


class KeepWithStart(KeepTogether):  # type: ignore[misc]  # reportlab ships no type stubs: its classes are Any
    """``keepWithNext`` done the way documents need it: a heading stays with the *start* of what follows.

    reportlab's own KeepTogether moves a heading and a whole long table to the next page,
    leaving a half-empty page behind. This keeps the heading (and anything else marked
    keep-with-next) together with the first ``START`` points of the last flowable only,
    and lets the rest split as usual.
    """

    START = 46  # about a table header and two rows

    def split(self, aW: float, aH: float) -> list[Flowable]:  # ok-float (points)
        content = list(self._content)
        need = 0.0  # ok-float (points)
        for f in content[:-1]:
            need += f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        last = content[-1]
        need += _first_chunk(last, self.canv, aW, aH, self.START) + last.getSpaceBefore()
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        return [FrameBreak() if need > aH and not at_top else NullActionFlowable(), *content]


def _first_chunk(f: Flowable, canv: Any, aW: float, aH: float, default: float) -> float:  # ok-float (points)
    """The least of ``f`` that can start a page: a table's rows up to its first allowed split."""
    if isinstance(f, LongTable):
        return f.first_chunk_height()
    height: float = f.wrapOn(canv, aW, aH)[1]  # ok-float (points)
    if not isinstance(f, Table):
        return min(height, default)
    heights: list[float] = list(getattr(f, "_rowHeights", None) or [])  # ok-float (points)
    n = len(heights)
    lo, hi = getattr(f, "_rowSplitRange", None) or (1 + (f.repeatRows or 0), n)
    lo, hi = (lo + n if lo < 0 else lo), (hi + n if hi < 0 else hi)
    if not heights or lo > hi or lo >= n:
        return height  # it cannot split: all of it
    return sum(heights[:lo])


Decorate = Callable[[rl_canvas.Canvas, int, int], None]


class PartStart(Flowable):  # type: ignore[misc]  # reportlab ships no type stubs: its classes are Any
    """Marks the page one part of a merged document starts on (a dealer's letter or statement): ``starts`` gets
    ``(page number, code)``, so that the furniture can name each page's dealer and number the part's pages."""

    def __init__(self, starts: list[tuple[int, str]], code: str) -> None:
        super().__init__()
        self._starts, self._code = starts, code
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:  # ok-float
        return 0, 0

    def draw(self) -> None:
        self._starts.append((self.canv.getPageNumber(), self._code))


class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # reportlab ships no type stubs: its classes are Any
    """A canvas that draws each page's header and footer once the page count is known.

    Pages are kept (their content streams) until :meth:`save`, then ``decorate(canvas,
    page, pages)`` draws the furniture of every page. Memory grows with the pages, as it
    does for any reportlab document.
    """

    def __init__(self, *args: Any, decorate: Decorate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(self, self._pageNumber, pages)
            super().showPage()
        self._pages.clear()
        super().save()


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type stubs: its classes are Any
    """An A4 CoopDesk document with a header and a "page x of y" footer on every page.

    ``programme`` is the left of the header (e.g. ``t("programme", lang, year=2027)``);
    ``title`` and ``period`` its right. ``generated_at`` (default: now, local time) is printed
    in the footer. ``width`` is the width of the text frame, for tables.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        lang: str,
        programme: str,
        title: str,
        period: str = "",
        generated_at: dt.datetime | None = None,
        landscape_pages: bool = False,
        subject: str = "",
    ) -> None:
        register_fonts()
        self.lang = lang_of(lang)
        self.programme = programme
        self.doc_title = title
        self.period = period
        self.generated_at = generated_at or dt.datetime.now().astimezone()
        super().__init__(
            str(path),
            pagesize=landscape(A4) if landscape_pages else A4,
            leftMargin=16 * mm,
            rightMargin=16 * mm,
            topMargin=22 * mm,
            bottomMargin=18 * mm,
            title=f"{title} — {period}" if period else title,
            author="CoopDesk",
            creator="CoopDesk",
            subject=subject or programme,
            lang=self.lang,
            keepTogetherClass=KeepWithStart,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def build_story(self, flowables: Iterable[Flowable]) -> None:
        """Lay out ``flowables`` (a list or, better, a generator) and write the file."""
        self.build(FlowableStream(flowables), canvasmaker=partial(NumberedCanvas, decorate=self._decorate))

    def _decorate(self, c: rl_canvas.Canvas, page: int, pages: int) -> None:
        p = PALETTE
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        c.saveState()
        # header: programme on the left, title and period on the right, a rule below
        top = height - 12 * mm
        c.setFillColor(p.accent)
        c.setFont(FONT_BOLD, 8.5)
        c.drawString(left, top, _clip(self.programme, FONT_BOLD, 8.5, (right - left) * 0.48))
        c.setFont(FONT, 8.5)
        c.setFillColor(p.muted)
        right_text = f"{self.doc_title} · {self.period}" if self.period else self.doc_title
        c.drawRightString(right, top, _clip(right_text, FONT, 8.5, (right - left) * 0.5))
        c.setStrokeColor(p.accent)
        c.setLineWidth(0.6)
        c.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        # footer: generated at on the left, page x of y on the right, a rule above
        bottom = 10 * mm
        c.setStrokeColor(p.grid)
        c.setLineWidth(0.4)
        c.line(left, bottom + 3.5 * mm, right, bottom + 3.5 * mm)
        c.setFont(FONT, 7.5)
        c.setFillColor(p.muted)
        c.drawString(left, bottom, t("generated_at", self.lang, when=datetime_text(self.generated_at, self.lang)))
        c.drawRightString(right, bottom, t("page_of", self.lang, page=page, pages=pages))
        c.restoreState()


def _clip(text: str, font: str, size: float, width: float) -> str:  # ok-float (points)
    """``text`` shortened with an ellipsis to fit ``width`` (page furniture only; tables wrap instead)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"

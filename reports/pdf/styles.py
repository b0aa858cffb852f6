"""The look every CoopDesk PDF shares: fonts, colours, paragraph styles and paragraphs of user text.

* One embedded font family with Cyrillic (DejaVu Sans, shipped in ``resources/fonts``);
  tables use its condensed cut so figures fit an A4 column.
* User text (dealer names, comments, reasons) goes through :func:`para` or :func:`esc`,
  never straight into reportlab's paragraph mini-markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Spacer

from resources import font_path

__all__ = [
    "BODY_SIZE",
    "FONT",
    "FONT_BOLD",
    "FONT_ITALIC",
    "FONT_NARROW",
    "FONT_NARROW_BOLD",
    "PAD",
    "PALETTE",
    "TABLE_SIZE",
    "Palette",
    "Styles",
    "esc",
    "heading",
    "note",
    "para",
    "register_fonts",
    "spacer",
    "styles",
]

# --------------------------------------------------------------------------- fonts

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_NARROW = "DejaVuSansCondensed"
FONT_NARROW_BOLD = "DejaVuSansCondensed-Bold"

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_NARROW: "DejaVuSansCondensed.ttf",
    FONT_NARROW_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the DejaVu fonts with reportlab once per process (``<b>``/``<i>`` map to the right cuts)."""
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(
        FONT_NARROW, normal=FONT_NARROW, bold=FONT_NARROW_BOLD, italic=FONT_NARROW, boldItalic=FONT_NARROW_BOLD
    )


# --------------------------------------------------------------------------- colours and styles


@dataclass(frozen=True)
class Palette:
    ink: colors.Color = colors.HexColor("#1A1A1A")
    muted: colors.Color = colors.HexColor("#5B6573")
    accent: colors.Color = colors.HexColor("#1F3A5F")  # headings, rules
    header_bg: colors.Color = colors.HexColor("#DDE4EC")  # table headers
    zebra: colors.Color = colors.HexColor("#F3F5F8")
    total_bg: colors.Color = colors.HexColor("#E8EDF3")
    caption_bg: colors.Color = colors.HexColor("#EEF2F7")  # a group's caption band in a table
    grid: colors.Color = colors.HexColor("#C3CBD4")
    good: colors.Color = colors.HexColor("#1E6B3A")
    bad: colors.Color = colors.HexColor("#A61B1B")
    warn_bg: colors.Color = colors.HexColor("#FCEFEF")


PALETTE = Palette()

BODY_SIZE = 9
TABLE_SIZE = 7.6
PAD = 2.6  # table cell padding, left/right


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document (get them with :func:`styles`)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    lead: ParagraphStyle  # a small line under a heading, kept with what follows
    note: ParagraphStyle
    warning: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_cell_right: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    p = PALETTE
    body = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3, textColor=p.ink)
    cell = ParagraphStyle("cell", fontName=FONT_NARROW, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2, textColor=p.ink)
    head = ParagraphStyle("head_cell", parent=cell, fontName=FONT_NARROW_BOLD, textColor=p.accent)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, textColor=p.accent, spaceAfter=4
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11, leading=14, textColor=p.muted, spaceAfter=10),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            textColor=p.accent,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=p.accent,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11.5, spaceBefore=5, spaceAfter=2, keepWithNext=1
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        lead=ParagraphStyle(
            "lead", parent=body, fontSize=7.5, leading=9.5, textColor=p.muted, spaceAfter=3, keepWithNext=1
        ),
        note=ParagraphStyle("note", parent=body, fontName=FONT_ITALIC, fontSize=8, leading=10, textColor=p.muted),
        warning=ParagraphStyle(
            "warning", parent=body, fontName=FONT_BOLD, textColor=p.bad, backColor=p.warn_bg, borderPadding=4
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_NARROW_BOLD),
        cell_bold_right=ParagraphStyle("cell_bold_right", parent=cell, fontName=FONT_NARROW_BOLD, alignment=TA_RIGHT),
        head_cell=head,
        head_cell_right=ParagraphStyle("head_cell_right", parent=head, alignment=TA_RIGHT),
    )


# --------------------------------------------------------------------------- paragraphs


def esc(text: object) -> str:
    """``text`` made safe for reportlab's paragraph mini-markup (``&``, ``<``, ``>`` escaped)."""
    return escape("" if text is None else str(text))


def para(text: object, style: ParagraphStyle | None = None, *, markup: str | None = None) -> Paragraph:
    """A paragraph of user text, escaped (``<b>`` in a dealer's name stays text).

    Newlines become line breaks. ``markup`` is trusted markup with one ``{}`` where the
    escaped text goes, e.g. ``para(name, markup="<b>{}</b>")``.
    """
    body = esc(text).replace("\n", "<br/>")
    return Paragraph(markup.format(body) if markup else body, style or styles().body)


def heading(text: object, level: int = 1) -> Paragraph:
    """A section heading (levels 1–3); kept with what follows it."""
    s = styles()
    return para(text, {1: s.h1, 2: s.h2, 3: s.h3}[level])


def note(text: object) -> Paragraph:
    return para(text, styles().note)


def spacer(height_mm: float = 3) -> Spacer:  # ok-float (a layout distance, not money)
    return Spacer(1, height_mm * mm)

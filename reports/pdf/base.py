"""What every CoopDesk PDF shares: fonts, styles, page furniture, tables and text helpers.

A document module builds flowables from a service read model and hands them to
:class:`ReportDocument`; it never adds numbers up itself (the services do), it only lays
them out and formats them::

    doc = ReportDocument(path, lang="ru", programme=t("programme", "ru", year=2027), title="…", period="…")
    doc.build_story(story())  # story() is a generator of flowables: built page by page, never all at once

Rules kept here so that every document follows them:

* One embedded font family with Cyrillic (DejaVu Sans, shipped in ``resources/fonts``);
  tables use its condensed cut so figures fit an A4 column.
* User text (dealer names, comments, reasons) goes through :func:`para` or :func:`esc`,
  never straight into reportlab's paragraph mini-markup.
* Money through :func:`money` (``coop_desk.money.format_money``), dates through :func:`date_text`.
* Tables through :func:`data_table`: right-aligned numbers, a light grid, zebra rows, the
  header repeated on every page, rows never cut across pages, and cells that wrap instead
  of overflowing.
* Every page has a header (programme; title and period) and a footer (generated at;
  "page x of y"), drawn by a two-pass canvas that knows the page count at the end.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, get_currency_precision
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable
from reportlab.platypus.tables import LINECOMMANDS, CellStyle

from coop_desk.money import format_money, format_percent
from reports.pdf.i18n import lang_of, t
from resources import font_path

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FONT_ITALIC",
    "FONT_NARROW",
    "FONT_NARROW_BOLD",
    "PALETTE",
    "Block",
    "Column",
    "FastTable",
    "FlowableStream",
    "NumberedCanvas",
    "ReportDocument",
    "Styles",
    "data_table",
    "date_text",
    "datetime_text",
    "esc",
    "heading",
    "key_value_table",
    "long_table",
    "money",
    "money_formatter",
    "note",
    "number",
    "para",
    "percent",
    "rate_text",
    "rows_as_blocks",
    "register_fonts",
    "spacer",
    "styles",
    "wrap_text",
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


# --------------------------------------------------------------------------- text helpers


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


def money(amount: Decimal | None, currency: str, lang: str) -> str:
    """An amount for people (``12 500,50 €`` / ``€12,500.50``); ``—`` when there is none.

    The text is exactly :func:`coop_desk.money.format_money`'s. A long report formats
    tens of thousands of amounts and Babel takes ~0.1 ms for each, so the layout of
    ``format_money``'s output for the currency and language is learned once from that
    function itself (prefix, group and decimal separators, suffix, for positive and
    negative amounts) and checked against it on sample amounts; only when every sample
    agrees are further amounts laid out the same way. Otherwise, and for zero, it calls
    ``format_money``.
    """
    if amount is None:
        return "—"
    return money_formatter(currency, lang)(amount)


@cache
def money_formatter(currency: str, lang: str) -> Callable[[Decimal | None], str]:
    """:func:`money` for one currency and language, ready to call many times (``m = money_formatter("EUR", "ru")``)."""
    code = lang_of(lang)
    layout = _money_layout(currency, code)
    zero = format_money(Decimal("0.00"), currency, code)

    def formatted(amount: Decimal | None) -> str:
        if amount is None:
            return "—"
        if not amount:
            return zero if not amount.is_signed() else format_money(amount, currency, code)
        return layout.format(amount) if layout is not None else format_money(amount, currency, code)

    return formatted


@dataclass(frozen=True)
class _MoneyLayout:
    digits: int  # decimal places of the currency
    group: str
    decimal: str
    plus: tuple[str, str]  # prefix and suffix of a positive amount
    minus: tuple[str, str]  # … of a negative one

    def format(self, amount: Decimal) -> str:
        q = amount.quantize(Decimal(1).scaleb(-self.digits), rounding=ROUND_HALF_UP)
        sign = q.is_signed()
        whole, frac = divmod(abs(int(q.scaleb(self.digits))), 10**self.digits)
        text = f"{whole:,}".replace(",", self.group)
        if self.digits:
            text += self.decimal + str(frac).zfill(self.digits)
        prefix, suffix = self.minus if sign and q else self.plus
        return prefix + text + suffix


_MONEY_SAMPLES = ("0.01", "0.5", "7", "999.99", "1000", "12500.5", "99999.995", "1234567.89", "100000000.01")


@cache
def _money_layout(currency: str, lang: str) -> _MoneyLayout | None:
    digits = get_currency_precision(currency)
    probe = Decimal(1234567) + Decimal("0.123456789").quantize(Decimal(1).scaleb(-digits), rounding=ROUND_DOWN)
    shape = re.compile(r"(\D*?)1(?P<g>\D+)234(?P=g)567(?:(\D+)(\d+))?(\D*)")
    plus = shape.fullmatch(format_money(probe, currency, lang))
    minus = shape.fullmatch(format_money(-probe, currency, lang))
    if plus is None or minus is None or plus.group(2) != minus.group(2) or plus.group(3) != minus.group(3):
        return None
    layout = _MoneyLayout(
        digits, plus.group(2), plus.group(3) or "", (plus.group(1), plus.group(5)), (minus.group(1), minus.group(5))
    )
    samples = [Decimal(x) for x in _MONEY_SAMPLES]
    if any(layout.format(x) != format_money(x, currency, lang) for x in samples + [-x for x in samples]):
        return None
    return layout


def number(n: int, lang: str) -> str:
    """A count with the locale's grouping (``12 345`` / ``12,345``)."""
    return format_decimal(n, locale=lang_of(lang))


def percent(rate: Decimal | None, lang: str, decimals: int = 2) -> str:
    """A rate as a percentage (``coop_desk.money.format_percent``): ``50 %``, ``16,67 %``; ``—`` when none."""
    return "—" if rate is None else _percent(rate, lang_of(lang), decimals)


@lru_cache(maxsize=4096)
def _percent(rate: Decimal, lang: str, decimals: int) -> str:
    return format_percent(rate, lang, decimals)  # a report has few distinct rates and formats them thousands of times


def date_text(d: dt.date | None, lang: str) -> str:
    """``31.03.2027`` (ru) / ``31 Mar 2027`` (en); ``—`` when there is none."""
    if d is None:
        return "—"
    if isinstance(d, dt.datetime):
        d = d.date()
    code = lang_of(lang)
    return format_date(d, "dd.MM.yyyy" if code == "ru" else "d MMM yyyy", locale=code)


def datetime_text(moment: dt.datetime, lang: str) -> str:
    """``05.04.2027 10:12`` (ru) / ``5 Apr 2027, 10:12`` (en), in the moment's own time zone."""
    code = lang_of(lang)
    return format_datetime(moment, "dd.MM.yyyy HH:mm" if code == "ru" else "d MMM yyyy, HH:mm", locale=code)


def rate_text(other_brands: int | None, base: Decimal, lang: str) -> str:
    """R6's rate with its reason: ``50 % (own brand only)``, ``50 % / 3 brands`` (``50 % / 3 бренда``)."""
    if other_brands is None:
        return t("rate.unknown", lang)
    base_text = percent(base, lang)
    if other_brands == 0:
        return t("rate.own_brand", lang, percent=base_text)
    n = other_brands + 1
    key = "rate.brands_many"
    if lang_of(lang) == "ru" and n % 100 not in (11, 12, 13, 14):
        key = {1: "rate.brands_one", 2: "rate.brands", 3: "rate.brands", 4: "rate.brands"}.get(n % 10, key)
    return t(key, lang, base=base_text, brands=n)


# --------------------------------------------------------------------------- tables

Cell: TypeAlias = "str | Flowable | None"


@dataclass(frozen=True)
class Column:
    """A table column: its header, its share of the table's width, and how its cells align.

    ``numeric`` columns are right-aligned (money, counts, rates); text that does not fit
    a cell is wrapped onto more lines, never cut or drawn over the next cell.
    """

    title: str
    weight: float = 1  # ok-float (a share of the page width, not money)
    numeric: bool = False
    align: str = ""  # "LEFT", "RIGHT" or "CENTER"; default: RIGHT when numeric, else LEFT

    @property
    def alignment(self) -> str:
        return self.align or ("RIGHT" if self.numeric else "LEFT")


def wrap_text(text: str, font: str, size: float, width: float) -> str:  # ok-float (points)
    """``text`` broken into lines (``\\n``) that fit ``width``: at spaces, or inside a word too long for a line.

    Tables use plain strings rather than paragraphs for speed (a long report has tens of
    thousands of cells); this gives them the paragraph's wrapping without its cost.
    """
    if "\n" not in text and pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    lines: list[str] = []
    for raw in text.split("\n"):
        if pdfmetrics.stringWidth(raw, font, size) <= width:
            lines.append(raw)
            continue
        line = ""
        for word in raw.split():
            candidate = f"{line} {word}" if line else word
            if pdfmetrics.stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while pdfmetrics.stringWidth(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and pdfmetrics.stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


class FastTable(Table):
    """reportlab's ``Table``, drawing its plain-text cells through one text object per table.

    ``Canvas.drawString`` makes a text object for every string; a report of 20,000 claims
    draws some 150,000 cell strings, and that alone took a third of its time. The cells are
    placed exactly as ``Table._drawCell`` places them (alignment, padding, valign, leading);
    anything else (flowables in cells, shaping, links) is drawn by ``Table`` itself.
    """

    _text: Any = None
    _text_font: tuple[str, float, float] | None = None
    _text_color: Any = None
    _own_styles = False

    def __init__(self, data: Any, *args: Any, cellStyles: Any = None, **kwargs: Any) -> None:  # noqa: N803
        self._own_styles = cellStyles is None  # reportlab makes a style per cell; given ones may be shared
        super().__init__(data, *args, cellStyles=cellStyles, **kwargs)

    def _addCommand(self, cmd: Any) -> None:  # noqa: N802
        """Cell-style commands (FONT, ALIGN, …) change this table's cells only: shared styles are copied first."""
        if not self._own_styles and cmd[0] not in _NON_CELL_COMMANDS and cmd[0] not in _LINE_COMMANDS:
            styles_: list[list[CellStyle]] = vars(self)["_cellStyles"]
            self._cellStyles = [[_own_copy(style) for style in row] for row in styles_]
            self._own_styles = True
        super()._addCommand(cmd)

    def draw(self) -> None:
        self._text = None
        super().draw()
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]) -> None:  # noqa: N802
        if cellval == "":
            return
        kind = cellstyle.__dict__.get("_fast_kind")
        if kind is None:  # once per style object: styles do not change while a table is drawn
            kind = cellstyle._fast_kind = _fast_kind(cellstyle)
        if not kind or not isinstance(cellval, str):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        text = self._text
        if text is None:
            text = self._text = self.canv.beginText()
            self._text_font = self._text_color = None
        font = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        if font != self._text_font:
            text.setFont(*font)
            self._text_font = font
        if cellstyle.color is not self._text_color:
            text.setFillColor(cellstyle.color)
            self._text_color = cellstyle.color
        colpos, rowpos = pos
        colwidth, rowheight = size
        lines = cellval.split("\n")
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        if cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
        elif cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            y = (
                rowpos
                + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + len(lines) * leading) / 2
                - fontsize
            )
        for line in lines:
            if kind == "L":
                x = colpos + cellstyle.leftPadding
            else:
                w = pdfmetrics.stringWidth(line, cellstyle.fontname, fontsize)
                if kind == "R":
                    x = colpos + colwidth - cellstyle.rightPadding - w
                else:
                    x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5 - w * 0.5
            text.setTextOrigin(x, y)
            text._textOut(line)  # as textOut, without measuring the string again to move the cursor
            y -= leading


_FAST_ALIGN = {"LEFT": "L", "RIGHT": "R", "CENTER": "C", "CENTRE": "C"}
_NON_CELL_COMMANDS = frozenset({"BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT", "ROUNDEDCORNERS"})
_LINE_COMMANDS = frozenset(LINECOMMANDS)


def _own_copy(style: CellStyle) -> CellStyle:
    out = copy.copy(style)
    out.__dict__.pop("_fast_kind", None)
    return out


def _fast_kind(style: CellStyle) -> str:
    """ "L", "R" or "C" when FastTable can draw a cell of this style itself, else "" (reportlab draws it)."""
    if (
        style.valign not in ("TOP", "BOTTOM", "MIDDLE")
        or getattr(style, "direction", None)
        or getattr(style, "shaping", None)
        or style.href
        or style.destination
    ):
        return ""
    return _FAST_ALIGN.get(style.alignment, "")


# --------------------------------------------------------------------------- cell styles
#
# Every cell's font, colour, alignment and padding is set by a shared, prebuilt CellStyle
# instead of TableStyle commands: reportlab applies such a command cell by cell, and
# re-applies all of them to the rest of a table each time the table splits across a page,
# which made long tables quadratic. Tables built here therefore only get commands that
# are not cell styles (backgrounds, lines, spans), and their row heights are computed here.

CAPTION_SIZE = 8.6
NOTE_SIZE = 7
_BODY_TOP, _BODY_BOTTOM = 1.8, 2.2


class _Cell(CellStyle):
    fontname = FONT_NARROW
    fontsize = TABLE_SIZE
    leading = TABLE_SIZE * 1.2
    leftPadding = PAD
    rightPadding = PAD
    topPadding = _BODY_TOP
    bottomPadding = _BODY_BOTTOM
    valign = "TOP"


@cache
def _style(kind: str, align: str = "LEFT", size: float = TABLE_SIZE) -> CellStyle:  # ok-float (points)
    """The shared cell style of a kind of row: header, body, total, caption or note."""
    register_fonts()
    p = PALETTE
    c = _Cell(f"{kind}-{align}-{size}")
    c.alignment = align
    c.color = p.ink
    if kind == "header":
        c.fontname, c.fontsize, c.leading, c.color, c.valign = FONT_NARROW_BOLD, size, size * 1.2, p.accent, "BOTTOM"
    elif kind == "total":
        c.fontname = FONT_NARROW_BOLD
    elif kind == "caption":
        c.fontname, c.fontsize, c.leading, c.color = FONT_BOLD, CAPTION_SIZE, CAPTION_SIZE * 1.2, p.accent
        c.topPadding, c.bottomPadding = 4, 2
    elif kind == "note":
        c.fontname, c.fontsize, c.leading, c.color = FONT_NARROW, NOTE_SIZE, NOTE_SIZE * 1.2, p.muted
        c.topPadding, c.bottomPadding = 4.8, 2
    return c


@dataclass
class _Row:
    cells: list[Cell]
    kind: str  # header, body, total, caption
    styles: list[CellStyle]
    height: float  # ok-float (points)
    warn: bool = False


def _cell_height(value: Cell, style: CellStyle, width: float) -> float:  # ok-float (points)
    if isinstance(value, str):
        return style.leading * (value.count("\n") + 1) + style.topPadding + style.bottomPadding
    if value is None:
        return style.leading + style.topPadding + style.bottomPadding
    _, h = value.wrap(width - style.leftPadding - style.rightPadding, 10_000)
    return h + style.topPadding + style.bottomPadding


def _fit(value: Cell, width: float, style: CellStyle) -> Cell:  # ok-float
    """A cell: plain strings are wrapped to the column's width (never drawn over the next cell)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    return wrap_text(value, style.fontname, style.fontsize, width - style.leftPadding - style.rightPadding)


def _row(kind: str, values: Sequence[Cell], columns: Sequence[Column], widths: list[float], span: int = 1) -> _Row:
    """A body or total row: cells wrapped to their columns, its height measured. ``span``: the first cell's columns."""
    if len(values) != len(columns):
        raise ValueError(f"a row has {len(values)} cells for {len(columns)} columns")
    cells: list[Cell] = []
    styles_: list[CellStyle] = []
    height = 0.0  # ok-float (points)
    for i, (value, c) in enumerate(zip(values, columns, strict=True)):
        style = _style(kind, c.alignment)
        w = sum(widths[:span]) if i == 0 else widths[i]
        cell = _fit(value, w, style) if not (span > 1 and 0 < i < span) else ""
        cells.append(cell)
        styles_.append(style)
        height = max(height, _cell_height(cell, style, w))
    return _Row(cells, kind, styles_, height)


def _header_row(columns: Sequence[Column], widths: list[float]) -> _Row:
    """The header: wrapped by words; a header with a word too long for its column is set smaller."""
    cells: list[Cell] = []
    styles_: list[CellStyle] = []
    height = 0.0  # ok-float (points)
    for c, w in zip(columns, widths, strict=True):
        room = w - 2 * PAD
        if isinstance(c.title, str):
            words = c.title.split()
            longest = max((pdfmetrics.stringWidth(x, FONT_NARROW_BOLD, TABLE_SIZE) for x in words), default=0)
            size = TABLE_SIZE if longest <= room else max(5.5, math.floor(TABLE_SIZE * room / longest * 20) / 20)
            style = _style("header", c.alignment, size)
            cell: Cell = wrap_text(c.title, FONT_NARROW_BOLD, size, room)
        else:
            style, cell = _style("header", c.alignment), c.title
        cells.append(cell)
        styles_.append(style)
        height = max(height, _cell_height(cell, style, w))
    return _Row(cells, "header", styles_, height)


def _caption_row(caption: str, note: str, n_columns: int, widths: list[float], span: int) -> _Row:
    """A group's caption (bold, left) with a note (small, muted, right) across the table."""
    span = n_columns if not note else max(1, min(span, n_columns - 1))
    cap_w, note_w = sum(widths[:span]), sum(widths[span:])
    cap_style, note_style = _style("caption"), _style("note", "RIGHT")
    cap = wrap_text(caption, FONT_BOLD, CAPTION_SIZE, cap_w - 2 * PAD)
    cells: list[Cell] = [cap, *[""] * (span - 1)]
    styles_ = [cap_style] * span
    height = _cell_height(cap, cap_style, cap_w)
    if note:
        text = wrap_text(note, FONT_NARROW, NOTE_SIZE, note_w - 2 * PAD)
        cells += [text, *[""] * (n_columns - span - 1)]
        styles_ += [note_style] * (n_columns - span)
        height = max(height, _cell_height(text, note_style, note_w))
    row = _Row(cells, "caption", styles_, height)
    row.span = span  # type: ignore[attr-defined]
    return row


def _table(
    rows: list[_Row],
    widths: list[float],
    *,
    zebra: bool,
    total_span: int,
    repeat: int,
    split_range: tuple[int, int] | None = None,
    space_before: float = 0,  # ok-float (points)
    nosplit: Sequence[tuple[int, int]] = (),
) -> FastTable:
    """A FastTable of prepared rows: only background, line and span commands, heights given."""
    p = PALETTE
    n = len(rows)
    cmds: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), 0.5, p.grid)]
    zebra_on = False
    run_start: int | None = None
    for i, row in enumerate(rows):
        kind = row.kind
        if kind == "header":
            cmds += [("BACKGROUND", (0, i), (-1, i), p.header_bg), ("LINEBELOW", (0, i), (-1, i), 0.8, p.accent)]
        elif kind == "caption":
            span = getattr(row, "span", len(widths))
            cmds += [("BACKGROUND", (0, i), (-1, i), p.caption_bg), ("LINEABOVE", (0, i), (-1, i), 0.6, p.accent)]
            cmds.append(("SPAN", (0, i), (span - 1, i)))
            if span < len(widths):
                cmds.append(("SPAN", (span, i), (-1, i)))
        elif kind == "total":
            cmds += [("BACKGROUND", (0, i), (-1, i), p.total_bg), ("LINEABOVE", (0, i), (-1, i), 0.8, p.accent)]
            if total_span > 1:
                cmds.append(("SPAN", (0, i), (total_span - 1, i)))
        elif zebra and zebra_on:
            cmds.append(("BACKGROUND", (0, i), (-1, i), p.zebra))
        if kind == "body":
            zebra_on = not zebra_on
            if row.warn:
                cmds.append(("BACKGROUND", (0, i), (-1, i), p.warn_bg))
        else:
            zebra_on = False
        # the grid: vertical lines within runs of body and total rows, a hairline under every row
        if kind in ("body", "total", "header"):
            run_start = i if run_start is None else run_start
        if run_start is not None and (i == n - 1 or rows[i + 1].kind == "caption"):
            cmds.append(("INNERGRID", (0, run_start), (-1, i), 0.25, p.grid))
            run_start = None
        cmds.append(("LINEBELOW", (0, i), (-1, i), 0.25, p.grid))
    cmds += [("NOSPLIT", (0, a), (-1, b)) for a, b in nosplit]
    return FastTable(
        [r.cells for r in rows],
        colWidths=widths,
        rowHeights=[r.height for r in rows],
        style=cmds,
        cellStyles=[r.styles for r in rows],
        repeatRows=repeat,
        splitByRow=1,
        splitInRow=0,
        rowSplitRange=split_range,
        hAlign="LEFT",
        spaceBefore=space_before,
    )


def data_table(
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    width: float,  # ok-float (points)
    *,
    totals: Iterable[Sequence[Cell]] = (),
    total_label_span: int = 1,
    zebra: bool = True,
    highlight: Iterable[int] = (),
    keep_first: int = 2,
    keep_last: int = 2,
    caption: str = "",
    caption_note: str = "",
    space_before: float = 0,  # ok-float (points)
) -> Table:
    """A finance table: header repeated on each page, zebra rows, light grid, rows never cut.

    ``rows`` and ``totals`` hold already formatted cells (strings or flowables), one per
    column; text wraps within its column. ``totals`` rows come last, in bold over a tinted
    band, their first cell spread over ``total_label_span`` columns (leave the cells it
    covers empty). ``highlight`` gives the indexes (0-based, among ``rows``) of rows to tint
    as warnings. ``caption`` (bold) and ``caption_note`` (small, muted, on the right) make a
    band above the header, repeated with it on every page. A table splits across pages only
    between rows, never leaving fewer than ``keep_first`` body rows under the header on a
    page nor fewer than ``keep_last`` body rows above the totals; a short table therefore
    moves whole to the next page. For tables of thousands of rows use :func:`long_table`.
    """
    widths = _widths(columns, width)
    head: list[_Row] = []
    if caption or caption_note:
        head.append(_caption_row(caption, caption_note, len(columns), widths, max(1, len(columns) // 2)))
    head.append(_header_row(columns, widths))
    body = [_row("body", r, columns, widths) for r in rows]
    for i in highlight:
        body[i].warn = True
    total_rows = [_row("total", r, columns, widths, total_label_span) for r in totals]
    all_rows = [*head, *body, *total_rows]
    h, n_body, n = len(head), len(body), len(all_rows)
    lo = h + min(keep_first, n_body)
    hi = n - len(total_rows) - min(keep_last, n_body)
    return _table(
        all_rows,
        widths,
        zebra=zebra,
        total_span=total_label_span,
        repeat=h,
        split_range=(lo, hi),
        space_before=space_before,
    )


@dataclass(frozen=True)
class Block:
    """Rows of a :func:`long_table` kept on one page when they fit: a group with its caption and subtotal."""

    rows: Sequence[Sequence[Cell]] = ()
    caption: str = ""  # bold, on the left, above the rows
    note: str = ""  # small and muted, on the right of the caption
    totals: Sequence[Sequence[Cell]] = ()  # subtotal rows, below the rows
    highlight: Sequence[int] = ()  # indexes of rows to tint as warnings


class LongTable(Flowable):
    """A table of any length, laid out a page at a time from a stream of blocks.

    Each page gets its own table with the header on top, filled with as many whole blocks
    as fit (a block taller than a page is cut between rows). Blocks are pulled from their
    iterator only as pages are filled, so a table of 20,000 rows is never held whole, and
    laying it out costs the same for every page (reportlab's own table re-processes the
    rest of a long table at every page break).
    """

    def __init__(
        self,
        columns: Sequence[Column],
        blocks: Iterable[Block],
        width: float,  # ok-float (points)
        *,
        caption_span: int | None = None,
        total_label_span: int = 1,
        totals: Sequence[Sequence[Cell]] = (),
        zebra: bool = True,
        space_before: float = 0,  # ok-float (points)
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self.widths = _widths(self.columns, width)
        self.width = width
        self._blocks: Iterator[Block] | None = iter(blocks)
        self._pending: list[list[_Row]] = []
        self._header = _header_row(self.columns, self.widths)
        self._caption_span = caption_span or max(1, len(self.columns) // 2)
        self._total_span = total_label_span
        self._totals = list(totals)
        self._zebra = zebra
        self.spaceBefore = space_before

    # -- preparing rows --------------------------------------------------------------------------
    def _prepare(self, block: Block) -> list[_Row]:
        rows: list[_Row] = []
        if block.caption or block.note:
            rows.append(_caption_row(block.caption, block.note, len(self.columns), self.widths, self._caption_span))
        for i, values in enumerate(block.rows):
            row = _row("body", values, self.columns, self.widths)
            row.warn = i in block.highlight
            rows.append(row)
        rows += [_row("total", v, self.columns, self.widths, self._total_span) for v in block.totals]
        return rows

    def _next(self) -> list[_Row] | None:
        if self._pending:
            return self._pending.pop(0)
        while self._blocks is not None:
            try:
                block = next(self._blocks)
            except StopIteration:
                self._blocks = None
                if self._totals:
                    rows = [_row("total", v, self.columns, self.widths, self._total_span) for v in self._totals]
                    self._totals = []
                    return rows
                return None
            rows = self._prepare(block)
            if rows:
                return rows
        return None

    def _push_back(self, rows: list[_Row]) -> None:
        self._pending.insert(0, rows)

    # -- the flowable ----------------------------------------------------------------------------
    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # ok-float (points)
        return self.width, 10**7  # always ask to be split: each page takes what fits

    def first_chunk_height(self) -> float:  # ok-float (points)
        """The least that can start a page: the header and the first block (or its first rows)."""
        rows = self._next()
        if rows is None:
            return 0
        self._push_back(rows)
        return self._header.height + sum(r.height for r in rows[:4])

    def split(self, aW: float, aH: float) -> list[Flowable]:  # ok-float (points)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        full = frame._height - frame._topPadding - frame._bottomPadding if frame is not None else aH
        room = aH - self._header.height
        page: list[_Row] = []
        used = 0.0  # ok-float (points)
        while True:
            rows = self._next()
            if rows is None:
                break
            height = sum(r.height for r in rows)
            if used + height <= room:
                page += rows
                used += height
                continue
            # it does not fit: it starts the next page, unless it is taller than a page anyway (then it is
            # cut between rows here, leaving at least three rows on this page)
            k = 0
            while k < len(rows) and used + rows[k].height <= room:
                used += rows[k].height
                k += 1
            taller_than_a_page = height > full - self._header.height
            if (page or not at_top) and not (taller_than_a_page and k >= min(3, len(rows))):
                self._push_back(rows)
                break
            k = max(k, 1)  # on an empty page at least one row goes, or nothing ever would
            page += rows[:k]
            self._push_back(rows[k:])
            break
        if not page:
            if self._exhausted():  # a table with no rows at all: its header alone
                return [_table([self._header], self.widths, zebra=False, total_span=1, repeat=1)]
            return []
        table = _table(
            [self._header, *page],
            self.widths,
            zebra=self._zebra,
            total_span=self._total_span,
            repeat=1,
            space_before=self.spaceBefore,
            nosplit=[],
        )
        self.spaceBefore = 0
        self.__dict__.pop("_postponed", None)  # the rest is a new flowable to reportlab: it may wait a page again
        return [table] if self._exhausted() else [table, self]

    def _exhausted(self) -> bool:
        rows = self._next()
        if rows is None:
            return True
        self._push_back(rows)
        return False

    def draw(self) -> None:  # pragma: no cover - always split into tables first
        raise RuntimeError("a LongTable is drawn through the tables it splits into")


def long_table(
    columns: Sequence[Column],
    blocks: Iterable[Block],
    width: float,  # ok-float (points)
    *,
    caption_span: int | None = None,
    total_label_span: int = 1,
    totals: Sequence[Sequence[Cell]] = (),
    zebra: bool = True,
    space_before: float = 0,  # ok-float (points)
) -> LongTable:
    """A table of any length from a stream of :class:`Block` (one row each, or a captioned group).

    The header repeats at the top of every page; a block stays on one page when it fits;
    ``totals`` rows close the table. ``caption_span`` columns hold a block's caption, the
    rest its note. Use it in a story like any flowable (not inside another table).
    """
    return LongTable(
        columns,
        blocks,
        width,
        caption_span=caption_span,
        total_label_span=total_label_span,
        totals=totals,
        zebra=zebra,
        space_before=space_before,
    )


def rows_as_blocks(rows: Iterable[Sequence[Cell]], highlight: Callable[[int], bool] | None = None) -> Iterator[Block]:
    """One block per row (for a long table without groups)."""
    for i, row in enumerate(rows):
        yield Block(rows=(row,), highlight=(0,) if highlight and highlight(i) else ())


def _widths(columns: Sequence[Column], width: float) -> list[float]:  # ok-float (points)
    total = sum(c.weight for c in columns)
    return [width * c.weight / total for c in columns]


def key_value_table(
    rows: Sequence[tuple[str, Cell]],
    width: float,  # ok-float (points)
    *,
    label_share: float = 0.62,  # ok-float
    emphasize: Iterable[int] = (),
    numeric: bool = True,
) -> Table:
    """A cover or summary block: label on the left, value on the right (right-aligned when ``numeric``).

    ``emphasize`` gives the indexes of rows set in bold over a line (totals).
    """
    s = styles()
    label_w, value_w = width * label_share, width * (1 - label_share)
    align = "RIGHT" if numeric else "LEFT"
    data = []
    for label, value in rows:
        label_cell: Cell = label if pdfmetrics.stringWidth(label, FONT, BODY_SIZE) <= label_w - 8 else para(label)
        if isinstance(value, str) and pdfmetrics.stringWidth(value, FONT, BODY_SIZE) > value_w - 8:
            value = para(value, ParagraphStyle("kv", parent=s.body, alignment=TA_RIGHT if numeric else TA_LEFT))
        data.append([label_cell, value if value is not None else ""])
    p = PALETTE
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, BODY_SIZE * 1.3),
        ("TEXTCOLOR", (0, 0), (0, -1), p.muted),
        ("TEXTCOLOR", (1, 0), (1, -1), p.ink),
        ("ALIGN", (1, 0), (1, -1), align),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, p.grid),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, p.accent),
    ]
    for i in emphasize:
        cmds += [
            ("FONT", (0, i), (-1, i), FONT_BOLD, BODY_SIZE, BODY_SIZE * 1.3),
            ("TEXTCOLOR", (0, i), (-1, i), p.ink),
            ("BACKGROUND", (0, i), (-1, i), p.total_bg),
            ("LINEABOVE", (0, i), (-1, i), 0.8, p.accent),
        ]
    return FastTable(data, colWidths=[label_w, value_w], style=TableStyle(cmds), hAlign="LEFT", splitByRow=1)


# --------------------------------------------------------------------------- the document


class FlowableStream(list):  # type: ignore[type-arg]
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


class KeepWithStart(KeepTogether):
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
    height = f.wrapOn(canv, aW, aH)[1]
    if not isinstance(f, Table):
        return min(height, default)
    heights = list(getattr(f, "_rowHeights", None) or [])
    n = len(heights)
    lo, hi = getattr(f, "_rowSplitRange", None) or (1 + (f.repeatRows or 0), n)
    lo, hi = (lo + n if lo < 0 else lo), (hi + n if hi < 0 else hi)
    if not heights or lo > hi or lo >= n:
        return height  # it cannot split: all of it
    return sum(heights[:lo])


Decorate = Callable[[rl_canvas.Canvas, int, int], None]


class NumberedCanvas(rl_canvas.Canvas):
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


class ReportDocument(BaseDocTemplate):
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

"""Rows of the table engine: cells wrapped to their columns, shared cell styles, heights measured, one table made.

Used by :mod:`reports.pdf.tables` and :mod:`reports.pdf.long_table`; documents use those.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.tables import CellStyle

from reports.pdf.fast_table import FastTable
from reports.pdf.styles import FONT_BOLD, FONT_NARROW, FONT_NARROW_BOLD, PAD, PALETTE, TABLE_SIZE, register_fonts

if TYPE_CHECKING:
    from reports.pdf.tables import Cell, Column

__all__ = [
    "CAPTION_SIZE",
    "NOTE_SIZE",
    "Row",
    "caption_row",
    "column_widths",
    "header_row",
    "make_row",
    "row_table",
    "wrap_text",
]


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


class _Cell(CellStyle):  # type: ignore[misc]  # reportlab ships no type stubs: its classes are Any
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
class Row:
    cells: list[Cell]
    kind: str  # header, body, total, caption
    styles: list[CellStyle]
    height: float  # ok-float (points)
    warn: bool = False


def _cell_height(value: Cell, style: CellStyle, width: float) -> float:  # ok-float (points)
    leading: float = style.leading  # ok-float (points)
    top: float = style.topPadding  # ok-float (points)
    bottom: float = style.bottomPadding  # ok-float (points)
    if isinstance(value, str):
        return leading * (value.count("\n") + 1) + top + bottom
    if value is None:
        return leading + top + bottom
    h: float  # ok-float (points)
    _, h = value.wrap(width - style.leftPadding - style.rightPadding, 10_000)
    return h + top + bottom


def _fit(value: Cell, width: float, style: CellStyle) -> Cell:  # ok-float
    """A cell: plain strings are wrapped to the column's width (never drawn over the next cell)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    return wrap_text(value, style.fontname, style.fontsize, width - style.leftPadding - style.rightPadding)


def make_row(kind: str, values: Sequence[Cell], columns: Sequence[Column], widths: list[float], span: int = 1) -> Row:
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
    return Row(cells, kind, styles_, height)


def header_row(columns: Sequence[Column], widths: list[float]) -> Row:
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
    return Row(cells, "header", styles_, height)


def caption_row(caption: str, note: str, n_columns: int, widths: list[float], span: int) -> Row:
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
    row = Row(cells, "caption", styles_, height)
    row.span = span  # type: ignore[attr-defined]
    return row


def row_table(
    rows: list[Row],
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


def column_widths(columns: Sequence[Column], width: float) -> list[float]:  # ok-float (points)
    total = sum(c.weight for c in columns)
    return [width * c.weight / total for c in columns]

"""The table engine every CoopDesk PDF uses: columns, finance tables, long tables, key–value blocks.

Tables through :func:`data_table` (or :func:`long_table` for thousands of rows): right-aligned
numbers, a light grid, zebra rows, the header repeated on every page, rows never cut across
pages, and cells that wrap instead of overflowing. The rows are prepared in
:mod:`reports.pdf.table_rows` and drawn by :class:`reports.pdf.fast_table.FastTable`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table, TableStyle

from reports.pdf.fast_table import FastTable
from reports.pdf.long_table import LongTable
from reports.pdf.styles import BODY_SIZE, FONT, FONT_BOLD, PALETTE, para, styles
from reports.pdf.table_rows import Row, caption_row, column_widths, header_row, make_row, row_table

__all__ = ["Block", "Cell", "Column", "data_table", "key_value_table", "long_table", "rows_as_blocks"]

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
    widths = column_widths(columns, width)
    head: list[Row] = []
    if caption or caption_note:
        head.append(caption_row(caption, caption_note, len(columns), widths, max(1, len(columns) // 2)))
    head.append(header_row(columns, widths))
    body = [make_row("body", r, columns, widths) for r in rows]
    for i in highlight:
        body[i].warn = True
    total_rows = [make_row("total", r, columns, widths, total_label_span) for r in totals]
    all_rows = [*head, *body, *total_rows]
    h, n_body, n = len(head), len(body), len(all_rows)
    lo = h + min(keep_first, n_body)
    hi = n - len(total_rows) - min(keep_last, n_body)
    return row_table(
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

"""The table engine's table of any length, laid out a page at a time (see :func:`reports.pdf.tables.long_table`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from reports.pdf.table_rows import Row, caption_row, column_widths, header_row, make_row, row_table

if TYPE_CHECKING:
    from reports.pdf.tables import Block, Cell, Column

__all__ = ["LongTable"]


class LongTable(Flowable):  # type: ignore[misc]  # reportlab ships no type stubs: its classes are Any
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
        self.widths = column_widths(self.columns, width)
        self.width = width
        self._blocks: Iterator[Block] | None = iter(blocks)
        self._pending: list[list[Row]] = []
        self._header = header_row(self.columns, self.widths)
        self._caption_span = caption_span or max(1, len(self.columns) // 2)
        self._total_span = total_label_span
        self._totals = list(totals)
        self._zebra = zebra
        self.spaceBefore = space_before

    # -- preparing rows --------------------------------------------------------------------------
    def _prepare(self, block: Block) -> list[Row]:
        rows: list[Row] = []
        if block.caption or block.note:
            rows.append(caption_row(block.caption, block.note, len(self.columns), self.widths, self._caption_span))
        for i, values in enumerate(block.rows):
            row = make_row("body", values, self.columns, self.widths)
            row.warn = i in block.highlight
            rows.append(row)
        rows += [make_row("total", v, self.columns, self.widths, self._total_span) for v in block.totals]
        return rows

    def _next(self) -> list[Row] | None:
        if self._pending:
            return self._pending.pop(0)
        while self._blocks is not None:
            try:
                block = next(self._blocks)
            except StopIteration:
                self._blocks = None
                if self._totals:
                    rows = [make_row("total", v, self.columns, self.widths, self._total_span) for v in self._totals]
                    self._totals = []
                    return rows
                return None
            rows = self._prepare(block)
            if rows:
                return rows
        return None

    def _push_back(self, rows: list[Row]) -> None:
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
        page: list[Row] = []
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
                return [row_table([self._header], self.widths, zebra=False, total_span=1, repeat=1)]
            return []
        table = row_table(
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

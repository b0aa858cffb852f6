"""reportlab's table, drawing plain-text cells fast: what every table of the table engine is drawn by."""

from __future__ import annotations

import copy
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Table
from reportlab.platypus.tables import LINECOMMANDS, CellStyle

__all__ = ["FastTable"]


class FastTable(Table):  # type: ignore[misc]  # reportlab ships no type stubs: its classes are Any
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

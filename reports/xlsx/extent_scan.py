"""A sheet's extent: the rectangle a reader allocates for a worksheet part, found by a streaming XML scan.

calamine allocates the whole rectangle a sheet spans, and a two-cell file with ``A1`` and ``XFD1048576``
aborted the process. Every sheet is parsed as XML (expat, :func:`sheet_extent`), not matched by a pattern,
so ``r='XFD1048576'``, ``r = "…"``, ``x:c`` and ``&#88;FD…`` are all seen; its ``<dimension>`` counts too.
:func:`checked_scan` refuses a sheet beyond the :class:`~reports.xlsx.limits.Limits`. Also here: A1
references (:func:`split_ref`, :func:`cell_ref`).
"""

from __future__ import annotations

import functools
import re
from xml.parsers import expat

from coop_desk.text import Text
from reports.xlsx.limits import Limits, Unreadable

__all__ = ["cell_ref", "checked_scan", "sheet_extent", "split_ref"]


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


class _TooFar(Exception):
    """A sheet reaches beyond the limits: ``(what, where)``, e.g. ``("cell", "XFD1048576")``."""


_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")  # an attribute's value, already parsed by expat
_KINDS = {"c": 1, "row": 2, "dimension": 3}  # the elements the scan looks at, by local name
_CHUNK = 64 * 1024


class _ExtentScan:
    """The streaming scan behind :func:`sheet_extent`: expat (the XML parser of the standard library,
    C code) calls back for every start tag, with the attributes as XML reads them: quoted with ``"`` or
    ``'``, spaces around ``=``, character references resolved. Tags are matched by local name (``x:c`` is
    a cell), as calamine does. A DOCTYPE or an entity declaration is refused (no entity is ever
    expanded), and the scan stops at the first reference beyond the limits.

    Only start tags are seen (half the callbacks): a cell may hold a value when another element starts
    before the next cell or row does (its <v>, <is> or <f>; within <sheetData> nothing else can)."""

    def __init__(self, limits: Limits | None) -> None:
        self.limits = limits
        self.row = 0  # the current row (its r, or the one after the previous)
        self.col = 0  # the last cell's column in the current row
        self.valued_rows = 0  # the furthest row / column of a cell that may hold a value
        self.valued_cols = 0
        self.row_refs = 0  # the largest row r
        self.rows_without = 0  # rows and cells written without r: each may push the extent by one
        self.cells_without = 0
        self.cell: tuple[int, int, str] | None = None  # the last <c> with r, until it shows a child
        self.dimension = (0, 0)
        self.errors = False  # a cell of type error (t="e", a formula's #DIV/0!): see WorkbookValues

    def start(self, name: str, attrs: dict[str, str]) -> None:
        kind = _KINDS.get(name) or _KINDS.get(name.rpartition(":")[2], 0)
        if kind == 1:  # <c>
            if attrs.get("t") == "e":
                self.errors = True
            ref = attrs.get("r")
            if ref is None:
                self.cell = None
                self.cells_without += 1
                self.col += 1
                self._check("")
            else:
                self.cell = cell = _parse_ref(ref)
                self.col = cell[1]
        elif kind == 2:  # <row>
            self.cell = None
            ref = attrs.get("r")
            if ref is None:
                self.rows_without += 1
                self.row += 1
            elif ref.isdigit() and ref.isascii():
                self.row = row = int(ref)
                if row > self.row_refs:
                    self.row_refs = row
            else:
                raise _BadRef(ref)
            self.col = 0
            if self.cells_without:
                self._check("")
        elif self.cell is not None:  # the cell's first child: it may hold a value
            row, col, ref = self.cell
            self.cell = None
            if row > self.valued_rows:
                self.valued_rows = row
            if col > self.valued_cols:
                self.valued_cols = col
            if self.limits is not None and (row > self.limits.max_sheet_rows or col > self.limits.max_sheet_columns):
                raise _TooFar("cell", ref)
        elif kind == 3:
            self._dimension(attrs.get("ref", "").strip())

    def _dimension(self, ref: str) -> None:
        try:
            rows, cols, _ = _parse_ref(ref.rpartition(":")[2])
        except _BadRef:
            return  # a reader refuses a range it cannot read; nothing is allocated for it
        self.dimension = (max(self.dimension[0], rows), max(self.dimension[1], cols))
        if self.limits is not None and (rows > self.limits.max_sheet_rows or cols > self.limits.max_sheet_columns):
            raise _TooFar("range", ref)

    def extent(self) -> tuple[int, int]:
        rows, cols = self.valued_rows, self.valued_cols
        if self.cells_without:
            rows = max(rows, self.row_refs) + self.rows_without
            cols += self.cells_without
        return rows, cols

    def _check(self, ref: str) -> None:
        limits = self.limits
        if limits is None:
            return
        rows, cols = self.extent()
        if rows > limits.max_sheet_rows or cols > limits.max_sheet_columns:
            raise _TooFar("cell", ref or cell_ref(rows, cols))


class _BadRef(Exception):
    """A cell or row reference that is not one (``r="1A"``, ``r="A0"``)."""


@functools.lru_cache(maxsize=1 << 16)  # the same references come back in every file of a batch
def _parse_ref(ref: str) -> tuple[int, int, str]:
    """A cell reference's (row, column, reference) (``"C14"`` → 14, 3, "C14"), any letter case."""
    match = _REF.fullmatch(ref.strip())
    if not match or int(match.group(2)) < 1:
        raise _BadRef(ref)
    return int(match.group(2)), _column_number(match.group(1).encode("ascii")), ref


def _refuse_declarations(*_args: object) -> None:
    raise Unreadable(Text("a sheet declares a DOCTYPE or an entity, which workbooks never do"))


_CONTROL_BYTES = bytes.maketrans(bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]), b" " * (9 + 2 + 0x20 - 0x0E))


def _scan(xml: bytes, limits: Limits | None) -> _ExtentScan:
    """Run the scan over a worksheet part; raises _TooFar, _BadRef, Unreadable or ExpatError.

    The cells are parsed inside a wrapper element, so that a fragment (rows without a <worksheet>) reads
    as a document too (the XML declaration, if any, goes first, as XML requires). The scan stops after
    the last mention of ``sheetData``: readers take cells from <sheetData> only, and what follows
    (merged cells, validations, page set-up) may be long.
    """
    scan = _ExtentScan(limits)
    parser = expat.ParserCreate()
    parser.StartElementHandler = scan.start
    parser.StartDoctypeDeclHandler = _refuse_declarations
    parser.EntityDeclHandler = _refuse_declarations
    parser.ExternalEntityRefHandler = _refuse_declarations  # type: ignore[assignment]
    if xml[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: read as text (expat is then given UTF-8)
        text = xml.decode("utf-16")
        if text.startswith("<?xml"):
            text = text[text.index("?>") + 2 :]
        body = text.encode("utf-8")
    else:
        body = xml
        if body.lstrip(b"\xef\xbb\xbf").startswith(b"<?xml"):
            declaration_end = body.index(b"?>") + 2
            parser.Parse(body[:declaration_end])
            body = body[declaration_end:]
    # Control characters are not XML, but readers take them, and the importers clean them out of the text
    # (reports.xlsx.cells.clean_text): the scan, which only counts cells, reads them as spaces.
    body = body.translate(_CONTROL_BYTES)
    last = body.rfind(b"sheetData")
    if last >= 0:
        close = body.find(b">", last)
        body = body[: close + 1] if close >= 0 else body
    parser.Parse(b"<coopdesk-sheet>")
    for start in range(0, len(body), _CHUNK):
        parser.Parse(body[start : start + _CHUNK])
    if last < 0:
        parser.Parse(b"</coopdesk-sheet>", True)
    return scan


def sheet_extent(xml: bytes) -> tuple[int, int]:
    """(rows, columns) of the rectangle a reader allocates for this worksheet XML: up to the last cell
    that may hold a value (empty self-closing cells, often only formatting, are not counted), plus one row
    or column for every row or cell written without a reference (its position is implied)."""
    return _scan(xml, None).extent()


def checked_scan(xml: bytes, title: str, limits: Limits) -> _ExtentScan:
    """The sheet's scan, refused beyond ``limits`` (its declared range, a cell, or rows × columns)."""
    sheet = Text("the sheet «{sheet}»", sheet=title)
    bounds = {"rows": _n(limits.max_sheet_rows), "columns": _n(limits.max_sheet_columns)}
    try:
        scan = _scan(xml, limits)
    except _TooFar as exc:
        what, where = exc.args
        if what == "range":
            reason = Text(
                "{sheet} declares the range {range}, beyond the {rows} rows × {columns} columns CoopDesk reads",
                sheet=sheet,
                range=_shown(where),
                **bounds,
            )
        else:
            reason = Text(
                "{sheet} has a cell at {cell}, beyond the {rows} rows × {columns} columns CoopDesk reads",
                sheet=sheet,
                cell=_shown(where),
                **bounds,
            )
        raise Unreadable(reason) from None
    except _BadRef as exc:
        raise Unreadable(
            Text("{sheet} has a malformed cell reference ({ref})", sheet=sheet, ref=_shown(exc.args[0]))
        ) from None
    except expat.ExpatError as exc:
        raise Unreadable(
            Text("{sheet} is not valid XML ({error})", sheet=sheet, error=expat.errors.messages[exc.code])
        ) from None
    rows, cols = scan.extent()
    if rows * cols > limits.max_sheet_cells:
        raise Unreadable(
            Text(
                "{sheet} spans {rows} rows × {columns} columns, more than the {limit} cells CoopDesk reads",
                sheet=sheet,
                rows=_n(rows),
                columns=_n(cols),
                limit=_n(limits.max_sheet_cells),
            )
        )
    return scan


def _shown(text: str) -> str:
    """A reference from a file as shown in a message: one line, at most 40 characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= 40 else text[:39] + "…"


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def split_ref(ref: str) -> tuple[int, int]:
    """``"C14"`` → (14, 3)."""
    match = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?([0-9]+)", ref.strip())
    if not match:
        raise ValueError(f"not a cell reference: {ref!r}")
    return int(match.group(2)), _column_number(match.group(1).encode())


def cell_ref(row: int, column: int) -> str:
    """(14, 3) → ``"C14"``."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"

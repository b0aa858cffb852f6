"""Opening an untrusted workbook: refuse anything that is not a readable .xlsx/.xlsm, quickly and in one line.

Every workbook that comes back from a dealer or an agency goes through :func:`check_file` first. It reads
the file once (so its sha256 is of exactly the bytes that are parsed), recognises what the file really is
by its first bytes, and inflates every zip entry itself, with limits, before any reader sees it:

* not a file, or empty; larger than ``Limits.max_file_bytes`` (20 MB);
* not an xlsx/xlsm zip: old .xls (OLE2), OpenDocument .ods, .xlsb, CSV/text, PDF, an image, …;
* password-protected (an OLE2 file holding an ``EncryptedPackage`` stream, or an encrypted zip entry);
* a zip bomb: more than 200 MB uncompressed in all, an entry inflating more than 100 times (above 1 MB),
  more than 10,000 entries, or an entry that inflates to more than the size its header declares;
* a broken zip (bad CRC, truncated data), an XML part with a DOCTYPE (entity expansion attacks);
* a sheet reaching beyond ``Limits.max_sheet_rows`` × ``max_sheet_columns`` (20,000 × 200: our templates
  use a few hundred rows and under 20 columns) or spanning more than ``max_sheet_cells`` (2,000,000):
  calamine allocates the whole rectangle, and a two-cell file with ``A1`` and ``XFD1048576`` aborted the
  process. Every sheet is parsed as XML (expat, :func:`sheet_extent`), not matched by a pattern, so
  ``r='XFD1048576'``, ``r = "…"``, ``x:c`` and ``&#88;FD…`` are all seen; its ``<dimension>`` counts too.
  ``check_file(path, sheets=[…])`` checks a file for a quick look at those sheets only.

As defence in depth the importers read dealer files in a reader process (:mod:`reports.xlsx.isolated`).

Only then does a reader parse it: :func:`read_values` (python-calamine where installed, ~1 ms for a
template; openpyxl otherwise) or :func:`open_workbook` (openpyxl, ``data_only=True``). Any exception from
either becomes ``not a readable workbook: <short reason>``. A refusal is a :class:`WorkbookRefused`, whose
text names the file: ``draft_D014.xls: an Excel 97–2003 workbook (.xls), not .xlsx: …``.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import posixpath
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

from coop_desk.errors import CoopDeskError, Problem
from coop_desk.text import Text

__all__ = [
    "DEFAULT_LIMITS",
    "FAULT_VARIABLE",
    "CheckedFile",
    "Limits",
    "SheetValues",
    "WorkbookRefused",
    "WorkbookValues",
    "check_file",
    "open_workbook",
    "read_limited",
    "read_values",
]

MB = 1024 * 1024
_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_SAVE_AS = Text("open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)")


@dataclass(frozen=True)
class Limits:
    """What an incoming workbook may be. Override per call (tests use tiny limits)."""

    max_file_bytes: int = 20 * MB
    max_uncompressed_bytes: int = 200 * MB
    max_ratio: int = 100
    ratio_floor_bytes: int = 1 * MB  # an entry smaller than this inflated may have any ratio
    max_entries: int = 10_000
    # A sheet's extent (its <dimension>, its furthest cell): our templates use a few hundred rows and
    # fewer than 20 columns; an agency's report may be longer. calamine allocates the whole rectangle.
    max_sheet_rows: int = 20_000
    max_sheet_columns: int = 200
    max_sheet_cells: int = 2_000_000


DEFAULT_LIMITS = Limits()
#: Tests only: a reader given a file of this name aborts the process (see reports.xlsx.isolated).
FAULT_VARIABLE = "COOPDESK_READER_FAULT"


class WorkbookRefused(CoopDeskError):
    """The file cannot be read as a workbook; ``reason`` says why in one line, ``str()`` names the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason  # a coop_desk.text.Text: the window translates it
        super().__init__(Problem(self.path.name, reason))


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed every check: its bytes (parse these, not the path again) and their sha256."""

    path: Path
    data: bytes = field(repr=False)
    sha256: str
    extents: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)  # worksheet part → size
    date1904: bool = False  # the workbook counts serial dates from 1904 (Excel for Mac's old default)
    only: frozenset[str] | None = None  # checked for a quick look at these sheets only (case-folded names)
    formula_errors: frozenset[str] = frozenset()  # the worksheet parts holding a formula error cell (t="e")

    @property
    def max_extent(self) -> tuple[int, int]:
        """The largest (rows, columns) of any sheet: a bound for readers that would pad rows."""
        return max((r for r, _ in self.extents.values()), default=0), max(
            (c for _, c in self.extents.values()), default=0
        )


# -- recognising the file ----------------------------------------------------------------------------
def _what_is(data: bytes) -> str | None:
    """What a non-zip file is, in words, or None if unrecognised."""
    head = data[:4096]
    if head.startswith(_OLE2):
        return None  # handled by the caller (encrypted or .xls)
    signatures = (
        (b"%PDF", Text("a PDF document, not a workbook")),
        (b"\x89PNG", Text("a PNG image, not a workbook")),
        (b"\xff\xd8\xff", Text("a JPEG image, not a workbook")),
        (b"GIF8", Text("a GIF image, not a workbook")),
        (b"II*\x00", Text("a TIFF image, not a workbook")),
        (b"MM\x00*", Text("a TIFF image, not a workbook")),
        (b"Rar!", Text("a RAR archive, not a workbook")),
        (b"7z\xbc\xaf\x27\x1c", Text("a 7-Zip archive, not a workbook")),
        (b"\x1f\x8b", Text("a gzip archive, not a workbook")),
        (b"{\\rtf", Text("an RTF document, not a workbook")),
    )
    for magic, words in signatures:
        if head.startswith(magic):
            return words
    if head.startswith(b"BM") and len(head) > 14:
        return Text("a BMP image, not a workbook")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Text("a WebP image, not a workbook")
    text = _as_text(head)
    if text is None:
        return None
    low = text.lstrip("\ufeff \t\r\n").lower()
    if low.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in low:
        return Text("an Excel 2003 XML spreadsheet, not .xlsx: {save_as}", save_as=_SAVE_AS)
    if low.startswith(("<!doctype html", "<html")) or "<html" in low[:512]:
        return Text("a web page (HTML), not a workbook: {save_as}", save_as=_SAVE_AS)
    if low.startswith("<?xml") or low.startswith("<"):
        return Text("an XML or text file, not a workbook")
    lines = [ln for ln in text.splitlines()[:5] if ln.strip()]
    if lines and all(any(sep in ln for sep in ",;\t") for ln in lines):
        return Text("a CSV or text file, not a workbook: {save_as}", save_as=_SAVE_AS)
    return Text("a text file, not a workbook")


def _as_text(head: bytes) -> str | None:
    """The sample as text if it reads as mostly printable UTF-16 (with a BOM), UTF-8 or cp1251."""
    candidates = ("utf-16",) if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8", "cp1251")
    if b"\x00" in head and candidates != ("utf-16",):
        return None
    for encoding in candidates:
        # A cut through a multi-byte character at the end of the sample is not binary data.
        text = head.decode(encoding, errors="ignore") if encoding == "utf-16" else None
        if text is None:
            try:
                text = head.decode(encoding)
            except UnicodeDecodeError:
                try:
                    text = head[:-4].decode(encoding)
                except UnicodeDecodeError:
                    continue
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        if text and printable / len(text) > 0.95:
            return text
    return None


def _utf16(name: str) -> bytes:
    """A stream name as an OLE2 directory entry spells it."""
    return name.encode("utf-16-le")


def _ole2_reason(data: bytes) -> str:
    """An OLE2 (compound) file: a password-protected xlsx, an old .xls, or a Word/other document.
    (The stream names are looked for as the directory spells them, in UTF-16LE, in any case.)"""
    data = data.lower()
    if _utf16("encryptedpackage") in data or _utf16("encryptioninfo") in data:
        return Text(
            "password-protected (encrypted): remove the password in Excel (File › Info › Protect) and send it again"
        )
    if _utf16("workbook") in data or _utf16("book") in data:
        return Text("an Excel 97–2003 workbook (.xls), not .xlsx: {save_as}", save_as=_SAVE_AS)
    if _utf16("worddocument") in data:
        return Text("a Word document (.doc), not a workbook")
    return Text("an old Microsoft Office file (OLE2), not an .xlsx workbook: {save_as}", save_as=_SAVE_AS)


def _zip_kind(zf: zipfile.ZipFile) -> str | None:
    """Why this zip is not an xlsx/xlsm, or None if it looks like one."""
    names = {n.lower(): n for n in zf.namelist()}
    if "mimetype" in names:
        try:
            mimetype = zf.read(names["mimetype"])[:100].decode("ascii", "replace").strip()
        except Exception:
            mimetype = ""
        if "opendocument.spreadsheet" in mimetype:
            return Text(
                "an OpenDocument spreadsheet (.ods), not .xlsx: in LibreOffice use File › Save As › Excel (.xlsx)"
            )
        return Text("an OpenDocument file, not a workbook")
    if "xl/workbook.bin" in names:
        return Text("an Excel binary workbook (.xlsb), not .xlsx: {save_as}", save_as=_SAVE_AS)
    if any(n.startswith("word/") for n in names):
        return Text("a Word document (.docx), not a workbook")
    if any(n.startswith("ppt/") for n in names):
        return Text("a PowerPoint presentation (.pptx), not a workbook")
    if "[content_types].xml" not in names or not any(n.endswith(".xml") and "workbook" in n for n in names):
        return Text("a zip archive, not an Excel workbook")
    return None


# -- the zip entries -----------------------------------------------------------------------------
def _inflate(data: bytes, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """One entry's content, inflated by hand: never more than it declares, and checked against its CRC."""
    offset = info.header_offset
    header = data[offset : offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise _Unreadable(Text("the zip entry {entry} is damaged", entry=info.filename))
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    start = offset + 30 + name_len + extra_len
    raw = data[start : start + info.compress_size]
    if len(raw) < info.compress_size:
        raise _Unreadable(Text("the file is cut short (zip entry {entry} is incomplete)", entry=info.filename))
    if info.compress_type == zipfile.ZIP_STORED:
        out = raw
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
        try:
            out = inflater.decompress(raw, info.file_size + 1)
        except zlib.error as exc:
            raise _Unreadable(
                Text("the zip entry {entry} is damaged ({error})", entry=info.filename, error=str(exc))
            ) from None
        if len(out) > info.file_size:
            raise _Unreadable(
                Text("the zip entry {entry} is damaged (it inflates to more than it declares)", entry=info.filename)
            )
    else:
        raise _Unreadable(
            Text(
                "the zip entry {entry} uses an unsupported compression ({method})",
                entry=info.filename,
                method=str(info.compress_type),
            )
        )
    if len(out) != info.file_size or zlib.crc32(out) != info.CRC:
        raise _Unreadable(Text("the zip entry {entry} is damaged (size or CRC does not match)", entry=info.filename))
    if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        ratio = str(info.file_size // max(info.compress_size, 1))
        raise _Bomb(Text("the zip entry {entry} inflates {ratio} times", entry=info.filename, ratio=ratio))
    return out


class _Unreadable(Exception):
    pass


class _Bomb(Exception):
    pass


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


class _TooFar(Exception):
    """A sheet reaches beyond the limits: ``(what, where)``, e.g. ``("cell", "XFD1048576")``."""


_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")  # an attribute's value, already parsed by expat
#: What calamine reads of a workbook besides the sheet asked for (the parts a quick look is checked for).
_BOOK_PARTS = frozenset({"[content_types].xml", "workbook.xml", "sharedstrings.xml", "styles.xml"})
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
    raise _Unreadable(Text("a sheet declares a DOCTYPE or an entity, which workbooks never do"))


_CONTROL_BYTES = bytes.maketrans(bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]), b" " * (9 + 2 + 0x20 - 0x0E))


def _scan(xml: bytes, limits: Limits | None) -> _ExtentScan:
    """Run the scan over a worksheet part; raises _TooFar, _BadRef, _Unreadable or ExpatError.

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


def _sheet_parts(parts: dict[str, bytes], names: dict[str, str]) -> set[str]:
    """The worksheet parts a reader may load: every one in a sheets folder plus every sheet the workbook's
    relationships point to (calamine reads xl/_rels/workbook.xml.rels, openpyxl follows _rels/.rels).
    ``parts`` holds the relationship parts; ``names`` maps every entry's lower-case name to its name."""
    found = {n for n in names.values() if re.search(r"(work|chart|dialog|macro)sheets?/[^/]+\.xml$", n, re.I)}
    rels_files = {"xl/_rels/workbook.xml.rels"}
    for rel_type, target in _relationships(parts.get(names.get("_rels/.rels", ""), b"")):
        if rel_type.endswith("/officeDocument"):
            wb = _resolve("", target)
            rels_files.add(posixpath.join(posixpath.dirname(wb), "_rels", posixpath.basename(wb) + ".rels").lower())
    for rels in rels_files:
        base = posixpath.dirname(posixpath.dirname(rels))
        for rel_type, target in _relationships(parts.get(names.get(rels, ""), b"")):
            if rel_type.rsplit("/", 1)[-1].lower() in {"worksheet", "chartsheet", "dialogsheet", "xlmacrosheet"}:
                path = names.get(_resolve(base, target).lower())
                if path:
                    found.add(path)
    return found


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(base, target))


def _relationships(xml: bytes) -> tuple[tuple[str, str], ...]:
    """(Type, Target) of each relationship in a .rels part."""
    return tuple((rel_type, target) for rel_type, target, _id in _rels_of(xml))


@functools.lru_cache(maxsize=256)  # the same few parts in every file of a batch (and three uses per file)
def _rels_of(xml: bytes) -> tuple[tuple[str, str, str], ...]:
    """(Type, Target, Id) of each relationship in a .rels part (a pure function of its bytes)."""
    if not xml:
        return ()
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise _Unreadable(Text("a relationships part is not valid XML ({error})", error=str(exc))) from None
    return tuple(
        (el.get("Type", ""), el.get("Target", ""), el.get("Id", ""))
        for el in root.iter()
        if el.tag.endswith("Relationship")
    )


@functools.lru_cache(maxsize=256)
def _sheet_ids(book: bytes) -> tuple[tuple[str, str], ...]:
    """(relationship id, sheet name) of each sheet a workbook part lists (a pure function of its bytes)."""
    return tuple(
        (rid, el.get("name", ""))
        for el in ElementTree.fromstring(book).iter()
        if el.tag.rpartition("}")[2] == "sheet"
        for key, rid in el.attrib.items()
        if key.rpartition("}")[2] == "id"
    )


def _check_zip(
    data: bytes, limits: Limits, only: frozenset[str] | None = None
) -> tuple[dict[str, tuple[int, int]], bool, frozenset[str]]:
    """Every check of a zip; returns each worksheet part's extent (rows, columns), whether the workbook
    uses the 1904 date system and the worksheet parts that hold a formula error cell. With ``only``
    (sheet names, case-folded), the sheets not named and the parts that are not XML are left alone."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error) as exc:
        raise _Unreadable(Text("the zip structure is damaged ({error})", error=_short(exc))) from None
    if len(infos) > limits.max_entries:
        raise _Bomb(Text("it has {count} zip entries", count=str(len(infos))))
    total = sum(i.file_size for i in infos)
    if total > limits.max_uncompressed_bytes:
        raise _Bomb(Text("it would inflate to {size} MB", size=str(total // MB)))
    if any(i.flag_bits & 0x1 for i in infos):
        raise _Encrypted()
    kind = _zip_kind(zf)
    if kind:
        raise _Other(kind)
    files = [i for i in infos if not i.is_dir()]
    names = {i.filename.lower(): i.filename for i in files}
    rels = {i.filename: _inflate_xml(data, i, limits) for i in files if i.filename.lower().endswith(".rels")}
    sheets = _sheet_parts(rels, names)
    book = _workbook_part(rels, names)
    date1904 = False
    titles = _sheet_titles(data, zf, rels, names, limits)
    extents: dict[str, tuple[int, int]] = {}
    errors: set[str] = set()
    for info in files:
        if info.filename in rels:
            continue
        if only is not None and (
            titles.get(info.filename, "").strip().casefold() not in only
            if info.filename in sheets
            else posixpath.basename(info.filename.lower()) not in _BOOK_PARTS
        ):
            continue  # a quick look at one sheet: calamine reads the workbook's parts and that sheet only
        content = _inflate_xml(data, info, limits)
        if info.filename == book:
            date1904 = bool(_DATE1904.search(content))
        if info.filename in sheets:
            scan = _checked_scan(content, titles.get(info.filename, info.filename), limits)
            extents[info.filename] = scan.extent()
            if scan.errors:
                errors.add(info.filename)
    return extents, date1904, frozenset(errors)


_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](?:1|true)[\"']", re.I)


def _workbook_part(parts: dict[str, bytes], names: dict[str, str]) -> str:
    """The workbook part's entry name (where the date system is declared): the officeDocument of
    _rels/.rels, else xl/workbook.xml."""
    for rel_type, target in _relationships(parts.get(names.get("_rels/.rels", ""), b"")):
        if rel_type.endswith("/officeDocument"):
            return names.get(_resolve("", target).lower(), "")
    return names.get("xl/workbook.xml", "")


def _checked_scan(xml: bytes, title: str, limits: Limits) -> _ExtentScan:
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
        raise _Unreadable(reason) from None
    except _BadRef as exc:
        raise _Unreadable(
            Text("{sheet} has a malformed cell reference ({ref})", sheet=sheet, ref=_shown(exc.args[0]))
        ) from None
    except expat.ExpatError as exc:
        raise _Unreadable(
            Text("{sheet} is not valid XML ({error})", sheet=sheet, error=expat.errors.messages[exc.code])
        ) from None
    rows, cols = scan.extent()
    if rows * cols > limits.max_sheet_cells:
        raise _Unreadable(
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


def _sheet_titles(
    data: bytes, zf: zipfile.ZipFile, rels: dict[str, bytes], names: dict[str, str], limits: Limits
) -> dict[str, str]:
    """Each worksheet part's sheet name (from xl/workbook.xml and its relationships), for the messages."""
    try:
        for rels_name, content in rels.items():
            if not rels_name.lower().endswith("_rels/workbook.xml.rels"):
                continue
            base = posixpath.dirname(posixpath.dirname(rels_name))
            book = names.get(posixpath.join(base, "workbook.xml").lower())
            if book is None:
                continue
            targets = {rid: names.get(_resolve(base, target).lower(), "") for _type, target, rid in _rels_of(content)}
            sheets = _sheet_ids(_inflate_xml(data, zf.getinfo(book), limits))
            return {targets[rid]: name for rid, name in sheets if targets.get(rid)}
    except (ElementTree.ParseError, KeyError, _Unreadable, _Bomb, zipfile.BadZipFile):
        pass  # the full check says what is wrong; the messages then name the part
    return {}


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _inflate_xml(data: bytes, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """An entry's content; an XML part must not declare a DOCTYPE (entity expansion)."""
    content = _inflate(data, info, limits)
    if info.filename.lower().endswith((".xml", ".rels", ".vml")) and (
        b"<!DOCTYPE" in content[:4096].upper() or b"<!DOCTYPE" in content
    ):
        raise _Unreadable(Text("{entry} declares a DOCTYPE, which workbooks never do", entry=info.filename))
    return content


class _Encrypted(Exception):
    pass


class _Other(Exception):
    pass


def _reason(exc: BaseException) -> str:
    """The Text an internal refusal (_Bomb, _Other, _Unreadable) was raised with."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"


def read_limited(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of an incoming file, read once and at most ``limits.max_file_bytes`` of them; raises
    :class:`WorkbookRefused` for what is not a non-empty regular file within the limit (the same for
    every format: .xlsx here, .ods in :mod:`reports.xlsx.ods`)."""
    try:
        if not path.exists():
            raise WorkbookRefused(path, Text("no such file"))
        if not path.is_file():
            raise WorkbookRefused(path, Text("not a file"))
        size = path.stat().st_size
        if size == 0:
            raise WorkbookRefused(path, Text("the file is empty"))
        if size > limits.max_file_bytes:
            raise WorkbookRefused(
                path,
                Text(
                    "too large ({size} MB; the limit is {limit} MB)",
                    size=f"{size / MB:.1f}",
                    limit=f"{limits.max_file_bytes / MB:.0f}",
                ),
            )
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise WorkbookRefused(path, Text("cannot be read: {error}", error=exc.strerror or _short(exc))) from None
    if len(data) > limits.max_file_bytes:
        raise WorkbookRefused(path, Text("too large (more than {limit} MB)", limit=f"{limits.max_file_bytes / MB:.0f}"))
    if not data:
        raise WorkbookRefused(path, Text("the file is empty"))
    return data


def check_file(
    path: Path | str, limits: Limits = DEFAULT_LIMITS, *, sheets: Iterable[str] | None = None
) -> CheckedFile:
    """Read ``path`` once and check it as above; raises :class:`WorkbookRefused` with the reason.

    ``sheets`` (names) checks a file for a quick look at those sheets only (the identification glance
    of a batch): the size, the zip, the workbook's own parts and the named sheets' extents; the other
    sheets are not checked, so :meth:`WorkbookValues.sheet` refuses to load them from this file.
    """
    only = None if sheets is None else frozenset(name.strip().casefold() for name in sheets)
    path = Path(path)
    data = read_limited(path, limits)
    if data.startswith(_OLE2):
        raise WorkbookRefused(path, _ole2_reason(data))
    if not data.startswith(_ZIP_MAGIC):
        raise WorkbookRefused(path, _what_is(data) or Text("not an Excel workbook (its content is not recognised)"))
    try:
        extents, date1904, errors = _check_zip(data, limits, only)
    except _Bomb as exc:
        raise WorkbookRefused(path, Text("refused as a zip bomb: {reason}", reason=_reason(exc))) from None
    except _Encrypted:
        raise WorkbookRefused(path, Text("password-protected (an encrypted zip): send it without a password")) from None
    except _Other as exc:
        raise WorkbookRefused(path, _reason(exc)) from None
    except _Unreadable as exc:
        raise WorkbookRefused(path, Text("not a readable workbook: {reason}", reason=_reason(exc))) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a reader bug on hostile input is a refusal, never a traceback
        raise WorkbookRefused(path, Text("not a readable workbook: {reason}", reason=_short(exc))) from None
    return CheckedFile(path, data, hashlib.sha256(data).hexdigest(), extents, date1904, only, errors)


def _checked(source: Path | str | CheckedFile, limits: Limits) -> CheckedFile:
    return source if isinstance(source, CheckedFile) else check_file(source, limits)


# -- reading -------------------------------------------------------------------------------------
def open_workbook(source: Path | str | CheckedFile, *, read_only: bool = True, limits: Limits = DEFAULT_LIMITS) -> Any:
    """The workbook as an openpyxl ``Workbook`` (``data_only=True``: cached values, not formulas).

    ``read_only=True`` (the default) is faster (a 200-row template: 18 ms against 26 ms) and enough for
    reading values row by row; pass ``read_only=False`` for random access, merged cells or validations.
    """
    checked = _checked(source, limits)
    if checked.only is not None:
        raise ValueError("open_workbook needs a fully checked file (check_file without sheets=)")
    try:
        import openpyxl

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(
                io.BytesIO(checked.data), read_only=read_only, data_only=True, keep_links=False
            )
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        raise WorkbookRefused(checked.path, Text("not a readable workbook: {reason}", reason=_short(exc))) from None


@dataclass
class SheetValues:
    """One sheet's cell values from A1: text, int/float (never money yet), dates, bools; blank is None."""

    name: str
    visibility: str  # "visible", "hidden" or "veryHidden"
    rows: list[list[object]]
    date1904: bool = False  # serial numbers in date columns count from 1904 (reports.xlsx.cells.parse_date)

    @property
    def max_row(self) -> int:
        return len(self.rows)

    @property
    def max_column(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, column: int) -> object:
        """The value at 1-based ``row``, ``column`` (None outside the used area)."""
        if row < 1 or column < 1 or row > len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[column - 1] if column <= len(cells) else None

    def at(self, ref: str) -> object:
        """The value at an A1 reference such as ``"C14"``."""
        row, column = split_ref(ref)
        return self.value(row, column)


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


class WorkbookValues:
    """The values of a checked workbook, sheet by sheet, loaded when first asked for."""

    def __init__(self, checked: CheckedFile, engine: str) -> None:
        self.checked = checked
        self.engine = engine
        self._sheets: dict[str, SheetValues] = {}
        self._book: Any = None
        self._openpyxl: Any = None  # for a calamine workbook holding formula errors
        self._visibility: dict[str, str] = {}
        self._open()

    @property
    def path(self) -> Path:
        return self.checked.path

    @property
    def sheet_names(self) -> list[str]:
        return list(self._visibility)

    def visibility(self, name: str) -> str:
        return self._visibility[name]

    def find(self, *names: str) -> str | None:
        """The actual name of the first sheet matching one of ``names`` (case and outer spaces ignored)."""
        wanted = [n.strip().casefold() for n in names]
        for want in wanted:
            for actual in self._visibility:
                if actual.strip().casefold() == want:
                    return actual
        return None

    def sheet(self, name: str) -> SheetValues:
        if self.checked.only is not None and name.strip().casefold() not in self.checked.only:
            raise ValueError(f"sheet {name!r} was not checked (check_file was given sheets=)")
        if name not in self._sheets:
            try:
                self._sheets[name] = SheetValues(name, self._visibility[name], self._load(name), self.checked.date1904)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as exc:
                raise WorkbookRefused(
                    self.path,
                    Text("not a readable workbook: sheet {sheet}: {reason}", sheet=repr(name), reason=_short(exc)),
                ) from None
        return self._sheets[name]

    def _open(self) -> None:
        if os.environ.get(FAULT_VARIABLE) == self.path.name:
            os.abort()  # tests: a reader that dies on this file (the defence in depth must hold)
        try:
            if self.engine == "calamine":
                import python_calamine

                self._book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(self.checked.data))
                states = {"visible": "visible", "hidden": "hidden", "veryhidden": "veryHidden"}
                for meta in self._book.sheets_metadata:
                    if str(meta.typ).rsplit(".", 1)[-1].lower() != "worksheet":
                        continue
                    state = str(meta.visible).rsplit(".", 1)[-1].lower()
                    self._visibility[meta.name] = states.get(state, "visible")
            else:
                self._book = open_workbook(self.checked, read_only=True)
                for ws in self._book.worksheets:
                    self._visibility[ws.title] = ws.sheet_state or "visible"
        except WorkbookRefused:
            raise
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            raise WorkbookRefused(self.path, Text("not a readable workbook: {reason}", reason=_short(exc))) from None

    def _load(self, name: str) -> list[list[object]]:
        if self.engine == "calamine" and not self._formula_errors():
            rows = self._book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            return [[None if v == "" else v for v in row] for row in rows]
        ws = (self._book if self.engine == "openpyxl" else self._error_book())[name]
        part = str(getattr(ws, "_worksheet_path", "")).lstrip("/")
        rows, cols = self.checked.extents.get(part) or self.checked.max_extent
        if not rows or not cols:
            return []
        return [list(row) for row in ws.iter_rows(max_row=rows, max_col=cols, values_only=True)]

    def _formula_errors(self) -> bool:
        """Whether a sheet holds a formula error cell (``t="e"``, seen by the check's scan): calamine reads
        those as empty, openpyxl as their code (``#DIV/0!``), so such a workbook is read by openpyxl
        (reports.xlsx.cells names them)."""
        return bool(self.checked.formula_errors)

    def _error_book(self) -> Any:
        if self._openpyxl is None:
            self._openpyxl = open_workbook(self.checked, read_only=True)
        return self._openpyxl

    def close(self) -> None:
        if self._book is not None and self.engine == "openpyxl":
            self._book.close()
        if self._openpyxl is not None:
            self._openpyxl.close()
        self._book = None
        self._openpyxl = None


def _default_engine() -> str:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return "openpyxl"
    return "calamine"


def read_values(
    source: Path | str | CheckedFile, *, engine: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> WorkbookValues:
    """The values of a workbook, checked first; ``engine`` is ``"calamine"`` (default where installed,
    ~10× faster) or ``"openpyxl"``. Refuses with :class:`WorkbookRefused`."""
    checked = _checked(source, limits)
    return WorkbookValues(checked, engine or _default_engine())

"""The identification sheet every CoopDesk template carries, so a returned file is never taken for another.

A template's last sheet, ``META_SHEET``, is *very hidden* (Excel shows it in no menu; only a macro could
unhide it) and protected with the fixed password ``META_PASSWORD`` (documented here: it keeps honest
hands off, it is no secret). It holds, one per row, label in column A and value in column B::

    kind       plan | claims | consolidation | efficiency
    version    the template version of that kind (CURRENT_VERSIONS)
    dealer     the dealer code (empty for a template that is not per dealer)
    year       the programme year
    scope      a finer scope, e.g. the quarter of a claims template ("Q2"); empty for plans
    checksum   sha256 over the fields above and APP_SALT, first 16 hex characters

The checksum makes an edited or transplanted sheet detectable: a file whose fields do not match it is
refused as altered. It is a consistency check, not a signature (the salt ships with the program).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.parsers import expat

from coop_desk.text import Text
from reports.xlsx.cells import parse_text, parse_whole
from reports.xlsx.extent_scan import split_ref
from reports.xlsx.safety import DEFAULT_LIMITS, Limits, WorkbookRefused, WorkbookValues, check_file

__all__ = [
    "APP_SALT",
    "CURRENT_VERSIONS",
    "KIND_WORDS",
    "META_PASSWORD",
    "IdentificationRefused",
    "META_SHEET",
    "TemplateMeta",
    "checksum",
    "glance",
    "glance_kind",
    "read_meta",
    "write_meta",
]

META_SHEET = "coopdesk_id"
META_PASSWORD = "coopdesk"
APP_SALT = "CoopDesk template identity/2026"
#: The current template version of each kind; raise it when a template's layout changes incompatibly.
CURRENT_VERSIONS = {"plan": 1, "claims": 1, "consolidation": 1, "efficiency": 1}
KIND_WORDS = {
    "plan": Text("dealer plan"),
    "claims": Text("quarterly claims"),
    "consolidation": Text("consolidation"),
    "efficiency": Text("efficiency report"),
}
FIELDS = ("kind", "version", "dealer", "year", "scope", "checksum")


class IdentificationRefused(WorkbookRefused):
    """The identification sheet is missing or altered (not merely of another kind, version, year or dealer):
    ``fault`` says how — :data:`IdentificationRefused.MISSING`, ``EMPTY_FIELD`` or ``CHECKSUM``."""

    MISSING = "missing"  # no sheet of that name
    EMPTY_FIELD = "empty field"  # the kind, version, year or checksum is empty
    CHECKSUM = "checksum"  # the fields do not match the checksum

    def __init__(self, path: Path | str, reason: str, fault: str) -> None:
        super().__init__(path, reason)
        self.fault = fault


def checksum(kind: str, version: int, dealer: str, year: int, scope: str = "") -> str:
    """The first 16 hex characters of sha256 over the fields and the application salt."""
    text = "\x1f".join((APP_SALT, kind, str(version), dealer, str(year), scope))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class TemplateMeta:
    """Who and what a template was made for."""

    kind: str
    version: int
    year: int
    dealer: str = ""
    scope: str = ""

    @property
    def checksum(self) -> str:
        return checksum(self.kind, self.version, self.dealer, self.year, self.scope)

    def rows(self) -> list[tuple[str, object]]:
        """The label/value rows of the sheet, in order."""
        return [
            ("kind", self.kind),
            ("version", self.version),
            ("dealer", self.dealer),
            ("year", self.year),
            ("scope", self.scope),
            ("checksum", self.checksum),
        ]


def write_meta(wb: Any, meta: TemplateMeta) -> Any:
    """Add the identification sheet to an openpyxl workbook (very hidden, protected); returns it."""
    ws = wb.create_sheet(META_SHEET)
    ws["A1"] = "CoopDesk: identifies this template. Do not change. / Идентификация шаблона. Не изменять."
    for i, (label, value) in enumerate(meta.rows(), start=2):
        ws.cell(row=i, column=1, value=label)
        ws.cell(row=i, column=2, value=value)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
    ws.protection.password = META_PASSWORD
    return ws


def read_meta(
    values: WorkbookValues,
    kind: str,
    *,
    year: int | None = None,
    dealer: str | None = None,
) -> TemplateMeta:
    """The identification of a returned template of ``kind``, checked; refuses with the reason.

    ``year`` and ``dealer``, when given, must be the ones the template was made for.
    """
    what = KIND_WORDS.get(kind, kind)
    name = values.find(META_SHEET)
    if name is None:
        raise IdentificationRefused(
            values.path,
            Text("the identification sheet is missing or altered: this is not a CoopDesk {what} template", what=what),
            IdentificationRefused.MISSING,
        )
    sheet = values.sheet(name)
    found: dict[str, object] = {}
    for row in range(1, min(sheet.max_row, 40) + 1):
        label, _ = parse_text(sheet.value(row, 1))
        if label.casefold() in FIELDS and label.casefold() not in found:
            found[label.casefold()] = sheet.value(row, 2)
    texts = {k: parse_text(found.get(k))[0] for k in FIELDS}
    version, _ = parse_whole(found.get("version"))
    made_for, _ = parse_whole(found.get("year"))
    if version is None or made_for is None or not texts["kind"] or not texts["checksum"]:
        raise IdentificationRefused(
            values.path,
            Text("the identification sheet is missing or altered (a field is empty)"),
            IdentificationRefused.EMPTY_FIELD,
        )
    meta = TemplateMeta(texts["kind"], version, made_for, texts["dealer"].upper(), texts["scope"])
    if meta.checksum != texts["checksum"].lower():
        raise IdentificationRefused(
            values.path,
            Text("the identification sheet is missing or altered (its checksum does not match)"),
            IdentificationRefused.CHECKSUM,
        )
    if meta.kind != kind:
        theirs = KIND_WORDS.get(meta.kind, meta.kind)
        raise WorkbookRefused(
            values.path, Text("this is a CoopDesk {theirs} template, not a {what} template", theirs=theirs, what=what)
        )
    current = CURRENT_VERSIONS.get(kind, 1)
    if meta.version != current:
        numbers = {"version": str(meta.version), "current": str(current)}
        raise WorkbookRefused(
            values.path,
            Text(
                "template version {version} is out of date (current {current}) (made by a newer CoopDesk): "
                "send the dealer a new template",
                **numbers,
            )
            if meta.version > current
            else Text(
                "template version {version} is out of date (current {current}): send the dealer a new template",
                **numbers,
            ),
        )
    if year is not None and meta.year != year:
        raise WorkbookRefused(
            values.path,
            Text("this template was made for {made_for}, not {year}", made_for=str(meta.year), year=str(year)),
        )
    if dealer is not None and meta.dealer != dealer.strip().upper():
        raise WorkbookRefused(
            values.path,
            Text(
                "this template belongs to dealer {dealer}, not {other}",
                dealer=meta.dealer,
                other=dealer.strip().upper(),
            ),
        )
    return meta


# -- a glance at the identification, without a spreadsheet reader -------------------------------------
def glance(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[int, str] | None:
    """(year, dealer) of a template's identification sheet, at a glance; None when unsure.

    For a batch that wants to know who each file is for before reading any in full (the plan import).
    The file passes the checks for this first (``check_file(sheets=[META_SHEET])``: size, zip, the
    sheet's extent); then the sheet's XML is read here with the standard library's XML parser, not
    with a native spreadsheet reader, so the glance cannot abort the process whatever the file holds.
    Numbers, inline and shared strings are read; anything else, or any doubt, is None (nothing is
    refused here: the full read says what is wrong with a file)."""
    fields = _glance_fields(path, limits)
    if fields is None:
        return None
    made_for, _ = parse_whole(fields.get("year"))  # read as read_meta reads them
    code = parse_text(fields.get("dealer"))[0].upper()
    return (made_for, code) if made_for is not None and code else None


def glance_kind(path: Path, limits: Limits = DEFAULT_LIMITS) -> str | None:
    """The kind a template's identification sheet names (one of CURRENT_VERSIONS), at a glance; None when
    there is no such sheet, it does not match its checksum, or anything is in doubt.

    For the window's drop router, which hands each dropped workbook to the import of its kind. Read as
    :func:`glance` reads (the same safety checks, no spreadsheet reader); the import then reads in full."""
    fields = _glance_fields(path, limits)
    if fields is None:
        return None
    texts = {k: parse_text(fields.get(k))[0] for k in FIELDS}
    version, _ = parse_whole(fields.get("version"))
    made_for, _ = parse_whole(fields.get("year"))
    if version is None or made_for is None or texts["kind"] not in CURRENT_VERSIONS:
        return None
    made = checksum(texts["kind"], version, texts["dealer"].upper(), made_for, texts["scope"])
    return texts["kind"] if made == texts["checksum"].lower() else None


def _glance_fields(path: Path, limits: Limits) -> dict[str, object] | None:
    """Label (casefolded) → value of the identification sheet's first 40 rows; None when unsure."""
    try:
        checked = check_file(path, limits, sheets=[META_SHEET])
        if len(checked.extents) != 1:
            return None
        with zipfile.ZipFile(io.BytesIO(checked.data)) as zf:
            cells = _Cells()
            cells.parse(zf.read(next(iter(checked.extents))))
            if cells.shared:
                names = {n.lower(): n for n in zf.namelist()}
                part = names.get("xl/sharedstrings.xml")
                if part is None:
                    return None
                cells.parse_strings(zf.read(part), max(cells.shared))
        fields: dict[str, object] = {}
        for row in range(1, 41):
            fields.setdefault(str(cells.value(row, 1)).strip().casefold(), cells.value(row, 2))
        return fields
    except Exception:  # a damaged or foreign file: the full read says what is wrong with it
        return None


class _Cells:
    """The values of the first 40 rows × 2 columns of a worksheet's XML (expat, local names)."""

    def __init__(self) -> None:
        self.values: dict[tuple[int, int], tuple[str, str]] = {}  # (row, column) → (type, text)
        self.shared: set[int] = set()
        self.strings: dict[int, str] = {}
        self._at: tuple[int, int] | None = None
        self._type = ""
        self._text: list[str] | None = None

    def parse(self, xml: bytes) -> None:
        parser = _parser(self._start, self._end)
        parser.CharacterDataHandler = self._chars
        parser.Parse(xml, True)

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "c":
            row, col = split_ref(attrs.get("r", ""))
            self._at = (row, col) if row <= 40 and col <= 2 else None
            self._type = attrs.get("t", "n")
        elif self._at is not None and local in ("v", "t"):
            self._text = []

    def _chars(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def _end(self, name: str) -> None:
        local = name.rpartition(":")[2]
        if self._text is not None and local in ("v", "t") and self._at is not None:
            text = "".join(self._text)
            self._text = None
            kind, before = self.values.get(self._at, (self._type, ""))
            self.values[self._at] = (kind, before + text)
            if self._type == "s":
                self.shared.add(int(text))
        elif local == "c":
            self._at = None

    def parse_strings(self, xml: bytes, last: int) -> None:
        index = -1
        parts: list[str] = []
        text: list[str] | None = None
        skip = 0  # inside <rPh> (phonetic hints): not part of the text

        def start(name: str, _attrs: dict[str, str]) -> None:
            nonlocal index, text, skip
            local = name.rpartition(":")[2]
            if local == "si":
                index += 1
                parts.clear()
            elif local == "rPh":
                skip += 1
            elif local == "t" and not skip:
                text = []

        def end(name: str) -> None:
            nonlocal text, skip
            local = name.rpartition(":")[2]
            if local == "t" and text is not None:
                parts.append("".join(text))
                text = None
            elif local == "rPh":
                skip -= 1
            elif local == "si" and index in self.shared:
                self.strings[index] = "".join(parts)
                if index >= last:
                    raise _Done

        def chars(data: str) -> None:
            if text is not None:
                text.append(data)

        parser = _parser(start, end)
        parser.CharacterDataHandler = chars
        with contextlib.suppress(_Done):
            parser.Parse(xml, True)

    def value(self, row: int, column: int) -> object:
        kind, text = self.values.get((row, column), ("", ""))
        if kind == "s":
            return self.strings.get(int(text)) if text else None
        if kind in ("inlineStr", "str"):
            return text
        if kind == "n" and text:
            return Decimal(text)  # parse_whole takes it as it takes a reader's number
        return None


class _Done(Exception):
    pass


def _parser(start: Any, end: Any) -> Any:
    def refuse(*_args: object) -> None:
        raise ValueError("a DOCTYPE or an entity declaration")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    return parser

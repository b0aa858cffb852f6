"""OpenDocument spreadsheets (.ods): a draft a dealer saved from our template in LibreOffice's own format.

:func:`check_ods` is :func:`reports.xlsx.safety.check_file` for an .ods: it reads the file once (the sha256
is of the bytes parsed), refuses anything that is not an OpenDocument spreadsheet, a password-protected one
(its entries are encrypted as the manifest declares), a zip bomb (the same limits and the same inflating by
hand as for .xlsx), an XML part with a DOCTYPE, and a sheet whose cells span more than
``Limits.max_sheet_cells`` (``table:number-rows-repeated`` / ``number-columns-repeated`` counted as the
reader expands them: a cell with a value repeated 999,999,999 times would take the process down).

Only python-calamine reads .ods (``read_values(check_ods(path), engine="calamine")``); the values are the
same as the .xlsx's, so the importers read them unchanged. :func:`check_spreadsheet` picks the check by the
file's suffix.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from xml.etree import ElementTree

from coop_desk.text import Text
from reports.xlsx.file_kind import OLE2, ZIP_MAGIC, ole2_reason, what_is
from reports.xlsx.limits import (
    DEFAULT_LIMITS,
    Bomb,
    CheckedFile,
    Limits,
    Unreadable,
    WorkbookRefused,
    short,
)
from reports.xlsx.meta import META_SHEET, IdentificationRefused, TemplateMeta, read_meta
from reports.xlsx.reading import WorkbookValues, read_values
from reports.xlsx.zip_check import check_file, inflate_xml, open_zip, read_limited

__all__ = [
    "ODS_MIMETYPE",
    "ODS_SUFFIX",
    "SAVE_AS_XLSX",
    "check_ods",
    "check_spreadsheet",
    "open_values",
    "read_template_meta",
    "table_extents",
]

ODS_SUFFIX = ".ods"
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
#: What a dealer is told to do with a file CoopDesk cannot read as the draft it sent.
SAVE_AS_XLSX = Text("save it as Excel workbook (.xlsx) from the template we sent")
#: The largest sheet LibreOffice and Excel make; positions beyond it are a hostile file.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ROW = _TABLE + "table-row"
_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")
_ROWS_REPEATED = _TABLE + "number-rows-repeated"
_COLUMNS_REPEATED = _TABLE + "number-columns-repeated"
_VALUE_TYPE = _OFFICE + "value-type"


def check_spreadsheet(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> CheckedFile:
    """:func:`check_ods` for a file named ``.ods``, :func:`reports.xlsx.safety.check_file` otherwise."""
    path = Path(path)
    return check_ods(path, limits) if path.suffix.lower() == ODS_SUFFIX else check_file(path, limits)


def check_ods(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> CheckedFile:
    """Read ``path`` once and check it as an OpenDocument spreadsheet; raises :class:`WorkbookRefused`."""
    path = Path(path)
    data = read_limited(path, limits)
    if data.startswith(OLE2):
        raise WorkbookRefused(path, ole2_reason(data))
    if not data.startswith(ZIP_MAGIC):
        raise WorkbookRefused(
            path, what_is(data) or Text("not an OpenDocument spreadsheet (its content is not recognised)")
        )
    try:
        extents = _check_zip(data, limits)
    except Bomb as exc:
        raise WorkbookRefused(path, Text("refused as a zip bomb: {reason}", reason=_reason(exc))) from None
    except _NotOds as exc:
        raise WorkbookRefused(path, _reason(exc)) from None
    except Unreadable as exc:
        raise WorkbookRefused(path, Text("not a readable workbook: {reason}", reason=_reason(exc))) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a bug on hostile input is a refusal, never a traceback
        raise WorkbookRefused(path, Text("not a readable workbook: {reason}", reason=short(exc))) from None
    return CheckedFile(path, data, hashlib.sha256(data).hexdigest(), extents, False)


class _NotOds(Exception):
    pass


def _reason(exc: BaseException) -> str:
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


def _check_zip(data: bytes, limits: Limits) -> dict[str, tuple[int, int]]:
    """Every check of the zip; returns each table's extent (rows, columns) by table name."""
    _zip, infos = open_zip(data, limits)
    files = {i.filename: i for i in infos if not i.is_dir()}
    if any(i.flag_bits & 0x1 for i in infos):
        raise _NotOds(Text("password-protected (an encrypted zip): send it without a password"))
    mimetype = files.get("mimetype")
    kind = inflate_xml(data, mimetype, limits)[:100].decode("ascii", "replace").strip() if mimetype else ""
    if kind != ODS_MIMETYPE:
        raise _NotOds(Text("not an OpenDocument spreadsheet (.ods): {save_as}", save_as=SAVE_AS_XLSX))
    contents = {name: inflate_xml(data, info, limits) for name, info in files.items()}  # every entry, checked
    manifest = contents.get("META-INF/manifest.xml", b"")
    if b"encryption-data" in manifest:
        raise _NotOds(
            Text("password-protected (encrypted): save it again in LibreOffice without a password and send it")
        )
    if "content.xml" not in contents:
        raise Unreadable(Text("it has no content.xml"))
    extents = table_extents(contents["content.xml"])
    for rows, cols in extents.values():
        if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > limits.max_sheet_cells:
            raise Unreadable(
                Text(
                    "a sheet spans {rows} rows × {columns} columns, more than the {limit} cells CoopDesk reads",
                    rows=_n(rows),
                    columns=_n(cols),
                    limit=_n(limits.max_sheet_cells),
                )
            )
    return extents


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _repeat(element: ElementTree.Element, attribute: str) -> int:
    try:
        return max(int(element.get(attribute, "1")), 1)
    except ValueError:
        raise Unreadable(Text("a repeat count is not a number: {value}", value=element.get(attribute, ""))) from None


def table_extents(xml: bytes) -> dict[str, tuple[int, int]]:
    """(rows, columns) of every table of an .ods ``content.xml`` as a reader expands it: up to the last
    row and column holding something (a value or text); repeated rows and cells count as many times as
    they are repeated. Empty cells, however often repeated, take no room (LibreOffice writes them to the
    sheet's edge on every row), but a position beyond the largest sheet is counted and refused."""
    extents: dict[str, tuple[int, int]] = {}
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise Unreadable(Text("content.xml is not valid XML ({error})", error=str(exc))) from None
    for number, table in enumerate(root.iter(_TABLE + "table"), start=1):
        name = table.get(_TABLE + "name") or str(number)
        position = last_row = last_col = 0
        for row in table.iter(_ROW):
            column = row_last = 0
            for cell in row:
                if cell.tag not in _CELLS:
                    continue
                column += _repeat(cell, _COLUMNS_REPEATED)
                if cell.get(_VALUE_TYPE) is not None or len(cell):
                    row_last = column
                elif column > MAX_COLUMNS:
                    row_last = max(row_last, column)  # an absurd position, even if empty
            position += _repeat(row, _ROWS_REPEATED)
            if row_last or position > MAX_ROWS:
                last_row = position
                last_col = max(last_col, row_last)
        extents[name] = (last_row, last_col)
    return extents


def open_values(path: Path | str, *, engine: str | None = None, limits: Limits = DEFAULT_LIMITS) -> WorkbookValues:
    """The values of a returned workbook, checked first (:func:`check_spreadsheet`): an .ods is read by
    python-calamine whatever ``engine`` says (openpyxl cannot read it)."""
    path = Path(path)
    checked = check_spreadsheet(path, limits)
    if path.suffix.lower() != ODS_SUFFIX:
        return read_values(checked, engine=engine, limits=limits)
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        raise WorkbookRefused(
            path,
            Text(
                "an OpenDocument spreadsheet (.ods), which this installation cannot read: {save_as}",
                save_as=SAVE_AS_XLSX,
            ),
        ) from None
    return read_values(checked, engine="calamine", limits=limits)


def read_template_meta(
    values: WorkbookValues, kind: str, *, year: int | None = None, dealer: str | None = None
) -> TemplateMeta:
    """:func:`reports.xlsx.meta.read_meta`; for an .ods whose identification sheet did not survive (missing or
    altered by the conversion), the refusal says how to send the draft instead."""
    try:
        return read_meta(values, kind, year=year, dealer=dealer)
    except WorkbookRefused as exc:
        ods = values.path.suffix.lower() == ODS_SUFFIX
        if ods and (values.find(META_SHEET) is None or isinstance(exc, IdentificationRefused)):
            raise WorkbookRefused(
                values.path,
                Text(
                    "an OpenDocument spreadsheet (.ods) without CoopDesk's identification sheet "
                    "(it did not survive the conversion, or this is not our template): {save_as}",
                    save_as=SAVE_AS_XLSX,
                ),
            ) from None
        raise

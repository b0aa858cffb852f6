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

The checks and readers live by job: :mod:`reports.xlsx.limits` (the limits, the checked file, the
refusal), :mod:`reports.xlsx.file_kind` (what a file really is), :mod:`reports.xlsx.zip_check`
(:func:`check_file`, the zip entries), :mod:`reports.xlsx.extent_scan` (a sheet's extent) and
:mod:`reports.xlsx.reading` (the readers). This module is their entry point.
"""

from __future__ import annotations

from reports.xlsx.extent_scan import sheet_extent
from reports.xlsx.limits import DEFAULT_LIMITS, FAULT_VARIABLE, CheckedFile, Limits, WorkbookRefused
from reports.xlsx.reading import SheetValues, WorkbookValues, open_workbook, read_values
from reports.xlsx.zip_check import check_file, read_limited

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
    "sheet_extent",
]

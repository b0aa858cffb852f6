"""Workbooks exchanged with dealers and agencies: the safe reading layer and the documents built on it.

* :mod:`reports.xlsx.safety` — open an untrusted file safely and fast, or refuse it in one line;
* :mod:`reports.xlsx.cells` — tolerant cell parsing (money, months, dates, whole numbers, text);
* :mod:`reports.xlsx.meta` — the hidden identification sheet of every CoopDesk template;
* :mod:`reports.xlsx.report` — the import report (problems by file, sheet and cell);
* :mod:`reports.xlsx.layout` — the templates' kit: column tables, styles, data validations, instructions;
* :mod:`reports.xlsx.returned` — :func:`~reports.xlsx.returned.open_returned`, how every importer opens a
  returned file (checks, identification sheet, the layout's column titles);
* :mod:`reports.xlsx.plan_template`, :mod:`reports.xlsx.plan_import` — the dealer plan exchange
  (:mod:`reports.xlsx.plan_reading` reads one draft, :mod:`reports.xlsx.folder_listing` finds the files);
* :mod:`reports.xlsx.claims`, :mod:`reports.xlsx.consolidation`, :mod:`reports.xlsx.efficiency` — the
  claims, the agency's consolidation and the efficiency report, each a ``template`` (writer) and an
  ``importer`` (reader).
"""

from __future__ import annotations

from reports.xlsx.safety import (
    DEFAULT_LIMITS,
    CheckedFile,
    Limits,
    SheetValues,
    WorkbookRefused,
    WorkbookValues,
    check_file,
    open_workbook,
    read_values,
)

__all__ = [
    "DEFAULT_LIMITS",
    "CheckedFile",
    "Limits",
    "SheetValues",
    "WorkbookRefused",
    "WorkbookValues",
    "check_file",
    "open_workbook",
    "read_values",
]

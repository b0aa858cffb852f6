"""The consolidation workbook: every dealer's planned activities out to the agency (:mod:`.template`), its
choices back in (:mod:`.importer`)."""

from __future__ import annotations

from reports.xlsx.consolidation.importer import import_consolidation, parse_yes_no
from reports.xlsx.consolidation.template import (
    AGENCY_CELL,
    AGENCY_KEYS,
    COL,
    COLUMNS,
    FIRST_ROW,
    HEADER_ROW,
    KIND,
    LETTER,
    SHEET,
    write_consolidation,
)

__all__ = [
    "AGENCY_CELL",
    "AGENCY_KEYS",
    "COL",
    "COLUMNS",
    "FIRST_ROW",
    "HEADER_ROW",
    "KIND",
    "LETTER",
    "SHEET",
    "import_consolidation",
    "parse_yes_no",
    "write_consolidation",
]

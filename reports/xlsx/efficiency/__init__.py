"""The evaluating agency's efficiency report: a form out (:mod:`.template`), the agency's results back in
(:mod:`.importer`)."""

from __future__ import annotations

from reports.xlsx.efficiency.importer import find_header, header_key, import_efficiency
from reports.xlsx.efficiency.template import COLUMNS, HEADER_ROW, SHEET, write_efficiency_template

__all__ = [
    "COLUMNS",
    "HEADER_ROW",
    "SHEET",
    "find_header",
    "header_key",
    "import_efficiency",
    "write_efficiency_template",
]

"""Quarterly claims: a template per dealer out (:mod:`.template`, its document columns :mod:`.scan_columns`), the
dealer's invoices back in with their scans, each filed on its own or completing a returned claim (:mod:`.importer`,
:mod:`.row_filing`, :mod:`.scan_files`, :mod:`.outcomes`)."""

from __future__ import annotations

from reports.xlsx.claims.importer import import_claims, parse_rate
from reports.xlsx.claims.outcomes import (
    COMPLETED,
    DUPLICATE,
    FILED,
    LATE,
    NO_MOCKUP,
    NOT_FILED,
    OUTCOME_WORDS,
    REJECTED,
    RETURNED,
    STORED,
    ClaimsImportReport,
    RowOutcome,
)
from reports.xlsx.claims.scan_files import BUNDLE_LIMITS
from reports.xlsx.claims.template import (
    COL,
    COLUMNS,
    FIRST_ROW,
    HEADER_ROW,
    KIND,
    LETTER,
    LIST_SHEET,
    REFERENCES_NAME,
    SHEET,
    write_claims_templates,
)

__all__ = [
    "BUNDLE_LIMITS",
    "COL",
    "COMPLETED",
    "COLUMNS",
    "DUPLICATE",
    "FILED",
    "FIRST_ROW",
    "HEADER_ROW",
    "KIND",
    "LATE",
    "LETTER",
    "LIST_SHEET",
    "NOT_FILED",
    "NO_MOCKUP",
    "OUTCOME_WORDS",
    "REFERENCES_NAME",
    "REJECTED",
    "RETURNED",
    "SHEET",
    "STORED",
    "ClaimsImportReport",
    "RowOutcome",
    "import_claims",
    "parse_rate",
    "write_claims_templates",
]

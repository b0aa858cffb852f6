"""Quarterly claims: a template per dealer out (:mod:`.template`), the dealer's invoices back in, each filed
on its own (:mod:`.importer`)."""

from __future__ import annotations

from reports.xlsx.claims.importer import (
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
    import_claims,
    parse_rate,
)
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
    "COL",
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

"""Filing one row of a claims workbook with its scans, or completing the returned claim it corrects.

A row's scans are found beside the workbook (:mod:`.scan_files`), each checked once; a row with a scan
missing, unreadable, of the wrong type or named with a path is refused naming the scan's column and file,
and nothing of it is stored. The scans of a row that is filed are stored by the filing itself, in its unit of
work (``ClaimInput.files``): a row the service refuses (a duplicate invoice or invoice scan, R8; no approved
mockup…) stores no claim and no file.

A row whose dealer, activity and invoice number (R8's normal form, :func:`coop_desk.rules.invoice_key`) are a
returned claim's completes that claim instead of being refused as its duplicate: its new scans are attached
(``claims.attach_data``), then the fields that differ are corrected and the claim checked again
(``claims.complete``). An attachment made before a later refusal (a scan another dealer's claim has) stays on
the returned claim, which stays returned; the row's outcome says what was refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from coop_desk import rules
from coop_desk.errors import CoopDeskError, DuplicateClaim, NoApprovedMockup
from coop_desk.services import Services
from coop_desk.services.attachments import IncomingFile
from coop_desk.services.claim_checks import FIELDS
from coop_desk.services.claim_views import ClaimInput, ClaimView, FilingResult, IncomingDocument
from coop_desk.text import Text, join
from models import ClaimStatus
from reports.xlsx.claims.outcomes import (
    COMPLETED,
    DUPLICATE,
    FILED,
    LATE,
    NO_MOCKUP,
    NOT_FILED,
    REJECTED,
    RETURNED,
    RowOutcome,
)
from reports.xlsx.claims.scan_columns import ScanColumn
from reports.xlsx.claims.scan_files import ScanSource

__all__ = ["RowScan", "ScannedRow", "file_rows"]


@dataclass(frozen=True)
class RowScan:
    """A scan a row names: its column, the file name written there and (for a proof) the date beside it."""

    column: ScanColumn
    name: str
    proof_date: dt.date | None = None


@dataclass(frozen=True)
class ScannedRow:
    """A well-formed row: its claim, the scans it names and the problems of its scan cells (a date without
    its file)."""

    row: int
    claim: ClaimInput
    scans: tuple[RowScan, ...] = ()
    problems: tuple[Text, ...] = ()


def file_rows(
    services: Services,
    year: int,
    dealer: str,
    rows: list[ScannedRow],
    source: ScanSource,
    where: tuple[str, str],
    filed_on: dt.date | None,
) -> list[RowOutcome]:
    """File (or complete) every row in order; ``where`` is the file's name and the sheet's."""
    returned = {
        (c.reference, rules.invoice_key(c.invoice_number)): c
        for c in services.claims.list_claims(year, status=ClaimStatus.RETURNED, dealer_code=dealer)
    }
    out = []
    for r in rows:
        c = r.claim
        base = RowOutcome(where[0], where[1], r.row, c.reference, c.invoice_number, outcome="", message="")
        files, problems = _scans(r, source)
        if problems:
            out.append(replace(base, outcome=NOT_FILED, message=join(problems, "; ")))
            continue
        match = returned.get((c.reference, rules.invoice_key(c.invoice_number)))
        if match is not None:
            outcome = _complete(services, match, r, files, base)
            if outcome.claim_id is not None:
                returned.pop((c.reference, rules.invoice_key(c.invoice_number)))
        else:
            outcome = _file(services, year, dealer, replace(c, files=files), base, filed_on)
        out.append(outcome)
    return out


def _scans(r: ScannedRow, source: ScanSource) -> tuple[tuple[IncomingDocument, ...], list[str]]:
    """The row's scans read and checked (each file once per workbook), or the problems naming column and file."""
    files: list[IncomingDocument] = []
    problems: list[str] = list(r.problems)
    for scan in r.scans:
        found = source.get(scan.name)
        if isinstance(found, IncomingFile):
            files.append(IncomingDocument(scan.column.kind, found, scan.proof_date))
        else:
            problems.append(join((scan.column.field(), found), ": "))
    return tuple(files), problems


def _file(
    services: Services, year: int, dealer: str, c: ClaimInput, base: RowOutcome, filed_on: dt.date | None
) -> RowOutcome:
    try:
        result = services.claims.file(year, dealer, c, filed_on=filed_on)
    except CoopDeskError as exc:
        return _refused(exc, c.where, base)
    return replace(base, outcome=_stored_as(result), message=result.message, claim_id=result.claim_id, late=result.late)


def _complete(
    services: Services, claim: ClaimView, r: ScannedRow, files: tuple[IncomingDocument, ...], base: RowOutcome
) -> RowOutcome:
    """Attach the row's scans the returned claim does not carry yet, correct the fields that differ, check it."""
    have = {(d.kind, d.sha256) for d in claim.documents}
    try:
        for f in files:
            if (f.kind, f.file.sha256) in have:
                continue
            services.claims.attach_data(claim.id, f.kind, f.file.data, f.file.filename, proof_date=f.proof_date)
            have.add((f.kind, f.file.sha256))
        result = services.claims.complete(claim.id, **_changes(claim, r.claim))
    except CoopDeskError as exc:
        return _refused(exc, r.claim.where, base)
    outcome = COMPLETED if result.status == ClaimStatus.SUBMITTED else _stored_as(result)
    message = Text("claim {number} completed: {message}", number=str(claim.id), message=result.message)
    return replace(base, outcome=outcome, message=message, claim_id=claim.id, late=result.late)


def _changes(claim: ClaimView, given: ClaimInput) -> dict[str, Any]:
    """The row's fields that differ from the returned claim's (a blank currency is the claim's own when it is
    the programme's; a blank rate keeps the one finance set)."""
    out: dict[str, Any] = {}
    for name in FIELDS:
        if name == "quarter" or not hasattr(given, name):
            continue
        value = getattr(given, name)
        if name == "currency" and value is None:
            continue  # blank: the programme currency, which the claim keeps unless the row names another
        if name == "exchange_rate" and value is None:
            continue
        if value != getattr(claim, name):
            out[name] = value
    return out


def _refused(exc: CoopDeskError, row_where: str, base: RowOutcome) -> RowOutcome:
    text = join([_problem_text(p.where, p.message, row_where) for p in exc.problems], "; ")
    if isinstance(exc, DuplicateClaim):
        return replace(base, outcome=DUPLICATE, message=text, duplicate_of=exc.first_id)
    kind = NO_MOCKUP if isinstance(exc, NoApprovedMockup) else NOT_FILED
    return replace(base, outcome=kind, message=text)


def _problem_text(where: str, message: str, row_where: str) -> str:
    """The service's problem without the row it names (the outcome says it), keeping the field."""
    field = where.removeprefix(row_where).strip().removeprefix("(").removesuffix(")") if where else ""
    return join((field, message), ": ") if field and where.startswith(row_where) else message


def _stored_as(result: FilingResult) -> str:
    if result.status == ClaimStatus.REJECTED:
        return REJECTED
    if result.status == ClaimStatus.RETURNED:
        return RETURNED
    return LATE if result.late else FILED

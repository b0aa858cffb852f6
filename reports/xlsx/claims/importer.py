"""Quarterly claims read back (the templates: :mod:`.template`): the dealer's invoices, each filed on its own
with its scans.

``import_claims`` reads the files back: a file with any malformed cell files nothing (every problem
listed); in a well-formed file each row is filed through ``ClaimService.file`` with the scans its document
columns name (:mod:`.scan_columns`, found by their titles: a workbook without them imports as before; the
files beside the workbook or in the zip it came in, :mod:`.scan_files`), or completes the returned claim of
the same invoice (:mod:`.row_filing`), and its outcome is reported — filed, late, returned, rejected,
completed, duplicate (R8), no approved mockup, or refused for another reason (a scan missing or unreadable).
No row is ever dropped silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from coop_desk import permissions
from coop_desk.amounts import AMBIGUOUS, read_amount
from coop_desk.errors import CoopDeskError
from coop_desk.services import Services
from coop_desk.services.base import column_length
from coop_desk.services.claim_views import ClaimInput
from coop_desk.text import Text
from coop_desk.words import stage_name
from models import Claim
from reports.xlsx import isolated
from reports.xlsx.cells import (
    REFERENCE,
    CellProblem,
    formula_error,
    is_blank,
    parse_date,
    parse_money,
    parse_text,
    shown,
)
from reports.xlsx.claims.outcomes import ClaimsImportReport, RowOutcome
from reports.xlsx.claims.row_filing import RowScan, ScannedRow, file_rows
from reports.xlsx.claims.scan_columns import ScanColumn, find_columns
from reports.xlsx.claims.scan_files import FolderScans, ScanSource, open_bundle
from reports.xlsx.claims.template import (
    AMOUNT_KEYS,
    COL,
    COLUMNS,
    DATE_KEYS,
    FIRST_ROW,
    HEADER_ROW,
    KIND,
    LETTER,
    SHEET,
)
from reports.xlsx.folder_listing import list_paths
from reports.xlsx.layout import cell_name
from reports.xlsx.meta import TemplateMeta
from reports.xlsx.report import IMPORTED, REFUSED, SKIPPED, FileOutcome, ImportProblem, ImportReport, refusal_text
from reports.xlsx.returned import open_returned
from reports.xlsx.safety import SheetValues, WorkbookRefused

#: The longest file name a document column may hold (a stored attachment's name is cut at 200 characters).
FILE_NAME_LIMIT = 200
#: The longest texts a dealer may give: the lengths of the columns they are stored in.
TEXT_LIMITS = {
    key: column_length(getattr(Claim, key)) or 0
    for key in ("invoice_number", "vendor", "payment_order_number", "act_number")
}


def import_claims(
    services: Services, paths: Sequence[Path | str] | Path | str, filed_on: dt.date | None = None
) -> ClaimsImportReport:
    """File the claims of returned templates (files, or folders whose every file is listed as for drafts:
    .xlsx, .xlsm and .ods read, the others refused or skipped, see reports.xlsx.folder_listing.folder_entry;
    a .zip holding workbooks and their scans is read too). A malformed file files nothing; a well-formed one
    files each row on its own with its scans; every row's outcome is reported. A scan a row read is not
    listed among the skipped files of its folder."""
    if isinstance(paths, str | Path):
        paths = [paths]
    result = ClaimsImportReport(ImportReport())
    used: set[str] = set()
    for entry in list_paths(paths, zips=True):
        if isinstance(entry, FileOutcome):
            result.report.outcomes.append(entry)
        elif entry.suffix.lower() == ".zip":
            _import_bundle(services, entry, filed_on, result)
        else:
            source = FolderScans(entry.parent)
            outcome, rows = _import_file(services, entry, filed_on, source)
            result.report.outcomes.append(outcome)
            result.rows += rows
            used |= source.used
    result.report.outcomes[:] = [o for o in result.report.outcomes if not (o.status == SKIPPED and o.path in used)]
    return result


def _import_bundle(services: Services, path: Path, filed_on: dt.date | None, result: ClaimsImportReport) -> None:
    """The workbooks of a dealer's zip, each with the scans beside it in the zip."""
    try:
        with open_bundle(path) as bundle:
            for name, extracted, scans in bundle.workbooks:
                shown = f"{path}/{name}"
                outcome, rows = _import_file(services, extracted, filed_on, scans, shown)
                result.report.outcomes.append(outcome)
                result.rows += rows
    except WorkbookRefused as exc:
        result.report.outcomes.append(FileOutcome(str(path), REFUSED, message=exc.reason))


def _read(path: Path) -> tuple[TemplateMeta | None, SheetValues, list[ImportProblem]]:
    """The identification, the claims sheet and its misplaced column titles; run in the reader process
    (reports.xlsx.isolated)."""
    with open_returned(  # .xlsx, .xlsm or LibreOffice's .ods
        path,
        KIND,
        (SHEET, "Claims"),
        missing=Text("has no sheet “{sheet}”: send back the workbook CoopDesk wrote", sheet=SHEET),
        columns=COLUMNS,
        title_rows=HEADER_ROW,
    ) as returned:
        return returned.meta, returned.sheet, returned.problems


def _import_file(
    services: Services, path: Path, filed_on: dt.date | None, source: ScanSource, shown: str | None = None
) -> tuple[FileOutcome, list[RowOutcome]]:
    """One workbook (``shown``: the name it is reported by, for one that came in a zip)."""
    shown = shown or str(path)
    name = Path(shown).name
    try:
        meta, sheet, problems = isolated.run(path, _read, path)
        assert meta is not None
        quarter = int(meta.scope.upper().removeprefix("Q"))
        view = services.years.get(meta.year)
        services.dealers.get(meta.dealer)
    except (CoopDeskError, ValueError) as exc:
        return FileOutcome(shown, REFUSED, message=_reason(exc)), []
    if problems:
        return FileOutcome(shown, REFUSED, problems, Text("the sheet's columns were moved or renamed")), []
    rows, problems = _read_rows(sheet, name, view.currency, quarter)
    today = services.ctx.today()
    message: str = ""
    if not permissions.at_stage("claims.file", view.stage):
        message = Text(
            "year {year} is at stage {stage}: claims are filed in execution and evaluation",
            year=str(meta.year),
            stage=stage_name(view.stage),
        )
    elif filed_on is not None and filed_on > today:
        message = Text(
            "the filing date {date} is in the future (today is {today})", date=str(filed_on), today=str(today)
        )
    elif not rows and not problems:
        message = Text("the file has no invoice rows")
    if problems or message:
        n = len(problems)
        message = message or (
            Text("1 malformed cell; no claim of this file was filed")
            if n == 1
            else Text("{count} malformed cells; no claim of this file was filed", count=str(n))
        )
        return FileOutcome(shown, REFUSED, problems, message), []
    outcomes = file_rows(services, meta.year, meta.dealer, rows, source, (name, sheet.name), filed_on)
    stored = sum(1 for o in outcomes if o.stored)
    return (
        FileOutcome(
            shown,
            IMPORTED,
            message=Text(
                "dealer {dealer}, Q{quarter} {year}: {stored} of {count} rows filed",
                dealer=meta.dealer,
                quarter=str(quarter),
                year=str(meta.year),
                stored=str(stored),
                count=str(len(outcomes)),
            ),
        ),
        outcomes,
    )


def _read_rows(
    sheet: SheetValues, file: str, currency: str, quarter: int
) -> tuple[list[ScannedRow], list[ImportProblem]]:
    rows: list[ScannedRow] = []
    problems: list[ImportProblem] = []
    scan_at = find_columns(sheet, HEADER_ROW, len(COLUMNS) + 1)
    for row in range(FIRST_ROW, sheet.max_row + 1):
        raw = {key: sheet.value(row, COL[key]) for key in COL}
        scan_raw = {column: sheet.value(row, i) for column, i in scan_at.items()}
        if all(is_blank(v) for v in (*raw.values(), *scan_raw.values())):
            continue
        found: list[ImportProblem] = []

        def bad(key: str, problem: CellProblem, row: int = row, found: list[ImportProblem] = found) -> None:
            found.append(ImportProblem.of(file, sheet.name, f"{LETTER[key]}{row}", problem))

        def bad_scan(
            column: ScanColumn, problem: CellProblem, row: int = row, found: list[ImportProblem] = found
        ) -> None:
            found.append(ImportProblem.of(file, sheet.name, cell_name(row, scan_at[column]), problem))

        fields = _row_fields(raw, currency, bad, date1904=sheet.date1904)
        scans, scan_problems = _row_scans(scan_raw, bad_scan, date1904=sheet.date1904)
        problems += found
        if not found:
            where = Text("{file}, row {row}", file=file, row=str(row))
            claim = ClaimInput(**fields, quarter=quarter, where=where)
            rows.append(ScannedRow(row, claim, scans, scan_problems))
    return rows, problems


def _row_scans(
    raw: dict[ScanColumn, object], bad: Callable[[ScanColumn, CellProblem], None], *, date1904: bool = False
) -> tuple[tuple[RowScan, ...], tuple[Text, ...]]:
    """The scans a row names (file name, and the date beside a proof's) and a proof date without its file."""
    scans: list[RowScan] = []
    problems: list[Text] = []
    dates: dict[Any, dt.date | None] = {}
    for column, value in raw.items():
        if column.date:
            dates[column.kind], problem = parse_date(value, date1904=date1904)
            if problem:
                bad(column, problem)
    for column, value in raw.items():
        if column.date:
            continue
        name = parse_text(value)[0]
        if error := formula_error(value):
            bad(column, CellProblem(error, Text("a file name")))
        elif len(name) > FILE_NAME_LIMIT:
            limit = str(FILE_NAME_LIMIT)
            bad(column, CellProblem(shown(value), Text("a file name of at most {limit} characters", limit=limit)))
        elif name:
            scans.append(RowScan(column, name, dates.pop(column.kind, None) if column.kind.is_proof else None))
    for kind, day in dates.items():
        if day is not None and not any(s.column.kind == kind for s in scans):
            column = ScanColumn(kind, date=True)
            problems.append(
                Text(
                    "{field}: a date without its file: write the file's name in “{column}”",
                    field=column.field(),
                    column=ScanColumn(kind).field(),
                )
            )
    return tuple(scans), tuple(problems)


def _row_fields(
    raw: dict[str, object], currency: str, bad: Callable[[str, CellProblem], None], *, date1904: bool = False
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    ref = parse_text(raw["reference"])[0].upper()
    if not REFERENCE.match(ref):
        expected = Text("an activity reference from the list, e.g. D014-2027-03")
        bad("reference", CellProblem(shown(raw["reference"]), expected))
    out["reference"] = ref
    for key, limit in TEXT_LIMITS.items():
        out[key] = parse_text(raw[key])[0]
        if error := formula_error(raw[key]):
            bad(key, CellProblem(error, Text("a text")))
        elif len(out[key]) > limit:
            bad(key, CellProblem(shown(raw[key]), Text("a text of at most {limit} characters", limit=str(limit))))
    if not out["invoice_number"]:
        bad("invoice_number", CellProblem("", Text("the invoice number")))
    code = parse_text(raw["currency"])[0].upper()
    if code and not (len(code) == 3 and code.isascii() and code.isalpha()):
        bad(
            "currency",
            CellProblem(
                shown(raw["currency"]),
                Text("a three-letter currency code such as USD, or blank for {currency}", currency=currency),
            ),
        )
    out["currency"] = code or None
    out["exchange_rate"], problem = parse_rate(raw["exchange_rate"])
    if problem:
        bad("exchange_rate", problem)
    for key in DATE_KEYS:
        out[key], problem = parse_date(raw[key], date1904=date1904)
        if problem:
            bad(key, problem)
    for key in AMOUNT_KEYS:
        out[key], problem = parse_money(raw[key], minimum=Decimal(0), currency=code or currency)
        if problem:
            bad(key, problem)
    if out["invoice_date"] is None and is_blank(raw["invoice_date"]):
        bad("invoice_date", CellProblem("", Text("the invoice date, e.g. 15.03.2027")))
    if out["invoice_amount"] is None and is_blank(raw["invoice_amount"]):
        bad("invoice_amount", CellProblem("", Text("the invoice amount, e.g. 12 500,50")))
    return out


def parse_rate(value: object) -> tuple[Decimal | None, CellProblem | None]:
    """An exchange rate: a number above 0 with at most 10 decimals (``92,5`` and ``0.0108`` alike)."""
    expected = Text("an exchange rate above 0 such as 0,92 (blank for the programme currency)")
    if is_blank(value):
        return None, None
    number: Decimal | None = None
    if isinstance(value, bool | dt.date):
        number = None
    elif isinstance(value, int | float | Decimal):
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            number = None
    elif isinstance(value, str):
        number, problem = read_amount(value, places=None, currency_words=False)
        if problem is not None and problem.kind == AMBIGUOUS:  # 92,500: 92500 or 92.5
            return None, CellProblem(shown(value), problem.expected())
    if number is None or not number.is_finite() or number <= 0 or number >= 10**9:
        return None, CellProblem(shown(value), expected)
    if number != number.quantize(Decimal("1e-10"), rounding=ROUND_DOWN):
        return None, CellProblem(shown(value), Text("an exchange rate with at most 10 decimals"))
    return number.normalize() if number == number.to_integral_value() else number, None


def _reason(exc: Exception) -> str:
    if isinstance(exc, WorkbookRefused):
        return exc.reason
    if isinstance(exc, CoopDeskError):
        return refusal_text(exc.lines())
    return Text("the identification sheet is missing or altered ({error})", error=str(exc))

"""Quarterly claims read back (the templates: :mod:`.template`): the dealer's invoices, each filed on its own.

``import_claims`` reads the files back: a file with any malformed cell files nothing (every problem
listed); in a well-formed file each row is filed through ``ClaimService.file`` and its outcome reported —
filed, late, returned, rejected, duplicate (R8), no approved mockup, or refused for another reason. No
row is ever dropped silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from coop_desk import permissions
from coop_desk.amounts import AMBIGUOUS, read_amount
from coop_desk.errors import CoopDeskError, DuplicateClaim, NoApprovedMockup
from coop_desk.services import Services
from coop_desk.services.base import column_length
from coop_desk.services.claim_views import ClaimInput, FilingResult
from coop_desk.text import Text, join
from coop_desk.words import stage_name
from models import Claim, ClaimStatus
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
from reports.xlsx.meta import TemplateMeta
from reports.xlsx.report import IMPORTED, REFUSED, FileOutcome, ImportProblem, ImportReport, refusal_text
from reports.xlsx.returned import open_returned
from reports.xlsx.safety import SheetValues, WorkbookRefused

#: The longest texts a dealer may give: the lengths of the columns they are stored in.
TEXT_LIMITS = {
    key: column_length(getattr(Claim, key)) or 0
    for key in ("invoice_number", "vendor", "payment_order_number", "act_number")
}


FILED = "filed"  # submitted for review
LATE = "late"  # submitted, filed after the deadline: approving it needs an override
RETURNED = "returned"  # stored, returned to the dealer: a document is missing
REJECTED = "rejected"  # stored as rejected: the act is dated before the mockup's approval (R7)
DUPLICATE = "duplicate"  # not stored: the invoice was claimed already (R8)
NO_MOCKUP = "no mockup"  # not stored: the activity has no approved mockup
NOT_FILED = "refused"  # not stored, for another reason (not in the plan, another dealer's, a date in the future…)
STORED = (FILED, LATE, RETURNED, REJECTED)
#: The outcomes as words for people (translatable); the constants above are the outcome values.
OUTCOME_WORDS = {
    FILED: Text("filed"),
    LATE: Text("late"),
    RETURNED: Text("returned"),
    REJECTED: Text("rejected"),
    DUPLICATE: Text("duplicate"),
    NO_MOCKUP: Text("no mockup"),
    NOT_FILED: Text("refused"),
}


@dataclass(frozen=True)
class RowOutcome:
    """What became of one invoice row of a claims file."""

    file: str
    sheet: str
    row: int
    reference: str
    invoice_number: str
    outcome: str  # one of FILED, LATE, RETURNED, REJECTED, DUPLICATE, NO_MOCKUP, NOT_FILED
    message: str  # a coop_desk.text.Text (or a join of them): the window translates it
    claim_id: int | None = None
    late: bool = False
    duplicate_of: int | None = None

    @property
    def stored(self) -> bool:
        return self.outcome in STORED

    @property
    def outcome_text(self) -> str:
        """The outcome as words for people (``filed``, ``duplicate``…), translatable."""
        return OUTCOME_WORDS.get(self.outcome, self.outcome)

    def outcome_line(self) -> Text:
        """``filed → claim 12: <message>`` (the outcome, the claim stored, what the service said)."""
        head = (
            Text("{outcome} → claim {claim}", outcome=self.outcome_text, claim=str(self.claim_id))
            if self.claim_id is not None
            else self.outcome_text
        )
        return join((head, self.message), ": ")

    def row_text(self) -> Text:
        where = Text(
            "row {row} ({reference}, invoice {invoice})",
            row=str(self.row),
            reference=self.reference,
            invoice=self.invoice_number,
        )
        return join((where, self.outcome_line()), ": ")

    def __str__(self) -> str:
        return str.__str__(self.text())

    def text(self) -> Text:
        return join((self.file, Text("sheet {sheet}", sheet=self.sheet), self.row_text()), ", ")


@dataclass
class ClaimsImportReport:
    """The files of a claims import (:class:`ImportReport`) and the outcome of every row filed from them."""

    report: ImportReport = field(default_factory=ImportReport)
    rows: list[RowOutcome] = field(default_factory=list)

    @property
    def outcomes(self) -> list[FileOutcome]:
        return self.report.outcomes

    @property
    def not_filed(self) -> list[RowOutcome]:
        return [r for r in self.rows if not r.stored]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rows:
            out[r.outcome] = out.get(r.outcome, 0) + 1
        return out

    @property
    def exit_code(self) -> int:
        """1 when a file was refused or a row was not filed (duplicate, no mockup, other reason)."""
        return 1 if self.report.exit_code or self.not_filed else 0

    def summary(self) -> str:
        parts = [_count_text(what, n) for what, n in self.counts().items()]
        counts = join(parts, ", ") if parts else Text("no rows filed")
        return Text("{files}; rows: {counts}", files=self.report.summary(), counts=counts)

    def lines(self) -> list[str]:
        out: list[str] = []
        for o in self.report.outcomes:
            out += o.lines()
            out += [join(("    ", r.row_text()), "") for r in self.rows if r.file == o.name]
        return [*out, self.summary()]

    def refused_lines(self) -> list[str]:
        """One line per refused file and per row that was not filed (for stderr)."""
        files = [o.lines()[0] for o in self.report.refused]
        return files + [r.text() for r in self.not_filed]

    def to_dict(self) -> dict[str, Any]:
        return self.report.to_dict() | {"rows": [asdict(r) for r in self.rows], "counts": self.counts()}


def import_claims(
    services: Services, paths: Sequence[Path | str] | Path | str, filed_on: dt.date | None = None
) -> ClaimsImportReport:
    """File the claims of returned templates (files, or folders whose every file is listed as for drafts:
    .xlsx, .xlsm and .ods read, the others refused or skipped, see reports.xlsx.folder_listing.folder_entry).
    A malformed file files nothing; a well-formed one files each row on its own; every row's outcome is
    reported."""
    if isinstance(paths, str | Path):
        paths = [paths]
    result = ClaimsImportReport(ImportReport())
    for entry in list_paths(paths):
        if isinstance(entry, FileOutcome):
            result.report.outcomes.append(entry)
            continue
        outcome, rows = _import_file(services, entry, filed_on)
        result.report.outcomes.append(outcome)
        result.rows += rows
    return result


@dataclass(frozen=True)
class _Row:
    row: int
    claim: ClaimInput


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


def _import_file(services: Services, path: Path, filed_on: dt.date | None) -> tuple[FileOutcome, list[RowOutcome]]:
    try:
        meta, sheet, problems = isolated.run(path, _read, path)
        assert meta is not None
        quarter = int(meta.scope.upper().removeprefix("Q"))
        view = services.years.get(meta.year)
        services.dealers.get(meta.dealer)
    except (CoopDeskError, ValueError) as exc:
        return FileOutcome(str(path), REFUSED, message=_reason(exc)), []
    if problems:
        return FileOutcome(str(path), REFUSED, problems, Text("the sheet's columns were moved or renamed")), []
    rows, problems = _read_rows(sheet, path.name, view.currency, quarter)
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
        return FileOutcome(str(path), REFUSED, problems, message), []
    outcomes = [_file_row(services, meta.year, meta.dealer, r, path.name, sheet.name, filed_on) for r in rows]
    stored = sum(1 for o in outcomes if o.stored)
    return (
        FileOutcome(
            str(path),
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


def _file_row(
    services: Services, year: int, dealer: str, r: _Row, file: str, sheet: str, filed_on: dt.date | None
) -> RowOutcome:
    c = r.claim
    base = RowOutcome(file, sheet, r.row, c.reference, c.invoice_number, outcome="", message="")
    try:
        result = services.claims.file(year, dealer, c, filed_on=filed_on)
    except CoopDeskError as exc:
        text = join([_problem_text(p.where, p.message, c.where) for p in exc.problems], "; ")
        if isinstance(exc, DuplicateClaim):
            return replace(base, outcome=DUPLICATE, message=text, duplicate_of=exc.first_id)
        kind = NO_MOCKUP if isinstance(exc, NoApprovedMockup) else NOT_FILED
        return replace(base, outcome=kind, message=text)
    return replace(base, outcome=_stored_as(result), message=result.message, claim_id=result.claim_id, late=result.late)


def _count_text(outcome: str, n: int) -> Text:
    """``3 filed``, ``1 duplicate``… for the summary, translatable."""
    count = str(n)
    if outcome == FILED:
        return Text("{count} filed", count=count)
    if outcome == LATE:
        return Text("{count} late", count=count)
    if outcome == RETURNED:
        return Text("{count} returned", count=count)
    if outcome == REJECTED:
        return Text("{count} rejected", count=count)
    if outcome == DUPLICATE:
        return Text("{count} duplicate", count=count)
    if outcome == NO_MOCKUP:
        return Text("{count} no mockup", count=count)
    return Text("{count} refused", count=count)


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


def _read_rows(sheet: SheetValues, file: str, currency: str, quarter: int) -> tuple[list[_Row], list[ImportProblem]]:
    rows: list[_Row] = []
    problems: list[ImportProblem] = []
    for row in range(FIRST_ROW, sheet.max_row + 1):
        raw = {key: sheet.value(row, COL[key]) for key in COL}
        if all(is_blank(v) for v in raw.values()):
            continue
        found: list[ImportProblem] = []

        def bad(key: str, problem: CellProblem, row: int = row, found: list[ImportProblem] = found) -> None:
            found.append(ImportProblem.of(file, sheet.name, f"{LETTER[key]}{row}", problem))

        fields = _row_fields(raw, currency, bad, date1904=sheet.date1904)
        problems += found
        if not found:
            where = Text("{file}, row {row}", file=file, row=str(row))
            rows.append(_Row(row, ClaimInput(**fields, quarter=quarter, where=where)))
    return rows, problems


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

"""Quarterly claims: a template per dealer out, the dealer's invoices back in, each filed on its own.

``write_claims_templates`` writes, per dealer, a workbook whose entry sheet takes one row per invoice
(activity reference from a dropdown of the dealer's activities with an approved mockup, the invoice,
the payment order and the acceptance act); a reference sheet lists those activities with their
approved rate (R6). ``import_claims`` reads the files back: a file with any malformed cell files
nothing (every problem listed); in a well-formed file each row is filed through
``ClaimService.file`` and its outcome reported — filed, late, returned, rejected, duplicate (R8),
no approved mockup, or refused for another reason. No row is ever dropped silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk.amounts import AMBIGUOUS, read_amount
from coop_desk.errors import CoopDeskError, NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.base import column_length
from coop_desk.services.claim_views import ClaimInput, FilingResult
from coop_desk.services.mockups import MockupView
from coop_desk.services.plans import ActivityView
from coop_desk.text import Text, join
from coop_desk.words import stage_name
from models import Claim, ClaimStatus, MockupStatus, Stage
from reports.pdf.i18n import service_text
from reports.xlsx import isolated
from reports.xlsx.cells import CellProblem, formula_error, is_blank, parse_date, parse_money, parse_text, shown
from reports.xlsx.consolidation import (
    GRID,
    HEADER_FILL,
    INPUT_FILL,
    INPUT_HEADER_FILL,
    REFERENCE,
    UNLOCKED,
    WRAP_TOP,
    Column,
    check_layout,
    fit_height,
    instructions_sheet,
    print_setup,
)
from reports.xlsx.meta import CURRENT_VERSIONS, TemplateMeta, write_meta
from reports.xlsx.ods import open_values, read_template_meta
from reports.xlsx.plan_import import list_paths
from reports.xlsx.report import IMPORTED, REFUSED, FileOutcome, ImportProblem, ImportReport, refusal_text
from reports.xlsx.safety import SheetValues, WorkbookRefused
from reports.xlsx.writing import save_workbook, write_cell, write_text

KIND = "claims"
SHEET = "Заявки"
LIST_SHEET = "Мероприятия"
HEADER_ROW = 6
FIRST_ROW = HEADER_ROW + 1
ROWS = 200  # invoice rows in a template
QUARTER_CELL = "F3"
DATE_FORMAT = "DD.MM.YYYY"
REFERENCES_NAME = "approved_references"

COLUMNS = (
    Column("reference", "Референс мероприятия", "Activity reference", 17, agency=True),
    Column("invoice_number", "Номер счёта", "Invoice number", 14, agency=True),
    Column("invoice_date", "Дата счёта", "Invoice date", 12, agency=True),
    Column("invoice_amount", "Сумма счёта", "Invoice amount", 14, agency=True),
    Column("currency", "Валюта (пусто = {cur})", "Currency (blank = {cur})", 13, agency=True),
    Column("exchange_rate", "Курс ({cur} за 1 ед.)", "Rate ({cur} per 1 unit)", 13, agency=True),
    Column("vendor", "Подрядчик", "Vendor", 20, agency=True),
    Column("payment_order_number", "Номер платёжного поручения", "Payment order number", 15, agency=True),
    Column("payment_order_date", "Дата платёжного поручения", "Payment order date", 13, agency=True),
    Column("paid_amount", "Оплачено по п/п", "Amount paid", 14, agency=True),
    Column("act_number", "Номер акта приёмки", "Acceptance act number", 14, agency=True),
    Column("act_date", "Дата акта", "Act date", 12, agency=True),
)
COL = {c.key: i for i, c in enumerate(COLUMNS, start=1)}
LETTER = {c.key: get_column_letter(i) for i, c in enumerate(COLUMNS, start=1)}
DATE_KEYS = ("invoice_date", "payment_order_date", "act_date")
AMOUNT_KEYS = ("invoice_amount", "paid_amount")
#: The longest texts a dealer may give: the lengths of the columns they are stored in.
TEXT_LIMITS = {
    key: column_length(getattr(Claim, key)) or 0
    for key in ("invoice_number", "vendor", "payment_order_number", "act_number")
}

LIST_COLUMNS = (
    Column("reference", "Референс", "Reference", 16),
    Column("channel", "Канал", "Channel", 14),
    Column("month", "Месяц", "Month", 8),
    Column("idea", "Идея", "Idea", 40),
    Column("rate", "Ставка возмещения (R6)", "Reimbursement rate (R6)", 28),
    Column("approved", "Макет одобрен", "Mockup approved", 13),
)

INSTRUCTIONS_RU = (
    "Заявки на возмещение за {q} квартал {year}: инструкция",
    "Лист «{sheet}»: одна строка на один счёт подрядчика. Выберите референс мероприятия из списка — "
    "в нём только мероприятия с одобренным макетом (лист «{list}»).",
    "Для каждого счёта укажите: номер, дату и сумму счёта; номер, дату и сумму платёжного поручения "
    "(подтверждает оплату); номер и дату акта приёмки-сдачи работ (подтверждает выполнение).",
    "Суммы — числа ≥ 0, не больше двух знаков после запятой; даты — в формате ДД.ММ.ГГГГ.",
    "Валюта: пусто — {cur}. Для счёта в другой валюте укажите её код (USD) и, если известен, курс "
    "({cur} за 1 единицу валюты счёта).",
    "Заявка без платёжного поручения или акта будет возвращена на доработку. Акт, датированный раньше "
    "одобрения макета, возвращает заявку: если дата указана с ошибкой, её можно исправить. Один и тот же счёт "
    "принимается только один раз.",
    "Можно указывать и мероприятия прошлых кварталов: квартал заявки определяет дата акта (без акта — дата "
    "счёта), и срок подачи — срок этого квартала.",
    "Не переименовывайте листы и не меняйте скрытый служебный лист: он определяет дилера, год и квартал.",
)
INSTRUCTIONS_EN = (
    "Claims for quarter {q} of {year}: instructions",
    "Sheet “{sheet}”: one row per vendor invoice. Pick the activity reference from the dropdown — it lists "
    "only activities with an approved mockup (sheet “{list}”).",
    "For every invoice give: its number, date and amount; the payment order's number, date and amount "
    "(proves you paid); the acceptance act's number and date (proves the work was done).",
    "Amounts are numbers ≥ 0 with at most two decimals; dates as DD.MM.YYYY.",
    "Currency: blank means {cur}. For an invoice in another currency give its code (USD) and, if you know "
    "it, the rate ({cur} per 1 unit of the invoice currency).",
    "A claim without a payment order or an act is returned for completion. An act dated before the mockup "
    "was approved returns the claim: a mistyped date can be corrected. The same invoice is accepted only once.",
    "You may list activities of earlier quarters too: the act's date (without an act, the invoice's) decides "
    "the quarter of a claim, and that quarter's filing deadline applies.",
    "Do not rename the sheets or change the hidden sheet: it identifies the dealer, the year and the quarter.",
)


# -- writing ------------------------------------------------------------------------------------------
def _approved_by_dealer(services: Services, year: int, dealer: str | None) -> dict[str, list[MockupView]]:
    """dealer code → the latest approved mockup of each of its activities, by reference."""
    out: dict[str, dict[str, MockupView]] = {}
    for m in services.mockups.list_mockups(year, status=MockupStatus.APPROVED, dealer_code=dealer):
        latest = out.setdefault(m.dealer_code, {})
        if m.reference not in latest or m.number > latest[m.reference].number:
            latest[m.reference] = m
    return {code: sorted(refs.values(), key=lambda m: m.reference) for code, refs in sorted(out.items())}


def write_claims_templates(
    services: Services, year: int, quarter: int, out_dir: Path | str, dealer: str | None = None
) -> list[Path]:
    """One claims template per dealer with an approved mockup (or for ``dealer`` only); the paths written."""
    if isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4:
        raise Refused(Text("quarter must be 1, 2, 3 or 4, got {quarter}", quarter=repr(quarter)))
    view = services.years.get(year)
    code = dealer.strip().upper() if dealer else None
    if code:
        services.dealers.get(code)  # NotFound for an unknown dealer
    by_dealer = _approved_by_dealer(services, year, code)
    if not by_dealer:
        if code:
            raise NotFound(
                Text(
                    "dealer {dealer} has no activity with an approved mockup in {year}: there is nothing to claim yet",
                    dealer=code,
                    year=str(year),
                )
            )
        raise NotFound(
            Text(
                "no dealer has an activity with an approved mockup in {year}: there is nothing to claim yet",
                year=str(year),
            )
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    activities = {a.reference: a for a in services.plans.activities(year, code)}
    for dealer_code, mockups in by_dealer.items():
        d = services.dealers.get(dealer_code)
        wb = _template(year, quarter, view.currency, d.code, d.name, mockups, activities)
        written.append(save_workbook(wb, out / f"claims-{year}-Q{quarter}-{d.code}.xlsx"))
    return written


def _template(
    year: int,
    quarter: int,
    currency: str,
    code: str,
    name: str,
    mockups: list[MockupView],
    activities: dict[str, ActivityView],
) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    _entry_title(ws, year, quarter, code, name)
    _entry_header(ws, currency)
    _entry_rows(ws)
    _activity_list(wb, mockups, activities)
    _entry_validations(ws, len(mockups))
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"A1:{LETTER['act_date']}{FIRST_ROW + 24}"  # a blank form of 25 rows on paper
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    fmt = {"year": year, "q": quarter, "sheet": SHEET, "list": LIST_SHEET, "cur": currency}
    instructions_sheet(wb, [s.format(**fmt) for s in INSTRUCTIONS_RU], [s.format(**fmt) for s in INSTRUCTIONS_EN])
    write_meta(wb, TemplateMeta(KIND, CURRENT_VERSIONS[KIND], year, code, f"Q{quarter}"))
    wb.active = 0
    return wb


def _entry_title(ws: Worksheet, year: int, quarter: int, code: str, name: str) -> None:
    last = get_column_letter(len(COLUMNS))
    write_text(ws, 1, 1, f"Заявки на возмещение: {name} ({code}), {quarter} квартал {year}").font = Font(
        bold=True, size=14
    )
    write_text(ws, 2, 1, f"Reimbursement claims: {name} ({code}), quarter {quarter} of {year}").font = Font(
        italic=True, color="FF595959"
    )
    write_text(ws, 3, 1, "Дилер / Dealer:").font = Font(bold=True)
    write_text(ws, 3, 2, code).font = Font(bold=True)
    write_text(ws, 3, 4, "Год / Year:").font = Font(bold=True)
    write_cell(ws, 3, 5, year).alignment = Alignment(horizontal="left")
    write_text(ws, 3, 6, "Квартал / Quarter:").font = Font(bold=True)
    write_cell(ws, 3, 8, quarter).alignment = Alignment(horizontal="left")
    ws.merge_cells("F3:G3")
    write_text(
        ws,
        4,
        1,
        "Одна строка — один счёт; референс выбирается из списка. / One row per invoice; pick the reference "
        "from the list.",
    ).font = Font(italic=True, color="FF595959")
    for row in (1, 2, 4):
        ws.merge_cells(f"A{row}:{last}{row}")
    ws.row_dimensions[1].height = 22


def _entry_header(ws: Worksheet, currency: str) -> None:
    for i, column in enumerate(COLUMNS, start=1):
        cell = write_text(ws, HEADER_ROW, i, column.title.format(cur=currency))
        cell.font = Font(bold=True)
        cell.fill = INPUT_HEADER_FILL
        cell.alignment = WRAP_TOP
        cell.border = GRID
        ws.column_dimensions[get_column_letter(i)].width = column.width
    fit_height(ws, HEADER_ROW, COLUMNS, minimum=2, bold=True)
    ws.freeze_panes = f"B{FIRST_ROW}"


def _entry_rows(ws: Worksheet) -> None:
    for row in range(FIRST_ROW, FIRST_ROW + ROWS):
        for column in COLUMNS:
            cell = ws.cell(row=row, column=COL[column.key])
            cell.protection = UNLOCKED
            cell.fill = INPUT_FILL
            cell.border = GRID
            if column.key in DATE_KEYS:
                cell.number_format = DATE_FORMAT
            elif column.key in AMOUNT_KEYS:
                cell.number_format = "#,##0.00"
            elif column.key == "exchange_rate":
                cell.number_format = "0.######"
            else:
                cell.number_format = "@"  # text: invoice numbers such as 0012 keep their zeros


def _activity_list(wb: Workbook, mockups: list[MockupView], activities: dict[str, ActivityView]) -> None:
    ws = wb.create_sheet(LIST_SHEET)
    write_text(ws, 1, 1, "Мероприятия с одобренным макетом / Activities with an approved mockup").font = Font(
        bold=True, size=12
    )
    for i, column in enumerate(LIST_COLUMNS, start=1):
        cell = write_text(ws, 2, i, column.title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP_TOP
        cell.border = GRID
        ws.column_dimensions[get_column_letter(i)].width = column.width
    fit_height(ws, 2, LIST_COLUMNS, minimum=2, bold=True)
    for row, m in enumerate(mockups, start=3):
        activity = activities.get(m.reference)
        idea = activity.idea if activity else m.title
        month = activity.month if activity else None
        values: list[object] = [m.reference, m.channel, month, idea, _bilingual(m.rate_text), m.decided_on]
        for i, value in enumerate(values, start=1):
            fmt = DATE_FORMAT if LIST_COLUMNS[i - 1].key == "approved" else None
            cell = write_cell(ws, row, i, value, number_format=fmt)  # type: ignore[arg-type]
            cell.border = GRID
            cell.alignment = WRAP_TOP
        fit_height(ws, row, LIST_COLUMNS)
    ws.freeze_panes = "A3"
    print_setup(ws, "2:2")
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    last = 2 + max(len(mockups), 1)
    wb.defined_names[REFERENCES_NAME] = DefinedName(REFERENCES_NAME, attr_text=f"'{LIST_SHEET}'!$A$3:$A${last}")


def _bilingual(text: str) -> str:
    """A sentence a service made (the R6 rate with its formula) in the template's two languages: Russian, then
    English on the next line, as the template's titles are."""
    russian = service_text(text, "ru")
    return text if russian == str(text) else f"{russian}\n{text}"


def _entry_validations(ws: Worksheet, count: int) -> None:
    last = FIRST_ROW + ROWS - 1

    def rng(key: str) -> str:
        return f"{LETTER[key]}{FIRST_ROW}:{LETTER[key]}{last}"

    reference = DataValidation(
        type="list",
        formula1=REFERENCES_NAME,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Референс / Reference",
        error="Выберите мероприятие из списка / Pick an activity from the list",
    )
    reference.add(rng("reference"))
    dates = DataValidation(
        type="date",
        operator="between",
        formula1="DATE(2000,1,1)",
        formula2="DATE(2100,12,31)",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Дата / Date",
        error="Дата ДД.ММ.ГГГГ / A date DD.MM.YYYY",
    )
    amounts = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Сумма / Amount",
        error="Число ≥ 0 / A number ≥ 0",
    )
    rate = DataValidation(
        type="decimal",
        operator="greaterThan",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        error="Курс > 0 / A rate above 0",
    )
    currency = DataValidation(
        type="textLength",
        operator="equal",
        formula1="3",
        allow_blank=True,
        showErrorMessage=True,
        error="Код из трёх букв, например USD / A three-letter code such as USD",
    )
    for key in DATE_KEYS:
        dates.add(rng(key))
    for key in AMOUNT_KEYS:
        amounts.add(rng(key))
    rate.add(rng("exchange_rate"))
    currency.add(rng("currency"))
    for dv in (reference, dates, amounts, rate, currency):
        ws.add_data_validation(dv)


# -- reading ------------------------------------------------------------------------------------------
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
_DUPLICATE_OF = re.compile(r"duplicate of claim (\d+)")


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
    .xlsx, .xlsm and .ods read, the others refused or skipped, see reports.xlsx.plan_import.folder_entry).
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


def _read(path: Path) -> tuple[TemplateMeta, SheetValues]:
    """The identification and the claims sheet; run in the reader process (reports.xlsx.isolated)."""
    values = open_values(path)  # .xlsx, .xlsm or LibreOffice's .ods
    try:
        meta = read_template_meta(values, KIND)
        name = values.find(SHEET, "Claims")
        if name is None:
            raise WorkbookRefused(
                path, Text("has no sheet “{sheet}”: send back the workbook CoopDesk wrote", sheet=SHEET)
            )
        return meta, values.sheet(name)
    finally:
        values.close()


def _import_file(services: Services, path: Path, filed_on: dt.date | None) -> tuple[FileOutcome, list[RowOutcome]]:
    try:
        meta, sheet = isolated.run(path, _read, path)
        quarter = int(meta.scope.upper().removeprefix("Q"))
        view = services.years.get(meta.year)
        services.dealers.get(meta.dealer)
    except (CoopDeskError, ValueError) as exc:
        return FileOutcome(str(path), REFUSED, message=_reason(exc)), []
    problems = check_layout(sheet, HEADER_ROW, COLUMNS, path.name)
    if problems:
        return FileOutcome(str(path), REFUSED, problems, Text("the sheet's columns were moved or renamed")), []
    rows, problems = _read_rows(sheet, path.name, view.currency, quarter)
    today = services.ctx.today()
    message: str = ""
    if view.stage not in (Stage.EXECUTION, Stage.EVALUATION):
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
        duplicate = _DUPLICATE_OF.search(text)
        if duplicate:
            return replace(base, outcome=DUPLICATE, message=text, duplicate_of=int(duplicate.group(1)))
        kind = NO_MOCKUP if "has no approved mockup" in text else NOT_FILED
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

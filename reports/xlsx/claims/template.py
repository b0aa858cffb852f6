"""Quarterly claims templates: one per dealer, its invoices to fill in (read back by :mod:`.importer`).

``write_claims_templates`` writes, per dealer, a workbook whose entry sheet takes one row per invoice
(activity reference from a dropdown of the dealer's activities with an approved mockup, the invoice,
the payment order and the acceptance act), then the file names of the row's scans and the dates of its
proofs of performance (:mod:`.scan_columns`: a proof column per kind the channels of the dealer's
activities need; once a row's reference is picked, its cells of proofs its channel does not list turn grey
and those it requires orange); a reference sheet lists those activities with their approved rate (R6) and
what each proof is to its channel.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk import rules
from coop_desk.errors import NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.mockups import MockupView
from coop_desk.services.plan_views import ActivityView
from coop_desk.text import Text
from models import DocumentKind, MockupStatus
from reports.pdf.i18n import service_text
from reports.xlsx.claims.scan_columns import (
    NOT_APPLICABLE,
    REQUIRED,
    ScanColumn,
    proof_kinds,
    proof_status,
    scan_columns,
)
from reports.xlsx.layout import (
    GRID,
    INPUT_FILL,
    NUMBER_ERROR,
    UNLOCKED,
    WRAP_TOP,
    Column,
    column_index,
    column_letters,
    column_range,
    fit_height,
    instructions_sheet,
    print_setup,
    validation,
    write_header,
)
from reports.xlsx.meta import CURRENT_VERSIONS, TemplateMeta, write_meta
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
COL = column_index(COLUMNS)
LETTER = column_letters(COLUMNS)
DATE_KEYS = ("invoice_date", "payment_order_date", "act_date")
AMOUNT_KEYS = ("invoice_amount", "paid_amount")

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
    "Сканы документов: положите файлы (PDF, PNG, JPEG, TIFF или WEBP) в ту же папку, что и эту книгу "
    "(или в один zip-архив вместе с ней), и впишите имя каждого файла в его столбец: скан счёта, платёжного "
    "поручения, акта и подтверждений выполнения. Только имя файла, без папки (например, D014-счёт-12.pdf).",
    "Подтверждения выполнения (эфирная справка, фото, печатная полоса…) — по каналу мероприятия (лист «{list}»): "
    "после выбора референса оранжевые ячейки обязательны, серые к этому каналу не относятся. Укажите дату, "
    "которую показывает подтверждение: между одобрением макета и актом.",
    "Один скан платёжного поручения или акта может относиться к нескольким счетам; скан счёта — только к "
    "одному. Заявка без обязательного подтверждения будет возвращена на доработку.",
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
    "Scans: put the files (PDF, PNG, JPEG, TIFF or WEBP) in the same folder as this workbook (or in a zip "
    "with it), and write each file's name in its column: the scan of the invoice, the payment order, the act "
    "and the proofs of performance. The file's name only, without a folder (e.g. D014-invoice-12.pdf).",
    "Proofs of performance (airplay certificate, photos, printed page…) follow the activity's channel (sheet "
    "“{list}”): once the reference is picked, orange cells are required and grey ones do not apply to that "
    "channel. Give the date the proof shows: between the mockup's approval and the act.",
    "One payment order or act scan may cover several invoices; an invoice scan only one. A claim without a "
    "required proof is returned for completion.",
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
        named = partial(view.channel, lang=view.language)
        wb = _template(year, quarter, view.currency, d.code, d.name, mockups, activities, view.proofs, named)
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
    proofs: rules.ProofTable,
    channel_name: Callable[[str], str] = str,
) -> Workbook:
    """One dealer's claims template; ``channel_name`` names a channel (by its code) in the documents language."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    kinds = proof_kinds(proofs, (m.channel for m in mockups))
    scans = scan_columns(kinds)
    columns = COLUMNS + tuple(c.column() for c in scans)
    _entry_title(ws, year, quarter, code, name)
    _entry_header(ws, currency, columns)
    _entry_rows(ws, columns)
    _activity_list(wb, mockups, activities, proofs, kinds, channel_name)
    _entry_validations(ws, len(mockups))
    _scan_cells(ws, scans, len(mockups))
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    # a blank form of 25 rows on paper: the invoice columns (the scans' file names are for the import)
    ws.print_area = f"A1:{LETTER['act_date']}{FIRST_ROW + 24}"
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


def _entry_header(ws: Worksheet, currency: str, columns: tuple[Column, ...]) -> None:
    write_header(ws, HEADER_ROW, columns, {"cur": currency})
    ws.freeze_panes = f"B{FIRST_ROW}"


def _entry_rows(ws: Worksheet, columns: tuple[Column, ...]) -> None:
    for row in range(FIRST_ROW, FIRST_ROW + ROWS):
        for i, column in enumerate(columns, start=1):
            cell = ws.cell(row=row, column=i)
            cell.protection = UNLOCKED
            cell.fill = INPUT_FILL
            cell.border = GRID
            if column.key in DATE_KEYS or column.key.endswith("_date"):
                cell.number_format = DATE_FORMAT
            elif column.key in AMOUNT_KEYS:
                cell.number_format = "#,##0.00"
            elif column.key == "exchange_rate":
                cell.number_format = "0.######"
            else:
                cell.number_format = "@"  # text: invoice numbers such as 0012 keep their zeros


def _activity_list(
    wb: Workbook,
    mockups: list[MockupView],
    activities: dict[str, ActivityView],
    proofs: rules.ProofTable,
    kinds: tuple[DocumentKind, ...],
    channel_name: Callable[[str], str],
) -> None:
    ws = wb.create_sheet(LIST_SHEET)
    write_text(ws, 1, 1, "Мероприятия с одобренным макетом / Activities with an approved mockup").font = Font(
        bold=True, size=12
    )
    columns = LIST_COLUMNS + tuple(ScanColumn(k).column() for k in kinds)
    columns = tuple(Column(c.key, c.ru.removesuffix(": файл"), c.en.removesuffix(": file"), c.width) for c in columns)
    write_header(ws, 2, columns)
    for row, m in enumerate(mockups, start=3):
        activity = activities.get(m.reference)
        idea = activity.idea if activity else m.title
        month = activity.month if activity else None
        values: list[object] = [
            m.reference,
            channel_name(m.channel),
            month,
            idea,
            _bilingual(m.rate_text),
            m.decided_on,
        ]
        values += [proof_status(proofs, m.channel, k) for k in kinds]
        for i, value in enumerate(values, start=1):
            fmt = DATE_FORMAT if columns[i - 1].key == "approved" else None
            cell = write_cell(ws, row, i, value, number_format=fmt)  # type: ignore[arg-type]
            cell.border = GRID
            cell.alignment = WRAP_TOP
        fit_height(ws, row, columns)
    ws.freeze_panes = "A3"
    print_setup(ws, "2:2")
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    last = 2 + max(len(mockups), 1)
    wb.defined_names[REFERENCES_NAME] = DefinedName(REFERENCES_NAME, attr_text=f"'{LIST_SHEET}'!$A$3:$A${last}")


GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
ORANGE = PatternFill(fill_type="solid", start_color="FFF8CBAD", end_color="FFF8CBAD")


def _scan_cells(ws: Worksheet, scans: tuple[ScanColumn, ...], count: int) -> None:
    """The scan columns' validations, and each proof cell coloured by what the proof is to the channel of the
    row's activity (looked up on the activity list once the reference is picked): grey where the channel does
    not list it, orange where it requires it."""
    last = FIRST_ROW + ROWS - 1
    first = len(COLUMNS) + 1
    names = validation(
        "textLength", operator="lessThanOrEqual", formula1="200", error="≤ 200 знаков / ≤ 200 characters"
    )
    dates = validation(
        "date",
        operator="between",
        formula1="DATE(2000,1,1)",
        formula2="DATE(2100,12,31)",
        error_title="Дата / Date",
        error="Дата ДД.ММ.ГГГГ / A date DD.MM.YYYY",
    )
    kinds = list(dict.fromkeys(c.kind for c in scans if c.kind.is_proof))
    ref = f"$A{FIRST_ROW}"
    table = f"'{LIST_SHEET}'!$A$3:${get_column_letter(len(LIST_COLUMNS) + len(kinds))}${2 + max(count, 1)}"
    for i, scan in enumerate(scans, start=first):
        letter = get_column_letter(i)
        area = f"{letter}{FIRST_ROW}:{letter}{last}"
        (dates if scan.date else names).add(area)
        if not scan.kind.is_proof:
            continue
        status = f"VLOOKUP({ref},{table},{len(LIST_COLUMNS) + 1 + kinds.index(scan.kind)},FALSE)"
        ws.conditional_formatting.add(area, FormulaRule(formula=[f'{status}="{NOT_APPLICABLE}"'], fill=GREY))
        ws.conditional_formatting.add(area, FormulaRule(formula=[f'{status}="{REQUIRED}"'], fill=ORANGE))
    for dv in (names, dates):
        ws.add_data_validation(dv)


def _bilingual(text: str) -> str:
    """A sentence a service made (the R6 rate with its formula) in the template's two languages: Russian, then
    English on the next line, as the template's titles are."""
    russian = service_text(text, "ru")
    return text if russian == str(text) else f"{russian}\n{text}"


def _entry_validations(ws: Worksheet, count: int) -> None:
    last = FIRST_ROW + ROWS - 1

    def rng(key: str) -> str:
        return column_range(COLUMNS, key, FIRST_ROW, last)

    reference = validation(
        "list",
        formula1=REFERENCES_NAME,
        error_title="Референс / Reference",
        error="Выберите мероприятие из списка / Pick an activity from the list",
    )
    reference.add(rng("reference"))
    dates = validation(
        "date",
        operator="between",
        formula1="DATE(2000,1,1)",
        formula2="DATE(2100,12,31)",
        error_title="Дата / Date",
        error="Дата ДД.ММ.ГГГГ / A date DD.MM.YYYY",
    )
    amounts = validation(
        "decimal", operator="greaterThanOrEqual", formula1="0", error_title="Сумма / Amount", error=NUMBER_ERROR
    )
    rate = validation("decimal", operator="greaterThan", formula1="0", error="Курс > 0 / A rate above 0")
    currency = validation(
        "textLength",
        operator="equal",
        formula1="3",
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

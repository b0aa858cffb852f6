"""The consolidation workbook: every dealer's planned activities out to the agency, its choices back in.

``write_consolidation`` (from drafting on, as a preview) writes one row per activity of every dealer's
current draft, grouped by region with a subtotal row per region and a total, and five columns for the
agency: include/drop, placement, vendor, costed amount and note. Only those cells (and the agency's
name) are unlocked. ``import_consolidation`` reads the file back cell by cell; any problem refuses the
whole file (every problem listed, nothing written), else it becomes the consolidated plan through
``PlanService.record_consolidation``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk.errors import CoopDeskError
from coop_desk.services import Services
from coop_desk.services.base import column_length
from coop_desk.services.plans import ActivityView, ConsolidatedRow, ConsolidationInput
from coop_desk.text import Text
from coop_desk.words import stage_name
from models import ConsolidatedItem, ConsolidatedPlan, Stage
from reports.xlsx import isolated
from reports.xlsx.cells import CellProblem, formula_error, is_blank, parse_money, parse_text, shown, title_matches
from reports.xlsx.meta import CURRENT_VERSIONS, TemplateMeta, read_meta, write_meta
from reports.xlsx.report import (
    IMPORTED,
    REFUSED,
    FileOutcome,
    ImportProblem,
    ImportReport,
    problems_message,
    refusal_text,
)
from reports.xlsx.safety import SheetValues, WorkbookRefused, read_values
from reports.xlsx.writing import money_format, save_workbook, write_cell, write_text

SHEET = "Консолидация"
KIND = "consolidation"
TITLE_ROWS = 4  # title, English title, agency, hint
HEADER_ROW = 6
#: The longest texts the agency may give: the lengths of the columns they are stored in (the note is free).
TEXT_LIMITS = {
    "placement": column_length(ConsolidatedItem.placement) or 0,
    "vendor": column_length(ConsolidatedItem.vendor) or 0,
    "note": 5000,
}
AGENCY_LIMIT = column_length(ConsolidatedPlan.agency) or 0
FIRST_ROW = HEADER_ROW + 1
AGENCY_CELL = "C3"
YES = ("да", "д", "yes", "y", "1", "true", "истина", "+", "включить", "include", "included")
NO = ("нет", "н", "no", "n", "0", "false", "ложь", "-", "исключить", "drop", "dropped", "exclude")
REFERENCE = re.compile(r"^[A-Z][A-Z0-9]{1,15}-\d{4}-\d{2,}$")
SUBTOTAL_PREFIXES = ("итого", "всего", "subtotal", "total")

INPUT_FILL = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
SUBTOTAL_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
INPUT_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFC6E0B4", end_color="FFC6E0B4")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
UNLOCKED = Protection(locked=False)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Column:
    key: str
    ru: str
    en: str
    width: float
    agency: bool = False

    @property
    def title(self) -> str:
        return f"{self.ru}\n{self.en}"


COLUMNS = (
    Column("reference", "Референс", "Reference", 15),
    Column("dealer_code", "Код дилера", "Dealer code", 12),
    Column("dealer_name", "Дилер", "Dealer", 26),
    Column("region", "Регион", "Region", 17),
    Column("city", "Город", "City", 17),
    Column("channel", "Канал", "Channel", 14),
    Column("month", "Месяц", "Month", 8),
    Column("planned_cost", "Плановая стоимость", "Planned cost", 15),
    Column("idea", "Идея", "Idea", 40),
    Column("include", "Включить? (да/нет)", "Include? (yes/no)", 13, agency=True),
    Column("placement", "Размещение", "Placement", 28, agency=True),
    Column("vendor", "Подрядчик", "Vendor", 26, agency=True),
    Column("costed_amount", "Стоимость агентства", "Costed amount", 15, agency=True),
    Column("note", "Примечание", "Note", 30, agency=True),
)
COL = {c.key: i for i, c in enumerate(COLUMNS, start=1)}
LETTER = {c.key: get_column_letter(i) for i, c in enumerate(COLUMNS, start=1)}
AGENCY_KEYS = tuple(c.key for c in COLUMNS if c.agency)

INSTRUCTIONS_RU = (
    "Консолидированный план {year}: инструкция для агентства",
    "На листе «{sheet}» — по одной строке на каждое мероприятие из текущих планов дилеров, "
    "по регионам, с промежуточными итогами.",
    "Заполняйте только зелёные столбцы J–N (и название агентства в ячейке {agency_cell}); остальные ячейки защищены.",
    "«Включить?»: «да» — мероприятие остаётся в плане, «нет» — агентство его исключает. Пустая ячейка означает «да».",
    "«Стоимость агентства»: ваша оценка стоимости (число ≥ 0, не больше двух знаков после запятой). "
    "Пусто — остаётся плановая стоимость дилера.",
    "Не объединяйте мероприятия разных дилеров: совместная акция — это строка каждого участника с его долей.",
    "Не добавляйте и не удаляйте строки и листы; верните файл целиком. Скрытый служебный лист "
    "определяет год и не должен меняться.",
)
INSTRUCTIONS_EN = (
    "Consolidated plan {year}: instructions for the agency",
    "The sheet “{sheet}” has one row per activity of every dealer's current draft, by region, with subtotals.",
    "Fill in only the green columns J–N (and the agency's name in cell {agency_cell}); everything else is protected.",
    "“Include?”: “yes” keeps the activity in the plan, “no” drops it. A blank cell means yes.",
    "“Costed amount”: your estimate of the cost (a number ≥ 0 with at most two decimals). Blank keeps the "
    "dealer's planned cost.",
    "Never merge activities of different dealers: a joint event is one row per dealer with that dealer's part.",
    "Do not add or delete rows or sheets; send the whole file back. The hidden sheet identifies the year and "
    "must not change.",
)


# -- writing ------------------------------------------------------------------------------------------
def write_consolidation(services: Services, year: int, path: Path | str) -> Path:
    """The consolidation workbook for ``year`` (any stage from drafting on); returns the path written."""
    view = services.years.get(year)
    activities = services.plans.activities(year)
    cities = {d.code: d.city for d in services.dealers.list_dealers()}
    previous = {r.reference: r for r in services.plans.consolidated(year)}
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    _title(ws, year, view.consolidating_agency, len(activities))
    _header(ws)
    last = _body(ws, activities, cities, previous, money_format(view.currency))
    _validations(ws, last)
    _protect(ws)
    instructions_sheet(
        wb,
        [line.format(year=year, sheet=SHEET, agency_cell=AGENCY_CELL) for line in INSTRUCTIONS_RU],
        [line.format(year=year, sheet=SHEET, agency_cell=AGENCY_CELL) for line in INSTRUCTIONS_EN],
    )
    write_meta(wb, TemplateMeta(KIND, CURRENT_VERSIONS[KIND], year))
    wb.active = 0
    return save_workbook(wb, path)


def _title(ws: Worksheet, year: int, agency: str, count: int) -> None:
    last = get_column_letter(len(COLUMNS))
    write_text(ws, 1, 1, f"Консолидированный план {year}: {count} мероприятий дилеров").font = Font(bold=True, size=14)
    write_text(ws, 2, 1, f"Consolidated plan {year}: {count} dealer activities").font = Font(
        italic=True, color="FF595959"
    )
    write_text(ws, 3, 1, "Агентство / Agency:").font = Font(bold=True)
    cell = write_text(ws, 3, 3, agency)
    cell.protection = UNLOCKED
    cell.fill = INPUT_FILL
    cell.border = GRID
    ws.merge_cells(f"{AGENCY_CELL}:E3")
    write_text(
        ws,
        4,
        1,
        "Заполните зелёные столбцы J–N; пустая ячейка «Включить?» = да. "
        "/ Fill in the green columns J–N; a blank “Include?” means yes.",
    ).font = Font(italic=True, color="FF595959")
    for row in (1, 2, 4):
        ws.merge_cells(f"A{row}:{last}{row}")
    ws.row_dimensions[1].height = 22


def _header(ws: Worksheet) -> None:
    for i, column in enumerate(COLUMNS, start=1):
        cell = write_text(ws, HEADER_ROW, i, column.title)
        cell.font = Font(bold=True)
        cell.fill = INPUT_HEADER_FILL if column.agency else HEADER_FILL
        cell.alignment = WRAP_TOP
        cell.border = GRID
        ws.column_dimensions[get_column_letter(i)].width = column.width
    fit_height(ws, HEADER_ROW, COLUMNS, minimum=2, bold=True)
    ws.freeze_panes = f"B{FIRST_ROW}"


def _by_region(activities: list[ActivityView]) -> dict[str, list[ActivityView]]:
    groups: dict[str, list[ActivityView]] = {}
    for a in sorted(activities, key=lambda a: (a.region.casefold(), a.dealer_code, a.seq)):
        groups.setdefault(a.region, []).append(a)
    return groups


def _body(
    ws: Worksheet,
    activities: list[ActivityView],
    cities: dict[str, str],
    previous: dict[str, ConsolidatedRow],
    money: str,
) -> int:
    """The activity rows and subtotals; returns the last row written."""
    row = FIRST_ROW
    for region, group in _by_region(activities).items():
        first = row
        for a in group:
            _activity_row(ws, row, a, cities.get(a.dealer_code, ""), previous.get(a.reference), money)
            row += 1
        _subtotal_row(ws, row, f"Итого: {region} / Subtotal", first, row - 1, money)
        row += 1
    if activities:
        _subtotal_row(ws, row, "Всего / Total", FIRST_ROW, row - 1, money, bold=True)
    else:
        write_text(ws, row, 1, "Планов дилеров пока нет / No dealer drafts yet").font = Font(italic=True)
    return row


def _activity_row(
    ws: Worksheet, row: int, a: ActivityView, city: str, prev: ConsolidatedRow | None, money: str
) -> None:
    values: dict[str, object] = {
        "reference": a.reference,
        "dealer_code": a.dealer_code,
        "dealer_name": a.dealer_name,
        "region": a.region,
        "city": city,
        "channel": a.channel,
        "month": a.month,
        "planned_cost": a.planned_cost,
        "idea": a.idea,
    }
    if prev is not None:  # a re-export keeps the agency's earlier work
        values |= {
            "include": "да" if prev.included else "нет",
            "placement": prev.placement,
            "vendor": prev.vendor,
            "costed_amount": prev.costed_amount,
            "note": prev.note,
        }
    for column in COLUMNS:
        value = values.get(column.key)
        cell = write_cell(
            ws,
            row,
            COL[column.key],
            value,  # type: ignore[arg-type]
            money_format=money if column.key in ("planned_cost", "costed_amount") else None,
        )
        cell.border = GRID
        if column.agency:
            cell.protection = UNLOCKED
            cell.fill = INPUT_FILL
        if column.key in ("idea", "placement", "vendor", "note", "dealer_name", "channel", "city", "region"):
            cell.alignment = WRAP_TOP
        else:
            cell.alignment = Alignment(vertical="top")
    fit_height(ws, row, COLUMNS)


def wrapped_lines(text: str, chars: int) -> int:
    """How many lines ``text`` takes in a column ``chars`` characters wide, wrapped at spaces."""
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split(" "):
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= chars or used == 0:
                used = need
                while used > chars:  # a word longer than the column breaks anywhere
                    lines += 1
                    used -= chars
            else:
                lines += 1
                used = len(word)
    return lines


def fit_height(ws: Worksheet, row: int, columns: tuple[Column, ...], minimum: int = 1, bold: bool = False) -> None:
    """Make the row tall enough for its wrapped texts (spreadsheets do not grow rows on opening)."""
    lines = minimum
    for i, column in enumerate(columns, start=1):
        value = ws.cell(row=row, column=i).value
        if isinstance(value, str) and value:
            chars = max(1, int(column.width * (0.85 if bold else 0.92)))
            lines = max(lines, wrapped_lines(value, chars))
    if lines > 1:
        ws.row_dimensions[row].height = 15 * lines + 2


def _subtotal_row(ws: Worksheet, row: int, label: str, first: int, last: int, money: str, bold: bool = False) -> None:
    font = Font(bold=True, size=12 if bold else 11)
    for i in range(1, len(COLUMNS) + 1):
        cell = ws.cell(row=row, column=i)
        cell.fill = SUBTOTAL_FILL
        cell.border = GRID
    write_text(ws, row, 1, label).font = font
    for key in ("planned_cost", "costed_amount"):
        letter = LETTER[key]
        cell = ws.cell(row=row, column=COL[key], value=f"=SUBTOTAL(9,{letter}{first}:{letter}{last})")
        cell.number_format = money
        cell.font = font


def _validations(ws: Worksheet, last: int) -> None:
    if last < FIRST_ROW:
        return
    span = f"{FIRST_ROW}:{last}"

    def rng(key: str) -> str:
        a, b = span.split(":")
        return f"{LETTER[key]}{a}:{LETTER[key]}{b}"

    include = DataValidation(
        type="list",
        formula1='"да,нет,yes,no"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Включить? / Include?",
        error="да / нет (yes / no); пусто = да (blank = yes)",
    )
    include.add(rng("include"))
    amount = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Стоимость / Cost",
        error="Число ≥ 0 / A number ≥ 0",
    )
    amount.add(rng("costed_amount"))
    text = DataValidation(
        type="textLength",
        operator="lessThanOrEqual",
        formula1="300",
        allow_blank=True,
        showErrorMessage=True,
        error="Не длиннее 300 знаков / At most 300 characters",
    )
    text.add(rng("placement"))
    text.add(rng("vendor"))
    for dv in (include, amount, text):
        ws.add_data_validation(dv)


def print_setup(ws: Worksheet, title_rows: str) -> None:
    """Landscape A4, as wide as the page, the column titles repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.4


def _protect(ws: Worksheet) -> None:
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths may be changed
    ws.protection.formatRows = False
    ws.protection.autoFilter = False


def instructions_sheet(wb: Workbook, ru: list[str], en: list[str], title: str = "Инструкция") -> Worksheet:
    """A protected sheet of instructions: the Russian text, then the English one (first line a heading)."""
    ws = wb.create_sheet(title)
    width = 72
    ws.column_dimensions["A"].width = width
    row = 1
    for lines in (ru, en):
        for i, line in enumerate(lines):
            cell = write_text(ws, row, 1, line)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 0:
                cell.font = Font(bold=True, size=13)
                ws.row_dimensions[row].height = 22
            else:
                ws.row_dimensions[row].height = 15 * wrapped_lines(line, int(width * 1.05)) + 4
            row += 1
        row += 1
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.protection.sheet = True
    return ws


# -- reading ------------------------------------------------------------------------------------------
def parse_yes_no(value: object) -> tuple[bool | None, CellProblem | None]:
    """да/нет, yes/no (and a few more ways to say it, any case); blank is (None, None)."""
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        return value, None
    text = parse_text(value)[0].casefold().rstrip(".!")
    if text in YES:
        return True, None
    if text in NO:
        return False, None
    return None, CellProblem(shown(value), Text("да or нет (yes or no); blank means yes"))


def check_layout(sheet: SheetValues, row: int, columns: tuple[Column, ...], file: str) -> list[ImportProblem]:
    """The column titles are where the template put them (nobody inserted, deleted or moved a column):
    each one the template's Russian or English title (:func:`reports.xlsx.cells.title_matches`)."""
    problems = []
    for i, column in enumerate(columns, start=1):
        found = parse_text(sheet.value(row, i), multiline=True)[0]
        if not title_matches(found, column.ru, column.en):
            problems.append(
                ImportProblem(
                    file,
                    sheet.name,
                    cell_name(row, i),
                    shown(found),
                    Text("the column title “{title}”", title=f"{column.ru} / {column.en}"),
                )
            )
    return problems


def cell_name(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


@dataclass
class _Parsed:
    rows: list[ConsolidationInput]
    agency: str
    problems: list[ImportProblem]


def _read_rows(sheet: SheetValues, file: str, currency: str, expected: set[str], year: int) -> _Parsed:
    problems: list[ImportProblem] = []

    def bad(row: int, key: str, found: object, what: str) -> None:
        problems.append(ImportProblem(file, sheet.name, f"{LETTER[key]}{row}", shown(found), what))

    out: list[ConsolidationInput] = []
    seen: dict[str, int] = {}
    for row in range(FIRST_ROW, sheet.max_row + 1):
        raw = {key: sheet.value(row, COL[key]) for key in ("reference", *AGENCY_KEYS)}
        ref = parse_text(raw["reference"])[0]
        if not ref:
            for key in AGENCY_KEYS:
                if not is_blank(raw[key]):
                    bad(row, key, raw[key], Text("nothing here: the row has no activity reference (column A)"))
            continue
        if ref.casefold().startswith(SUBTOTAL_PREFIXES):
            continue  # a subtotal or the total: computed, never read
        ref = ref.upper()
        if not REFERENCE.match(ref):
            bad(row, "reference", raw["reference"], Text("an activity reference such as D014-2027-03"))
            continue
        if ref in seen:
            bad(row, "reference", ref, Text("each activity once (it is in row {row} already)", row=str(seen[ref])))
        elif ref not in expected:
            bad(
                row,
                "reference",
                ref,
                Text("the reference of an activity in a dealer's current draft for {year}", year=str(year)),
            )
        seen.setdefault(ref, row)
        included, problem = parse_yes_no(raw["include"])
        if problem:
            bad(row, "include", raw["include"], problem.expected)
        costed, problem = parse_money(raw["costed_amount"], minimum=Decimal(0), currency=currency)
        if problem:
            bad(row, "costed_amount", raw["costed_amount"], problem.expected)
        texts = {}
        for key, limit in TEXT_LIMITS.items():
            texts[key] = parse_text(raw[key], multiline=key == "note")[0]
            if error := formula_error(raw[key]):
                bad(row, key, error, Text("a text"))
            elif len(texts[key]) > limit:
                bad(row, key, raw[key], Text("a text of at most {limit} characters", limit=str(limit)))
        out.append(
            ConsolidationInput(
                ref,
                included is not False,  # a blank cell means include
                placement=texts["placement"],
                vendor=texts["vendor"],
                costed_amount=costed,
                note=texts["note"],
                where=f"{sheet.name}!A{row}",
            )
        )
    missing = sorted(expected - seen.keys())
    if missing:
        listed = ", ".join(missing[:20])
        every_row = (
            Text(
                "a row for every activity of the current drafts; missing: {listed} and {more} more",
                listed=listed,
                more=str(len(missing) - 20),
            )
            if len(missing) > 20
            else Text("a row for every activity of the current drafts; missing: {listed}", listed=listed)
        )
        problems.append(ImportProblem(file, sheet.name, "", "", every_row))
    agency = parse_text(sheet.at(AGENCY_CELL))[0]
    if len(agency) > AGENCY_LIMIT:
        problems.append(
            ImportProblem(
                file,
                sheet.name,
                AGENCY_CELL,
                shown(agency),
                Text("an agency name of at most {limit} characters", limit=str(AGENCY_LIMIT)),
            )
        )
    return _Parsed(out, agency, problems)


def import_consolidation(services: Services, path: Path | str, *, agency: str = "") -> ImportReport:
    """Read a returned consolidation workbook; on any problem nothing is written (every problem listed).

    ``agency`` overrides the name in the workbook (cell C3); both blank means the year's setting.
    """
    return ImportReport([_import_file(services, Path(path), agency)])


def _read(path: Path) -> tuple[TemplateMeta, SheetValues]:
    """The identification and the consolidation sheet; run in the reader process (reports.xlsx.isolated)."""
    values = read_values(path)
    try:
        meta = read_meta(values, KIND)
        name = values.find(SHEET, "Consolidation")
        if name is None:
            raise WorkbookRefused(
                path, Text("has no sheet “{sheet}”: send back the workbook CoopDesk wrote", sheet=SHEET)
            )
        return meta, values.sheet(name)
    finally:
        values.close()


def _import_file(services: Services, path: Path, agency: str) -> FileOutcome:
    file = path.name
    try:
        meta, sheet = isolated.run(path, _read, path)
        view = services.years.get(meta.year)
    except CoopDeskError as exc:
        return FileOutcome(str(path), REFUSED, message=_reason(exc))
    problems = check_layout(sheet, HEADER_ROW, COLUMNS, file)
    if problems:
        return FileOutcome(str(path), REFUSED, problems, Text("the sheet's columns were moved or renamed"))
    expected = {a.reference for a in services.plans.activities(meta.year)}
    parsed = _read_rows(sheet, file, view.currency, expected, meta.year)
    stage = (
        ""
        if view.stage == Stage.CONSOLIDATION
        else Text(
            "year {year} is at stage {stage}: the consolidated plan is imported at stage consolidation",
            year=str(meta.year),
            stage=stage_name(view.stage),
        )
    )
    if parsed.problems or stage:
        message = stage or problems_message(len(parsed.problems), Text("nothing was imported"))
        return FileOutcome(str(path), REFUSED, parsed.problems, message)
    try:
        services.plans.record_consolidation(meta.year, parsed.rows, agency=agency.strip() or parsed.agency, source=file)
    except CoopDeskError as exc:
        return FileOutcome(str(path), REFUSED, message=_reason(exc))
    kept = sum(1 for r in parsed.rows if r.included)
    costed = sum(1 for r in parsed.rows if r.costed_amount is not None)
    return FileOutcome(
        str(path),
        IMPORTED,
        message=Text(
            "consolidated plan {year}: {kept} of {count} activities included, {dropped} dropped, "
            "{costed} costed by the agency",
            year=str(meta.year),
            kept=str(kept),
            count=str(len(parsed.rows)),
            dropped=str(len(parsed.rows) - kept),
            costed=str(costed),
        ),
    )


def _reason(exc: CoopDeskError) -> str:
    if isinstance(exc, WorkbookRefused):
        return exc.reason
    return refusal_text(exc.lines())

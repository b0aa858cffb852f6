"""The consolidation workbook written for the agency (its reading back: :mod:`.importer`).

``write_consolidation`` (from drafting on, as a preview) writes one row per activity of every dealer's
current draft, grouped by region with a subtotal row per region and a total, and five columns for the
agency: include/drop, placement, vendor, costed amount and note. Only those cells (and the agency's
name) are unlocked. ``import_consolidation`` reads the file back cell by cell; any problem refuses the
whole file (every problem listed, nothing written), else it becomes the consolidated plan through
``PlanService.record_consolidation``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk.services import Services
from coop_desk.services.plan_views import ActivityView, ConsolidatedRow
from reports.xlsx.layout import (
    GRID,
    INPUT_FILL,
    NUMBER_ERROR,
    SUBTOTAL_FILL,
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
from reports.xlsx.writing import money_format, save_workbook, write_cell, write_text

SHEET = "Консолидация"
KIND = "consolidation"
TITLE_ROWS = 4  # title, English title, agency, hint
HEADER_ROW = 6
FIRST_ROW = HEADER_ROW + 1
AGENCY_CELL = "C3"

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
COL = column_index(COLUMNS)
LETTER = column_letters(COLUMNS)
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
    activities = [replace(a, channel=view.channel(a.channel, view.language)) for a in activities]  # names, not codes
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
    write_header(ws, HEADER_ROW, COLUMNS)
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

    def rng(key: str) -> str:
        return column_range(COLUMNS, key, FIRST_ROW, last)

    include = validation(
        "list",
        formula1='"да,нет,yes,no"',
        error_title="Включить? / Include?",
        error="да / нет (yes / no); пусто = да (blank = yes)",
    )
    include.add(rng("include"))
    amount = validation(
        "decimal", operator="greaterThanOrEqual", formula1="0", error_title="Стоимость / Cost", error=NUMBER_ERROR
    )
    amount.add(rng("costed_amount"))
    text = validation(
        "textLength",
        operator="lessThanOrEqual",
        formula1="300",
        error="Не длиннее 300 знаков / At most 300 characters",
    )
    text.add(rng("placement"))
    text.add(rng("vendor"))
    for dv in (include, amount, text):
        ws.add_data_validation(dv)


def _protect(ws: Worksheet) -> None:
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths may be changed
    ws.protection.formatRows = False
    ws.protection.autoFilter = False

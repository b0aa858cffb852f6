"""The form written for the evaluating agency's efficiency report (its reading back: :mod:`.importer`).

``write_efficiency_template`` gives the agency a form listing the activities of the year's consolidated
plan, with green columns for its results: reach, leads, sales (whole numbers ≥ 0), the sales amount and a
comment. Like every CoopDesk template it carries the identification sheet (:mod:`reports.xlsx.meta`, kind
``efficiency``, the year), so a dropped form finds its import; the agency may also send any plain workbook
with such columns instead (:mod:`.importer`).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from coop_desk.errors import NotFound
from coop_desk.services import Services
from coop_desk.text import Text
from reports.xlsx.layout import (
    GRID,
    INPUT_FILL,
    NUMBER_ERROR,
    WRAP_TOP,
    Column,
    column_range,
    fit_height,
    instructions_sheet,
    print_setup,
    validation,
    write_header,
)
from reports.xlsx.meta import CURRENT_VERSIONS, TemplateMeta, write_meta
from reports.xlsx.writing import money_format, save_workbook, write_cell, write_text

KIND = "efficiency"
SHEET = "Эффективность"
HEADER_ROW = 4
MAX_COUNT = 2_147_483_647  # the database's integer column
COUNTS = ("reach", "leads", "sales")

COLUMNS = (
    Column("reference", "Референс", "Reference", 15),
    Column("dealer", "Дилер", "Dealer", 26),
    Column("region", "Регион", "Region", 16),
    Column("channel", "Канал", "Channel", 14),
    Column("month", "Месяц", "Month", 8),
    Column("idea", "Идея", "Idea", 36),
    Column("reach", "Охват", "Reach", 12, agency=True),
    Column("leads", "Обращения", "Leads", 13, agency=True),
    Column("sales", "Продажи", "Sales", 11, agency=True),
    Column("sales_amount", "Сумма продаж", "Sales amount", 15, agency=True),
    Column("comment", "Комментарий", "Comment", 36, agency=True),
)

INSTRUCTIONS_RU = (
    "Оценка эффективности {year}: инструкция для агентства",
    "На листе «{sheet}» — мероприятия консолидированного плана {year}. Для каждого заполните зелёные столбцы: "
    "охват, число обращений (лидов), число продаж — целые числа ≥ 0; сумма продаж (необязательно) и комментарий.",
    "Можно прислать и свою таблицу: первый лист, строка заголовков со столбцами «Референс», «Охват», "
    "«Обращения», «Продажи» (и при желании «Сумма продаж», «Комментарий») в любом порядке.",
    "Строку мероприятия, которое вы не оценивали, оставьте пустой: она не будет загружена.",
)
INSTRUCTIONS_EN = (
    "Efficiency report {year}: instructions for the agency",
    "The sheet “{sheet}” lists the activities of the {year} consolidated plan. For each, fill in the green columns: "
    "reach, leads and sales as whole numbers ≥ 0; the sales amount (optional) and a comment.",
    "You may also send your own workbook: its first sheet needs a header row with the columns “Reference”, "
    "“Reach”, “Leads”, “Sales” (and optionally “Sales amount”, “Comment”) in any order.",
    "Leave the row of an activity you did not rate blank: it is not imported.",
)


# -- writing ------------------------------------------------------------------------------------------
def write_efficiency_template(services: Services, year: int, path: Path | str) -> Path:
    """A form for the evaluating agency listing the activities the year's consolidated plan includes."""
    view = services.years.get(year)
    rows = [r for r in services.plans.consolidated(year) if r.included]
    if not rows:
        raise NotFound(
            Text("year {year} has no consolidated plan with activities yet: there is nothing to rate", year=str(year))
        )
    results = {r.reference: r for r in services.evaluation.results(year)}
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    write_text(ws, 1, 1, f"Оценка эффективности мероприятий {year}").font = Font(bold=True, size=14)
    write_text(ws, 2, 1, f"Efficiency of the {year} activities (evaluating agency)").font = Font(
        italic=True, color="FF595959"
    )
    write_header(ws, HEADER_ROW, COLUMNS)
    money = money_format(view.currency)
    for n, r in enumerate(sorted(rows, key=lambda r: r.reference), start=HEADER_ROW + 1):
        done = results.get(r.reference)
        channel = view.channel(r.channel, view.language)
        values: list[object] = [r.reference, f"{r.dealer_code} {r.dealer_name}", r.region, channel, r.month, r.idea]
        values += [done.reach, done.leads, done.sales, done.sales_amount, done.comment] if done else [None] * 5
        for i, (column, value) in enumerate(zip(COLUMNS, values, strict=True), start=1):
            cell = write_cell(ws, n, i, value, money_format=money if column.key == "sales_amount" else None)  # type: ignore[arg-type]
            cell.border = GRID
            cell.alignment = WRAP_TOP
            if column.agency:
                cell.fill = INPUT_FILL
        fit_height(ws, n, COLUMNS)
    last = HEADER_ROW + len(rows)
    whole = validation(
        "whole", operator="between", formula1="0", formula2=str(MAX_COUNT), error="Целое число ≥ 0 / A whole number ≥ 0"
    )
    amount = validation("decimal", operator="greaterThanOrEqual", formula1="0", error=NUMBER_ERROR)
    for key in COUNTS:
        whole.add(column_range(COLUMNS, key, HEADER_ROW + 1, last))
    amount.add(column_range(COLUMNS, "sales_amount", HEADER_ROW + 1, last))
    ws.add_data_validation(whole)
    ws.add_data_validation(amount)
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last}"
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    fmt = {"year": year, "sheet": SHEET}
    instructions_sheet(wb, [s.format(**fmt) for s in INSTRUCTIONS_RU], [s.format(**fmt) for s in INSTRUCTIONS_EN])
    write_meta(wb, TemplateMeta(KIND, CURRENT_VERSIONS[KIND], year))  # the last sheet, very hidden
    wb.active = 0
    return save_workbook(wb, path)

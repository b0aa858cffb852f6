"""The dealer plan template: one workbook per dealer, pre-filled, to fill in and send back.

Sheets:

* ``План - Plan`` — the dealer's code, name, region, city and cap for the year (the cap once the dealer
  is scored; otherwise blank with a note), then the activity table (``ACTIVITY_ROWS`` rows: № · channel
  from a dropdown of the year's channels · month from a dropdown of month names · planned cost, a
  decimal ≥ 0 in the programme's money format · idea), a total, and the first-half review (what ran,
  what worked, regional notes) in large merged text cells. Titles are in Russian with English below.
  Only the yellow input cells are unlocked; the sheet is protected **without a password** (the locks
  guide the dealer; the file's identity is guarded by the checksum of the hidden sheet, not by them).
  Rows and columns may be resized.
* ``Инструкция - Instructions`` — how to fill it in, in Russian and English, and the lists the dropdowns
  use (protected without a password).
* ``coopdesk_id`` — the very hidden identification sheet (:mod:`reports.xlsx.meta`).

(Excel forbids ``/`` in sheet names, hence the hyphen.) The structure of the workbook is locked (no
sheet can be renamed, moved or unhidden), also without a password.

Speed: the workbook is built once per year with openpyxl (about 40 ms) and saved; every dealer's copy is
that file with only the dealer's cells (and the hidden sheet's dealer and checksum) put in place:
:class:`StampedWorkbook` re-assembles the zip from the parts, about 1 ms a copy instead of 30 ms.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk import permissions
from coop_desk.errors import Refused
from coop_desk.services import Services
from coop_desk.services.dealers import DealerView, ScoreView
from coop_desk.services.year_views import YearView
from coop_desk.text import Text
from coop_desk.words import stage_name
from reports.xlsx.layout import column_letters, column_range, validation
from reports.xlsx.meta import CURRENT_VERSIONS, TemplateMeta, write_meta
from reports.xlsx.plan_layout import (
    CODE_LABEL,
    COLUMNS,
    INSTRUCTIONS_SHEET,
    KIND,
    LAYOUT,
    PLAN_SHEET,
    REVIEW_LABELS,
    TABLE,
    TOTAL_LABEL,
    month_label,
)
from reports.xlsx.stamping import SlotValue, StampedWorkbook, slot
from reports.xlsx.writing import money_format

__all__ = [
    "build_plan_image",
    "dealer_values",
    "plan_template_name",
    "write_plan_template",
    "write_plan_templates",
]

Progress = Callable[[int, int, str], None]

_THIN = Side(style="thin", color="FFB4B4B4")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_INPUT = PatternFill("solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
_HEAD = PatternFill("solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
_LABEL = PatternFill("solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
_UNLOCKED = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")
_GREY = Font(italic=True, color="FF595959", size=9)


def plan_template_name(year: int, dealer_code: str) -> str:
    return f"plan_{year}_{dealer_code}.xlsx"


# -- building the year's workbook ----------------------------------------------------------------
def build_plan_image(year: YearView) -> StampedWorkbook:
    """The plan template of ``year``, with slots for every dealer-specific cell."""
    wb = Workbook()
    wb.properties.creator = "CoopDesk"
    wb.properties.title = f"Co-op marketing plan {year.year}"
    plan = wb.active
    assert plan is not None
    plan.title = PLAN_SHEET
    instructions = wb.create_sheet(INSTRUCTIONS_SHEET)
    lists = _write_instructions(instructions, year)
    _write_plan(plan, year, lists)
    meta = TemplateMeta(KIND, CURRENT_VERSIONS[KIND], year.year, "DEALER")
    meta_sheet = write_meta(wb, meta)
    labels = [label for label, _ in meta.rows()]
    meta_sheet.cell(row=2 + labels.index("dealer"), column=2, value=slot("meta_dealer"))
    meta_sheet.cell(row=2 + labels.index("checksum"), column=2, value=slot("meta_checksum"))
    wb.active = 0
    wb.security = WorkbookProtection(lockStructure=True)
    return StampedWorkbook(wb)


def _bilingual(ws: Worksheet, row: int, ru: str, en: str, *, span: str = "A{r}:B{r}") -> None:
    cell = ws.cell(row=row, column=1, value=f"{ru}\n{en}")
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.font = Font(bold=True)
    cell.fill = _LABEL
    ws.merge_cells(span.format(r=row))
    ws.row_dimensions[row].height = 31


def _write_plan(ws: Worksheet, year: YearView, lists: dict[str, str]) -> None:
    lay = LAYOUT
    for letter, column in zip(column_letters(TABLE).values(), TABLE, strict=True):
        ws.column_dimensions[letter].width = column.width
    ws["A1"] = f"План совместного маркетинга на {year.year} год"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Co-op marketing plan for {year.year}"
    ws["A2"].font = Font(italic=True, size=12, color="FF404040")
    ws["A3"] = (
        "Заполните жёлтые ячейки и верните файл (.xlsx). Подробнее — на листе «Инструкция». / "
        "Fill in the yellow cells and send the file back (.xlsx). See the Instructions sheet."
    )
    ws["A3"].alignment = _WRAP
    ws["A3"].font = _GREY
    for row in (1, 2, 3):
        ws.merge_cells(f"A{row}:E{row}")
    ws.row_dimensions[1].height = 21
    ws.row_dimensions[3].height = 26
    money = money_format(year.currency)
    dealer_rows = (
        (lay.code_row, CODE_LABEL, "Dealer code", "code", "C{r}:D{r}"),
        (lay.name_row, "Дилер", "Dealer", "name", "C{r}:E{r}"),
        (lay.region_row, "Регион", "Region", "region", "C{r}:E{r}"),
        (lay.city_row, "Город", "City", "city", "C{r}:E{r}"),
        (lay.cap_row, f"Лимит софинансирования на {year.year} год", f"Co-op cap for {year.year}", "cap", "C{r}:D{r}"),
    )
    for row, ru, en, name, span in dealer_rows:
        _bilingual(ws, row, ru, en)
        cell = ws.cell(row=row, column=3, value=slot(name))
        cell.font = Font(bold=True, size=12 if name == "code" else 11)
        cell.alignment = Alignment(vertical="center", horizontal="left", wrap_text=True)
        ws.merge_cells(span.format(r=row))
    ws.cell(row=lay.cap_row, column=3).number_format = money
    note = ws.cell(row=lay.cap_row, column=5, value=slot("cap_note"))
    note.font = _GREY
    note.alignment = Alignment(wrap_text=True, vertical="center")
    _bilingual(ws, lay.share_row, "Доля производителя", "Manufacturer's share")
    rate = f"{(year.base_rate * 100).normalize():f}"
    share = ws.cell(
        row=lay.share_row,
        column=3,
        value=f"до {rate} % стоимости каждого мероприятия / up to {rate} % of each activity's cost",
    )
    share.alignment = Alignment(wrap_text=True, vertical="center")
    ws.merge_cells(f"C{lay.share_row}:E{lay.share_row}")
    _write_table(ws, year, lists, money)
    _write_review(ws, year)
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.sheet_view.selection[0].activeCell = f"B{lay.first_row}"
    ws.sheet_view.selection[0].sqref = f"B{lay.first_row}"


def _write_table(ws: Worksheet, year: YearView, lists: dict[str, str], money: str) -> None:
    lay = LAYOUT
    currency = year.currency
    for col, column in enumerate(TABLE, start=1):
        ru, en = column.ru, column.en
        ru_text = f"{ru}, {currency}" if col == COLUMNS["cost"] else ru
        top = ws.cell(row=lay.head_row, column=col, value=ru_text)
        top.font = Font(bold=True)
        bottom = ws.cell(row=lay.head_row + 1, column=col, value=f"{en}, {currency}" if col == COLUMNS["cost"] else en)
        bottom.font = _GREY
        for cell in (top, bottom):
            cell.fill = _HEAD
            cell.border = _BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[lay.head_row].height = 32
    for n in range(lay.rows):
        row = lay.first_row + n
        number = ws.cell(row=row, column=COLUMNS["no"], value=n + 1)
        number.alignment = Alignment(horizontal="center")
        number.border = _BOX
        for key in ("channel", "month", "cost", "idea"):
            cell = ws.cell(row=row, column=COLUMNS[key])
            cell.fill = _INPUT
            cell.border = _BOX
            cell.protection = _UNLOCKED
            if key == "cost":
                cell.number_format = money
            if key == "idea":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    channel = validation(
        "list",
        formula1=lists["channels"],
        error="Выберите канал из списка. / Choose a channel from the list.",
        error_title="CoopDesk",
        error_style="stop",
    )
    month = validation(
        "list",
        formula1=lists["months"],
        error="Выберите месяц из списка. / Choose a month from the list.",
        error_title="CoopDesk",
        error_style="stop",
    )
    cost = validation(
        "decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        error="Введите сумму не меньше 0, например 12500,50. / Enter an amount of at least 0, e.g. 12500.50.",
        error_title="CoopDesk",
        error_style="stop",
        prompt=f"Полная стоимость мероприятия, {currency}. / The activity's full cost, {currency}.",
    )
    for dv, key in ((channel, "channel"), (month, "month"), (cost, "cost")):
        ws.add_data_validation(dv)
        dv.add(column_range(TABLE, key, lay.first_row, lay.last_row))
    total = lay.total_row
    ws.cell(row=total, column=1, value=f"{TOTAL_LABEL} / Total").font = Font(bold=True)
    ws.merge_cells(f"A{total}:C{total}")
    cell = ws.cell(row=total, column=COLUMNS["cost"], value=f"=SUM(D{lay.first_row}:D{lay.last_row})")
    cell.number_format = money
    cell.font = Font(bold=True)
    cell.border = _BOX


def _write_review(ws: Worksheet, year: YearView) -> None:
    lay = LAYOUT
    title = ws.cell(
        row=lay.review_row,
        column=1,
        value=f"Итоги первого полугодия {year.year - 1} года / Review of the first half of {year.year - 1}",
    )
    title.font = Font(bold=True, size=12)
    ws.merge_cells(f"A{lay.review_row}:E{lay.review_row}")
    for key, row in lay.review_fields():
        ru, en = REVIEW_LABELS[key]
        label = ws.cell(row=row, column=1, value=f"{ru} / {en}")
        label.font = Font(bold=True)
        ws.merge_cells(f"A{row}:E{row}")
        box = ws.cell(row=row + 1, column=1)
        box.alignment = _WRAP
        for r in range(row + 1, row + 5):
            for c in range(1, 6):
                cell = ws.cell(row=r, column=c)
                cell.fill = _INPUT
                cell.border = _BOX
                cell.protection = _UNLOCKED
        ws.merge_cells(f"A{row + 1}:E{row + 4}")


INSTRUCTIONS_RU = (
    "Как заполнить план",
    "1. Заполняйте только жёлтые ячейки листа «План - Plan»; остальные ячейки защищены.",
    "2. Одна строка — одно мероприятие: канал и месяц выберите из списков, укажите полную планируемую стоимость "
    "и опишите идею (что, где, для кого). Пустые строки между мероприятиями допустимы.",
    "3. Производитель возмещает до {rate} % стоимости каждого мероприятия, но не больше лимита за год. "
    "Если лимит не указан, его сообщат после оценки.",
    "4. Внизу листа опишите итоги первого полугодия и особенности вашего региона.",
    "5. Не переименовывайте листы и не переносите данные в другой файл: план узнаётся по этому файлу. "
    "Сохраните его как .xlsx (Excel, LibreOffice или Google Таблицы → «Скачать как .xlsx») и отправьте обратно.",
)
INSTRUCTIONS_EN = (
    "How to fill in the plan",
    "1. Fill in only the yellow cells of the sheet «План - Plan»; the other cells are protected.",
    "2. One row per activity: choose the channel and the month from the lists, enter the full planned cost "
    "and describe the idea (what, where, for whom). Blank rows between activities are fine.",
    "3. The manufacturer reimburses up to {rate} % of each activity's cost, but no more than the cap for the year. "
    "If no cap is shown yet, it will be announced once dealers are scored.",
    "4. At the bottom of the sheet, review the first half-year and describe your region.",
    "5. Do not rename the sheets or copy the data into another file: the plan is recognised by this file. "
    "Save it as .xlsx (Excel, LibreOffice, or Google Sheets → Download as .xlsx) and send it back.",
)


def _write_instructions(ws: Worksheet, year: YearView) -> dict[str, str]:
    """The instructions and the dropdown lists; returns the list ranges for the validations."""
    ws.column_dimensions["A"].width = 76
    rate = f"{(year.base_rate * 100).normalize():f}"
    row = 1
    for block in (INSTRUCTIONS_RU, INSTRUCTIONS_EN):
        for i, text in enumerate(block):
            cell = ws.cell(row=row, column=1, value=text.format(rate=rate))
            cell.alignment = _WRAP
            cell.font = Font(bold=True, size=13) if i == 0 else Font(size=11)
            if i:
                ws.row_dimensions[row].height = 15 * (1 + len(cell.value) // 76)
            row += 1
        row += 1
    sheet = f"'{INSTRUCTIONS_SHEET}'"
    ranges = {}
    for key, title, items in (
        ("channels", "Каналы / Channels", list(year.channel_names.names(year.language))),
        ("months", "Месяцы / Months", [month_label(m) for m in range(1, 13)]),
    ):
        ws.cell(row=row, column=1, value=title).font = Font(bold=True)
        row += 1
        first = row
        for item in items:
            ws.cell(row=row, column=1, value=item)
            row += 1
        ranges[key] = f"{sheet}!$A${first}:$A${row - 1}"
        row += 1
    ws.protection.sheet = True
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return ranges


# -- writing the templates ---------------------------------------------------------------------------
def dealer_values(year: int, dealer: DealerView, score: ScoreView | None) -> dict[str, SlotValue]:
    """The slot values of one dealer's copy."""
    scored = score is not None and score.complete
    meta = TemplateMeta(KIND, CURRENT_VERSIONS[KIND], year, dealer.code)
    return {
        "code": dealer.code,
        "name": dealer.name,
        "region": dealer.region,
        "city": dealer.city,
        "cap": score.cap if scored and score is not None else None,
        "cap_note": "" if scored else "ещё не рассчитан: сообщим после оценки / not scored yet: to be announced",
        "meta_dealer": dealer.code,
        "meta_checksum": meta.checksum,
    }


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def _year_for_templates(services: Services, year: int) -> YearView:
    view = services.years.get(year)
    if not permissions.at_stage("plans.record_draft", view.stage):  # the drafts they come back as
        raise Refused(
            Text(
                "plan templates are issued at stage drafting; year {year} is at {stage} "
                "(a returned draft could not be recorded now)",
                year=str(year),
                stage=stage_name(view.stage),
            )
        )
    return view


def write_plan_templates(
    services: Services,
    year: int,
    out_dir: Path | str,
    dealer: str | None = None,
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[Path]:
    """One template per active dealer (or only ``dealer``) in ``out_dir``, named ``plan_<year>_<code>.xlsx``.

    Refused unless the year is at stage drafting. Files are written whole or not at all.
    """
    view = _year_for_templates(services, year)
    if dealer:
        one = services.dealers.get(dealer)
        if not one.active:
            raise Refused(
                Text("dealer {dealer} is inactive and takes no part in {year}", dealer=one.code, year=str(year))
            )
        dealers: Iterable[DealerView] = [one]
    else:
        dealers = services.dealers.list_dealers(active_only=True)
    dealers = list(dealers)
    scores = {s.dealer_code: s for s in services.dealers.scores(year)}
    image = build_plan_image(view)
    out = Path(out_dir)
    written = []
    for i, d in enumerate(dealers, start=1):
        if should_cancel is not None and should_cancel():
            break
        path = out / plan_template_name(year, d.code)
        _atomic_write(path, image.render(dealer_values(year, d, scores.get(d.code))))
        written.append(path)
        if progress is not None:
            progress(i, len(dealers), path.name)
    return written


def write_plan_template(services: Services, year: int, dealer_code: str, path: Path | str) -> Path:
    """One dealer's template, written to ``path``."""
    view = _year_for_templates(services, year)
    dealer = services.dealers.get(dealer_code)
    if not dealer.active:
        raise Refused(
            Text("dealer {dealer} is inactive and takes no part in {year}", dealer=dealer.code, year=str(year))
        )
    score = next((s for s in services.dealers.scores(year) if s.dealer_code == dealer.code), None)
    target = Path(path)
    _atomic_write(target, build_plan_image(view).render(dealer_values(year, dealer, score)))
    return target

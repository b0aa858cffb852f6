"""Exports for people: the dealer list, the allocation, the claims and the audit trail as xlsx.

Each export reads through the services and writes one workbook with :mod:`reports.xlsx.writing`:
numbers are numeric cells (money exact, in the currency's format), dates are dates, every text is
safe from formula injection, and each table has a bold frozen header, an autofilter and widths
that fit its content. Files are saved atomically. Nothing here changes the database.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import Generic, TypeVar

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk.services import Services
from coop_desk.services.allocation import AllocationLineView, AllocationRun
from coop_desk.services.audit import AuditEntry
from coop_desk.services.claim_views import ClaimView
from coop_desk.services.dealers import DealerView, ScoreView
from reports.pdf.i18n import lang_of, service_text, t
from reports.xlsx.writing import (
    DATETIME_FORMAT,
    CellValue,
    finish_table,
    money_format,
    save_workbook,
    sheet_number,
    write_cell,
)

__all__ = [
    "AuditEntry",
    "Exported",
    "audit_entries",
    "export_allocation",
    "export_audit",
    "export_claims",
    "export_dealers",
]

T = TypeVar("T")

#: The words of the exports in Russian (``lang="ru"``), keyed by the English; placeholders as in the English.
_RU: dict[str, str] = {
    "yes": "да",
    "no": "нет",
    "Total": "Итого",
    "Code": "Код",
    "Name": "Название",
    "Region": "Регион",
    "City": "Город",
    "Legal name": "Юр. лицо",
    "E-mail": "Эл. почта",
    "Phone": "Телефон",
    "Active": "Активен",
    "INN": "ИНН",
    "KPP": "КПП",
    "OGRN": "ОГРН",
    "Legal address": "Юридический адрес",
    "Bank": "Банк",
    "BIC": "БИК",
    "Settlement account": "Расчётный счёт",
    "Correspondent account": "Корр. счёт",
    "Dealers": "Дилеры",
    "Dealers {year}": "Дилеры {year}",
    "Score {year}": "Баллы {year}",
    "k {year}": "k {year}",
    "Cap {year}": "Лимит {year}",
    "Allocation {year}: WHAT-IF, not frozen (nothing is decided)": (
        "Распределение {year}: ПРОГНОЗ, не зафиксировано (ничего не решено)"
    ),
    "Allocation {year}, frozen on {when} by {who}": "Распределение {year}, зафиксировано {when}, {who}",
    "What-if allocation": "Прогноз распределения",
    "Allocation": "Распределение",
    "Score": "Баллы",
    "k": "k",
    "Cap": "Лимит",
    "Request": "Запрос",
    "Demand": "Спрос",
    "Amount": "Сумма",
    "Parameters": "Параметры",
    "Parameter": "Параметр",
    "Value": "Значение",
    "Status": "Статус",
    "frozen": "зафиксировано",
    "what-if (not frozen)": "прогноз (не зафиксировано)",
    "Frozen at (UTC)": "Зафиксировано (UTC)",
    "Frozen by": "Кем зафиксировано",
    "Currency": "Валюта",
    "Budget": "Бюджет",
    "Base rate": "Базовая ставка",
    "Cap floor": "Нижний лимит",
    "Cap ceiling": "Верхний лимит",
    "Threshold k": "Порог k",
    "Total demand": "Общий спрос",
    "Allocated": "Распределено",
    "Unallocated": "Не распределено",
    "Claims {year}": "Заявки {year}",
    "Claim": "Заявка",
    "Quarter": "Квартал",
    "Dealer": "Дилер",
    "Dealer name": "Название дилера",
    "Reference": "Мероприятие",
    "Channel": "Канал",
    "Filed on": "Подана",
    "Invoice no.": "Счёт №",
    "Invoice date": "Дата счёта",
    "Invoice amount": "Сумма счёта",
    "Invoice currency": "Валюта счёта",
    "Exchange rate ({currency} per unit)": "Курс ({currency} за единицу)",
    "rate to be set by finance": "курс установит финансовый отдел",
    "Payment order no.": "Платёжное поручение №",
    "Payment order date": "Дата платёжного поручения",
    "Payment order amount": "Сумма платёжного поручения",
    "Act no.": "Акт №",
    "Act date": "Дата акта",
    "Late": "С опозданием",
    "Late accepted by": "Опоздание принял",
    "Rate": "Ставка",
    "Verified cost": "Подтверждённая стоимость",
    "Reimbursement": "Возмещение",
    "Paid": "Выплачено",
    "Reason": "Причина",
    "Audit trail": "Журнал аудита",
    "Audit trail {year}": "Журнал аудита {year}",
    "No.": "№",
    "At (UTC)": "Время (UTC)",
    "Actor": "Кто",
    "Action": "Действие",
    "Entity": "Объект",
    "Entity id": "Id объекта",
    "Year": "Год",
    "Summary": "Описание",
    "Before (JSON)": "До (JSON)",
    "After (JSON)": "После (JSON)",
}


def _w(text: str, lang: str, **fields: object) -> str:
    """An export's word or title in ``lang`` ("ru" or "en"), with ``fields`` filled in."""
    words = _RU.get(text, text) if lang_of(lang) == "ru" else text
    return words.format(**fields) if fields else words


NO_RATE = "rate to be set by finance"  # a foreign claim filed without its rate
PERCENT_FORMAT = "0.00%"
RATE_FORMAT = "0.######"
_TITLE_FONT = Font(name="Calibri", size=13, bold=True)
_BOLD = Font(name="Calibri", size=11, bold=True)


@dataclass(frozen=True)
class Exported:
    """What an export wrote: the file, how many rows (not counting header and total) and its title."""

    path: Path
    rows: int
    title: str


@dataclass(frozen=True)
class _Col(Generic[T]):
    """One column of an export: its title, how to get the value, and the value's number format."""

    title: str
    value: Callable[[T], CellValue]
    number_format: Callable[[T], str | None] | None = None


def _yes_no(flag: bool, lang: str = "en") -> str:
    """Yes/no as words (LibreOffice shows real booleans as 1/0)."""
    return _w("yes" if flag else "no", lang)


def _new_sheet(title: str) -> tuple[Workbook, Worksheet]:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31]  # Excel's limit for a sheet name
    return wb, ws


def _title(ws: Worksheet, title: str) -> None:
    """A title line above a table that starts on row 2."""
    write_cell(ws, 1, 1, title).font = _TITLE_FONT


def _table(ws: Worksheet, header_row: int, cols: Sequence[_Col[T]], rows: Iterable[T]) -> int:
    """The header and one row per item; returns the last row written."""
    for c, col in enumerate(cols, start=1):
        write_cell(ws, header_row, c, col.title)
    last = header_row
    for last, item in enumerate(rows, start=header_row + 1):
        for c, col in enumerate(cols, start=1):
            fmt = col.number_format(item) if col.number_format is not None else None
            write_cell(ws, last, c, col.value(item), number_format=fmt)
    return last


# -- dealers -------------------------------------------------------------------------------------
#: The requisites' columns (text cells: a 20-digit account must not become a number).
_REQUISITE_COLUMNS = (
    ("inn", "INN"),
    ("kpp", "KPP"),
    ("ogrn", "OGRN"),
    ("legal_address", "Legal address"),
    ("bank_name", "Bank"),
    ("bic", "BIC"),
    ("account", "Settlement account"),
    ("corr_account", "Correspondent account"),
)


def export_dealers(services: Services, year: int | None, path: str | os.PathLike[str], lang: str = "en") -> Exported:
    """Every dealer (active or not); with a year, its score, coefficient k and cap for that year."""
    dealers = services.dealers.list_dealers()
    cols: list[_Col[DealerView]] = [
        _Col(_w("Code", lang), lambda d: d.code),
        _Col(_w("Name", lang), lambda d: d.name),
        _Col(_w("Region", lang), lambda d: d.region),
        _Col(_w("City", lang), lambda d: d.city),
        _Col(_w("Legal name", lang), lambda d: d.legal_name),
        _Col(_w("E-mail", lang), lambda d: d.email),
        _Col(_w("Phone", lang), lambda d: d.phone),
        _Col(_w("Active", lang), lambda d: _yes_no(d.active, lang)),
        *(_Col(_w(label, lang), attrgetter(key)) for key, label in _REQUISITE_COLUMNS),
    ]
    title = _w("Dealers", lang)
    if year is not None:
        currency = services.years.get(year).currency
        scores: dict[str, ScoreView] = {v.dealer_code: v for v in services.dealers.scores(year)}
        cap_fmt = money_format(currency)

        def score_of(d: DealerView) -> ScoreView | None:
            return scores.get(d.code)

        cols += [
            _Col(_w("Score {year}", lang, year=year), lambda d: _opt(score_of(d), lambda v: sheet_number(v.score))),
            _Col(
                _w("k {year}", lang, year=year),
                lambda d: _opt(score_of(d), lambda v: v.coefficient),
                lambda d: RATE_FORMAT,
            ),
            _Col(_w("Cap {year}", lang, year=year), lambda d: _opt(score_of(d), lambda v: v.cap), lambda d: cap_fmt),
        ]
        title = _w("Dealers {year}", lang, year=year)
    wb, ws = _new_sheet(title)
    last = _table(ws, 1, cols, dealers)
    finish_table(ws, 1, len(cols))
    return Exported(save_workbook(wb, path), last - 1, title)


def _opt(view: ScoreView | None, get: Callable[[ScoreView], CellValue]) -> CellValue:
    return None if view is None else get(view)


# -- allocation ----------------------------------------------------------------------------------
def export_allocation(services: Services, year: int, path: str | os.PathLike[str], lang: str = "en") -> Exported:
    """The frozen allocation, or (not frozen yet) today's what-if with the year's settings, titled as such."""
    run = services.allocation.current(year)
    if run is None:
        run = services.allocation.what_if(year)
        title = _w("Allocation {year}: WHAT-IF, not frozen (nothing is decided)", lang, year=year)
        sheet = _w("What-if allocation", lang)
    else:
        when = run.frozen_at.strftime("%Y-%m-%d") if run.frozen_at else "?"
        title = _w("Allocation {year}, frozen on {when} by {who}", lang, year=year, when=when, who=run.frozen_by or "?")
        sheet = _w("Allocation", lang)
    fmt = money_format(run.currency)
    cols: list[_Col[AllocationLineView]] = [
        _Col(_w("Code", lang), lambda ln: ln.dealer_code),
        _Col(_w("Name", lang), lambda ln: ln.dealer_name),
        _Col(_w("Region", lang), lambda ln: ln.region),
        _Col(_w("Score", lang), lambda ln: sheet_number(ln.score)),
        _Col(_w("k", lang), lambda ln: ln.coefficient, lambda ln: RATE_FORMAT),
        _Col(_w("Cap", lang), lambda ln: ln.cap, lambda ln: fmt),
        _Col(_w("Request", lang), lambda ln: ln.request, lambda ln: fmt),
        _Col(_w("Demand", lang), lambda ln: ln.demand, lambda ln: fmt),
        _Col(_w("Amount", lang), lambda ln: ln.amount, lambda ln: fmt),
    ]
    wb, ws = _new_sheet(sheet)
    _title(ws, title)
    last = _table(ws, 2, cols, run.lines)
    total = last + 1
    write_cell(ws, total, 1, _w("Total", lang)).font = _BOLD
    for index, value in ((6, sum_of(run, "cap")), (7, sum_of(run, "request")), (8, run.total_demand)):
        write_cell(ws, total, index, value, money_format=fmt).font = _BOLD
    write_cell(ws, total, 9, run.total_allocated, money_format=fmt).font = _BOLD
    finish_table(ws, 2, len(cols), last_row=last)
    _parameters(wb.create_sheet(_w("Parameters", lang)), run, title, lang)
    return Exported(save_workbook(wb, path), last - 2, title)


def sum_of(run: AllocationRun, field: str) -> Decimal:
    """The total of one money column of the run's lines."""
    return sum((getattr(ln, field) for ln in run.lines), Decimal(0))


def _parameters(ws: Worksheet, run: AllocationRun, title: str, lang: str = "en") -> None:
    fmt = money_format(run.currency)
    rows: list[tuple[str, CellValue, str | None]] = [
        ("Status", _w("frozen" if run.frozen else "what-if (not frozen)", lang), None),
        ("Frozen at (UTC)", run.frozen_at, DATETIME_FORMAT),
        ("Frozen by", run.frozen_by or None, None),
        ("Currency", run.currency, None),
        ("Budget", run.budget, fmt),
        ("Base rate", run.base_rate, PERCENT_FORMAT),
        ("Cap floor", run.cap_floor, fmt),
        ("Cap ceiling", run.cap_ceiling, fmt),
        ("Threshold k", run.threshold, RATE_FORMAT),
        ("Total demand", run.total_demand, fmt),
        ("Allocated", run.total_allocated, fmt),
        ("Unallocated", run.unallocated, fmt),
    ]
    _title(ws, title)
    write_cell(ws, 2, 1, _w("Parameter", lang))
    write_cell(ws, 2, 2, _w("Value", lang))
    for row, (name, value, number_format) in enumerate(rows, start=3):
        write_cell(ws, row, 1, _w(name, lang))
        write_cell(ws, row, 2, value, number_format=number_format)
    finish_table(ws, 2, 2)


# -- claims --------------------------------------------------------------------------------------
def export_claims(services: Services, year: int, path: str | os.PathLike[str], lang: str = "en") -> Exported:
    """Every claim of the year, by quarter, dealer and filing order, with its documents and outcome."""
    settings = services.years.get(year)
    currency = settings.currency
    fmt = money_format(currency)
    claims = services.claims.list_claims(year)

    def invoice_fmt(c: ClaimView) -> str:
        return money_format(c.currency)

    def programme_fmt(c: ClaimView) -> str:
        return fmt

    cols: list[_Col[ClaimView]] = [
        _Col(_w("Claim", lang), lambda c: c.id),
        _Col(_w("Quarter", lang), lambda c: c.quarter),
        _Col(_w("Dealer", lang), lambda c: c.dealer_code),
        _Col(_w("Dealer name", lang), lambda c: c.dealer_name),
        _Col(_w("Reference", lang), lambda c: c.reference),
        _Col(_w("Channel", lang), lambda c: settings.channel(c.channel, lang_of(lang))),
        _Col(_w("Filed on", lang), lambda c: c.filed_on),
        _Col(_w("Invoice no.", lang), lambda c: c.invoice_number),
        _Col(_w("Invoice date", lang), lambda c: c.invoice_date),
        _Col(_w("Invoice amount", lang), lambda c: c.invoice_amount, invoice_fmt),
        _Col(_w("Invoice currency", lang), lambda c: c.currency),
        _Col(
            _w("Exchange rate ({currency} per unit)", lang, currency=currency),
            lambda c: sheet_number(c.exchange_rate) if c.exchange_rate is not None else _w(NO_RATE, lang),
            lambda c: RATE_FORMAT,
        ),
        _Col(_w("Payment order no.", lang), lambda c: c.payment_order_number),
        _Col(_w("Payment order date", lang), lambda c: c.payment_order_date),
        _Col(_w("Payment order amount", lang), lambda c: c.paid_amount, invoice_fmt),
        _Col(_w("Act no.", lang), lambda c: c.act_number),
        _Col(_w("Act date", lang), lambda c: c.act_date),
        _Col(_w("Status", lang), lambda c: t(f"status.{c.status.value}", lang)),
        _Col(_w("Late", lang), lambda c: _yes_no(c.late, lang)),
        _Col(_w("Late accepted by", lang), lambda c: c.late_override_by),
        _Col(_w("Rate", lang), lambda c: None if c.rate is None else sheet_number(c.rate), lambda c: PERCENT_FORMAT),
        _Col(_w("Verified cost", lang), lambda c: c.verified_cost, programme_fmt),
        _Col(_w("Reimbursement", lang), lambda c: c.reimbursement, programme_fmt),
        _Col(_w("Paid", lang), lambda c: c.paid, programme_fmt),
        _Col(_w("Reason", lang), lambda c: service_text(c.reason, lang)),
    ]
    title = _w("Claims {year}", lang, year=year)
    wb, ws = _new_sheet(title)
    last = _table(ws, 1, cols, claims)
    finish_table(ws, 1, len(cols))
    return Exported(save_workbook(wb, path), last - 1, title)


# -- audit trail ---------------------------------------------------------------------------------
def audit_entries(services: Services, year: int | None = None) -> list[AuditEntry]:
    """The audit trail, oldest first (only the year's records when a year is given)."""
    return services.audit.entries(year=year)


def _json(value: object) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def export_audit(services: Services, year: int | None, path: str | os.PathLike[str], lang: str = "en") -> Exported:
    """The audit trail (the year's records, or all of them without a year), oldest first."""
    if year is not None:
        services.years.get(year)  # an unknown year is an error, not an empty file
    entries = audit_entries(services, year)
    cols: list[_Col[AuditEntry]] = [
        _Col(_w("No.", lang), lambda e: e.id),
        _Col(_w("At (UTC)", lang), lambda e: e.at),
        _Col(_w("Actor", lang), lambda e: e.actor),
        _Col(_w("Action", lang), lambda e: e.action),
        _Col(_w("Entity", lang), lambda e: e.entity),
        _Col(_w("Entity id", lang), lambda e: e.entity_id),
        _Col(_w("Year", lang), lambda e: e.year),
        _Col(_w("Summary", lang), lambda e: e.summary),
        _Col(_w("Before (JSON)", lang), lambda e: _json(e.before)),
        _Col(_w("After (JSON)", lang), lambda e: _json(e.after)),
    ]
    title = _w("Audit trail", lang) if year is None else _w("Audit trail {year}", lang, year=year)
    wb, ws = _new_sheet(title)
    last = _table(ws, 1, cols, entries)
    finish_table(ws, 1, len(cols), max_width=60)
    return Exported(save_workbook(wb, path), last - 1, title)

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
from pathlib import Path
from typing import Generic, TypeVar

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from coop_desk.services import Services
from coop_desk.services.allocation import AllocationLineView, AllocationRun
from coop_desk.services.audit import AuditEntry
from coop_desk.services.claims import ClaimView
from coop_desk.services.dealers import DealerView, ScoreView
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


def _yes_no(flag: bool) -> str:
    """Yes/no as words (LibreOffice shows real booleans as 1/0)."""
    return "yes" if flag else "no"


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
def export_dealers(services: Services, year: int | None, path: str | os.PathLike[str]) -> Exported:
    """Every dealer (active or not); with a year, its score, coefficient k and cap for that year."""
    dealers = services.dealers.list_dealers()
    cols: list[_Col[DealerView]] = [
        _Col("Code", lambda d: d.code),
        _Col("Name", lambda d: d.name),
        _Col("Region", lambda d: d.region),
        _Col("City", lambda d: d.city),
        _Col("Legal name", lambda d: d.legal_name),
        _Col("E-mail", lambda d: d.email),
        _Col("Phone", lambda d: d.phone),
        _Col("Active", lambda d: _yes_no(d.active)),
    ]
    title = "Dealers"
    if year is not None:
        currency = services.years.get(year).currency
        scores: dict[str, ScoreView] = {v.dealer_code: v for v in services.dealers.scores(year)}
        cap_fmt = money_format(currency)

        def score_of(d: DealerView) -> ScoreView | None:
            return scores.get(d.code)

        cols += [
            _Col(f"Score {year}", lambda d: _opt(score_of(d), lambda v: sheet_number(v.score))),
            _Col(f"k {year}", lambda d: _opt(score_of(d), lambda v: v.coefficient), lambda d: RATE_FORMAT),
            _Col(f"Cap {year}", lambda d: _opt(score_of(d), lambda v: v.cap), lambda d: cap_fmt),
        ]
        title = f"Dealers {year}"
    wb, ws = _new_sheet(title)
    last = _table(ws, 1, cols, dealers)
    finish_table(ws, 1, len(cols))
    return Exported(save_workbook(wb, path), last - 1, title)


def _opt(view: ScoreView | None, get: Callable[[ScoreView], CellValue]) -> CellValue:
    return None if view is None else get(view)


# -- allocation ----------------------------------------------------------------------------------
def export_allocation(services: Services, year: int, path: str | os.PathLike[str]) -> Exported:
    """The frozen allocation, or (not frozen yet) today's what-if with the year's settings, titled as such."""
    run = services.allocation.current(year)
    if run is None:
        run = services.allocation.what_if(year)
        title = f"Allocation {year}: WHAT-IF, not frozen (nothing is decided)"
        sheet = "What-if allocation"
    else:
        when = run.frozen_at.strftime("%Y-%m-%d") if run.frozen_at else "?"
        title = f"Allocation {year}, frozen on {when} by {run.frozen_by or '?'}"
        sheet = "Allocation"
    fmt = money_format(run.currency)
    cols: list[_Col[AllocationLineView]] = [
        _Col("Code", lambda ln: ln.dealer_code),
        _Col("Name", lambda ln: ln.dealer_name),
        _Col("Region", lambda ln: ln.region),
        _Col("Score", lambda ln: sheet_number(ln.score)),
        _Col("k", lambda ln: ln.coefficient, lambda ln: RATE_FORMAT),
        _Col("Cap", lambda ln: ln.cap, lambda ln: fmt),
        _Col("Request", lambda ln: ln.request, lambda ln: fmt),
        _Col("Demand", lambda ln: ln.demand, lambda ln: fmt),
        _Col("Amount", lambda ln: ln.amount, lambda ln: fmt),
    ]
    wb, ws = _new_sheet(sheet)
    _title(ws, title)
    last = _table(ws, 2, cols, run.lines)
    total = last + 1
    write_cell(ws, total, 1, "Total").font = _BOLD
    for index, value in ((6, sum_of(run, "cap")), (7, sum_of(run, "request")), (8, run.total_demand)):
        write_cell(ws, total, index, value, money_format=fmt).font = _BOLD
    write_cell(ws, total, 9, run.total_allocated, money_format=fmt).font = _BOLD
    finish_table(ws, 2, len(cols), last_row=last)
    _parameters(wb.create_sheet("Parameters"), run, title)
    return Exported(save_workbook(wb, path), last - 2, title)


def sum_of(run: AllocationRun, field: str) -> Decimal:
    """The total of one money column of the run's lines."""
    return sum((getattr(ln, field) for ln in run.lines), Decimal(0))


def _parameters(ws: Worksheet, run: AllocationRun, title: str) -> None:
    fmt = money_format(run.currency)
    rows: list[tuple[str, CellValue, str | None]] = [
        ("Status", "frozen" if run.frozen else "what-if (not frozen)", None),
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
    write_cell(ws, 2, 1, "Parameter")
    write_cell(ws, 2, 2, "Value")
    for row, (name, value, number_format) in enumerate(rows, start=3):
        write_cell(ws, row, 1, name)
        write_cell(ws, row, 2, value, number_format=number_format)
    finish_table(ws, 2, 2)


# -- claims --------------------------------------------------------------------------------------
def export_claims(services: Services, year: int, path: str | os.PathLike[str]) -> Exported:
    """Every claim of the year, by quarter, dealer and filing order, with its documents and outcome."""
    currency = services.years.get(year).currency
    fmt = money_format(currency)
    claims = services.claims.list(year)

    def invoice_fmt(c: ClaimView) -> str:
        return money_format(c.currency)

    def programme_fmt(c: ClaimView) -> str:
        return fmt

    cols: list[_Col[ClaimView]] = [
        _Col("Claim", lambda c: c.id),
        _Col("Quarter", lambda c: c.quarter),
        _Col("Dealer", lambda c: c.dealer_code),
        _Col("Dealer name", lambda c: c.dealer_name),
        _Col("Reference", lambda c: c.reference),
        _Col("Channel", lambda c: c.channel),
        _Col("Filed on", lambda c: c.filed_on),
        _Col("Invoice no.", lambda c: c.invoice_number),
        _Col("Invoice date", lambda c: c.invoice_date),
        _Col("Invoice amount", lambda c: c.invoice_amount, invoice_fmt),
        _Col("Invoice currency", lambda c: c.currency),
        _Col(f"Exchange rate ({currency} per unit)", lambda c: sheet_number(c.exchange_rate), lambda c: RATE_FORMAT),
        _Col("Payment order no.", lambda c: c.payment_order_number),
        _Col("Payment order date", lambda c: c.payment_order_date),
        _Col("Payment order amount", lambda c: c.paid_amount, invoice_fmt),
        _Col("Act no.", lambda c: c.act_number),
        _Col("Act date", lambda c: c.act_date),
        _Col("Status", lambda c: c.status.value),
        _Col("Late", lambda c: _yes_no(c.late)),
        _Col("Late accepted by", lambda c: c.late_override_by),
        _Col("Rate", lambda c: None if c.rate is None else sheet_number(c.rate), lambda c: PERCENT_FORMAT),
        _Col("Verified cost", lambda c: c.verified_cost, programme_fmt),
        _Col("Reimbursement", lambda c: c.reimbursement, programme_fmt),
        _Col("Paid", lambda c: c.paid, programme_fmt),
        _Col("Reason", lambda c: c.reason),
    ]
    title = f"Claims {year}"
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


def export_audit(services: Services, year: int | None, path: str | os.PathLike[str]) -> Exported:
    """The audit trail (the year's records, or all of them without a year), oldest first."""
    if year is not None:
        services.years.get(year)  # an unknown year is an error, not an empty file
    entries = audit_entries(services, year)
    cols: list[_Col[AuditEntry]] = [
        _Col("No.", lambda e: e.id),
        _Col("At (UTC)", lambda e: e.at),
        _Col("Actor", lambda e: e.actor),
        _Col("Action", lambda e: e.action),
        _Col("Entity", lambda e: e.entity),
        _Col("Entity id", lambda e: e.entity_id),
        _Col("Year", lambda e: e.year),
        _Col("Summary", lambda e: e.summary),
        _Col("Before (JSON)", lambda e: _json(e.before)),
        _Col("After (JSON)", lambda e: _json(e.after)),
    ]
    title = "Audit trail" if year is None else f"Audit trail {year}"
    wb, ws = _new_sheet(title)
    last = _table(ws, 1, cols, entries)
    finish_table(ws, 1, len(cols), max_width=60)
    return Exported(save_workbook(wb, path), last - 1, title)

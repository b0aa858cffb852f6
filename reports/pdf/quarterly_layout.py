"""The quarterly finance report's layout: what every section reads (the report, the language, the width,
money in the report's currency) and the closing sections — the rejected, returned and late claims, the
payments, and the reconciliation with its verdict. :mod:`reports.pdf.quarterly` adds the cover, the
dealers and the summaries, and writes the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from reportlab.platypus import CondPageBreak, Flowable

from coop_desk.services.quarterly_model import QuarterlyReport
from reports.pdf.formatting import date_text, money_formatter, number, payment_reference
from reports.pdf.i18n import service_text, t
from reports.pdf.styles import heading, note, para, spacer, styles
from reports.pdf.tables import Column, data_table, long_table, rows_as_blocks

__all__ = ["QuarterLayout"]


class QuarterLayout:
    """What every section of one report reads, and the closing sections (exceptions, payments, reconciliation)."""

    def __init__(self, report: QuarterlyReport, lang: str, width: float, generated_at: dt.datetime) -> None:  # ok-float
        self.r = report
        self.lang = lang
        self.width = width
        self.generated_at = generated_at
        self._money = money_formatter(report.currency, lang)

    def m(self, amount: Decimal | None) -> str:
        return self._money(amount)

    def quarters(self, *, genitive: bool = False) -> str:
        """``кварталы 1–3`` / ``quarters 1–3``; ``I квартал`` / ``quarter 1`` (Russian genitive: ``кварталов 1–3``)."""
        q, case = self.r.period.quarter, "_gen" if genitive else ""
        return t(f"q.quarters{case}", self.lang, q=q) if q > 1 else t(f"q.quarter_1{case}", self.lang)

    def _verdict(self) -> Flowable:
        s, lang = styles(), self.lang
        if self.r.reconciles:
            return para(t("q.reconciles", self.lang), s.body, markup='<font color="#1E6B3A">✓ {}</font>')
        what = ", ".join(t(f"q.rec.{line.key}", lang) for line in self.r.reconciliation.differences)
        return para(t("q.not_reconciled", lang, what=what), s.warning)

    # -- exceptions ------------------------------------------------------------------------------
    def exceptions(self) -> Iterator[Flowable]:
        lang, r = self.lang, self.r
        yield CondPageBreak(50 * 2.835)
        yield heading(t("q.sec_exceptions", lang), 1)
        if not r.exceptions:
            yield note(t("q.no_exceptions", lang))
            return
        columns = [
            Column(t("dealer", lang), 1.7),
            Column(t("reference", lang), 1.05),
            Column(t("invoice_no", lang), 0.9),
            Column(t("invoiced", lang), 1.0, numeric=True),
            Column(t("q.filed", lang), 0.9),
            Column(t("status", lang), 1.0),
            Column(t("reason", lang), 2.5),
        ]
        rows = []
        for e in r.exceptions:
            reasons = [service_text(e.reason, lang)] if e.reason else []
            if e.late:
                late = t(
                    "q.late_reason",
                    lang,
                    filed=date_text(e.filed_on, lang),
                    deadline=date_text(e.deadline or r.period.deadline, lang),
                )
                if e.late_override_by:
                    late += "; " + t("q.late_accepted", lang, who=e.late_override_by, why=e.late_override_reason)
                else:
                    late += "; " + t("q.late_open", lang)
                reasons.append(late)
            status = t(f"status.{e.status.value}", lang) + (f"\n{t('q.late_mark', lang)}" if e.late else "")
            if e.work_quarter:
                status += "\n" + t("q.work_of", lang, q=e.work_quarter)
            rows.append(
                [
                    f"{e.dealer_code} · {e.dealer_name}",
                    e.reference,
                    e.invoice_number,
                    self.m(e.invoiced) if e.invoiced is not None else t("q.no_rate", lang),
                    date_text(e.filed_on, lang),
                    status,
                    "\n".join(reasons),
                ]
            )
        yield long_table(columns, rows_as_blocks(rows), self.width)

    # -- payments --------------------------------------------------------------------------------
    def payments(self) -> Iterator[Flowable]:
        lang, r = self.lang, self.r
        yield CondPageBreak(50 * 2.835)
        yield heading(t("q.sec_payments", lang), 1)
        yield heading(t("q.sec_paid", lang), 2)
        if r.payments:
            columns = [
                Column(t("date", lang), 0.8),
                Column(t("dealer", lang), 2.6),
                Column(t("payment_ref", lang), 1.6),
                Column(t("q.claims_col", lang), 0.6, numeric=True),
                Column(t("amount", lang), 1.1, numeric=True),
            ]
            rows = (
                [
                    date_text(p.paid_on, lang),
                    f"{p.dealer_code} · {p.dealer_name}",
                    payment_reference(p.reference, p.reverses_paid_on, lang),
                    number(p.claims, lang),
                    self.m(p.amount),
                ]
                for p in r.payments
            )
            total = [t("total", lang), "", "", "", self.m(r.position.payments_in_quarter)]
            yield long_table(columns, rows_as_blocks(rows), self.width, totals=[total])
        else:
            yield note(t("q.no_payments", lang))
        yield heading(t("q.sec_due", lang, quarters=self.quarters()), 2)
        if r.still_due:
            columns = [
                Column(t("dealer", lang), 2.4),
                Column(t("quarter", lang), 0.6, align="CENTER"),
                Column(t("reference", lang), 1.15),
                Column(t("invoice_no", lang), 1.15),
                Column(t("approved", lang), 1.05, numeric=True),
                Column(t("q.paid_out", lang), 1.05, numeric=True),
                Column(t("q.due_col", lang), 1.05, numeric=True),
            ]
            rows = (
                [
                    f"{d.dealer_code} · {d.dealer_name}",
                    f"Q{d.quarter}" if lang == "en" else f"{d.quarter}",
                    d.reference,
                    d.invoice_number,
                    self.m(d.approved),
                    self.m(d.paid),
                    self.m(d.due),
                ]
                for d in r.still_due
            )
            total = [t("total", lang), "", "", "", "", "", self.m(r.position.due_to_date)]
            yield long_table(columns, rows_as_blocks(rows), self.width, totals=[total])
        else:
            yield note(t("q.nothing_due", lang))

    # -- reconciliation --------------------------------------------------------------------------
    def reconciliation(self) -> Iterator[Flowable]:
        lang, r = self.lang, self.r
        yield CondPageBreak(90 * 2.835)
        yield heading(t("q.sec_reconciliation", lang), 1)
        yield note(t("q.rec_explain", lang))
        yield spacer(2)
        columns = [
            Column(t("q.what", lang), 2.6),
            Column(t("q.from_rows", lang), 1.3, numeric=True),
            Column(t("q.from_db", lang), 1.3, numeric=True),
            Column(t("q.match", lang), 0.7, align="CENTER"),
        ]
        rows = []
        for line in r.reconciliation.lines:
            shown = (
                (number(int(line.from_rows), lang), number(int(line.from_database), lang))
                if line.is_count
                else (self.m(line.from_rows), self.m(line.from_database))
            )
            rows.append([t(f"q.rec.{line.key}", lang), *shown, t("q.ok" if line.matches else "q.bad", lang)])
        bad = [i for i, line in enumerate(r.reconciliation.lines) if not line.matches]
        yield data_table(columns, rows, self.width * 0.85, highlight=bad)
        yield spacer(4)
        yield self._verdict()

"""The quarterly finance report (PDF): lays out a :class:`~coop_desk.services.quarterly_model.QuarterlyReport`.

Cover (programme, period, the quarter's totals, the year to date, whether it reconciles),
then one section per dealer with claims, the summaries by channel, region and dealer, the
rejected, returned and late claims, the payments, and the reconciliation. Every figure
comes from the read model; nothing is added up here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_decimal
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table, TableStyle

from coop_desk import rules
from coop_desk.services.quarterly_model import (
    Bucket,
    ClaimTotals,
    DealerQuarter,
    QuarterClaim,
    QuarterlyReport,
)
from models import ClaimStatus
from reports.pdf.document import ReportDocument
from reports.pdf.formatting import date_text, datetime_text, money, money_formatter, number, percent
from reports.pdf.i18n import add_strings, channel_name, lang_of, quarter_label, service_text, stage_name, t
from reports.pdf.styles import PALETTE, heading, note, para, spacer, styles
from reports.pdf.tables import Block, Column, data_table, key_value_table, long_table, rows_as_blocks

__all__ = ["write_quarterly_report"]

add_strings(
    {
        "q.title": {"ru": "Квартальный финансовый отчёт", "en": "Quarterly finance report"},
        "q.short_title": {"ru": "Квартальный отчёт", "en": "Quarterly report"},
        "q.dates": {"ru": "{start} – {end}", "en": "{start} – {end}"},
        "q.programme": {"ru": "Программа", "en": "Programme"},
        "q.base_rate": {"ru": "Базовая ставка возмещения", "en": "Base reimbursement rate"},
        "q.deadline": {"ru": "Срок подачи заявок за квартал", "en": "Claims for the quarter due by"},
        "q.closed": {"ru": "Квартал закрыт", "en": "Quarter closed"},
        "q.closed_by": {"ru": "{when}, {who}", "en": "{when}, by {who}"},
        "q.open": {"ru": "нет, квартал открыт", "en": "no, the quarter is open"},
        "q.totals": {"ru": "Итоги квартала", "en": "The quarter"},
        "q.position": {"ru": "С начала года по конец квартала", "en": "Year to the end of the quarter"},
        "q.claims_filed": {"ru": "Заявок подано", "en": "Claims filed"},
        "q.invoiced": {"ru": "Заявлено (по счетам)", "en": "Claimed (invoiced)"},
        "q.approved": {"ru": "Одобрено к возмещению", "en": "Approved for reimbursement"},
        "q.paid": {"ru": "Выплачено дилерам", "en": "Paid to dealers"},
        "q.unpaid": {"ru": "Одобрено, но не выплачено", "en": "Approved but unpaid"},
        "q.rejected": {"ru": "Отклонено (шт. / по счетам)", "en": "Rejected (no. / invoiced)"},
        "q.pending": {"ru": "В работе (шт. / по счетам)", "en": "Undecided (no. / invoiced)"},
        "q.late": {"ru": "Поданы с опозданием", "en": "Filed late"},
        "q.count_amount": {"ru": "{count} / {amount}", "en": "{count} / {amount}"},
        "q.budget": {"ru": "Бюджет программы", "en": "Programme budget"},
        "q.allocated": {"ru": "Распределено дилерам", "en": "Allocated to dealers"},
        "q.used": {"ru": "Использовано (одобрено)", "en": "Used (approved)"},
        "q.unclaimed": {"ru": "Обязательства без заявок", "en": "Committed but unclaimed"},
        "q.payments_in_quarter": {"ru": "Платежи в квартале", "en": "Payments in the quarter"},
        "q.due": {"ru": "Остаток к выплате", "en": "Still due"},
        "q.definitions": {
            "ru": "Суммы — в валюте программы. «Заявлено» — суммы счетов дилеров; «Одобрено» — возмещение по "
            "одобренным и оплаченным заявкам; «Выплачено дилерам» — выплаты по заявкам квартала на дату отчёта; "
            "«Обязательства без заявок» — распределено минус использовано с начала года; «Остаток к выплате» — "
            "одобренные, но ещё не выплаченные суммы по заявкам {quarters}.",
            "en": "Amounts in the programme currency. “Claimed” is the dealers' invoices; “Approved” the "
            "reimbursement of approved and paid claims; “Paid to dealers” what has been paid on the quarter's "
            "claims by the date of the report; “Committed but unclaimed” is allocated minus used to date; "
            "“Still due” what approved claims of {quarters} still wait to be paid.",
        },
        "q.definitions_closed": {
            "ru": "Суммы — в валюте программы. «Заявлено» — суммы счетов дилеров; «Одобрено» — возмещение по "
            "одобренным и оплаченным заявкам; «Выплачено дилерам» — выплаты по заявкам квартала на момент его "
            "закрытия; «Обязательства без заявок» — распределено минус использовано с начала года; «Остаток к "
            "выплате» — одобренные, но не выплаченные на момент закрытия суммы по заявкам {quarters}. Квартал "
            "закрыт: отчёт не меняется, более поздние платежи учтены в кварталах своих дат.",
            "en": "Amounts in the programme currency. “Claimed” is the dealers' invoices; “Approved” the "
            "reimbursement of approved and paid claims; “Paid to dealers” what had been paid on the quarter's "
            "claims when it was closed; “Committed but unclaimed” is allocated minus used to date; “Still due” "
            "what approved claims of {quarters} still waited to be paid at the close. The quarter is closed: "
            "this report does not change; later payments count in the quarters of their dates.",
        },
        "q.work_of": {"ru": "работы {q} кв.", "en": "work of Q{q}"},
        "q.moved": {
            "ru": "Заявки за работы закрытых кварталов, поданные позже, учтены в этом квартале и отмечены "
            "кварталом работ; их срок подачи — срок квартала работ.",
            "en": "Claims for work of closed quarters filed later count in this quarter, marked with the "
            "quarter of their work; their filing deadline is that quarter's.",
        },
        "q.reconciles": {
            "ru": "Итоги отчёта сверены с базой данных: совпадают до копейки.",
            "en": "The report's totals were checked against the database: they agree to the cent.",
        },
        "q.not_reconciled": {
            "ru": "ВНИМАНИЕ: итоги отчёта не совпадают с базой данных ({what}). См. раздел «Сверка».",
            "en": "WARNING: the report's totals disagree with the database ({what}). See “Reconciliation”.",
        },
        "q.empty": {
            "ru": "За этот квартал не подано ни одной заявки и не проведено ни одного платежа.",
            "en": "No claims were filed for this quarter and no payments were made in it.",
        },
        "q.no_claims": {
            "ru": "За этот квартал не подано ни одной заявки.",
            "en": "No claims were filed for this quarter.",
        },
        "q.sec_dealers": {"ru": "1. Заявки по дилерам", "en": "1. Claims by dealer"},
        "q.sec_summaries": {"ru": "2. Сводки", "en": "2. Summaries"},
        "q.sec_channel": {"ru": "По каналам", "en": "By channel"},
        "q.sec_region": {"ru": "По регионам", "en": "By region"},
        "q.sec_budget": {"ru": "Бюджет по дилерам (с начала года)", "en": "Budget by dealer (year to date)"},
        "q.sec_exceptions": {
            "ru": "3. Отклонённые, возвращённые и поданные с опозданием заявки",
            "en": "3. Rejected, returned and late claims",
        },
        "q.sec_payments": {"ru": "4. Платежи", "en": "4. Payments"},
        "q.sec_paid": {"ru": "Платежи, проведённые в квартале", "en": "Payments made in the quarter"},
        "q.sec_due": {
            "ru": "Одобрено, но ещё не выплачено ({quarters})",
            "en": "Approved but not yet paid ({quarters})",
        },
        "q.sec_reconciliation": {"ru": "5. Сверка с базой данных", "en": "5. Reconciliation with the database"},
        "q.dealer_budget": {
            "ru": "выделено {allocated} · использовано {used} · остаток {remaining}",
            "en": "allocated {allocated} · used {used} · remaining {remaining}",
        },
        "q.no_exceptions": {
            "ru": "Нет отклонённых, возвращённых или поданных с опозданием заявок.",
            "en": "No claim was rejected, returned or filed late.",
        },
        "q.no_payments": {"ru": "В квартале платежей не было.", "en": "No payments were made in the quarter."},
        "q.nothing_due": {"ru": "Все одобренные суммы выплачены.", "en": "Every approved amount has been paid."},
        "q.dealer_paid": {"ru": "Оплачено дилером", "en": "Paid by dealer"},
        "q.paid_out": {"ru": "Выплачено", "en": "Paid out"},
        "q.unpaid_col": {"ru": "Не выплачено", "en": "Unpaid"},
        "q.rejected_col": {"ru": "Откл.", "en": "Rej."},
        "q.pending_col": {"ru": "На рассм.", "en": "Undecided"},
        "q.claims_col": {"ru": "Заявок", "en": "Claims"},
        "q.dealers_col": {"ru": "Дилеров", "en": "Dealers"},
        "q.filed": {"ru": "Подана", "en": "Filed"},
        "q.due_col": {"ru": "К выплате", "en": "Due"},
        "q.used_col": {"ru": "Использовано", "en": "Used to date"},
        "q.approved_q": {"ru": "Одобрено в кв.", "en": "Approved (quarter)"},
        "q.late_reason": {
            "ru": "подана {filed}, срок {deadline}",
            "en": "filed {filed}, due {deadline}",
        },
        "q.late_accepted": {"ru": "принята ({who}): {why}", "en": "accepted by {who}: {why}"},
        "q.late_open": {"ru": "ждёт решения об исключении", "en": "awaits an override"},
        "q.what": {"ru": "Показатель", "en": "Figure"},
        "q.from_rows": {"ru": "Отчёт (сумма строк)", "en": "Report (sum of rows)"},
        "q.from_db": {"ru": "База данных (SQL)", "en": "Database (SQL)"},
        "q.match": {"ru": "Совпадает", "en": "Agrees"},
        "q.rec_explain": {
            "ru": "Итоги отчёта — суммы его строк; столбец «База данных» посчитан заново агрегатными "
            "запросами SQL по таблицам заявок, платежей и распределения, независимо от строк отчёта.",
            "en": "The report's totals are the sums of its rows; the “Database” column is computed again "
            "with SQL aggregates over the claim, payment and allocation tables, independently of the rows.",
        },
        "q.rec.claims": {"ru": "Заявок в квартале", "en": "Claims of the quarter"},
        "q.rec.rejected": {"ru": "из них отклонено", "en": "of which rejected"},
        "q.rec.pending": {"ru": "из них на рассмотрении", "en": "of which undecided"},
        "q.rec.late": {"ru": "из них с опозданием", "en": "of which late"},
        "q.rec.approved": {"ru": "Одобрено в квартале", "en": "Approved in the quarter"},
        "q.rec.paid": {"ru": "Выплачено по заявкам квартала", "en": "Paid on the quarter's claims"},
        "q.rec.unpaid": {"ru": "Одобрено, но не выплачено", "en": "Approved but unpaid"},
        "q.rec.allocated": {"ru": "Распределено дилерам", "en": "Allocated to dealers"},
        "q.rec.used_to_date": {"ru": "Использовано с начала года", "en": "Used to date"},
        "q.rec.unclaimed": {"ru": "Обязательства без заявок", "en": "Committed but unclaimed"},
        "q.rec.payments_in_quarter": {"ru": "Платежи в квартале", "en": "Payments in the quarter"},
        "q.rec.due_to_date": {"ru": "К выплате на дату", "en": "Due to date"},
        "q.late_mark": {"ru": "просрочка", "en": "late"},
        "q.limited_mark": {"ru": "огранич. остатком", "en": "cut to the allocation left"},
        "q.foreign": {"ru": "{amount}\n× {rate}", "en": "{amount}\n× {rate}"},
        "q.no_rate": {"ru": "курс установит финансовый отдел", "en": "rate to be set by finance"},
        "q.unrated": {
            "ru": "Без курса валюты (не входят в суммы)",
            "en": "Without an exchange rate (in no amount)",
        },
        "q.limited_note": {
            "ru": "«Огранич. остатком» — возмещение урезано до остатка выделенной дилеру суммы (R7). Счёт в другой "
            "валюте показан в валюте программы, под ним — сумма в валюте счёта и курс.",
            "en": "“Cut to the allocation left”: the reimbursement was limited to what was left of the dealer's "
            "allocation (R7). An invoice in another currency is shown converted, with its own amount and the rate "
            "below.",
        },
        "q.rate_reason": {"ru": "Ставка (R6)", "en": "Rate (R6)"},
        "q.own_brand": {"ru": "свой бренд", "en": "own brand"},
        "q.prepared": {"ru": "Подготовил", "en": "Prepared by"},
        "q.checked": {"ru": "Проверил", "en": "Checked by"},
        "q.signature": {"ru": "ФИО, подпись, дата", "en": "name, signature, date"},
        "q.quarters": {"ru": "кварталы 1–{q}", "en": "quarters 1–{q}"},
        "q.quarter_1": {"ru": "I квартал", "en": "quarter 1"},
        "q.quarters_gen": {"ru": "кварталов 1–{q}", "en": "quarters 1–{q}"},
        "q.quarter_1_gen": {"ru": "I квартала", "en": "quarter 1"},
        "q.ok": {"ru": "да", "en": "yes"},
        "q.bad": {"ru": "НЕТ", "en": "NO"},
    }
)


def write_quarterly_report(
    report: QuarterlyReport, path: str | Path, lang: str, *, generated_at: dt.datetime | None = None
) -> None:
    """Write the quarterly finance report of ``report`` to ``path`` in ``lang`` (``"ru"`` or ``"en"``)."""
    period = quarter_label(report.year, report.period.quarter, lang)
    doc = ReportDocument(
        path,
        lang=lang,
        programme=t("programme", lang, year=report.year),
        title=t("q.short_title", lang),
        period=period,
        generated_at=generated_at,
        subject=t("q.title", lang),
    )
    doc.build_story(_Layout(report, doc.lang, doc.width, doc.generated_at).story())


class _Layout:
    """The story of one report: generators of flowables, section by section."""

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

    def story(self) -> Iterator[Flowable]:
        yield from self.cover()
        if self.r.totals.claims:
            yield PageBreak()
            yield from self.dealer_sections()
            yield from self.summaries()
            yield from self.exceptions()
        elif not self.r.is_empty:  # payments of earlier claims, none filed for this quarter
            yield note(t("q.no_claims", self.lang))
        yield from self.payments()
        yield from self.reconciliation()

    # -- cover -----------------------------------------------------------------------------------
    def cover(self) -> Iterator[Flowable]:
        r, lang, s = self.r, self.lang, styles()
        p = r.period
        yield para(t("q.title", lang), s.title)
        dates = t("q.dates", lang, start=date_text(p.start, lang), end=date_text(p.end, lang))
        yield para(f"{quarter_label(r.year, p.quarter, lang)} · {dates}", s.subtitle)
        closed = (
            t("q.closed_by", lang, when=datetime_text(p.closed_at, lang), who=p.closed_by)
            if p.closed_at
            else t("q.open", lang)
        )
        yield key_value_table(
            [
                (t("q.programme", lang), t("programme", lang, year=r.year)),
                (t("stage", lang), stage_name(r.stage.value, lang)),
                (t("currency", lang), r.currency),
                (t("q.base_rate", lang), percent(r.base_rate, lang)),
                (t("q.deadline", lang), date_text(p.deadline, lang)),
                (t("q.closed", lang), closed),
            ],
            self.width,
            label_share=0.45,
        )
        yield spacer(5)
        if r.is_empty:
            yield para(t("q.empty", lang), s.warning)
            yield spacer(4)
        tot, pos = r.totals, r.position
        half = (self.width - 8) / 2
        quarter = key_value_table(
            [
                (t("q.claims_filed", lang), number(tot.claims, lang)),
                (t("q.invoiced", lang), self.m(tot.invoiced)),
                (t("q.approved", lang), self.m(tot.approved)),
                (t("q.paid", lang), self.m(tot.paid)),
                (t("q.unpaid", lang), self.m(tot.unpaid)),
                (
                    t("q.rejected", lang),
                    t("q.count_amount", lang, count=number(tot.rejected, lang), amount=self.m(tot.rejected_invoiced)),
                ),
                (
                    t("q.pending", lang),
                    t("q.count_amount", lang, count=number(tot.pending, lang), amount=self.m(tot.pending_invoiced)),
                ),
                (t("q.late", lang), number(tot.late, lang)),
                *([(t("q.unrated", lang), number(tot.unrated, lang))] if tot.unrated else []),
            ],
            half,
            label_share=0.6,
            emphasize=[2],
        )
        year = key_value_table(
            [
                (t("q.budget", lang), self.m(pos.budget)),
                (t("q.allocated", lang), self.m(pos.allocated)),
                (t("q.used", lang), self.m(pos.used_to_date)),
                (t("q.unclaimed", lang), self.m(pos.remaining)),
                (t("q.payments_in_quarter", lang), self.m(pos.payments_in_quarter)),
                (t("q.due", lang), self.m(pos.due_to_date)),
            ],
            half,
            label_share=0.6,
            emphasize=[3],
        )
        yield _side_by_side(
            [heading(t("q.totals", lang), 2), quarter], [heading(t("q.position", lang), 2), year], half, self.width
        )
        yield spacer(3)
        definitions = "q.definitions_closed" if p.closed_at else "q.definitions"
        yield note(t(definitions, lang, quarters=self.quarters(genitive=True)))
        if any(c.work_quarter for d in r.dealers for c in d.claims):
            yield note(t("q.moved", lang))
        yield spacer(5)
        yield self._verdict()
        yield spacer(16)
        yield self._sign_off()

    def _sign_off(self) -> Table:
        """Lines for the people who prepare and check the report (it is filed signed)."""
        lang, s = self.lang, styles()
        cells = [
            [para(t(key, lang), s.small), "", para(t("q.signature", lang), s.note)]
            for key in ("q.prepared", "q.checked")
        ]
        table = Table(cells, colWidths=[self.width * 0.22, self.width * 0.45, self.width * 0.33], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (1, 0), (1, -1), 0.5, PALETTE.ink),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("TOPPADDING", (0, 0), (-1, -1), 14),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _verdict(self) -> Flowable:
        s, lang = styles(), self.lang
        if self.r.reconciles:
            return para(t("q.reconciles", self.lang), s.body, markup='<font color="#1E6B3A">✓ {}</font>')
        what = ", ".join(t(f"q.rec.{line.key}", lang) for line in self.r.reconciliation.differences)
        return para(t("q.not_reconciled", lang, what=what), s.warning)

    # -- dealers ---------------------------------------------------------------------------------
    def dealer_sections(self) -> Iterator[Flowable]:
        lang = self.lang
        yield heading(t("q.sec_dealers", lang), 1)
        columns = [  # widths in points for A4 portrait (504 pt); money columns fit a bold 123 456,78 €
            Column(t("invoice_no", lang), 52),
            Column(t("reference", lang), 56),
            Column(t("channel", lang), 62),
            Column(t("invoiced", lang), 58, numeric=True),
            Column(t("q.dealer_paid", lang), 58, numeric=True),
            Column(t("q.rate_reason", lang), 106, numeric=True),
            Column(t("reimbursement", lang), 58, numeric=True),
            Column(t("status", lang), 54),
        ]
        blocks = (self._dealer_block(d) for d in self.r.dealers_with_claims)
        yield long_table(columns, blocks, self.width, caption_span=4, total_label_span=3)
        if any(c.limited or c.currency != self.r.currency for d in self.r.dealers_with_claims for c in d.claims):
            yield note(t("q.limited_note", lang))

    def _dealer_block(self, d: DealerQuarter) -> Block:
        """A dealer: its name, region and budget in a caption band, its claims, its subtotal."""
        lang = self.lang
        place = ", ".join(x for x in (d.region, d.city) if x)
        budget = t(
            "q.dealer_budget",
            lang,
            allocated=self.m(d.allocated),
            used=self.m(d.used_to_date),
            remaining=self.m(d.remaining),
        )
        sub = d.subtotal
        return Block(
            caption=f"{d.code} · {d.name}",
            note=f"{place}\n{budget}" if place else budget,
            rows=[self._claim_cells(c) for c in d.claims],
            totals=[
                [
                    t("subtotal", lang),
                    "",
                    "",
                    self.m(sub.invoiced),
                    self.m(sub.dealer_paid),
                    "",
                    self.m(sub.approved),
                    "",
                ]
            ],
            highlight=[i for i, c in enumerate(d.claims) if c.status == ClaimStatus.REJECTED],
        )

    def _claim_cells(self, c: QuarterClaim) -> list[str]:
        lang = self.lang
        if c.other_brands is None:
            reason = "—"
        elif c.other_brands == 0:
            reason = t("q.own_brand", lang)
        else:
            reason = rules.rate_formula(c.other_brands, self.r.base_rate, lang)
        rate = f"{percent(c.rate, lang)} · {reason}" if c.rate is not None else reason
        status = t(f"status.{c.status.value}", lang) + (f"\n{t('q.late_mark', lang)}" if c.late else "")
        if c.limited:
            status += f"\n{t('q.limited_mark', lang)}"
        if c.work_quarter:
            status += "\n" + t("q.work_of", lang, q=c.work_quarter)
        counted = c.status in rules.COUNTED
        invoiced = self.m(c.invoiced)
        if c.exchange_rate is None and c.invoice_amount is not None:  # not converted: in no total
            invoiced = money(c.invoice_amount, c.currency, lang) + "\n" + t("q.no_rate", lang)
        elif c.currency != self.r.currency and c.invoice_amount is not None and c.exchange_rate is not None:
            # the original beside the converted
            original = money(c.invoice_amount, c.currency, lang)
            fx = format_decimal(c.exchange_rate, format="#,##0.##########", locale=lang_of(lang))
            invoiced += "\n" + t("q.foreign", lang, amount=original, rate=fx)
        return [
            c.invoice_number,
            c.reference,
            channel_name(c.channel, lang),
            invoiced,
            self.m(c.paid_by_dealer),
            rate,
            self.m(c.approved) if counted else "—",
            status,
        ]

    # -- summaries -------------------------------------------------------------------------------
    def summaries(self) -> Iterator[Flowable]:
        lang = self.lang
        yield CondPageBreak(60 * 2.835)
        yield heading(t("q.sec_summaries", lang), 1)
        yield heading(t("q.sec_channel", lang), 2)
        yield self._bucket_table(t("channel", lang), self.r.by_channel, channels=True)
        yield heading(t("q.sec_region", lang), 2)
        yield self._bucket_table(t("region", lang), self.r.by_region, channels=False)
        yield heading(t("q.sec_budget", lang), 2)
        yield self._budget_table()

    def _bucket_table(self, what: str, buckets: tuple[Bucket, ...], *, channels: bool) -> Table:
        lang = self.lang
        columns = [
            Column(what, 1.6),
            Column(t("q.dealers_col", lang), 0.7, numeric=True),
            Column(t("q.claims_col", lang), 0.6, numeric=True),
            Column(t("invoiced", lang), 1.15, numeric=True),
            Column(t("approved", lang), 1.15, numeric=True),
            Column(t("q.paid_out", lang), 1.15, numeric=True),
            Column(t("q.unpaid_col", lang), 1.05, numeric=True),
            Column(t("q.rejected_col", lang), 0.5, numeric=True),
            Column(t("q.pending_col", lang), 0.6, numeric=True),
        ]
        rows = (
            [channel_name(b.key, lang) if channels else b.key, number(b.dealers, lang), *self._totals_cells(b.totals)]
            for b in sorted(buckets, key=lambda b: (channel_name(b.key, lang) if channels else b.key).casefold())
        )
        total = [t("total", lang), number(len(self.r.dealers_with_claims), lang), *self._totals_cells(self.r.totals)]
        return data_table(columns, rows, self.width, totals=[total])

    def _totals_cells(self, x: ClaimTotals) -> list[str]:
        lang = self.lang
        return [
            number(x.claims, lang),
            self.m(x.invoiced),
            self.m(x.approved),
            self.m(x.paid),
            self.m(x.unpaid),
            number(x.rejected, lang),
            number(x.pending, lang),
        ]

    def _budget_table(self) -> Flowable:
        lang, r = self.lang, self.r
        columns = [
            Column(t("code", lang), 0.55),
            Column(t("dealer", lang), 2.2),
            Column(t("region", lang), 1.25),
            Column(t("allocated", lang), 1.1, numeric=True),
            Column(t("q.used_col", lang), 1.1, numeric=True),
            Column(t("remaining", lang), 1.1, numeric=True),
            Column(t("q.claims_col", lang), 0.55, numeric=True),
            Column(t("q.approved_q", lang), 1.1, numeric=True),
        ]
        rows = (
            [
                d.code,
                d.name,
                d.region,
                self.m(d.allocated),
                self.m(d.used_to_date),
                self.m(d.remaining),
                number(d.subtotal.claims, lang),
                self.m(d.subtotal.approved),
            ]
            for d in r.dealers
        )
        pos = r.position
        total = [
            t("total", lang),
            "",
            "",
            self.m(pos.allocated),
            self.m(pos.used_to_date),
            self.m(pos.remaining),
            number(r.totals.claims, lang),
            self.m(r.totals.approved),
        ]
        return long_table(columns, rows_as_blocks(rows), self.width, totals=[total])

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
                    p.reference,
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


def _side_by_side(left: list[Flowable], right: list[Flowable], half: float, width: float) -> Table:  # ok-float
    table = Table([[left, right]], colWidths=[half + 4, width - half - 4], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 8),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table

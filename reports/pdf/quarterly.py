"""The quarterly finance report (PDF): lays out a :class:`~coop_desk.services.quarterly_model.QuarterlyReport`.

Cover (programme, period, the quarter's totals, the year to date, whether it reconciles),
then one section per dealer with claims, the summaries by channel, region and dealer, the
rejected, returned and late claims, the payments, and the reconciliation. Every figure
comes from the read model; nothing is added up here. The words are in :mod:`reports.pdf.quarterly_labels`,
the closing sections in :mod:`reports.pdf.quarterly_layout`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
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
from reports.pdf import quarterly_labels  # noqa: F401 (registers the report's words)
from reports.pdf.document import ReportDocument
from reports.pdf.formatting import date_text, datetime_text, money, number, percent
from reports.pdf.i18n import channel_name, lang_of, quarter_label, stage_name, t
from reports.pdf.quarterly_layout import QuarterLayout
from reports.pdf.styles import PALETTE, heading, note, para, spacer, styles
from reports.pdf.tables import Block, Column, data_table, key_value_table, long_table, rows_as_blocks

__all__ = ["write_quarterly_report"]


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


class _Layout(QuarterLayout):
    """The story of one report: generators of flowables, section by section."""

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
            channel_name(c.channel, lang, self.r.channel_names),
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
            [
                channel_name(b.key, lang, self.r.channel_names) if channels else b.key,
                number(b.dealers, lang),
                *self._totals_cells(b.totals),
            ]
            for b in sorted(
                buckets,
                key=lambda b: (channel_name(b.key, lang, self.r.channel_names) if channels else b.key).casefold(),
            )
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

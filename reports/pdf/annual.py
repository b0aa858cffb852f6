"""The annual programme report (PDF) with charts, laid out from ``AnnualService.report``.

Spending by channel, region and quarter; planned against actual; efficiency per channel from
the evaluating agency; and the activities that did not pay off. Charts are drawn with
reportlab's graphics in the embedded DejaVu font; their bar lengths are drawing coordinates
(floats made from the Decimal amounts inside :mod:`reports.pdf.annual_charts` only), their labels the money
text. The words are in :mod:`reports.pdf.annual_labels`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from coop_desk.services.annual import AnnualReport
from reports.pdf import annual_labels  # noqa: F401 (registers the report's words)
from reports.pdf.annual_charts import Series, chart_title, hbar_chart, vbar_chart
from reports.pdf.dealer_kit import channel_text, num, side_by_side
from reports.pdf.document import ReportDocument
from reports.pdf.formatting import money, number, percent
from reports.pdf.i18n import lang_of, t
from reports.pdf.styles import PALETTE, heading, note, para, spacer, styles
from reports.pdf.tables import Column, data_table, key_value_table

__all__ = ["write_annual"]

SERIES_A = PALETTE.accent  # approved, actual
SERIES_B = colors.HexColor("#8FB3DA")  # paid, planned
SERIES_C = colors.HexColor("#3C8D7F")  # efficiency


def write_annual(report: AnnualReport, path: str | Path, lang: str | None = None) -> Path:
    """Write the annual programme report; ``lang`` defaults to the programme's language."""
    lang = lang_of(lang or report.language)
    path = Path(path)
    doc = ReportDocument(
        path,
        lang=lang,
        programme=t("programme", lang, year=report.year),
        title=t("an.header", lang),
        period=str(report.year),
    )
    doc.build_story(_story(report, lang, doc.width))
    return path


# --------------------------------------------------------------------------- the story


def _story(r: AnnualReport, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    s = styles()
    cur = r.currency
    yield Paragraph(t("an.title", lang, year=r.year), s.title)
    yield para(
        t(
            "an.subtitle",
            lang,
            stage=t(f"an.stage.{r.stage.value}", lang),
            currency=cur,
            base=percent(r.base_rate, lang),
        ),
        s.subtitle,
    )
    yield from _summary(r, lang, width)
    yield from _by_channel(r, lang, width)
    yield from _by_region(r, lang, width)
    yield from _by_quarter(r, lang, width)
    yield from _plan_vs_actual(r, lang, width)
    yield from _efficiency(r, lang, width)
    yield from _drop(r, lang, width)


def _summary(r: AnnualReport, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = r.currency
    yield heading(t("an.summary", lang))
    left_w = width * 0.6
    right_w = width - left_w - 14
    figures = key_value_table(
        [
            (t("budget", lang), money(r.budget, cur, lang)),
            (t("an.allocated", lang), money(r.allocated, cur, lang)),
            (t("an.approved", lang), money(r.approved, cur, lang)),
            (t("an.paid", lang), money(r.paid, cur, lang)),
            (t("an.unpaid", lang), money(r.unpaid, cur, lang)),
            (t("an.unused", lang), money(r.remaining, cur, lang)),
            (t("an.funded", lang), number(r.funded_dealers, lang)),
            (t("an.late", lang), number(r.late_claims, lang)),
        ],
        left_w,
        emphasize=(2,),
    )
    rows = [[t(f"status.{k}", lang), number(n, lang)] for k, n in r.claims_by_status]
    total = [[t("total", lang), number(r.claims_count, lang)]]
    statuses = data_table(
        [Column(t("an.claims_by_status", lang), 3), Column(t("an.count", lang), 1, numeric=True)],
        rows or [[t("none", lang), ""]],
        right_w,
        totals=total,
    )
    yield side_by_side([figures, statuses], [left_w, right_w], gap=14)


def _spend_series(lang: str, approved: Sequence[Decimal], paid: Sequence[Decimal]) -> list[Series]:
    return [Series(t("approved", lang), approved, SERIES_A), Series(t("paid", lang), paid, SERIES_B)]


def _by_channel(r: AnnualReport, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = r.currency
    yield CondPageBreak(200)
    yield heading(t("an.by_channel", lang))
    if not r.by_channel:
        yield para(t("none", lang))
        return
    names = [channel_text(b.key, lang, r.channel_names) for b in r.by_channel]
    yield hbar_chart(
        names, _spend_series(lang, [b.approved for b in r.by_channel], [b.paid for b in r.by_channel]), width, cur, lang
    )
    yield spacer(2)
    cols = [
        Column(t("channel", lang), 3),
        Column(t("claims_count", lang), 1, numeric=True),
        Column(t("approved", lang), 1.6, numeric=True),
        Column(t("paid", lang), 1.6, numeric=True),
    ]
    rows = [
        [n, number(b.claims, lang), money(b.approved, cur, lang), money(b.paid, cur, lang)]
        for n, b in zip(names, r.by_channel, strict=True)
    ]
    totals = [
        [
            t("total", lang),
            number(r.claims_count, lang),
            money(r.approved, cur, lang),
            money(r.paid, cur, lang),
        ]
    ]
    yield data_table(cols, rows, width, totals=totals)


def _by_region(r: AnnualReport, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = r.currency
    yield CondPageBreak(220)
    yield heading(t("an.by_region", lang))
    if not r.by_region:
        yield para(t("none", lang))
        return
    names = [b.region for b in r.by_region]
    series = [
        Series(t("allocated", lang), [b.allocated for b in r.by_region], SERIES_B),
        Series(t("approved", lang), [b.approved for b in r.by_region], SERIES_A),
    ]
    yield hbar_chart(names, series, width, cur, lang)
    yield spacer(2)
    cols = [
        Column(t("region", lang), 2.4),
        Column(t("dealers", lang), 0.9, numeric=True),
        Column(t("allocated", lang), 1.5, numeric=True),
        Column(t("approved", lang), 1.5, numeric=True),
        Column(t("paid", lang), 1.5, numeric=True),
        Column(t("an.used", lang), 1.0, numeric=True),
    ]
    rows = [
        [
            b.region,
            number(b.dealers, lang),
            money(b.allocated, cur, lang),
            money(b.approved, cur, lang),
            money(b.paid, cur, lang),
            percent(b.used, lang),
        ]
        for b in r.by_region
    ]
    totals = [
        [
            t("total", lang),
            number(r.funded_dealers, lang),
            money(r.allocated, cur, lang),
            money(r.approved, cur, lang),
            money(r.paid, cur, lang),
            "",
        ]
    ]
    yield data_table(cols, rows, width, totals=totals)


def _by_quarter(r: AnnualReport, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = r.currency
    yield CondPageBreak(300)
    yield heading(t("an.by_quarter", lang))
    names = [t("an.quarter_short", lang, q=b.key.removeprefix("Q")) for b in r.by_quarter]
    series = _spend_series(lang, [b.approved for b in r.by_quarter], [b.paid for b in r.by_quarter])
    yield vbar_chart(names, series, width, cur, lang)
    yield spacer(2)
    cols = [
        Column(t("quarter", lang), 1.0),
        Column(t("claims_count", lang), 0.8, numeric=True),
        Column(t("approved", lang), 1.5, numeric=True),
        Column(t("paid", lang), 1.5, numeric=True),
    ]
    rows = [
        [n, number(b.claims, lang), money(b.approved, cur, lang), money(b.paid, cur, lang)]
        for n, b in zip(names, r.by_quarter, strict=True)
    ]
    claims = number(r.claims_count, lang)
    totals = [[t("total", lang), claims, money(r.approved, cur, lang), money(r.paid, cur, lang)]]
    yield data_table(cols, rows, width * 0.7, totals=totals)


def _plan_vs_actual(r: AnnualReport, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = r.currency
    yield CondPageBreak(260)
    yield heading(t("an.plan_vs_actual", lang))
    if not r.plan_vs_actual:
        yield para(t("none", lang))
        return
    names = [channel_text(p.channel, lang, r.channel_names) for p in r.plan_vs_actual]
    series = [
        Series(t("an.planned", lang), [p.planned_share for p in r.plan_vs_actual], SERIES_B),
        Series(t("an.actual", lang), [p.approved for p in r.plan_vs_actual], SERIES_A),
    ]
    yield hbar_chart(names, series, width, cur, lang)
    yield spacer(1)
    yield note(t("an.plan_note", lang, base=percent(r.base_rate, lang), allocated=money(r.allocated, cur, lang)))
    yield spacer(1)
    cols = [
        Column(t("channel", lang), 2.0),
        Column(t("an.activities", lang), 1.15, numeric=True),
        Column(t("an.planned_cost", lang), 1.45, numeric=True),
        Column(t("an.planned_share", lang), 1.45, numeric=True),
        Column(t("an.actual_cost", lang), 1.45, numeric=True),
        Column(t("approved", lang), 1.4, numeric=True),
        Column(t("an.difference", lang), 1.35, numeric=True),
    ]
    rows = [
        [
            n,
            number(p.activities, lang),
            money(p.planned_cost, cur, lang),
            money(p.planned_share, cur, lang),
            money(p.actual_cost, cur, lang),
            money(p.approved, cur, lang),
            money(p.difference, cur, lang),
        ]
        for n, p in zip(names, r.plan_vs_actual, strict=True)
    ]
    totals = [
        [
            t("total", lang),
            number(r.planned_activities, lang),
            money(r.planned_cost, cur, lang),
            money(r.planned_share, cur, lang),
            money(r.actual_cost, cur, lang),
            money(r.approved, cur, lang),
            money(r.approved - r.planned_share, cur, lang),
        ]
    ]
    yield data_table(cols, rows, width, totals=totals)


def _efficiency(r: AnnualReport, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = r.currency
    yield CondPageBreak(260)
    yield heading(t("an.efficiency", lang))
    if r.efficiency_total is None:
        yield para(t("an.no_evaluation", lang))
        return
    yield note(t("an.efficiency_note", lang, agency=r.evaluating_agency or "—"))
    yield spacer(1)
    names = [channel_text(e.key, lang, r.channel_names) for e in r.efficiency]
    half = (width - 14) / 2
    per_lead = hbar_chart(
        names, [Series(t("an.cost_per_lead", lang), [e.cost_per_lead for e in r.efficiency], SERIES_C)], half, cur, lang
    )
    per_sale = hbar_chart(
        names, [Series(t("an.cost_per_sale", lang), [e.cost_per_sale for e in r.efficiency], SERIES_A)], half, cur, lang
    )
    yield side_by_side(
        [
            [chart_title(t("an.cost_per_lead", lang)), per_lead],
            [chart_title(t("an.cost_per_sale", lang)), per_sale],
        ],
        [half, half],
        gap=14,
    )
    yield spacer(2)
    cols = [
        Column(t("channel", lang), 2.0),
        Column(t("an.activities", lang), 1.15, numeric=True),
        Column(t("an.reach", lang), 1.1, numeric=True),
        Column(t("an.leads", lang), 1.1, numeric=True),
        Column(t("an.sales", lang), 0.9, numeric=True),
        Column(t("an.cost", lang), 1.4, numeric=True),
        Column(t("an.cost_per_lead", lang), 1.2, numeric=True),
        Column(t("an.cost_per_sale", lang), 1.2, numeric=True),
    ]

    def row(label: str, e) -> list[str]:  # type: ignore[no-untyped-def]
        return [
            label,
            number(e.activities, lang),
            number(e.reach, lang),
            number(e.leads, lang),
            number(e.sales, lang),
            money(e.cost, cur, lang),
            money(e.cost_per_lead, cur, lang),
            money(e.cost_per_sale, cur, lang),
        ]

    rows = [row(n, e) for n, e in zip(names, r.efficiency, strict=True)]
    yield data_table(cols, rows, width, totals=[row(t("total", lang), r.efficiency_total)])


def _drop(r: AnnualReport, lang: str, width: float) -> Iterator[Flowable]:  # ok-float
    cur = r.currency
    yield CondPageBreak(160)
    yield heading(t("an.drop", lang))
    if r.efficiency_total is None:
        yield para(t("an.no_evaluation", lang))
        return
    average = r.efficiency_total.cost_per_sale
    if r.cost_per_sale_limit is None:
        yield note(t("an.drop_note_no_sales", lang))
    elif r.limit_factor is not None:
        limit, avg = money(r.cost_per_sale_limit, cur, lang), money(average, cur, lang)
        yield note(t("an.drop_note", lang, limit=limit, average=avg, factor=num(r.limit_factor, lang)))
    else:
        yield note(t("an.drop_note_custom", lang, limit=money(r.cost_per_sale_limit, cur, lang)))
    yield spacer(1)
    if not r.drop:
        yield para(t("an.drop_none", lang))
        return
    cols = [
        Column(t("reference", lang), 1.7),
        Column(t("dealer", lang), 2.4),
        Column(t("an.cost", lang), 1.25, numeric=True),
        Column(t("an.leads", lang), 1.2, numeric=True),
        Column(t("an.sales", lang), 1.0, numeric=True),
        Column(t("an.cost_per_sale_short", lang), 1.25, numeric=True),
        Column(t("an.reason", lang), 1.2),
        Column(t("an.comment", lang), 2.4),
    ]
    rows = [
        [
            f"{d.reference}\n{channel_text(d.channel, lang, r.channel_names)}",
            f"{d.dealer_name}\n{d.dealer_code} · {d.region}",
            money(d.cost, cur, lang),
            number(d.leads, lang),
            number(d.sales, lang),
            money(d.cost_per_sale, cur, lang),
            t(f"an.{d.reason}", lang),
            d.comment,
        ]
        for d in r.drop
    ]
    yield data_table(cols, rows, width)

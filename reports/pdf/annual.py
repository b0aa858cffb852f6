"""The annual programme report (PDF) with charts, laid out from ``AnnualService.report``.

Spending by channel, region and quarter; planned against actual; efficiency per channel from
the evaluating agency; and the activities that did not pay off. Charts are drawn with
reportlab's graphics in the embedded DejaVu font; their bar lengths are drawing coordinates
(floats made from the Decimal amounts inside this module only), their labels the money text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_compact_currency, format_compact_decimal
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from coop_desk.services.annual import AnnualReport
from reports.pdf.document import ReportDocument
from reports.pdf.formatting import money, number, percent
from reports.pdf.i18n import add_strings, lang_of, t
from reports.pdf.statement import channel_text, num, side_by_side
from reports.pdf.styles import FONT, FONT_NARROW, PALETTE, heading, note, para, spacer, styles
from reports.pdf.tables import Column, data_table, key_value_table

__all__ = ["write_annual"]

SERIES_A = PALETTE.accent  # approved, actual
SERIES_B = colors.HexColor("#8FB3DA")  # paid, planned
SERIES_C = colors.HexColor("#3C8D7F")  # efficiency
LABEL_SIZE = 7  # ok-float (points)
BAR = 7  # ok-float: the thickness of one bar, points

add_strings(
    {
        "an.title": {"ru": "Годовой отчёт программы за {year} год", "en": "Annual programme report {year}"},
        "an.header": {"ru": "Годовой отчёт", "en": "Annual report"},
        "an.subtitle": {
            "ru": "Этап: {stage} · валюта: {currency} · базовая ставка {base}",
            "en": "Stage: {stage} · currency: {currency} · base rate {base}",
        },
        "an.summary": {"ru": "Итоги года", "en": "The year in figures"},
        "an.allocated": {"ru": "Распределено дилерам", "en": "Allocated to dealers"},
        "an.approved": {"ru": "Одобрено к возмещению", "en": "Approved reimbursements"},
        "an.paid": {"ru": "Выплачено дилерам", "en": "Paid to dealers"},
        "an.unpaid": {"ru": "Одобрено, не выплачено", "en": "Approved, not yet paid"},
        "an.unused": {"ru": "Выделено, не использовано", "en": "Allocated, not used"},
        "an.funded": {"ru": "Дилеров с бюджетом", "en": "Funded dealers"},
        "an.late": {"ru": "Заявок подано с опозданием", "en": "Claims filed late"},
        "an.claims_by_status": {"ru": "Заявки по статусам", "en": "Claims by status"},
        "an.count": {"ru": "Кол-во", "en": "Count"},
        "an.by_channel": {"ru": "Расходы по каналам", "en": "Spending by channel"},
        "an.by_region": {"ru": "Расходы по регионам", "en": "Spending by region"},
        "an.by_quarter": {"ru": "Расходы по кварталам", "en": "Spending by quarter"},
        "an.used": {"ru": "Использовано", "en": "Used"},
        "an.quarter_short": {"ru": "{q} кв.", "en": "Q{q}"},
        "an.plan_vs_actual": {"ru": "План и факт по каналам", "en": "Planned against actual, by channel"},
        "an.plan_note": {
            "ru": "План — доля производителя ({base}) в стоимости мероприятий утверждённого плана (до лимитов и "
            "распределения бюджета); факт — одобренные возмещения. Всего распределено дилерам {allocated}.",
            "en": "Planned: the manufacturer's share ({base}) of the cost of the activities in the frozen plan (before "
            "caps and the budget); actual: approved reimbursements. {allocated} was allocated to dealers in all.",
        },
        "an.activities": {"ru": "Мероприятий", "en": "Activities"},
        "an.planned_cost": {"ru": "Стоимость по плану", "en": "Planned cost"},
        "an.planned_share": {"ru": "План (доля производителя)", "en": "Planned share"},
        "an.actual_cost": {"ru": "Подтверждённые затраты", "en": "Verified cost"},
        "an.difference": {"ru": "Факт − план", "en": "Actual − planned"},
        "an.planned": {"ru": "План", "en": "Planned"},
        "an.actual": {"ru": "Факт (одобрено)", "en": "Actual (approved)"},
        "an.efficiency": {"ru": "Эффективность по каналам", "en": "Efficiency by channel"},
        "an.efficiency_note": {
            "ru": "По оценке независимого агентства «{agency}»; затраты — подтверждённая стоимость (min(счёт, "
            "оплачено)) одобренных и выплаченных заявок по оценённым мероприятиям.",
            "en": "As rated by the independent agency {agency}; cost is the verified cost (min(invoiced, paid)) "
            "of the approved and paid claims of the evaluated activities.",
        },
        "an.no_evaluation": {
            "ru": "Отчёт независимого агентства об эффективности ещё не получен.",
            "en": "The independent agency's efficiency report has not been received yet.",
        },
        "an.reach": {"ru": "Охват", "en": "Reach"},
        "an.leads": {"ru": "Обращения", "en": "Leads"},
        "an.sales": {"ru": "Продажи", "en": "Sales"},
        "an.cost": {"ru": "Затраты", "en": "Cost"},
        "an.cost_per_lead": {"ru": "Затраты на обращение", "en": "Cost per lead"},
        "an.cost_per_sale": {"ru": "Затраты на продажу", "en": "Cost per sale"},
        "an.drop": {"ru": "Что исключить в следующем году", "en": "What to drop next year"},
        "an.drop_note": {
            "ru": "Оценённые мероприятия, которые не окупились: без продаж или с затратами на продажу выше {limit} "
            "({factor} × среднее по программе, {average}).",
            "en": "Evaluated activities that did not pay off: no sales, or a cost per sale above {limit} ({factor} × "
            "the programme's average of {average}).",
        },
        "an.drop_note_custom": {
            "ru": "Оценённые мероприятия, которые не окупились: без продаж или с затратами на продажу выше {limit}.",
            "en": "Evaluated activities that did not pay off: no sales, or a cost per sale above {limit}.",
        },
        "an.drop_note_no_sales": {
            "ru": "Оценённые мероприятия, которые не окупились: без продаж.",
            "en": "Evaluated activities that did not pay off: no sales.",
        },
        "an.drop_none": {"ru": "Все оценённые мероприятия окупились.", "en": "Every evaluated activity paid off."},
        "an.reason": {"ru": "Почему", "en": "Why"},
        "an.no_chart": {"ru": "Сумм для графика пока нет.", "en": "Nothing to chart yet."},
        "an.cost_per_sale_short": {"ru": "На продажу", "en": "Per sale"},
        "an.no_sales": {"ru": "нет продаж", "en": "no sales"},
        "an.too_expensive": {"ru": "дорогая продажа", "en": "costly sales"},
        "an.comment": {"ru": "Комментарий агентства", "en": "Agency's comment"},
        "an.drop_by_channel": {"ru": "Не окупилось, по каналам", "en": "Did not pay off, by channel"},
        "an.stage.drafting": {"ru": "сбор заявок", "en": "drafting"},
        "an.stage.consolidation": {"ru": "консолидация", "en": "consolidation"},
        "an.stage.allocation": {"ru": "распределение", "en": "allocation"},
        "an.stage.execution": {"ru": "исполнение", "en": "execution"},
        "an.stage.evaluation": {"ru": "оценка", "en": "evaluation"},
        "an.stage.closed": {"ru": "закрыт", "en": "closed"},
    }
)


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


# --------------------------------------------------------------------------- charts


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[Decimal | None]
    color: colors.Color


def _short_money(amount: Decimal | None, currency: str, lang: str) -> str:
    """Money for a chart label: exact below 10 000, else compact (``128,5 тыс. €`` / ``€128.5K``)."""
    if amount is None:
        return "—"
    if abs(amount) < 10_000:
        return money(amount, currency, lang)
    return format_compact_currency(amount, currency, locale=lang_of(lang), fraction_digits=1)


def _axis_format(lang: str) -> Callable[[float], str]:  # ok-float (axis ticks are drawing values)
    def fmt(value: float) -> str:  # ok-float
        return format_compact_decimal(Decimal(str(round(value, 1))), locale=lang_of(lang), fraction_digits=1)

    return fmt


def _nice_max(values: Sequence[float]) -> tuple[float, float]:  # ok-float (drawing coordinates)
    """An axis end above the largest value, and a step that gives 4–6 ticks."""
    top = max([v for v in values if v > 0], default=1.0)
    magnitude = 10 ** (len(str(int(top))) - 1)
    for step in (magnitude / 5, magnitude / 2, magnitude, magnitude * 2):
        if top / step <= 5:
            break
    end = step * (int(top / step) + 1)
    return end, step


def _legend(drawing: Drawing, series: Sequence[Series], x: float, y: float) -> None:  # ok-float
    for s in series:
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=s.color, strokeColor=None))
        drawing.add(String(x + 11, y, s.name, fontName=FONT, fontSize=LABEL_SIZE, fillColor=PALETTE.ink))
        x += 11 + pdfmetrics.stringWidth(s.name, FONT, LABEL_SIZE) + 16


def _nothing_to_draw(series: Sequence[Series]) -> bool:
    return not any(v is not None and v > 0 for s in series for v in s.values)


def hbar_chart(
    categories: Sequence[str], series: Sequence[Series], width: float, currency: str, lang: str
) -> Flowable:  # ok-float
    """Horizontal bars, one group per category (first at the top), each bar labelled with its amount."""
    if _nothing_to_draw(series):
        return note(t("an.no_chart", lang))
    n_cat, n_ser = len(categories), len(series)
    label_w = min(max(pdfmetrics.stringWidth(c, FONT, LABEL_SIZE) for c in categories) + 6, width * 0.34)
    labels = [[_short_money(v, currency, lang) for v in s.values] for s in series]
    value_room = max(pdfmetrics.stringWidth(x, FONT_NARROW, LABEL_SIZE - 0.5) for row in labels for x in row) + 8
    group = n_ser * BAR + 7
    plot_h = n_cat * group
    legend_h = 16 if n_ser > 1 else 0
    height = plot_h + 18 + legend_h
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 16
    chart.width, chart.height = width - label_w - value_room, plot_h
    data = [[float(v or 0) for v in s.values] for s in series]  # ok-float: bar lengths
    chart.data = data
    for i, s in enumerate(series):
        chart.bars[i].fillColor = s.color
        chart.bars[i].strokeColor = None
    chart.barWidth = BAR
    chart.groupSpacing = 7
    chart.barSpacing = 0
    cat = chart.categoryAxis
    cat.categoryNames = list(categories)
    cat.reverseDirection = 1
    cat.labels.fontName, cat.labels.fontSize = FONT, LABEL_SIZE
    cat.labels.boxAnchor, cat.labels.dx = "e", -4
    cat.strokeColor = PALETTE.grid
    cat.tickLeft = 0
    _style_values(chart, data, labels, lang)
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    chart.barLabels.fillColor = PALETTE.ink
    d.add(chart)
    if legend_h:
        _legend(d, series, label_w, height - 10)
    return d


def _style_values(
    chart: HorizontalBarChart | VerticalBarChart, data: list[list[float]], labels: list[list[str]], lang: str
) -> None:  # ok-float: bar heights
    """The value axis (a round maximum, light grid) and the amount printed at each bar."""
    end, step = _nice_max([v for row in data for v in row])
    val = chart.valueAxis
    val.valueMin, val.valueMax, val.valueStep = 0, end, step
    val.labels.fontName, val.labels.fontSize = FONT_NARROW, LABEL_SIZE - 0.5
    val.labelTextFormat = _axis_format(lang)
    val.strokeColor = PALETTE.grid
    val.visibleGrid = 1
    val.gridStrokeColor = colors.HexColor("#E3E7EC")
    val.gridStrokeWidth = 0.4
    chart.barLabelArray = labels
    chart.barLabelFormat = "values"
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT_NARROW, LABEL_SIZE - 0.5


def vbar_chart(
    categories: Sequence[str], series: Sequence[Series], width: float, currency: str, lang: str, height: float = 165
) -> Flowable:  # ok-float
    """Vertical grouped bars, each at least as wide as its amount label (so labels never touch), legend on top."""
    if _nothing_to_draw(series):
        return note(t("an.no_chart", lang))
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 16
    chart.width, chart.height = width - 40, height - 16 - 34
    data = [[float(v or 0) for v in s.values] for s in series]  # ok-float: bar heights
    labels = [[_short_money(v, currency, lang) for v in s.values] for s in series]
    label_w = max(pdfmetrics.stringWidth(x, FONT_NARROW, LABEL_SIZE - 0.5) for row in labels for x in row) + 6
    per_group = chart.width / max(len(categories), 1)
    bar = min(max(label_w, 18), (per_group - 16) / len(series))
    chart.data = data
    for i, s in enumerate(series):
        chart.bars[i].fillColor = s.color
        chart.bars[i].strokeColor = None
    # reportlab scales these to the chart width; in points they come out as computed here
    chart.barWidth, chart.barSpacing = bar, 0
    chart.groupSpacing = per_group - bar * len(series)
    cat = chart.categoryAxis
    cat.categoryNames = list(categories)
    cat.labels.fontName, cat.labels.fontSize = FONT, LABEL_SIZE
    cat.labels.dy = -2
    cat.strokeColor = PALETTE.grid
    _style_values(chart, data, labels, lang)
    chart.barLabels.boxAnchor, chart.barLabels.dy = "s", 2
    chart.barLabels.fillColor = PALETTE.ink
    d.add(chart)
    _legend(d, series, chart.x, height - 10)
    return d


def _chart_title(text: str) -> Paragraph:
    return para(text, styles().h3)


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
    names = [channel_text(b.key, lang) for b in r.by_channel]
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
    names = [channel_text(p.channel, lang) for p in r.plan_vs_actual]
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
    names = [channel_text(e.key, lang) for e in r.efficiency]
    half = (width - 14) / 2
    per_lead = hbar_chart(
        names, [Series(t("an.cost_per_lead", lang), [e.cost_per_lead for e in r.efficiency], SERIES_C)], half, cur, lang
    )
    per_sale = hbar_chart(
        names, [Series(t("an.cost_per_sale", lang), [e.cost_per_sale for e in r.efficiency], SERIES_A)], half, cur, lang
    )
    yield side_by_side(
        [
            [_chart_title(t("an.cost_per_lead", lang)), per_lead],
            [_chart_title(t("an.cost_per_sale", lang)), per_sale],
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
            f"{d.reference}\n{channel_text(d.channel, lang)}",
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

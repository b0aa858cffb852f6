"""The annual report's charts: horizontal and vertical grouped bars, drawn with reportlab's graphics.

They use the embedded DejaVu font; their bar lengths are drawing coordinates (floats made from the
Decimal amounts inside this module only), their labels the money text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_compact_currency, format_compact_decimal
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from reports.pdf.formatting import money
from reports.pdf.i18n import lang_of, t
from reports.pdf.styles import FONT, FONT_NARROW, PALETTE, note, para, styles

__all__ = ["BAR", "LABEL_SIZE", "Series", "chart_title", "hbar_chart", "vbar_chart"]

LABEL_SIZE = 7  # ok-float (points)
BAR = 7  # ok-float: the thickness of one bar, points


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


def chart_title(text: str) -> Paragraph:
    return para(text, styles().h3)

"""Bar charts (QtCharts) for the dashboard and the allocation what-if. Values are plotted, never computed here."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel

PALETTE = ("#3b7dd8", "#52a56b", "#e0a03a", "#9b6bc9", "#d9534f")


def _plot(value: Decimal) -> float:
    """A service amount as a plot coordinate (display only; the money itself stays Decimal)."""
    return float(value)


CATEGORY_PADDING = 22
"""Room a horizontal chart's category needs beyond its lines of text (Qt's label padding above and below, the
bars' gap): with less, Qt cuts a two-line name to one line and "…"."""


class BarChartView(QChartView):
    """A titled bar chart whose series are replaced by ``set_data``."""

    def __init__(self, title: str, *, horizontal: bool = False, label_angle: int = 0) -> None:
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        super().__init__(chart)
        self._horizontal = horizontal
        self._label_angle = label_angle
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self._nothing = QLabel(self.tr("Nothing yet"), self)
        self._nothing.setObjectName("Hint")
        self._nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._nothing.hide()

    @property
    def is_empty(self) -> bool:
        """Whether the chart shows "Nothing yet" instead of axes (no category has a value)."""
        return not self._nothing.isHidden()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._nothing.setGeometry(self.rect())

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[Decimal]]]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        empty = not any(_plot(v) for _, values in series for v in values)
        self._nothing.setVisible(empty)  # no empty axes: the words "Nothing yet" instead
        chart.legend().setVisible(False)
        if empty:
            return
        if self._horizontal:  # the first category at the top
            categories = list(reversed(categories))
            series = [(name, list(reversed(values))) for name, values in series]
        bars = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        top = 0.0
        for i, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
            for value in values:
                bar_set.append(_plot(value))
                top = max(top, _plot(value))
            bars.append(bar_set)
        chart.addSeries(bars)
        categories_axis = QBarCategoryAxis()
        labels = [_wrapped(c) for c in categories]
        categories_axis.append(labels)
        if self._label_angle:
            categories_axis.setLabelsAngle(self._label_angle)
        small = QFont(categories_axis.labelsFont())
        small.setPointSizeF(8.0)
        categories_axis.setLabelsFont(small)
        if self._horizontal:  # each name gets the height of its lines and Qt's padding, or Qt cuts it to "…"
            lines = max((label.count("<br>") + 1 for label in labels), default=1)
            band = QFontMetrics(small).lineSpacing() * lines + CATEGORY_PADDING
            self.setMinimumHeight(max(240, 110 + len(labels) * band))
        values_axis = QValueAxis()
        values_axis.setRange(0, _nice_top(top))
        values_axis.setLabelFormat("%.0f")
        values_axis.setTickCount(5)
        if self._horizontal:
            chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(categories_axis)
        bars.attachAxis(values_axis)
        chart.legend().setVisible(len(series) > 1)


def _wrapped(label: str, limit: int = 12) -> str:
    """A long category name on two lines (never cut to "…"; Qt's axes elide a third line whatever the room):
    past ``limit`` characters it is broken where the longer line is shortest — between words, or after a
    hyphen of a long word ("point-of-sale" / "materials", "материалы для" / "точек продаж")."""
    label = " ".join(label.split())
    if len(label) <= limit:
        return label
    breaks = [i for i, ch in enumerate(label) if ch == " "]
    breaks += [i + 1 for i, ch in enumerate(label[:-1]) if ch == "-" and label[i + 1] != " "]
    if not breaks:
        return label
    best = min(breaks, key=lambda i: (max(len(label[:i].rstrip()), len(label[i:].lstrip())), -i))
    return f"{label[:best].rstrip()}<br>{label[best:].lstrip()}"


def _nice_top(top: float) -> float:
    """A round upper bound for the value axis (1, 2, 2.5, 5 × 10^n)."""
    if top <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(top))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if top <= step * magnitude:
            return step * magnitude
    return top

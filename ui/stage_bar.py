"""The bar above every screen: the year (a picker if there are several), its stage and dates, and "move on"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from coop_desk.errors import CoopDeskError
from models.enums import Stage
from ui.context import ScreenContext, show_refusal
from ui.labels import stage_label
from ui.text import tr_text


def format_date(day: dt.date, lang: str) -> str:
    locale = QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class StageBar(QFrame):
    """Always visible. Emits ``year_picked`` when the person picks another year."""

    year_picked = Signal(int)
    contents_changed = Signal()  # refreshed: its width may have changed (the menu bar lays it out again)
    """The person picked this programme year."""
    new_year_requested = Signal()
    """The person asked to start a programme year."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("StageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._year_label = QLabel()
        self._year_label.setObjectName("StageBarYear")
        self._years = QComboBox()
        self._years.setToolTip(self.tr("Programme year"))
        self._stage = QLabel()
        self._stage.setObjectName("StageBarStage")
        self._dates = QLabel()
        self._dates.setObjectName("StageBarDates")
        self._room = 10_000
        self._move = QPushButton(self.tr("Move to next stage…"))
        self._new_year = QPushButton(self.tr("Start a programme year…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 1, 4, 1)
        layout.setSpacing(10)
        layout.addWidget(self._year_label)
        layout.addWidget(self._years)
        layout.addWidget(self._stage)
        layout.addWidget(self._dates, 1)
        layout.addWidget(self._new_year)
        layout.addWidget(self._move)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._years.activated.connect(self._on_years_activated)
        self._move.clicked.connect(self._on_move_clicked)
        self._new_year.clicked.connect(self.new_year_requested)
        hub = self.context.hub
        hub.year_changed.connect(self._on_hub_year_changed)
        hub.stage_changed.connect(self._on_hub_year_changed)
        hub.year_selected.connect(self._on_hub_year_changed)
        hub.years_listed.connect(self.refresh)

    # -- showing -------------------------------------------------------------------------------
    def fit_width(self, room: int) -> None:
        """The bar has this many pixels: if they are too few, the stage's dates move into its tooltip."""
        self._room = room
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        assert layout is not None
        shown = [
            w for w in self.findChildren(QWidget) if w.parent() is self and not w.isHidden() and w is not self._dates
        ]
        margins = layout.contentsMargins()
        needed = sum(w.sizeHint().width() for w in shown) + layout.spacing() * len(shown)
        needed += margins.left() + margins.right() + self._dates.sizeHint().width()
        compact = bool(self._dates.text()) and needed > self._room
        self._dates.setVisible(bool(self._dates.text()) and not compact)
        self._stage.setToolTip(self._dates.text() if compact else "")

    @property
    def compact(self) -> bool:
        """The dates are in the stage's tooltip, not on the bar."""
        return bool(self._dates.text()) and self._dates.isHidden()

    @Slot()
    def refresh(self) -> None:
        self._refresh()
        self.contents_changed.emit()

    def _refresh(self) -> None:
        years = [v.year for v in self.context.services.years.list_years()]
        self._years.blockSignals(True)
        self._years.clear()
        for y in reversed(years):
            self._years.addItem(str(y), y)
        if self.context.year is not None:
            self._years.setCurrentIndex(max(0, self._years.findData(self.context.year)))
        self._years.blockSignals(False)
        self._years.setVisible(len(years) > 1)
        self._new_year.setVisible(not years)
        self.context.gate(self._new_year, "years.create_year")
        view = self.context.year_view()
        if view is None:
            self._year_label.setText(self.tr("No programme year yet"))
            self._year_label.setVisible(True)
            self._stage.clear()
            self._dates.clear()
            self.context.gate(self._move, "years.advance", False, self.tr("Start a programme year first"))
            return
        self._year_label.setText(self.tr("Programme year {0}").format(view.year))
        self._year_label.setVisible(len(years) <= 1)
        self._stage.setText(self.tr("Stage: {0}").format(stage_label(view.stage)))
        self._dates.setText(self._dates_text(view.stage, dict(view.stage_dates)))
        self._fit()
        nxt = view.stage.next()
        self.context.gate(
            self._move,
            "years.advance",
            nxt is not None,
            self.tr("The year is closed: there is no later stage"),
            self.tr("Move the year to {0}").format(stage_label(nxt)) if nxt is not None else "",
        )

    def _dates_text(self, stage: Stage, dates: dict[Stage, dt.date]) -> str:
        lang = self.context.lang
        parts = []
        if stage in dates:
            parts.append(self.tr("since {0}").format(format_date(dates[stage], lang)))
        nxt = stage.next()
        if nxt is not None and nxt in dates:
            parts.append(self.tr("{0} from {1}").format(stage_label(nxt), format_date(dates[nxt], lang)))
        return " · ".join(parts)

    # -- moving on -----------------------------------------------------------------------------
    @Slot()
    def _on_move_clicked(self) -> None:
        year = self.context.year
        if year is None:
            return
        try:
            check = self.context.services.years.check(year)
        except CoopDeskError as exc:
            show_refusal(self, exc.lines())
            return
        if check.next_stage is None:
            show_refusal(self, [self.tr("The year is closed: there is no later stage.")])
            return
        target = stage_label(check.next_stage)
        title = self.tr("Move to {0}").format(target)
        if check.missing:
            text = self.tr("Year {0} cannot move to {1} yet. Still missing:").format(year, target)
            QMessageBox.warning(self, title, text + "\n\n" + "\n".join(f"• {tr_text(m)}" for m in check.missing))
            return
        if check.needs_confirmation:
            text = self.tr("Year {0} can move to {1}, but:").format(year, target)
            text += "\n\n" + "\n".join(f"• {tr_text(m)}" for m in check.needs_confirmation)
            text += "\n\n" + self.tr("Move on anyway?")
        else:
            text = self.tr("Move year {0} from {1} to {2}? Stages only move forward.").format(
                year, stage_label(check.stage), target
            )
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.attempt(self, self.context.services.years.advance, year, confirm_missing=True)

    @Slot(int)
    def _on_years_activated(self, index: int) -> None:
        year = self._years.itemData(index)
        if isinstance(year, int) and year != self.context.year:
            self.year_picked.emit(year)

    @Slot(int)
    def _on_hub_year_changed(self, _year: int) -> None:
        self.refresh()

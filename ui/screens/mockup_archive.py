"""The archive of the mockups screen: the year's decided mockups, filtered by dealer, channel, decision and
the day of the decision, in any stage (the closed year too: read-only there); the owner's "Reopen…"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_desk.services.mockups import MockupView
from models.enums import MockupStatus
from ui.context import ScreenContext
from ui.dates import date_input_format
from ui.models.mockups import MockupArchiveTableModel
from ui.screens.dealer_page import attach_dealer_page
from ui.widgets.tables import fit_columns, make_proxy, make_table, select_id, selected_row
from ui.widgets.text_box import ask_reason
from ui.window_layout import remember_filter


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class MockupArchivePanel(QWidget):
    """Filters over the table of decided mockups; ``selection_changed`` when another one is chosen."""

    selection_changed = Signal()
    """Another decided mockup is selected (or none)."""
    reopened = Signal(int)
    """The owner reopened this mockup's decision: it is back in the queue."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._year: int | None = None
        self._model = MockupArchiveTableModel(self, lang=context.lang, channel=context.channel)
        self._proxy = make_proxy(self._model, self)
        self.view = make_table(self._proxy, self, stretch=MockupArchiveTableModel.Column.TITLE)
        attach_dealer_page(self.view, self.context)
        self.view.sortByColumn(MockupArchiveTableModel.Column.DECIDED, Qt.SortOrder.DescendingOrder)  # latest first
        self.dealer = QComboBox(self)
        remember_filter(self.dealer, "archive.dealer")
        self.channel = QComboBox(self)
        remember_filter(self.channel, "archive.channel")
        self.decision = QComboBox(self)
        remember_filter(self.decision, "archive.decision")
        self.decision.addItem(self.tr("Any decision"), None)
        for status in (MockupStatus.APPROVED, MockupStatus.CHANGES_REQUESTED, MockupStatus.REJECTED):
            self.decision.addItem(self._model.decision_text(status), status)
        self.dated = QCheckBox(self.tr("Decided from"), self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_input_format())
            edit.setEnabled(False)
        for combo in (self.dealer, self.channel, self.decision):  # the list column stays narrow
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.count = QLabel(self)
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.dealer, 0, 0)
        grid.addWidget(self.channel, 0, 1)
        grid.addWidget(self.decision, 1, 0, 1, 2)
        grid.addWidget(self.dated, 2, 0)
        grid.addWidget(self.date_from, 2, 1)
        grid.addWidget(QLabel(self.tr("to"), self), 3, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.date_to, 3, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        for combo in (self.dealer, self.channel, self.decision):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.dated.toggled.connect(self._on_dated_toggled)
        self.date_from.dateChanged.connect(self._on_filter_changed)
        self.date_to.dateChanged.connect(self._on_filter_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.reopen_button.clicked.connect(self.reopen_current)

    # -- loading -------------------------------------------------------------------------------
    def load(self, year: int | None) -> None:
        """The year's archive: the filter choices from every decided mockup, then the filtered list."""
        self._year = year
        everything = self.context.services.mockups.decided(year) if year is not None else []
        self._fill(self.dealer, self.tr("All dealers"), sorted({m.dealer_code for m in everything}))
        channels = sorted({m.channel for m in everything}, key=lambda c: self.context.channel(c).casefold())
        self._fill(self.channel, self.tr("All channels"), channels, self.context.channel)
        days = [m.decided_on for m in everything if m.decided_on is not None]
        if days and not self.dated.isChecked():
            for edit, day in ((self.date_from, min(days)), (self.date_to, max(days))):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._reload()

    def _fill(self, combo: QComboBox, everything: str, values: list[str], shown: Callable[[str], str] = str) -> None:
        """The combo's choices: ``everything``, then each value (shown as ``shown`` names it)."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(shown(value), value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def _reload(self) -> None:
        current = self.current()
        rows: list[MockupView] = []
        if self._year is not None:
            rows = self.context.services.mockups.decided(
                self._year,
                dealer_code=self.dealer.currentData(),
                channel=self.channel.currentData(),
                status=self.decision.currentData(),
                decided_from=_day(self.date_from.date()) if self.dated.isChecked() else None,
                decided_to=_day(self.date_to.date()) if self.dated.isChecked() else None,
            )
        self._model.set_rows(rows)
        fit_columns(self.view)
        self.count.setText(self.tr("{count} decided").format(count=len(rows)))
        if not (current and select_id(self.view, self._proxy, self._model, current.id)):
            self.view.selectRow(0)
        if not rows:
            self.selection_changed.emit()
        self._gate()

    def current(self) -> MockupView | None:
        row = selected_row(self.view, self._proxy)
        return row if isinstance(row, MockupView) else None

    def shown_ids(self) -> list[int]:
        return [self._proxy.row_at(r).id for r in range(self._proxy.rowCount())]  # type: ignore[union-attr]

    def _gate(self) -> None:
        stage_why = self.tr("Decisions are reopened during the execution year; the archive stays readable.")
        stage_ok = self.context.stage_allows("mockups.reopen")
        self.context.gate(
            self.reopen_button,
            "mockups.reopen",
            self.current() is not None and stage_ok,
            stage_why,
            self.tr("Take the decision back: the mockup waits for a decision again (the reason is kept)"),
        )

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self) -> None:
        self._reload()

    @Slot(bool)
    def _on_dated_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._reload()

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._gate()
        self.selection_changed.emit()

    @Slot()
    def reopen_current(self) -> None:
        """Ask for the reason, then reopen the selected decision (the service refuses what may not be)."""
        m = self.current()
        if m is None or not self.reopen_button.isEnabled():
            return
        reason, ok = ask_reason(
            self,
            self.tr("Reopen the decision"),
            self.tr("Mockup {number} of {reference}: why is the decision reopened?").format(
                number=m.number, reference=m.reference
            ),
        )
        if not ok:
            return
        if self.context.attempt(self, self.context.services.mockups.reopen, m.id, reason, expected_version=m.version):
            self.reopened.emit(m.id)

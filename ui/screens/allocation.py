"""Allocation: budget, cap range and threshold with a live what-if (table and chart), explain, freeze (R2–R5)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError
from coop_desk.services import Entity
from coop_desk.services.allocation import AllocationRun
from ui.charts import BarChartView
from ui.context import ScreenContext
from ui.dates import moment_text, zone_label
from ui.labels import stage_label
from ui.models.allocation import AllocationColumn, AllocationTableModel
from ui.models.row_table import ID_ROLE, RowSortProxy
from ui.money_input import DecimalEdit, MoneyEdit
from ui.screens.allocation_letters import CommitmentLettersButton
from ui.screens.base import Screen
from ui.screens.dealer_page import attach_dealer_page
from ui.text import tr_lines, tr_text
from ui.widgets.tables import fit_columns, leave_on_tab
from ui.widgets.task_progress import TaskProgress
from ui.widgets.text_box import tab_leaves

DEBOUNCE_MS = 150


class AllocationScreen(Screen):
    """What-if runs change nothing; "Freeze allocation" stores one (with these parameters as the year's)."""

    watches = frozenset({Entity.ALLOCATION, Entity.SCORES, Entity.YEAR, Entity.PLANS, Entity.CONSOLIDATION})

    recomputed = Signal()
    """The what-if table and chart were recomputed."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.run: AllocationRun | None = None
        self._loading = False
        self.model = AllocationTableModel(self, money=context.money)
        self.proxy = RowSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._build()
        self._connect_signals()

    # -- building ------------------------------------------------------------------------------
    # Long: builds the screen's widgets in their visual order (code-built widgets, STYLE.md 14).
    def _build(self) -> None:
        self.budget = MoneyEdit()
        self.cap_floor = MoneyEdit()
        self.cap_ceiling = MoneyEdit()
        self.threshold = DecimalEdit(places=4)
        for edit in (self.budget, self.cap_floor, self.cap_ceiling, self.threshold):
            edit.setMinimumWidth(110)
            edit.setMaximumWidth(140)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._reset = QPushButton(self.tr("Reset to the year's settings"))
        self.freeze_button = QPushButton(self.tr("Freeze allocation…"))
        self.freeze_button.setObjectName("FreezeButton")
        self.letters_button = CommitmentLettersButton(self.context, self)
        self.letters_progress = TaskProgress(self)
        params = QHBoxLayout()
        for label, edit in (
            (self.tr("Budget"), self.budget),
            (self.tr("Cap floor"), self.cap_floor),
            (self.tr("Cap ceiling"), self.cap_ceiling),
            (self.tr("Threshold k"), self.threshold),
        ):
            params.addWidget(QLabel(label))
            params.addWidget(edit)
            params.addSpacing(10)
        params.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("Warning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._totals = {key: QLabel() for key in ("demand", "allocated", "unallocated")}
        totals = QHBoxLayout()
        for key, caption in (
            ("demand", self.tr("Total demand")),
            ("allocated", self.tr("Allocated")),
            ("unallocated", self.tr("Left in the budget")),
        ):
            self._totals[key].setObjectName("CardValue")
            box = QVBoxLayout()
            caption_label = QLabel(caption)
            caption_label.setObjectName("CardCaption")
            box.addWidget(self._totals[key])
            box.addWidget(caption_label)
            totals.addLayout(box)
            totals.addSpacing(30)
        totals.addStretch(1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        attach_dealer_page(self.table, self.context)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AllocationColumn.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        leave_on_tab(self.table)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.chart = BarChartView(self.tr("Demand and allocation by dealer"), label_angle=-90)
        self.chart.setMinimumHeight(200)
        self.explain_button = QPushButton(self.tr("Explain"))
        self.explain_button.setToolTip(self.tr("How the selected dealer's amount came out"))
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        tab_leaves(self.explanation)
        self.explanation.setPlaceholderText(self.tr("Select a dealer and press Explain."))
        explain_box = QGroupBox(self.tr("How the amount came out"))
        explain_layout = QVBoxLayout(explain_box)
        explain_layout.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignLeft)
        explain_layout.addWidget(self.explanation, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(explain_box)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 0)
        top.setSizes([880, 250])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(self.chart)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([380, 250])
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self._reset)
        status_row.addWidget(self.freeze_button)
        status_row.addWidget(self.letters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(params)
        layout.addLayout(status_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.letters_progress)
        layout.addLayout(totals)
        layout.addWidget(body, 1)

    def _connect_signals(self) -> None:
        for edit in (self.budget, self.cap_floor, self.cap_ceiling, self.threshold):
            edit.textChanged.connect(self._on_parameter_text_changed)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._reset.clicked.connect(self._on_reset_clicked)
        self.freeze_button.clicked.connect(self._on_freeze_clicked)
        self.explain_button.clicked.connect(self._on_explain_clicked)
        self.letters_button.task_started.connect(self.letters_progress.track)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        view = self.context.year_view()
        self._seen_version = view.version if view is not None else None  # a freeze elsewhere since: a Conflict
        if view is None:
            self._set_editable(False, self.tr("Start a programme year first"))
            self.letters_button.update_state(has_year=False, frozen=False)
            return
        frozen = self.context.services.allocation.current(view.year)
        self.letters_button.update_state(has_year=True, frozen=frozen is not None)
        self._loading = True
        freezing = self.context.stage_allows("allocation.freeze", view)
        source = frozen if frozen is not None and not freezing else None
        self.budget.set_value(source.budget if source else view.budget)
        self.cap_floor.set_value(source.cap_floor if source else view.cap_floor)
        self.cap_ceiling.set_value(source.cap_ceiling if source else view.cap_ceiling)
        self.threshold.set_value(source.threshold if source else view.threshold)
        self._loading = False
        if not freezing:
            why = self.tr("The year is at {0}: the allocation can be changed only at the allocation stage").format(
                stage_label(view.stage)
            )
            self._set_editable(False, why)
        else:
            self._set_editable(True, "")
        if frozen is not None:
            self.status.setText(
                self.tr("Frozen on {0} by {1}.").format(
                    f"{moment_text(frozen.frozen_at)} {zone_label()}" if frozen.frozen_at else "?", frozen.frozen_by
                )
                + (
                    " " + self.tr("Freezing again replaces it while no mockup or claim rests on it.")
                    if freezing
                    else ""
                )
            )
        else:
            self.status.setText(self.tr("What-if: change the values; nothing is saved until you freeze."))
        if source is not None:
            self._show_run(source)
        else:
            self.recompute()

    def _set_editable(self, editable: bool, why: str) -> None:
        for widget in (self.budget, self.cap_floor, self.cap_ceiling, self.threshold, self._reset):
            widget.setEnabled(editable)  # a what-if changes nothing: every role may try one
            widget.setToolTip(why)
        self.context.gate(self.freeze_button, "allocation.freeze", editable, why)

    # -- the what-if ---------------------------------------------------------------------------
    def parameters(self) -> dict[str, Decimal] | None:
        values = {
            "budget": self.budget.value(),
            "cap_floor": self.cap_floor.value(),
            "cap_ceiling": self.cap_ceiling.value(),
            "threshold": self.threshold.value(),
        }
        missing = [k for k, v in values.items() if v is None]
        if missing:
            self.problem.setText(self.tr("Enter every value (budget, cap floor, cap ceiling, threshold)."))
            self.problem.show()
            return None
        return values  # type: ignore[return-value]

    def recompute(self) -> None:
        """Run the what-if now with the values in the boxes (nothing is written)."""
        self._timer.stop()
        year = self.context.year
        params = self.parameters()
        if year is None or params is None:
            return
        try:
            run = self.context.services.allocation.what_if(year, **params)  # type: ignore[arg-type]
        except CoopDeskError as exc:
            self.problem.setText("\n".join(tr_lines(exc.lines())))
            self.problem.show()
            return
        self.problem.clear()
        self.problem.hide()
        self._show_run(run)

    def _show_run(self, run: AllocationRun) -> None:
        selected = self.selected_code()
        self.run = run
        money = self.context.money
        self.model.set_rows(run.lines, money=lambda amount: money(amount, run.currency))
        self._totals["demand"].setText(money(run.total_demand, run.currency))
        self._totals["allocated"].setText(money(run.total_allocated, run.currency))
        self._totals["unallocated"].setText(money(run.unallocated, run.currency))
        self.chart.set_data(
            [ln.dealer_code for ln in run.lines],
            [
                (self.tr("Demand"), [ln.demand for ln in run.lines]),
                (self.tr("Allocation"), [ln.amount for ln in run.lines]),
            ],
        )
        self._fit_columns()
        if selected:
            self.select_code(selected)
        self.recomputed.emit()

    def _fit_columns(self) -> None:
        """Numbers fit their contents until the person drags a column; the dealer's name takes the rest of the
        width (elided if short)."""
        header = self.table.horizontalHeader()
        for column in AllocationColumn:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == AllocationColumn.NAME
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(column, mode)
        fit_columns(self.table)

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def has_unsaved_changes(self) -> bool:
        view = self.context.year_view() if self.context.year is not None else None
        if (
            view is None
            or not self.context.stage_allows("allocation.freeze", view)
            or self.context.services.allocation.current(view.year)
        ):
            return False
        params = self.parameters()
        return params is not None and any(
            params[k] != getattr(view, k) for k in ("budget", "cap_floor", "cap_ceiling", "threshold")
        )

    # -- slots ---------------------------------------------------------------------------------
    @Slot(str)
    def _on_parameter_text_changed(self, _text: str) -> None:
        if not self._loading:
            self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.recompute()

    @Slot()
    def _on_reset_clicked(self) -> None:
        self.refresh()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self.explanation.clear()

    @Slot()
    def _on_explain_clicked(self) -> None:
        code = self.selected_code()
        if code is None or self.run is None:
            self.explanation.setPlainText(self.tr("Select a dealer first."))
            return
        line = self.run.line(code)
        lines = [f"{line.dealer_code} {line.dealer_name}", ""]
        lines += [f"{i}. {tr_text(step)}" for i, step in enumerate(self.run.explain(code), start=1)]
        self.explanation.setPlainText("\n".join(lines))

    @Slot()
    def _on_freeze_clicked(self) -> None:
        year = self.context.year
        params = self.parameters()
        if year is None or params is None:
            return
        self.recompute()
        if self.run is None:
            return
        money = self.context.money
        text = self.tr(
            "Freeze the {0} allocation?\n\nBudget {1}, cap {2}–{3}, threshold {4}.\n"
            "{5} allocated to {6} dealers; {7} left in the budget.\n\n"
            "These values become the year's settings; dealers' commitment letters can then be generated."
        ).format(
            year,
            money(params["budget"]),
            money(params["cap_floor"]),
            money(params["cap_ceiling"]),
            params["threshold"],
            money(self.run.total_allocated),
            sum(1 for ln in self.run.lines if ln.amount > 0),
            money(self.run.unallocated),
        )
        answer = QMessageBox.question(
            self, self.tr("Freeze allocation"), text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        freeze = self.context.services.allocation.freeze
        seen = getattr(self, "_seen_version", None)
        if self.context.attempt(self, freeze, year, expected_version=seen, **params) is not None:
            self.context.hub.status_message.emit(self.tr("The {0} allocation is frozen.").format(year))

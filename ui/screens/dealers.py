"""Dealers & scores: the dealers table (edit contacts in place; new, edit, deactivate), the score editor and the
dealer's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError
from coop_desk.services import Entity
from ui.context import ScreenContext, show_refusal
from ui.models.dealers import DealerColumn, DealerRow, DealersFilterProxy, DealersTableModel
from ui.models.row_table import ID_ROLE
from ui.screens.base import Screen
from ui.screens.dealer_form import DealerDialog
from ui.screens.dealer_history import DealerHistoryPanel
from ui.screens.dealer_page import attach_dealer_page
from ui.screens.dealer_scores import ScoreEditor
from ui.text import tr_text
from ui.widgets.tables import fit_columns, leave_on_tab
from ui.window_layout import remember_filter


class DealersScreen(Screen):
    watches = frozenset({Entity.DEALERS, Entity.SCORES, Entity.ALLOCATION, Entity.YEAR})

    def on_watched_change(self, entity: Entity) -> None:
        if not self._saving:
            self.mark_stale()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._saving = False
        self.model = DealersTableModel(self, money=context.money)
        if context.may("dealers.edit"):  # else the cells are read-only (the role decides once per sign-in)
            self.model.set_saver(self._save_field)
        self.proxy = DealersFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._filter = QLineEdit()
        remember_filter(self._filter, "text")
        self._filter.setPlaceholderText(self.tr("Filter by code, name, region, city…"))
        self._filter.setClearButtonEnabled(True)
        self._count = QLabel()
        self._count.setObjectName("Hint")
        self._show_all = QPushButton(self.tr("Show all dealers"))
        self._show_all.hide()
        self.active_only = QCheckBox(self.tr("&Active only"))
        self.active_only.setChecked(True)
        remember_filter(self.active_only, "active_only")
        self.active_only.setToolTip(self.tr("Untick to see deactivated dealers too"))
        self.new_dealer = QPushButton(self.tr("&New dealer…"))
        self.edit_dealer = QPushButton(self.tr("&Edit…"))
        self.toggle_active = QPushButton(self.tr("&Deactivate"))
        top = QHBoxLayout()
        top.addWidget(self._filter, 1)
        top.addWidget(self._show_all)
        top.addWidget(self._count)
        top.addWidget(self.active_only)
        top.addWidget(self.new_dealer)
        top.addWidget(self.edit_dealer)
        top.addWidget(self.toggle_active)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        attach_dealer_page(self.table, self.context)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DealerColumn.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        leave_on_tab(self.table)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        hint = QLabel(
            self.context.role_refusal("dealers.edit")
            or self.tr("Double-click a name, city, e-mail or phone to edit it; Enter saves.")
        )
        hint.setObjectName("Hint")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(hint)
        self.scores = ScoreEditor(self.context)
        self.history = DealerHistoryPanel(self.context)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.scores)
        bottom.addWidget(self.history)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([560, 560])
        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.addWidget(left)
        self._splitter.addWidget(bottom)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 1)  # a small window shrinks both, not the table alone
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setSizes([360, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self._splitter)

    def _connect_signals(self) -> None:
        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._show_all.clicked.connect(self._on_show_all_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.scores.scores_saved.connect(self._on_scores_saved)
        self.active_only.toggled.connect(self._on_active_only_toggled)
        self.new_dealer.clicked.connect(self._on_new_dealer_clicked)
        self.edit_dealer.clicked.connect(self._on_edit_dealer_clicked)
        self.toggle_active.clicked.connect(self._on_toggle_active_clicked)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_code()
        services = self.context.services
        scores = {}
        if self.context.year is not None:
            scores = {v.dealer_code: v for v in services.dealers.scores(self.context.year)}
        rows = []
        for dealer in services.dealers.list_dealers(active_only=self.active_only.isChecked()):
            score = scores.get(dealer.code)
            rows.append(
                DealerRow(
                    dealer,
                    score.coefficient if score else None,
                    score.cap if score else None,
                    bool(score and score.complete),
                )
            )
        self.model.set_money(self.context.money)
        self.model.set_rows(rows)
        self._fit_columns()
        self._update_count()
        if selected and self.select_code(selected):
            pass
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._load_side(None)
        self._update_actions()

    def _fit_columns(self) -> None:
        """Every column fits its contents until the person drags one; the name takes the rest of the width."""
        header = self.table.horizontalHeader()
        for column in DealerColumn:
            stretch = column == DealerColumn.NAME
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            )
        fit_columns(self.table)

    def _update_count(self) -> None:
        self._count.setText(self.tr("{0} of {1} dealers").format(self.proxy.rowCount(), self.model.rowCount()))

    def selected_dealer(self) -> DealerRow | None:
        code = self.selected_code()
        row = self.model.row_of(code) if code is not None else -1
        return self.model.row_at(row) if row >= 0 else None

    def _update_actions(self) -> None:
        """New, Edit and (De/Re)activate: enabled as the role allows; the last two need a chosen dealer."""
        row = self.selected_dealer()
        chosen = row is not None
        why = self.tr("Choose a dealer in the table first")
        reactivate = row is not None and not row.dealer.active
        self.toggle_active.setText(self.tr("&Reactivate") if reactivate else self.tr("&Deactivate"))
        self.context.gate(self.new_dealer, "dealers.register")
        self.context.gate(self.edit_dealer, "dealers.edit", chosen, why)
        self.context.gate(self.toggle_active, "dealers.reactivate" if reactivate else "dealers.deactivate", chosen, why)

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _load_side(self, code: str | None) -> None:
        view = self.context.year_view()
        score = None
        editable, why = False, ""
        if view is not None and code is not None:
            score = next((s for s in self.context.services.dealers.scores(view.year) if s.dealer_code == code), None)
            editable, why = self._scoring_allowed(view)
        self.scores.load(view, score, editable, why)
        self.history.load(code)

    def _scoring_allowed(self, view: Any) -> tuple[bool, str]:
        if not self.context.stage_allows("dealers.record_scores", view):
            return False, self.tr("Scores can change only in drafting, consolidation and allocation")
        if self.context.services.allocation.current(view.year) is not None:
            return False, self.tr("The allocation is frozen: scores can no longer change")
        return True, ""

    def apply_filter(self, filters: dict[str, Any]) -> None:
        codes = filters.get("codes")
        self.proxy.set_codes(list(codes) if codes else None)
        self._show_all.setVisible(bool(codes))
        self._update_count()

    def has_unsaved_changes(self) -> bool:
        return self.scores.has_unsaved_changes()

    # -- saving in place -----------------------------------------------------------------------
    def _save_field(self, row: DealerRow, field: str, text: str) -> DealerRow | None:
        services = self.context.services
        self._saving = True
        try:
            changes = services.dealers.edit(row.dealer.code, expected_version=row.dealer.version, **{field: text})
            updated = services.dealers.get(row.dealer.code)
        except CoopDeskError as exc:
            show_refusal(self, exc.lines(), self.tr("The dealer was not saved"))
            return None
        finally:
            self._saving = False
        self._saving = True
        try:
            self.context.publish(changes)
        finally:
            self._saving = False
        self.history.load(row.dealer.code)
        return DealerRow(updated, row.coefficient, row.cap, row.scored)

    # -- slots ---------------------------------------------------------------------------------
    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    @Slot()
    def _on_show_all_clicked(self) -> None:
        self.apply_filter({})

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._load_side(self.selected_code())
        self._update_actions()

    @Slot(bool)
    def _on_active_only_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _open_dialog(self, dealer: Any) -> None:
        dialog = DealerDialog(self.context, dealer, self)
        self._saving = True  # the dialog publishes; this screen refreshes itself once, below
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._saving = False
        if accepted and dialog.changes is not None:
            code = dealer.code if dealer is not None else dialog.values()["code"].strip().upper()
            self.refresh()
            if not self.select_code(code):  # a filter hides it: show it
                self._filter.clear()
                self.select_code(code)

    @Slot()
    def _on_new_dealer_clicked(self) -> None:
        self._open_dialog(None)

    @Slot()
    def _on_edit_dealer_clicked(self) -> None:
        row = self.selected_dealer()
        if row is not None:
            self._open_dialog(row.dealer)

    @Slot()
    def _on_toggle_active_clicked(self) -> None:
        row = self.selected_dealer()
        if row is None:
            return
        dealer, dealers = row.dealer, self.context.services.dealers
        if dealer.active:
            text = self.tr(
                "Deactivate dealer {0} {1}?\n\nFrom now on it gets no score, sends no draft and has no share in an "
                "allocation frozen from now on. An allocation already frozen, its history, claims and payments "
                "stay as they are. You can reactivate it later."
            ).format(dealer.code, dealer.name)
            open_claims = [tr_text(line) for line in dealers.open_claims(dealer.code)]
            if open_claims:
                text += "\n\n" + self.tr("Its open claims are still decided and paid as usual:")
                text += "".join(f"\n• {line}" for line in open_claims)
            title, action = self.tr("Deactivate the dealer"), dealers.deactivate
        else:
            text = self.tr(
                "Reactivate dealer {0} {1}?\n\nIt is scored again, may send drafts and takes part in allocations "
                "frozen from now on."
            ).format(dealer.code, dealer.name)
            title, action = self.tr("Reactivate the dealer"), dealers.reactivate
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._saving = True
        try:
            done = self.context.attempt(self, action, dealer.code, dealer.version)
        finally:
            self._saving = False
        if done is not None:
            self.refresh()

    @Slot(str)
    def _on_scores_saved(self, code: str) -> None:
        self.refresh()
        self.select_code(code)

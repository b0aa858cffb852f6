"""Claims: the year's claims by quarter and status, one in detail with the R7 computation, and the decisions."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError
from coop_desk.services import Entity
from coop_desk.services.claim_list import LATE_ACCEPTED, LATE_DECIDED, LATE_NEEDS_OVERRIDE, ClaimFilter
from coop_desk.services.claim_views import ClaimRow, ClaimView
from models.enums import ClaimStatus, Stage
from ui.context import ScreenContext, show_refusal
from ui.models.claims import ClaimsListModel, ClaimsTableModel, status_text
from ui.screens.base import Screen, give_key
from ui.screens.claim_detail import ClaimDetailPanel
from ui.screens.claims_import import ClaimsImportPanel, claims_importer_available
from ui.screens.dealer_page import attach_dealer_page
from ui.templates_dialog import CLAIMS, TemplatesButton
from ui.text import tr_text
from ui.widgets.tables import fit_columns, make_table
from ui.window_layout import remember_filter

_LATE = "late"  # the status filter's "late, not yet accepted" choice
_OPEN = "open"  # the status filter's "open: submitted or returned" choice (what keeps a quarter open)
TEXT_DELAY_MS = 120  # typing coalesces: the list is filtered once the keys pause this long


class ClaimsScreen(Screen):
    """Claims filtered by quarter, status and text in the database; the list fetches its rows page by page,
    so a year of 100,000 claims opens and filters quickly (the ``claims`` benchmark in ``bench/bench_ui.py``)."""

    watches = frozenset({Entity.CLAIMS, Entity.PAYMENTS, Entity.QUARTERS, Entity.MOCKUPS, Entity.YEAR})

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stage: Stage | None = None
        self._year: int | None = None
        self._total = 0
        self._fitted = False
        self._filtering = False  # the text filter reselects the claim shown: no need to read it again
        self._model = ClaimsListModel(self, lang=context.lang, channel=context.channel)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._quarter = QComboBox(self)
        remember_filter(self._quarter, "quarter")
        self._quarter.addItem(self.tr("All quarters"), None)
        for q in range(1, 5):
            self._quarter.addItem(self.tr("Q{quarter}").format(quarter=q), q)
        self._status = QComboBox(self)
        remember_filter(self._status, "status")
        self._status.addItem(self.tr("Any status"), None)
        self._status.addItem(self.tr("Open (submitted or returned)"), _OPEN)
        self._status.addItem(self.tr("To check (submitted)"), ClaimStatus.SUBMITTED.value)
        self._status.addItem(self.tr("Late, not yet accepted"), _LATE)
        self._status.addItem(self.tr("Approved"), ClaimStatus.APPROVED.value)
        self._status.addItem(self.tr("Paid"), ClaimStatus.PAID.value)
        self._status.addItem(self.tr("Returned"), ClaimStatus.RETURNED.value)
        self._status.addItem(self.tr("Rejected"), ClaimStatus.REJECTED.value)
        self._filter = QLineEdit(self)
        remember_filter(self._filter, "text")
        self._filter.setPlaceholderText(self.tr("Filter by dealer, activity, invoice…"))
        self._filter.setClearButtonEnabled(True)
        self._count = QLabel(self)
        self._import = QPushButton(self.tr("Import claims workbooks…"), self)
        give_key(self._import, "Ctrl+I")
        self._import.setVisible(claims_importer_available())
        top = QHBoxLayout()
        top.addWidget(self._quarter)
        top.addWidget(self._status)
        top.addWidget(self._filter, 1)
        top.addWidget(self._count)
        top.addWidget(self._import)
        self.templates_button = TemplatesButton(self.context, CLAIMS, self)
        top.addWidget(self.templates_button)
        C = ClaimsTableModel.Column
        self._view = make_table(self._model, self, stretch=None)  # type: ignore[arg-type]  # sorted by the model
        attach_dealer_page(self._view, self.context)
        self._view.horizontalHeader().setResizeContentsPrecision(100)  # fit columns to the first rows only
        for column in (C.DEALER, C.CHANNEL, C.FILED):
            self._view.setColumnHidden(column, True)
        self.detail = ClaimDetailPanel(self.context, self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 760])  # the figures and the scans take most of the width; the list may be dragged wider
        self.import_panel = ClaimsImportPanel(self.context, self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.import_panel.progress)
        layout.addWidget(split, 1)
        layout.addWidget(self.import_panel)

    def _connect_signals(self) -> None:
        self._quarter.currentIndexChanged.connect(self._on_filter_changed)
        self._status.currentIndexChanged.connect(self._on_filter_changed)
        self._filter.textChanged.connect(self._on_text_changed)
        self._text_timer.timeout.connect(self.flush_text_filter)
        self._view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.detail.approve_requested.connect(self._on_detail_approve_requested)
        self.detail.return_requested.connect(self._on_detail_return_requested)
        self.detail.reject_requested.connect(self._on_detail_reject_requested)
        self.detail.override_requested.connect(self._on_detail_override_requested)
        self.detail.rate_requested.connect(self._on_detail_rate_requested)
        self.detail.reopen_requested.connect(self._on_detail_reopen_requested)
        self.detail.complete_requested.connect(self._on_detail_complete_requested)
        self.detail.documents_changed.connect(self._reselect)
        self._import.clicked.connect(self._on_import_clicked)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.context.year
        self.templates_button.update_state()
        current = self.current_id()
        self._text_timer.stop()
        if year is None:
            self._year = None
            self._model.clear()
            self.detail.show_claim(None, stage=None)
            self._update_count()
            return
        view = self.context.services.years.get(year)
        self._stage = view.stage
        self.context.gate(
            self._import,
            "claims.file",
            self.context.stage_allows("claims.file", view),
            self.tr("Claims are filed during execution and evaluation."),
        )
        self._model.currency = view.currency
        self._year = year
        self._total = self.context.services.claims.count(year, self._claim_filter(text=False))
        self._load()
        if not self._fitted and self._model.rowCount():
            self._fitted = True
            C = ClaimsTableModel.Column
            quarter = 66
            if self.context.services.claims.closed_quarters(year):  # a late claim may be marked "(work of Q…)"
                sample = self._model.tr("Q{quarter} (work of Q{work})").format(quarter=4, work=3)
                quarter = max(quarter, self._view.fontMetrics().horizontalAdvance(sample) + 16)
            fit_columns(self._view, {C.ID: 58, C.QUARTER: quarter})
        if not (current is not None and self.select_claim(current)):
            self._view.selectRow(0)
        if self._model.rowCount() == 0:
            self.detail.show_claim(None, stage=None)

    def _claim_filter(self, *, text: bool = True) -> ClaimFilter:
        """The quarter, status and (when ``text``) the filter box, for the service."""
        status = self._status.currentData()
        needle = self._filter.text().strip().casefold() if text else ""
        statuses = frozenset(s for s in ClaimStatus if needle and needle in status_text(s).casefold())
        flags = {
            LATE_ACCEPTED: QCoreApplication.translate("ClaimFlags", "late: accepted"),
            LATE_NEEDS_OVERRIDE: QCoreApplication.translate("ClaimFlags", "late: needs override"),
            LATE_DECIDED: QCoreApplication.translate("ClaimFlags", "late"),
        }
        return ClaimFilter(
            quarter=self._quarter.currentData(),
            status=ClaimStatus(status) if status not in (None, _LATE, _OPEN) else None,
            needs_override=True if status == _LATE else None,
            undecided=status == _OPEN,
            text=needle,
            text_statuses=statuses,
            text_flags=frozenset(k for k, label in flags.items() if needle and needle in label.casefold()),
        )

    def _load(self) -> None:
        """(Re)read the claim numbers for the filters; rows are fetched as they are shown."""
        year, claims, claim_filter = self._year, self.context.services.claims, self._claim_filter()
        if year is None:
            return
        self._model.load(
            lambda order, descending: claims.list_ids(year, claim_filter, order=order, descending=descending),
            lambda ids: claims.rows(year, ids),
        )
        self._update_count()

    def _update_count(self) -> None:
        self._count.setText(
            self.tr("{shown} of {total} claims").format(shown=self._model.rowCount(), total=self._total)
        )

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """``status`` (a claim status, "late" or "open"), ``quarter`` (1–4), ``late`` (True), ``text``."""
        status = _LATE if filters.get("late") else filters.get("status")
        self._status.setCurrentIndex(max(0, self._status.findData(status)))
        self._quarter.setCurrentIndex(max(0, self._quarter.findData(filters.get("quarter"))))
        self._filter.setText(str(filters.get("text", "")))
        self.mark_stale()

    def current_id(self) -> int | None:
        """The number of the selected claim, or None."""
        rows = self._view.selectionModel().selectedRows()
        row = self._model.row_at(rows[0].row()) if rows else None
        return row.id if isinstance(row, ClaimRow | ClaimView) else None

    def current(self) -> ClaimView | None:
        """The selected claim, whole (read now)."""
        claim_id = self.current_id()
        return self.context.services.claims.get(claim_id) if claim_id is not None else None

    def select_claim(self, claim_id: int) -> bool:
        """Select the claim with this number if the list shows it."""
        row = self._model.row_of(claim_id)
        if row < 0:
            return False
        self._view.selectRow(row)
        self._view.scrollTo(self._model.index(row, 0))
        return True

    @Slot()
    def flush_text_filter(self) -> None:
        """Filter by the text now (typing waits TEXT_DELAY_MS for a pause); keep the selected claim if shown."""
        self._text_timer.stop()
        current = self.current_id()
        self._load()
        self._filtering = True
        try:
            if current is None or not self.select_claim(current):
                self.detail.show_claim(None, stage=None)
        finally:
            self._filtering = False

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        self.mark_stale()

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._text_timer.start()

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        shown = self.detail.claim
        if self._filtering and shown is not None and shown.id == self.current_id():
            return
        self.detail.show_claim(self.current(), stage=self._stage)

    # -- deciding ------------------------------------------------------------------------------
    @Slot()
    def _on_detail_approve_requested(self) -> None:
        c = self.detail.claim
        if c is None:
            return
        if self.context.attempt(self, self.context.services.claims.approve, c.id, expected_version=c.version):
            self._reselect(c.id)
            fresh = self.detail.claim
            if fresh is not None and fresh.reimbursement is not None:
                self.context.hub.status_message.emit(
                    self.tr("Claim {id} approved: {amount}").format(
                        id=c.id, amount=self.context.money(fresh.reimbursement)
                    )
                )

    @Slot()
    def _on_detail_return_requested(self) -> None:
        self._with_reason(
            self.tr("Return claim to the dealer"),
            self.tr("What is missing or wrong (the dealer will be told):"),
            self.context.services.claims.return_claim,
        )

    @Slot()
    def _on_detail_reject_requested(self) -> None:
        self._with_reason(
            self.tr("Reject claim"), self.tr("Why is the claim rejected (final)?"), self.context.services.claims.reject
        )

    @Slot()
    def _on_detail_override_requested(self) -> None:
        self._with_reason(
            self.tr("Accept late filing"),
            self.tr("Why is this late claim accepted (recorded in the audit trail)?"),
            self.context.services.claims.override_late,
        )

    @Slot()
    def _on_detail_reopen_requested(self) -> None:
        self._with_reason(
            self.tr("Reopen decision"),
            self.tr(
                "The claim becomes submitted again; an approved amount is cleared on this claim only, the other "
                "claims keep theirs.\n\nWhy is the decision reopened (recorded in the audit trail)?"
            ),
            self.context.services.claims.reopen,
        )

    @Slot(object)
    def _on_detail_rate_requested(self, rate: Decimal) -> None:
        c = self.detail.claim
        if c is None:
            return
        if self.context.attempt(self, self.context.services.claims.set_rate, c.id, rate, expected_version=c.version):
            self._reselect(c.id)
            self.context.hub.status_message.emit(
                self.tr("Claim {id}: exchange rate set to {rate}").format(id=c.id, rate=rate)
            )

    @Slot(dict)
    def _on_detail_complete_requested(self, changes: dict[str, Any]) -> None:
        c = self.detail.claim
        if c is None:
            return
        result = self.context.attempt(
            self, self.context.services.claims.complete, c.id, expected_version=c.version, **changes
        )
        if result is None:
            return
        self.context.publish(result.changes)
        self._reselect(c.id)
        self.context.hub.status_message.emit(
            self.tr("Claim {id} completed: {message}").format(id=c.id, message=tr_text(result.message))
        )

    def _with_reason(self, title: str, prompt: str, fn: Any) -> None:
        c = self.detail.claim
        if c is None:
            return
        reason, ok = QInputDialog.getText(self, title, prompt)
        if not ok:
            return
        if self.context.attempt(self, fn, c.id, reason, expected_version=c.version):
            self._reselect(c.id)

    def _reselect(self, claim_id: int) -> None:
        self.refresh()
        self.select_claim(claim_id)
        current = self.current()
        if current is not None and current.id == claim_id:
            self.detail.show_claim(current, stage=self._stage)
        else:  # the claim left the filtered list: still show what became of it
            self.detail.show_claim(self.context.services.claims.get(claim_id), stage=self._stage)

    @Slot()
    def _on_import_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import dealers' claims workbooks"),
            self.context.prefs.last_folder,
            self.tr("Claims workbooks, or a zip of one with its scans (*.xlsx *.xlsm *.ods *.zip);;All files (*)"),
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """File the claims of dealers' workbooks (or zips with scans) in the background (drops come here too)."""
        try:
            self.import_panel.start(paths)
        except CoopDeskError as exc:
            show_refusal(self, exc.lines())

"""Payments: what was paid to dealers, recording a payment for several approved claims, closing quarters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coop_desk import rules
from coop_desk.services import Entity
from coop_desk.services.claim_views import PaymentView
from models.enums import ClaimStatus, Role
from ui.context import ScreenContext, show_refusal
from ui.models.payments import PaymentsTableModel
from ui.models.row_table import date_text
from ui.screens.base import Screen
from ui.screens.dealer_page import attach_dealer_page
from ui.screens.payment_form import PaymentForm
from ui.screens.payment_reversal_dialog import PaymentReversalDialog
from ui.text import tr_text
from ui.widgets.tables import fit_columns, make_proxy, make_table
from ui.window_layout import remember_filter


class PaymentsScreen(Screen):
    watches = frozenset({Entity.PAYMENTS, Entity.CLAIMS, Entity.QUARTERS, Entity.YEAR})

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._model = PaymentsTableModel(self, lang=context.lang)
        self._proxy = make_proxy(self._model, self)
        self._last_closed: int | None = None  # the quarter the reopen button reopens
        self._stage_view: Any = None  # the year's view as last refreshed (its stage gates the reversal)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._filter = QLineEdit(self)
        remember_filter(self._filter, "text")
        self._filter.setPlaceholderText(self.tr("Filter payments by dealer, reference, claim…"))
        self._filter.setClearButtonEnabled(True)
        self._count = QLabel(self)
        self.reverse = QPushButton(self.tr("Reverse payment…"), self)
        self.reverse.setObjectName("payment_reverse")
        top = QHBoxLayout()
        top.addWidget(self._filter, 1)
        top.addWidget(self._count)
        top.addWidget(self.reverse)
        self._view = make_table(self._proxy, self)
        attach_dealer_page(self._view, self.context)
        self._view.sortByColumn(PaymentsTableModel.Column.PAID_ON, Qt.SortOrder.DescendingOrder)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self._view, 1)

        self.form = PaymentForm(self.context, self)
        self._quarter = QComboBox(self)
        self._close = QPushButton(self.tr("Close quarter…"), self)
        self._reopen = QPushButton(self.tr("Reopen quarter…"), self)
        self._closed = QLabel(self)
        self._closed.setWordWrap(True)
        quarters = QGroupBox(self.tr("Quarters"), self)
        q_layout = QVBoxLayout(quarters)
        row = QHBoxLayout()
        row.addWidget(self._quarter, 1)
        row.addWidget(self._close)
        row.addWidget(self._reopen)
        q_layout.addLayout(row)
        q_layout.addWidget(self._closed)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form, 1)
        right_layout.addWidget(quarters)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([500, 570])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _connect_signals(self) -> None:
        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._close.clicked.connect(self._on_close_clicked)
        self._reopen.clicked.connect(self._on_reopen_clicked)
        self.form.recorded.connect(self._on_form_recorded)
        self.reverse.clicked.connect(self._on_reverse_clicked)
        self._view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.context.year
        if year is None:
            self._model.set_rows([])
            return
        services = self.context.services
        view = services.years.get(year)
        self._model.currency = view.currency
        self._model.set_rows(services.claims.payments(year))
        fit_columns(self._view)
        self._update_count()
        self._stage_view = view
        self._gate_reverse()
        at = self.context.stage_allows
        payable = [c for c in services.claims.list_claims(year, status=ClaimStatus.APPROVED) if c.outstanding > 0]
        self.form.load(
            payable,
            view.currency,
            at("claims.record_payment", view),
            self.tr("Payments are recorded during execution and evaluation."),
        )
        closes = services.claims.quarter_closes(year)
        closed = {q.quarter for q in closes}
        self._quarter.clear()
        for q in range(1, 5):
            if q not in closed:
                self._quarter.addItem(self.tr("Q{quarter} {year}").format(quarter=q, year=year), q)
        self._last_closed = max(closed, default=None)
        closing = at("claims.close_quarter", view)
        why = "" if closing else self.tr("Quarters are closed during execution and evaluation.")
        can_close = self.context.gate(self._close, "claims.close_quarter", closing and self._quarter.count() > 0, why)
        reopening = at("claims.reopen_quarter", view)
        self._quarter.setEnabled(can_close)
        self.context.gate(
            self._reopen,
            "claims.reopen_quarter",
            reopening and self._last_closed is not None,
            self.tr("Quarters are reopened during execution and evaluation.") if not reopening else "",
            self.tr("Reopen Q{quarter} (quarters reopen from the last one closed)").format(quarter=self._last_closed)
            if self._last_closed is not None
            else "",
        )
        self._closed.setText(
            "\n".join(
                self.tr("Q{quarter} closed on {when} by {who}").format(
                    quarter=q.quarter, when=date_text(q.closed_at), who=q.closed_by
                )
                for q in closes
            )
            or self.tr("No quarter is closed yet.")
        )

    def selected_payment(self) -> PaymentView | None:
        rows = self._view.selectionModel().selectedRows()
        return self._proxy.row_at(rows[0].row()) if rows else None

    def select_payment(self, payment_id: int) -> None:
        for r in range(self._proxy.rowCount()):
            if self._proxy.row_at(r).id == payment_id:
                self._view.selectRow(r)
                return

    def _gate_reverse(self) -> None:
        """Reverse is offered on a payment that stands (neither reversed nor a reversal), as role and stage allow."""
        p = self.selected_payment()
        view = self._stage_view
        stage_ok = view is not None and self.context.stage_allows("claims.reverse_payment", view)
        why = (
            self.tr("Payments are reversed during execution and evaluation.")
            if not stage_ok
            else self.tr("Select a payment to reverse.")
            if p is None
            else self.tr("This payment was reversed already.")
            if p.reversed_by is not None
            else self.tr("This is a reversal: record the payment again instead.")
            if p.reverses is not None
            else ""
        )
        tip = self.tr("Reverse the selected payment: it stays on record, the claims it settled are owed again.")
        self.context.gate(self.reverse, "claims.reverse_payment", stage_ok and p is not None and p.standing, why, tip)

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if "dealer" in filters:
            self.form.select_dealer(str(filters["dealer"]))

    def _update_count(self) -> None:
        self._count.setText(self.tr("{count} payments").format(count=self._proxy.rowCount()))

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        self._proxy.set_text(text)
        self._update_count()

    # -- actions -------------------------------------------------------------------------------
    @Slot(object)
    def _on_form_recorded(self, _changes: object) -> None:
        self.refresh()

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._gate_reverse()

    @Slot()
    def _on_reverse_clicked(self) -> None:
        p = self.selected_payment()
        if p is None or not self.reverse.isEnabled():
            return
        amount = self.context.money(p.amount)
        dialog = PaymentReversalDialog(p, amount, self.context.services.ctx.today(), self)
        if dialog.exec() != PaymentReversalDialog.DialogCode.Accepted:
            return
        reverse = self.context.services.claims.reverse_payment
        changes = self.context.attempt(self, reverse, p.id, dialog.reason.text(), on=dialog.day())
        if changes is not None:
            self.refresh()
            self.select_payment(p.id)
            self.context.hub.status_message.emit(
                self.tr("Payment of {amount} to {dealer} reversed").format(amount=amount, dealer=p.dealer_code)
            )

    @Slot()
    def _on_close_clicked(self) -> None:
        year, quarter = self.context.year, self._quarter.currentData()
        if year is None or quarter is None:
            return
        services = self.context.services
        close = services.claims.close_quarter
        today = services.ctx.today()
        earlier_open = any(self._quarter.itemData(i) < quarter for i in range(self._quarter.count()))
        if today <= rules.quarter_end(year, quarter) or earlier_open:
            self.context.attempt(self, close, year, quarter)  # refused: not over yet, or closed in order
            return
        pending = services.claims.pending_at_close(year, quarter)
        if pending:  # the service would refuse: say which claims first, with the way to them, and do not ask
            self._show_pending(year, quarter, pending)
            return
        deadline = rules.claim_deadline(year, quarter, services.years.get(year).claim_deadline_days)
        if today <= deadline:
            if self.context.role not in (None, Role.OWNER):
                self.context.attempt(self, close, year, quarter)  # refused: the owner closes early
                return
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Close quarter before its deadline"),
                self.tr(
                    "Claims of Q{quarter} {year} may still be filed on time until {deadline}. Close it now "
                    "anyway? Its claims can no longer be decided on, and the quarter's report becomes final.\n\n"
                    "Reason (recorded in the audit log):"
                ).format(quarter=quarter, year=year, deadline=date_text(deadline)),
            )
            if not ok:
                return
            if not reason.strip():
                show_refusal(self, [self.tr("Say why the quarter is closed before its filing deadline.")])
                return
            if self.context.attempt(self, close, year, quarter, before_deadline=reason) is not None:
                self.refresh()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close quarter"),
            self.tr(
                "Close Q{quarter} {year}? Its claims can no longer be decided on, and the quarter's report "
                "becomes final."
            ).format(quarter=quarter, year=year),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.context.attempt(self, close, year, quarter) is not None:
            self.refresh()

    def _show_pending(self, year: int, quarter: int, pending: list[str]) -> None:
        """Why the quarter cannot close yet (its open claims), with "Show them": the claims list, filtered."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Close quarter"), "", parent=self)
        box.setText(self.tr("Q{quarter} {year} cannot be closed yet.").format(quarter=quarter, year=year))
        box.setInformativeText("\n".join(tr_text(line) for line in pending))
        show = box.addButton(self.tr("Show them"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(show)
        box.exec()
        if box.clickedButton() is show:
            self.context.hub.navigate_requested.emit("claims", {"quarter": quarter, "status": "open"})

    @Slot()
    def _on_reopen_clicked(self) -> None:
        year, quarter = self.context.year, self._last_closed
        if year is None or quarter is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen quarter"),
            self.tr(
                "Reopen Q{quarter} {year}? Its claims and payments can change again and its report is no "
                "longer final.\n\nReason (recorded in the audit log):"
            ).format(quarter=quarter, year=year),
        )
        if not ok:
            return
        if self.context.attempt(self, self.context.services.claims.reopen_quarter, year, quarter, reason) is not None:
            self.refresh()
            self.context.hub.status_message.emit(
                self.tr("Q{quarter} {year} reopened").format(quarter=quarter, year=year)
            )

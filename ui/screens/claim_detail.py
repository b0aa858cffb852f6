"""One claim in detail: its figures, flags, the R7 computation step by step and the decisions on it, beside the
docked viewer of its scans (figures | viewer); a returned claim is completed here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coop_desk.claim_states import USE_CASE, ClaimAction, claim_actions
from coop_desk.services.claim_views import ClaimView
from coop_desk.text import Text
from models.enums import ClaimStatus, Stage
from ui.context import ScreenContext, show_refusal
from ui.models.claims import status_text
from ui.models.row_table import date_text
from ui.money_input import DecimalEdit
from ui.screens.claim_completion import ClaimCompletionForm
from ui.screens.claim_scans import ClaimScansPanel
from ui.text import tr_lines, tr_text
from ui.widgets.document_viewer import take_dropped_files, take_file_drag
from ui.widgets.history import HistoryPanel


class ClaimDetailPanel(QWidget):
    """Shows the selected claim; its buttons ask the screen to decide (the screen calls the service)."""

    approve_requested = Signal()
    """Approve the shown claim."""
    return_requested = Signal()
    """Return the shown claim to the dealer (a reason is asked)."""
    reject_requested = Signal()
    """Reject the shown claim (a reason is asked)."""
    override_requested = Signal()
    """Accept the shown late claim anyway (a reason is asked)."""
    rate_requested = Signal(object)
    """Set the shown claim's exchange rate (a Decimal) before it is decided."""
    reopen_requested = Signal()
    """Reopen the decision on the shown claim (the programme owner; a reason is asked)."""
    complete_requested = Signal(dict)
    """Complete the shown returned claim with these changed fields."""
    documents_changed = Signal(int)
    """A scan was attached to or taken off this claim (its number)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.claim: ClaimView | None = None
        self.setAcceptDrops(True)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._heading = QLabel(self)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)  # dealer names come from workbooks
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self._heading.setFont(font)
        self._heading.setWordWrap(True)
        self._fields: dict[str, QLabel] = {}
        documents = QGroupBox(self.tr("Documents"), self)
        form = QFormLayout(documents)
        form.setContentsMargins(6, 4, 6, 4)
        form.setVerticalSpacing(2)
        for key, label in (
            ("status", self.tr("Status")),
            ("quarter", self.tr("Quarter")),
            ("invoice", self.tr("Invoice")),
            ("payment", self.tr("Payment order")),
            ("act", self.tr("Acceptance act")),
            ("filed", self.tr("Filed")),
            ("reimbursement", self.tr("Reimbursement")),
            ("paid", self.tr("Paid to the dealer")),
        ):
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fields[key] = value
            form.addRow(label + ":", value)
            if key == "status":  # reopening a decision sits under the decision it reopens (the figures are narrow)
                self._reopen = QPushButton(self.tr("Reopen decision…"), self)
                self._reopen.setObjectName("claim_reopen")
                form.addRow("", self._reopen)
        self._rate = DecimalEdit(10, self)
        self._rate.setObjectName("claim_rate")
        self._rate.setPlaceholderText(self.tr("exchange rate"))
        self._set_rate = QPushButton(self.tr("Set rate"), self)
        self._set_rate.setObjectName("claim_set_rate")
        rate_row = QHBoxLayout()
        rate_row.addWidget(self._rate, 1)
        rate_row.addWidget(self._set_rate)
        self._rate_label = QLabel(self.tr("&Exchange rate") + ":", self)
        self._rate_label.setBuddy(self._rate)
        form.addRow(self._rate_label, rate_row)
        self._flags = QLabel(self)
        self._flags.setTextFormat(Qt.TextFormat.PlainText)
        self._flags.setWordWrap(True)
        self._flags.setStyleSheet("color: #b3261e;")
        self._steps = QListWidget(self)
        self._steps.setWordWrap(True)
        self._steps.setSpacing(2)
        self._steps.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._steps.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._steps.installEventFilter(self)
        self.completion = ClaimCompletionForm(self.context, self)
        self.completion.hide()
        self.scans = ClaimScansPanel(self.context, self)
        self._approve = QPushButton(self.tr("Approve"), self)
        self._return = QPushButton(self.tr("Return to dealer…"), self)
        self._reject = QPushButton(self.tr("Reject…"), self)
        self._override = QPushButton(self.tr("Accept late filing…"), self)
        buttons = QHBoxLayout()
        for button in (self._approve, self._return, self._reject, self._override):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._override.hide()  # shown for a late claim only: it must not widen the window before one is shown
        self._lay_out(documents, buttons)

    def _lay_out(self, documents: QGroupBox, buttons: QHBoxLayout) -> None:
        """Figures | scans; in the figures the form scrolls when the window is short, the R7 steps below it keep
        the height they need (the history is their neighbouring tab)."""
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.completion)
        top_layout.addWidget(documents)
        top_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the figures wrap instead
        scroll.setWidget(top)
        scroll.setMinimumHeight(60)
        self.history = HistoryPanel(self.context, "claim", self)
        self.history.setFlat(True)
        self._lower = QTabWidget(self)
        self._lower.setDocumentMode(True)
        self._lower.addTab(self._steps, self.tr("The computation (R6, R7)"))
        self._lower.addTab(self.history, self.tr("History"))
        self._upright = QSplitter(Qt.Orientation.Vertical, self)
        self._upright.addWidget(scroll)
        self._upright.addWidget(self._lower)
        self._upright.setCollapsible(1, False)
        self._upright.setStretchFactor(0, 3)
        self._upright.setStretchFactor(1, 2)
        figures = QWidget(self)
        layout = QVBoxLayout(figures)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._heading)
        layout.addWidget(self._flags)
        layout.addWidget(self._upright, 1)
        layout.addLayout(buttons)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("claim_figures_viewer")
        self.split.addWidget(figures)
        self.split.addWidget(self.scans)
        self.split.setCollapsible(0, False)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([320, 640])  # the scans get the width; the figures keep what they need
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.split)

    def _connect_signals(self) -> None:
        self._approve.clicked.connect(self.approve_requested)
        self._return.clicked.connect(self.return_requested)
        self._reject.clicked.connect(self.reject_requested)
        self._override.clicked.connect(self.override_requested)
        self._reopen.clicked.connect(self.reopen_requested)
        self.completion.complete_requested.connect(self.complete_requested)
        self.scans.changed.connect(self.documents_changed)
        self._set_rate.clicked.connect(self._on_set_rate_clicked)
        self._rate.returnPressed.connect(self._on_set_rate_clicked)

    # -- showing -------------------------------------------------------------------------------
    # Long: fills every field and button of the claim panel from one read model, in the panel's order.
    def show_claim(self, c: ClaimView | None, *, stage: Stage | None) -> None:
        """Show claim ``c``; its buttons are enabled as the role, the year's ``stage`` and its status allow."""
        self.claim = c
        title = tr_text(Text("claim {number}", number=c.id)) if c is not None else ""
        self.history.load(c.id if c is not None else None, title)
        self._lower.setTabText(
            1, self.tr("History ({count})").format(count=self.history.count()) if c is not None else self.tr("History")
        )
        if c is None:
            self._heading.setText(self.tr("Select a claim to see it in detail."))
            self._flags.clear()
            self._flags.hide()
            for label in self._fields.values():
                label.clear()
            self._steps.clear()
            for button, use_case in self._decisions():
                self.context.gate(button, use_case, stage_ok=False)
            self._reopen.hide()
            self._show_rate(None, stage=None)
            self.completion.show_claim(None, stage=None)
            self.scans.show_claim(None, stage=None)
            return
        money = self.context.money
        currency = self.context.currency()
        self._heading.setText(
            self.tr("Claim {id} — {dealer} {name}, {reference} ({channel}), Q{quarter}").format(
                id=c.id,
                dealer=c.dealer_code,
                name=c.dealer_name,
                reference=c.reference,
                channel=self.context.channel(c.channel),
                quarter=c.quarter,
            )
        )
        f = self._fields
        f["status"].setText(status_text(c.status) + (f" — {tr_text(c.reason)}" if c.reason else ""))
        f["quarter"].setText(
            self.tr("Q{quarter}, for work of Q{work} (that quarter was closed when it was filed)").format(
                quarter=c.quarter, work=c.work_quarter
            )
            if c.work_quarter and c.work_quarter != c.quarter
            else self.tr("Q{quarter}").format(quarter=c.quarter)
        )
        invoice = self.tr("{number} of {date}, {amount}").format(
            number=c.invoice_number, date=date_text(c.invoice_date), amount=money(c.invoice_amount, c.currency)
        )
        if c.currency != currency and c.exchange_rate is None:
            invoice += " " + self.tr("(rate to be set by finance)")
        elif c.currency != currency:
            invoice += " " + self.tr("(rate {rate} {currency} per 1 {foreign})").format(
                rate=c.exchange_rate, currency=currency, foreign=c.currency
            )
        if c.vendor:
            invoice += " — " + c.vendor
        f["invoice"].setText(invoice)
        f["payment"].setText(
            self.tr("{number} of {date}, {amount}").format(
                number=c.payment_order_number,
                date=date_text(c.payment_order_date),
                amount=money(c.paid_amount, c.currency),
            )
            if c.payment_order_number or c.paid_amount is not None
            else self.tr("missing")
        )
        f["act"].setText(
            self.tr("{number} of {date}").format(number=c.act_number, date=date_text(c.act_date))
            if c.act_number or c.act_date
            else self.tr("missing")
        )
        f["filed"].setText(
            self.tr("{filed} (deadline {deadline})").format(filed=date_text(c.filed_on), deadline=date_text(c.deadline))
        )
        f["reimbursement"].setText(money(c.reimbursement) if c.reimbursement is not None else "—")
        f["paid"].setText(money(c.paid))
        flags = self._flag_lines(c)
        self._flags.setText("\n".join(flags))
        self._flags.setVisible(bool(flags))
        self._steps.clear()
        self._steps.addItems(tr_lines(c.explanation))
        self._fit_steps()
        self._override.setVisible(c.late)
        why_not = self.tr("Claims are decided on during execution and evaluation.")
        at = self.context.stage_allows
        overridden = bool(c.late_override_by)
        actions = claim_actions(c.status, c.late, overridden)
        # Approve is offered once the status allows it; what must come first (accepting the late filing,
        # the exchange rate) is said in its tooltip, and the service refuses until it is done.
        approvable = ClaimAction.APPROVE in claim_actions(c.status, c.late, overridden=True)
        gate = self.context.gate
        late_first = self.tr("Accept the late filing first.") if c.needs_override else ""
        if c.currency != currency and c.exchange_rate is None:
            late_first = " ".join(x for x in (late_first, self.tr("Set the exchange rate first.")) if x)
        for button, use_case, state_ok, tip in (
            (self._approve, USE_CASE[ClaimAction.APPROVE], approvable, late_first),
            (self._return, USE_CASE[ClaimAction.RETURN], ClaimAction.RETURN in actions, ""),
            (self._reject, USE_CASE[ClaimAction.REJECT], ClaimAction.REJECT in actions, ""),
            (self._override, USE_CASE[ClaimAction.OVERRIDE_LATE], ClaimAction.OVERRIDE_LATE in actions, ""),
        ):
            stage_ok = at(use_case, stage)
            gate(button, use_case, stage_ok and state_ok, "" if stage_ok else why_not, tip)
        self._show_reopen(c, actions, stage=stage)
        self._show_rate(c, stage=stage)
        self.completion.show_claim(c, stage=stage)
        self.scans.show_claim(c, stage=stage)

    def _fit_steps(self) -> None:
        """Ask for the height the R7 steps need at their width, so they show whole (the history gives way)."""
        steps = self._steps
        steps.doItemsLayout()
        needed = sum(steps.visualItemRect(steps.item(i)).height() + 2 * steps.spacing() for i in range(steps.count()))
        steps.setMinimumHeight(min(needed + 2 * steps.frameWidth() + 2, 300))

    def steps_fully_visible(self) -> bool:
        """Whether every R7 step shows whole inside its list (no scrolling needed)."""
        area = self._steps.viewport().rect()
        rects = [self._steps.visualItemRect(self._steps.item(i)) for i in range(self._steps.count())]
        return bool(rects) and all(area.contains(r) for r in rects) and self._steps.isVisible()

    # -- files dropped anywhere on the claim go to its scans ----------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        take_file_drag(event, self.scans.viewer.accepts_files())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        take_file_drag(event, self.scans.viewer.accepts_files())

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = take_dropped_files(event, self.scans.viewer.accepts_files())
        if files:
            self.scans.drop_files(files)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._steps and event.type() == QEvent.Type.Resize:
            self._fit_steps()
        return super().eventFilter(watched, event)

    def _show_reopen(self, c: ClaimView, actions: frozenset[ClaimAction], *, stage: Stage | None) -> None:
        """Reopen is shown on a decided claim; a payment resting on it (the service refuses) is said first."""
        use_case = USE_CASE[ClaimAction.REOPEN]
        self._reopen.setVisible(ClaimAction.REOPEN in actions or c.status == ClaimStatus.PAID)
        stage_ok = self.context.stage_allows(use_case, stage)
        rests = c.status == ClaimStatus.PAID or c.paid > 0
        why = (
            self.tr("Claims are decided on during execution and evaluation.")
            if not stage_ok
            else self.tr("A payment rests on this claim: reverse the payment first (Payments).")
            if rests
            else ""
        )
        tip = self.tr("Submit the claim again: an approved amount is cleared on this claim only (audited).")
        self.context.gate(self._reopen, use_case, stage_ok and not rests, why, tip)

    def _show_rate(self, c: ClaimView | None, *, stage: Stage | None) -> None:
        """The rate field of a claim in another currency: editable until the claim is decided."""
        foreign = c is not None and c.currency != self.context.currency()
        for widget in (self._rate_label, self._rate, self._set_rate):
            widget.setVisible(foreign)
        if c is None or not foreign:
            self._rate.clear()
            return
        self._rate.set_value(c.exchange_rate)
        still_open = ClaimAction.SET_RATE in claim_actions(c.status, c.late, bool(c.late_override_by))
        deciding = self.context.stage_allows(USE_CASE[ClaimAction.SET_RATE], stage)
        why_not = (
            self.tr("Claims are decided on during execution and evaluation.")
            if not deciding
            else self.tr("The rate is fixed once the claim is decided.")
        )
        self.context.gate(self._set_rate, USE_CASE[ClaimAction.SET_RATE], deciding and still_open, why_not)
        self._rate.setEnabled(self._set_rate.isEnabled())

    @Slot()
    def _on_set_rate_clicked(self) -> None:
        value = self._rate.value()
        if self.claim is None or not self._set_rate.isEnabled():
            return
        if value is None or value <= 0:
            show_refusal(self, [self.tr("Give the exchange rate as a number above 0, e.g. 0,92.")])
            return
        self.rate_requested.emit(value)

    def _decisions(self) -> tuple[tuple[QPushButton, str], ...]:
        """Each decision button with the use case it runs (the role may forbid it)."""
        return (
            (self._approve, USE_CASE[ClaimAction.APPROVE]),
            (self._return, USE_CASE[ClaimAction.RETURN]),
            (self._reject, USE_CASE[ClaimAction.REJECT]),
            (self._override, USE_CASE[ClaimAction.OVERRIDE_LATE]),
            (self._set_rate, USE_CASE[ClaimAction.SET_RATE]),
            (self._reopen, USE_CASE[ClaimAction.REOPEN]),
        )

    def _flag_lines(self, c: ClaimView) -> list[str]:
        lines = []
        if c.late:
            lines.append(
                self.tr("Late: filed on {filed}, after the deadline {deadline}.").format(
                    filed=date_text(c.filed_on), deadline=date_text(c.deadline)
                )
            )
            if c.late_override_by:
                lines.append(
                    self.tr("Late filing accepted by {who}: {reason}").format(
                        who=c.late_override_by, reason=c.late_override_reason
                    )
                )
            else:
                lines.append(self.tr("Accept the late filing (with a reason) before approving it."))
        if c.status == ClaimStatus.REJECTED and c.reason:
            lines.append(self.tr("Rejected: {reason}").format(reason=tr_text(c.reason)))
        if c.status == ClaimStatus.RETURNED and c.reason:
            lines.append(self.tr("Returned to the dealer: {reason}").format(reason=tr_text(c.reason)))
        return lines

    def reimbursement_text(self) -> str:
        return self._fields["reimbursement"].text()

    def steps(self) -> list[str]:
        return [self._steps.item(i).text() for i in range(self._steps.count())]

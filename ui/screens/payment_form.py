"""Recording one payment to a dealer that settles one or several of its approved claims."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_desk.services.claim_views import ClaimView
from ui.context import ScreenContext, show_refusal
from ui.models.payments import PayableClaimsTableModel
from ui.money_input import MoneyEdit
from ui.widgets.tables import fit_columns, make_proxy, make_table


class PaymentForm(QGroupBox):
    """Pick a dealer, tick the claims paid, give the date, the amount and the bank reference."""

    recorded = Signal(object)
    """A payment was recorded (the Changes)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Record a payment"))
        self.context = context
        self._claims: dict[str, list[ClaimView]] = {}
        self._model = PayableClaimsTableModel(self, lang=context.lang)
        self._proxy = make_proxy(self._model, self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.dealer = QComboBox(self)
        self.dealer.setMinimumContentsLength(28)
        self._view = make_table(self._proxy, self)
        self._view.setColumnHidden(PayableClaimsTableModel.Column.QUARTER, True)
        self.paid_on = QDateEdit(self)
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.amount = MoneyEdit(self)
        self.amount.setPlaceholderText(self.tr("as on the payment order"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("bank payment order number"))
        self._selected = QLabel(self)
        self.record = QPushButton(self.tr("Record payment"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Dealer:"), self.dealer)
        form.addRow(self.tr("&Paid on:"), self.paid_on)
        form.addRow(self.tr("&Amount paid:"), self.amount)
        form.addRow(self.tr("&Reference:"), self.reference)
        buttons = QHBoxLayout()
        buttons.addWidget(self._selected, 1)
        buttons.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Claims this payment settles:"), self))
        layout.addWidget(self._view, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.dealer.currentIndexChanged.connect(self._on_dealer_changed)
        self._model.selection_changed.connect(self._on_model_selection_changed)
        self.record.clicked.connect(self._on_record_clicked)

    # -- data ----------------------------------------------------------------------------------
    def load(self, payable: list[ClaimView], currency: str, enabled: bool, why_not: str) -> None:
        """The approved, unpaid claims of the year (grouped here by dealer)."""
        previous = self.dealer.currentData()
        self._model.currency = currency
        self._claims = {}
        for c in payable:
            self._claims.setdefault(c.dealer_code, []).append(c)
        self.dealer.blockSignals(True)
        self.dealer.clear()
        names = {c.dealer_code: c.dealer_name for c in payable}
        for code in sorted(self._claims):
            count = len(self._claims[code])
            self.dealer.addItem(
                self.tr("{code} {name} ({count} claims)").format(code=code, name=names[code], count=count), code
            )
        self.dealer.setCurrentIndex(max(0, self.dealer.findData(previous)))
        self.dealer.blockSignals(False)
        self._on_dealer_changed(self.dealer.currentIndex())
        today = self.context.services.ctx.today()
        self.paid_on.setDate(QDate(today.year, today.month, today.day))
        self.context.gate(self, "claims.record_payment", enabled, why_not)

    def select_dealer(self, code: str) -> None:
        self.dealer.setCurrentIndex(max(0, self.dealer.findData(code)))

    def check_claims(self, claim_ids: list[int]) -> None:
        for claim_id in claim_ids:
            self._model.set_checked(claim_id, True)

    @Slot(int)
    def _on_dealer_changed(self, _index: int) -> None:
        code = self.dealer.currentData()
        self._model.set_rows(self._claims.get(code, []) if code else [])
        fit_columns(self._view)

    @Slot()
    def _on_model_selection_changed(self) -> None:
        ids = self._model.checked_ids()
        self._selected.setText(
            self.tr("{count} claim(s) selected: {ids}").format(count=len(ids), ids=", ".join(map(str, ids)))
            if ids
            else self.tr("Tick the claims this payment settles.")
        )
        self.record.setEnabled(bool(ids))

    # -- recording -----------------------------------------------------------------------------
    @Slot()
    def _on_record_clicked(self) -> None:
        year = self.context.year
        code = self.dealer.currentData()
        ids = self._model.checked_ids()
        amount = self.amount.value()
        if year is None or not code or not ids:
            return
        if amount is None or amount <= Decimal(0):
            show_refusal(self, [self.tr("Enter the amount paid, as on the payment order.")])
            return
        q = self.paid_on.date()
        changes = self.context.attempt(
            self,
            self.context.services.claims.record_payment,
            year,
            code,
            dt.date(q.year(), q.month(), q.day()),
            amount,
            ids,
            reference=self.reference.text(),
        )
        if changes is not None:
            self.amount.clear()
            self.reference.clear()
            self.recorded.emit(changes)

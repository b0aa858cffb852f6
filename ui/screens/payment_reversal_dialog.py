"""Asking why and on which day a recorded payment is reversed (the service decides whether it may be)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coop_desk.services.claim_views import PaymentView
from ui.models.row_table import date_text


class PaymentReversalDialog(QDialog):
    """The reason and the date of a reversal; the payment stays on record, the reversal is added beside it."""

    def __init__(self, payment: PaymentView, amount: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reverse payment"))
        self._payment = payment
        about = QLabel(
            self.tr(
                "Reverse the payment of {amount} to {dealer} of {date} (claims {claims})? It stays on record; "
                "a reversal with the same amounts, negative, is added on the date below and counts in that "
                "date's quarter. The claims it settled are owed again."
            ).format(
                amount=amount,
                dealer=f"{payment.dealer_code} {payment.dealer_name}",
                date=date_text(payment.paid_on),
                claims=", ".join(str(i.claim_id) for i in payment.items),
            ),
            self,
        )
        about.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. the bank returned it"))
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMinimumDate(QDate(payment.paid_on.year, payment.paid_on.month, payment.paid_on.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.on.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow(self.tr("&Reason (recorded in the audit log):"), self.reason)
        form.addRow(self.tr("Reversed &on:"), self.on)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reverse payment"))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(600)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self._on_reason_text_changed(self.reason.text())

    @Slot(str)
    def _on_reason_text_changed(self, text: str) -> None:
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def day(self) -> dt.date:
        q = self.on.date()
        return dt.date(q.year(), q.month(), q.day())

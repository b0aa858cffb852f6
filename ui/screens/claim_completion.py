"""Completing a returned claim in the window: what is missing, its documents' fields to correct or fill in, and
Complete (the service checks it again: submitted when nothing is missing, else still returned with the reason)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import QDateEdit, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from coop_desk.claim_states import USE_CASE, ClaimAction
from coop_desk.services.claim_views import ClaimView
from models.enums import ClaimStatus, Stage
from ui.context import ScreenContext
from ui.dates import date_input_format
from ui.money_input import MoneyEdit
from ui.text import tr_text

_NO_DATE = QDate(2000, 1, 1)  # the date edit's "—": no date given


class OptionalDateEdit(QDateEdit):
    """A date or none ("—", its lowest value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_input_format())
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("—")

    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == _NO_DATE else dt.date(d.year(), d.month(), d.day())

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(_NO_DATE if day is None else QDate(day.year, day.month, day.day))


class ClaimCompletionForm(QGroupBox):
    """Shown for a returned claim only; Complete sends the fields that changed."""

    complete_requested = Signal(dict)
    """Complete the shown claim with these changed fields (name → value; may be empty)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Complete the returned claim"), parent)
        self.context = context
        self.claim: ClaimView | None = None
        self.missing = QLabel(self)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b3261e;")
        self.edits: dict[str, QLineEdit | OptionalDateEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.missing, 0, 0, 1, 3)
        rows = (
            (self.tr("&Invoice: number, date, amount"), "invoice_number", "invoice_date", "invoice_amount"),
            (
                self.tr("Pa&yment order: number, date, paid"),
                "payment_order_number",
                "payment_order_date",
                "paid_amount",
            ),
            (self.tr("&Acceptance act: number, date"), "act_number", "act_date", None),
        )
        # Two lines a document (its name, then its fields): the column beside the scans is narrow.
        for index, (label, number, date, amount) in enumerate(rows):
            row = 1 + 2 * index
            caption = QLabel(label, self)
            grid.addWidget(caption, row, 0, 1, 3)
            self.edits[number] = QLineEdit(self)
            caption.setBuddy(self.edits[number])  # Alt+letter: the document's number
            self.edits[date] = OptionalDateEdit(self)
            grid.addWidget(self.edits[number], row + 1, 0)
            grid.addWidget(self.edits[date], row + 1, 1)
            if amount is not None:
                self.edits[amount] = MoneyEdit(self)
                grid.addWidget(self.edits[amount], row + 1, 2)
        for name, edit in self.edits.items():
            edit.setObjectName(f"complete_{name}")
        self.complete_button = QPushButton(self.tr("Complete"), self)
        self.complete_button.setObjectName("claim_complete")
        grid.addWidget(self.complete_button, 6, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.complete_button.clicked.connect(self._on_complete_button_clicked)

    def show_claim(self, c: ClaimView | None, *, stage: Stage | None) -> None:
        returned = c is not None and c.status == ClaimStatus.RETURNED
        # The same claim shown again (a scan was attached meanwhile): what the clerk typed stays.
        typed = self.changes() if c is not None and self.claim is not None and self.claim.id == c.id else {}
        self.setVisible(returned)
        self.claim = c if returned else None
        if c is None or not returned:
            return
        self.missing.setText(tr_text(c.reason) or self.tr("Returned to the dealer (no reason given)."))
        for name, value in self._values(c).items():
            self._set(name, value)
        for name, value in typed.items():
            self._set(name, value)
        use_case = USE_CASE[ClaimAction.COMPLETE]
        self.context.gate(
            self.complete_button,
            use_case,
            self.context.stage_allows(use_case, stage),
            self.tr("Claims are filed during execution and evaluation."),
            self.tr("Check the claim again with these fields: it is submitted when nothing is missing"),
        )
        for edit in self.edits.values():
            edit.setEnabled(self.complete_button.isEnabled())

    def _set(self, name: str, value: object) -> None:
        edit = self.edits[name]
        if isinstance(edit, OptionalDateEdit):
            edit.set_value(value if isinstance(value, dt.date) else None)
        elif isinstance(edit, MoneyEdit) and not isinstance(value, str):
            edit.set_value(value)  # type: ignore[arg-type]
        else:
            edit.setText(str(value or ""))

    def _values(self, c: ClaimView) -> dict[str, object]:
        return {name: getattr(c, name) for name in self.edits}

    def changes(self) -> dict[str, object]:
        """The fields that differ from the claim shown (an amount not readable as one is sent as typed, for the
        service to name)."""
        if self.claim is None:
            return {}
        out: dict[str, object] = {}
        for name, old in self._values(self.claim).items():
            edit = self.edits[name]
            new: object
            if isinstance(edit, OptionalDateEdit):
                new = edit.value()
            elif isinstance(edit, MoneyEdit):
                new = edit.value() if edit.value() is not None or not edit.text().strip() else edit.text()
            else:
                new = edit.text().strip()
            if new != old:  # Decimal("10.5") == Decimal("10.50"): an amount retyped is no change
                out[name] = new
        return out

    @Slot()
    def _on_complete_button_clicked(self) -> None:
        if self.claim is not None and self.complete_button.isEnabled():
            self.complete_requested.emit(self.changes())

"""Money input: a QLineEdit with a validator, parsed to Decimal (never a float, never a QDoubleSpinBox)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from coop_desk.amounts import read_amount
from ui.numbers import amount_text, decimal_text
from ui.numbers import decimal_separator as number_decimal_separator

# What may be typed (digits, spaces, apostrophes, commas, dots); whether it is an amount is parse_decimal's.
# A leading minus may stand (an amount shown negative stays editable); whether it is allowed is the services'.
_PATTERN = r"^[-\x{2212}]?[\d \x{00a0}\x{202f}',.]*$"


def parse_decimal(text: str, *, places: int | None = 2, decimal_separator: str | None = None) -> Decimal | None:
    """The number typed, read by the one parser (coop_desk.amounts) with the window's number format settling
    a text with two readings (``12.500``: 12500 in "12.345,67", 12.5 in "12,345.67"; ``decimal_separator``
    overrides it); None when empty, not a number, or with more than ``places`` decimals."""
    value, _problem = read_amount(
        text, decimal_separator=decimal_separator or number_decimal_separator(), places=places, currency_words=False
    )
    return value


class MoneyEdit(QLineEdit):
    """An amount in the programme currency; ``value()`` is a Decimal or None."""

    value_changed = Signal(object)
    """The parsed amount changed (Decimal, or None when empty or invalid)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(_PATTERN), self))
        self.textChanged.connect(self._on_text_changed)

    def value(self) -> Decimal | None:
        return parse_decimal(self.text())

    def set_value(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else amount_text(amount))

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self.value_changed.emit(self.value())


class DecimalEdit(QLineEdit):
    """An exact decimal that is not money (a threshold, a weight, a rate): ``value()`` is Decimal or None."""

    value_changed = Signal(object)
    """The parsed value changed (Decimal or None)."""

    def __init__(self, places: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._places = places
        pattern = rf"^\s*\d{{0,6}}([.,]\d{{0,{places}}})?\s*$"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.textChanged.connect(self._on_text_changed)

    def value(self) -> Decimal | None:
        return parse_decimal(self.text(), places=self._places)

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else decimal_text(value))

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self.value_changed.emit(self.value())

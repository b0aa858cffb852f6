"""Money input: a QLineEdit with a validator, parsed to Decimal (never a float, never a QDoubleSpinBox)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

_PATTERN = r"^\s*\d{0,3}([ \x{00a0}\x{202f},]?\d{3})*([.,]\d{0,2})?\s*$"


def parse_decimal(text: str, *, places: int | None = 2) -> Decimal | None:
    """'12 500,50' / '12,500.50' / '12500.5' → Decimal; None when empty or not a number."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and len(cleaned.split(",")[1]) <= 2:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    if places is not None and value.as_tuple().exponent < -places:  # type: ignore[operator]
        return None
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
        self.setText("" if amount is None else f"{amount:.2f}")

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
        self.setText("" if value is None else format(value.normalize(), "f"))

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self.value_changed.emit(self.value())

"""Column types that keep money and other exact numbers exact in every database.

SQLite has no decimal type (SQLAlchemy's ``Numeric`` goes through float there), so
money is stored as integer cents and exact ratios as decimal text. Python code only
ever sees ``Decimal``.
"""

from __future__ import annotations

from decimal import Context, Decimal, Inexact, InvalidOperation
from typing import Any

from sqlalchemy import BigInteger, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_CENT = Decimal("0.01")
_EXACT = Context(prec=100, traps=[InvalidOperation, Inexact])


def _exact_number(value: Any, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{what} must be Decimal, not {type(value).__name__}")
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValueError(f"{what} must be a finite number, got {amount}")
    return amount


class MoneyTooLarge(ValueError):
    """An amount whose cents do not fit the database's 64-bit integer (the services refuse these first)."""


class Money(TypeDecorator[Decimal]):
    """A money amount: ``Decimal`` in Python, integer cents in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        amount = _exact_number(value, "money")
        try:
            cents = _EXACT.multiply(amount, Decimal(100))
        except Inexact:
            raise ValueError(f"money amount {amount} has too many digits") from None
        if cents != cents.to_integral_value():
            raise ValueError(f"money amount {amount} has more than two decimals")
        if abs(cents) >= 2**63:
            raise MoneyTooLarge(f"money amount {amount} is too large to store")
        return int(cents)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) * _CENT).quantize(_CENT)


class ExactDecimal(TypeDecorator[Decimal]):
    """A ratio, weight, coefficient or exchange rate, stored as its exact decimal text."""

    impl = String(80)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        text = str(_exact_number(value, "exact number"))
        if len(text) > 80:
            raise ValueError(f"exact number {text} has more than 80 characters")
        return text

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(value)
        except InvalidOperation as exc:  # a corrupt row must not pass silently
            raise ValueError(f"stored number {value!r} is not a decimal") from exc

"""Column types that keep money and other exact numbers exact in every database.

SQLite has no decimal type (SQLAlchemy's ``Numeric`` goes through float there), so
money is stored as integer cents and exact ratios as decimal text. Python code only
ever sees ``Decimal``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import BigInteger, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_CENT = Decimal("0.01")


class Money(TypeDecorator[Decimal]):
    """A money amount: ``Decimal`` in Python, integer cents in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal | int):
            raise TypeError(f"money must be Decimal, not {type(value).__name__}")
        amount = Decimal(value)
        cents = amount / _CENT
        if cents != cents.to_integral_value():
            raise ValueError(f"money amount {amount} has more than two decimals")
        return int(cents)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) * _CENT).quantize(_CENT)


class ExactDecimal(TypeDecorator[Decimal]):
    """A ratio, weight, coefficient or exchange rate, stored as its exact decimal text."""

    impl = String(48)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal | int):
            raise TypeError(f"exact number must be Decimal, not {type(value).__name__}")
        return str(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(value)
        except InvalidOperation as exc:  # a corrupt row must not pass silently
            raise ValueError(f"stored number {value!r} is not a decimal") from exc

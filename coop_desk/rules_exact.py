"""The exact arithmetic the rules share (part of the rules home, :mod:`coop_desk.rules`).

The Decimal contexts (exact, with ``Inexact`` trapped, and deliberate rounding), the checks every rule
makes of its inputs (finite Decimals or ints, never bools or binary numbers), the exact coefficient type
and its shown forms, and the half-up rounding to cents."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, Inexact, InvalidOperation
from fractions import Fraction

from coop_desk.money import CENT

__all__ = [
    "COEFFICIENT_PLACES",
    "Coefficient",
    "EXACT",
    "ROUND",
    "ZERO",
    "dec",
    "non_negative",
    "ratio",
    "round_half_up_cents",
    "shown_ratio",
]

#: Decimal places of a coefficient as it is shown (R1); the rules use the exact fraction.
COEFFICIENT_PLACES = 6

#: A coefficient as the rules accept it: an exact fraction (``exact_coefficient``), or a Decimal or
#: int (exact values too: a Decimal is taken for exactly the number it writes).
Coefficient = Fraction | Decimal | int

# Exact arithmetic: any rounding raises decimal.Inexact instead of happening silently.
EXACT = Context(prec=400, traps=[InvalidOperation, Inexact])
# Deliberate rounding (quantize with an explicit rounding); wide enough never to lose digits first.
ROUND = Context(prec=400, rounding=ROUND_HALF_UP, traps=[InvalidOperation])


ZERO = Decimal(0)


def dec(value: Decimal | int, what: str) -> Decimal:
    """Accept a finite Decimal or an int; refuse bools, binary (IEEE 754) numbers and anything else."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    d = Decimal(value)
    if not d.is_finite():
        raise ValueError(f"{what} must be a finite number, not {d}")
    return d


def non_negative(value: Decimal | int, what: str) -> Decimal:
    d = dec(value, what)
    if d < 0:
        raise ValueError(f"{what} must not be negative, got {d}")
    return d


def round_half_up_cents(x: Decimal) -> Decimal:
    """``x`` rounded half-up (away from zero on a tie) to cents: 191.665 -> 191.67, -0.005 -> -0.01."""
    return dec(x, "amount").quantize(CENT, context=ROUND)


def ratio(value: Coefficient, what: str) -> tuple[int, int]:
    """An exact coefficient as ``(numerator, positive denominator)``; refuses bools and binary numbers."""
    if isinstance(value, Fraction):
        return value.numerator, value.denominator
    return dec(value, what).as_integer_ratio()


def shown_ratio(num: int, den: int) -> str:
    """A coefficient in a message: ``0.5`` when it is a short decimal, else ``1/3``."""
    k = Fraction(num, den)
    d = Decimal(k.numerator) / Decimal(k.denominator)
    return str(d) if Fraction(d) == k else str(k)

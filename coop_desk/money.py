"""Money and percentages: exact cents and the one formatting function used everywhere.

Every amount in CoopDesk is a :class:`decimal.Decimal` in the programme's currency
(DESIGN.md, "The rules (the money)"); the database stores integer cents. This module
converts between the two exactly and formats amounts and rates for people, on Babel,
so the documents and the window show the same text:

* ``format_money(Decimal("12500.50"), "EUR", "ru")`` -> ``"12 500,50 €"``
* ``format_money(Decimal("12500.50"), "EUR", "en")`` -> ``"€12,500.50"``

Babel's output is kept as it is. Note that for Russian (and several other locales)
Babel uses a NO-BREAK SPACE (U+00A0) both as the group separator and between the number
and the currency sign; some CLDR versions use NARROW NO-BREAK SPACE (U+202F) instead.
These characters are what a document should contain (a number never breaks across
lines), but tests and anything that compares text should normalise them to a plain
space first (see :func:`plain_spaces`).

Rounding: Babel rounds half-even; CoopDesk's rule is half-up (R7), so amounts and rates
are rounded half-up here *before* Babel sees them, and Babel never rounds anything.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, Inexact, InvalidOperation

from babel.numbers import format_currency, get_currency_precision
from babel.numbers import format_percent as _babel_format_percent

__all__ = [
    "CENT",
    "MAX_AMOUNT",
    "format_money",
    "format_percent",
    "from_cents",
    "plain_spaces",
    "to_cents",
]

#: One cent: the quantum of every stored amount.
CENT = Decimal("0.01")
#: The largest amount CoopDesk takes (either sign): about 10^12 cents, so sums of a million such amounts
#: still fit the database's 64-bit cents many times over. Parsers and service checks refuse larger ones.
MAX_AMOUNT = Decimal("9999999999.99")

# Exact arithmetic: a wide precision and Inexact trapped, so nothing is ever rounded silently.
_EXACT = Context(prec=200, traps=[InvalidOperation, Inexact])
# Deliberate rounding (quantize) at a wide precision; nothing trapped but invalid operations.
_ROUND = Context(prec=200, rounding=ROUND_HALF_UP, traps=[InvalidOperation])

_NBSP = "\u00a0"
_NNBSP = "\u202f"


def _decimal(value: Decimal | int, what: str) -> Decimal:
    """Accept a Decimal or an int (never a bool or a binary IEEE 754 number)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    d = Decimal(value)
    if not d.is_finite():
        raise ValueError(f"{what} must be a finite number, not {d}")
    return d


def to_cents(d: Decimal | int) -> int:
    """The exact number of cents in ``d``.

    Raises ``ValueError`` if ``d`` has a non-zero digit below the cent
    (``Decimal("1.005")``): that would lose money. Trailing zeros are fine
    (``Decimal("1.500")`` -> 150).
    """
    value = _decimal(d, "amount")
    numerator, denominator = value.as_integer_ratio()
    cents, rest = divmod(numerator * 100, denominator)
    if rest:
        raise ValueError(f"amount {value} has more than 2 decimal places; round it to cents first")
    return cents


def from_cents(n: int) -> Decimal:
    """``n`` cents as a Decimal with exactly two decimal places (``12345`` -> ``Decimal("123.45")``)."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"cents must be an int, not {type(n).__name__}")
    return Decimal(n).scaleb(-2, context=_EXACT)


def plain_spaces(text: str) -> str:
    """``text`` with no-break and narrow no-break spaces replaced by plain spaces (for comparisons)."""
    return text.replace(_NBSP, " ").replace(_NNBSP, " ")


def format_money(amount: Decimal, currency: str = "EUR", lang: str = "ru") -> str:
    """An amount for people, in ``lang``'s conventions (``"ru"``, ``"en"``, or a locale like ``"ru_RU"``).

    The amount is first rounded half-up to the currency's minor unit (cents for EUR and
    RUB, none for JPY). The result keeps Babel's no-break spaces (see the module docstring).
    """
    value = _decimal(amount, "amount")
    digits = get_currency_precision(currency)
    rounded = value.quantize(Decimal(1).scaleb(-digits), context=_ROUND)
    return format_currency(rounded, currency, locale=lang)


def format_percent(rate: Decimal, lang: str = "ru", decimals: int = 2) -> str:
    """A rate (a fraction, ``Decimal("0.5")`` = 50 %) as a percentage with up to ``decimals`` places.

    Rounded half-up; trailing zeros dropped: ``0.5`` -> ``"50 %"``, ``0.5/3`` -> ``"16.67 %"``
    (en) or ``"16,67 %"`` (ru). The space before ``%`` is a no-break space in every language.
    """
    value = _decimal(rate, "rate")
    if decimals < 0:
        raise ValueError("decimals must be 0 or more")
    percent = (value * 100).quantize(Decimal(1).scaleb(-decimals), context=_ROUND)
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "") + _NBSP + "%"
    # Babel multiplies by 100 itself; dividing the rounded percentage by 100 is exact.
    return _babel_format_percent(percent.scaleb(-2, context=_EXACT), format=pattern, locale=lang)

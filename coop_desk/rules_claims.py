"""R6 rate and its formula text (``rate_formula``, ``rate_explained``: the window's, the workbooks' and the
documents' one renderer), R7 claim amounts: pure functions of the rules home (:mod:`coop_desk.rules`, which
re-exports them).

``reimbursement_rate`` (R6) returns ``base / (1 + other_brands)`` to 50 significant digits rounded *up*
(ceiling), so that ``claim_reimbursement`` with that rate gives exactly the same cents as the exact rational
rule (see ``claim_reimbursement``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal, InvalidOperation

from coop_desk.money import CENT, format_percent, plain_spaces
from coop_desk.rules_exact import EXACT, ROUND, ZERO, dec, non_negative
from coop_desk.text import Number, Text

__all__ = [
    "ClaimExplanation",
    "claim_reimbursement",
    "convert_currency",
    "explain_claim",
    "rate_explained",
    "rate_formula",
    "reimbursement_rate",
]

#: Significant digits of a reimbursement rate (R6).
RATE_DIGITS = 50
# The rate of R6: 50 significant digits, rounded up.
_RATE = Context(prec=RATE_DIGITS, rounding=ROUND_CEILING, traps=[InvalidOperation])
_HUNDRED = Decimal(100)


def _int(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return value


def _plain_amount(x: Decimal) -> Number:
    """``1200`` -> ``"1 200.00"``: the neutral number format of the formula strings."""
    return Number(x.quantize(CENT, context=ROUND))  # "12 500.50"; the window writes it in its own format


def _plain_number(x: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 50 -> "50", 12.50 -> "12.5"."""
    text = format(x.normalize(context=EXACT), "f")
    return text


# --------------------------------------------------------------------------- R6 brand rule


def reimbursement_rate(other_brands: int, base: Decimal = Decimal("0.5")) -> Decimal:
    """R6: the manufacturer's rate for a mockup showing ``other_brands`` other brands.

    ``base / (1 + other_brands)``: 0.5 alone, 0.25 with one other brand, 0.1666… with two.
    Exact when the division terminates; otherwise 50 significant digits rounded *up*
    (ceiling). Rounding up (never down) is what lets ``claim_reimbursement`` reproduce the
    exact rational rule to the cent. Store the count of other brands, not this rate.
    """
    n = _int(other_brands, "number of other brands")
    if n < 0:
        raise ValueError(f"number of other brands must not be negative, got {n}")
    b = dec(base, "base rate")
    if not 0 <= b <= 1:
        raise ValueError(f"base rate must be between 0 and 1, got {b}")
    return _RATE.divide(b, Decimal(1 + n))


#: R6's formula in the documents' languages (PDFs; the window and the workbooks translate the Text instead).
_RATE_WORDS: Mapping[str, Mapping[str, str]] = {
    "own_brand": {"ru": "{percent} (только свой бренд)", "en": "{percent} (own brand only)"},
    "brands_one": {"ru": "{base} / {brands} бренд", "en": "{base} / {brands} brands"},
    "brands": {"ru": "{base} / {brands} бренда", "en": "{base} / {brands} brands"},
    "brands_many": {"ru": "{base} / {brands} брендов", "en": "{base} / {brands} brands"},
    "unknown": {"ru": "не определена", "en": "not set"},
}


def rate_formula(other_brands: int | None, base: Decimal = Decimal("0.5"), lang: str | None = None) -> str:
    """R6's rate as it is made, for people: the one renderer of the brand rule's formula.

    Without ``lang``: a :class:`~coop_desk.text.Text` (English, translated by the window and the workbooks):
    ``"50 % (own brand only)"`` or ``"50 % / 3 brands"``, the base as a plain number.
    With ``lang`` (``"ru"``/``"en"``, as the documents are written): the document's own text, the base as a
    percentage in that language and the brands in their plural form: ``"50 % / 3 бренда"``; an unknown count
    (``None``) reads ``"не определена"`` / ``"not set"``.
    """
    if lang is not None:
        return _rate_formula_in(other_brands, base, lang)
    if other_brands is None:
        raise TypeError("number of other brands must be an int, not NoneType")
    n = _int(other_brands, "number of other brands")
    if n < 0:
        raise ValueError(f"number of other brands must not be negative, got {n}")
    percent = _plain_number(EXACT.multiply(dec(base, "base rate"), _HUNDRED))
    if n == 0:
        return Text("{percent} % (own brand only)", percent=percent)
    return Text("{percent} % / {brands} brands", percent=percent, brands=n + 1)


def _rate_formula_in(other_brands: int | None, base: Decimal, lang: str) -> str:
    code = lang.replace("-", "_").split("_")[0].lower()
    if code not in ("ru", "en"):
        raise ValueError(f"documents are written in ru or en, not {lang!r}")
    if other_brands is None:
        return _RATE_WORDS["unknown"][code]
    base_text = format_percent(base, code, 2)
    if other_brands == 0:
        return _RATE_WORDS["own_brand"][code].format(percent=base_text)
    n = other_brands + 1
    key = "brands_many"
    if code == "ru" and n % 100 not in (11, 12, 13, 14):
        key = {1: "brands_one", 2: "brands", 3: "brands", 4: "brands"}.get(n % 10, key)
    return _RATE_WORDS[key][code].format(base=base_text, brands=n)


def rate_explained(other_brands: int, base: Decimal, lang: str | None = None) -> str:
    """R6's formula with the rate it gives: ``"50 % / 3 brands = 16.67 %"`` (what a mockup shows once approved).

    Without ``lang`` a :class:`~coop_desk.text.Text`; with it the documents' text (``"50 % / 3 бренда = 16,67 %"``),
    as :func:`rate_formula`."""
    rate = reimbursement_rate(other_brands, base)
    if lang is not None:
        code = lang.replace("-", "_").split("_")[0].lower()
        return f"{_rate_formula_in(other_brands, base, lang)} = {format_percent(rate, code, 2)}"
    return Text(
        "{formula} = {rate}",
        formula=rate_formula(other_brands, base),
        rate=plain_spaces(format_percent(rate, "en")),
    )


# --------------------------------------------------------------------------- R7 claim


def convert_currency(amount: Decimal, rate: Decimal) -> Decimal:
    """R7: an invoice amount in another currency converted at ``rate`` (programme currency
    per one unit of the invoice currency), rounded half-up to cents."""
    a = non_negative(amount, "amount")
    r = dec(rate, "exchange rate")
    if r <= 0:
        raise ValueError(f"exchange rate must be positive, got {r}")
    return EXACT.multiply(a, r).quantize(CENT, context=ROUND)


def claim_reimbursement(invoiced: Decimal, paid: Decimal, rate: Decimal, remaining: Decimal) -> Decimal:
    """R7: what the manufacturer reimburses for one claim.

    ``verified = min(invoiced, paid)``; ``round_half_up(verified × rate, 0.01)``; then
    limited to ``max(remaining, 0)``, the part of the dealer's frozen allocation not yet
    used by approved claims. ``invoiced``, ``paid`` and ``rate`` must not be negative (and
    the rate not above 1); ``remaining`` may be negative (over-used) and then gives 0.

    The product is computed exactly. With a rate from :func:`reimbursement_rate` (exact, or
    rounded up at 50 significant digits) the result equals the exact rational rule
    ``round_half_up(verified × base / (1 + n))``: the rate's excess is below
    ``verified × 1e-49``, while a rational value below a half-cent boundary is at least
    ``1 / (200 × 10^m × (1 + n))`` away from it (``m`` = decimals of base and verified),
    far more for any real amount.
    """
    i = non_negative(invoiced, "invoiced amount")
    p = non_negative(paid, "paid amount")
    r = non_negative(rate, "rate")
    if r > 1:
        raise ValueError(f"rate must not be above 1, got {r}")
    left = dec(remaining, "remaining allocation")
    amount = EXACT.multiply(min(i, p), r).quantize(CENT, context=ROUND)
    return min(amount, max(left, ZERO).quantize(CENT, rounding=ROUND_FLOOR, context=ROUND))


@dataclass(frozen=True)
class ClaimExplanation:
    """Every step of R7 for one claim, and the formula as a sentence."""

    invoiced: Decimal
    paid: Decimal
    verified_cost: Decimal  # min(invoiced, paid)
    rate_base: Decimal
    other_brands: int
    rate: Decimal  # reimbursement_rate(other_brands, rate_base)
    raw_amount: Decimal  # verified_cost × rate, not rounded
    rounded: Decimal  # raw_amount rounded half-up to cents
    remaining: Decimal  # what was left of the dealer's allocation
    limited: bool  # True when the remaining allocation cut the amount
    final: Decimal  # what is reimbursed
    formula: str  # e.g. "min(1 200.00, 1 150.00) × 50 % / 3 brands = 191.67"


def explain_claim(
    invoiced: Decimal,
    paid: Decimal,
    rate_base: Decimal,
    other_brands: int,
    remaining: Decimal,
) -> ClaimExplanation:
    """R6 + R7 step by step; ``final`` always equals :func:`claim_reimbursement` with the R6 rate.

    The formula reads, for example,
    ``"min(1 200.00, 1 150.00) × 50 % / 3 brands = 191.67, limited to the remaining
    allocation 100.00 → 100.00"``; without the limit it stops after ``= 191.67``.
    """
    i = non_negative(invoiced, "invoiced amount")
    p = non_negative(paid, "paid amount")
    left = dec(remaining, "remaining allocation")
    rate = reimbursement_rate(other_brands, rate_base)
    verified = min(i, p)
    raw = EXACT.multiply(verified, rate)
    rounded = raw.quantize(CENT, context=ROUND)
    final = claim_reimbursement(i, p, rate, left)
    limited = final < rounded
    formula = Text(
        "min({invoiced}, {paid}) × {rate} = {amount}",
        invoiced=_plain_amount(i),
        paid=_plain_amount(p),
        rate=rate_formula(other_brands, rate_base),
        amount=_plain_amount(rounded),
    )
    if limited:
        formula = Text(
            "{formula}, limited to the remaining allocation {remaining} → {final}",
            formula=formula,
            remaining=_plain_amount(max(left, ZERO)),
            final=_plain_amount(final),
        )
    return ClaimExplanation(
        invoiced=i,
        paid=p,
        verified_cost=verified,
        rate_base=dec(rate_base, "base rate"),
        other_brands=other_brands,
        rate=rate,
        raw_amount=raw,
        rounded=rounded,
        remaining=left,
        limited=limited,
        final=final,
        formula=formula,
    )

"""The rules of the money (DESIGN.md R1-R8), as pure functions: their one home.

Every rule has one definition, here or in a pure sibling module this one re-exports, and every service,
workbook, document and screen calls it (``tests/unit/test_rules_home.py`` holds the source to that):

* this module: R1 score and coefficient (``score_figures``), R2 cap and eligibility, R3 the dealer's share,
  R4 request and demand, R5 allocation, R6 rate and its formula text (``rate_formula``, ``rate_explained``:
  the window's, the workbooks' and the documents' one renderer), R7 claim amounts, R8 invoice keys;
* :mod:`coop_desk.rules_calendar`: quarters, the claim deadline and lateness (R7), the quarter a claim
  counts in, and ``COUNTED``, the claim statuses whose amounts use up an allocation;
* :mod:`coop_desk.metrics` (imported on its own): the efficiency figures of the reports.

Everything here takes and returns :class:`decimal.Decimal` (or ints and dates), never
inexact binary numbers, touches no database and no Qt. Arithmetic that must be exact is
done either in integers (cents, scaled coefficients) or in a wide Decimal context with
``Inexact`` trapped, so a result is never rounded except where a rule says so, and then
with the rounding the rule names.

Choices made where DESIGN.md leaves room (each is documented on its function):

* ``exact_coefficient`` (R1) is the exact fraction ``S / S_max``: every rule (R2, R5) takes it.
  ``coefficient`` rounds it half-up to 6 decimal places, to be shown (and stored beside S and
  S_max for people); no rule uses that rounded value.
* ``reimbursement_rate`` (R6) returns ``base / (1 + other_brands)`` to 50 significant
  digits rounded *up* (ceiling), so that ``claim_reimbursement`` with that rate gives
  exactly the same cents as the exact rational rule (see ``claim_reimbursement``).
* ``dealer_cap`` (R2) rounds the exact rational value down to a multiple of 100.
* ``allocate`` (R5) is computed exactly in integers (cents, and coefficients over an exact
  common denominator).
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_UP,
    ROUND_UP,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
)
from fractions import Fraction
from operator import attrgetter, mul
from typing import cast

from coop_desk.money import CENT, format_percent, plain_spaces, to_cents
from coop_desk.rules_calendar import (
    COUNTED,
    claim_deadline,
    counted_quarter,
    first_late_day,
    is_late,
    quarter_end,
    quarter_of,
    quarter_start,
    work_quarter,
)
from coop_desk.text import Number, Text

__all__ = [
    "COUNTED",
    "ClaimExplanation",
    "ScoreFigures",
    "activity_volume",
    "allocate",
    "claim_deadline",
    "claim_reimbursement",
    "coefficient",
    "convert_currency",
    "counted_cost",
    "counted_quarter",
    "dealer_cap",
    "dealer_demand",
    "dealer_minimum",
    "dealer_request",
    "dealer_score",
    "eligible",
    "exact_coefficient",
    "explain_claim",
    "first_late_day",
    "invoice_key",
    "is_late",
    "quarter_end",
    "quarter_of",
    "quarter_start",
    "rate_explained",
    "rate_formula",
    "reimbursement_rate",
    "request_cents",
    "round_half_up_cents",
    "score_figures",
    "shown_coefficient",
    "work_quarter",
]

#: Significant digits of a reimbursement rate (R6).
RATE_DIGITS = 50
#: Decimal places of a coefficient as it is shown (R1); the rules use the exact fraction.
COEFFICIENT_PLACES = 6

#: A coefficient as the rules accept it: an exact fraction (``exact_coefficient``), or a Decimal or
#: int (exact values too: a Decimal is taken for exactly the number it writes).
Coefficient = Fraction | Decimal | int

# Exact arithmetic: any rounding raises decimal.Inexact instead of happening silently.
_EXACT = Context(prec=400, traps=[InvalidOperation, Inexact])
# Deliberate rounding (quantize with an explicit rounding); wide enough never to lose digits first.
_ROUND = Context(prec=400, rounding=ROUND_HALF_UP, traps=[InvalidOperation])
# The rate of R6: 50 significant digits, rounded up.
_RATE = Context(prec=RATE_DIGITS, rounding=ROUND_CEILING, traps=[InvalidOperation])

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_MINUS_TWO = Decimal(-2)


# --------------------------------------------------------------------------- helpers


def _dec(value: Decimal | int, what: str) -> Decimal:
    """Accept a finite Decimal or an int; refuse bools, binary (IEEE 754) numbers and anything else."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    d = Decimal(value)
    if not d.is_finite():
        raise ValueError(f"{what} must be a finite number, not {d}")
    return d


def _non_negative(value: Decimal | int, what: str) -> Decimal:
    d = _dec(value, what)
    if d < 0:
        raise ValueError(f"{what} must not be negative, got {d}")
    return d


def _int(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return value


def round_half_up_cents(x: Decimal) -> Decimal:
    """``x`` rounded half-up (away from zero on a tie) to cents: 191.665 -> 191.67, -0.005 -> -0.01."""
    return _dec(x, "amount").quantize(CENT, context=_ROUND)


def _round_down_cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_FLOOR, context=_ROUND)


def _plain_amount(x: Decimal) -> Number:
    """``1200`` -> ``"1 200.00"``: the neutral number format of the formula strings."""
    return Number(x.quantize(CENT, context=_ROUND))  # "12 500.50"; the window writes it in its own format


def _plain_number(x: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 50 -> "50", 12.50 -> "12.5"."""
    text = format(x.normalize(context=_EXACT), "f")
    return text


# --------------------------------------------------------------------------- R1 score


def dealer_score(points_and_weights: Iterable[tuple[Decimal, Decimal]]) -> Decimal:
    """R1: a dealer's score ``S = Σ weight × points``, exactly.

    Each item is ``(points, weight)``; both must be non-negative. No items -> 0.
    """
    total = _ZERO
    for points, weight in points_and_weights:
        p = _non_negative(points, "points")
        w = _non_negative(weight, "weight")
        total = _EXACT.add(total, _EXACT.multiply(w, p))
    return total


def exact_coefficient(score: Decimal, max_score: Decimal) -> Fraction:
    """R1: the coefficient ``k = S / S_max`` as an exact fraction; the one every rule uses.

    ``max_score`` 0 (no criteria) gives 0. The score must lie in ``0 … max_score``.
    Examples: S 25 of 75 -> 1/3; S 32.5 of 35 -> 13/14.
    """
    s = _non_negative(score, "score")
    m = _non_negative(max_score, "maximum score")
    if m == 0:
        if s != 0:
            raise ValueError(f"score {s} is above the maximum score 0")
        return Fraction(0)
    if s > m:
        raise ValueError(f"score {s} is above the maximum score {m}")
    sn, sd = s.as_integer_ratio()
    mn, md = m.as_integer_ratio()
    return Fraction(sn * md, sd * mn)


def shown_coefficient(k: Coefficient) -> Decimal:
    """An exact coefficient rounded half-up to 6 decimal places, for people (screens, PDFs, exports).

    ``1/3`` -> ``0.333333``, ``2/3`` -> ``0.666667``. Only shown (and kept beside S and S_max in a
    frozen allocation); no rule takes this rounded value.
    """
    num, den = _ratio(k, "coefficient k")
    if num < 0:
        raise ValueError(f"coefficient k must not be negative, got {Fraction(num, den)}")
    scaled = (2 * num * 10**COEFFICIENT_PLACES + den) // (2 * den)  # half-up, both non-negative
    return Decimal(scaled).scaleb(-COEFFICIENT_PLACES, context=_EXACT)


def coefficient(score: Decimal, max_score: Decimal) -> Decimal:
    """R1 as it is shown: ``k = S / S_max`` rounded half-up to 6 decimal places (see ``shown_coefficient``).

    For display only: the rules take ``exact_coefficient``. ``max_score`` 0 (no criteria) gives 0.
    The score must lie in ``0 … max_score``.
    """
    return shown_coefficient(exact_coefficient(score, max_score))


def _ratio(value: Coefficient, what: str) -> tuple[int, int]:
    """An exact coefficient as ``(numerator, positive denominator)``; refuses bools and binary numbers."""
    if isinstance(value, Fraction):
        return value.numerator, value.denominator
    return _dec(value, what).as_integer_ratio()


# --------------------------------------------------------------------------- R2 cap


def dealer_cap(
    k: Coefficient,
    floor: Decimal = Decimal(10000),
    ceiling: Decimal = Decimal(50000),
    threshold: Decimal = Decimal("0.2"),
) -> Decimal:
    """R2: the most the manufacturer invests in a dealer in the year.

    ``k`` is the exact coefficient (``exact_coefficient``: a Fraction; a Decimal or int is taken
    exactly too). ``k < threshold`` -> 0; otherwise
    ``floor + (k - threshold) / (1 - threshold) × (ceiling - floor)``, computed exactly
    (rationals in integers) and rounded down to a multiple of 100.
    Examples with the defaults: k 0.2 -> 10 000; 0.5 -> 25 000; 1 -> 50 000; 0.19 -> 0.
    """
    kn, kq = _ratio(k, "coefficient k")
    f = _dec(floor, "cap floor")
    c = _dec(ceiling, "cap ceiling")
    t = _dec(threshold, "eligibility threshold")
    if not 0 <= kn <= kq:
        raise ValueError(f"coefficient k must be between 0 and 1, got {_shown_ratio(kn, kq)}")
    if f < 0:
        raise ValueError(f"cap floor must not be negative, got {f}")
    if f > c:
        raise ValueError(f"cap floor {f} is above the cap ceiling {c}")
    if not 0 <= t < 1:
        raise ValueError(f"eligibility threshold must be at least 0 and below 1, got {t}")
    tn, tq = t.as_integer_ratio()
    if _below(kn, kq, tn, tq):
        return _ZERO
    fn, fq = f.as_integer_ratio()
    cn, cq = c.as_integer_ratio()
    # (k - t) / (1 - t) × (c - f) = top / bottom, all denominators positive.
    top = (kn * tq - tn * kq) * (cn * fq - fn * cq)
    bottom = kq * (tq - tn) * cq * fq
    # cap = f + top / bottom = (fn × bottom + top × fq) / (fq × bottom)
    hundreds = (fn * bottom + top * fq) // (fq * bottom * 100)
    return Decimal(hundreds * 100)


def _below(kn: int, kq: int, tn: int, tq: int) -> bool:
    """``kn/kq < tn/tq`` for positive denominators, in integers."""
    return kn * tq < tn * kq


def eligible(k: Coefficient, threshold: Decimal) -> bool:
    """R2: whether a dealer with the exact coefficient ``k`` reaches the eligibility ``threshold`` (and so has a
    cap above 0 when the floor is): ``k >= threshold``, compared exactly."""
    kn, kq = _ratio(k, "coefficient k")
    tn, tq = _dec(threshold, "eligibility threshold").as_integer_ratio()
    return not _below(kn, kq, tn, tq)


@dataclass(frozen=True)
class ScoreFigures:
    """S, S_max, the exact k, k as shown, the cap and eligibility of one set of points (R1, R2)."""

    score: Decimal
    max_score: Decimal
    k: Fraction
    coefficient: Decimal  # k rounded to 6 places, to be shown only
    cap: Decimal
    eligible: bool  # k reaches the eligibility threshold (R2)


def score_figures(
    criteria: Iterable[tuple[Decimal, Decimal, Decimal | int]],
    floor: Decimal,
    ceiling: Decimal,
    threshold: Decimal,
) -> ScoreFigures:
    """R1 and R2 for ``(points, weight, max_points)`` per criterion, as every service and screen computes them.

    ``S = Σ weight × points`` and ``S_max = Σ weight × max_points`` exactly; the cap comes from the exact
    ``k = S / S_max``, never from the rounded one that is shown."""
    rows = list(criteria)
    s_value = dealer_score((points, weight) for points, weight, _ in rows)
    s_max = dealer_score((Decimal(top), weight) for _, weight, top in rows)
    k = exact_coefficient(s_value, s_max)
    return ScoreFigures(
        score=s_value,
        max_score=s_max,
        k=k,
        coefficient=shown_coefficient(k),
        cap=dealer_cap(k, floor, ceiling, threshold).quantize(CENT),
        eligible=eligible(k, threshold),
    )


def _shown_ratio(num: int, den: int) -> str:
    """A coefficient in a message: ``0.5`` when it is a short decimal, else ``1/3``."""
    k = Fraction(num, den)
    d = Decimal(k.numerator) / Decimal(k.denominator)
    return str(d) if Fraction(d) == k else str(k)


# --------------------------------------------------------------------------- R3 matching


def dealer_minimum(manufacturer_amount: Decimal) -> Decimal:
    """R3: the least the dealer invests in the year: as much as the manufacturer (its allocation)."""
    return _dec(manufacturer_amount, "allocated amount")


def activity_volume(allocated: Decimal, base: Decimal) -> Decimal:
    """R3: the activity cost that uses a whole allocation at the base rate, ``allocated / base``, rounded up
    to cents (0 when the base rate is 0): the manufacturer pays ``base`` of it, the dealer the rest."""
    a = _dec(allocated, "allocated amount")
    b = _dec(base, "base rate")
    if b <= 0:
        return Decimal("0.00")
    return (a / b).quantize(CENT, ROUND_UP)


# --------------------------------------------------------------------------- R4 request


def counted_cost(planned: Decimal, costed: Decimal | None) -> Decimal:
    """R4: what an included activity counts for: the agency's costed amount where it gave one, else the
    dealer's planned cost."""
    return costed if costed is not None else planned


def dealer_request(costs: Iterable[Decimal], base: Decimal) -> Decimal:
    """R4: ``base × Σ cost`` over the dealer's activities in the consolidated plan, exact (not rounded)."""
    b = _dec(base, "base rate")
    if not 0 <= b <= 1:
        raise ValueError(f"base rate must be between 0 and 1, got {b}")
    total = _ZERO
    for cost in costs:
        total = _EXACT.add(total, _non_negative(cost, "activity cost"))
    return _EXACT.multiply(b, total)


def request_cents(costs: Iterable[Decimal], base: Decimal) -> Decimal:
    """R4: :func:`dealer_request` rounded down to cents: the request of an allocation line, and the planned
    share of a channel (``base × Σ cost`` of its included activities)."""
    return dealer_request(costs, base).quantize(CENT, rounding=ROUND_DOWN, context=_ROUND)


def dealer_demand(request: Decimal, cap: Decimal) -> Decimal:
    """R4: the demand ``d = min(request, cap)``, rounded down to cents."""
    r = _non_negative(request, "request")
    c = _non_negative(cap, "cap")
    return _round_down_cents(min(r, c))


# --------------------------------------------------------------------------- R5 allocation


def allocate(budget: Decimal, dealers: Mapping[str, tuple[Coefficient, Decimal]]) -> dict[str, Decimal]:
    """R5: share the year's budget among dealers (code -> (k, demand)); returns code -> amount.

    ``k`` is the exact coefficient (``exact_coefficient``: a Fraction such as 1/3; a Decimal or int
    is taken exactly too), never a rounded one.

    * Dealers with ``k = 0`` get 0 and their demand does not count.
    * If the demands of the others total at most ``budget``, every dealer gets its demand.
    * Otherwise water-filling: find ``λ`` with ``Σ min(d_i, λ k_i) = budget``; each dealer's
      exact share ``min(d_i, λ k_i)`` is rounded down to cents and the cents left over go one
      each to the dealers with the largest remainders (they are below their demand), ties by
      dealer code in ascending string order. The total is then exactly ``budget``.

    Exact and fast: amounts are integer cents and coefficients integers over an exact common
    denominator, so every comparison is an integer comparison (no binary approximations).
    Budget and demands must be whole cents (``ValueError`` otherwise); ``k`` and demands
    must not be negative. Every input code is in the result (sorted by code), each amount
    with exactly two decimal places.
    """
    budget_cents = to_cents(_non_negative(budget, "budget"))
    codes = sorted(dealers)
    n = len(codes)
    if n == 0:
        return {}
    # The hot path (10 000 dealers in ~25 ms): convert with C-level map() calls, not a Python loop.
    ks, demands = zip(*map(dealers.__getitem__, codes), strict=True)
    k_ints = _coefficient_integers(codes, ks)
    _check_decimals(codes, demands, "demand")
    demand_cents = _exact_integers(demands, 2)
    if demand_cents is None:  # some demand is not whole cents: say which
        demand_cents = [_dealer_cents(code, demand) for code, demand in zip(codes, demands, strict=True)]

    # Active dealers: k > 0 and something to give; the others get 0.
    active = [(i, d, k) for i, d, k in zip(range(n), demand_cents, k_ints, strict=True) if d > 0 and k > 0]
    result = [0] * n
    total_demand = sum(d for _, d, _ in active)
    if total_demand <= budget_cents:
        for i, d, _ in active:
            result[i] = d
        return _cents_by_code(codes, result)

    # Water-filling. Dealer i is satisfied once λ >= d_i / k_i. Sort by that ratio with an
    # exact integer key: for distinct ratios d1/k1 < d2/k2 the gap is at least 1/(k1 k2), so
    # scaling by M >= max(k)^2 puts at least 1 between them and floor keeps the order strictly.
    scale = max(k for _, _, k in active) ** 2
    order = sorted(active, key=lambda item: (item[1] * scale) // item[2])  # stable: ties in code order

    satisfied_sum = 0  # Σ d of the dealers already satisfied
    k_rest = sum(k for _, _, k in active)  # Σ k of the others
    split = len(order)
    for pos, (_, d, k) in enumerate(order):
        # With the dealers before pos satisfied: λ = (B - satisfied_sum) / k_rest.
        # If λ <= d / k this dealer (and every later one) is not satisfied: λ is found.
        if (budget_cents - satisfied_sum) * k <= d * k_rest:
            split = pos
            break
        satisfied_sum += d
        k_rest -= k
    # split < len(order) always, because Σ d > B.
    shared = budget_cents - satisfied_sum  # λ = shared / k_rest, exactly

    given = satisfied_sum
    for i, d, _ in order[:split]:
        result[i] = d
    remainders: list[tuple[int, int]] = []  # (-remainder, index); index order is code order
    for i, _, k in order[split:]:
        cents, rest = divmod(shared * k, k_rest)
        result[i] = cents
        given += cents
        if rest:
            remainders.append((-rest, i))
    leftover = budget_cents - given
    # Σ exact shares = B, so 0 <= leftover < number of dealers with a non-zero remainder, and
    # each of those is strictly below its demand (floor(λk) < λk <= d): one more cent fits.
    if not 0 <= leftover <= len(remainders):  # pragma: no cover - impossible by the argument above
        raise AssertionError("allocation: the cents left over do not fit")
    # Largest remainder first; ties by index, i.e. by dealer code in ascending string order.
    for _, i in heapq.nsmallest(leftover, remainders):
        result[i] += 1
    return _cents_by_code(codes, result)


def _dealer_cents(code: str, demand: Decimal) -> int:
    try:
        return to_cents(demand)
    except ValueError as exc:
        raise ValueError(f"demand of dealer {code}: {exc}") from None


def _check_decimals(codes: list[str], values: tuple[Decimal, ...], what: str) -> None:
    """Every value a finite, non-negative Decimal (or int); the fast path checks them all at once."""
    if set(map(type, values)) == {Decimal} and all(map(Decimal.is_finite, values)) and min(values) >= 0:
        return
    for code, value in zip(codes, values, strict=True):
        _non_negative(value, f"{what} of dealer {code}")


def _coefficient_integers(codes: list[str], ks: tuple[Coefficient, ...]) -> list[int]:
    """Every k checked (exact, non-negative) and given as an integer over one exact common denominator.

    The common denominator is the same for all, and only the ratios of the k's matter to R5. The
    usual inputs (all Fractions, or all Decimals of at most 6 places) take C-level paths."""
    kinds = set(map(type, ks))
    if kinds == {Decimal}:
        decimals = cast(tuple[Decimal, ...], ks)
        if all(map(Decimal.is_finite, decimals)) and min(decimals) >= 0:
            scaled = _exact_integers(decimals, COEFFICIENT_PLACES)
            if scaled is not None:
                return scaled
    numerators: list[int]
    denominators: list[int]
    if kinds == {Fraction}:
        fractions = cast(tuple[Fraction, ...], ks)
        numerators = list(map(attrgetter("numerator"), fractions))
        denominators = list(map(attrgetter("denominator"), fractions))
    else:
        ratios = [_ratio(k, f"coefficient k of dealer {code}") for code, k in zip(codes, ks, strict=True)]
        numerators = [num for num, _ in ratios]
        denominators = [den for _, den in ratios]
    if min(numerators) < 0:  # denominators are positive
        i = next(i for i, num in enumerate(numerators) if num < 0)
        k = _shown_ratio(numerators[i], denominators[i])
        raise ValueError(f"coefficient k of dealer {codes[i]} must not be negative, got {k}")
    common = math.lcm(*set(denominators))
    if common == 1:
        return numerators
    return list(map(mul, numerators, map(common.__floordiv__, denominators)))


def _exact_integers(values: tuple[Decimal, ...], places: int) -> list[int] | None:
    """``values`` × 10^places as ints, or None if any of them is not a whole number then."""
    scaled = list(map(_EXACT.scaleb, values, itertools.repeat(Decimal(places))))
    ints = list(map(int, scaled))
    return ints if ints == scaled else None


def _cents_by_code(codes: list[str], cents: list[int]) -> dict[str, Decimal]:
    return dict(zip(codes, map(_EXACT.scaleb, map(Decimal, cents), itertools.repeat(_MINUS_TWO)), strict=True))


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
    b = _dec(base, "base rate")
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
    percent = _plain_number(_EXACT.multiply(_dec(base, "base rate"), _HUNDRED))
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
    a = _non_negative(amount, "amount")
    r = _dec(rate, "exchange rate")
    if r <= 0:
        raise ValueError(f"exchange rate must be positive, got {r}")
    return _EXACT.multiply(a, r).quantize(CENT, context=_ROUND)


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
    i = _non_negative(invoiced, "invoiced amount")
    p = _non_negative(paid, "paid amount")
    r = _non_negative(rate, "rate")
    if r > 1:
        raise ValueError(f"rate must not be above 1, got {r}")
    left = _dec(remaining, "remaining allocation")
    amount = _EXACT.multiply(min(i, p), r).quantize(CENT, context=_ROUND)
    return min(amount, max(left, _ZERO).quantize(CENT, rounding=ROUND_FLOOR, context=_ROUND))


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
    i = _non_negative(invoiced, "invoiced amount")
    p = _non_negative(paid, "paid amount")
    left = _dec(remaining, "remaining allocation")
    rate = reimbursement_rate(other_brands, rate_base)
    verified = min(i, p)
    raw = _EXACT.multiply(verified, rate)
    rounded = raw.quantize(CENT, context=_ROUND)
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
            remaining=_plain_amount(max(left, _ZERO)),
            final=_plain_amount(final),
        )
    return ClaimExplanation(
        invoiced=i,
        paid=p,
        verified_cost=verified,
        rate_base=_dec(rate_base, "base rate"),
        other_brands=other_brands,
        rate=rate,
        raw_amount=raw,
        rounded=rounded,
        remaining=left,
        limited=limited,
        final=final,
        formula=formula,
    )


# --------------------------------------------------------------------------- R8 duplicates

#: Upper-case letters that look like a letter of another alphabet, and the Latin capital they are
#: compared as (R8). Folded AFTER upper-casing: lower-case в and b, н and h, т and m no longer look
#: alike as capitals, so they stay apart. Cyrillic Һ/Ԁ are here because their lower-case forms are the
#: glyphs of h and d. Greek capitals that are drawn as Latin ones are folded too (a third alphabet on
#: the same keyboards). Letters with accents fold through their base letter (Ѐ → È, Ї → Ï).
#: Ё (and Latin Ë, its look-alike) is compared as E: Russian writes ё as е as often as not, so
#: «СЧЁТ-1» and «СЧЕТ-1» are the same invoice; Й stays Й (nobody writes й as и).
INVOICE_LOOKALIKES: Mapping[str, str] = {
    # Cyrillic
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "Ү": "Y",
    "І": "I",
    "Ӏ": "I",
    "Ј": "J",
    "Ѕ": "S",
    "Ԛ": "Q",
    "Ԝ": "W",
    "Һ": "H",
    "Ԁ": "D",
    "Ѵ": "V",
    # Greek
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
}
_LOOKALIKES = str.maketrans(dict(INVOICE_LOOKALIKES))
#: Characters an invoice number is compared without, besides the categories in ``invoice_ignores``:
#: the minus sign, dots, slashes of every kind and the invisible marks that are not format characters.
INVOICE_IGNORED = frozenset(
    "\u2212"  # − minus sign
    ".\u00b7\u2024\u2027\u30fb\uff0e\uff65"  # dots: full stop, middle dot, one-dot leader, hyphenation point
    "/\\\u2044\u2215\u2216\u29f8\u29f9\uff0f\uff3c"  # slashes: solidus, reverse solidus, fraction/division slash
    "\u034f\u115f\u1160\u3164\uffa0\u17b4\u17b5"  # combining grapheme joiner, Hangul fillers, Khmer vowels
    + "".join(map(chr, range(0xFE00, 0xFE10)))  # variation selectors
    + "".join(map(chr, range(0xE0100, 0xE01F0)))  # variation selectors supplement
)
_IGNORED_CATEGORIES = frozenset({"Cf", "Cc", "Pd", "Zs", "Zl", "Zp"})
_DIAERESIS_ON_E = {"E\u0308": "E"}
#: A key longer than this is stored as ``#`` and its SHA-256 (upper-case hex), so it fits its column.
INVOICE_KEY_LIMIT = 100


def invoice_ignores(ch: str) -> bool:
    """Whether ``ch`` is left out when invoice numbers are compared (R8): invisible format and control
    characters, whitespace, dashes of every kind, the minus sign, dots and slashes."""
    return unicodedata.category(ch) in _IGNORED_CATEGORIES or ch.isspace() or ch in INVOICE_IGNORED


def _strip_ignored(text: str) -> str:
    return "".join(ch for ch in text if not invoice_ignores(ch))


def _key_pass(text: str) -> str:
    s = _strip_ignored(unicodedata.normalize("NFKC", _strip_ignored(text)))
    s = unicodedata.normalize("NFD", s.casefold().upper()).translate(_LOOKALIKES)
    for composed, plain in _DIAERESIS_ON_E.items():  # Ё (Е ¨) and Ë (E ¨) are compared as E
        s = s.replace(composed, plain)
    return unicodedata.normalize("NFC", s)


def invoice_key(number: str) -> str:
    """R8: the normal form invoice numbers are compared on; the number as typed is kept for display.

    Unicode NFKC; without invisible format and control characters (category Cf, Cc: U+200B, U+2060,
    U+FEFF, the soft hyphen…), whitespace, dashes of every kind (category Pd, and U+2212 minus), dots
    and slashes (``/``, ``\\``, the fraction and division slashes); case folded and upper-cased; then
    the look-alike capitals of :data:`INVOICE_LOOKALIKES` folded into Latin (after upper-casing). So
    ``INV-7``, ``inv 7`` and ``ІNV‑7`` (Cyrillic І, non-breaking hyphen) all give ``INV7``.
    The steps are repeated until nothing changes, so the key of a key is the key itself; a key longer
    than :data:`INVOICE_KEY_LIMIT` characters is ``#`` and its SHA-256 in upper-case hex.
    """
    if not isinstance(number, str):
        raise TypeError(f"invoice number must be text, not {type(number).__name__}")
    key = number
    for _ in range(8):
        nxt = _key_pass(key)
        if nxt == key:
            break
        key = nxt
    if len(key) > INVOICE_KEY_LIMIT:
        key = "#" + hashlib.sha256(key.encode("utf-8")).hexdigest().upper()
    return key

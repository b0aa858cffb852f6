"""R1 score and coefficient (``score_figures``), R2 cap and eligibility, R3 the dealer's share: pure
functions of the rules home (:mod:`coop_desk.rules`, which re-exports them).

``exact_coefficient`` (R1) is the exact fraction ``S / S_max``: every rule (R2, R5) takes it.
``coefficient`` rounds it half-up to 6 decimal places, to be shown (and stored beside S and S_max for
people); no rule uses that rounded value. ``dealer_cap`` (R2) rounds the exact rational value down to a
multiple of 100."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal
from fractions import Fraction

from coop_desk.money import CENT
from coop_desk.rules_exact import COEFFICIENT_PLACES, EXACT, ZERO, Coefficient, dec, non_negative, ratio, shown_ratio

__all__ = [
    "ScoreFigures",
    "activity_volume",
    "coefficient",
    "dealer_cap",
    "dealer_minimum",
    "dealer_score",
    "eligible",
    "exact_coefficient",
    "score_figures",
    "shown_coefficient",
]

# --------------------------------------------------------------------------- R1 score


def dealer_score(points_and_weights: Iterable[tuple[Decimal, Decimal]]) -> Decimal:
    """R1: a dealer's score ``S = Σ weight × points``, exactly.

    Each item is ``(points, weight)``; both must be non-negative. No items -> 0.
    """
    total = ZERO
    for points, weight in points_and_weights:
        p = non_negative(points, "points")
        w = non_negative(weight, "weight")
        total = EXACT.add(total, EXACT.multiply(w, p))
    return total


def exact_coefficient(score: Decimal, max_score: Decimal) -> Fraction:
    """R1: the coefficient ``k = S / S_max`` as an exact fraction; the one every rule uses.

    ``max_score`` 0 (no criteria) gives 0. The score must lie in ``0 … max_score``.
    Examples: S 25 of 75 -> 1/3; S 32.5 of 35 -> 13/14.
    """
    s = non_negative(score, "score")
    m = non_negative(max_score, "maximum score")
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
    num, den = ratio(k, "coefficient k")
    if num < 0:
        raise ValueError(f"coefficient k must not be negative, got {Fraction(num, den)}")
    scaled = (2 * num * 10**COEFFICIENT_PLACES + den) // (2 * den)  # half-up, both non-negative
    return Decimal(scaled).scaleb(-COEFFICIENT_PLACES, context=EXACT)


def coefficient(score: Decimal, max_score: Decimal) -> Decimal:
    """R1 as it is shown: ``k = S / S_max`` rounded half-up to 6 decimal places (see ``shown_coefficient``).

    For display only: the rules take ``exact_coefficient``. ``max_score`` 0 (no criteria) gives 0.
    The score must lie in ``0 … max_score``.
    """
    return shown_coefficient(exact_coefficient(score, max_score))


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
    kn, kq = ratio(k, "coefficient k")
    f = dec(floor, "cap floor")
    c = dec(ceiling, "cap ceiling")
    t = dec(threshold, "eligibility threshold")
    if not 0 <= kn <= kq:
        raise ValueError(f"coefficient k must be between 0 and 1, got {shown_ratio(kn, kq)}")
    if f < 0:
        raise ValueError(f"cap floor must not be negative, got {f}")
    if f > c:
        raise ValueError(f"cap floor {f} is above the cap ceiling {c}")
    if not 0 <= t < 1:
        raise ValueError(f"eligibility threshold must be at least 0 and below 1, got {t}")
    tn, tq = t.as_integer_ratio()
    if _below(kn, kq, tn, tq):
        return ZERO
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
    kn, kq = ratio(k, "coefficient k")
    tn, tq = dec(threshold, "eligibility threshold").as_integer_ratio()
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


# --------------------------------------------------------------------------- R3 matching


def dealer_minimum(manufacturer_amount: Decimal) -> Decimal:
    """R3: the least the dealer invests in the year: as much as the manufacturer (its allocation)."""
    return dec(manufacturer_amount, "allocated amount")


def activity_volume(allocated: Decimal, base: Decimal) -> Decimal:
    """R3: the activity cost that uses a whole allocation at the base rate, ``allocated / base``, rounded up
    to cents (0 when the base rate is 0): the manufacturer pays ``base`` of it, the dealer the rest."""
    a = dec(allocated, "allocated amount")
    b = dec(base, "base rate")
    if b <= 0:
        return Decimal("0.00")
    return (a / b).quantize(CENT, ROUND_UP)

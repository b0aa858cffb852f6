"""An independent reference for R1, R2 and R5 in fractions.Fraction (it calls nothing in coop_desk.rules).

λ of R5 is found on the breakpoints d_i / k_i of the piecewise-linear Σ min(d_i, λ k_i): a different
algorithm from the sweep of rules.allocate and from the fixed-point iteration of test_rules.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction


def ref_k(points: list[Decimal], criteria: list[tuple[Decimal, int]]) -> Fraction:
    """R1: k = Σ weight × points / Σ weight × max points, in Fractions."""
    s = sum((Fraction(w) * Fraction(p) for p, (w, _) in zip(points, criteria, strict=True)), Fraction(0))
    s_max = sum((Fraction(w) * top for w, top in criteria), Fraction(0))
    return s / s_max if s_max else Fraction(0)


def ref_cap(k: Fraction, floor: Decimal, ceiling: Decimal, threshold: Decimal) -> Fraction:
    """R2 on the exact k: floor + (k − t) / (1 − t) × (ceiling − floor), down to a multiple of 100."""
    t = Fraction(threshold)
    if k < t:
        return Fraction(0)
    exact = Fraction(floor) + (k - t) / (1 - t) * (Fraction(ceiling) - Fraction(floor))
    return Fraction((exact / 100).__floor__() * 100)


def ref_allocate(budget: Fraction, dealers: dict[str, tuple[Fraction, Fraction]]) -> dict[str, Fraction]:
    """R5: λ found on the breakpoints d_i / k_i of the piecewise-linear Σ min(d_i, λ k_i), then cents."""
    active = {c: (k, d) for c, (k, d) in dealers.items() if k > 0 and d > 0}
    exact = {c: Fraction(0) for c in dealers}
    if sum((d for _, d in active.values()), Fraction(0)) <= budget:
        exact.update({c: d for c, (_, d) in active.items()})
    else:

        def filled(lam: Fraction) -> Fraction:
            return sum((min(d, lam * k) for k, d in active.values()), Fraction(0))

        points = sorted({d / k for k, d in active.values()})
        low = Fraction(0)
        for high in points:
            if filled(high) >= budget:
                break
            low = high
        # On [low, high] the filled amount is linear: the dealers still below their demand grow with λ.
        slope = sum((k for k, d in active.values() if d > low * k), Fraction(0))
        lam = low + (budget - filled(low)) / slope
        assert filled(lam) == budget
        exact.update({c: min(d, lam * k) for c, (k, d) in active.items()})
    cents = {c: (v * 100).__floor__() for c, v in exact.items()}
    leftover = int(budget * 100) - sum(cents.values()) if sum(exact.values()) == budget else 0
    by_remainder = sorted((c for c in exact if cents[c] < exact[c] * 100), key=lambda c: (-(exact[c] * 100 % 1), c))
    for c in by_remainder[:leftover]:
        cents[c] += 1
    return {c: Fraction(n, 100) for c, n in cents.items()}

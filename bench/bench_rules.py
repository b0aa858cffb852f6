"""Benchmarks of the pure money rules (coop_desk.rules)."""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from bench.harness import Benchmark
from coop_desk.rules import allocate, claim_reimbursement, dealer_cap, exact_coefficient, reimbursement_rate

_SEED = 20260101


def _exact_dealers(n: int, seed: int = _SEED) -> dict[str, tuple[Fraction, Decimal]]:
    """``n`` dealers with the exact k = S / S_max the services pass (S_max 7.5 × 13 = 97.5, S in
    steps of 0.05: repeating fractions with many denominators) and demands of 1 000.00 … 50 000.00."""
    rng = random.Random(seed)
    s_max = Decimal("97.5")
    return {
        f"D{i:06d}": (
            exact_coefficient(Decimal(rng.randint(390, 1950)).scaleb(-1) / 2, s_max),
            Decimal(rng.randint(100_000, 5_000_000)).scaleb(-2),
        )
        for i in range(n)
    }


def _allocate(args: argparse.Namespace) -> Callable[[], object]:
    dealers = _exact_dealers(args.dealers)
    total = sum((d for _, d in dealers.values()), Decimal(0))
    budget = (total * Decimal("0.6")).quantize(Decimal("0.01"))  # Σd > B: water-filling runs
    return lambda: allocate(budget, dealers)


def _dealer_cap(args: argparse.Namespace) -> Callable[[], object]:
    ks = [k for k, _ in _exact_dealers(args.dealers).values()]
    return lambda: [dealer_cap(k) for k in ks]


def _claims(args: argparse.Namespace) -> Callable[[], object]:
    rng = random.Random(_SEED)
    rows = [
        (
            Decimal(rng.randint(0, 10_000_000)).scaleb(-2),
            Decimal(rng.randint(0, 10_000_000)).scaleb(-2),
            reimbursement_rate(rng.randint(0, 3)),
            Decimal(rng.randint(0, 5_000_000)).scaleb(-2),
        )
        for _ in range(args.claims)
    ]
    return lambda: [claim_reimbursement(i, p, r, left) for i, p, r, left in rows]


BENCHMARKS: list[Benchmark] = [
    Benchmark(
        name="allocate",
        run=_allocate,
        size=lambda a: f"{a.dealers} dealers",
        target_s=0.05,
        note="R5 water-filling with exact k = S / S_max (fractions), budget 60 % of total demand",
    ),
    Benchmark(
        name="dealer_cap x10000",
        run=_dealer_cap,
        size=lambda a: f"{a.dealers} calls",
        target_s=0.05,
        note="R2 for --dealers exact coefficients",
    ),
    Benchmark(
        name="claim_reimbursement",
        run=_claims,
        size=lambda a: f"{a.claims} claims",
        target_s=0.1,
        note="R7 for --claims claims",
    ),
]

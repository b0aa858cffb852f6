"""The money rules (DESIGN.md R1-R8, DOMAIN.md §4.3): worked examples, edge cases, properties.

Random inputs are checked against independent slow reference implementations written
here with fractions.Fraction (a different algorithm from the one in coop_desk.rules).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk.rules import (
    ClaimExplanation,
    allocate,
    claim_reimbursement,
    coefficient,
    convert_currency,
    dealer_cap,
    dealer_demand,
    dealer_request,
    dealer_score,
    explain_claim,
    is_late,
    quarter_end,
    quarter_of,
    rate_formula,
    reimbursement_rate,
    round_half_up_cents,
)

D = Decimal
SETTINGS = settings(max_examples=200, deadline=None)
BIG = D("1000000000")  # a remaining allocation that never limits


# =========================================================================== references


def _frac(x: Decimal) -> Fraction:
    return Fraction(x)


def ref_allocate(budget: Decimal, dealers: dict[str, tuple[Decimal, Decimal]]) -> dict[str, Decimal]:
    """R5 by the textbook fixed-point iteration, in Fractions (independent of the sweep in rules)."""
    b = _frac(budget)
    result = {code: Fraction(0) for code in dealers}
    active = {c: (_frac(k), _frac(d)) for c, (k, d) in dealers.items() if k > 0 and d > 0}
    if sum((d for _, d in active.values()), Fraction(0)) <= b:
        for c, (_, d) in active.items():
            result[c] = d
    else:
        satisfied: set[str] = set()
        while True:
            rest = b - sum((active[c][1] for c in satisfied), Fraction(0))
            k_sum = sum((k for c, (k, _) in active.items() if c not in satisfied), Fraction(0))
            lam = rest / k_sum
            newly = {c for c, (k, d) in active.items() if c not in satisfied and lam * k >= d}
            if not newly:
                break
            satisfied |= newly
        for c, (k, d) in active.items():
            result[c] = d if c in satisfied else lam * k
    cents = {c: (v * 100).__floor__() for c, v in result.items()}
    leftover = int(b * 100) - sum(cents.values()) if sum(result.values()) == b else 0
    below = [(-(result[c] * 100 - cents[c]), c) for c in result if cents[c] < result[c] * 100]
    for _, c in sorted(below)[:leftover]:
        cents[c] += 1
    return {c: D(n) / 100 for c, n in cents.items()}


def ref_half_up_cents(x: Fraction) -> Decimal:
    """Half-up (away from zero on a tie, x >= 0 here) rounding of an exact rational to cents."""
    scaled = x * 100
    return D(int((scaled + Fraction(1, 2)).__floor__())) / 100


def ref_cap(k: Decimal, floor: Decimal, ceiling: Decimal, threshold: Decimal) -> Decimal:
    kf, f, c, t = map(_frac, (k, floor, ceiling, threshold))
    if kf < t:
        return D(0)
    exact = f + (kf - t) / (1 - t) * (c - f)
    return D((exact / 100).__floor__() * 100)


# =========================================================================== strategies

codes = st.text(alphabet="ABCDab019-_", min_size=1, max_size=4)
coefficients = st.one_of(
    st.just(D(0)),
    st.just(D(1)),
    st.integers(0, 1_000_000).map(lambda n: D(n).scaleb(-6)),
    st.integers(0, 10).map(lambda n: D(n) / 10),
)
cents_amounts = st.integers(0, 5_000_000).map(lambda n: D(n).scaleb(-2))
dealer_maps = st.dictionaries(codes, st.tuples(coefficients, cents_amounts), max_size=12)


@st.composite
def budget_and_dealers(draw: st.DrawFn) -> tuple[Decimal, dict[str, tuple[Decimal, Decimal]]]:
    dealers = draw(dealer_maps)
    total = sum((to_int_cents(d) for k, d in dealers.values() if k > 0), 0)
    budget = draw(st.one_of(st.integers(0, max(total, 1) * 2), st.integers(0, max(total - 1, 0))))
    return D(budget).scaleb(-2), dealers


def to_int_cents(x: Decimal) -> int:
    return int(x * 100)


# =========================================================================== R1 score and coefficient


def test_score_is_weighted_sum() -> None:
    assert dealer_score([(D(8), D(1)), (D(6), D(1)), (D(10), D(1)), (D(4), D(1)), (D(7), D(1))]) == 35
    assert dealer_score([(D(8), D(2)), (D("6.5"), D("0.5"))]) == D("19.25")
    assert dealer_score([]) == 0


def test_score_refuses_negative_and_float() -> None:
    with pytest.raises(ValueError, match="points"):
        dealer_score([(D(-1), D(1))])
    with pytest.raises(ValueError, match="weight"):
        dealer_score([(D(1), D(-1))])
    with pytest.raises(TypeError):
        dealer_score([(0.5, D(1))])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("score", "max_score", "k"),
    [
        (D(35), D(50), D("0.700000")),
        (D(50), D(50), D("1.000000")),
        (D(0), D(50), D("0.000000")),
        (D(1), D(3), D("0.333333")),
        (D(2), D(3), D("0.666667")),
        (D(1), D(2_000_000), D("0.000001")),  # 0.0000005 is a tie: half-up
        (D(1), D(2_000_001), D("0.000000")),  # just below the tie
        (D(0), D(0), D(0)),
    ],
)
def test_coefficient(score: Decimal, max_score: Decimal, k: Decimal) -> None:
    result = coefficient(score, max_score)
    assert result == k
    assert result.as_tuple().exponent == -6


def test_coefficient_refuses_score_above_max() -> None:
    with pytest.raises(ValueError, match="above the maximum"):
        coefficient(D(51), D(50))
    with pytest.raises(ValueError, match="above the maximum"):
        coefficient(D(1), D(0))


@SETTINGS
@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_coefficient_matches_fraction(a: int, b: int) -> None:
    score, max_score = min(a, b), max(a, b)
    expected = (Fraction(score, max_score) * 10**6 + Fraction(1, 2)).__floor__()
    assert coefficient(D(score), D(max_score)) == D(expected).scaleb(-6)


# =========================================================================== R2 cap


@pytest.mark.parametrize(
    ("k", "cap"),
    [
        ("0.2", 10_000),
        ("0.5", 25_000),
        ("1", 50_000),
        ("0.19", 0),
        ("0", 0),
        ("0.199999", 0),
        ("0.7", 35_000),
        ("0.333333", 16_600),  # 16 666.65 rounded down to a multiple of 100
        ("0.200001", 10_000),
    ],
)
def test_cap_examples(k: str, cap: int) -> None:
    assert dealer_cap(D(k)) == cap


def test_cap_other_settings() -> None:
    assert dealer_cap(D("0.5"), D(0), D(1000), D(0)) == 500
    assert dealer_cap(D("0.5"), D(20000), D(20000)) == 20000
    assert dealer_cap(D("0.3"), threshold=D("0.3")) == 10000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((D("1.01"),), "between 0 and 1"),
        ((D("-0.1"),), "between 0 and 1"),
        ((D("0.5"), D(60000), D(50000)), "above the cap ceiling"),
        ((D("0.5"), D(-1), D(50000)), "floor must not be negative"),
        ((D("0.5"), D(1), D(5), D(1)), "threshold"),
        ((D("0.5"), D(1), D(5), D("-0.1")), "threshold"),
        ((D("NaN"),), "finite"),
    ],
)
def test_cap_validation(args: tuple[Decimal, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        dealer_cap(*args)


@SETTINGS
@given(
    st.integers(0, 10**6),
    st.integers(0, 100_000),
    st.integers(0, 100_000),
    st.integers(0, 999),
)
def test_cap_matches_fraction(k: int, a: int, b: int, t: int) -> None:
    k_d, t_d = D(k).scaleb(-6), D(t).scaleb(-3)
    floor, ceiling = D(min(a, b)), D(max(a, b))
    cap = dealer_cap(k_d, floor, ceiling, t_d)
    assert cap == ref_cap(k_d, floor, ceiling, t_d)
    assert cap % 100 == 0


@SETTINGS
@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_cap_never_falls_when_k_rises(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert dealer_cap(D(low).scaleb(-6)) <= dealer_cap(D(high).scaleb(-6))


# =========================================================================== R4 request and demand


def test_request_is_base_times_costs() -> None:
    assert dealer_request([D(10000), D("2500.50")], D("0.5")) == D("6250.25")
    assert dealer_request([], D("0.5")) == 0
    assert dealer_request([D("0.03")], D("0.5")) == D("0.015")  # not rounded here


def test_request_validation() -> None:
    with pytest.raises(ValueError, match="cost"):
        dealer_request([D(-1)], D("0.5"))
    with pytest.raises(ValueError, match="base rate"):
        dealer_request([D(1)], D("1.5"))


@pytest.mark.parametrize(
    ("request_", "cap", "demand"),
    [
        (D("6250.25"), D(10000), D("6250.25")),  # demand below the cap
        (D(60000), D(25000), D("25000.00")),  # the cap binds
        (D("0.015"), D(10000), D("0.01")),  # rounded down, never up
        (D("123.459"), D(10000), D("123.45")),
        (D(500), D(0), D("0.00")),  # not eligible
    ],
)
def test_demand(request_: Decimal, cap: Decimal, demand: Decimal) -> None:
    result = dealer_demand(request_, cap)
    assert result == demand
    assert result.as_tuple().exponent == -2


# =========================================================================== R5 allocation: examples


def test_allocate_worked_example_1() -> None:
    dealers = {"A": (D("1.0"), D(60000)), "B": (D("0.5"), D(60000)), "C": (D("0.5"), D(10000))}
    assert allocate(D(100000), dealers) == {"A": D(60000), "B": D(30000), "C": D(10000)}


def test_allocate_worked_example_2() -> None:
    dealers = {c: (D(1), D(50)) for c in "ABC"}
    assert allocate(D("100.00"), dealers) == {"A": D("33.34"), "B": D("33.33"), "C": D("33.33")}


def test_allocate_ties_use_string_order_of_codes() -> None:
    # "10" < "9" as strings: "10" gets the cent even though 9 < 10 as numbers.
    dealers = {"9": (D(1), D(1)), "10": (D(1), D(1))}
    assert allocate(D("0.01"), dealers) == {"10": D("0.01"), "9": D("0.00")}
    dealers = {"b": (D(1), D(10)), "B": (D(1), D(10)), "a": (D(1), D(10))}
    assert allocate(D("0.02"), dealers) == {"B": D("0.01"), "a": D("0.01"), "b": D("0")}


def test_allocate_satisfied_dealer_gets_no_extra_cent() -> None:
    # A reaches its demand exactly; B and C share 60.01 -> 30.005 each, one cent left over.
    # A sorts first but is at its demand, so the cent goes to B (tie with C, B < C).
    dealers = {"A": (D(1), D(10)), "B": (D(1), D(100)), "C": (D(1), D(100))}
    assert allocate(D("70.01"), dealers) == {"A": D(10), "B": D("30.01"), "C": D("30.00")}


def test_allocate_largest_remainder_wins_before_code_order() -> None:
    # Shares 100 × 1/3 and 100 × 2/3: remainders .333 (A) and .666 (B): B gets the cent.
    dealers = {"A": (D(1), D(1000)), "B": (D(2), D(1000))}
    assert allocate(D(100), dealers) == {"A": D("33.33"), "B": D("66.67")}


def test_allocate_budget_above_all_demand() -> None:
    dealers = {"A": (D("0.9"), D(100)), "B": (D("0.3"), D("250.55"))}
    assert allocate(D(1_000_000), dealers) == {"A": D(100), "B": D("250.55")}


def test_allocate_budget_equal_to_demand() -> None:
    dealers = {"A": (D("0.9"), D(100)), "B": (D("0.3"), D(200))}
    assert allocate(D(300), dealers) == {"A": D(100), "B": D(200)}


def test_allocate_zero_budget() -> None:
    dealers = {"A": (D(1), D(100)), "B": (D("0.5"), D(200))}
    assert allocate(D(0), dealers) == {"A": D(0), "B": D(0)}


def test_allocate_one_dealer() -> None:
    assert allocate(D(500), {"A": (D("0.4"), D(800))}) == {"A": D(500)}
    assert allocate(D(500), {"A": (D("0.4"), D(300))}) == {"A": D(300)}


def test_allocate_all_k_equal_is_equal_split_until_demand() -> None:
    dealers = {"A": (D("0.5"), D(100)), "B": (D("0.5"), D(1000)), "C": (D("0.5"), D(1000))}
    # A is satisfied at 100; B and C share the other 900.
    assert allocate(D(1000), dealers) == {"A": D(100), "B": D(450), "C": D(450)}


def test_allocate_k_zero_gets_nothing_and_is_not_demand() -> None:
    dealers = {"A": (D(0), D(1000)), "B": (D(1), D(50))}
    assert allocate(D(100), dealers) == {"A": D(0), "B": D(50)}
    # Without A's 1000 the demand is 50 <= 100, so B's demand is met, not shared.
    assert allocate(D(10), dealers) == {"A": D(0), "B": D(10)}


def test_allocate_zero_demand() -> None:
    dealers = {"A": (D(1), D(0)), "B": (D(1), D(30))}
    assert allocate(D(10), dealers) == {"A": D(0), "B": D(10)}


def test_allocate_empty() -> None:
    assert allocate(D(1000), {}) == {}


def test_allocate_amounts_have_two_decimals_and_sorted_codes() -> None:
    result = allocate(D(100), {"b": (D(1), D(70)), "a": (D(1), D(70)), "c": (D(0), D(5))})
    assert list(result) == ["a", "b", "c"]
    assert all(v.as_tuple().exponent == -2 for v in result.values())


def test_allocate_high_precision_coefficients() -> None:
    dealers = {"A": (D("0.1234567891"), D(1000)), "B": (D("0.3333333333333"), D(1000))}
    assert allocate(D(100), dealers) == ref_allocate(D(100), dealers)


@pytest.mark.parametrize(
    ("budget", "dealers", "error", "message"),
    [
        (D(-1), {"A": (D(1), D(1))}, ValueError, "budget"),
        (D("1.005"), {"A": (D(1), D(1))}, ValueError, "2 decimal"),
        (D(1), {"A": (D(1), D("1.005"))}, ValueError, "dealer A"),
        (D(1), {"A": (D(-1), D(1))}, ValueError, "coefficient k of dealer A"),
        (D(1), {"A": (D(1), D(-1))}, ValueError, "demand of dealer A"),
        (D(1), {"A": (D("NaN"), D(1))}, ValueError, "finite"),
        (D(1), {"A": (0.5, D(1))}, TypeError, "Decimal"),
        (1.0, {"A": (D(1), D(1))}, TypeError, "Decimal"),
    ],
)
def test_allocate_validation(budget: object, dealers: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        allocate(budget, dealers)  # type: ignore[arg-type]


# =========================================================================== R5 allocation: properties


@SETTINGS
@given(budget_and_dealers())
def test_allocate_matches_reference(case: tuple[Decimal, dict[str, tuple[Decimal, Decimal]]]) -> None:
    budget, dealers = case
    assert allocate(budget, dealers) == ref_allocate(budget, dealers)


@SETTINGS
@given(budget_and_dealers())
def test_allocate_invariants(case: tuple[Decimal, dict[str, tuple[Decimal, Decimal]]]) -> None:
    budget, dealers = case
    result = allocate(budget, dealers)
    assert set(result) == set(dealers)
    total = sum(result.values(), D(0))
    demand = sum((d for k, d in dealers.values() if k > 0), D(0))
    assert total <= budget
    assert total == (budget if demand > budget else demand)
    for code, amount in result.items():
        k, d = dealers[code]
        assert D(0) <= amount <= d
        assert amount.as_tuple().exponent == -2
        if k == 0:
            assert amount == 0


@SETTINGS
@given(budget_and_dealers(), st.randoms(use_true_random=False))
def test_allocate_independent_of_insertion_order(
    case: tuple[Decimal, dict[str, tuple[Decimal, Decimal]]], rnd: object
) -> None:
    budget, dealers = case
    items = list(dealers.items())
    rnd.shuffle(items)  # type: ignore[attr-defined]
    shuffled = dict(items)
    first, second = allocate(budget, dealers), allocate(budget, shuffled)
    assert first == second
    assert list(first) == list(second)


@SETTINGS
@given(budget_and_dealers(), st.data())
def test_allocate_raising_k_never_costs_more_than_a_cent(
    case: tuple[Decimal, dict[str, tuple[Decimal, Decimal]]], data: st.DataObject
) -> None:
    budget, dealers = case
    if not dealers:
        return
    code = data.draw(st.sampled_from(sorted(dealers)))
    k, d = dealers[code]
    higher = k + D(data.draw(st.integers(0, 10**6))).scaleb(-6)
    before = allocate(budget, dealers)[code]
    after = allocate(budget, {**dealers, code: (higher, d)})[code]
    assert after >= before - D("0.01")


@SETTINGS
@given(budget_and_dealers(), st.integers(0, 100_000))
def test_allocate_more_budget_never_lowers_the_total(
    case: tuple[Decimal, dict[str, tuple[Decimal, Decimal]]], extra: int
) -> None:
    budget, dealers = case
    low = sum(allocate(budget, dealers).values(), D(0))
    high = sum(allocate(budget + D(extra).scaleb(-2), dealers).values(), D(0))
    assert high >= low


# =========================================================================== R6 brand rule


def test_rate_examples() -> None:
    assert reimbursement_rate(0) == D("0.5")
    assert reimbursement_rate(1) == D("0.25")
    assert reimbursement_rate(2).quantize(D("0.0001")) == D("0.1667")
    assert reimbursement_rate(3, D("0.6")) == D("0.15")
    assert reimbursement_rate(0, D("0.45")) == D("0.45")


def test_rate_is_close_to_exact_and_never_below() -> None:
    for n in range(0, 50):
        exact = Fraction(1, 2) / (1 + n)
        rate = Fraction(reimbursement_rate(n))
        assert rate >= exact
        assert rate - exact < Fraction(1, 10**49)


def test_rate_validation() -> None:
    with pytest.raises(ValueError, match="other brands"):
        reimbursement_rate(-1)
    with pytest.raises(ValueError, match="base rate"):
        reimbursement_rate(0, D("1.5"))
    with pytest.raises(TypeError):
        reimbursement_rate(1.0)  # type: ignore[arg-type]


def test_rate_formula() -> None:
    assert rate_formula(0) == "50 % (own brand only)"
    assert rate_formula(1) == "50 % / 2 brands"
    assert rate_formula(2, D("0.5")) == "50 % / 3 brands"
    assert rate_formula(1, D("0.125")) == "12.5 % / 2 brands"
    with pytest.raises(ValueError):
        rate_formula(-1)


# =========================================================================== R7 claims: DOMAIN.md §4.3


def test_domain_example_1_own_brand_only() -> None:
    assert claim_reimbursement(D(200000), D(200000), reimbursement_rate(0), BIG) == D(100000)


def test_domain_example_2_one_other_brand() -> None:
    assert claim_reimbursement(D(200000), D(200000), reimbursement_rate(1), BIG) == D(50000)


def test_domain_example_3_two_other_brands() -> None:
    amount = claim_reimbursement(D(200000), D(200000), reimbursement_rate(2), BIG)
    assert amount == D("33333.33")
    assert amount.as_tuple().exponent == -2


def test_domain_example_4_cap_exhausted() -> None:
    cap, used = D(30000), D(28000)
    amount = claim_reimbursement(D(10000), D(10000), reimbursement_rate(0), cap - used)
    assert amount == D(2000)
    explanation = explain_claim(D(10000), D(10000), D("0.5"), 0, cap - used)
    assert explanation.limited
    assert explanation.rounded == D(5000)
    assert explanation.final == D(2000)
    # and the dealer's matching share of the activity is at least the manufacturer's
    assert D(10000) - amount >= amount


def test_claim_verified_cost_is_min_of_invoiced_and_paid() -> None:
    assert claim_reimbursement(D(1200), D(1150), D("0.5"), BIG) == D(575)
    assert claim_reimbursement(D(1100), D(1150), D("0.5"), BIG) == D(550)


def test_claim_rounds_half_up() -> None:
    # 0.03 × 1/6 = 0.005 exactly: half-up gives 0.01 (half-even would give 0.00)
    assert claim_reimbursement(D("0.03"), D("0.03"), reimbursement_rate(2), BIG) == D("0.01")
    # 0.07 × 1/14 = 0.005 exactly, with a rate that does not terminate
    assert claim_reimbursement(D("0.07"), D("0.07"), reimbursement_rate(6), BIG) == D("0.01")
    assert claim_reimbursement(D("0.05"), D("0.05"), D("0.5"), BIG) == D("0.03")  # 0.025


def test_claim_limited_by_remaining() -> None:
    assert claim_reimbursement(D(1000), D(1000), D("0.5"), D(100)) == D(100)
    assert claim_reimbursement(D(1000), D(1000), D("0.5"), D(0)) == D(0)
    assert claim_reimbursement(D(1000), D(1000), D("0.5"), D(-50)) == D(0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((D(-1), D(1), D("0.5"), BIG), "invoiced"),
        ((D(1), D(-1), D("0.5"), BIG), "paid"),
        ((D(1), D(1), D("-0.5"), BIG), "rate"),
        ((D(1), D(1), D("1.5"), BIG), "rate"),
    ],
)
def test_claim_validation(args: tuple[Decimal, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        claim_reimbursement(*args)


@SETTINGS
@given(
    st.integers(0, 10**12),
    st.integers(0, 10**12),
    st.integers(0, 60),
    st.sampled_from([D("0.5"), D("0.4"), D("0.33"), D("0.125"), D(1)]),
    st.integers(-(10**6), 10**12),
)
def test_claim_matches_exact_rational_rule(
    invoiced: int, paid: int, other_brands: int, base: Decimal, remaining: int
) -> None:
    inv, pay, left = D(invoiced).scaleb(-2), D(paid).scaleb(-2), D(remaining).scaleb(-2)
    exact = ref_half_up_cents(Fraction(min(inv, pay)) * Fraction(base) / (1 + other_brands))
    expected = min(exact, max(left, D(0)))
    assert claim_reimbursement(inv, pay, reimbursement_rate(other_brands, base), left) == expected
    explanation = explain_claim(inv, pay, base, other_brands, left)
    assert explanation.final == expected
    assert explanation.rounded == exact
    assert explanation.limited == (expected < exact)


@SETTINGS
@given(st.integers(0, 10**6), st.integers(0, 10))
def test_claim_half_cent_ties_round_up(half_cents: int, other_brands: int) -> None:
    # verified cost chosen so that cost × rate is exactly an odd number of half cents
    cost = D(half_cents * 2 + 1) * 2 * (1 + other_brands) / 200  # × 0.5 / (1+n) = (2h+1)/200
    expected = D(half_cents + 1).scaleb(-2)
    assert claim_reimbursement(cost, cost, reimbursement_rate(other_brands), BIG) == expected


# =========================================================================== explain_claim


def test_explain_claim_formula_limited() -> None:
    e = explain_claim(D(1200), D(1150), D("0.5"), 2, D(100))
    assert isinstance(e, ClaimExplanation)
    assert e.verified_cost == D(1150)
    assert e.rate == reimbursement_rate(2)
    assert e.rounded == D("191.67")
    assert e.limited
    assert e.final == D(100)
    assert e.formula == (
        "min(1 200.00, 1 150.00) × 50 % / 3 brands = 191.67, limited to the remaining allocation 100.00 → 100.00"
    )


def test_explain_claim_formula_not_limited() -> None:
    e = explain_claim(D(200000), D(200000), D("0.5"), 0, BIG)
    assert not e.limited
    assert e.final == D(100000)
    assert e.formula == "min(200 000.00, 200 000.00) × 50 % (own brand only) = 100 000.00"


def test_explain_claim_is_frozen() -> None:
    e = explain_claim(D(1), D(1), D("0.5"), 0, BIG)
    with pytest.raises(AttributeError):
        e.final = D(5)  # type: ignore[misc]


# =========================================================================== currency, rounding


@pytest.mark.parametrize(
    ("amount", "rate", "converted"),
    [
        (D(100000), D("0.0105"), D("1050.00")),  # RUB -> EUR
        (D("1234.56"), D("0.011111"), D("13.72")),  # 13.71719616 -> 13.72
        (D("1"), D("0.005"), D("0.01")),  # tie: half-up
        (D("1"), D("0.00499"), D("0.00")),
    ],
)
def test_convert_currency(amount: Decimal, rate: Decimal, converted: Decimal) -> None:
    assert convert_currency(amount, rate) == converted


def test_convert_currency_validation() -> None:
    with pytest.raises(ValueError, match="exchange rate"):
        convert_currency(D(1), D(0))
    with pytest.raises(ValueError, match="amount"):
        convert_currency(D(-1), D(1))


@pytest.mark.parametrize(
    ("x", "rounded"),
    [("191.665", "191.67"), ("191.664999", "191.66"), ("0.005", "0.01"), ("-0.005", "-0.01"), ("2", "2.00")],
)
def test_round_half_up_cents(x: str, rounded: str) -> None:
    result = round_half_up_cents(D(x))
    assert result == D(rounded)
    assert str(result) == rounded


def test_round_half_up_cents_is_exact_for_long_numbers() -> None:
    # 30 significant digits: a default 28-digit context would round before quantizing.
    assert round_half_up_cents(D("12345678901234567890123456.785")) == D("12345678901234567890123456.79")


# =========================================================================== quarters and deadlines


@pytest.mark.parametrize(
    ("year", "quarter", "end"),
    [
        (2026, 1, date(2026, 3, 31)),
        (2026, 2, date(2026, 6, 30)),
        (2026, 3, date(2026, 9, 30)),
        (2026, 4, date(2026, 12, 31)),
    ],
)
def test_quarter_end(year: int, quarter: int, end: date) -> None:
    assert quarter_end(year, quarter) == end


def test_quarter_end_validation() -> None:
    for q in (0, 5):
        with pytest.raises(ValueError, match="quarter"):
            quarter_end(2026, q)


@pytest.mark.parametrize(
    ("d", "q"),
    [
        (date(2026, 1, 1), 1),
        (date(2026, 3, 31), 1),
        (date(2026, 4, 1), 2),
        (date(2026, 9, 30), 3),
        (date(2026, 10, 1), 4),
        (date(2026, 12, 31), 4),
    ],
)
def test_quarter_of(d: date, q: int) -> None:
    assert quarter_of(d) == q


def test_is_late_default_30_days() -> None:
    assert not is_late(date(2026, 4, 30), 2026, 1, 30)  # the deadline day itself is on time
    assert is_late(date(2026, 5, 1), 2026, 1, 30)
    assert not is_late(date(2026, 3, 15), 2026, 1, 30)  # filed before the quarter ended
    assert is_late(date(2026, 4, 1), 2026, 1, 0)
    with pytest.raises(ValueError):
        is_late(date(2026, 4, 1), 2026, 1, -1)


# =========================================================================== no floats


@pytest.mark.parametrize("module", ["rules.py", "money.py"])
def test_no_float_in_money_modules(module: str) -> None:
    source = (Path(__file__).resolve().parents[2] / "coop_desk" / module).read_text(encoding="utf-8")
    offending = [line for line in source.splitlines() if "float" in line and "# ok-float" not in line]
    assert offending == []


def test_reference_rounding_sanity() -> None:
    # the reference itself: guards against a reference that agrees with a wrong implementation
    assert ref_half_up_cents(Fraction(1, 200)) == D("0.01")
    assert ref_half_up_cents(Fraction(1, 300)) == D("0.00")
    assert D("0.015").quantize(D("0.01"), rounding=ROUND_HALF_UP) == D("0.02")

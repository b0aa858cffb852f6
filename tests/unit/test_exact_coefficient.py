"""R1, R2 and R5 exact end to end: the coefficient is the fraction S / S_max wherever a rule uses it.

Random programmes (criteria whose maxima give S_max = 75, 7, 13 and other repeating fractions) are
run through coop_desk.rules and through an independent reference written here with
fractions.Fraction (a breakpoint scan for λ, not the sweep of rules.allocate and not the fixed-point
iteration of test_rules). Two pinned cases show what the 6-decimal k used to get wrong.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk import rules
from tests.exact_reference import ref_allocate, ref_cap, ref_k

D = Decimal
SETTINGS = settings(max_examples=300, deadline=None)


# =========================================================================== strategies

# Criteria (weight, max points) whose S_max is 75, 7 or 13, or drawn freely (weights like 0.7, 1.5, 3).
FIXED_CRITERIA = [
    [(D(1), 15)] * 5,  # 75
    [(D(3), 5)] * 5,  # 75
    [(D("1.5"), 10)] * 5,  # 75
    [(D(1), 7)],  # 7
    [(D(1), 3), (D(1), 4)],  # 7
    [(D("0.7"), 10)],  # 7
    [(D("0.7"), 10), (D("0.3"), 20)],  # 13
    [(D(1), 13)],  # 13
    [(D(3), 3), (D(1), 4)],  # 13
]
weights = st.sampled_from([D(1), D(3), D(7), D("0.3"), D("0.7"), D("1.5"), D("2.5"), D("0.13")])
criteria_lists = st.one_of(
    st.sampled_from(FIXED_CRITERIA),
    st.lists(st.tuples(weights, st.integers(1, 20)), min_size=1, max_size=5),
)


@st.composite
def programmes(draw: st.DrawFn) -> dict:
    criteria = draw(criteria_lists)
    codes = draw(st.lists(st.text("ABCD01", min_size=1, max_size=3), min_size=1, max_size=8, unique=True))
    dealers = {}
    for code in codes:
        points = [D(draw(st.integers(0, top * 2))) / 2 for _, top in criteria]  # half points allowed
        request = D(draw(st.integers(0, 6_000_000))).scaleb(-2)
        dealers[code] = (points, request)
    floor = D(draw(st.integers(0, 30))) * 1000
    ceiling = floor + D(draw(st.integers(0, 100))) * 1000
    threshold = draw(st.sampled_from([D(0), D("0.1"), D("0.2"), D("0.25"), D("0.5")]))
    total = sum((min(r, ceiling) for _, r in dealers.values()), D(0))
    budget = D(draw(st.integers(0, int(total * 100) + 100))).scaleb(-2)
    return {"criteria": criteria, "dealers": dealers, "floor": floor, "ceiling": ceiling, "t": threshold, "B": budget}


def _through_rules(p: dict) -> tuple[dict[str, Fraction], dict[str, Decimal], dict[str, Decimal]]:
    ks, caps, demands = {}, {}, {}
    s_max = rules.dealer_score((D(top), w) for w, top in p["criteria"])
    for code, (points, request) in p["dealers"].items():
        s = rules.dealer_score(zip(points, (w for w, _ in p["criteria"]), strict=True))
        ks[code] = rules.exact_coefficient(s, s_max)
        caps[code] = rules.dealer_cap(ks[code], p["floor"], p["ceiling"], p["t"])
        demands[code] = rules.dealer_demand(request, caps[code])
    amounts = rules.allocate(p["B"], {c: (ks[c], demands[c]) for c in ks})
    return ks, caps, amounts


# =========================================================================== properties


@SETTINGS
@given(programmes())
def test_r1_r2_r5_match_the_fraction_reference(p: dict) -> None:
    ks, caps, amounts = _through_rules(p)
    ref_ks = {c: ref_k(points, p["criteria"]) for c, (points, _) in p["dealers"].items()}
    assert ks == ref_ks
    ref_caps = {c: ref_cap(k, p["floor"], p["ceiling"], p["t"]) for c, k in ref_ks.items()}
    assert {c: Fraction(v) for c, v in caps.items()} == ref_caps
    ref_demands = {c: min(Fraction(r), ref_caps[c]) for c, (_, r) in p["dealers"].items()}
    ref_amounts = ref_allocate(Fraction(p["B"]), {c: (ref_ks[c], ref_demands[c]) for c in ref_ks})
    assert {c: Fraction(v) for c, v in amounts.items()} == ref_amounts
    assert sum(amounts.values()) <= p["B"]


@SETTINGS
@given(
    st.dictionaries(
        st.text("XYZ9", min_size=1, max_size=3),
        st.tuples(
            st.sampled_from([7, 13, 75, 21, 1, 3]).flatmap(lambda m: st.integers(0, m).map(lambda n: Fraction(n, m))),
            st.integers(0, 5_000_000),
        ),
        max_size=10,
    ),
    st.integers(0, 30_000_000),
)
def test_allocate_takes_fractions_like_3_7_exactly(dealers: dict[str, tuple[Fraction, int]], budget: int) -> None:
    given_ = {c: (k, D(d).scaleb(-2)) for c, (k, d) in dealers.items()}
    result = rules.allocate(D(budget).scaleb(-2), given_)
    expected = ref_allocate(Fraction(budget, 100), {c: (k, Fraction(d, 100)) for c, (k, d) in dealers.items()})
    assert {c: Fraction(v) for c, v in result.items()} == expected
    assert all(v.as_tuple().exponent == -2 for v in result.values())


@SETTINGS
@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_shown_coefficient_is_the_exact_one_rounded_half_up(a: int, b: int) -> None:
    s, m = D(min(a, b)) / 4, D(max(a, b)) / 4
    k = rules.exact_coefficient(s, m)
    assert k == Fraction(s) / Fraction(m)
    shown = rules.coefficient(s, m)
    assert shown == rules.shown_coefficient(k) == D((k * 10**6 + Fraction(1, 2)).__floor__()).scaleb(-6)
    assert abs(Fraction(shown) - k) <= Fraction(1, 2 * 10**6)


# =========================================================================== pinned cases


def test_pinned_r5_case_where_the_six_decimal_k_moved_a_cent() -> None:
    """S_max = 7; S = 1, 2, 5. λ = 22 040 / (8/7) = 19 285: the exact shares are whole euros.

    Found by search: with k rounded to 0.142857 / 0.285714 / 0.714286 (the old rules) D002 got
    5 509.99 and D003 13 775.01."""
    s_max = D(7)
    demands = {"D001": D(8600), "D002": D(13100), "D003": D(48800)}
    scores = {"D001": D(1), "D002": D(2), "D003": D(5)}
    exact = rules.allocate(D(22040), {c: (rules.exact_coefficient(scores[c], s_max), demands[c]) for c in scores})
    assert exact == {"D001": D("2755.00"), "D002": D("5510.00"), "D003": D("13775.00")}
    rounded = rules.allocate(D(22040), {c: (rules.coefficient(scores[c], s_max), demands[c]) for c in scores})
    assert rounded == {"D001": D("2755.00"), "D002": D("5509.99"), "D003": D("13775.01")}, "the old, rounded k"


def test_pinned_r2_case_where_the_six_decimal_k_lost_a_hundred() -> None:
    """S 16 of 75, ceiling 100 000: cap = 10 000 + (16/75 − 0.2) / 0.8 × 90 000 = 11 500 exactly.

    With k rounded to 0.213333 the cap came to 11 499.96, rounded down to 11 400."""
    k = rules.exact_coefficient(D(16), D(75))
    assert k == Fraction(16, 75)
    assert rules.dealer_cap(k, D(10000), D(100000), D("0.2")) == D(11500)
    assert rules.dealer_cap(rules.coefficient(D(16), D(75)), D(10000), D(100000), D("0.2")) == D(11400)


def test_pinned_r2_threshold_is_compared_exactly() -> None:
    """400 000 of 2 000 001 is just below 0.2 (rounded it is 0.200000): not eligible."""
    k = rules.exact_coefficient(D(400000), D(2000001))
    assert rules.shown_coefficient(k) == D("0.200000")
    assert rules.dealer_cap(k) == 0
    assert rules.dealer_cap(rules.coefficient(D(400000), D(2000001))) == D(10000), "the old, rounded k"


# =========================================================================== the exact k's edges


def test_exact_coefficient_examples() -> None:
    assert rules.exact_coefficient(D(25), D(75)) == Fraction(1, 3)
    assert rules.exact_coefficient(D("32.5"), D(35)) == Fraction(13, 14)
    assert rules.exact_coefficient(D(0), D(0)) == 0
    assert rules.exact_coefficient(D(7), D(7)) == 1
    with pytest.raises(ValueError, match="above the maximum"):
        rules.exact_coefficient(D(8), D(7))
    with pytest.raises(TypeError, match="Decimal"):
        rules.exact_coefficient(0.5, D(1))  # type: ignore[arg-type]


def test_cap_and_allocate_refuse_what_is_not_an_exact_k() -> None:
    with pytest.raises(TypeError, match="coefficient k"):
        rules.dealer_cap(0.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="coefficient k"):
        rules.dealer_cap(True)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="between 0 and 1, got 4/3"):
        rules.dealer_cap(Fraction(4, 3))
    with pytest.raises(ValueError, match="coefficient k of dealer B must not be negative, got -1/7"):
        rules.allocate(D(1), {"A": (Fraction(1, 7), D(1)), "B": (Fraction(-1, 7), D(1))})
    with pytest.raises(TypeError, match="coefficient k of dealer A"):
        rules.allocate(D(1), {"A": (0.5, D(1))})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="must not be negative"):
        rules.shown_coefficient(Fraction(-1, 3))


def test_allocate_mixes_fractions_decimals_and_ints() -> None:
    dealers: dict[str, tuple[rules.Coefficient, Decimal]] = {
        "A": (Fraction(1, 3), D(100)),
        "B": (D("0.5"), D(100)),
        "C": (1, D(100)),
    }
    expected = ref_allocate(Fraction(100), {c: (Fraction(k), Fraction(d)) for c, (k, d) in dealers.items()})
    assert {c: Fraction(v) for c, v in rules.allocate(D(100), dealers).items()} == expected

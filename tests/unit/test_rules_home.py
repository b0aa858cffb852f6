"""The rules have one home (issue #12): ``coop_desk/rules.py`` with the pure modules it re-exports
(``coop_desk/rules_calendar.py``, ``rules_exact.py``, ``rules_scores.py``, ``rules_allocation.py``,
``rules_claims.py``, ``rules_invoices.py``, ``rules_requisites.py``) and ``coop_desk/metrics.py``. Nothing else
defines the claim statuses that count, computes a claim deadline, renders R6's formula or compares a coefficient
with the threshold; and the functions of the home, tested here, give what their former copies gave."""

from __future__ import annotations

import ast
import json
import re
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk import (
    metrics,
    rules,
    rules_allocation,
    rules_calendar,
    rules_claims,
    rules_invoices,
    rules_proofs,
    rules_requisites,
    rules_scores,
)
from models.enums import ClaimStatus
from reports.xlsx.claims.template import _bilingual

ROOT = Path(__file__).resolve().parents[2]
SIBLINGS = (
    "rules_calendar",
    "rules_exact",
    "rules_scores",
    "rules_allocation",
    "rules_claims",
    "rules_invoices",
    "rules_proofs",
    "rules_requisites",
)
HOME = {ROOT / "coop_desk" / "rules.py", ROOT / "coop_desk" / "metrics.py"} | {
    ROOT / "coop_desk" / f"{name}.py" for name in SIBLINGS
}
SOURCES = sorted(
    p
    for package in ("coop_desk", "models", "reports", "ui", "bench", "scripts")
    for p in (ROOT / package).rglob("*.py")
    if p not in HOME and not p.is_relative_to(ROOT / "models" / "migrations")  # a migration is history: frozen
)
SETTINGS = settings(max_examples=200, deadline=None)
D = Decimal

# --------------------------------------------------------------------------- one home (grep over the source)

#: Names only the rules home defines (at any level of a module).
HOME_NAMES = {
    "COUNTED",
    "DROP_FACTOR",
    "USED_PLACES",
    "claim_deadline",
    "filing_deadline",
    "is_late",
    "per_unit",
    "used_share",
    "rate_text",
    "rate_formula",
    "score_figures",
    "ScoreFigures",
}


def _defined(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        found += [f"{path.relative_to(ROOT)}:{node.lineno}: {n}" for n in names if n in HOME_NAMES]
    return found


def test_the_sources_are_scanned() -> None:
    assert len(SOURCES) > 100
    assert ROOT / "coop_desk" / "services" / "quarterly.py" in SOURCES
    assert ROOT / "ui" / "screens" / "dealer_scores.py" in SOURCES


def test_only_the_rules_home_defines_the_rules() -> None:
    assert [hit for p in SOURCES for hit in _defined(p)] == []


#: A deadline computed by hand: a date plus days on a line that speaks of a deadline, a quarter's end plus days,
#: the months of a quarter, or a coefficient compared with the threshold.
HAND_MADE = [
    re.compile(r"timedelta.*deadline|deadline.*timedelta"),
    re.compile(r"quarter_end\([^)]*\)\s*\+"),
    re.compile(r"3 \* quarter|\(\w+\.month - 1\) // 3"),
    re.compile(r"Fraction\([^)]*threshold"),
    re.compile(r"ClaimStatus\.APPROVED, ClaimStatus\.PAID\)|ClaimStatus\.PAID, ClaimStatus\.APPROVED\)"),
    re.compile(r"costed(_amount)? if \S*costed(_amount)? is not None else"),
]


def _hand_made(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        f"{path.relative_to(ROOT)}:{i}: {line.strip()}"
        for i, line in enumerate(lines, 1)
        if any(p.search(line) for p in HAND_MADE)
    ]


def test_no_module_outside_the_home_computes_a_deadline_or_the_counted_statuses() -> None:
    assert [hit for p in SOURCES for hit in _hand_made(p)] == []


def test_the_scanner_finds_hand_made_rules() -> None:
    hits = [
        line
        for line in (
            "deadline=end + dt.timedelta(days=py.claim_deadline_days),",
            "x = rules.quarter_end(year, q) + dt.timedelta(days=days)",
            "start=dt.date(py.year, 3 * quarter - 2, 1),",
            "if figures.k < Fraction(year.threshold):",
            "COUNTED = (ClaimStatus.APPROVED, ClaimStatus.PAID)",
            "cost = costed if costed is not None else a.planned_cost",
        )
        if any(p.search(line) for p in HAND_MADE)
    ]
    assert len(hits) == 6


def test_the_home_re_exports_its_siblings() -> None:
    for sibling in (
        rules_calendar,
        rules_scores,
        rules_allocation,
        rules_claims,
        rules_invoices,
        rules_proofs,
        rules_requisites,
    ):
        for name in sibling.__all__:
            assert getattr(rules, name) is getattr(sibling, name), name
    assert rules.COUNTED == (ClaimStatus.APPROVED, ClaimStatus.PAID)
    assert metrics.COUNTED is rules.COUNTED


# --------------------------------------------------------------------------- quarters and the claim deadline


def test_claim_deadline_worked_examples() -> None:
    assert rules.claim_deadline(2027, 1, 30) == date(2027, 4, 30)
    assert rules.claim_deadline(2027, 4, 30) == date(2028, 1, 30)
    assert rules.claim_deadline(2028, 1, 0) == date(2028, 3, 31)
    assert rules.first_late_day(2027, 1, 30) == date(2027, 5, 1)
    assert [rules.quarter_start(2027, q) for q in (1, 2, 3, 4)] == [
        date(2027, 1, 1),
        date(2027, 4, 1),
        date(2027, 7, 1),
        date(2027, 10, 1),
    ]
    with pytest.raises(ValueError):
        rules.claim_deadline(2027, 1, -1)
    with pytest.raises(ValueError):
        rules.claim_deadline(2027, 5, 30)
    with pytest.raises(TypeError):
        rules.claim_deadline(2027, 1, True)


@SETTINGS
@given(st.integers(2000, 2100), st.integers(1, 4), st.integers(0, 366), st.integers(0, 366))
def test_the_deadline_is_monotonic_in_the_days(year: int, quarter: int, a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert rules.claim_deadline(year, quarter, lo) <= rules.claim_deadline(year, quarter, hi)
    assert rules.claim_deadline(year, quarter, hi) - rules.claim_deadline(year, quarter, lo) == timedelta(hi - lo)
    assert rules.claim_deadline(year, quarter, lo) >= rules.quarter_end(year, quarter)


@SETTINGS
@given(st.integers(2000, 2100), st.integers(1, 4), st.integers(0, 366), st.integers(-400, 800))
def test_late_is_after_the_deadline(year: int, quarter: int, days: int, offset: int) -> None:
    filed = rules.quarter_end(year, quarter) + timedelta(days=offset)
    deadline = rules.claim_deadline(year, quarter, days)
    assert (
        rules.is_late(filed, year, quarter, days)
        == (filed > deadline)
        == (filed >= rules.first_late_day(year, quarter, days))
    )


@SETTINGS
@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)))
def test_a_day_lies_in_its_quarter(day: date) -> None:
    q = rules.quarter_of(day)
    assert rules.quarter_start(day.year, q) <= day <= rules.quarter_end(day.year, q)


# --------------------------------------------------------------------------- R6's formula: one renderer


#: The outputs of the former R6 renderers, recorded before they became one (see the file's "columns").
_BEFORE = json.loads((Path(__file__).with_name("rate_texts_before.json")).read_text(encoding="utf-8"))
GOLDEN = [tuple(row) for row in _BEFORE["rate_texts"]]
UNKNOWN = tuple(_BEFORE["unknown"])
#: The letters' worked examples (reports/pdf/letters.py): the formula and the rate in each language.
EXPLAINED_DOCS = [tuple(row) for row in _BEFORE["letters"]]


@pytest.mark.parametrize(("n", "base", "service", "explained", "workbook", "pdf_ru", "pdf_en"), GOLDEN)
def test_the_rate_text_is_what_each_caller_had(
    n: int, base: str, service: str, explained: str, workbook: str, pdf_ru: str, pdf_en: str
) -> None:
    """The outputs of the three former renderers (rules.rate_formula, services.mockups.rate_text and
    reports.pdf.formatting.rate_text, and the workbook's bilingual cell), recorded before they became one."""
    b = D(base)
    assert rules.rate_formula(n, b) == service
    assert rules.rate_explained(n, b) == explained
    assert _bilingual(rules.rate_explained(n, b)) == workbook
    assert rules.rate_formula(n, b, "ru") == rules.rate_formula(n, b, "ru_RU") == pdf_ru
    assert rules.rate_formula(n, b, "en") == rules.rate_formula(n, b, "en-GB") == pdf_en


@pytest.mark.parametrize(("n", "base", "ru", "en"), EXPLAINED_DOCS)
def test_the_letters_formula_and_rate_are_what_they_were(n: int, base: str, ru: str, en: str) -> None:
    assert (rules.rate_explained(n, D(base), "ru"), rules.rate_explained(n, D(base), "en")) == (ru, en)


def test_an_unknown_count_reads_as_such_in_the_documents() -> None:
    assert (rules.rate_formula(None, D("0.5"), "ru"), rules.rate_formula(None, D("0.5"), "en")) == UNKNOWN
    with pytest.raises(TypeError):
        rules.rate_formula(None, D("0.5"))
    with pytest.raises(ValueError):
        rules.rate_formula(1, D("0.5"), "de")
    with pytest.raises(ValueError):
        rules.rate_formula(-1, D("0.5"))


@SETTINGS
@given(st.integers(0, 9), st.sampled_from(["0.5", "0.4", "1", "0.25"]))
def test_the_rate_text_names_every_brand(n: int, base: str) -> None:
    b = D(base)
    text = rules.rate_formula(n, b)
    assert text.template in ("{percent} % (own brand only)", "{percent} % / {brands} brands")  # type: ignore[attr-defined]
    assert ("own brand only" in text) == (n == 0)
    if n:
        assert f"/ {n + 1} brands" in text
        assert f"/ {n + 1} бренд" in rules.rate_formula(n, b, "ru")
    assert rules.rate_explained(n, b).startswith(text + " = ")
    assert rules.rate_explained(n, b).params["formula"] == text  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- R2, R3, R4


@SETTINGS
@given(
    st.fractions(0, 1),
    st.sampled_from([D("0"), D("0.2"), D("0.35"), D("0.999")]),
)
def test_eligible_is_what_the_cap_says(k: Fraction, threshold: Decimal) -> None:
    assert rules.eligible(k, threshold) == (k >= Fraction(threshold))
    assert rules.eligible(k, threshold) == (rules.dealer_cap(k, D(10000), D(50000), threshold) > 0)


def test_score_figures_say_whether_the_dealer_is_eligible() -> None:
    rows = [(D(1), D(1), 10)]  # k = 1/10
    assert not rules.score_figures(rows, D(10000), D(50000), D("0.2")).eligible
    assert rules.score_figures(rows, D(10000), D(50000), D("0.1")).eligible
    figures = rules.score_figures([(D(5), D(1), 10)], D(10000), D(50000), D("0.2"))
    assert (figures.k, figures.coefficient, figures.cap, figures.eligible) == (Fraction(1, 2), D("0.5"), D(25000), True)


@SETTINGS
@given(
    st.lists(st.decimals(0, 10**9, places=2), max_size=8),
    st.sampled_from([D("0.5"), D("0.4"), D("1"), D("0"), D("0.333")]),
)
def test_the_request_in_cents_is_the_exact_request_rounded_down(costs: list[Decimal], base: Decimal) -> None:
    exact = rules.dealer_request(costs, base)
    cents = rules.request_cents(costs, base)
    assert cents == (base * sum(costs, D(0))).quantize(D("0.01"), ROUND_DOWN)
    assert cents <= exact < cents + D("0.01")


@SETTINGS
@given(st.decimals(0, 10**8, places=2), st.sampled_from([D("0.5"), D("0.4"), D("0.3"), D("1")]))
def test_the_activity_volume_covers_the_allocation(allocated: Decimal, base: Decimal) -> None:
    volume = rules.activity_volume(allocated, base)
    assert volume * base >= allocated > (volume - D("0.01")) * base or allocated == 0
    assert rules.dealer_minimum(allocated) == allocated  # R3: the dealer invests at least as much


def test_r4_counts_the_agency_cost_where_it_gave_one() -> None:
    assert rules.counted_cost(D("1000.00"), D("900.00")) == D("900.00")
    assert rules.counted_cost(D("1000.00"), D(0)) == D(0)  # the agency said it costs nothing
    assert rules.counted_cost(D("1000.00"), None) == D("1000.00")


def test_r3_worked_examples() -> None:
    assert rules.activity_volume(D("10000.00"), D("0.5")) == D("20000.00")
    assert rules.activity_volume(D("100.00"), D("0.3")) == D("333.34")
    assert rules.activity_volume(D("100.00"), D(0)) == D("0.00")


# --------------------------------------------------------------------------- efficiency metrics


def test_metrics_worked_examples() -> None:
    assert metrics.per_unit(D("100.00"), 3) == D("33.33")
    assert metrics.per_unit(D("100.00"), 0) is None
    assert metrics.used_share(D("8734.00"), D("10000.00")) == D("0.8734")
    assert metrics.used_share(D("1.00"), D(0)) is None
    assert metrics.drop_limit(D("12.345")) == D("24.69")
    assert metrics.drop_reason(0, None, None) == "no_sales"
    assert metrics.drop_reason(3, D("30.00"), D("24.69")) == "too_expensive"
    assert metrics.drop_reason(3, D("20.00"), D("24.69")) is None
    assert metrics.drop_reason(3, D("30.00"), None) is None


@SETTINGS
@given(st.decimals(0, 10**8, places=2), st.integers(1, 10**6))
def test_per_unit_is_within_half_a_cent(cost: Decimal, units: int) -> None:
    value = metrics.per_unit(cost, units)
    assert value is not None
    assert abs(Fraction(value) - Fraction(cost) / units) <= Fraction(1, 200)

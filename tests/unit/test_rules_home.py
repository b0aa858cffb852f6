# ruff: noqa: E501 (the recorded outputs are one line each)
"""The rules have one home (issue #12): ``coop_desk/rules.py`` with the pure modules it re-exports
(``coop_desk/rules_calendar.py``) and ``coop_desk/metrics.py``. Nothing else defines the claim statuses that
count, computes a claim deadline, renders R6's formula or compares a coefficient with the threshold; and the
functions of the home, tested here, give what their former copies gave."""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk import metrics, rules, rules_calendar
from models.enums import ClaimStatus
from reports.xlsx.claims.template import _bilingual

ROOT = Path(__file__).resolve().parents[2]
HOME = {ROOT / "coop_desk" / "rules.py", ROOT / "coop_desk" / "rules_calendar.py", ROOT / "coop_desk" / "metrics.py"}
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
        )
        if any(p.search(line) for p in HAND_MADE)
    ]
    assert len(hits) == 5


def test_the_home_re_exports_its_siblings() -> None:
    for name in rules_calendar.__all__:
        assert getattr(rules, name) is getattr(rules_calendar, name), name
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


GOLDEN = [
    (
        0,
        "0.5",
        "50 % (own brand only)",
        "50 % (own brand only) = 50 %",
        "50 % (только наш бренд) = 50 %\n50 % (own brand only) = 50 %",
        "50\xa0% (только свой бренд)",
        "50\xa0% (own brand only)",
    ),
    (
        1,
        "0.5",
        "50 % / 2 brands",
        "50 % / 2 brands = 25 %",
        "50 % / 2 бренд(а/ов) = 25 %\n50 % / 2 brands = 25 %",
        "50\xa0% / 2 бренда",
        "50\xa0% / 2 brands",
    ),
    (
        2,
        "0.5",
        "50 % / 3 brands",
        "50 % / 3 brands = 16.67 %",
        "50 % / 3 бренд(а/ов) = 16.67 %\n50 % / 3 brands = 16.67 %",
        "50\xa0% / 3 бренда",
        "50\xa0% / 3 brands",
    ),
    (
        3,
        "0.5",
        "50 % / 4 brands",
        "50 % / 4 brands = 12.5 %",
        "50 % / 4 бренд(а/ов) = 12.5 %\n50 % / 4 brands = 12.5 %",
        "50\xa0% / 4 бренда",
        "50\xa0% / 4 brands",
    ),
    (
        4,
        "0.5",
        "50 % / 5 brands",
        "50 % / 5 brands = 10 %",
        "50 % / 5 бренд(а/ов) = 10 %\n50 % / 5 brands = 10 %",
        "50\xa0% / 5 брендов",
        "50\xa0% / 5 brands",
    ),
    (
        5,
        "0.5",
        "50 % / 6 brands",
        "50 % / 6 brands = 8.33 %",
        "50 % / 6 бренд(а/ов) = 8.33 %\n50 % / 6 brands = 8.33 %",
        "50\xa0% / 6 брендов",
        "50\xa0% / 6 brands",
    ),
    (
        6,
        "0.5",
        "50 % / 7 brands",
        "50 % / 7 brands = 7.14 %",
        "50 % / 7 бренд(а/ов) = 7.14 %\n50 % / 7 brands = 7.14 %",
        "50\xa0% / 7 брендов",
        "50\xa0% / 7 brands",
    ),
    (
        7,
        "0.5",
        "50 % / 8 brands",
        "50 % / 8 brands = 6.25 %",
        "50 % / 8 бренд(а/ов) = 6.25 %\n50 % / 8 brands = 6.25 %",
        "50\xa0% / 8 брендов",
        "50\xa0% / 8 brands",
    ),
    (
        8,
        "0.5",
        "50 % / 9 brands",
        "50 % / 9 brands = 5.56 %",
        "50 % / 9 бренд(а/ов) = 5.56 %\n50 % / 9 brands = 5.56 %",
        "50\xa0% / 9 брендов",
        "50\xa0% / 9 brands",
    ),
    (
        9,
        "0.5",
        "50 % / 10 brands",
        "50 % / 10 brands = 5 %",
        "50 % / 10 бренд(а/ов) = 5 %\n50 % / 10 brands = 5 %",
        "50\xa0% / 10 брендов",
        "50\xa0% / 10 brands",
    ),
    (
        11,
        "0.5",
        "50 % / 12 brands",
        "50 % / 12 brands = 4.17 %",
        "50 % / 12 бренд(а/ов) = 4.17 %\n50 % / 12 brands = 4.17 %",
        "50\xa0% / 12 брендов",
        "50\xa0% / 12 brands",
    ),
    (
        12,
        "0.5",
        "50 % / 13 brands",
        "50 % / 13 brands = 3.85 %",
        "50 % / 13 бренд(а/ов) = 3.85 %\n50 % / 13 brands = 3.85 %",
        "50\xa0% / 13 брендов",
        "50\xa0% / 13 brands",
    ),
    (
        14,
        "0.5",
        "50 % / 15 brands",
        "50 % / 15 brands = 3.33 %",
        "50 % / 15 бренд(а/ов) = 3.33 %\n50 % / 15 brands = 3.33 %",
        "50\xa0% / 15 брендов",
        "50\xa0% / 15 brands",
    ),
    (
        20,
        "0.5",
        "50 % / 21 brands",
        "50 % / 21 brands = 2.38 %",
        "50 % / 21 бренд(а/ов) = 2.38 %\n50 % / 21 brands = 2.38 %",
        "50\xa0% / 21 бренд",
        "50\xa0% / 21 brands",
    ),
    (
        21,
        "0.5",
        "50 % / 22 brands",
        "50 % / 22 brands = 2.27 %",
        "50 % / 22 бренд(а/ов) = 2.27 %\n50 % / 22 brands = 2.27 %",
        "50\xa0% / 22 бренда",
        "50\xa0% / 22 brands",
    ),
    (
        22,
        "0.5",
        "50 % / 23 brands",
        "50 % / 23 brands = 2.17 %",
        "50 % / 23 бренд(а/ов) = 2.17 %\n50 % / 23 brands = 2.17 %",
        "50\xa0% / 23 бренда",
        "50\xa0% / 23 brands",
    ),
    (
        25,
        "0.5",
        "50 % / 26 brands",
        "50 % / 26 brands = 1.92 %",
        "50 % / 26 бренд(а/ов) = 1.92 %\n50 % / 26 brands = 1.92 %",
        "50\xa0% / 26 брендов",
        "50\xa0% / 26 brands",
    ),
    (
        100,
        "0.5",
        "50 % / 101 brands",
        "50 % / 101 brands = 0.5 %",
        "50 % / 101 бренд(а/ов) = 0.5 %\n50 % / 101 brands = 0.5 %",
        "50\xa0% / 101 бренд",
        "50\xa0% / 101 brands",
    ),
    (
        101,
        "0.5",
        "50 % / 102 brands",
        "50 % / 102 brands = 0.49 %",
        "50 % / 102 бренд(а/ов) = 0.49 %\n50 % / 102 brands = 0.49 %",
        "50\xa0% / 102 бренда",
        "50\xa0% / 102 brands",
    ),
    (
        111,
        "0.5",
        "50 % / 112 brands",
        "50 % / 112 brands = 0.45 %",
        "50 % / 112 бренд(а/ов) = 0.45 %\n50 % / 112 brands = 0.45 %",
        "50\xa0% / 112 брендов",
        "50\xa0% / 112 brands",
    ),
    (
        112,
        "0.5",
        "50 % / 113 brands",
        "50 % / 113 brands = 0.44 %",
        "50 % / 113 бренд(а/ов) = 0.44 %\n50 % / 113 brands = 0.44 %",
        "50\xa0% / 113 брендов",
        "50\xa0% / 113 brands",
    ),
    (
        0,
        "0.4",
        "40 % (own brand only)",
        "40 % (own brand only) = 40 %",
        "40 % (только наш бренд) = 40 %\n40 % (own brand only) = 40 %",
        "40\xa0% (только свой бренд)",
        "40\xa0% (own brand only)",
    ),
    (
        1,
        "0.4",
        "40 % / 2 brands",
        "40 % / 2 brands = 20 %",
        "40 % / 2 бренд(а/ов) = 20 %\n40 % / 2 brands = 20 %",
        "40\xa0% / 2 бренда",
        "40\xa0% / 2 brands",
    ),
    (
        2,
        "0.4",
        "40 % / 3 brands",
        "40 % / 3 brands = 13.33 %",
        "40 % / 3 бренд(а/ов) = 13.33 %\n40 % / 3 brands = 13.33 %",
        "40\xa0% / 3 бренда",
        "40\xa0% / 3 brands",
    ),
    (
        3,
        "0.4",
        "40 % / 4 brands",
        "40 % / 4 brands = 10 %",
        "40 % / 4 бренд(а/ов) = 10 %\n40 % / 4 brands = 10 %",
        "40\xa0% / 4 бренда",
        "40\xa0% / 4 brands",
    ),
    (
        4,
        "0.4",
        "40 % / 5 brands",
        "40 % / 5 brands = 8 %",
        "40 % / 5 бренд(а/ов) = 8 %\n40 % / 5 brands = 8 %",
        "40\xa0% / 5 брендов",
        "40\xa0% / 5 brands",
    ),
    (
        5,
        "0.4",
        "40 % / 6 brands",
        "40 % / 6 brands = 6.67 %",
        "40 % / 6 бренд(а/ов) = 6.67 %\n40 % / 6 brands = 6.67 %",
        "40\xa0% / 6 брендов",
        "40\xa0% / 6 brands",
    ),
    (
        6,
        "0.4",
        "40 % / 7 brands",
        "40 % / 7 brands = 5.71 %",
        "40 % / 7 бренд(а/ов) = 5.71 %\n40 % / 7 brands = 5.71 %",
        "40\xa0% / 7 брендов",
        "40\xa0% / 7 brands",
    ),
    (
        7,
        "0.4",
        "40 % / 8 brands",
        "40 % / 8 brands = 5 %",
        "40 % / 8 бренд(а/ов) = 5 %\n40 % / 8 brands = 5 %",
        "40\xa0% / 8 брендов",
        "40\xa0% / 8 brands",
    ),
    (
        8,
        "0.4",
        "40 % / 9 brands",
        "40 % / 9 brands = 4.44 %",
        "40 % / 9 бренд(а/ов) = 4.44 %\n40 % / 9 brands = 4.44 %",
        "40\xa0% / 9 брендов",
        "40\xa0% / 9 brands",
    ),
    (
        9,
        "0.4",
        "40 % / 10 brands",
        "40 % / 10 brands = 4 %",
        "40 % / 10 бренд(а/ов) = 4 %\n40 % / 10 brands = 4 %",
        "40\xa0% / 10 брендов",
        "40\xa0% / 10 brands",
    ),
    (
        11,
        "0.4",
        "40 % / 12 brands",
        "40 % / 12 brands = 3.33 %",
        "40 % / 12 бренд(а/ов) = 3.33 %\n40 % / 12 brands = 3.33 %",
        "40\xa0% / 12 брендов",
        "40\xa0% / 12 brands",
    ),
    (
        12,
        "0.4",
        "40 % / 13 brands",
        "40 % / 13 brands = 3.08 %",
        "40 % / 13 бренд(а/ов) = 3.08 %\n40 % / 13 brands = 3.08 %",
        "40\xa0% / 13 брендов",
        "40\xa0% / 13 brands",
    ),
    (
        14,
        "0.4",
        "40 % / 15 brands",
        "40 % / 15 brands = 2.67 %",
        "40 % / 15 бренд(а/ов) = 2.67 %\n40 % / 15 brands = 2.67 %",
        "40\xa0% / 15 брендов",
        "40\xa0% / 15 brands",
    ),
    (
        20,
        "0.4",
        "40 % / 21 brands",
        "40 % / 21 brands = 1.9 %",
        "40 % / 21 бренд(а/ов) = 1.9 %\n40 % / 21 brands = 1.9 %",
        "40\xa0% / 21 бренд",
        "40\xa0% / 21 brands",
    ),
    (
        21,
        "0.4",
        "40 % / 22 brands",
        "40 % / 22 brands = 1.82 %",
        "40 % / 22 бренд(а/ов) = 1.82 %\n40 % / 22 brands = 1.82 %",
        "40\xa0% / 22 бренда",
        "40\xa0% / 22 brands",
    ),
    (
        22,
        "0.4",
        "40 % / 23 brands",
        "40 % / 23 brands = 1.74 %",
        "40 % / 23 бренд(а/ов) = 1.74 %\n40 % / 23 brands = 1.74 %",
        "40\xa0% / 23 бренда",
        "40\xa0% / 23 brands",
    ),
    (
        25,
        "0.4",
        "40 % / 26 brands",
        "40 % / 26 brands = 1.54 %",
        "40 % / 26 бренд(а/ов) = 1.54 %\n40 % / 26 brands = 1.54 %",
        "40\xa0% / 26 брендов",
        "40\xa0% / 26 brands",
    ),
    (
        100,
        "0.4",
        "40 % / 101 brands",
        "40 % / 101 brands = 0.4 %",
        "40 % / 101 бренд(а/ов) = 0.4 %\n40 % / 101 brands = 0.4 %",
        "40\xa0% / 101 бренд",
        "40\xa0% / 101 brands",
    ),
    (
        101,
        "0.4",
        "40 % / 102 brands",
        "40 % / 102 brands = 0.39 %",
        "40 % / 102 бренд(а/ов) = 0.39 %\n40 % / 102 brands = 0.39 %",
        "40\xa0% / 102 бренда",
        "40\xa0% / 102 brands",
    ),
    (
        111,
        "0.4",
        "40 % / 112 brands",
        "40 % / 112 brands = 0.36 %",
        "40 % / 112 бренд(а/ов) = 0.36 %\n40 % / 112 brands = 0.36 %",
        "40\xa0% / 112 брендов",
        "40\xa0% / 112 brands",
    ),
    (
        112,
        "0.4",
        "40 % / 113 brands",
        "40 % / 113 brands = 0.35 %",
        "40 % / 113 бренд(а/ов) = 0.35 %\n40 % / 113 brands = 0.35 %",
        "40\xa0% / 113 брендов",
        "40\xa0% / 113 brands",
    ),
    (
        0,
        "0.35",
        "35 % (own brand only)",
        "35 % (own brand only) = 35 %",
        "35 % (только наш бренд) = 35 %\n35 % (own brand only) = 35 %",
        "35\xa0% (только свой бренд)",
        "35\xa0% (own brand only)",
    ),
    (
        1,
        "0.35",
        "35 % / 2 brands",
        "35 % / 2 brands = 17.5 %",
        "35 % / 2 бренд(а/ов) = 17.5 %\n35 % / 2 brands = 17.5 %",
        "35\xa0% / 2 бренда",
        "35\xa0% / 2 brands",
    ),
    (
        2,
        "0.35",
        "35 % / 3 brands",
        "35 % / 3 brands = 11.67 %",
        "35 % / 3 бренд(а/ов) = 11.67 %\n35 % / 3 brands = 11.67 %",
        "35\xa0% / 3 бренда",
        "35\xa0% / 3 brands",
    ),
    (
        3,
        "0.35",
        "35 % / 4 brands",
        "35 % / 4 brands = 8.75 %",
        "35 % / 4 бренд(а/ов) = 8.75 %\n35 % / 4 brands = 8.75 %",
        "35\xa0% / 4 бренда",
        "35\xa0% / 4 brands",
    ),
    (
        4,
        "0.35",
        "35 % / 5 brands",
        "35 % / 5 brands = 7 %",
        "35 % / 5 бренд(а/ов) = 7 %\n35 % / 5 brands = 7 %",
        "35\xa0% / 5 брендов",
        "35\xa0% / 5 brands",
    ),
    (
        5,
        "0.35",
        "35 % / 6 brands",
        "35 % / 6 brands = 5.83 %",
        "35 % / 6 бренд(а/ов) = 5.83 %\n35 % / 6 brands = 5.83 %",
        "35\xa0% / 6 брендов",
        "35\xa0% / 6 brands",
    ),
    (
        6,
        "0.35",
        "35 % / 7 brands",
        "35 % / 7 brands = 5 %",
        "35 % / 7 бренд(а/ов) = 5 %\n35 % / 7 brands = 5 %",
        "35\xa0% / 7 брендов",
        "35\xa0% / 7 brands",
    ),
    (
        7,
        "0.35",
        "35 % / 8 brands",
        "35 % / 8 brands = 4.38 %",
        "35 % / 8 бренд(а/ов) = 4.38 %\n35 % / 8 brands = 4.38 %",
        "35\xa0% / 8 брендов",
        "35\xa0% / 8 brands",
    ),
    (
        8,
        "0.35",
        "35 % / 9 brands",
        "35 % / 9 brands = 3.89 %",
        "35 % / 9 бренд(а/ов) = 3.89 %\n35 % / 9 brands = 3.89 %",
        "35\xa0% / 9 брендов",
        "35\xa0% / 9 brands",
    ),
    (
        9,
        "0.35",
        "35 % / 10 brands",
        "35 % / 10 brands = 3.5 %",
        "35 % / 10 бренд(а/ов) = 3.5 %\n35 % / 10 brands = 3.5 %",
        "35\xa0% / 10 брендов",
        "35\xa0% / 10 brands",
    ),
    (
        11,
        "0.35",
        "35 % / 12 brands",
        "35 % / 12 brands = 2.92 %",
        "35 % / 12 бренд(а/ов) = 2.92 %\n35 % / 12 brands = 2.92 %",
        "35\xa0% / 12 брендов",
        "35\xa0% / 12 brands",
    ),
    (
        12,
        "0.35",
        "35 % / 13 brands",
        "35 % / 13 brands = 2.69 %",
        "35 % / 13 бренд(а/ов) = 2.69 %\n35 % / 13 brands = 2.69 %",
        "35\xa0% / 13 брендов",
        "35\xa0% / 13 brands",
    ),
    (
        14,
        "0.35",
        "35 % / 15 brands",
        "35 % / 15 brands = 2.33 %",
        "35 % / 15 бренд(а/ов) = 2.33 %\n35 % / 15 brands = 2.33 %",
        "35\xa0% / 15 брендов",
        "35\xa0% / 15 brands",
    ),
    (
        20,
        "0.35",
        "35 % / 21 brands",
        "35 % / 21 brands = 1.67 %",
        "35 % / 21 бренд(а/ов) = 1.67 %\n35 % / 21 brands = 1.67 %",
        "35\xa0% / 21 бренд",
        "35\xa0% / 21 brands",
    ),
    (
        21,
        "0.35",
        "35 % / 22 brands",
        "35 % / 22 brands = 1.59 %",
        "35 % / 22 бренд(а/ов) = 1.59 %\n35 % / 22 brands = 1.59 %",
        "35\xa0% / 22 бренда",
        "35\xa0% / 22 brands",
    ),
    (
        22,
        "0.35",
        "35 % / 23 brands",
        "35 % / 23 brands = 1.52 %",
        "35 % / 23 бренд(а/ов) = 1.52 %\n35 % / 23 brands = 1.52 %",
        "35\xa0% / 23 бренда",
        "35\xa0% / 23 brands",
    ),
    (
        25,
        "0.35",
        "35 % / 26 brands",
        "35 % / 26 brands = 1.35 %",
        "35 % / 26 бренд(а/ов) = 1.35 %\n35 % / 26 brands = 1.35 %",
        "35\xa0% / 26 брендов",
        "35\xa0% / 26 brands",
    ),
    (
        100,
        "0.35",
        "35 % / 101 brands",
        "35 % / 101 brands = 0.35 %",
        "35 % / 101 бренд(а/ов) = 0.35 %\n35 % / 101 brands = 0.35 %",
        "35\xa0% / 101 бренд",
        "35\xa0% / 101 brands",
    ),
    (
        101,
        "0.35",
        "35 % / 102 brands",
        "35 % / 102 brands = 0.34 %",
        "35 % / 102 бренд(а/ов) = 0.34 %\n35 % / 102 brands = 0.34 %",
        "35\xa0% / 102 бренда",
        "35\xa0% / 102 brands",
    ),
    (
        111,
        "0.35",
        "35 % / 112 brands",
        "35 % / 112 brands = 0.31 %",
        "35 % / 112 бренд(а/ов) = 0.31 %\n35 % / 112 brands = 0.31 %",
        "35\xa0% / 112 брендов",
        "35\xa0% / 112 brands",
    ),
    (
        112,
        "0.35",
        "35 % / 113 brands",
        "35 % / 113 brands = 0.31 %",
        "35 % / 113 бренд(а/ов) = 0.31 %\n35 % / 113 brands = 0.31 %",
        "35\xa0% / 113 брендов",
        "35\xa0% / 113 brands",
    ),
    (
        0,
        "1",
        "100 % (own brand only)",
        "100 % (own brand only) = 100 %",
        "100 % (только наш бренд) = 100 %\n100 % (own brand only) = 100 %",
        "100\xa0% (только свой бренд)",
        "100\xa0% (own brand only)",
    ),
    (
        1,
        "1",
        "100 % / 2 brands",
        "100 % / 2 brands = 50 %",
        "100 % / 2 бренд(а/ов) = 50 %\n100 % / 2 brands = 50 %",
        "100\xa0% / 2 бренда",
        "100\xa0% / 2 brands",
    ),
    (
        2,
        "1",
        "100 % / 3 brands",
        "100 % / 3 brands = 33.33 %",
        "100 % / 3 бренд(а/ов) = 33.33 %\n100 % / 3 brands = 33.33 %",
        "100\xa0% / 3 бренда",
        "100\xa0% / 3 brands",
    ),
    (
        3,
        "1",
        "100 % / 4 brands",
        "100 % / 4 brands = 25 %",
        "100 % / 4 бренд(а/ов) = 25 %\n100 % / 4 brands = 25 %",
        "100\xa0% / 4 бренда",
        "100\xa0% / 4 brands",
    ),
    (
        4,
        "1",
        "100 % / 5 brands",
        "100 % / 5 brands = 20 %",
        "100 % / 5 бренд(а/ов) = 20 %\n100 % / 5 brands = 20 %",
        "100\xa0% / 5 брендов",
        "100\xa0% / 5 brands",
    ),
    (
        5,
        "1",
        "100 % / 6 brands",
        "100 % / 6 brands = 16.67 %",
        "100 % / 6 бренд(а/ов) = 16.67 %\n100 % / 6 brands = 16.67 %",
        "100\xa0% / 6 брендов",
        "100\xa0% / 6 brands",
    ),
    (
        6,
        "1",
        "100 % / 7 brands",
        "100 % / 7 brands = 14.29 %",
        "100 % / 7 бренд(а/ов) = 14.29 %\n100 % / 7 brands = 14.29 %",
        "100\xa0% / 7 брендов",
        "100\xa0% / 7 brands",
    ),
    (
        7,
        "1",
        "100 % / 8 brands",
        "100 % / 8 brands = 12.5 %",
        "100 % / 8 бренд(а/ов) = 12.5 %\n100 % / 8 brands = 12.5 %",
        "100\xa0% / 8 брендов",
        "100\xa0% / 8 brands",
    ),
    (
        8,
        "1",
        "100 % / 9 brands",
        "100 % / 9 brands = 11.11 %",
        "100 % / 9 бренд(а/ов) = 11.11 %\n100 % / 9 brands = 11.11 %",
        "100\xa0% / 9 брендов",
        "100\xa0% / 9 brands",
    ),
    (
        9,
        "1",
        "100 % / 10 brands",
        "100 % / 10 brands = 10 %",
        "100 % / 10 бренд(а/ов) = 10 %\n100 % / 10 brands = 10 %",
        "100\xa0% / 10 брендов",
        "100\xa0% / 10 brands",
    ),
    (
        11,
        "1",
        "100 % / 12 brands",
        "100 % / 12 brands = 8.33 %",
        "100 % / 12 бренд(а/ов) = 8.33 %\n100 % / 12 brands = 8.33 %",
        "100\xa0% / 12 брендов",
        "100\xa0% / 12 brands",
    ),
    (
        12,
        "1",
        "100 % / 13 brands",
        "100 % / 13 brands = 7.69 %",
        "100 % / 13 бренд(а/ов) = 7.69 %\n100 % / 13 brands = 7.69 %",
        "100\xa0% / 13 брендов",
        "100\xa0% / 13 brands",
    ),
    (
        14,
        "1",
        "100 % / 15 brands",
        "100 % / 15 brands = 6.67 %",
        "100 % / 15 бренд(а/ов) = 6.67 %\n100 % / 15 brands = 6.67 %",
        "100\xa0% / 15 брендов",
        "100\xa0% / 15 brands",
    ),
    (
        20,
        "1",
        "100 % / 21 brands",
        "100 % / 21 brands = 4.76 %",
        "100 % / 21 бренд(а/ов) = 4.76 %\n100 % / 21 brands = 4.76 %",
        "100\xa0% / 21 бренд",
        "100\xa0% / 21 brands",
    ),
    (
        21,
        "1",
        "100 % / 22 brands",
        "100 % / 22 brands = 4.55 %",
        "100 % / 22 бренд(а/ов) = 4.55 %\n100 % / 22 brands = 4.55 %",
        "100\xa0% / 22 бренда",
        "100\xa0% / 22 brands",
    ),
    (
        22,
        "1",
        "100 % / 23 brands",
        "100 % / 23 brands = 4.35 %",
        "100 % / 23 бренд(а/ов) = 4.35 %\n100 % / 23 brands = 4.35 %",
        "100\xa0% / 23 бренда",
        "100\xa0% / 23 brands",
    ),
    (
        25,
        "1",
        "100 % / 26 brands",
        "100 % / 26 brands = 3.85 %",
        "100 % / 26 бренд(а/ов) = 3.85 %\n100 % / 26 brands = 3.85 %",
        "100\xa0% / 26 брендов",
        "100\xa0% / 26 brands",
    ),
    (
        100,
        "1",
        "100 % / 101 brands",
        "100 % / 101 brands = 0.99 %",
        "100 % / 101 бренд(а/ов) = 0.99 %\n100 % / 101 brands = 0.99 %",
        "100\xa0% / 101 бренд",
        "100\xa0% / 101 brands",
    ),
    (
        101,
        "1",
        "100 % / 102 brands",
        "100 % / 102 brands = 0.98 %",
        "100 % / 102 бренд(а/ов) = 0.98 %\n100 % / 102 brands = 0.98 %",
        "100\xa0% / 102 бренда",
        "100\xa0% / 102 brands",
    ),
    (
        111,
        "1",
        "100 % / 112 brands",
        "100 % / 112 brands = 0.89 %",
        "100 % / 112 бренд(а/ов) = 0.89 %\n100 % / 112 brands = 0.89 %",
        "100\xa0% / 112 брендов",
        "100\xa0% / 112 brands",
    ),
    (
        112,
        "1",
        "100 % / 113 brands",
        "100 % / 113 brands = 0.88 %",
        "100 % / 113 бренд(а/ов) = 0.88 %\n100 % / 113 brands = 0.88 %",
        "100\xa0% / 113 брендов",
        "100\xa0% / 113 brands",
    ),
    (
        0,
        "0.125",
        "12.5 % (own brand only)",
        "12.5 % (own brand only) = 12.5 %",
        "12.5 % (только наш бренд) = 12.5 %\n12.5 % (own brand only) = 12.5 %",
        "12,5\xa0% (только свой бренд)",
        "12.5\xa0% (own brand only)",
    ),
    (
        1,
        "0.125",
        "12.5 % / 2 brands",
        "12.5 % / 2 brands = 6.25 %",
        "12.5 % / 2 бренд(а/ов) = 6.25 %\n12.5 % / 2 brands = 6.25 %",
        "12,5\xa0% / 2 бренда",
        "12.5\xa0% / 2 brands",
    ),
    (
        2,
        "0.125",
        "12.5 % / 3 brands",
        "12.5 % / 3 brands = 4.17 %",
        "12.5 % / 3 бренд(а/ов) = 4.17 %\n12.5 % / 3 brands = 4.17 %",
        "12,5\xa0% / 3 бренда",
        "12.5\xa0% / 3 brands",
    ),
    (
        3,
        "0.125",
        "12.5 % / 4 brands",
        "12.5 % / 4 brands = 3.13 %",
        "12.5 % / 4 бренд(а/ов) = 3.13 %\n12.5 % / 4 brands = 3.13 %",
        "12,5\xa0% / 4 бренда",
        "12.5\xa0% / 4 brands",
    ),
    (
        4,
        "0.125",
        "12.5 % / 5 brands",
        "12.5 % / 5 brands = 2.5 %",
        "12.5 % / 5 бренд(а/ов) = 2.5 %\n12.5 % / 5 brands = 2.5 %",
        "12,5\xa0% / 5 брендов",
        "12.5\xa0% / 5 brands",
    ),
    (
        5,
        "0.125",
        "12.5 % / 6 brands",
        "12.5 % / 6 brands = 2.08 %",
        "12.5 % / 6 бренд(а/ов) = 2.08 %\n12.5 % / 6 brands = 2.08 %",
        "12,5\xa0% / 6 брендов",
        "12.5\xa0% / 6 brands",
    ),
    (
        6,
        "0.125",
        "12.5 % / 7 brands",
        "12.5 % / 7 brands = 1.79 %",
        "12.5 % / 7 бренд(а/ов) = 1.79 %\n12.5 % / 7 brands = 1.79 %",
        "12,5\xa0% / 7 брендов",
        "12.5\xa0% / 7 brands",
    ),
    (
        7,
        "0.125",
        "12.5 % / 8 brands",
        "12.5 % / 8 brands = 1.56 %",
        "12.5 % / 8 бренд(а/ов) = 1.56 %\n12.5 % / 8 brands = 1.56 %",
        "12,5\xa0% / 8 брендов",
        "12.5\xa0% / 8 brands",
    ),
    (
        8,
        "0.125",
        "12.5 % / 9 brands",
        "12.5 % / 9 brands = 1.39 %",
        "12.5 % / 9 бренд(а/ов) = 1.39 %\n12.5 % / 9 brands = 1.39 %",
        "12,5\xa0% / 9 брендов",
        "12.5\xa0% / 9 brands",
    ),
    (
        9,
        "0.125",
        "12.5 % / 10 brands",
        "12.5 % / 10 brands = 1.25 %",
        "12.5 % / 10 бренд(а/ов) = 1.25 %\n12.5 % / 10 brands = 1.25 %",
        "12,5\xa0% / 10 брендов",
        "12.5\xa0% / 10 brands",
    ),
    (
        11,
        "0.125",
        "12.5 % / 12 brands",
        "12.5 % / 12 brands = 1.04 %",
        "12.5 % / 12 бренд(а/ов) = 1.04 %\n12.5 % / 12 brands = 1.04 %",
        "12,5\xa0% / 12 брендов",
        "12.5\xa0% / 12 brands",
    ),
    (
        12,
        "0.125",
        "12.5 % / 13 brands",
        "12.5 % / 13 brands = 0.96 %",
        "12.5 % / 13 бренд(а/ов) = 0.96 %\n12.5 % / 13 brands = 0.96 %",
        "12,5\xa0% / 13 брендов",
        "12.5\xa0% / 13 brands",
    ),
    (
        14,
        "0.125",
        "12.5 % / 15 brands",
        "12.5 % / 15 brands = 0.83 %",
        "12.5 % / 15 бренд(а/ов) = 0.83 %\n12.5 % / 15 brands = 0.83 %",
        "12,5\xa0% / 15 брендов",
        "12.5\xa0% / 15 brands",
    ),
    (
        20,
        "0.125",
        "12.5 % / 21 brands",
        "12.5 % / 21 brands = 0.6 %",
        "12.5 % / 21 бренд(а/ов) = 0.6 %\n12.5 % / 21 brands = 0.6 %",
        "12,5\xa0% / 21 бренд",
        "12.5\xa0% / 21 brands",
    ),
    (
        21,
        "0.125",
        "12.5 % / 22 brands",
        "12.5 % / 22 brands = 0.57 %",
        "12.5 % / 22 бренд(а/ов) = 0.57 %\n12.5 % / 22 brands = 0.57 %",
        "12,5\xa0% / 22 бренда",
        "12.5\xa0% / 22 brands",
    ),
    (
        22,
        "0.125",
        "12.5 % / 23 brands",
        "12.5 % / 23 brands = 0.54 %",
        "12.5 % / 23 бренд(а/ов) = 0.54 %\n12.5 % / 23 brands = 0.54 %",
        "12,5\xa0% / 23 бренда",
        "12.5\xa0% / 23 brands",
    ),
    (
        25,
        "0.125",
        "12.5 % / 26 brands",
        "12.5 % / 26 brands = 0.48 %",
        "12.5 % / 26 бренд(а/ов) = 0.48 %\n12.5 % / 26 brands = 0.48 %",
        "12,5\xa0% / 26 брендов",
        "12.5\xa0% / 26 brands",
    ),
    (
        100,
        "0.125",
        "12.5 % / 101 brands",
        "12.5 % / 101 brands = 0.12 %",
        "12.5 % / 101 бренд(а/ов) = 0.12 %\n12.5 % / 101 brands = 0.12 %",
        "12,5\xa0% / 101 бренд",
        "12.5\xa0% / 101 brands",
    ),
    (
        101,
        "0.125",
        "12.5 % / 102 brands",
        "12.5 % / 102 brands = 0.12 %",
        "12.5 % / 102 бренд(а/ов) = 0.12 %\n12.5 % / 102 brands = 0.12 %",
        "12,5\xa0% / 102 бренда",
        "12.5\xa0% / 102 brands",
    ),
    (
        111,
        "0.125",
        "12.5 % / 112 brands",
        "12.5 % / 112 brands = 0.11 %",
        "12.5 % / 112 бренд(а/ов) = 0.11 %\n12.5 % / 112 brands = 0.11 %",
        "12,5\xa0% / 112 брендов",
        "12.5\xa0% / 112 brands",
    ),
    (
        112,
        "0.125",
        "12.5 % / 113 brands",
        "12.5 % / 113 brands = 0.11 %",
        "12.5 % / 113 бренд(а/ов) = 0.11 %\n12.5 % / 113 brands = 0.11 %",
        "12,5\xa0% / 113 брендов",
        "12.5\xa0% / 113 brands",
    ),
    (
        0,
        "0",
        "0 % (own brand only)",
        "0 % (own brand only) = 0 %",
        "0 % (только наш бренд) = 0 %\n0 % (own brand only) = 0 %",
        "0\xa0% (только свой бренд)",
        "0\xa0% (own brand only)",
    ),
    (
        1,
        "0",
        "0 % / 2 brands",
        "0 % / 2 brands = 0 %",
        "0 % / 2 бренд(а/ов) = 0 %\n0 % / 2 brands = 0 %",
        "0\xa0% / 2 бренда",
        "0\xa0% / 2 brands",
    ),
    (
        2,
        "0",
        "0 % / 3 brands",
        "0 % / 3 brands = 0 %",
        "0 % / 3 бренд(а/ов) = 0 %\n0 % / 3 brands = 0 %",
        "0\xa0% / 3 бренда",
        "0\xa0% / 3 brands",
    ),
    (
        3,
        "0",
        "0 % / 4 brands",
        "0 % / 4 brands = 0 %",
        "0 % / 4 бренд(а/ов) = 0 %\n0 % / 4 brands = 0 %",
        "0\xa0% / 4 бренда",
        "0\xa0% / 4 brands",
    ),
    (
        4,
        "0",
        "0 % / 5 brands",
        "0 % / 5 brands = 0 %",
        "0 % / 5 бренд(а/ов) = 0 %\n0 % / 5 brands = 0 %",
        "0\xa0% / 5 брендов",
        "0\xa0% / 5 brands",
    ),
    (
        5,
        "0",
        "0 % / 6 brands",
        "0 % / 6 brands = 0 %",
        "0 % / 6 бренд(а/ов) = 0 %\n0 % / 6 brands = 0 %",
        "0\xa0% / 6 брендов",
        "0\xa0% / 6 brands",
    ),
    (
        6,
        "0",
        "0 % / 7 brands",
        "0 % / 7 brands = 0 %",
        "0 % / 7 бренд(а/ов) = 0 %\n0 % / 7 brands = 0 %",
        "0\xa0% / 7 брендов",
        "0\xa0% / 7 brands",
    ),
    (
        7,
        "0",
        "0 % / 8 brands",
        "0 % / 8 brands = 0 %",
        "0 % / 8 бренд(а/ов) = 0 %\n0 % / 8 brands = 0 %",
        "0\xa0% / 8 брендов",
        "0\xa0% / 8 brands",
    ),
    (
        8,
        "0",
        "0 % / 9 brands",
        "0 % / 9 brands = 0 %",
        "0 % / 9 бренд(а/ов) = 0 %\n0 % / 9 brands = 0 %",
        "0\xa0% / 9 брендов",
        "0\xa0% / 9 brands",
    ),
    (
        9,
        "0",
        "0 % / 10 brands",
        "0 % / 10 brands = 0 %",
        "0 % / 10 бренд(а/ов) = 0 %\n0 % / 10 brands = 0 %",
        "0\xa0% / 10 брендов",
        "0\xa0% / 10 brands",
    ),
    (
        11,
        "0",
        "0 % / 12 brands",
        "0 % / 12 brands = 0 %",
        "0 % / 12 бренд(а/ов) = 0 %\n0 % / 12 brands = 0 %",
        "0\xa0% / 12 брендов",
        "0\xa0% / 12 brands",
    ),
    (
        12,
        "0",
        "0 % / 13 brands",
        "0 % / 13 brands = 0 %",
        "0 % / 13 бренд(а/ов) = 0 %\n0 % / 13 brands = 0 %",
        "0\xa0% / 13 брендов",
        "0\xa0% / 13 brands",
    ),
    (
        14,
        "0",
        "0 % / 15 brands",
        "0 % / 15 brands = 0 %",
        "0 % / 15 бренд(а/ов) = 0 %\n0 % / 15 brands = 0 %",
        "0\xa0% / 15 брендов",
        "0\xa0% / 15 brands",
    ),
    (
        20,
        "0",
        "0 % / 21 brands",
        "0 % / 21 brands = 0 %",
        "0 % / 21 бренд(а/ов) = 0 %\n0 % / 21 brands = 0 %",
        "0\xa0% / 21 бренд",
        "0\xa0% / 21 brands",
    ),
    (
        21,
        "0",
        "0 % / 22 brands",
        "0 % / 22 brands = 0 %",
        "0 % / 22 бренд(а/ов) = 0 %\n0 % / 22 brands = 0 %",
        "0\xa0% / 22 бренда",
        "0\xa0% / 22 brands",
    ),
    (
        22,
        "0",
        "0 % / 23 brands",
        "0 % / 23 brands = 0 %",
        "0 % / 23 бренд(а/ов) = 0 %\n0 % / 23 brands = 0 %",
        "0\xa0% / 23 бренда",
        "0\xa0% / 23 brands",
    ),
    (
        25,
        "0",
        "0 % / 26 brands",
        "0 % / 26 brands = 0 %",
        "0 % / 26 бренд(а/ов) = 0 %\n0 % / 26 brands = 0 %",
        "0\xa0% / 26 брендов",
        "0\xa0% / 26 brands",
    ),
    (
        100,
        "0",
        "0 % / 101 brands",
        "0 % / 101 brands = 0 %",
        "0 % / 101 бренд(а/ов) = 0 %\n0 % / 101 brands = 0 %",
        "0\xa0% / 101 бренд",
        "0\xa0% / 101 brands",
    ),
    (
        101,
        "0",
        "0 % / 102 brands",
        "0 % / 102 brands = 0 %",
        "0 % / 102 бренд(а/ов) = 0 %\n0 % / 102 brands = 0 %",
        "0\xa0% / 102 бренда",
        "0\xa0% / 102 brands",
    ),
    (
        111,
        "0",
        "0 % / 112 brands",
        "0 % / 112 brands = 0 %",
        "0 % / 112 бренд(а/ов) = 0 %\n0 % / 112 brands = 0 %",
        "0\xa0% / 112 брендов",
        "0\xa0% / 112 brands",
    ),
    (
        112,
        "0",
        "0 % / 113 brands",
        "0 % / 113 brands = 0 %",
        "0 % / 113 бренд(а/ов) = 0 %\n0 % / 113 brands = 0 %",
        "0\xa0% / 113 брендов",
        "0\xa0% / 113 brands",
    ),
]
UNKNOWN = ("не определена", "not set")

#: The letters' worked examples (reports/pdf/letters.py): the formula and the rate in each language.
EXPLAINED_DOCS = [
    (0, "0.5", "50\xa0% (только свой бренд) = 50\xa0%", "50\xa0% (own brand only) = 50\xa0%"),
    (1, "0.5", "50\xa0% / 2 бренда = 25\xa0%", "50\xa0% / 2 brands = 25\xa0%"),
    (2, "0.5", "50\xa0% / 3 бренда = 16,67\xa0%", "50\xa0% / 3 brands = 16.67\xa0%"),
    (3, "0.5", "50\xa0% / 4 бренда = 12,5\xa0%", "50\xa0% / 4 brands = 12.5\xa0%"),
    (4, "0.5", "50\xa0% / 5 брендов = 10\xa0%", "50\xa0% / 5 brands = 10\xa0%"),
    (5, "0.5", "50\xa0% / 6 брендов = 8,33\xa0%", "50\xa0% / 6 brands = 8.33\xa0%"),
    (6, "0.5", "50\xa0% / 7 брендов = 7,14\xa0%", "50\xa0% / 7 brands = 7.14\xa0%"),
    (7, "0.5", "50\xa0% / 8 брендов = 6,25\xa0%", "50\xa0% / 8 brands = 6.25\xa0%"),
    (8, "0.5", "50\xa0% / 9 брендов = 5,56\xa0%", "50\xa0% / 9 brands = 5.56\xa0%"),
    (9, "0.5", "50\xa0% / 10 брендов = 5\xa0%", "50\xa0% / 10 brands = 5\xa0%"),
    (11, "0.5", "50\xa0% / 12 брендов = 4,17\xa0%", "50\xa0% / 12 brands = 4.17\xa0%"),
    (20, "0.5", "50\xa0% / 21 бренд = 2,38\xa0%", "50\xa0% / 21 brands = 2.38\xa0%"),
    (21, "0.5", "50\xa0% / 22 бренда = 2,27\xa0%", "50\xa0% / 22 brands = 2.27\xa0%"),
    (22, "0.5", "50\xa0% / 23 бренда = 2,17\xa0%", "50\xa0% / 23 brands = 2.17\xa0%"),
    (25, "0.5", "50\xa0% / 26 брендов = 1,92\xa0%", "50\xa0% / 26 brands = 1.92\xa0%"),
    (111, "0.5", "50\xa0% / 112 брендов = 0,45\xa0%", "50\xa0% / 112 brands = 0.45\xa0%"),
    (0, "0.4", "40\xa0% (только свой бренд) = 40\xa0%", "40\xa0% (own brand only) = 40\xa0%"),
    (1, "0.4", "40\xa0% / 2 бренда = 20\xa0%", "40\xa0% / 2 brands = 20\xa0%"),
    (2, "0.4", "40\xa0% / 3 бренда = 13,33\xa0%", "40\xa0% / 3 brands = 13.33\xa0%"),
    (3, "0.4", "40\xa0% / 4 бренда = 10\xa0%", "40\xa0% / 4 brands = 10\xa0%"),
    (4, "0.4", "40\xa0% / 5 брендов = 8\xa0%", "40\xa0% / 5 brands = 8\xa0%"),
    (5, "0.4", "40\xa0% / 6 брендов = 6,67\xa0%", "40\xa0% / 6 brands = 6.67\xa0%"),
    (6, "0.4", "40\xa0% / 7 брендов = 5,71\xa0%", "40\xa0% / 7 brands = 5.71\xa0%"),
    (7, "0.4", "40\xa0% / 8 брендов = 5\xa0%", "40\xa0% / 8 brands = 5\xa0%"),
    (8, "0.4", "40\xa0% / 9 брендов = 4,44\xa0%", "40\xa0% / 9 brands = 4.44\xa0%"),
    (9, "0.4", "40\xa0% / 10 брендов = 4\xa0%", "40\xa0% / 10 brands = 4\xa0%"),
    (11, "0.4", "40\xa0% / 12 брендов = 3,33\xa0%", "40\xa0% / 12 brands = 3.33\xa0%"),
    (20, "0.4", "40\xa0% / 21 бренд = 1,9\xa0%", "40\xa0% / 21 brands = 1.9\xa0%"),
    (21, "0.4", "40\xa0% / 22 бренда = 1,82\xa0%", "40\xa0% / 22 brands = 1.82\xa0%"),
    (22, "0.4", "40\xa0% / 23 бренда = 1,74\xa0%", "40\xa0% / 23 brands = 1.74\xa0%"),
    (25, "0.4", "40\xa0% / 26 брендов = 1,54\xa0%", "40\xa0% / 26 brands = 1.54\xa0%"),
    (111, "0.4", "40\xa0% / 112 брендов = 0,36\xa0%", "40\xa0% / 112 brands = 0.36\xa0%"),
    (0, "0.35", "35\xa0% (только свой бренд) = 35\xa0%", "35\xa0% (own brand only) = 35\xa0%"),
    (1, "0.35", "35\xa0% / 2 бренда = 17,5\xa0%", "35\xa0% / 2 brands = 17.5\xa0%"),
    (2, "0.35", "35\xa0% / 3 бренда = 11,67\xa0%", "35\xa0% / 3 brands = 11.67\xa0%"),
    (3, "0.35", "35\xa0% / 4 бренда = 8,75\xa0%", "35\xa0% / 4 brands = 8.75\xa0%"),
    (4, "0.35", "35\xa0% / 5 брендов = 7\xa0%", "35\xa0% / 5 brands = 7\xa0%"),
    (5, "0.35", "35\xa0% / 6 брендов = 5,83\xa0%", "35\xa0% / 6 brands = 5.83\xa0%"),
    (6, "0.35", "35\xa0% / 7 брендов = 5\xa0%", "35\xa0% / 7 brands = 5\xa0%"),
    (7, "0.35", "35\xa0% / 8 брендов = 4,38\xa0%", "35\xa0% / 8 brands = 4.38\xa0%"),
    (8, "0.35", "35\xa0% / 9 брендов = 3,89\xa0%", "35\xa0% / 9 brands = 3.89\xa0%"),
    (9, "0.35", "35\xa0% / 10 брендов = 3,5\xa0%", "35\xa0% / 10 brands = 3.5\xa0%"),
    (11, "0.35", "35\xa0% / 12 брендов = 2,92\xa0%", "35\xa0% / 12 brands = 2.92\xa0%"),
    (20, "0.35", "35\xa0% / 21 бренд = 1,67\xa0%", "35\xa0% / 21 brands = 1.67\xa0%"),
    (21, "0.35", "35\xa0% / 22 бренда = 1,59\xa0%", "35\xa0% / 22 brands = 1.59\xa0%"),
    (22, "0.35", "35\xa0% / 23 бренда = 1,52\xa0%", "35\xa0% / 23 brands = 1.52\xa0%"),
    (25, "0.35", "35\xa0% / 26 брендов = 1,35\xa0%", "35\xa0% / 26 brands = 1.35\xa0%"),
    (111, "0.35", "35\xa0% / 112 брендов = 0,31\xa0%", "35\xa0% / 112 brands = 0.31\xa0%"),
    (0, "1", "100\xa0% (только свой бренд) = 100\xa0%", "100\xa0% (own brand only) = 100\xa0%"),
    (1, "1", "100\xa0% / 2 бренда = 50\xa0%", "100\xa0% / 2 brands = 50\xa0%"),
    (2, "1", "100\xa0% / 3 бренда = 33,33\xa0%", "100\xa0% / 3 brands = 33.33\xa0%"),
    (3, "1", "100\xa0% / 4 бренда = 25\xa0%", "100\xa0% / 4 brands = 25\xa0%"),
    (4, "1", "100\xa0% / 5 брендов = 20\xa0%", "100\xa0% / 5 brands = 20\xa0%"),
    (5, "1", "100\xa0% / 6 брендов = 16,67\xa0%", "100\xa0% / 6 brands = 16.67\xa0%"),
    (6, "1", "100\xa0% / 7 брендов = 14,29\xa0%", "100\xa0% / 7 brands = 14.29\xa0%"),
    (7, "1", "100\xa0% / 8 брендов = 12,5\xa0%", "100\xa0% / 8 brands = 12.5\xa0%"),
    (8, "1", "100\xa0% / 9 брендов = 11,11\xa0%", "100\xa0% / 9 brands = 11.11\xa0%"),
    (9, "1", "100\xa0% / 10 брендов = 10\xa0%", "100\xa0% / 10 brands = 10\xa0%"),
    (11, "1", "100\xa0% / 12 брендов = 8,33\xa0%", "100\xa0% / 12 brands = 8.33\xa0%"),
    (20, "1", "100\xa0% / 21 бренд = 4,76\xa0%", "100\xa0% / 21 brands = 4.76\xa0%"),
    (21, "1", "100\xa0% / 22 бренда = 4,55\xa0%", "100\xa0% / 22 brands = 4.55\xa0%"),
    (22, "1", "100\xa0% / 23 бренда = 4,35\xa0%", "100\xa0% / 23 brands = 4.35\xa0%"),
    (25, "1", "100\xa0% / 26 брендов = 3,85\xa0%", "100\xa0% / 26 brands = 3.85\xa0%"),
    (111, "1", "100\xa0% / 112 брендов = 0,89\xa0%", "100\xa0% / 112 brands = 0.89\xa0%"),
    (0, "0.125", "12,5\xa0% (только свой бренд) = 12,5\xa0%", "12.5\xa0% (own brand only) = 12.5\xa0%"),
    (1, "0.125", "12,5\xa0% / 2 бренда = 6,25\xa0%", "12.5\xa0% / 2 brands = 6.25\xa0%"),
    (2, "0.125", "12,5\xa0% / 3 бренда = 4,17\xa0%", "12.5\xa0% / 3 brands = 4.17\xa0%"),
    (3, "0.125", "12,5\xa0% / 4 бренда = 3,13\xa0%", "12.5\xa0% / 4 brands = 3.13\xa0%"),
    (4, "0.125", "12,5\xa0% / 5 брендов = 2,5\xa0%", "12.5\xa0% / 5 brands = 2.5\xa0%"),
    (5, "0.125", "12,5\xa0% / 6 брендов = 2,08\xa0%", "12.5\xa0% / 6 brands = 2.08\xa0%"),
    (6, "0.125", "12,5\xa0% / 7 брендов = 1,79\xa0%", "12.5\xa0% / 7 brands = 1.79\xa0%"),
    (7, "0.125", "12,5\xa0% / 8 брендов = 1,56\xa0%", "12.5\xa0% / 8 brands = 1.56\xa0%"),
    (8, "0.125", "12,5\xa0% / 9 брендов = 1,39\xa0%", "12.5\xa0% / 9 brands = 1.39\xa0%"),
    (9, "0.125", "12,5\xa0% / 10 брендов = 1,25\xa0%", "12.5\xa0% / 10 brands = 1.25\xa0%"),
    (11, "0.125", "12,5\xa0% / 12 брендов = 1,04\xa0%", "12.5\xa0% / 12 brands = 1.04\xa0%"),
    (20, "0.125", "12,5\xa0% / 21 бренд = 0,6\xa0%", "12.5\xa0% / 21 brands = 0.6\xa0%"),
    (21, "0.125", "12,5\xa0% / 22 бренда = 0,57\xa0%", "12.5\xa0% / 22 brands = 0.57\xa0%"),
    (22, "0.125", "12,5\xa0% / 23 бренда = 0,54\xa0%", "12.5\xa0% / 23 brands = 0.54\xa0%"),
    (25, "0.125", "12,5\xa0% / 26 брендов = 0,48\xa0%", "12.5\xa0% / 26 brands = 0.48\xa0%"),
    (111, "0.125", "12,5\xa0% / 112 брендов = 0,11\xa0%", "12.5\xa0% / 112 brands = 0.11\xa0%"),
]


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

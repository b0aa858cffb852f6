"""The services use the exact k = S / S_max (R1) for caps (R2), what-ifs and the frozen allocation (R5).

A frozen line keeps S and S_max, so its k stays exact; a line frozen before S_max was stored
(revision 0002) keeps its amounts and its stored coefficient through the upgrade.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from coop_desk.commands.common import to_jsonable
from coop_desk.rules import score_figures
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models import AllocationLine, Stage
from models.db import Database, current_revision, head_revision, make_engine, sqlite_url, upgrade
from tests.conftest import PG_SKIP, PG_URL
from tests.exact_reference import ref_allocate, ref_cap, ref_k

D = Decimal
YEAR = 2027


def _year(
    services: Services,
    criteria: list[tuple[str, Decimal, int]],
    dealers: dict[str, tuple[dict[str, Decimal], list[str]]],
    **year_settings: Decimal,
) -> None:
    """A year at the allocation stage: code → (points per criterion, activity costs), all included."""
    services.years.create_year(YEAR, **year_settings)
    services.years.set_criteria(YEAR, criteria)
    for code, (points, costs) in dealers.items():
        services.dealers.register(code, f"Dealer {code}", "North")
        services.dealers.record_scores(YEAR, code, points)
        services.plans.record_draft(YEAR, code, [ActivityInput("press", 3, D(c)) for c in costs])
    services.years.advance(YEAR, confirm_missing=True)
    services.plans.record_consolidation(
        YEAR, [ConsolidationInput(a.reference, True) for a in services.plans.activities(YEAR)]
    )
    services.years.advance(YEAR)
    assert services.years.get(YEAR).stage == Stage.ALLOCATION


def _pinned_r5(services: Services) -> None:
    """S_max = 7; S = 1, 2, 5; demands 8 600, 13 100, 48 800; budget 22 040 (see test_exact_coefficient)."""
    _year(
        services,
        [("Turnover", D(1), 7)],
        {
            "D001": ({"Turnover": D(1)}, ["17200.00"]),
            "D002": ({"Turnover": D(2)}, ["26200.00"]),
            "D003": ({"Turnover": D(5)}, ["97600.00"]),
        },
        budget=D(22040),
        cap_floor=D(60000),
        cap_ceiling=D(60000),
        threshold=D("0.1"),
    )


EXACT = {"D001": D("2755.00"), "D002": D("5510.00"), "D003": D("13775.00")}


def test_what_if_and_freeze_use_the_exact_k(services: Services) -> None:
    _pinned_r5(services)
    run = services.allocation.what_if(YEAR)
    assert [(ln.dealer_code, ln.k, ln.coefficient, ln.demand) for ln in run.lines] == [
        ("D001", Fraction(1, 7), D("0.142857"), D(8600)),
        ("D002", Fraction(2, 7), D("0.285714"), D(13100)),
        ("D003", Fraction(5, 7), D("0.714286"), D(48800)),
    ]
    assert {ln.dealer_code: ln.amount for ln in run.lines} == EXACT  # the 6-decimal k gave 5 509.99 / 13 775.01
    assert "k = S / S_max = 0.285714" in run.explain("D002")[0], "k is shown rounded"

    services.allocation.freeze(YEAR)
    frozen = services.allocation.current(YEAR)
    assert frozen is not None and frozen.lines == run.lines
    assert [(ln.max_score, ln.k) for ln in frozen.lines] == [(D(7), Fraction(n, 7)) for n in (1, 2, 5)]
    with services.ctx.db.reading() as s:
        rows = s.execute(select(AllocationLine.score, AllocationLine.max_score, AllocationLine.coefficient)).all()
    assert sorted(rows) == [(D(1), D(7), D("0.142857")), (D(2), D(7), D("0.285714")), (D(5), D(7), D("0.714286"))]
    letter = services.statements.letter(YEAR, "D002")
    assert (letter.allocated, letter.max_score, letter.coefficient) == (D("5510.00"), D(7), D("0.285714"))


def test_the_cap_comes_from_the_exact_k(services: Services) -> None:
    """S 16 of 75 with a ceiling of 100 000: cap 11 500 (the rounded k 0.213333 gave 11 400)."""
    criteria = [(f"C{i}", D(1), 15) for i in range(1, 6)]
    _year(
        services,
        criteria,
        {"D001": ({"C1": D(10), "C2": D(6)}, ["100000.00"])},
        budget=D(5000),
        cap_ceiling=D(100000),
    )
    view = services.dealers.score(YEAR, "D001")
    assert (view.score, view.max_score, view.k, view.coefficient) == (D(16), D(75), Fraction(16, 75), D("0.213333"))
    assert view.cap == D(11500)
    shown = to_jsonable(view)  # coop-desk score show --json
    assert (shown["k"], shown["coefficient"], shown["cap"]) == ("16/75", "0.213333", "11500.00")
    assert services.allocation.what_if(YEAR, budget=D(100000)).line("D001").demand == D(11500)
    # the what-if with other scores computes its caps the same way
    run = services.allocation.what_if(YEAR, score_overrides={"D001": {"C1": D("15"), "C2": D(1)}})
    assert run.line("D001").cap == D(11500)


def test_score_figures_is_what_the_service_shows(services: Services) -> None:
    criteria = [("A", D("0.7"), 10), ("B", D("0.3"), 20)]  # S_max 13
    _year(services, criteria, {"D001": ({"A": D("3.3"), "B": D(7)}, ["1000.00"])}, cap_ceiling=D(100000))
    year = services.years.get(YEAR)
    view = services.dealers.score(YEAR, "D001")
    figures = score_figures(
        ((dict(view.points)[c.name] or D(0), c.weight, c.max_points) for c in year.criteria),
        year.cap_floor,
        year.cap_ceiling,
        year.threshold,
    )
    assert (
        (figures.score, figures.max_score, figures.k)
        == (D("4.41"), D(13), Fraction(441, 1300))
        == (
            view.score,
            view.max_score,
            view.k,
        )
    )
    assert (figures.coefficient, figures.cap) == (view.coefficient, view.cap) == (D("0.339231"), D(25600))


# --------------------------------------------------------------------------- what-ifs against the reference

CRITERIA_13 = [("A", D("0.7"), 10), ("B", D("0.3"), 20)]
COSTS = {"D001": "30000.00", "D002": "41000.00", "D003": "55000.00", "D004": "90000.00", "D005": "12345.67"}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_what_ifs_match_the_fraction_reference(services: Services, data: st.DataObject) -> None:
    """Scores drawn on criteria with S_max 13 (weights 0.7 and 0.3): what-ifs write nothing, so one year serves."""
    if YEAR not in {y.year for y in services.years.list_years()}:
        _year(
            services,
            CRITERIA_13,
            {code: ({"A": D(5), "B": D(10)}, [cost]) for code, cost in COSTS.items()},
            cap_ceiling=D(100000),
            threshold=D("0.15"),
        )
    overrides = {
        code: {"A": D(data.draw(st.integers(0, 20))) / 2, "B": D(data.draw(st.integers(0, 40))) / 2} for code in COSTS
    }
    budget = D(data.draw(st.integers(0, 15_000_000))).scaleb(-2)
    run = services.allocation.what_if(YEAR, budget=budget, score_overrides=overrides)

    weights = [(w, top) for _, w, top in CRITERIA_13]
    ks = {c: ref_k([p["A"], p["B"]], weights) for c, p in overrides.items()}
    caps = {c: ref_cap(k, D(10000), D(100000), D("0.15")) for c, k in ks.items()}
    demands = {c: min(Fraction(D(COSTS[c])) / 2, caps[c]) for c in COSTS}
    demands = {c: Fraction((d * 100).__floor__(), 100) for c, d in demands.items()}
    expected = ref_allocate(Fraction(budget), {c: (ks[c], demands[c]) for c in COSTS})
    assert {ln.dealer_code: ln.k for ln in run.lines} == ks
    assert {ln.dealer_code: Fraction(ln.cap) for ln in run.lines} == caps
    assert {ln.dealer_code: Fraction(ln.amount) for ln in run.lines} == expected


# --------------------------------------------------------------------------- migration 0003

OLD = "0002"
# What the old rules froze for the pinned case: k rounded to 6 places, D002 and D003 a cent off.
OLD_LINES = [
    (1, "D001", "1", "0.142857", 860000, 860000, 275500),
    (2, "D002", "2", "0.285714", 1310000, 1310000, 550999),
    (3, "D003", "5", "0.714286", 4880000, 4880000, 1377501),
]


def _fill_at_0002(url: str) -> None:
    engine = make_engine(url)
    try:
        upgrade(engine, OLD)
        assert current_revision(engine) == OLD
        with engine.begin() as c:
            c.execute(text("INSERT INTO region (id, name, notes) VALUES (1, 'North', '')"))
            for dealer_id, code, *_ in OLD_LINES:
                c.execute(
                    text(
                        "INSERT INTO dealer (id, code, name, region_id, city, legal_name, email, phone, active, "
                        "version) VALUES (:id, :code, :name, 1, '', '', '', '', :active, 1)"
                    ),
                    {"id": dealer_id, "code": code, "name": f"Dealer {code}", "active": True},
                )
            c.execute(
                text(
                    "INSERT INTO programme_year (id, year, currency, language, budget, base_rate, cap_floor, "
                    "cap_ceiling, threshold, stage, drafting_from, consolidation_from, allocation_from, "
                    "execution_from, evaluation_from, claim_deadline_days, channels, consolidating_agency, "
                    "evaluating_agency, version) VALUES (1, :year, 'EUR', 'en', 2204000, '0.5', 6000000, "
                    "6000000, '0.1', 'allocation', :d1, :d2, :d3, :d4, :d5, 30, :channels, '', '', 1)"
                ),
                {
                    "year": YEAR,
                    "d1": dt.date(2026, 7, 1),
                    "d2": dt.date(2026, 9, 1),
                    "d3": dt.date(2026, 10, 1),
                    "d4": dt.date(2027, 1, 1),
                    "d5": dt.date(2028, 1, 1),
                    "channels": '["press"]',
                },
            )
            c.execute(
                text(
                    "INSERT INTO allocation (id, year_id, budget, base_rate, cap_floor, cap_ceiling, threshold, "
                    "frozen_at, frozen_by) VALUES (1, 1, 2204000, '0.5', 6000000, 6000000, '0.1', :at, 'old')"
                ),
                {"at": dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)},
            )
            for dealer_id, _, score, k, request, demand, amount in OLD_LINES:
                c.execute(
                    text(
                        "INSERT INTO allocation_line (allocation_id, dealer_id, score, coefficient, cap, request, "
                        "demand, amount) VALUES (1, :dealer, :score, :k, 6000000, :request, :demand, :amount)"
                    ),
                    {
                        "dealer": dealer_id,
                        "score": score,
                        "k": k,
                        "request": request,
                        "demand": demand,
                        "amount": amount,
                    },
                )
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database (no tables at all)."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "coopdesk.sqlite")
        return
    if PG_SKIP:
        pytest.skip(f"PostgreSQL not available: {PG_SKIP}")
    name = f"coop_m_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_an_allocation_frozen_at_0002_keeps_its_amounts_after_the_upgrade(empty_url: str) -> None:
    _fill_at_0002(empty_url)
    database = Database(empty_url)  # upgrades to head
    try:
        assert current_revision(database.engine) == head_revision()
        services = Services(ServiceContext(database, actor="tester"))
        frozen = services.allocation.current(YEAR)
        assert frozen is not None
        assert [(ln.dealer_code, ln.amount, ln.coefficient, ln.max_score) for ln in frozen.lines] == [
            ("D001", D("2755.00"), D("0.142857"), None),
            ("D002", D("5509.99"), D("0.285714"), None),
            ("D003", D("13775.01"), D("0.714286"), None),
        ]
        # without S_max, k is the coefficient stored then
        assert [ln.k for ln in frozen.lines] == [Fraction("0.142857"), Fraction("0.285714"), Fraction("0.714286")]
        assert frozen.total_allocated == D(22040)
        letter = services.statements.letter(YEAR, "D002")
        assert (letter.allocated, letter.coefficient) == (D("5509.99"), D("0.285714"))
    finally:
        database.dispose()

"""DealerService: registering and editing dealers, their scores, k and cap (R1, R2)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from coop_desk.errors import Conflict, InvalidInput, NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models import AuditEvent, Dealer, DealerScore, Region
from models.db import Database

YEAR = 2027


# --------------------------------------------------------------------------- local helpers


@dataclass(frozen=True)
class Event:
    actor: str
    action: str
    entity: str
    year: int | None
    before: Any
    after: Any


def _db(services: Services) -> Database:
    return services.ctx.db


def _count(db: Database, column: Any) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count(column))) or 0


@contextmanager
def one_audit(db: Database, action: str) -> Iterator[list[Event]]:
    """The block writes exactly one audit event, by "tester", with this action."""
    with db.reading() as s:
        start = s.scalar(select(func.max(AuditEvent.id))) or 0
    found: list[Event] = []
    yield found
    with db.reading() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.id > start).order_by(AuditEvent.id))
        found.extend(Event(e.actor, e.action, e.entity, e.year, e.before, e.after) for e in rows)
    assert [(e.actor, e.action) for e in found] == [("tester", action)]


@contextmanager
def nothing_written(db: Database) -> Iterator[None]:
    counts = (_count(db, AuditEvent.id), _count(db, Dealer.id), _count(db, Region.id), _count(db, DealerScore.id))
    yield
    after = (_count(db, AuditEvent.id), _count(db, Dealer.id), _count(db, Region.id), _count(db, DealerScore.id))
    assert after == counts, "a refused use case wrote something"


def _criteria(services: Services, year: int = YEAR) -> list[str]:
    return [c.name for c in services.years.get(year).criteria]


def _all(services: Services, points: Decimal | int, year: int = YEAR) -> dict[str, Decimal]:
    return {name: Decimal(points) for name in _criteria(services, year)}


@pytest.fixture
def year(services: Services) -> int:
    services.years.create_year(YEAR)
    return YEAR


# --------------------------------------------------------------------------- registering


def test_register_normalises_the_code(services: Services) -> None:
    with one_audit(_db(services), "dealer.register") as events:
        changes = services.dealers.register(
            "  d014 ", "  ООО Ромашка ", "Сибирь", city="Омск", email="info@romashka.ru", phone="+7 3812 000"
        )
    assert changes.entity == "dealer" and len(changes.ids) == 1
    d = services.dealers.get("D014")
    assert (d.code, d.name, d.region, d.city, d.email, d.active, d.version) == (
        "D014",
        "ООО Ромашка",
        "Сибирь",
        "Омск",
        "info@romashka.ru",
        True,
        1,
    )
    assert services.dealers.get(" d014") == d
    assert events[0].entity == "dealer" and events[0].after["code"] == "D014"
    assert services.dealers.list_regions() == ["Сибирь"]


def test_register_reuses_a_region(services: Services) -> None:
    services.dealers.register("D001", "One", "North")
    services.dealers.register("D002", "Two", "North")
    services.dealers.register("D003", "Three", "South")
    assert services.dealers.list_regions() == ["North", "South"]
    assert [d.code for d in services.dealers.list_dealers()] == ["D001", "D002", "D003"]


def test_duplicate_code_refused(services: Services) -> None:
    services.dealers.register("D014", "First", "North")
    with nothing_written(_db(services)), pytest.raises(Refused) as err:
        services.dealers.register("d014", "Second", "Elsewhere")
    assert "D014" in str(err.value) and "exists already" in str(err.value)
    assert services.dealers.get("D014").name == "First"
    assert services.dealers.list_regions() == ["North"]


@pytest.mark.parametrize("code", ["", "D", "14D", "D-14", "D 14", "Д014", "D0123456789ABCDEF", "_D1"])
def test_bad_code_refused(services: Services, code: str) -> None:
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.register(code, "Name", "North")
    assert [p.where for p in err.value.problems] == ["code"]


def test_bad_fields_refused_all_at_once(services: Services) -> None:
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.register("x", " ", "", email="not-an-address")
    assert [p.where for p in err.value.problems] == ["code", "name", "region", "email"]


def test_unknown_fields_refused(services: Services) -> None:
    with nothing_written(_db(services)), pytest.raises(TypeError):
        services.dealers.register("D001", "Name", "North", fax="123")  # type: ignore[call-arg]
    services.dealers.register("D001", "Name", "North")
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.edit("D001", fax="123", colour="red")
    assert [p.where for p in err.value.problems] == ["colour", "fax"]
    with pytest.raises(InvalidInput):
        services.dealers.edit("D001", id=7)  # neither the id nor the code can be edited
    assert services.dealers.get("D001").version == 1


def test_unknown_dealer_not_found(services: Services) -> None:
    with pytest.raises(NotFound, match="D404"):
        services.dealers.get("D404")
    with pytest.raises(NotFound):
        services.dealers.edit("D404", city="X")


# --------------------------------------------------------------------------- editing


def test_edit_with_expected_version(services: Services) -> None:
    services.dealers.register("D001", "Name", "North", city="Omsk")
    v1 = services.dealers.get("D001").version
    with one_audit(_db(services), "dealer.edit") as events:
        services.dealers.edit("D001", expected_version=v1, city=" Tomsk ", region="East")
    assert events[0].before == {"city": "Omsk", "region": "North"}
    d = services.dealers.get("D001")
    assert (d.city, d.region, d.version) == ("Tomsk", "East", v1 + 1), "one edit is one version step"

    # somebody else's screen still holds version 1: refused, nothing overwritten
    with nothing_written(_db(services)), pytest.raises(Conflict, match="D001"):
        services.dealers.edit("D001", expected_version=v1, city="Novosibirsk")
    assert services.dealers.get("D001").city == "Tomsk"
    assert services.dealers.get("D001").version == v1 + 1


def test_edit_deactivates(services: Services) -> None:
    services.dealers.register("D001", "One", "North")
    services.dealers.register("D002", "Two", "North")
    services.dealers.edit("D002", active=False)
    assert [d.code for d in services.dealers.list_dealers(active_only=True)] == ["D001"]
    assert [d.code for d in services.dealers.list_dealers()] == ["D001", "D002"]


def test_edit_bad_value_refused(services: Services) -> None:
    services.dealers.register("D001", "One", "North")
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.edit("D001", name="  ", email="nope")
    assert [p.where for p in err.value.problems] == ["dealer D001: name", "dealer D001: email"]
    assert services.dealers.get("D001").name == "One"


# --------------------------------------------------------------------------- scores, k, cap


@pytest.mark.parametrize(
    ("points", "k", "cap"),
    [
        (10, Decimal(1), Decimal(50000)),
        (5, Decimal("0.5"), Decimal(25000)),
        (2, Decimal("0.2"), Decimal(10000)),
        (1, Decimal("0.1"), Decimal(0)),
        (0, Decimal(0), Decimal(0)),
    ],
)
def test_k_and_cap_follow_r1_r2(services: Services, year: int, points: int, k: Decimal, cap: Decimal) -> None:
    services.dealers.register("D014", "Dealer", "North")
    with one_audit(_db(services), "score.record"):
        services.dealers.record_scores(year, "D014", _all(services, points))
    view = services.dealers.score(year, "d014")
    assert view.score == 5 * points
    assert view.max_score == 50
    assert view.coefficient == k
    assert view.cap == cap
    assert view.complete


def test_weighted_score(services: Services, year: int) -> None:
    services.years.set_criteria(year, [("Turnover", Decimal(3), 10), ("Service", Decimal(1), 5)])
    services.dealers.register("D001", "Dealer", "North")
    services.dealers.record_scores(year, "D001", {"turnover": Decimal(10), "SERVICE": Decimal("2.5")})
    view = services.dealers.score(year, "D001")
    # S = 3 × 10 + 1 × 2.5 = 32.5; S_max = 3 × 10 + 1 × 5 = 35; k = 13/14, shown as 0.928571 (6 places, half-up)
    assert (view.score, view.max_score, view.coefficient) == (Decimal("32.5"), Decimal(35), Decimal("0.928571"))
    # cap = 10 000 + (13/14 − 0.2) / 0.8 × 40 000 = 46 428.57… → 46 400 (from the exact k)
    assert view.cap == Decimal(46400)
    assert view.points == (("Turnover", Decimal(10)), ("Service", Decimal("2.5")))


def test_missing_points_count_as_zero_and_are_shown_as_missing(services: Services, year: int) -> None:
    services.dealers.register("D001", "Dealer", "North")
    name = _criteria(services)[0]
    services.dealers.record_scores(year, "D001", {name: Decimal(10)})
    view = services.dealers.score(year, "D001")
    assert view.score == 10 and view.coefficient == Decimal("0.2") and view.cap == Decimal(10000)
    assert not view.complete
    assert [p for _, p in view.points] == [Decimal(10), None, None, None, None]


def test_scores_can_be_changed_and_keep_one_row_per_criterion(services: Services, year: int) -> None:
    services.dealers.register("D001", "Dealer", "North")
    services.dealers.record_scores(year, "D001", _all(services, 5))
    with one_audit(_db(services), "score.record") as events:
        services.dealers.record_scores(year, "D001", _all(services, 10))
    assert set(events[0].before.values()) == {"5"} and set(events[0].after.values()) == {"10"}
    assert services.dealers.score(year, "D001").coefficient == 1
    assert _count(_db(services), DealerScore.id) == 5


@pytest.mark.parametrize("value", [Decimal(11), Decimal("-1"), Decimal("10.01")])
def test_out_of_range_points_refused(services: Services, year: int, value: Decimal) -> None:
    services.dealers.register("D014", "Dealer", "North")
    name = _criteria(services)[1]
    points = _all(services, 5) | {name: value}
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.record_scores(year, "D014", points)
    assert len(err.value.problems) == 1
    where = err.value.problems[0].where
    assert "D014" in where and name in where
    assert "0 to 10" in err.value.problems[0].message


@pytest.mark.parametrize("value", [5.0, "5", None, Decimal("NaN")], ids=repr)
def test_non_decimal_points_refused(services: Services, year: int, value: object) -> None:
    services.dealers.register("D014", "Dealer", "North")
    name = _criteria(services)[0]
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.record_scores(year, "D014", {name: value})  # type: ignore[dict-item]
    assert "D014" in err.value.problems[0].where and name in err.value.problems[0].where


def test_unknown_criterion_refused(services: Services, year: int) -> None:
    services.dealers.register("D014", "Dealer", "North")
    points = _all(services, 5) | {"Beauty": Decimal(5)}
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.record_scores(year, "D014", points)
    assert [p.where for p in err.value.problems] == ["dealer D014, criterion 'Beauty'"]
    assert "is not a criterion" in err.value.problems[0].message


def test_every_bad_score_reported_at_once(services: Services, year: int) -> None:
    services.dealers.register("D014", "Dealer", "North")
    names = _criteria(services)
    with pytest.raises(InvalidInput) as err:
        services.dealers.record_scores(year, "D014", {names[0]: Decimal(12), names[1]: Decimal(-2), "X": Decimal(1)})
    assert len(err.value.problems) == 3


def test_scores_for_unknown_dealer_or_year(services: Services, year: int) -> None:
    with pytest.raises(NotFound):
        services.dealers.record_scores(year, "D404", {})
    services.dealers.register("D001", "Dealer", "North")
    with pytest.raises(NotFound):
        services.dealers.record_scores(2031, "D001", {})
    with pytest.raises(NotFound):
        services.dealers.score(year, "D404")


def test_scores_list_active_dealers_with_cap_overrides(services: Services, year: int) -> None:
    for code, pts in (("D002", 10), ("D001", 5), ("D003", 8)):
        services.dealers.register(code, f"Dealer {code}", "North")
        services.dealers.record_scores(year, code, _all(services, pts))
    services.dealers.edit("D003", active=False)
    views = services.dealers.scores(year)
    assert [(v.dealer_code, v.cap) for v in views] == [("D001", Decimal(25000)), ("D002", Decimal(50000))]
    wider = services.dealers.scores(year, cap_floor=Decimal(20000), cap_ceiling=Decimal(100000))
    assert [(v.dealer_code, v.cap) for v in wider] == [("D001", Decimal(50000)), ("D002", Decimal(100000))]
    assert services.years.get(year).cap_ceiling == Decimal(50000), "a what-if cap range changes nothing"
    with pytest.raises(NotFound):
        services.dealers.score(year, "D003")


def _freeze_one_dealer(services: Services, year: int) -> None:
    services.dealers.register("D001", "Dealer", "North")
    services.dealers.record_scores(year, "D001", _all(services, 10))
    services.plans.record_draft(year, "D001", [ActivityInput("press", 5, Decimal("1000.00"))])
    services.years.advance(year)
    services.plans.record_consolidation(
        year, [ConsolidationInput(a.reference, True) for a in services.plans.activities(year)]
    )
    services.years.advance(year)
    services.allocation.freeze(year)


def test_scores_frozen_with_the_allocation(services: Services, year: int) -> None:
    _freeze_one_dealer(services, year)
    with nothing_written(_db(services)), pytest.raises(Refused, match="frozen"):
        services.dealers.record_scores(year, "D001", _all(services, 1))
    assert services.dealers.score(year, "D001").coefficient == 1
    services.years.advance(year)
    with pytest.raises(Refused, match="execution"):
        services.dealers.record_scores(year, "D001", _all(services, 1))


def test_same_criterion_named_twice_is_refused_as_bad_input(services: Services, year: int) -> None:
    services.dealers.register("D014", "Dealer", "North")
    with nothing_written(_db(services)), pytest.raises(InvalidInput):
        services.dealers.record_scores(year, "D014", {"Service quality": Decimal(5), "service quality": Decimal(6)})

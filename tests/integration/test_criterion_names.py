"""Criterion names in use (issue 14, point 5): a criterion keeps a stable code (``scoring_criterion.name``) and
has a Russian and an English name; renaming keeps its scores, the letter PDF names it in its language, scores
are recorded by code or either name, the renaming is audited, versioned and refused in a closed year, and an
old database upgrades to them (filled from the names it had)."""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import select

from coop_desk.errors import Conflict, InvalidInput, Refused
from coop_desk.money import plain_spaces
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models import ProgrammeYear, ScoringCriterion, Stage
from models.db import Database, alembic_config, sqlite_url
from reports.pdf.letters import write_letter
from tests.factories import audit_actions, unchanged, year_in_execution
from tests.integration.test_plan_exchange import YEAR

TURNOVER = "Annual turnover with the manufacturer"
SERVICE = "Service quality"


def _pdf(path: Path) -> str:
    return plain_spaces("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def _points(services: Services, code: str) -> dict[str, D | None]:
    return dict(next(v for v in services.dealers.scores(YEAR) if v.dealer_code == code).points)


def test_a_new_year_names_its_default_criteria_in_both_languages(services: Services) -> None:
    services.years.create_year(YEAR)
    view = services.years.get(YEAR)
    assert view.criterion(TURNOVER, "ru") == "Годовой оборот с производителем"
    assert view.criterion(TURNOVER, "en") == TURNOVER
    services.years.set_criteria(YEAR, [(TURNOVER, D(2), 10), ("Showroom", D(1), 5)])
    view = services.years.get(YEAR)
    # a criterion added by hand is named by its code in both languages until renamed
    assert [c.title("ru") for c in view.criteria] == ["Годовой оборот с производителем", "Showroom"]


def test_renaming_a_criterion_keeps_its_scores_and_the_letter_uses_the_new_name(
    services: Services, tmp_path: Path
) -> None:
    year_in_execution(services, dealers={"D001": (D(10000), D(8000))}, points=7)
    before = _points(services, "D001")
    view = services.years.get(YEAR)
    services.years.set_criterion_names(
        YEAR, {SERVICE: {"ru": "Сервис и гарантия", "en": "Service and warranty"}}, expected_version=view.version
    )
    assert audit_actions(services)[-1] == "year.criterion_names"
    after = services.years.get(YEAR)
    assert after.version == view.version + 1
    assert after.criterion(SERVICE, "ru") == "Сервис и гарантия"
    assert after.criterion(SERVICE, "en") == "Service and warranty"
    assert _points(services, "D001") == before  # the scores are the criterion's row's: untouched
    ru = _pdf(write_letter(services.statements.letter(YEAR, "D001"), tmp_path / "ru.pdf", "ru"))
    assert "Сервис и гарантия" in ru and "Годовой оборот с производителем" in ru
    assert SERVICE not in ru and TURNOVER not in ru and "Качество сервиса" not in ru
    en = _pdf(write_letter(services.statements.letter(YEAR, "D001"), tmp_path / "en.pdf", "en"))
    assert "Service and warranty" in en and SERVICE not in en.replace("Service and warranty", "")
    # a stale edit, a name another criterion has and an unknown code are refused and change nothing
    with pytest.raises(Conflict), unchanged(services):
        services.years.set_criterion_names(YEAR, {SERVICE: {"ru": "x"}}, expected_version=view.version)
    with pytest.raises(InvalidInput) as refused, unchanged(services):
        services.years.set_criterion_names(YEAR, {SERVICE: {"ru": "годовой  оборот с производителем"}})
    assert f"already names the criterion {TURNOVER}" in str(refused.value)
    with pytest.raises(InvalidInput, match="is not a scoring criterion"), unchanged(services):
        services.years.set_criterion_names(YEAR, {"Turnover": {"ru": "Оборот"}})
    # "" restores the default name
    services.years.set_criterion_names(YEAR, {SERVICE: {"ru": ""}})
    assert services.years.get(YEAR).criterion(SERVICE, "ru") == "Качество сервиса"
    assert services.years.get(YEAR).criterion(SERVICE, "en") == "Service and warranty"


def test_scores_are_recorded_by_code_or_either_name(services: Services) -> None:
    services.years.create_year(YEAR)
    services.dealers.register("D001", "Dealer", "North")
    services.years.set_criterion_names(YEAR, {SERVICE: {"ru": "Сервис", "en": "Aftercare"}})
    services.dealers.record_scores(YEAR, "D001", {"сервис": D(4), "срок работы с производителем": D(3)})
    services.dealers.record_scores(YEAR, "D001", {" aftercare ": D(5), TURNOVER: D(2)})
    points = _points(services, "D001")
    assert points[SERVICE] == D(5) and points[TURNOVER] == D(2)
    assert points["Years of work with the manufacturer"] == D(3)
    with pytest.raises(InvalidInput, match="names the same criterion twice"), unchanged(services):
        services.dealers.record_scores(YEAR, "D001", {"Сервис": D(1), "Aftercare": D(2)})


def test_a_closed_year_refuses_new_names(services: Services) -> None:
    services.years.create_year(YEAR)
    with services.ctx.unit() as s:
        s.scalars(select(ProgrammeYear).where(ProgrammeYear.year == YEAR)).one().stage = Stage.CLOSED
    with pytest.raises(Refused, match="closed"), unchanged(services):
        services.years.set_criterion_names(YEAR, {SERVICE: {"ru": "Сервис"}})


def test_an_old_database_upgrades_with_the_names_filled_and_its_scores_untouched(
    tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(sqlite_template, path)
    db = Database(sqlite_url(path), migrate=False)
    services = Services(ServiceContext(db, actor="tester"))
    year_in_execution(services, dealers={"D001": (D(5000),)}, points=6)
    before = _points(services, "D001")
    command.downgrade(alembic_config(db.engine), "0013")  # as CoopDesk before criterion names left it
    with db.engine.begin() as conn:  # a criterion of its own, as an old year could have
        conn.exec_driver_sql("UPDATE scoring_criterion SET name = 'Showroom' WHERE name = 'Service quality'")
    db.dispose()
    db = Database(sqlite_url(path))  # opening upgrades it (after a copy)
    services = Services(ServiceContext(db, actor="tester"))
    with db.reading() as s:
        stored = {c.name: (c.name_ru, c.name_en) for c in s.scalars(select(ScoringCriterion))}
    assert stored[TURNOVER] == ("Годовой оборот с производителем", TURNOVER)
    assert stored["Showroom"] == ("Showroom", "Showroom")
    after = _points(services, "D001")
    assert list(after.values()) == list(before.values()) and "Showroom" in after
    services.years.set_criterion_names(YEAR, {"Showroom": {"ru": "Шоурум"}})
    assert services.years.get(YEAR).criterion("Showroom", "ru") == "Шоурум"
    db.dispose()

"""Persistence: exact column types, migrations, the schema matching the models, the audit guard, URLs, pragmas."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError, StatementError

import models.db
from models import AuditEvent, Base, Dealer, ProgrammeYear, Region
from models.db import (
    ENV_VAR,
    Database,
    current_revision,
    head_revision,
    make_engine,
    resolve_url,
    sqlite_url,
    upgrade,
)
from models.types import ExactDecimal, Money

FIRST_REVISION = "0001"


# --------------------------------------------------------------------------- Money and ExactDecimal


@pytest.fixture
def numbers(db: Database):
    """A scratch table with a Money and an ExactDecimal column, on the database under test."""
    meta = MetaData()
    table = Table(
        "scratch_numbers",
        meta,
        Column("id", Integer, primary_key=True),
        Column("amount", Money()),
        Column("ratio", ExactDecimal()),
    )
    meta.create_all(db.engine)
    yield table
    meta.drop_all(db.engine)


MONEY_VALUES = [
    Decimal("0.01"),
    Decimal("0"),
    Decimal("-0.01"),
    Decimal("-12345.67"),
    Decimal("12500.50"),
    Decimal("999999999999.99"),
    Decimal("92233720368547758.07"),  # the largest amount a BIGINT of cents holds
    Decimal("7"),
    Decimal("1E+3"),
]


@pytest.mark.parametrize("value", MONEY_VALUES, ids=str)
def test_money_round_trips_exactly(db: Database, numbers: Table, value: Decimal) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(numbers).values(id=1, amount=value))
    with db.engine.connect() as conn:
        back = conn.execute(select(numbers.c.amount)).scalar_one()
        raw = conn.execute(text("SELECT amount FROM scratch_numbers")).scalar_one()
    assert isinstance(back, Decimal)
    assert back == value
    assert back.as_tuple().exponent == -2, "money comes back with exactly two decimals"
    assert int(raw) == int(value * 100), "stored as integer cents"


def test_money_int_is_whole_units(db: Database, numbers: Table) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(numbers).values(id=1, amount=25))
    with db.engine.connect() as conn:
        assert conn.execute(select(numbers.c.amount)).scalar_one() == Decimal("25.00")


@pytest.mark.parametrize("value", [1.5, 0.1, "12.50"], ids=repr)
def test_money_refuses_float_and_text(db: Database, numbers: Table, value: object) -> None:
    with pytest.raises(StatementError, match="money must be Decimal"), db.engine.begin() as conn:
        conn.execute(insert(numbers).values(id=1, amount=value))
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(numbers)).scalar_one() == 0


@pytest.mark.parametrize("value", ["0.001", "1.005", "-0.015", "12500.505"])
def test_money_refuses_more_than_two_decimals(db: Database, numbers: Table, value: str) -> None:
    with pytest.raises(StatementError, match="more than two decimals"), db.engine.begin() as conn:
        conn.execute(insert(numbers).values(id=1, amount=Decimal(value)))
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(numbers)).scalar_one() == 0


def test_money_accepts_trailing_zeros_below_the_cent() -> None:
    assert Money().process_bind_param(Decimal("1.500"), None) == 150  # type: ignore[arg-type]


def test_money_refuses_sub_cent_digits_beyond_28_significant_digits() -> None:
    """Not rounded away in a 28-digit context: the cent check is exact at any length."""
    with pytest.raises(ValueError):
        Money().process_bind_param(Decimal("1.0000000000000000000000000001"), None)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [True, False, Decimal("Infinity"), Decimal("-Infinity"), Decimal("NaN")], ids=repr)
def test_money_and_exact_decimal_refuse_bool_and_non_finite(value: object) -> None:
    for column_type in (Money(), ExactDecimal()):
        with pytest.raises((TypeError, ValueError)):
            column_type.process_bind_param(value, None)  # type: ignore[arg-type]


def test_money_refuses_more_than_a_bigint_of_cents() -> None:
    assert Money().process_bind_param(Decimal("92233720368547758.07"), None) == 2**63 - 1  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money().process_bind_param(Decimal("92233720368547758.08"), None)  # type: ignore[arg-type]


EXACT_VALUES = [
    Decimal("0.5"),
    Decimal("0.333333"),
    Decimal("0.500000"),
    Decimal("0"),
    Decimal("-2.75"),
    Decimal("1E+3"),
    Decimal("0.1666666666666666666666666666666666666666666667"),  # 48 characters: the column's width
    Decimal("89.1234567"),
]


@pytest.mark.parametrize("value", EXACT_VALUES, ids=str)
def test_exact_decimal_round_trips(db: Database, numbers: Table, value: Decimal) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(numbers).values(id=1, ratio=value))
    with db.engine.connect() as conn:
        back = conn.execute(select(numbers.c.ratio)).scalar_one()
    assert isinstance(back, Decimal)
    assert back == value
    assert str(back) == str(value), "the exact text (and so the number of decimals) is kept"


@pytest.mark.parametrize("value", [0.5, "0.5"], ids=repr)
def test_exact_decimal_refuses_float_and_text(db: Database, numbers: Table, value: object) -> None:
    with pytest.raises(StatementError, match="exact number must be Decimal"), db.engine.begin() as conn:
        conn.execute(insert(numbers).values(id=1, ratio=value))


def test_exact_decimal_holds_an_r6_rate(db: Database, numbers: Table) -> None:
    """R6 rates have 50 significant digits (base / 3 is 52 characters): the column must hold them on every database."""
    from coop_desk import rules

    rate = rules.reimbursement_rate(2)
    assert len(str(rate)) > 48
    with db.engine.begin() as conn:
        conn.execute(insert(numbers).values(id=1, ratio=rate))
    with db.engine.connect() as conn:
        assert conn.execute(select(numbers.c.ratio)).scalar_one() == rate


def test_exact_decimal_refuses_what_the_column_cannot_hold(db: Database, numbers: Table) -> None:
    """Too long for the column is refused the same way on SQLite (no length check) and PostgreSQL."""
    too_long = Decimal("0." + "3" * 100)
    with pytest.raises(StatementError, match="characters"), db.engine.begin() as conn:
        conn.execute(insert(numbers).values(id=1, ratio=too_long))


def test_exact_decimal_refuses_a_corrupt_row(db: Database, numbers: Table) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO scratch_numbers (id, ratio) VALUES (1, 'zero point five')"))
    with pytest.raises(ValueError, match="not a decimal"), db.engine.connect() as conn:
        conn.execute(select(numbers.c.ratio)).scalar_one()


def test_orm_money_column_round_trips(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(_year_row(2027, budget=Decimal("123456789.01")))
    with db.reading() as s:
        programme_year = s.scalars(select(ProgrammeYear)).one()
        assert programme_year.budget == Decimal("123456789.01")
        assert programme_year.base_rate == Decimal("0.5") and programme_year.threshold == Decimal("0.2")


def _year_row(year: int, budget: Decimal) -> ProgrammeYear:
    import datetime as dt

    return ProgrammeYear(
        year=year,
        budget=budget,
        base_rate=Decimal("0.5"),
        cap_floor=Decimal(10000),
        cap_ceiling=Decimal(50000),
        threshold=Decimal("0.2"),
        drafting_from=dt.date(year - 1, 7, 1),
        consolidation_from=dt.date(year - 1, 9, 1),
        allocation_from=dt.date(year - 1, 10, 1),
        execution_from=dt.date(year, 1, 1),
        evaluation_from=dt.date(year + 1, 1, 1),
        channels=["press"],
    )


# --------------------------------------------------------------------------- migrations


def test_upgrade_from_an_empty_database_reaches_head(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "empty.sqlite"))
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        engine.dispose()
    assert not list(tmp_path.glob("*.before-*")), "an empty database is not backed up"


def test_fixture_database_is_at_head(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()


def _fill_first_revision(url: str) -> None:
    """A database as revision 0001 left it, with rows written by plain SQL valid at 0001."""
    engine = make_engine(url)
    try:
        upgrade(engine, FIRST_REVISION)
        assert current_revision(engine) == FIRST_REVISION
        with engine.begin() as c:
            c.execute(text("INSERT INTO region (id, name, notes) VALUES (1, 'Сибирь', '')"))
            c.execute(
                text(
                    "INSERT INTO dealer (id, code, name, region_id, city, legal_name, email, phone, active, version) "
                    "VALUES (1, 'D014', 'ООО Ромашка', 1, 'Омск', '', 'info@romashka.ru', '', 1, 1)"
                )
            )
            c.execute(
                text(
                    "INSERT INTO programme_year (id, year, currency, language, budget, base_rate, cap_floor, "
                    "cap_ceiling, threshold, stage, drafting_from, consolidation_from, allocation_from, "
                    "execution_from, evaluation_from, claim_deadline_days, channels, consolidating_agency, "
                    "evaluating_agency, version) VALUES (1, 2027, 'EUR', 'ru', 12345678901, '0.5', 1000000, "
                    "5000000, '0.2', 'allocation', '2026-07-01', '2026-09-01', '2026-10-01', '2027-01-01', "
                    "'2028-01-01', 30, '[\"press\", \"radio\"]', 'Agency A', 'Agency B', 3)"
                )
            )
            c.execute(
                text(
                    "INSERT INTO audit_event (actor, action, entity, entity_id, year, summary) "
                    "VALUES ('old', 'year.create', 'programme_year', 1, 2027, 'made at 0001')"
                )
            )
    finally:
        engine.dispose()


def test_database_at_first_revision_opens_upgraded_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "coopdesk.sqlite"
    url = sqlite_url(path)
    _fill_first_revision(url)
    assert head_revision() != FIRST_REVISION

    database = Database(url)  # upgrades
    try:
        assert current_revision(database.engine) == head_revision()
        with database.reading() as s:
            programme_year = s.scalars(select(ProgrammeYear)).one()
            assert (
                programme_year.year,
                programme_year.budget,
                programme_year.cap_floor,
                programme_year.cap_ceiling,
            ) == (
                2027,
                Decimal("123456789.01"),
                Decimal("10000.00"),
                Decimal("50000.00"),
            )
            assert (
                programme_year.base_rate,
                programme_year.threshold,
                programme_year.stage.value,
                programme_year.version,
            ) == (
                Decimal("0.5"),
                Decimal("0.2"),
                "allocation",
                3,
            )
            assert programme_year.channels == ["press", "radio"]
            dealer = s.scalars(select(Dealer)).one()
            assert (dealer.code, dealer.name, dealer.region.name) == ("D014", "ООО Ромашка", "Сибирь")
            assert s.scalars(select(AuditEvent.summary)).all() == ["made at 0001"]
        # what 0002 added is there: the invoice index and the append-only audit trail
        assert "ix_claim_invoice" in {ix["name"] for ix in inspect(database.engine).get_indexes("claim")}
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as c:
            c.execute(text("DELETE FROM audit_event"))
    finally:
        database.dispose()

    backups = list(tmp_path.glob(f"*.before-{FIRST_REVISION}-*.sqlite"))
    assert len(backups) == 1, list(tmp_path.iterdir())
    assert backups[0].name.startswith("coopdesk.before-0001-")
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST_REVISION,)]
        assert con.execute("SELECT code FROM dealer").fetchall() == [("D014",)]
    finally:
        con.close()


def test_opening_a_database_at_head_makes_no_backup(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "coopdesk.sqlite")
    Database(url).dispose()
    Database(url).dispose()
    assert not list(tmp_path.glob("*.before-*"))


def test_models_match_the_migrated_schema(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def _exact_decimal_columns() -> list[tuple[str, str]]:
    return [
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, ExactDecimal)
    ]


def test_migrations_do_not_use_the_live_column_types() -> None:
    """A migration must not change when a model's type changes later: plain SQLAlchemy types only."""
    versions = Path(models.db.__file__).parent / "migrations" / "versions"
    for script in versions.glob("*.py"):
        assert "models.types" not in script.read_text(encoding="utf-8"), script.name


def test_schema_comparison_can_see_a_difference(db: Database) -> None:
    """The comparison above is not blind: a column the migrations lack shows up."""
    meta = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(meta)
    meta.tables["region"].append_column(Column("extra", Integer))
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), meta)
    assert [d[0] for d in diff] == ["add_column"]


# --------------------------------------------------------------------------- audit trail is append-only


def test_audit_trail_refuses_update_and_delete(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(AuditEvent(actor="tester", action="test", entity="none", summary="kept"))
    for statement in ("UPDATE audit_event SET summary = 'changed'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as c:
            c.execute(text(statement))
    with db.reading() as s:
        assert s.scalars(select(AuditEvent.summary)).all() == ["kept"]
    # adding stays possible
    with db.unit_of_work() as s:
        s.add(AuditEvent(actor="tester", action="test", entity="none", summary="second"))
    with db.reading() as s:
        assert s.scalar(select(func.count(AuditEvent.id))) == 2


def test_audit_trail_refuses_orm_delete(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(AuditEvent(actor="tester", action="test", entity="none"))
    with pytest.raises(DBAPIError), db.unit_of_work() as s:
        s.delete(s.scalars(select(AuditEvent)).one())
    with db.reading() as s:
        assert s.scalar(select(func.count(AuditEvent.id))) == 1


# --------------------------------------------------------------------------- resolve_url


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    return tmp_path / "data"


def test_resolve_url_default_is_the_file_in_the_data_dir(data_dir: Path) -> None:
    assert resolve_url() == sqlite_url(data_dir / "coopdesk.sqlite")
    assert resolve_url(None) == resolve_url("")


def test_resolve_url_env_beats_default(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite"))
    assert resolve_url() == sqlite_url(tmp_path / "env.sqlite")


def test_resolve_url_cli_beats_env(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite"))
    assert resolve_url(str(tmp_path / "cli.sqlite")) == sqlite_url(tmp_path / "cli.sqlite")
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_resolve_url_bare_path_is_sqlite(data_dir: Path, tmp_path: Path) -> None:
    url = resolve_url(str(tmp_path / "some dir" / "my.sqlite"))
    assert url.startswith("sqlite:///")
    assert url == f"sqlite:///{(tmp_path / 'some dir' / 'my.sqlite').resolve().as_posix()}"


def test_resolve_url_relative_path_becomes_absolute(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(data_dir.parent)
    assert resolve_url("rel.sqlite") == sqlite_url(data_dir.parent / "rel.sqlite")
    assert Path(resolve_url("rel.sqlite").removeprefix("sqlite:///")).is_absolute()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://coop:pw@db.example:5432/coop", "postgresql+psycopg://coop:pw@db.example:5432/coop"),
        ("postgres://coop@db/coop", "postgresql+psycopg://coop@db/coop"),
        ("postgresql+psycopg://coop@db/coop", "postgresql+psycopg://coop@db/coop"),
        ("sqlite:////srv/coop.sqlite", "sqlite:////srv/coop.sqlite"),
    ],
)
def test_resolve_url_normalises_postgres(data_dir: Path, monkeypatch: pytest.MonkeyPatch, given, expected) -> None:
    assert resolve_url(given) == expected
    monkeypatch.setenv(ENV_VAR, given)
    assert resolve_url() == expected


# --------------------------------------------------------------------------- SQLite pragmas


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar_one().lower() == "wal"
    assert sqlite_db.is_sqlite
    assert sqlite_db.directory is not None and sqlite_db.directory.is_dir()


def test_sqlite_foreign_keys_are_enforced(sqlite_db: Database) -> None:
    with pytest.raises(DBAPIError), sqlite_db.unit_of_work() as s:
        s.add(Dealer(code="D001", name="Orphan", region_id=999))
    with sqlite_db.reading() as s:
        assert s.scalar(select(func.count(Dealer.id))) == 0
        assert s.scalar(select(func.count(Region.id))) == 0

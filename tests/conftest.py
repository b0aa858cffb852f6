"""Shared fixtures: a fresh, migrated database per test, on SQLite and (when available) PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the property and fuzz tests with a fixed seed, so a submission passes or fails on its own
# merits; a developer's run explores new examples every time.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")

from coop_desk.services import Services  # noqa: E402
from coop_desk.services.base import ServiceContext  # noqa: E402
from models.db import Database, make_engine, sqlite_url, upgrade  # noqa: E402

PG_URL = os.environ.get("COOP_DESK_TEST_PG_URL", "")
PG_SKIP = os.environ.get("COOP_DESK_TEST_PG_SKIP", "") or (
    "" if PG_URL else "COOP_DESK_TEST_PG_URL is not set (scripts/test starts a PostgreSQL server and sets it)"
)
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated template database on the test server; each test clones it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"coop_tpl_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _pg_database(template: str) -> tuple[Database, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"coop_t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    return Database(url, migrate=False), name


def _drop_pg(name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, fully migrated database: a SQLite file, or a PostgreSQL database cloned from a template."""
    if request.param == "sqlite":
        path = tmp_path / "coopdesk.sqlite"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        database = Database(sqlite_url(path), migrate=False)
        yield database
        database.dispose()
        return
    if PG_SKIP:
        pytest.skip(f"PostgreSQL not available: {PG_SKIP}")
    database, name = _pg_database(request.getfixturevalue("pg_template"))
    yield database
    database.dispose()
    _drop_pg(name)


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A SQLite database only (for tests about files beside it)."""
    path = tmp_path / "coopdesk.sqlite"
    shutil.copy(sqlite_template, path)
    database = Database(sqlite_url(path), migrate=False)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> ServiceContext:
    return ServiceContext(db, actor="tester")


@pytest.fixture
def services(ctx: ServiceContext) -> Services:
    return Services(ctx)

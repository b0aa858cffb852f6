"""A shared PostgreSQL database: `db init/grant/upgrade`, the application role's limits, sign-in for every command.

Each test makes its own PostgreSQL roles (an owner of the database, an application role) and a database owned
by the first, on the test server (a superuser ``postgres`` with trust authentication: the passwords are not
checked there, the ownership and the privileges are).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from coop_desk.cli import run
from coop_desk.services import ServiceContext, Services
from models.db import Database, head_revision
from models.enums import Role
from tests.conftest import PG_SKIP, PG_URL

pytestmark = pytest.mark.postgres

OWNER_PASSWORD = "the first owner's password"
ROLES = ("owner", "marketer", "agency", "finance", "auditor")


@dataclass
class Shared:
    database: str
    owner_role: str
    app_role: str
    app_url: str  # the everyday URL: the application role
    owner_url: str  # the database owner role (for checks made by the tests)

    def engine(self, url: str):  # type: ignore[no-untyped-def]
        return create_engine(url, isolation_level="AUTOCOMMIT")


def _url(user: str, database: str, password: str = "pw") -> str:
    return make_url(PG_URL).set(username=user, password=password, database=database).render_as_string(False)


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Shared]:
    if PG_SKIP:
        pytest.skip(f"PostgreSQL not available: {PG_SKIP}")
    tag = uuid.uuid4().hex[:8]
    owner, app, name = f"coop_own_{tag}", f"coop_app_{tag}", f"coop_r_{tag}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE ROLE {owner} LOGIN PASSWORD 'owner-pw'"))
        c.execute(text(f"CREATE ROLE {app} LOGIN PASSWORD 'app-pw'"))
        c.execute(text(f'CREATE DATABASE "{name}" OWNER {owner}'))
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    for var in ("COOP_DESK_DB", "COOP_DESK_USER", "COOP_DESK_PASSWORD", "COOP_DESK_ADMIN_USER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COOP_DESK_ADMIN_PASSWORD", "owner-pw")
    monkeypatch.setenv("COOP_DESK_NEW_PASSWORD", OWNER_PASSWORD)
    yield Shared(name, owner, app, _url(app, name, "app-pw"), _url(owner, name, "owner-pw"))
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        for role in (app, owner):
            c.execute(text(f"DROP ROLE IF EXISTS {role}"))
    admin.dispose()


def cli(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["--db", url, *argv])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def init(shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = cli(capsys, shared.app_url, "db", "init", "--admin-user", shared.owner_role, "--owner", "ann")
    assert code == 0, err
    assert f"application role {shared.app_role}: everyday privileges granted" in out
    monkeypatch.setenv("COOP_DESK_PASSWORD", OWNER_PASSWORD)


def _refused(engine, statement: str) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DBAPIError) as caught, engine.connect() as conn:
        conn.execute(text(statement))
    return str(caught.value.orig)


# -- db init -------------------------------------------------------------------------------------------------
def test_db_init_makes_the_schema_as_the_owner_role_and_the_first_owner(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = cli(capsys, shared.app_url, "dealer", "list")
    assert code == 1 and "holds no CoopDesk schema yet" in err and "coop-desk db init" in err
    code, _, err = cli(capsys, shared.app_url, "users", "add", "ann", "--role", "owner")  # no bootstrap any more
    assert code == 1 and "db init" in err
    code, _, err = cli(capsys, shared.app_url, "db", "init", "--owner", "ann")
    assert code == 1 and "--admin-user" in err and "COOP_DESK_ADMIN_PASSWORD" in err
    code, _, err = cli(capsys, shared.app_url, "db", "init", "--admin-user", shared.app_role, "--owner", "ann")
    assert code == 1 and f"{shared.app_role} does not own the database" in err and shared.owner_role in err
    monkeypatch.delenv("COOP_DESK_ADMIN_PASSWORD")
    code, _, err = cli(capsys, shared.app_url, "db", "init", "--admin-user", shared.owner_role, "--owner", "ann")
    assert code == 1 and "no password for the PostgreSQL role" in err  # stdin is not a terminal here
    monkeypatch.setenv("COOP_DESK_ADMIN_PASSWORD", "owner-pw")
    check = shared.engine(_url("postgres", shared.database))
    try:
        with check.connect() as c:
            assert not c.execute(text("SELECT 1 FROM pg_tables WHERE schemaname = 'public'")).all()  # nothing yet
        init(shared, capsys, monkeypatch)
        with check.connect() as c:
            owners = set(c.scalars(text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")))
            users = c.execute(text("SELECT username, role FROM app_user")).all()
            actor = c.scalar(text("SELECT actor FROM audit_event WHERE action = 'user.add'"))
    finally:
        check.dispose()
    assert owners == {shared.owner_role}  # the application role owns no table
    assert users == [("ann", "owner")] and actor == shared.owner_role
    code, _, err = cli(capsys, shared.app_url, "db", "init", "--admin-user", shared.owner_role, "--owner", "eve")
    assert code == 1 and "has 1 user(s) already" in err
    code, out, err = cli(capsys, shared.app_url, "--user", "ann", "dealer", "list")
    assert code == 0, err


def test_db_grant_creates_a_missing_role_when_the_owner_may(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init(shared, capsys, monkeypatch)
    extra = f"{shared.app_role}_2"
    monkeypatch.delenv("COOP_DESK_APP_PASSWORD", raising=False)
    code, _, err = cli(capsys, shared.app_url, "db", "grant", "--admin-user", shared.owner_role, "--app-role", extra)
    assert code == 1 and "no password for the new role" in err
    monkeypatch.setenv("COOP_DESK_APP_PASSWORD", "second-pw")
    code, _, err = cli(capsys, shared.app_url, "db", "grant", "--admin-user", shared.owner_role, "--app-role", extra)
    assert code == 1 and f"cannot create the role {extra}" in err and "CREATE ROLE" in err  # no CREATEROLE
    admin = shared.engine(PG_URL)
    try:
        with admin.connect() as c:
            c.execute(text(f"ALTER ROLE {shared.owner_role} CREATEROLE"))
        code, out, err = cli(
            capsys, shared.app_url, "db", "grant", "--admin-user", shared.owner_role, "--app-role", extra
        )
        assert code == 0 and f"application role {extra}" in out, err
        code, _, err = cli(
            capsys, shared.app_url, "db", "grant", "--admin-user", shared.owner_role, "--app-role", "postgres"
        )
        assert code == 1 and "postgres is a superuser" in err
        second = _url(extra, shared.database, "second-pw")
        assert cli(capsys, second, "--user", "ann", "dealer", "list")[0] == 0
        assert "permission denied" in _refused(shared.engine(second), "DELETE FROM audit_event")
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{shared.database}" WITH (FORCE)'))
            c.execute(text(f"DROP ROLE IF EXISTS {extra}"))
        admin.dispose()


# -- what the database itself refuses -------------------------------------------------------------------------
def test_the_application_role_cannot_rewrite_the_audit_trail_or_the_schema(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init(shared, capsys, monkeypatch)
    app = shared.engine(shared.app_url)
    owner = shared.engine(shared.owner_url)
    try:
        for statement in (
            "UPDATE audit_event SET actor = 'nobody'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "TRUNCATE audit_event, app_user CASCADE",
            "UPDATE alembic_version SET version_num = '0001'",
            "INSERT INTO alembic_version VALUES ('9999')",
        ):
            assert "permission denied" in _refused(app, statement), statement
        for statement in (
            "ALTER TABLE audit_event DISABLE TRIGGER ALL",
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
            "DROP TRIGGER audit_event_no_truncate ON audit_event",
            "ALTER TABLE dealer ADD COLUMN evil integer",
            "DROP TABLE claim",
        ):
            assert "must be owner" in _refused(app, statement), statement
        assert "permission denied for schema" in _refused(app, "CREATE TABLE evil (x integer)")
        assert "permission denied" in _refused(app, "SET session_replication_role = replica")
        # the owner role is held by the triggers themselves (TRUNCATE included)
        for statement, op in (
            ("UPDATE audit_event SET actor = 'nobody'", "UPDATE"),
            ("DELETE FROM audit_event", "DELETE"),
            ("TRUNCATE audit_event", "TRUNCATE"),
        ):
            assert f"append-only: {op} is not allowed" in _refused(owner, statement)
        with app.connect() as conn:  # the users table stays writable (the services decide who may change it)
            assert conn.execute(text("UPDATE app_user SET full_name = 'Анна' WHERE username = 'ann'")).rowcount == 1
            assert conn.scalar(text("SELECT count(*) FROM audit_event")) == 1
    finally:
        app.dispose()
        owner.dispose()


def test_db_grant_gives_exactly_the_everyday_privileges_again(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init(shared, capsys, monkeypatch)
    with shared.engine(shared.owner_url).connect() as c:  # somebody granted too much by hand
        c.execute(text(f"GRANT ALL ON audit_event, alembic_version TO {shared.app_role}"))
    app = shared.engine(shared.app_url)
    try:
        with app.connect() as c:
            c.execute(text("DELETE FROM audit_event WHERE false"))  # allowed for now (the row trigger never fires)
        code, out, err = cli(capsys, shared.app_url, "db", "grant", "--admin-user", shared.owner_role)
        assert code == 0 and shared.app_role in out, err
        for statement in ("DELETE FROM audit_event WHERE false", "TRUNCATE audit_event", "DELETE FROM alembic_version"):
            assert "permission denied" in _refused(app, statement), statement
        code, out, err = cli(capsys, shared.app_url, "db", "grant", "--admin-user", shared.owner_role)  # again
        assert code == 0, err
        assert cli(capsys, shared.app_url, "--user", "ann", "users", "add", "fin", "--role", "finance")[0] == 0
    finally:
        app.dispose()


def test_the_application_role_runs_a_whole_year(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coop_desk.demo import DemoProgramme
    from models import Stage

    init(shared, capsys, monkeypatch)
    db = Database(shared.app_url, migrate=False)
    try:
        services = Services(ServiceContext(db, actor="ann", role=Role.OWNER))
        services.users.add("fin", Role.FINANCE, "a finance password")
        services.users.set_password("fin", "another finance password")
        report = DemoProgramme(services, year=2024, dealers=3, seed=7, until=Stage.CLOSED).run()
        assert report.stage is Stage.CLOSED and report.counts["payments"] > 0
        assert services.summary.year(2024).reconciles
        services.users.disable("fin")
        assert services.audit.count() > 10
    finally:
        db.dispose()


def test_the_application_role_refuses_an_older_schema_and_names_the_command(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from models.db import alembic_config, make_engine

    init(shared, capsys, monkeypatch)
    owner = make_engine(shared.owner_url)
    try:
        command.downgrade(alembic_config(owner), "0002")
    finally:
        owner.dispose()
    code, _, err = cli(capsys, shared.app_url, "--user", "ann", "dealer", "list")
    assert code == 1
    assert f"the database is at revision 0002, this CoopDesk needs {head_revision()}" in err
    assert "run `coop-desk db upgrade --admin-user ROLE` with the database owner's credentials" in err
    code, _, err = cli(capsys, shared.app_url, "db", "upgrade")
    assert code == 1 and "--admin-user" in err
    code, out, err = cli(capsys, shared.app_url, "db", "upgrade", "--admin-user", shared.owner_role)
    assert code == 0 and f"from revision 0002 to {head_revision()}" in out and shared.app_role in out, err
    assert cli(capsys, shared.app_url, "--user", "ann", "dealer", "list")[0] == 0
    app = shared.engine(shared.app_url)
    try:
        assert "permission denied" in _refused(app, "TRUNCATE audit_event")
    finally:
        app.dispose()
    with shared.engine(shared.owner_url).connect() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    code, _, err = cli(capsys, shared.app_url, "--user", "ann", "dealer", "list")
    assert code == 1 and "revision 9999, which this CoopDesk does not know" in err
    code, _, err = cli(capsys, shared.app_url, "db", "upgrade", "--admin-user", shared.owner_role)
    assert code == 1 and "revision 9999, which this CoopDesk does not know" in err


def test_emptying_the_users_does_not_open_the_door(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    init(shared, capsys, monkeypatch)
    with shared.engine(shared.owner_url).connect() as c:
        c.execute(text("DELETE FROM app_user"))
    for argv in (
        ("users", "add", "eve", "--role", "owner"),
        ("--user", "eve", "users", "add", "eve", "--role", "owner"),
        ("dealer", "list"),
        ("backup", str(tmp_path / "b.coopdesk-backup")),
        ("demo", "--dealers", "3"),
    ):
        code, _, err = cli(capsys, shared.app_url, *argv)
        assert code == 1 and "there are no users yet" in err and "coop-desk db init" in err, (argv, err)
    assert not (tmp_path / "b.coopdesk-backup").exists()
    with shared.engine(shared.owner_url).connect() as c:
        assert c.scalar(text("SELECT count(*) FROM app_user")) == 0
    # the database owner's credentials can make a first owner again
    code, out, err = cli(capsys, shared.app_url, "db", "init", "--admin-user", shared.owner_role, "--owner", "eve")
    assert code == 0 and "first programme owner: eve" in out, err


# -- every command, without sign-in and with each role --------------------------------------------------------
def test_each_command_without_sign_in_and_with_each_role(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    init(shared, capsys, monkeypatch)
    url, admin = shared.app_url, shared.owner_role
    for role in ROLES[1:]:
        assert cli(capsys, url, "--user", "ann", "users", "add", role, "--role", role)[0] == 0
    assert cli(capsys, url, "--user", "ann", "demo", "--dealers", "3", "--until", "drafting", "--year", "2024")[0] == 0
    backup = tmp_path / "ok.coopdesk-backup"
    assert cli(capsys, url, "--user", "ann", "backup", str(backup))[0] == 0

    def audit_total() -> int:
        with shared.engine(shared.owner_url).connect() as c:
            return int(c.scalar(text("SELECT count(*) FROM audit_event")) or 0)

    out = tmp_path / "x.coopdesk-backup"
    # (command, roles that may run it, what a refusal names); {n} is the role's number (no duplicates)
    table: list[tuple[tuple[str, ...], set[str], str]] = [
        (("dealer", "list"), set(ROLES), ""),
        (("audit", "list", "--limit", "1"), set(ROLES), ""),
        (("users", "list"), set(ROLES), ""),
        (("year", "show", "2024"), set(ROLES), ""),
        (("users", "add", "someone{n}", "--role", "auditor"), {"owner"}, "may not add users"),
        (
            ("dealer", "add", "D90{n}", "--name", "Новый", "--region", "Москва", "--city", "Москва"),
            {"owner", "marketer"},
            "may not register dealers",
        ),
        (("backup", str(out)), {"owner"}, "may not back up the database"),
        (("restore", str(backup), "--replace", "--admin-user", admin), {"owner"}, "may not restore a backup"),
        (
            ("demo", "--dealers", "3", "--until", "drafting", "--year", "2024", "--replace", "--admin-user", admin),
            {"owner"},
            "may not run the demo programme",
        ),
    ]
    for argv, allowed, refusal in table:
        code, _, err = cli(capsys, url, *argv)
        assert code == 1 and "sign in with --user" in err, (argv, err)
        for n, role in enumerate(ROLES):
            user = "ann" if role == "owner" else role
            before = audit_total()
            code, _, err = cli(capsys, url, "--user", user, *(word.replace("{n}", str(n)) for word in argv))
            if role in allowed:
                assert code == 0, (argv, role, err)
            else:
                assert code == 1 and f"{user} ({role}) {refusal}" in err, (argv, role, err)
                assert audit_total() == before, (argv, role)  # a refusal changes nothing
            out.unlink(missing_ok=True)
    # without the database owner's credentials, even the programme owner cannot restore or replace
    for argv in (("restore", str(backup), "--replace"), ("demo", "--dealers", "3", "--replace")):
        code, _, err = cli(capsys, url, "--user", "ann", *argv)
        assert code == 1 and "--admin-user" in err, (argv, err)
    # the everyday role still works after the restore and the replace (the grants were made again)
    code, _, err = cli(capsys, url, "--user", "marketer", "dealer", "list")
    assert code == 0, err
    app = shared.engine(url)
    try:
        assert "permission denied" in _refused(app, "DELETE FROM audit_event")
    finally:
        app.dispose()


def test_a_restore_into_an_empty_database_asks_for_the_owner_role(
    shared: Shared, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    init(shared, capsys, monkeypatch)
    backup = tmp_path / "b.coopdesk-backup"
    assert cli(capsys, shared.app_url, "--user", "ann", "backup", str(backup))[0] == 0
    admin = shared.engine(PG_URL)
    empty = f"{shared.database}_e"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{empty}" OWNER {shared.owner_role}'))
    try:
        target = _url(shared.app_role, empty, "app-pw")
        code, _, err = cli(capsys, target, "restore", str(backup))
        assert code == 1 and "--admin-user" in err
        code, _, err = cli(capsys, target, "restore", str(backup), "--admin-user", shared.app_role)
        assert code == 1 and "does not own the database" in err
        code, _, err = cli(capsys, target, "restore", str(backup), "--admin-user", shared.owner_role)
        assert code == 0, err
        code, out, err = cli(capsys, target, "--user", "ann", "users", "list")  # the app role was granted again
        assert code == 0 and "ann" in out, err
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{empty}" WITH (FORCE)'))
        admin.dispose()

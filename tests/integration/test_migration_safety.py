"""Migrations are atomic and never touch what is not theirs (issue 11, point 4).

A child process upgrading a database is killed after every single migration operation (and right after
each revision stamp, before its commit), and by SIGKILL at moments spread over the upgrade: the database is
always at the old or at the new revision, with exactly that revision's schema and all its rows. Foreign
keys are off during a migration (a table rebuild keeps the child rows), checked before it commits, and on
again afterwards. A newer CoopDesk's database, another application's and a file that is not a database are
refused with one clear line, without a pre-upgrade copy and without a change."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import models.db
from coop_desk.backup_checks import canonical_table_sql
from coop_desk.cli import run
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models.db import Database, SchemaRefused, head_revision, make_engine, sqlite_url, upgrade
from tests.conftest import PG_SKIP, PG_URL

ROOT = Path(__file__).resolve().parents[2]
AUDIT_ROWS = 300
HEAD = head_revision()  # this version's head (a test below adds a revision 9001 after it)

#: The child imports the program once, then forks one process per job that upgrades a database to head.
#: A job dies (os._exit, as a kill would) right after its ``limit``-th migration operation ("op") or
#: revision stamp, before that migration commits ("stamp"), or is killed by SIGKILL ``kill_ms`` after it
#: started upgrading ("kill"). It prints each job's exit status and how many operations ran.
CHILD = textwrap.dedent(
    """
    import json, os, signal, sys, time
    from alembic.operations.base import AbstractOperations as Operations  # batch operations too
    from alembic.runtime.migration import HeadMaintainer
    from models.db import make_engine, upgrade

    def job(url, mode, limit):
        seen = {"n": 0}

        def count():
            seen["n"] += 1
            if seen["n"] == limit:
                os._exit(9)

        if mode == "op":
            real_invoke = Operations.invoke

            def invoke(self, operation):
                result = real_invoke(self, operation)
                count()
                return result

            Operations.invoke = invoke
        elif mode == "stamp":
            real_update = HeadMaintainer.update_to_step

            def update_to_step(self, step):
                real_update(self, step)
                count()

            HeadMaintainer.update_to_step = update_to_step
        upgrade(make_engine(url))
        return seen["n"]

    results = []
    for url, mode, limit in json.loads(sys.argv[1]):
        ready, go = os.pipe()
        done_r, done_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.write(go, b"r")
            ops = job(url, mode, limit)
            os.write(done_w, str(ops).encode())
            os._exit(0)
        os.read(ready, 1)
        if mode == "kill":
            time.sleep(limit / 1000)
            os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        os.close(done_w)
        ops = os.read(done_r, 32).decode()
        results.append([os.waitstatus_to_exitcode(status), int(ops) if ops else None])
        for fd in (ready, go, done_r):
            os.close(fd)
    print(json.dumps(results), flush=True)
    """
)


def run_jobs(jobs: list[tuple[str, str, int]]) -> list[tuple[int, int | None]]:
    """(exit code, operations run) of each job (0: the upgrade finished; 9: died; -9: SIGKILL)."""
    import json

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(jobs)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return [tuple(r) for r in json.loads(done.stdout.strip().splitlines()[-1])]  # type: ignore[misc]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_of(path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'")
        return {  # a table rebuilt by a migration lists its constraints in an order that varies between runs
            (kind, name, canonical_table_sql(sql) if kind == "table" else " ".join((sql or "").split()))
            for kind, name, sql in rows
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, set[tuple[str, str, str]]]:
    """Each revision's schema, as the migrations create it in an empty file (None: no schema at all)."""
    out: dict[str | None, set[tuple[str, str, str]]] = {None: set()}
    folder = tmp_path_factory.mktemp("references")
    for revision in CHAIN:
        path = folder / f"{revision}.sqlite"
        engine = make_engine(sqlite_url(path))
        upgrade(engine, revision)
        engine.dispose()
        out[revision] = schema_of(path)
    return out


def old_database(path: Path) -> Path:
    """A database at revision 0001 holding rows (as an older CoopDesk left it)."""
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_event (at, actor, action, entity, summary) "
                "VALUES (CURRENT_TIMESTAMP, 'old', 'x', 'y', :summary)"
            ),
            [{"summary": f"event {i}"} for i in range(AUDIT_ROWS)],
        )
        conn.execute(
            text(
                "INSERT INTO app_user (username, full_name, role, disabled, failed_logins, version) "
                "VALUES ('owner', 'The Owner', 'owner', 0, 0, 1)"
            )
        )
    engine.dispose()
    return path


def revision_and_rows(path: Path) -> tuple[str | None, int | None]:
    conn = sqlite3.connect(path)  # a killed writer left a WAL: opening recovers it, as the program would
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            assert len(found) <= 1, found
            revision = found[0][0] if found else None
        rows = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] if "audit_event" in tables else None
        return revision, rows
    finally:
        conn.close()


def check_old_or_new(
    path: Path, old: str | None, references: dict[str | None, set[tuple[str, str, str]]], rows: int | None
) -> str | None:
    """The database is at the old revision or one of those after it (each migration commits with its stamp),
    with exactly that revision's schema and every row."""
    revision, audit_rows = revision_and_rows(path)
    allowed = CHAIN[CHAIN.index(old) :] if old is not None else CHAIN
    assert revision in allowed or (old is None and revision is None), f"between revisions: {revision}"
    assert schema_of(path) == references[revision], f"the schema is not revision {revision}'s"
    assert audit_rows == rows or (old is None and revision is None), "rows were lost"
    if revision is not None:
        assert audit_rows == rows
    return revision


def _chain() -> list[str]:
    """The revisions from the first to this version's head, in order."""
    from alembic.script import ScriptDirectory

    from models.db import MIGRATIONS

    script = ScriptDirectory(str(MIGRATIONS))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


CHAIN = _chain()


def _order(revision: str | None) -> int:
    return -1 if revision is None else CHAIN.index(revision)


pytestmark_posix = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill tests fork (POSIX)")


@pytestmark_posix
def test_killed_after_any_operation_or_stamp_the_upgrade_from_0001_is_all_or_nothing(
    tmp_path: Path, references: dict[str | None, set[tuple[str, str, str]]]
) -> None:
    template = old_database(tmp_path / "template.sqlite")
    whole = tmp_path / "whole.sqlite"
    shutil.copy(template, whole)
    total = run_jobs([(sqlite_url(whole), "op", 0)])[0][1]
    later = CHAIN[CHAIN.index("0001") + 1 :]  # the migrations this upgrade runs
    assert total is not None and total >= len(later)
    jobs = [("op", n) for n in range(1, total + 1)] + [("stamp", n) for n in range(1, len(later) + 1)]
    paths = []
    for mode, limit in jobs:
        paths.append(tmp_path / f"{mode}-{limit}.sqlite")
        shutil.copy(template, paths[-1])
    results = run_jobs([(sqlite_url(p), mode, limit) for p, (mode, limit) in zip(paths, jobs, strict=True)])
    by_op = []
    for path, (code, _ops), (mode, limit) in zip(paths, results, jobs, strict=True):
        assert code == 9, (mode, limit, code)
        revision = check_old_or_new(path, "0001", references, AUDIT_ROWS)
        if mode == "op":
            by_op.append(revision)
        else:  # killed at the k-th stamp, before that migration committed: the revision before it
            assert revision == (["0001", *later])[limit - 1], (limit, revision)
    # killed later, never at an earlier revision (a migration with no operation on SQLite, like 0007, is
    # never the one running at a kill after an operation: the stamps above cover every step)
    assert [_order(r) for r in by_op] == sorted(_order(r) for r in by_op), by_op
    assert by_op[0] == "0001" and set(by_op) <= {"0001", *later[:-1]} and len(set(by_op)) >= 3, by_op
    assert check_old_or_new(whole, "0001", references, AUDIT_ROWS) == head_revision()


@pytestmark_posix
def test_killed_after_any_operation_the_upgrade_of_an_empty_file_is_all_or_nothing(
    tmp_path: Path, references: dict[str | None, set[tuple[str, str, str]]]
) -> None:
    total = run_jobs([(sqlite_url(tmp_path / "whole.sqlite"), "op", 0)])[0][1]
    assert total is not None and total > 20
    jobs = [(f"op-{n}", "op", n) for n in range(1, total + 1)]
    jobs += [(f"stamp-{k}", "stamp", k) for k in range(1, len(CHAIN) + 1)]
    results = run_jobs([(sqlite_url(tmp_path / f"{name}.sqlite"), mode, n) for name, mode, n in jobs])
    by_op = []
    for (name, mode, n), (code, _ops) in zip(jobs, results, strict=True):
        assert code == 9, (name, code)
        path = tmp_path / f"{name}.sqlite"
        revision, _rows = revision_and_rows(path)
        assert revision is None or revision in CHAIN, (name, revision)
        assert schema_of(path) == references[revision], f"killed at {name}: not revision {revision}'s schema"
        if mode == "op":
            by_op.append(revision)
        else:
            assert revision == ([None, *CHAIN])[n - 1], (name, revision)
    # inside 0001 nothing at all; later, the last migration that committed
    assert by_op[0] is None
    assert [_order(r) for r in by_op] == sorted(_order(r) for r in by_op), by_op
    assert set(by_op) <= {None, *CHAIN[:-1]} and {None, "0001", "0002"} <= set(by_op), by_op


@pytestmark_posix
def test_sigkill_at_any_moment_leaves_the_old_or_the_new_revision(
    tmp_path: Path, references: dict[str | None, set[tuple[str, str, str]]]
) -> None:
    template = old_database(tmp_path / "template.sqlite")
    delays = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 70, 100, 150, 250, 400]
    paths = []
    for ms in delays:
        paths.append(tmp_path / f"kill-{ms}.sqlite")
        shutil.copy(template, paths[-1])
    results = run_jobs([(sqlite_url(p), "kill", ms) for p, ms in zip(paths, delays, strict=True)])
    seen = set()
    for path, (code, _ops) in zip(paths, results, strict=True):
        assert code in (0, -9), code
        seen.add(check_old_or_new(path, "0001", references, AUDIT_ROWS))
    assert seen <= set(CHAIN[CHAIN.index("0001") :])


@pytestmark_posix
def test_sigkill_during_the_upgrade_of_an_empty_file(
    tmp_path: Path, references: dict[str | None, set[tuple[str, str, str]]]
) -> None:
    delays = [0, 2, 5, 10, 20, 40, 80, 160, 320]
    results = run_jobs([(sqlite_url(tmp_path / f"e{ms}.sqlite"), "kill", ms) for ms in delays])
    for ms, (code, _ops) in zip(delays, results, strict=True):
        assert code in (0, -9), code
        path = tmp_path / f"e{ms}.sqlite"
        revision, _rows = revision_and_rows(path)
        assert revision is None or revision in CHAIN
        assert schema_of(path) == references[revision], f"killed after {ms} ms: not revision {revision}'s schema"


# -- foreign keys during a migration ---------------------------------------------------------------------------
REBUILD = """
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    {body}


def downgrade():
    pass
"""


@pytest.fixture
def extra_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Point models.db at a copy of the migrations with one more revision (9001) whose body is given."""

    def make(body: str) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(models.db.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        code = REBUILD.replace("{head}", head_revision()).replace("{body}", body)
        (folder / "versions" / "9001_test.py").write_text(code, encoding="utf-8")
        monkeypatch.setattr(models.db, "MIGRATIONS", folder)

    return make


def _dealer_with_children(path: Path) -> None:
    database = Database(sqlite_url(path))
    try:
        services = Services(ServiceContext(database, actor="tester"))
        services.dealers.register("D1", "Dealer", "North", city="Omsk")
    finally:
        database.dispose()


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        conn.close()


def test_a_table_rebuild_keeps_the_child_rows_and_foreign_keys_come_back_on(tmp_path: Path, extra_migration) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "db.sqlite"
    _dealer_with_children(path)
    # the parent table of the dealers is rebuilt (copy, drop, rename), as batch_alter_table does on SQLite
    extra_migration(
        "with op.batch_alter_table('region', recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('note', sa.String(20), nullable=True))"
    )
    engine = make_engine(sqlite_url(path))
    try:
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9001"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again, on the same connection
    finally:
        engine.dispose()
    assert _count(path, "dealer") == 1 and _count(path, "region") == 1


def test_a_migration_that_leaves_a_dangling_reference_is_rolled_back(tmp_path: Path, extra_migration) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "db.sqlite"
    _dealer_with_children(path)
    extra_migration(
        "op.execute('UPDATE dealer SET region_id = 77')\n"
        "    op.add_column('region', sa.Column('note', sa.String(20), nullable=True))"
    )
    engine = make_engine(sqlite_url(path))
    try:
        with pytest.raises(SchemaRefused, match=r"upgrade to revision 9001 was stopped .*dealer row \d+ -> region"):
            upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(region)")]
            assert "note" not in columns, "the migration's DDL was rolled back with it"
    finally:
        engine.dispose()
    assert _count(path, "dealer") == 1


# -- what an upgrade refuses -------------------------------------------------------------------------------------
def _stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()


def test_a_database_of_a_newer_coopdesk_is_refused_without_a_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = old_database(tmp_path / "newer.sqlite")
    _stamp(path, "0999")
    before = sha256(path)
    for _attempt in range(3):
        with pytest.raises(SchemaRefused, match=r"newer CoopDesk: its schema revision 0999 .*\(0\.1\.0\)"):
            Database(sqlite_url(path))
        assert run(["--db", str(path), "summary", "--year", "2027"]) == 1
        err = capsys.readouterr().err
        assert "schema revision 0999" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert sha256(path) == before
    assert [p.name for p in tmp_path.iterdir() if ".before-" in p.name] == []


def test_an_older_database_is_copied_once_then_opens(tmp_path: Path) -> None:
    path = old_database(tmp_path / "old.sqlite")
    Database(sqlite_url(path)).dispose()
    Database(sqlite_url(path)).dispose()
    assert len([p for p in tmp_path.iterdir() if ".before-0001-" in p.name]) == 1


def test_another_applications_sqlite_file_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ann', '123')")
    conn.commit()
    conn.close()
    before = schema_of(path)
    content = path.read_bytes()
    with pytest.raises(SchemaRefused, match=r"not a CoopDesk database: it holds other tables \(contacts\)"):
        Database(sqlite_url(path))
    assert run(["--db", str(path), "summary", "--year", "2027"]) == 1
    err = capsys.readouterr().err
    assert "not a CoopDesk database" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == content, "the file is left byte for byte (not even switched to WAL)"
    assert not path.with_name(path.name + "-wal").exists()
    assert schema_of(path) == before, "no CoopDesk table was added"
    assert _count(path, "contacts") == 1


def test_another_alembic_application_is_taken_for_an_unknown_revision(tmp_path: Path) -> None:
    path = tmp_path / "other-alembic.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    content = path.read_bytes()
    with pytest.raises(SchemaRefused, match="ae1027a6acf"):
        Database(sqlite_url(path))
    assert path.read_bytes() == content
    assert {name for _kind, name, _sql in schema_of(path)} == {"alembic_version", "things"}


@pytest.mark.parametrize(
    "content",
    [b"just some notes\n" * 50, b"\x00\x01\x02garbage" * 300, b"SQLite format 3\x00" + b"\xee" * 200],
    ids=["text", "binary", "fake-header"],
)
def test_a_file_that_is_not_a_database_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    assert run(["--db", str(path), "summary", "--year", "2027"]) == 1
    err = capsys.readouterr().err
    assert "is not a SQLite database" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_the_refusal_is_translated() -> None:
    from coop_desk.schema_refusals import schema_refusal

    refusal = schema_refusal(SchemaRefused("x.sqlite", "newer", revision="0999", version="0.1.0"))
    assert refusal.lines() == [
        "x.sqlite: was written by a newer CoopDesk: its schema revision 0999 is not one that this version (0.1.0) "
        "knows; open it with the version that wrote it, or a newer one"
    ]


# -- PostgreSQL ----------------------------------------------------------------------------------------------
@pytest.fixture
def empty_pg():  # type: ignore[no-untyped-def]
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


@pytest.mark.postgres
def test_postgresql_refuses_a_newer_revision_and_a_foreign_database(empty_pg: str) -> None:
    engine = create_engine(empty_pg)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    with pytest.raises(SchemaRefused, match=r"other tables \(invoices\)"):
        Database(empty_pg)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE invoices"))
    Database(empty_pg).dispose()  # empty: CoopDesk's schema is created
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(SchemaRefused, match="schema revision 0999"):
        Database(empty_pg)
    engine.dispose()


def test_migrations_name_no_schema() -> None:
    """A restore onto PostgreSQL builds its reference schema by running the migrations in a scratch schema
    (coop_desk.backup_pg._pg_reference): a migration that named ``public`` explicitly would change the live
    database instead."""
    versions = Path(models.db.__file__).parent / "migrations" / "versions"
    named = [p.name for p in versions.glob("*.py") if "public." in p.read_text(encoding="utf-8")]
    assert named == []

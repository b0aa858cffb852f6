"""Restore never destroys (issue 11, point 3): a backup is checked completely in a temporary place before
anything is replaced, a database open in another process is not replaced, permissions are kept, and a
restore that fails at any point leaves the original file byte for byte as it was."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coop_desk import backup as backups
from coop_desk import backup_checks, backup_sqlite
from coop_desk.cli import run
from coop_desk.errors import CoopDeskError, InvalidInput, Refused
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models.db import Database, head_revision, make_engine, sqlite_url, upgrade
from tests.conftest import PG_SKIP, PG_URL
from tests.factories import fingerprint, year_in_execution

ROOT = Path(__file__).resolve().parents[2]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Setup:
    backup: Path  # a good backup of a programme
    target: Path  # a CoopDesk database (closed) holding other data than the backup
    digest: str  # the target's sha256

    def unchanged(self) -> None:
        assert sha256(self.target) == self.digest, "the original database file was changed"
        assert not Path(f"{self.target}-wal").exists() or Path(f"{self.target}-wal").stat().st_size == 0
        leftovers = [p.name for p in self.target.parent.iterdir() if ".restoring" in p.name]
        assert leftovers == [], leftovers
        assert not list(self.target.parent.glob("*.before-*")), "no pre-upgrade copy of the target is made"


@pytest.fixture
def setup(sqlite_db: Database, tmp_path: Path) -> Iterator[Setup]:
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    year_in_execution(services)
    services.attachments.add(b"\x89PNG\r\n\x1a\n" + b"\x02" * 40, "mockup.png")
    backup = tmp_path / f"good{backups.SUFFIX}"
    backups.backup(sqlite_db.url, backup)
    services.dealers.register("Z9", "Dealer after the backup", "North", city="Omsk")  # the target differs
    sqlite_db.dispose()
    target = Path(sqlite_db.url.removeprefix("sqlite:///"))
    yield Setup(backup, target, sha256(target))


def rebuild(
    source: Path,
    out: Path,
    *,
    database: Callable[[sqlite3.Connection], None] | None = None,
    manifest: Callable[[dict[str, object]], object] | None = None,
    recount: bool = True,
) -> Path:
    """A copy of a backup whose database and/or manifest were edited (the row counts recomputed, so that
    only the edit itself is wrong)."""
    with zipfile.ZipFile(source) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    data: object = json.loads(members["manifest.json"])
    assert isinstance(data, dict)
    if database is not None:
        db_file = out.with_suffix(".edit.sqlite")
        db_file.write_bytes(members["database.sqlite"])
        conn = sqlite3.connect(db_file, isolation_level=None)
        try:
            database(conn)
            if recount:
                tables = [
                    r[0]
                    for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                    if r[0] != "alembic_version" and not r[0].startswith("sqlite_")
                ]
                data["rows"] = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        finally:
            conn.close()
        members["database.sqlite"] = db_file.read_bytes()
        db_file.unlink()
    if manifest is not None:
        edited = manifest(data)
        data = data if edited is None else edited
    members["manifest.json"] = json.dumps(data).encode()
    with zipfile.ZipFile(out, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return out


def test_a_good_backup_replaces_the_target_and_keeps_its_permissions(setup: Setup) -> None:
    os.chmod(setup.target, 0o640)
    done = backups.restore(setup.backup, sqlite_url(setup.target), replace=True)
    assert done.revision == head_revision() and done.rows["dealer"] == 2
    assert sha256(setup.target) != setup.digest
    assert stat.S_IMODE(setup.target.stat().st_mode) == 0o640
    assert not [p for p in setup.target.parent.iterdir() if ".restoring" in p.name]


def test_a_new_file_gets_the_usual_permissions(setup: Setup, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh" / "coopdesk.sqlite"
    backups.restore(setup.backup, sqlite_url(fresh))
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


# -- what is checked before anything is replaced ----------------------------------------------------------------
def _extra_trigger(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON dealer BEGIN DELETE FROM claim; END")


def _extra_view(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE VIEW secrets AS SELECT username, password_hash FROM app_user")


def _extra_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE stash (x TEXT)")


def _extra_index(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX ix_extra ON dealer (name)")


def _missing_trigger(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TRIGGER audit_event_no_delete")


def _changed_trigger(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN SELECT 1; END")


def _missing_index(conn: sqlite3.Connection) -> None:
    conn.execute("DROP INDEX ix_claim_invoice")


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (_extra_trigger, "+trigger evil"),
        (_extra_view, "+view secrets"),
        (_extra_table, "+table stash"),
        (_extra_index, "+index ix_extra"),
        (_missing_trigger, "-trigger audit_event_no_delete"),
        (_changed_trigger, "~trigger audit_event_no_update"),
        (_missing_index, "-index ix_claim_invoice"),
    ],
)
def test_a_backup_whose_schema_is_not_the_migrations_is_refused(
    setup: Setup, tmp_path: Path, edit: Callable[[sqlite3.Connection], None], named: str
) -> None:
    bad = rebuild(setup.backup, tmp_path / f"bad{backups.SUFFIX}", database=edit)
    with pytest.raises(InvalidInput, match="not the schema") as caught:
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    assert named in str(caught.value)
    setup.unchanged()


def test_a_backup_of_another_application_is_refused(setup: Setup, tmp_path: Path) -> None:
    def foreign(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE alembic_version")

    bad = rebuild(setup.backup, tmp_path / f"bad{backups.SUFFIX}", database=foreign)
    with pytest.raises(InvalidInput, match="not a CoopDesk database"):
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    setup.unchanged()


def test_a_backup_from_a_newer_coopdesk_is_refused_naming_its_version(setup: Setup, tmp_path: Path) -> None:
    def newer(m: dict[str, object]) -> None:
        m["revision"] = "0999"
        m["version"] = "7.3.1"

    bad = rebuild(setup.backup, tmp_path / f"new{backups.SUFFIX}", manifest=newer)
    with pytest.raises(Refused, match=r"CoopDesk 7\.3\.1 at schema revision 0999.*this version \(0\.1\.0\)"):
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    anonymous = rebuild(
        setup.backup, tmp_path / f"anon{backups.SUFFIX}", manifest=lambda m: m.update(revision="0999", version=None)
    )
    with pytest.raises(Refused, match="a newer version"):
        backups.restore(anonymous, sqlite_url(setup.target), replace=True)
    setup.unchanged()


def test_every_backup_records_its_version(setup: Setup) -> None:
    manifest = backups.read_manifest(setup.backup)
    assert manifest["version"] == "0.1.0" and manifest["revision"] == head_revision()


def test_a_database_stamped_otherwise_than_its_manifest_is_refused(setup: Setup, tmp_path: Path) -> None:
    def restamp(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")

    bad = rebuild(setup.backup, tmp_path / f"bad{backups.SUFFIX}", database=restamp)
    with pytest.raises(InvalidInput, match="revision 0001, but its manifest says"):
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    setup.unchanged()


def test_rows_that_refer_to_missing_rows_are_refused(setup: Setup, tmp_path: Path) -> None:
    def dangling(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE dealer_score SET dealer_id = 9999 WHERE id = (SELECT min(id) FROM dealer_score)")

    bad = rebuild(setup.backup, tmp_path / f"bad{backups.SUFFIX}", database=dangling)
    with pytest.raises(InvalidInput, match="refer to missing rows"):
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    setup.unchanged()


def test_row_counts_that_differ_from_the_manifest_are_refused(setup: Setup, tmp_path: Path) -> None:
    def deleted(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM attachment")

    bad = rebuild(setup.backup, tmp_path / f"bad{backups.SUFFIX}", database=deleted, recount=False)
    with pytest.raises(InvalidInput, match=r"row counts differ .*attachment: 0 / 1"):
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    setup.unchanged()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    changes=st.dictionaries(
        st.sampled_from(["dealer", "audit_event", "app_user", "programme_year", "claim", "no_such_table"]),
        st.integers(min_value=-3, max_value=3).filter(bool),
        min_size=1,
    )
)
def test_any_wrong_row_count_is_refused(setup: Setup, tmp_path: Path, changes: dict[str, int]) -> None:
    original = json.loads(zipfile.ZipFile(setup.backup).read("manifest.json"))["rows"]
    edited = dict(original)
    for table, delta in changes.items():
        edited[table] = max(0, edited.get(table, 0) + delta)
    if edited == original:
        return
    bad = rebuild(setup.backup, tmp_path / f"rows{backups.SUFFIX}", manifest=lambda m: m.update(rows=edited))
    with pytest.raises(InvalidInput, match="row counts differ"):
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    setup.unchanged()


@pytest.mark.parametrize("manifest", [[], [1, 2], "text", 3, None, True])
def test_a_manifest_that_is_not_an_object_is_refused(
    setup: Setup, tmp_path: Path, manifest: object, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = rebuild(setup.backup, tmp_path / f"m{backups.SUFFIX}", manifest=lambda _m: manifest)
    if manifest is None:  # json null: the lambda's None means "unchanged", so write it by hand
        bad = tmp_path / f"null{backups.SUFFIX}"
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("manifest.json", "null")
            zf.writestr("database.sqlite", b"")
    with pytest.raises(InvalidInput, match="not a JSON object"):
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    assert run(["--db", str(setup.target), "restore", str(bad), "--replace"]) == 1
    err = capsys.readouterr().err
    assert "not a JSON object" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    setup.unchanged()


@pytest.mark.parametrize("rows", [None, [], {"dealer": "2"}, {"dealer": -1}, {"dealer": 1.5}, {"dealer": True}])
def test_a_manifest_without_proper_row_counts_is_refused(setup: Setup, tmp_path: Path, rows: object) -> None:
    bad = rebuild(setup.backup, tmp_path / f"r{backups.SUFFIX}", manifest=lambda m: m.update(rows=rows))
    with pytest.raises(InvalidInput, match="no row counts"):
        backups.restore(bad, sqlite_url(setup.target), replace=True)
    setup.unchanged()


# -- what a restore will not overwrite ----------------------------------------------------------------------------
def test_a_file_that_is_not_a_coopdesk_database_is_not_overwritten(setup: Setup, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("my notes\n" * 200, encoding="utf-8")
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    for path in (text_file, other):
        before = sha256(path)
        with pytest.raises(Refused, match="not a CoopDesk database"):
            backups.restore(setup.backup, sqlite_url(path), replace=True)
        assert sha256(path) == before


HOLD_OPEN = """
import sys, time
from models.db import Database
db = Database(sys.argv[1])
with db.reading() as s:
    s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM dealer")).scalar()
print("open", flush=True)
sys.stdin.readline()
db.dispose()
"""


def test_a_database_open_in_another_process_is_not_replaced(setup: Setup) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, sqlite_url(setup.target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        digest = sha256(setup.target)  # the other process may have switched the file to WAL
        with pytest.raises(Refused, match="is open in another CoopDesk"):
            backups.restore(setup.backup, sqlite_url(setup.target), replace=True)
        assert sha256(setup.target) == digest
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(timeout=30)
    backups.restore(setup.backup, sqlite_url(setup.target), replace=True)  # closed there: it works


def test_a_database_open_in_this_process_is_not_replaced(setup: Setup) -> None:
    db = Database(sqlite_url(setup.target), migrate=False)
    try:
        with db.reading() as s:
            s.execute(__import__("sqlalchemy").text("SELECT 1")).scalar()
        with pytest.raises(Refused, match="is open in another CoopDesk"):
            backups.restore(setup.backup, sqlite_url(setup.target), replace=True)
    finally:
        db.dispose()
    setup.unchanged()


# -- a failure at any point ---------------------------------------------------------------------------------------
class Boom(RuntimeError):
    pass


#: Each step of a SQLite restore, patched in the module whose code looks it up.
STEPS = [
    (backups, "read_manifest"),
    (backups, "known_revision"),
    (backups, "manifest_rows"),
    (backups, "check_target"),
    (backup_sqlite, "check_sqlite"),
    (backup_checks, "_reference_schema"),
    (backup_sqlite, "check_copy"),
    (backup_sqlite, "_upgrade_copy"),
    (backup_sqlite, "_restore_attachments"),
    (backup_sqlite, "_seal"),
    (backup_sqlite, "_exclusive_lock"),
]


@pytest.mark.parametrize(("module", "step"), STEPS, ids=[step for _module, step in STEPS])
def test_a_restore_that_fails_at_any_step_leaves_the_original_as_it_was(
    setup: Setup, monkeypatch: pytest.MonkeyPatch, module: ModuleType, step: str
) -> None:
    def failing(*_args: object, **_kwargs: object) -> None:
        raise Boom(step)

    backup_checks._reference_schema.cache_clear()
    monkeypatch.setattr(module, step, failing)
    with pytest.raises(Boom):
        backups.restore(setup.backup, sqlite_url(setup.target), replace=True)
    setup.unchanged()


def _failing_replace(target: Path) -> Callable[..., None]:
    real = os.replace

    def replace(src: object, dst: object, *args: object, **kwargs: object) -> None:
        if Path(str(dst)) == target:
            raise PermissionError(13, "simulated: the file cannot be replaced", str(dst))
        real(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    return replace


def test_a_rename_that_fails_leaves_the_original_as_it_was(setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_sqlite.os, "replace", _failing_replace(setup.target))
    with pytest.raises(CoopDeskError, match="simulated"):
        backups.restore(setup.backup, sqlite_url(setup.target), replace=True)
    setup.unchanged()


@pytest.mark.parametrize("after", [1, 2, 3, 5, 8, 13])
def test_a_failure_deep_inside_any_copy_leaves_the_original(
    setup: Setup, monkeypatch: pytest.MonkeyPatch, after: int
) -> None:
    """Copying (the database out of the zip, an attachment) fails after ``after`` calls of copyfileobj or
    sqlite3.connect: wherever it happens, the target is as it was."""
    calls = {"n": 0}
    real_copy, real_connect = backup_sqlite.shutil.copyfileobj, backup_sqlite.sqlite3.connect

    def count() -> None:
        calls["n"] += 1
        if calls["n"] == after:
            raise Boom(f"call {after}")

    def copy(*args: object, **kwargs: object) -> None:
        count()
        real_copy(*args, **kwargs)  # type: ignore[arg-type]

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        count()
        return real_connect(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(backup_sqlite.shutil, "copyfileobj", copy)
    monkeypatch.setattr(backup_sqlite.sqlite3, "connect", connect)
    try:
        backups.restore(setup.backup, sqlite_url(setup.target), replace=True)
    except Boom:
        setup.unchanged()
    else:
        assert calls["n"] < after  # fewer calls than that: the restore went through


def test_an_older_backup_is_upgraded_in_its_temporary_place(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(old))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_event (at, actor, action, entity, summary) "
            "VALUES (CURRENT_TIMESTAMP, 'a', 'x', 'y', 's')"
        )
    engine.dispose()
    backup = tmp_path / f"old{backups.SUFFIX}"
    done = backups.backup(sqlite_url(old), backup)
    assert done.revision == "0001"
    target = tmp_path / "restored" / "coopdesk.sqlite"
    restored = backups.restore(backup, sqlite_url(target))
    assert restored.revision == head_revision() and restored.rows["audit_event"] == 1
    assert not list(target.parent.glob("*.before-*")), "the temporary copy needs no pre-upgrade copy"


# -- PostgreSQL: the dump is checked before pg_restore replaces anything ----------------------------------------
@pytest.fixture
def pg_pair() -> Iterator[tuple[str, str]]:
    """Two fresh PostgreSQL databases: a source holding a programme and a target holding another."""
    if PG_SKIP:
        pytest.skip(f"PostgreSQL not available: {PG_SKIP}")
    names = [f"coop_s_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        for name in names:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    urls = [make_url(PG_URL).set(database=n).render_as_string(hide_password=False) for n in names]
    try:
        for url, dealers in zip(urls, ({"A1": [Decimal(100)]}, {"B1": [Decimal(5)], "B2": [Decimal(7)]}), strict=True):
            database = Database(url)
            try:
                year_in_execution(Services(ServiceContext(database, actor="tester")), dealers=dealers)
            finally:
                database.dispose()
        yield urls[0], urls[1]
    finally:
        with admin.connect() as c:
            for name in names:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _pg_state(url: str) -> tuple[dict[str, tuple[int, int]], list[str]]:
    database = Database(url, migrate=False)
    try:
        with database.engine.connect() as conn:
            schemas = sorted(conn.exec_driver_sql("SELECT nspname FROM pg_namespace").scalars())
        return fingerprint(Services(ServiceContext(database, actor="tester"))), schemas
    finally:
        database.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("ddl", "named"),
    [
        ("CREATE VIEW secrets AS SELECT username, password_hash FROM app_user", "+VIEW public.secrets"),
        (
            "CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM claim; RETURN NEW; END $$;"
            "CREATE TRIGGER wipe AFTER INSERT ON dealer FOR EACH ROW EXECUTE FUNCTION wipe()",
            "+TRIGGER public.dealer wipe",
        ),
        ("CREATE TABLE stash (x text)", "+TABLE public.stash"),
        ("CREATE SCHEMA elsewhere; CREATE TABLE elsewhere.t (x int)", "+TABLE elsewhere.t"),
        ("DROP TRIGGER audit_event_append_only ON audit_event", "-TRIGGER public.audit_event audit_event_append_only"),
        ("CREATE INDEX ix_extra ON dealer (name)", "+INDEX public.ix_extra"),
    ],
)
def test_a_postgresql_backup_whose_schema_is_not_the_migrations_is_refused(
    pg_pair: tuple[str, str], tmp_path: Path, ddl: str, named: str
) -> None:
    source, target = pg_pair
    engine = create_engine(source)
    with engine.begin() as conn:
        conn.exec_driver_sql(ddl)
    engine.dispose()
    bad = tmp_path / f"bad{backups.SUFFIX}"
    backups.backup(source, bad)
    before = _pg_state(target)
    with pytest.raises(InvalidInput, match="not the schema") as caught:
        backups.restore(bad, target, replace=True)
    assert named in str(caught.value)
    assert _pg_state(target) == before  # nothing restored, and the scratch schema of the check is gone


@pytest.mark.postgres
def test_a_postgresql_backup_is_checked_against_its_manifest(pg_pair: tuple[str, str], tmp_path: Path) -> None:
    source, target = pg_pair
    good = tmp_path / f"good{backups.SUFFIX}"
    backups.backup(source, good)
    before = _pg_state(target)

    def more_dealers(m: dict[str, object]) -> None:
        rows = m["rows"]
        assert isinstance(rows, dict)
        rows["dealer"] += 1

    wrong_rows = rebuild(good, tmp_path / f"rows{backups.SUFFIX}", manifest=more_dealers)
    with pytest.raises(InvalidInput, match=r"row counts differ .*dealer: 1 / 2"):
        backups.restore(wrong_rows, target, replace=True)
    newer = rebuild(good, tmp_path / f"newer{backups.SUFFIX}", manifest=lambda m: m.update(revision="0999"))
    with pytest.raises(Refused, match="at schema revision 0999"):
        backups.restore(newer, target, replace=True)
    older = rebuild(good, tmp_path / f"older{backups.SUFFIX}", manifest=lambda m: m.update(revision="0001"))
    with pytest.raises(InvalidInput, match="not the schema|at schema revision 0002, but its manifest says 0001"):
        backups.restore(older, target, replace=True)
    assert _pg_state(target) == before
    done = backups.restore(good, target, replace=True)
    assert done.rows["dealer"] == 1 and _pg_state(target) != before

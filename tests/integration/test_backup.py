"""Backups: `coop-desk backup FILE` / `restore FILE [--replace]`, attachments included, and the automatic
copy made before a schema upgrade."""

from __future__ import annotations

import json
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coop_desk import backup as backups
from coop_desk import backup_pg
from coop_desk.cli import run
from coop_desk.errors import CoopDeskError, Refused
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models.db import Database, head_revision, make_engine, sqlite_url, upgrade
from tests.conftest import PG_URL
from tests.factories import fingerprint, year_in_execution

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64


def _programme(services: Services) -> int:
    year_in_execution(services)
    return services.attachments.add(PNG, "mockup.png").id


def _empty_pg() -> tuple[str, str]:
    name = f"coop_r_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False), name


def _drop_pg(name: str) -> None:
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_backup_and_restore_round_trip(services: Services, tmp_path: Path) -> None:
    attachment = _programme(services)
    before = fingerprint(services)
    url = services.ctx.db.url
    out = tmp_path / "out" / f"programme{backups.SUFFIX}"
    out.parent.mkdir()
    done = backups.backup(url, out)
    assert out.is_file() and not list(out.parent.glob(".*partial"))
    manifest = backups.read_manifest(out)
    assert manifest["revision"] == head_revision() and manifest["rows"]["dealer"] == 2  # type: ignore[index]
    if services.ctx.db.is_sqlite:
        assert done.attachments == 1
        target_url = sqlite_url(tmp_path / "restored" / "coopdesk.sqlite")
        drop = None
    else:
        target_url, drop = _empty_pg()
    try:
        restored = backups.restore(out, target_url)
        assert restored.revision == head_revision()
        again = Services(ServiceContext(Database(target_url), actor="tester"))
        try:
            assert fingerprint(again) == before
            assert again.attachments.read(attachment)[0] == PNG  # the files came back too
            # a database holding data is not overwritten without --replace
            with pytest.raises(Refused, match="already holds data"):
                backups.restore(out, target_url)
        finally:
            again.ctx.db.dispose()
        backups.restore(out, target_url, replace=True)
    finally:
        if drop:
            _drop_pg(drop)


def test_commands_backup_and_restore(sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    _programme(services)
    out = tmp_path / f"b{backups.SUFFIX}"
    assert run(["--db", sqlite_db.url, "backup", str(out)]) == 0
    assert "backed up the sqlite database" in capsys.readouterr().out
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert "database.sqlite" in names and any(n.startswith("attachments/") for n in names)
    target = tmp_path / "new.sqlite"
    assert run(["--db", str(target), "restore", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] and payload["result"]["rows"]["dealer"] == 2
    assert run(["--db", str(target), "restore", str(out)]) == 1
    assert "--replace" in capsys.readouterr().err
    assert run(["--db", str(target), "restore", str(out), "--replace"]) == 0


def test_a_bad_backup_file_is_refused_and_changes_nothing(sqlite_db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bad.coopdesk-backup"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(CoopDeskError, match="not a readable CoopDesk backup"):
        backups.restore(bad, sqlite_url(tmp_path / "x.sqlite"))
    evil = tmp_path / "evil.coopdesk-backup"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": 1, "kind": "sqlite"}))
        zf.writestr("database.sqlite", b"")
        zf.writestr("../../escape.txt", b"x")
    with pytest.raises(CoopDeskError, match="unsafe name"):
        backups.restore(evil, sqlite_url(tmp_path / "x.sqlite"))
    damaged = tmp_path / "damaged.coopdesk-backup"
    with zipfile.ZipFile(damaged, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": 1, "kind": "sqlite"}))
        zf.writestr("database.sqlite", b"SQLite format 3\x00" + b"\xff" * 5000)
    target = tmp_path / "y.sqlite"
    with pytest.raises(CoopDeskError):
        backups.restore(damaged, sqlite_url(target))
    assert not target.exists()
    assert not list(tmp_path.glob(".*restoring"))


def test_a_server_backup_needs_pg_dump(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(backup_pg.shutil, "which", lambda _name: None)
    with pytest.raises(Refused, match="pg_dump was not found"):
        backups.backup("postgresql+psycopg://nobody@127.0.0.1:1/none", tmp_path / "x.coopdesk-backup")


def test_a_schema_upgrade_copies_the_file_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_event (at, actor, action, entity, summary) "
                "VALUES (CURRENT_TIMESTAMP, 'a', 'x', 'y', 's')"
            )
        )
    upgrade(engine)  # to head: the file is copied aside first
    engine.dispose()
    copies = list(tmp_path.glob("old.before-0001-*.sqlite"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone() == (1,)
    finally:
        conn.close()

"""``coop-desk users …`` and signing in with ``--user`` (refused on a shared database without it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coop_desk.cli import run
from models.db import Database

PASSWORD = "a long enough password"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("COOP_DESK_PASSWORD", raising=False)
    monkeypatch.setenv("COOP_DESK_NEW_PASSWORD", PASSWORD)
    return tmp_path / "data"


def cli(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(["--db", db.url, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def first_owner(db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *extra: str) -> None:
    """On a shared database only `db init` (as the PostgreSQL role that owns it) makes the first owner, ann."""
    monkeypatch.setenv("COOP_DESK_ADMIN_PASSWORD", "trust")  # the test server trusts its superuser
    user = db.engine.url.username or "postgres"
    code, out, err = cli(db, capsys, "db", "init", "--admin-user", user, "--owner", "ann", *extra)
    assert code == 0 and "first programme owner: ann" in out, err


def test_users_commands(db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = cli(db, capsys, "users", "add", "fin", "--role", "finance")
    assert code == 1 and ("first user must be a programme owner" if db.is_sqlite else "coop-desk db init") in err
    if db.is_sqlite:
        code, out, _ = cli(db, capsys, "users", "add", "ann", "--role", "owner", "--full-name", "Анна Владелец")
        assert code == 0 and "added user ann (owner)" in out
    else:
        first_owner(db, capsys, monkeypatch, "--full-name", "Анна Владелец")
    monkeypatch.setenv("COOP_DESK_PASSWORD", PASSWORD)
    assert cli(db, capsys, "--user", "ann", "users", "add", "fin", "--role", "finance")[0] == 0
    code, out, _ = cli(db, capsys, "--json", "users", "list", "--user", "ann")
    rows = json.loads(out)["result"]
    assert [(r["username"], r["role"]) for r in rows] == [("ann", "owner"), ("fin", "finance")]
    assert all("password" not in key for r in rows for key in r)
    code, _, err = cli(db, capsys, "--user", "fin", "users", "disable", "ann")
    assert code == 1 and "fin (finance) may not disable users" in err
    monkeypatch.setenv("COOP_DESK_NEW_PASSWORD", "another long password")
    assert cli(db, capsys, "--user", "ann", "users", "passwd", "fin")[0] == 0
    code, _, err = cli(db, capsys, "--user", "fin", "users", "list")
    assert code == 1 and "user name or password is wrong" in err
    assert cli(db, capsys, "--user", "ann", "users", "disable", "fin")[0] == 0
    monkeypatch.setenv("COOP_DESK_PASSWORD", "another long password")
    code, _, err = cli(db, capsys, "--user", "fin", "users", "list")
    assert code == 1 and "fin is disabled" in err
    with db.engine.connect() as conn:
        from sqlalchemy import text

        actors = [row[0] for row in conn.execute(text("SELECT actor FROM audit_event WHERE entity = 'user'"))]
    assert actors[1:] == ["ann", "ann", "ann"]  # the signed-in person acts


def test_a_shared_database_refuses_a_command_without_sign_in(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.is_sqlite:
        pytest.skip("a personal SQLite file has an implicit local owner")
    code, _, err = cli(db, capsys, "dealer", "list")
    assert code == 1 and "sign in with --user" in err and "create the first owner" in err
    code, _, err = cli(db, capsys, "users", "add", "ann", "--role", "owner")  # only `db init` makes the first
    assert code == 1 and "coop-desk db init" in err
    first_owner(db, capsys, monkeypatch)
    code, _, err = cli(db, capsys, "users", "add", "eve", "--role", "owner")  # no second bootstrap
    assert code == 1 and "sign in with --user" in err
    code, _, err = cli(db, capsys, "dealer", "list")
    assert code == 1 and "sign in with --user" in err
    monkeypatch.setenv("COOP_DESK_PASSWORD", PASSWORD)
    assert cli(db, capsys, "--user", "ann", "dealer", "list")[0] == 0


def test_a_personal_file_needs_no_sign_in(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    if not db.is_sqlite:
        pytest.skip("only a personal SQLite file has an implicit local owner")
    assert cli(db, capsys, "users", "add", "ann", "--role", "owner")[0] == 0
    code, out, _ = cli(db, capsys, "users", "list")
    assert code == 0 and "ann" in out
    code, _, err = cli(db, capsys, "--user", "ann", "users", "list")  # credentials asked for but not given
    assert code == 1 and "COOP_DESK_PASSWORD" in err


def test_a_personal_file_keeps_its_local_owner_for_backup_restore_and_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 11: the sign-in and the database owner's credentials are for a shared database only."""
    path = str(tmp_path / "own.sqlite")
    assert run(["--db", path, "demo", "--dealers", "3", "--until", "drafting", "--year", "2024"]) == 0
    backup = tmp_path / "own.coopdesk-backup"
    assert run(["--db", path, "backup", str(backup)]) == 0
    assert run(["--db", path, "restore", str(backup), "--replace"]) == 0
    assert run(["--db", path, "demo", "--dealers", "3", "--until", "drafting", "--replace"]) == 0
    capsys.readouterr()
    assert run(["--db", path, "db", "upgrade"]) == 0 and "schema revision" in capsys.readouterr().out
    for action in (["init", "--owner", "ann"], ["grant", "--app-role", "x"]):
        assert run(["--db", path, "db", *action]) == 1
        assert "is for a shared PostgreSQL database; a personal SQLite file needs no set-up" in capsys.readouterr().err

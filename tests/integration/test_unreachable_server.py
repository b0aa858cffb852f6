"""The command line on a database it cannot use: one sentence on stderr, exit code 1, never the password."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from coop_desk.cli import run
from tests.conftest import PG_SKIP, PG_URL

PASSWORD = "S3cret!"
SECRET = "S3cret"  # the password as typed or %-encoded in a URL ("S3cret%21")


def free_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("COOP_DESK_DB", raising=False)
    return tmp_path / "data"


def _all_files(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("as_json", [False, True])
def test_an_unreachable_server_is_one_sentence(
    data_dir: Path, capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    port = free_port()
    url = f"postgresql+psycopg://clerk:{PASSWORD}@127.0.0.1:{port}/coop"
    code = run(["--db", url, *(["--json"] if as_json else []), "year", "list"])
    out, err = capsys.readouterr()
    assert code == 1
    sentence = f"Cannot reach the server 127.0.0.1:{port} — is it running?"
    if as_json:
        assert f'"{sentence}"' in out and err.strip() == sentence
    else:
        assert (out, err) == ("", sentence + "\n")
    assert SECRET not in out + err and "Traceback" not in out + err
    assert not data_dir.exists() or SECRET not in _all_files(data_dir)


def test_a_bare_postgresql_url_is_reached_the_same_way(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    assert run(["--db", f"postgresql://clerk:{PASSWORD}@127.0.0.1:{port}/coop", "dealer", "list"]) == 1
    assert capsys.readouterr().err == f"Cannot reach the server 127.0.0.1:{port} — is it running?\n"


def test_an_internal_error_keeps_the_password_out_of_stderr_and_the_log(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["--db", f"postgresql://clerk:{PASSWORD}@127.0.0.1:notaport/coop", "year", "list"]
    monkeypatch.setattr(sys, "argv", ["coop-desk", *argv])
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("internal error:") and SECRET not in err
    log = _all_files(data_dir)
    assert "clerk:***@127.0.0.1:notaport" in log and SECRET not in log


@pytest.mark.postgres
def test_an_unknown_database_on_a_running_server_is_its_own_sentence(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if PG_SKIP:
        pytest.skip(f"PostgreSQL not available: {PG_SKIP}")
    parsed = make_url(PG_URL)
    url = parsed.set(database="no_such_coop", password=PASSWORD).render_as_string(hide_password=False)
    assert run(["--db", url, "year", "list"]) == 1
    out, err = capsys.readouterr()
    assert err == f"The server {parsed.host}:{parsed.port or 5432} has no database no_such_coop.\n"
    assert SECRET not in out + err

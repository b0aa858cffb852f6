"""``coop-desk mockup reopen ID --reason TEXT``: the owner's, signed in like every command; refused under a claim."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from coop_desk.cli import run
from coop_desk.services import ServiceContext, Services
from models.db import Database
from tests.factories import approve_mockup, claim_input, year_in_execution

PASSWORD = "a long enough password"


def test_reopen_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COOP_DESK_PASSWORD", PASSWORD)
    url = f"sqlite:///{(tmp_path / 'm.sqlite').as_posix()}"
    db = Database(url)
    services = Services(ServiceContext(db, actor="ann"))
    ex = year_in_execution(services)
    ex.clock.set(dt.date(2027, 2, 1))
    free = approve_mockup(services, 2027, ex.ref("D001"))
    claimed = approve_mockup(services, 2027, ex.ref("D001", 2))
    ex.clock.set(dt.date(2027, 3, 5))
    claim = services.claims.file(
        2027, "D001", claim_input(ex.ref("D001", 2), Decimal(900), dt.date(2027, 3, 5), number="SF-9")
    ).claim_id
    services.users.add("ann", "owner", PASSWORD)
    services.users.add("mia", "marketer", PASSWORD)
    db.dispose()

    def cli(*argv: str) -> tuple[int, str, str]:
        code = run(["--db", url, *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    code, _, err = cli("--user", "mia", "mockup", "reopen", str(free), "--reason", "wrong count")
    assert code == 1 and "may not reopen mockup decisions" in err
    code, _, err = cli("--user", "ann", "mockup", "reopen", str(free))
    assert code == 2 and "--reason" in err
    code, _, err = cli("--user", "ann", "mockup", "reopen", str(claimed), "--reason", "wrong count")
    assert code == 1 and f"claim {claim} (invoice SF-9, submitted)" in err
    code, out, err = cli("--user", "ann", "mockup", "reopen", str(free), "--reason", "wrong count")
    assert code == 0, err
    assert f"mockup {free} ({ex.ref('D001')}): the decision (approved) was reopened" in out
    code, out, _ = cli("--user", "ann", "--json", "audit", "list", "--limit", "1")
    assert code == 0 and "mockup.reopen" in out and "wrong count" in out

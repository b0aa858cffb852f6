"""``coop-desk claim reopen`` and ``coop-desk payment reverse``: signed in as each role, on every database."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from coop_desk.cli import run
from coop_desk.services import ServiceContext, Services
from models.db import Database
from models.enums import Role
from tests.factories import approve_mockup, claim_input, year_in_execution

YEAR = 2025  # a past year: the command line runs on the real clock
PASSWORD = "a long enough password"
PEOPLE = {"own": Role.OWNER, "fin": Role.FINANCE, "mkt": Role.MARKETER, "agn": Role.AGENCY}


@pytest.fixture
def prepared(db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[str, int, int, int]:
    """The database URL; claims a and b of D001 approved and paid by one payment on 10 April; one person
    of each role, all with the same password."""
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COOP_DESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("COOP_DESK_USER", raising=False)
    services = Services(ServiceContext(db, actor="tester"))
    ex = year_in_execution(services, YEAR, dealers={"D001": [D(4000), D(4000)]})
    ex.clock.set(dt.date(YEAR, 2, 1))
    for ref in ex.references["D001"]:
        approve_mockup(services, YEAR, ref)
    ex.clock.set(dt.date(YEAR, 4, 10))
    march = dt.date(YEAR, 3, 10)
    a = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001", 1), D(1000), march)).claim_id
    b = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001", 2), D(2000), march)).claim_id
    services.claims.approve(a)
    services.claims.approve(b)
    payment = services.claims.record_payment(YEAR, "D001", dt.date(YEAR, 4, 10), D(1500), [a, b], "PP-1").ids[0]
    for name, role in PEOPLE.items():
        services.users.add(name, role, PASSWORD)
    url = db.url
    return url, a, b, payment


def cli(capsys: pytest.CaptureFixture[str], url: str, user: str, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["--db", url, "--user", user, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_roles_reversal_and_reopening(prepared: tuple[str, int, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    url, a, b, payment = prepared
    reverse = ("payment", "reverse", str(payment), "--reason", "the bank returned it", "--on", f"{YEAR}-05-02")
    for user in ("mkt", "agn"):
        code, _, err = cli(capsys, url, user, *reverse)
        assert code == 1 and "may not reverse payments" in err and len(err.strip().splitlines()) == 1
    for user in ("fin", "mkt", "agn"):
        code, _, err = cli(capsys, url, user, "claim", "reopen", str(a), "--reason", "wrong amount")
        assert code == 1 and "may not reopen claim decisions" in err
    code, _, err = cli(capsys, url, "own", "claim", "reopen", str(a), "--reason", "wrong amount")
    assert code == 1 and f"paid or part-paid (payment {payment} of {YEAR}-04-10)" in err and "reverse" in err

    code, out, err = cli(capsys, url, "fin", "--json", *reverse)
    assert code == 0, err
    reversal = json.loads(out)["result"]
    assert (reversal["reverses"], reversal["paid_on"], reversal["amount"]) == (payment, f"{YEAR}-05-02", "-1500.00")
    code, _, err = cli(capsys, url, "fin", *reverse)
    assert code == 1 and "was reversed already" in err
    code, out, _ = cli(capsys, url, "fin", "payment", "list", "--year", str(YEAR))
    assert code == 0
    assert f"reversed by {reversal['id']}" in out and f"reverses {payment}: the bank returned it" in out
    assert "2 payment(s): €0.00" in out

    code, out, err = cli(capsys, url, "own", "claim", "reopen", str(a), "--reason", "wrong amount")
    assert code == 0, err
    assert f"claim {a} decision reopened: wrong amount" in out and "submitted" in out
    code, out, _ = cli(capsys, url, "own", "--json", "claim", "show", str(b))
    assert json.loads(out)["result"]["status"] == "approved"  # b is owed again, its amount as it was
    assert json.loads(out)["result"]["reimbursement"] == "1000.00"


def test_usage_errors(prepared: tuple[str, int, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    url, a, _b, payment = prepared
    assert cli(capsys, url, "own", "claim", "reopen", str(a))[0] == 2  # no --reason
    assert cli(capsys, url, "fin", "payment", "reverse", str(payment), "--reason", "x", "--on", "soon")[0] == 2
    code, _, err = cli(capsys, url, "fin", "payment", "reverse", str(payment), "--reason", "x", "--on", f"{YEAR}-04-09")
    assert code == 1 and "before the payment it reverses" in err
    code, _, err = cli(capsys, url, "fin", "payment", "reverse", "999", "--reason", "x")
    assert code == 1 and "there is no payment 999" in err

"""Issue 10 (points 6, 9, 10) from the command line: ``claim set-rate``, ``claim show`` and ``export --lang``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coop_desk.cli import run
from coop_desk.services import ServiceContext, Services
from models.db import Database, sqlite_url
from tests.factories import approve_mockup, claim_input, year_in_execution

YEAR = 2025  # a past year: the command line runs on the real clock


@pytest.fixture
def prepared(sqlite_db: Database, tmp_path: Path) -> tuple[str, int, int]:
    """The database URL, a submitted claim in USD of D002 and an approved claim of D001 cut by its allocation."""
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    ex = year_in_execution(services, YEAR, dealers={"D001": [D(1000), D(1000)], "D002": [D(10000), D(1000)]})
    ex.clock.set(dt.date(YEAR, 2, 1))
    for refs in ex.references.values():
        for ref in refs:
            approve_mockup(services, YEAR, ref)
    ex.clock.set(dt.date(YEAR, 4, 10))
    march = dt.date(YEAR, 3, 10)
    usd = claim_input(ex.ref("D002"), D(1000), march, currency="USD", exchange_rate=D("0.9"))
    foreign = services.claims.file(YEAR, "D002", usd).claim_id
    first = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001"), D(1600), march, number="L-1")).claim_id
    cut = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001", 2), D(1000), march, number="L-2")).claim_id
    services.claims.approve(first)
    services.claims.approve(cut)
    services.claims.file(YEAR, "D002", claim_input(ex.ref("D002", 2), D(300), march, number="M-1", missing=("act",)))
    url = sqlite_url(Path(str(sqlite_db.engine.url.database)))
    sqlite_db.dispose()
    return url, foreign, cut


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_claim_set_rate(prepared: tuple[str, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    url, foreign, cut = prepared
    code, out, err = _run(capsys, "--db", url, "claim", "set-rate", str(foreign), "0,95")
    assert code == 0, err
    assert f"claim {foreign}: exchange rate set to 0.95 EUR per 1 USD" in out
    assert "invoice 1 000.00 USD × 0.95 = 950.00 EUR" in out
    code, _, err = _run(capsys, "--db", url, "claim", "set-rate", str(cut), "0.9")
    assert code == 1 and "invoiced in EUR, the programme's currency" in err
    code, _, err = _run(capsys, "--db", url, "claim", "set-rate", str(foreign), "0")
    assert code == 1 and "needs a positive exchange rate" in err


def test_claim_show_explains_the_limit_as_stored(
    prepared: tuple[str, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _, cut = prepared
    code, out, err = _run(capsys, "--db", url, "claim", "show", str(cut))
    assert code == 0, err
    assert "remaining allocation = 1 000.00 allocated − 800.00 approved before = 200.00" in out
    assert "limited to the remaining allocation 200.00" in out


def test_export_takes_the_language(
    prepared: tuple[str, int, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = prepared[0]
    for lang, header, status, reason in (
        ("ru", "Причина", "возвращена", "не хватает: акт приёмки"),
        ("en", "Reason", "returned", "missing: acceptance act"),
    ):
        out = tmp_path / f"claims-{lang}.xlsx"
        code, _, err = _run(
            capsys, "--db", url, "export", "claims", "--year", str(YEAR), "--out", str(out), "--lang", lang
        )
        assert code == 0, err
        ws = load_workbook(out).worksheets[0]
        titles = [c.value for c in ws[1]]
        assert header in titles
        rows = [dict(zip(titles, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)]
        (returned,) = [r for r in rows if r[titles[7]] == "M-1"]
        assert returned[titles[17]] == status and returned[header] == reason
    code, out, err = _run(capsys, "--db", url, "--json", "export", "dealers", "--out", str(tmp_path / "d.xlsx"))
    assert code == 0, err
    assert '"lang": "ru"' in out  # the programme's language by default
    assert load_workbook(tmp_path / "d.xlsx").worksheets[0]["A1"].value == "Код"


def test_claim_filed_without_a_rate_then_set_and_approved(
    prepared: tuple[str, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 10.6: ``claim file`` in another currency without --rate; approve asks for the rate first."""
    url, _, _ = prepared
    args = ("--year", str(YEAR), "--dealer", "D002", "--ref", f"D002-{YEAR}-02", "--invoice", "R-9")
    docs = ("--invoice-date", f"{YEAR}-03-12", "--amount", "200", "--currency", "usd", "--vendor", "V")
    paid = ("--payment-order", "PO-9", "--payment-date", f"{YEAR}-03-12", "--paid", "200")
    act = ("--act", "A-9", "--act-date", f"{YEAR}-03-12", "--filed-on", f"{YEAR}-04-10")
    code, out, err = _run(capsys, "--db", url, "claim", "file", *args, *docs, *paid, *act)
    assert code == 0, err
    claim_id = int(out.split("claim set-rate ")[1].split()[0])
    assert "submitted for review; invoiced in USD without a rate: rate to be set by finance before approval" in out
    code, out, err = _run(capsys, "--db", url, "claim", "show", str(claim_id))
    assert f"rate to be set by finance (coop-desk claim set-rate {claim_id} RATE)" in out, err
    assert "invoice 200.00 USD: rate to be set by finance" in out
    code, out, err = _run(capsys, "--db", url, "claim", "approve", str(claim_id))
    assert code == 1 and f"set the exchange rate first: coop-desk claim set-rate {claim_id} RATE" in err
    code, out, err = _run(capsys, "--db", url, "claim", "set-rate", str(claim_id), "0,9")
    assert code == 0 and f"claim {claim_id}: exchange rate set to 0.9 EUR per 1 USD" in out, err
    code, out, err = _run(capsys, "--db", url, "claim", "approve", str(claim_id))
    assert code == 0, err
    code, out, err = _run(capsys, "--db", url, "claim", "show", str(claim_id))
    assert "invoice 200.00 USD × 0.9 = 180.00 EUR" in out and "90.00" in out

"""``coop-desk claim duplicates``: stored claims that R8's normal form makes one invoice, reported, not blocked."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import update

from coop_desk import rules
from coop_desk.cli import run
from coop_desk.services import ServiceContext, Services
from models import Claim
from models.db import ENV_VAR, Database
from tests.factories import approve_mockup, claim_input, year_in_execution

D = Decimal
MAR = dt.date(2026, 3, 10)


def _run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv(ENV_VAR, raising=False)
    return str(sqlite_db.engine.url)


def test_claim_duplicates_lists_the_pairs_already_stored(
    sqlite_db: Database, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    ex = year_in_execution(services, 2026, dealers={"D001": [D(30000), D(30000)], "D002": [D(20000)]})
    ex.clock.set(dt.date(2026, 2, 1))
    for refs in ex.references.values():
        for ref in refs:
            approve_mockup(services, 2026, ref)
    ex.clock.set(dt.date(2026, 4, 10))
    first = services.claims.file(2026, "D001", claim_input(ex.ref("D001"), D(100), MAR, number="СЧ-5")).claim_id

    code, out, err = _run(capsys, url, "claim", "duplicates", "--year", "2026")
    assert (code, err, out.strip()) == (0, "", "no duplicate invoices among the claims of 2026")

    second = services.claims.file(2026, "D001", claim_input(ex.ref("D001", 2), D(90), MAR, number="Z-9")).claim_id
    with sqlite_db.unit_of_work() as s:  # stored before numbers were compared on their normal form
        s.execute(
            update(Claim).where(Claim.id == second).values(invoice_number="cч 5", invoice_key=rules.invoice_key("cч 5"))
        )
    sqlite_db.dispose()

    code, out, err = _run(capsys, url, "claim", "duplicates", "--year", "2026")
    assert (code, err) == (0, ""), "reported, not refused"
    lines = out.splitlines()
    assert lines[0].split() == [
        "dealer",
        "invoice",
        "date",
        "first",
        "claim",
        "invoice",
        "status",
        "same",
        "invoice",
        "invoice",
        "status",
    ]
    assert lines[2].split() == [
        "D001",
        "2026-03-10",
        str(first),
        f"({ex.ref('D001')})",
        "СЧ-5",
        "submitted",
        str(second),
        f"({ex.ref('D001', 2)})",
        "cч",
        "5",
        "submitted",
    ]
    assert lines[-1] == "1 pair(s) of claims for the same invoice (compared on its normal form): check them"

    code, out, err = _run(capsys, url, "--json", "claim", "duplicates", "--year", "2026")
    assert code == 0
    (pair,) = json.loads(out)["result"]
    assert (pair["dealer_code"], pair["invoice_date"], pair["invoice_key"]) == ("D001", "2026-03-10", "CЧ5")
    assert (pair["first"]["id"], pair["first"]["invoice_number"], pair["first"]["reference"]) == (
        first,
        "СЧ-5",
        ex.ref("D001"),
    )
    assert (pair["second"]["id"], pair["second"]["invoice_number"], pair["second"]["status"]) == (
        second,
        "cч 5",
        "submitted",
    )

    # filing that invoice again is refused on the command line too, naming the first claim
    code, out, err = _run(
        capsys,
        url,
        "claim",
        "file",
        "--year",
        "2026",
        "--dealer",
        "D001",
        "--ref",
        ex.ref("D001"),
        "--invoice",
        "сч 5",
        "--invoice-date",
        "2026-03-10",
        "--amount",
        "10",
        "--filed-on",
        "2026-04-10",
    )
    assert code == 1 and f"duplicate of claim {first} for {ex.ref('D001')} (invoice СЧ-5" in err

"""The command line, in process: a whole small year, exit codes, database resolution and the demo.

Every run goes through ``coop_desk.cli.run`` exactly as the ``coop-desk`` script would.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from coop_desk.cli import run
from models.db import ENV_VAR

# A past year: the services refuse dates in the future, and quarters close only once they are over.
YEAR = 2025


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def data(self) -> Any:
        """The ``result`` of a ``--json`` run."""
        return json.loads(self.out)["result"]

    @property
    def payload(self) -> dict[str, Any]:
        return json.loads(self.out)


class Cli:
    """Runs ``coop-desk`` in process against one database."""

    def __init__(self, capsys: pytest.CaptureFixture[str], db: str | None) -> None:
        self._capsys = capsys
        self.db = db

    def __call__(self, *argv: str, as_json: bool = False, db: str | None = None, use_db: bool = True) -> Result:
        self._capsys.readouterr()
        args: list[str] = []
        target = db or self.db
        if use_db and target:
            args += ["--db", target]
        if as_json:
            args.append("--json")
        code = run([*args, *argv])
        captured = self._capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *argv: str, as_json: bool = False) -> Result:
        result = self(*argv, as_json=as_json)
        assert result.code == 0, f"{argv} → {result.code}\nstdout:\n{result.out}\nstderr:\n{result.err}"
        assert result.err == ""
        return result

    def refused(self, *argv: str) -> Result:
        result = self(*argv)
        assert result.code == 1, f"{argv} → {result.code}\nstdout:\n{result.out}\nstderr:\n{result.err}"
        assert result.err.strip(), "a refusal says why on stderr"
        return result

    def usage(self, *argv: str) -> Result:
        result = self(*argv)
        assert result.code == 2, f"{argv} → {result.code}\nstdout:\n{result.out}\nstderr:\n{result.err}"
        return result

    def audit_total(self, year: int | None = None) -> int:
        argv = ["audit", "list", "--limit", "1"] + (["--year", str(year)] if year else [])
        return int(self.ok(*argv, as_json=True).data["total"])


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data directory is a temporary one; $COOP_DESK_DB is unset."""
    path = tmp_path / "data"
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(path))
    monkeypatch.delenv(ENV_VAR, raising=False)
    return path


@pytest.fixture
def cli(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys, f"sqlite:///{(tmp_path / 'x.sqlite').as_posix()}")


def set_up_planning(cli: Cli) -> None:
    """A year with three dealers, their scores and two drafts (D003 sends none)."""
    cli.ok(
        "year",
        "create",
        str(YEAR),
        "--budget",
        "20000",
        "--channels",
        "press,radio,online,outdoor",
        "--consolidating-agency",
        "Агентство Плюс",
        "--evaluating-agency",
        "Independent Research",
    )
    cli.ok("dealer", "add", "D001", "--name", "ООО «Альфа»", "--region", "Москва", "--city", "Москва")
    cli.ok("dealer", "add", "D002", "--name", "ИП «Бета»", "--region", "Тульская область")
    cli.ok("dealer", "add", "D003", "--name", "ООО «Гамма»", "--region", "Тульская область")
    cli.ok("score", "set", "--year", str(YEAR), "D001", "--points", "1=10", "2=9", "3=8", "4=7", "5=7")
    cli.ok(
        "score",
        "set",
        "--year",
        str(YEAR),
        "D002",
        "Annual turnover with the manufacturer=5",
        "years of work with the manufacturer=5",
        "--points",
        "3=5",
        "4=5",
        "5=5",
    )
    cli.ok("score", "set", "--year", str(YEAR), "D003", "--points", "1=1", "2=1", "3=1", "4=1", "5=1")
    cli.ok(
        "draft",
        "add",
        "--year",
        str(YEAR),
        "--dealer",
        "D001",
        "--activity",
        "radio;4;12000;Весенняя кампания",
        "--activity",
        "online;jun;9000",
        "--h1-review",
        "Выставки сработали лучше радио",
    )
    cli.ok(
        "draft",
        "add",
        "--year",
        str(YEAR),
        "--dealer",
        "D002",
        "--activity",
        "outdoor;3;30000;Billboards",
        "--activity",
        "online;9;5000",
    )


# --------------------------------------------------------------------------- set-up and planning


def test_year_dealers_scores_and_drafts(cli: Cli) -> None:
    set_up_planning(cli)

    years = cli.ok("year", "list", as_json=True).data
    assert [(y["year"], y["stage"], y["budget"]) for y in years] == [(YEAR, "drafting", "20000.00")]

    shown = cli.ok("year", "show", str(YEAR))
    assert f"Programme year {YEAR} — stage: drafting" in shown.out
    assert "Service quality" in shown.out
    assert "To move on to consolidation:" in shown.out
    assert "1 dealer(s) sent no draft: D003" in shown.out
    check = cli.ok("year", "show", str(YEAR), as_json=True).data["check"]
    assert check["next_stage"] == "consolidation" and check["missing"] == []

    scores = cli.ok("score", "list", "--year", str(YEAR), as_json=True).data
    assert [(s["dealer_code"], D(s["score"]), D(s["coefficient"]), D(s["cap"])) for s in scores] == [
        ("D001", 41, D("0.82"), 41000),
        ("D002", 25, D("0.5"), 25000),
        ("D003", 5, D("0.1"), 0),
    ]
    table = cli.ok("score", "list", "--year", str(YEAR)).out.splitlines()
    assert table[0].split() == ["code", "name", "region", "S", "k", "cap", "scored"]
    assert any(line.startswith("D001") and line.rstrip().endswith("€41,000.00  5/5") for line in table)

    listed = cli.ok("draft", "list", "--year", str(YEAR), "--dealer", "D001").out
    assert f"D001-{YEAR}-01" in listed and "€12,000.00" in listed and "Весенняя кампания" in listed
    assert cli.ok("draft", "missing", "--year", str(YEAR), as_json=True).data == ["D003"]

    # a corrected draft replaces the first and keeps it as v1
    cli.ok(
        "draft",
        "add",
        "--year",
        str(YEAR),
        "--dealer",
        "D001",
        "--activity",
        "radio;4;13000;Весна",
        "--activity",
        "online;6;9000",
    )
    versions = cli.ok("draft", "list", "--year", str(YEAR), "--dealer", "D001", "--all-versions", as_json=True).data
    assert [(v["number"], v["is_current"]) for v in versions] == [(1, False), (2, True)]
    diff = cli.ok("draft", "diff", "--year", str(YEAR), "--dealer", "D001").out
    assert f"~ D001-{YEAR}-01: cost 12000.00 → 13000.00; idea Весенняя кампания → Весна" in diff

    cli.ok("year", "set", str(YEAR), "deadline-days=45", "language=en", "budget=25000.50")
    view = cli.ok("year", "show", str(YEAR), as_json=True).data["year"]
    assert (view["claim_deadline_days"], view["language"], view["budget"]) == (45, "en", "25000.50")
    dealer = cli.ok("dealer", "edit", "D003", "city=Тула", "email=info@gamma.example.ru", as_json=True).data
    assert (dealer["city"], dealer["email"]) == ("Тула", "info@gamma.example.ru")


def test_refusals_and_usage_errors(cli: Cli) -> None:
    set_up_planning(cli)
    before = cli.audit_total()

    dup = cli.refused("dealer", "add", "D001", "--name", "Другой", "--region", "Москва")
    assert dup.err.strip() == "dealer D001: a dealer with this code exists already"
    assert cli.refused("year", "create", str(YEAR)).err.strip() == f"programme year {YEAR} exists already"
    bad_draft = cli.refused(
        "draft", "add", "--year", str(YEAR), "--dealer", "D003", "--activity", "radio;4;100", "--activity", "radio;13;x"
    )
    assert bad_draft.err.splitlines() == [
        "--activity 2 ('radio;13;x'): month must be 1–12 or jan–dec, got '13'",
        "--activity 2 ('radio;13;x'): cost: 'x' is not a number",
    ]
    twice = cli.refused("score", "set", "--year", str(YEAR), "D003", "service quality=3", "--points", "5=4")
    assert twice.err.strip() == "--points 5=4: names the same criterion as service quality=3"
    tv = cli.refused("draft", "add", "--year", str(YEAR), "--dealer", "D003", "--activity", "TV;4;100")
    assert "--activity 1: channel 'TV' is not one of: press, radio, online, outdoor" in tv.err
    advance = cli.refused("year", "advance", str(YEAR))
    assert "D003" in advance.err and "--confirm-missing" in advance.err
    assert "there is no programme year 2031" in cli.refused("year", "show", "2031").err
    assert "dealer D999: no such dealer" in cli.refused("dealer", "show", "D999").err
    assert cli.audit_total() == before, "a refusal changes nothing"

    as_json = cli("dealer", "add", "D001", "--name", "Другой", "--region", "Москва", as_json=True)
    assert as_json.code == 1
    assert as_json.payload == {
        "ok": False,
        "result": None,
        "refused": ["dealer D001: a dealer with this code exists already"],
    }

    assert cli.usage("dealer", "add", "D004", "--name", "x", "--region", "y", "--colour", "red").code == 2
    assert "is not a number" in cli.usage("year", "set", str(YEAR), "budget=12,5.0").err
    assert "is not a number" in cli.usage("allocation", "whatif", "--year", str(YEAR), "--budget", "lots").err
    assert "is not a setting" in cli.usage("year", "set", str(YEAR), "colour=red").err
    assert cli.usage("no-such-command").code == 2
    assert cli.usage("year", "reopen", str(YEAR), "drafting").code == 2  # --reason is required
    assert cli.audit_total() == before


def test_consolidation_needs_a_choice_and_known_references(cli: Cli) -> None:
    set_up_planning(cli)
    cli.ok("year", "advance", str(YEAR), "--confirm-missing")
    nothing = cli.refused("consolidation", "record", "--year", str(YEAR))
    assert "--include-all" in nothing.err
    unknown = cli.refused("consolidation", "record", "--year", str(YEAR), "--drop", f"D009-{YEAR}-01")
    assert unknown.err.strip() == f"--drop D009-{YEAR}-01: is not an activity of a current draft"
    assert "consolidated plan" in cli.refused("year", "advance", str(YEAR)).err
    plan = cli.ok(
        "consolidation",
        "record",
        "--year",
        str(YEAR),
        "--drop",
        f"D002-{YEAR}-02",
        "--cost",
        f"D001-{YEAR}-01=11000",
        "--vendor",
        f"D001-{YEAR}-01=Радио Максимум",
        "--placement",
        f"D002-{YEAR}-01=МКАД, 3 щита",
        as_json=True,
    ).data
    rows = {r["reference"]: r for r in plan}
    assert rows[f"D002-{YEAR}-02"]["included"] is False
    assert rows[f"D001-{YEAR}-01"]["costed_amount"] == "11000.00" and rows[f"D001-{YEAR}-01"]["cost"] == "11000.00"
    assert rows[f"D001-{YEAR}-01"]["vendor"] == "Радио Максимум"
    shown = cli.ok("consolidation", "show", "--year", str(YEAR)).out
    assert "3 of 4 activities included; cost counted €50,000.00" in shown

    # going back is explicit and audited
    reopened = cli.ok("year", "reopen", str(YEAR), "drafting", "--reason", "D003 sent its draft late", as_json=True)
    assert reopened.data["stage"] == "drafting"
    latest = cli.ok("audit", "list", "--year", str(YEAR), "--limit", "1", as_json=True).data["events"][0]
    assert latest["action"] == "year.reopen" and "D003 sent its draft late" in latest["summary"]
    assert "only an earlier stage" in cli.refused("year", "reopen", str(YEAR), "allocation", "--reason", "x").err


# --------------------------------------------------------------------------- a whole year


def ref(code: str, seq: int) -> str:
    return f"{code}-{YEAR}-{seq:02d}"


def test_a_whole_year_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    y = str(YEAR)
    set_up_planning(cli)

    # drafting → consolidation → allocation
    advanced = cli.ok("year", "advance", y, "--confirm-missing", as_json=True).data
    assert (advanced["from"], advanced["stage"]) == ("drafting", "consolidation")
    plan = cli.ok("consolidation", "record", "--year", y, "--include-all", as_json=True).data
    assert len(plan) == 4 and all(r["included"] for r in plan)
    assert cli.ok("year", "advance", y).out.startswith(f"year {YEAR}: consolidation → allocation")

    # a what-if run changes nothing
    before = cli.audit_total()
    whatif = cli.ok("allocation", "whatif", "--year", y, "--budget", "15000")
    assert "nothing was saved" in whatif.out
    assert any(line.split()[:2] == ["total", "€28,000.00"] for line in whatif.out.splitlines())
    run_data = cli.ok("allocation", "whatif", "--year", y, "--budget", "15000", as_json=True).data
    assert run_data["frozen"] is False and run_data["total_allocated"] == "15000.00"
    assert cli.audit_total() == before
    assert cli.ok("year", "show", y, as_json=True).data["year"]["budget"] == "20000.00"
    assert cli("allocation", "show", "--year", y).code == 1  # not frozen yet

    # freeze: demands D001 10 500 (0.5 × 21 000), D002 17 500, D003 0 (k below the threshold); 28 000 > 20 000
    frozen = cli.ok("allocation", "freeze", "--year", y, as_json=True).data
    amounts = {ln["dealer_code"]: ln["amount"] for ln in frozen["lines"]}
    assert amounts == {"D001": "10500.00", "D002": "9500.00", "D003": "0.00"}
    shown = cli.ok("allocation", "show", "--year", y).out
    assert "€10,500.00" in shown and "€9,500.00" in shown
    explained = cli.ok("allocation", "explain", "--year", y, "D002").out
    assert "frozen allocation" in explained and "demand = min(request, cap) = 17500.00" in explained
    cli.ok("year", "advance", y)

    # execution: a mockup, a claim refused without one, a claim filed, completed, approved and paid
    picture = tmp_path / "radio-mockup.pdf"
    picture.write_bytes(b"%PDF-1.4\n% a one-page mockup\n")
    mockup = cli.ok(
        "mockup",
        "submit",
        "--year",
        y,
        ref("D001", 1),
        "--title",
        "Радиоролик",
        "--submitted-on",
        f"{y}-03-01",
        "--file",
        str(picture),
        as_json=True,
    ).data
    assert mockup["attachment_id"] is not None
    approved = cli.ok(
        "mockup", "approve", str(mockup["id"]), "--other-brands", "1", "--decided-on", f"{y}-03-05", as_json=True
    ).data
    assert (approved["status"], approved["rate_text"]) == ("approved", "50 % / 2 brands = 25 %")
    listed = cli.ok("mockup", "list", "--year", y, "--status", "approved").out
    assert ref("D001", 1) in listed and "50 % / 2 brands = 25 %" in listed

    before = cli.audit_total()
    no_mockup = cli.refused(
        "claim",
        "file",
        "--year",
        y,
        "--dealer",
        "D002",
        "--ref",
        ref("D002", 1),
        "--invoice",
        "77",
        "--invoice-date",
        f"{y}-03-10",
        "--amount",
        "30000",
    )
    assert no_mockup.err.strip() == f"claim for {ref('D002', 1)}: {ref('D002', 1)} has no approved mockup"
    assert cli.audit_total() == before, "a refused claim stores nothing"

    filed = cli.ok(
        "claim",
        "file",
        "--year",
        y,
        "--dealer",
        "D001",
        "--ref",
        ref("D001", 1),
        "--invoice",
        "СЧ-118",
        "--invoice-date",
        f"{y}-04-02",
        "--amount",
        "11000",
        "--vendor",
        "Радио Максимум",
        "--payment-order",
        "ПП-5",
        "--payment-date",
        f"{y}-04-05",
        "--paid",
        "11000",
        "--filed-on",
        f"{y}-07-10",
        as_json=True,
    ).data
    claim_id = str(filed["filing"]["claim_id"])
    assert (filed["filing"]["status"], filed["filing"]["late"]) == ("returned", False)
    assert "missing: acceptance act, airplay certificate" in filed["filing"]["message"]  # radio: its proof too
    duplicate = cli.refused(
        "claim",
        "file",
        "--year",
        y,
        "--dealer",
        "D001",
        "--ref",
        ref("D001", 1),
        "--invoice",
        "СЧ-118",
        "--invoice-date",
        f"{y}-04-02",
        "--amount",
        "11000",
    )
    assert f"duplicate of claim {claim_id}" in duplicate.err
    completed = cli.ok("claim", "complete", claim_id, "--act", "А-9", "--act-date", f"{y}-04-30", as_json=True).data
    assert (completed["filing"]["status"], completed["claim"]["act_number"]) == ("returned", "А-9")
    assert completed["filing"]["message"].endswith("missing: airplay certificate")
    certificate = tmp_path / "эфирная справка.pdf"
    certificate.write_bytes(b"%PDF-1.4\n% airplay 1-20 April\n%%EOF\n")
    early_proof = cli.ok(
        "claim", "attach", claim_id, "--kind", "airplay_certificate", "--date", f"{y}-03-01", str(certificate)
    )
    assert "airplay_certificate эфирная справка.pdf attached" in early_proof.out
    outside = cli.ok("claim", "complete", claim_id, as_json=True).data  # checked again: dated before the approval
    assert "outside the time the ad could run" in outside["filing"]["message"]
    document = str(outside["claim"]["documents"][0]["id"])
    cli.ok("claim", "detach", document)
    cli.ok("claim", "attach", claim_id, "--kind", "airplay_certificate", "--date", f"{y}-04-20", str(certificate))
    completed = cli.ok("claim", "complete", claim_id, as_json=True).data
    assert completed["filing"]["status"] == "submitted", completed["filing"]["message"]
    shown = cli.ok("claim", "show", claim_id).out
    assert "How the amount is computed (R6, R7):" in shown
    assert "if approved now: min(11 000.00, 11 000.00) × 50 % / 2 brands = 2 750.00 EUR" in shown
    approved_claim = cli.ok("claim", "approve", claim_id, as_json=True).data
    assert (approved_claim["status"], approved_claim["reimbursement"]) == ("approved", "2750.00")
    claims = cli.ok("claim", "list", "--year", y, "--quarter", "2", "--status", "approved", as_json=True).data
    assert [c["id"] for c in claims] == [int(claim_id)]
    assert "€2,750.00" in cli.ok("claim", "list", "--year", y).out

    early = cli.refused(
        "payment",
        "record",
        "--year",
        y,
        "--dealer",
        "D001",
        "--amount",
        "2750",
        "--date",
        f"{y}-08-01",
        "--claims",
        claim_id,
    )
    assert f"claim {claim_id}: was approved on {dt.date.today()}" in early.err  # issue 10.6: not before approval
    paid_on = dt.date.today().isoformat()  # the claim was approved today (the real clock)
    over = cli.refused(
        "payment",
        "record",
        "--year",
        y,
        "--dealer",
        "D001",
        "--amount",
        "3000",
        "--date",
        paid_on,
        "--claims",
        claim_id,
    )
    assert "exceeds" in over.err
    payment = cli.ok(
        "payment",
        "record",
        "--year",
        y,
        "--dealer",
        "D001",
        "--amount",
        "2750.00",
        "--date",
        paid_on,
        "--claims",
        claim_id,
        "--reference",
        "ПП-2025-Q2-D001",
        as_json=True,
    ).data
    assert payment["amount"] == "2750.00" and [i["claim_id"] for i in payment["items"]] == [int(claim_id)]
    assert "€2,750.00" in cli.ok("payment", "list", "--year", y).out
    assert cli.ok("claim", "show", claim_id, as_json=True).data["status"] == "paid"

    assert "Q1, Q2, Q3, Q4" in cli.refused("year", "advance", y).err
    for quarter in "1234":
        cli.ok("quarter", "close", "--year", y, quarter)
    assert cli.ok("quarter", "list", "--year", y, as_json=True).data["closed"] == [1, 2, 3, 4]
    assert "is closed already" in cli.refused("quarter", "close", "--year", y, "4").err
    cli.ok("year", "advance", y)

    # evaluation → closed
    results = cli.ok(
        "efficiency", "add", "--year", y, "--row", f"{ref('D001', 1)};12000;40;6;18000.50;окупилось", as_json=True
    ).data
    assert [(r["reference"], r["reach"], r["sales_amount"], r["agency"]) for r in results] == [
        (ref("D001", 1), 12000, "18000.50", "Independent Research")
    ]
    assert "окупилось" in cli.ok("efficiency", "list", "--year", y).out
    assert cli.ok("year", "advance", y, as_json=True).data["stage"] == "closed"

    summary = cli.ok("summary", "--year", y)
    assert f"Programme year {YEAR} — stage: closed" in summary.out
    assert "— OK" in summary.out
    data = cli.ok("summary", "--year", y, as_json=True).data
    assert data["reconciles"] is True
    assert (data["summary"]["allocated"], data["summary"]["approved"], data["summary"]["paid"]) == (
        "20000.00",
        "2750.00",
        "2750.00",
    )
    events = cli.ok("audit", "list", "--year", y, "--limit", "3", as_json=True).data["events"]
    assert events[0]["action"] == "year.advance" and "evaluation → closed" in events[0]["summary"]
    assert cli.refused("score", "set", "--year", y, "D001", "--points", "1=3").code == 1  # closed year


# --------------------------------------------------------------------------- database resolution and the demo


def test_db_option_beats_environment_beats_default(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(capsys, None)
    option_db = f"sqlite:///{(tmp_path / 'option.sqlite').as_posix()}"
    env_db = tmp_path / "env.sqlite"

    cli.ok("year", "create", "2030")  # no --db, no $COOP_DESK_DB: the default file
    assert (data_dir / "coopdesk.sqlite").exists()

    monkeypatch.setenv(ENV_VAR, str(env_db))  # a bare path works too
    cli.ok("year", "create", "2031")
    assert env_db.exists()
    assert [y["year"] for y in cli.ok("year", "list", as_json=True).data] == [2031]

    cli.db = option_db
    cli.ok("year", "create", "2032")
    assert [y["year"] for y in cli.ok("year", "list", as_json=True).data] == [2032]

    cli.db = None
    assert [y["year"] for y in cli.ok("year", "list", as_json=True).data] == [2031]
    monkeypatch.delenv(ENV_VAR)
    assert [y["year"] for y in cli.ok("year", "list", as_json=True).data] == [2030]


def test_demo_refuses_an_existing_programme_unless_replace(cli: Cli, data_dir: Path) -> None:
    first = cli("demo", "--dealers", "8", "--until", "allocation", "--year", str(YEAR), as_json=True)
    assert first.code == 0, first.err
    assert first.data["stage"] == "allocation" and first.data["dealers"] == 8
    assert [y["year"] for y in cli.ok("year", "list", as_json=True).data] == [YEAR]

    again = cli("demo", "--dealers", "8", "--until", "allocation")
    assert again.code == 1
    assert f"already holds programme year(s) {YEAR}" in again.err and "--replace" in again.err

    replaced = cli("demo", "--dealers", "5", "--until", "consolidation", "--year", "2029", "--replace")
    assert replaced.code == 0, replaced.err
    assert [y["year"] for y in cli.ok("year", "list", as_json=True).data] == [2029]
    assert len(cli.ok("dealer", "list", as_json=True).data) == 5
    assert not (data_dir / "demo.sqlite").exists()


def test_demo_without_a_database_writes_its_own_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cli = Cli(capsys, None)
    result = cli("demo", "--dealers", "8", "--until", "consolidation", "--year", str(YEAR))
    assert result.code == 0, result.err
    assert (data_dir / "demo.sqlite").exists()
    assert not (data_dir / "coopdesk.sqlite").exists()
    cli.db = f"sqlite:///{(data_dir / 'demo.sqlite').as_posix()}"
    assert cli.ok("year", "show", str(YEAR), as_json=True).data["year"]["stage"] == "consolidation"


def test_a_refused_mockup_submit_with_a_file_stores_nothing(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 11.8: `mockup submit --file` refused (unknown reference, a pending mockup) stores neither the file
    nor an audit record; a FIFO given as the file is refused at once."""
    import os

    from coop_desk.services import ServiceContext, Services
    from models.db import Database
    from tests.factories import year_in_execution

    url = f"sqlite:///{(tmp_path / 'm.sqlite').as_posix()}"
    db = Database(url)
    services = Services(ServiceContext(db, actor="tester"))
    ex = year_in_execution(services)
    db.dispose()
    cli = Cli(capsys, url)
    picture = tmp_path / "poster.pdf"
    picture.write_bytes(b"%PDF-1.4\n% poster\n")
    folder = tmp_path / "attachments"

    def stored() -> tuple[int, list[Path]]:
        return cli.audit_total(), sorted(folder.rglob("*")) if folder.exists() else []

    before = stored()
    refused = cli.refused("mockup", "submit", "--year", str(ex.year), "D001-2027-77", "--file", str(picture))
    assert "D001-2027-77" in refused.err
    assert stored() == before
    cli.ok("mockup", "submit", "--year", str(ex.year), ex.ref("D001"), "--file", str(picture))
    after_first = stored()
    picture.write_bytes(b"%PDF-1.4\n% poster, second version\n")
    pending = cli.refused("mockup", "submit", "--year", str(ex.year), ex.ref("D001"), "--file", str(picture))
    assert "waiting for a decision" in pending.err
    assert stored() == after_first
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "scan.pdf"
        os.mkfifo(fifo)
        refused = cli.refused("mockup", "submit", "--year", str(ex.year), ex.ref("D001", 2), "--file", str(fifo))
        assert "not a regular file" in refused.err
        assert stored() == after_first

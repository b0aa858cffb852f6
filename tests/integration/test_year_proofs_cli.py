"""``coop-desk year proofs|set-proofs`` and the proofs in ``year show`` (issue 13, point 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import YEAR, Cli, cli, data_dir  # noqa: F401

PASSWORD = "a long enough password"


@pytest.fixture
def year_cli(cli: Cli) -> Cli:  # noqa: F811
    cli.ok("year", "create", str(YEAR), "--channels", "press,Radio,online,outdoor,other")
    return cli


def _rows(result_out: str) -> list[list[str]]:
    """The table's rows after its header and rule, split on runs of two spaces."""
    lines = result_out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("---")) + 1
    return [[c for c in line.split("  ") if c.strip()] for line in lines[start:] if line.strip()]


def test_year_proofs_prints_common_practice_for_the_years_channels(year_cli: Cli) -> None:
    out = year_cli.ok("year", "proofs", "--year", str(YEAR)).out
    rows = [[c.strip() for c in r] for r in _rows(out)]
    assert rows == [
        ["press", "printed_page", "required"],
        ["Radio", "airplay_certificate", "required"],
        ["online", "screenshots", "required"],
        ["platform_statistics", "required"],
        ["outdoor", "site_photos", "required"],
        ["other", "—", "no proof"],
    ]
    data = year_cli.ok("year", "proofs", "--year", str(YEAR), as_json=True).data
    assert data["proofs"]["Radio"] == [{"kind": "airplay_certificate", "required": True}]
    assert data["proofs"]["other"] == []
    assert "Proofs of performance" in year_cli.ok("year", "show", str(YEAR)).out
    assert "airplay_certificate" in year_cli.ok("year", "show", str(YEAR)).out


def test_set_proofs_changes_the_named_channels_only(year_cli: Cli) -> None:
    result = year_cli.ok(
        "year",
        "set-proofs",
        "--year",
        str(YEAR),
        "radio=airplay_certificate!",  # the year spells it "Radio": matched case-insensitively
        "online=screenshots!,platform_statistics",
        "press=",
        as_json=True,
    )
    proofs = result.data["proofs"]
    assert proofs["Radio"] == [{"kind": "airplay_certificate", "required": True}]
    assert proofs["online"] == [
        {"kind": "screenshots", "required": True},
        {"kind": "platform_statistics", "required": False},
    ]
    assert proofs["press"] == []  # "press=" with nothing: no proofs
    assert proofs["outdoor"] == [{"kind": "site_photos", "required": True}]  # not named: kept
    assert "Radio" in year_cli.ok("year", "proofs", "--year", str(YEAR), as_json=True).data["proofs"]
    out = year_cli.ok("year", "set-proofs", "--year", str(YEAR), "outdoor=site_photos,other_proof").out
    assert "proofs set for outdoor" in out and "other_proof" in out and "optional" in out
    restored = year_cli.ok("year", "set-proofs", "--year", str(YEAR), "--defaults", as_json=True).data["proofs"]
    assert restored["press"] == [{"kind": "printed_page", "required": True}]
    assert restored["online"][1] == {"kind": "platform_statistics", "required": True}
    assert restored["outdoor"] == [{"kind": "site_photos", "required": True}]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tele=screenshots"], "proofs (tele): is not a channel of the year"),
        (["radio=invoice!"], "proofs (radio): 'invoice' is not a proof of performance"),
        (["radio=invoice"], "proofs (radio): 'invoice' is not a proof of performance"),
        (["online=selfie"], "proofs (online): 'selfie' is not a proof of performance"),
        (["radio=screenshots,screenshots!"], "proofs (radio): names screenshots twice"),
        ([], "give CHANNEL=KIND[!][,KIND…] or --defaults"),
        (["--defaults", "radio=screenshots"], "give CHANNEL=KIND[!][,KIND…] or --defaults (not both)"),
    ],
)
def test_set_proofs_refusals_name_the_channel_and_kind_and_change_nothing(
    year_cli: Cli, argv: list[str], message: str
) -> None:
    before = year_cli.ok("year", "proofs", "--year", str(YEAR), as_json=True).data
    audits = year_cli.audit_total(YEAR)
    result = year_cli.refused("year", "set-proofs", "--year", str(YEAR), *argv)
    assert message in result.err
    assert year_cli.ok("year", "proofs", "--year", str(YEAR), as_json=True).data == before
    assert year_cli.audit_total(YEAR) == audits


def test_set_proofs_is_audited_once(year_cli: Cli) -> None:
    audits = year_cli.audit_total(YEAR)
    year_cli.ok("year", "set-proofs", "--year", str(YEAR), "radio=")
    assert year_cli.audit_total(YEAR) == audits + 1


def test_set_proofs_not_a_channel_pair_is_a_usage_error(year_cli: Cli) -> None:
    assert "is not CHANNEL=KIND" in year_cli.usage("year", "set-proofs", "--year", str(YEAR), "radio").err


def test_only_a_role_that_may_change_settings_sets_proofs(
    year_cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COOP_DESK_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("COOP_DESK_PASSWORD", PASSWORD)
    year_cli.ok("users", "add", "ann", "--role", "owner")
    year_cli.ok("--user", "ann", "users", "add", "ag", "--role", "agency")
    result = year_cli.refused("--user", "ag", "year", "set-proofs", "--year", str(YEAR), "radio=")
    assert "ag (agency) may not change a year's settings" in result.err
    assert year_cli.ok("--user", "ag", "year", "proofs", "--year", str(YEAR)).out  # reading is allowed
    year_cli.ok("--user", "ann", "year", "set-proofs", "--year", str(YEAR), "radio=")

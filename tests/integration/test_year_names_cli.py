"""``coop-desk year channel-names|set-channel-name|criterion-names|set-criterion-name`` (issue 14, point 5)."""

from __future__ import annotations

from tests.integration.test_cli import YEAR, Cli, cli, data_dir  # noqa: F401


def test_channel_names_are_listed_and_renamed_by_code(cli: Cli) -> None:  # noqa: F811
    cli.ok("year", "create", str(YEAR), "--channels", "press,outdoor,Trams")
    data = cli.ok("year", "channel-names", "--year", str(YEAR), as_json=True).data
    assert data["channels"] == {
        "press": {"ru": "пресса", "en": "press"},
        "outdoor": {"ru": "наружная реклама", "en": "outdoor"},
        "Trams": {"ru": "Trams", "en": "Trams"},  # a channel of its own: its code until it is named
    }
    out = cli.ok("year", "set-channel-name", "--year", str(YEAR), "trams", "--ru", "трамваи").out
    assert "channel Trams renamed" in out and "трамваи" in out
    data = cli.ok("year", "set-channel-name", "--year", str(YEAR), "OUTDOOR", "--en", "billboards", as_json=True).data
    assert data["channels"]["outdoor"] == {"ru": "наружная реклама", "en": "billboards"}
    assert data["channels"]["Trams"] == {"ru": "трамваи", "en": "Trams"}  # the earlier rename stays


def test_set_channel_name_refuses_an_unknown_code_a_missing_name_and_a_shared_name(cli: Cli) -> None:  # noqa: F811
    cli.ok("year", "create", str(YEAR), "--channels", "press,outdoor")
    refused = cli.refused("year", "set-channel-name", "--year", str(YEAR), "radio", "--ru", "радио")
    assert "'radio' is not a channel code (codes: press, outdoor)" in refused.err
    assert "give --ru and/or --en" in cli.refused("year", "set-channel-name", "--year", str(YEAR), "press").err
    refused = cli.refused("year", "set-channel-name", "--year", str(YEAR), "outdoor", "--ru", "Пресса")
    assert "пресса already names the channel press" in refused.err
    data = cli.ok("year", "channel-names", "--year", str(YEAR), as_json=True).data
    assert data["channels"]["outdoor"] == {"ru": "наружная реклама", "en": "outdoor"}  # nothing changed


def test_criterion_names_are_listed_and_renamed_by_code_and_an_unknown_code_is_refused(cli: Cli) -> None:  # noqa: F811
    cli.ok("year", "create", str(YEAR))
    data = cli.ok("year", "criterion-names", "--year", str(YEAR), as_json=True).data
    assert data["criteria"]["Service quality"] == {"ru": "Качество сервиса", "en": "Service quality"}
    out = cli.ok("year", "set-criterion-name", "--year", str(YEAR), "service QUALITY", "--ru", "Сервис").out
    assert "criterion Service quality renamed" in out and "Сервис" in out
    data = cli.ok("year", "criterion-names", "--year", str(YEAR), as_json=True).data
    assert data["criteria"]["Service quality"] == {"ru": "Сервис", "en": "Service quality"}
    refused = cli.refused("year", "set-criterion-name", "--year", str(YEAR), "Turnover", "--ru", "Оборот")
    assert "'Turnover' is not a criterion code" in refused.err
    assert (
        "give --ru and/or --en" in cli.refused("year", "set-criterion-name", "--year", str(YEAR), "Service quality").err
    )
    refused = cli.refused(
        "year",
        "set-criterion-name",
        "--year",
        str(YEAR),
        "Service quality",
        "--en",
        " annual TURNOVER with the manufacturer",
    )
    assert "already names the criterion Annual turnover with the manufacturer" in refused.err

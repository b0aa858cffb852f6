"""The channels' names (coop_desk.channel_names): the fallbacks, reading a channel back from either name, and
the checks of the stored table (issue 14, point 5)."""

from __future__ import annotations

from coop_desk.channel_names import DEFAULT_NAMES, ChannelNames, channel_names_setting, names_of
from reports.pdf.i18n import channel_name

CHANNELS = ("press", "outdoor", "Billboards on trams")


def test_a_year_without_names_falls_back_to_the_default_names_else_the_code() -> None:
    names = names_of(CHANNELS, None)
    assert names.name("outdoor", "ru") == "наружная реклама" and names.name("outdoor", "en") == "outdoor"
    assert names.name("Billboards on trams", "ru") == "Billboards on trams"
    assert names.name("seminar", "ru_RU") == "семинар"  # a code the year does not list: the default names
    assert names.name("never heard of", "en") == "never heard of"
    assert ChannelNames().name("TV", "ru") == DEFAULT_NAMES["TV"][0]


def test_stored_names_win_and_an_empty_one_keeps_the_default() -> None:
    names = names_of(CHANNELS, {"outdoor": {"ru": "билборды", "en": ""}, "Billboards on trams": {"ru": "трамваи"}})
    assert names.channels == (
        ("press", "пресса", "press"),
        ("outdoor", "билборды", "outdoor"),
        ("Billboards on trams", "трамваи", "Billboards on trams"),
    )
    assert names.names("ru") == ("пресса", "билборды", "трамваи")
    assert channel_name("outdoor", "ru", names) == "билборды"
    assert channel_name("outdoor", "ru") == "наружная реклама"  # without the year's names: the defaults


def test_a_channel_is_read_back_from_its_code_or_either_name_in_any_case_and_spacing() -> None:
    names = names_of(CHANNELS, {"outdoor": {"ru": "билборды", "en": "billboards"}})
    for text in ("outdoor", "OUTDOOR", " Билборды ", "BillBoards", "билборды"):
        assert names.code(text) == "outdoor", text
    assert names.code("billboards  on\ttrams") == "Billboards on trams"
    assert names.code("наружная реклама") is None  # renamed: the old default name no longer names it
    assert names.code("") is None and names.code("radio") is None


def test_the_stored_table_keeps_only_what_differs_from_the_defaults() -> None:
    table, problems = channel_names_setting(
        {"OUTDOOR": {"ru": " билборды  у дорог ", "en": "outdoor"}, "press": {"ru": "пресса", "en": "press"}}, CHANNELS
    )
    assert problems == []
    assert table == {"outdoor": {"ru": "билборды у дорог"}}  # under its code; the default names not stored


def test_an_unknown_channel_or_a_name_two_channels_share_is_refused() -> None:
    table, problems = channel_names_setting({"radio": {"ru": "радио", "en": "radio"}}, CHANNELS)
    assert table is None and [str(p) for p in problems] == ["channel_names (radio): is not a channel of the year"]
    table, problems = channel_names_setting({"outdoor": {"ru": "Пресса", "en": "outdoor"}}, CHANNELS)
    assert table is None
    assert [str(p) for p in problems] == ["channel_names (outdoor): пресса already names the channel press"]
    table, problems = channel_names_setting({"outdoor": {"ru": 5}}, CHANNELS)
    assert table is None and "needs a Russian and an English name" in str(problems[0])
    assert channel_names_setting(["outdoor"], CHANNELS)[0] is None

"""The names of the year's channels: a stable code (what activities store) and a Russian and an English name.

The one home of the rule: :func:`names_of` reads a year's stored names (``programme_year.channel_names``,
``{code: {"ru": …, "en": …}}``; a year without names, or a channel without its own, falls back to
:data:`DEFAULT_NAMES`, else the code), :meth:`ChannelNames.name` gives a channel's name in a language (the
window, the workbooks and the PDFs all use it) and :meth:`ChannelNames.code` reads a channel back from its
code or either name, case- and space-insensitively. Renaming a channel never touches the activities: they
keep the code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from coop_desk.errors import Problem
from coop_desk.text import Text

__all__ = ["DEFAULT_NAMES", "ChannelNames", "channel_names_setting", "fold", "names_of"]

LANGS = ("ru", "en")

#: The names of the default channels (coop_desk.services.year_settings.DEFAULT_CHANNELS): code → (ru, en).
DEFAULT_NAMES: dict[str, tuple[str, str]] = {
    "press": ("пресса", "press"),
    "outdoor": ("наружная реклама", "outdoor"),
    "radio": ("радио", "radio"),
    "TV": ("ТВ", "TV"),
    "exhibition": ("выставка", "exhibition"),
    "seminar": ("семинар", "seminar"),
    "online": ("интернет", "online"),
    "point-of-sale materials": ("материалы POS", "point-of-sale materials"),
    "other": ("прочее", "other"),
}


def fold(text: str) -> str:
    """How a channel is compared: case- and space-insensitively (``" Наружная  реклама"`` = ``"наружная реклама"``)."""
    return " ".join(str(text).split()).casefold()


@dataclass(frozen=True)
class ChannelNames:
    """A year's channels (in its order) with their names: ``(code, ru, en)`` each."""

    channels: tuple[tuple[str, str, str], ...] = ()

    def name(self, code: str, lang: str) -> str:
        """The channel's name in ``lang`` (``"ru"``/``"en"``, ``"ru_RU"`` too); a code the year does not know is
        named by the defaults, else shown as it is."""
        index = 1 if str(lang or "ru").lower().startswith("ru") else 2
        for entry in self.channels:
            if entry[0] == code:
                return entry[index]
        default = DEFAULT_NAMES.get(code)
        return default[index - 1] if default else code

    def names(self, lang: str) -> tuple[str, ...]:
        """Every channel's name in ``lang``, in the year's order."""
        return tuple(self.name(code, lang) for code, _, _ in self.channels)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _, _ in self.channels)

    def code(self, text: str) -> str | None:
        """The code of the channel ``text`` is (its code or either name, any case and spacing), or None."""
        wanted = fold(text)
        if not wanted:
            return None
        for entry in self.channels:
            if wanted in (fold(entry[0]), fold(entry[1]), fold(entry[2])):
                return entry[0]
        return None


def names_of(channels: Iterable[str], stored: Mapping[str, Any] | None = None) -> ChannelNames:
    """The year's channels with their names: the stored ones, else the default names, else the code."""
    stored = stored or {}
    out = []
    for code in channels:
        found = stored.get(code)
        own: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        default = DEFAULT_NAMES.get(code, (code, code))
        ru = str(own.get("ru") or "").strip() or default[0]
        en = str(own.get("en") or "").strip() or default[1]
        out.append((code, ru, en))
    return ChannelNames(tuple(out))


def channel_names_setting(
    value: Any, channels: Iterable[str]
) -> tuple[dict[str, dict[str, str]] | None, list[Problem]]:
    """The year's ``channel_names`` checked and in its stored form (only the channels of the year; a channel
    whose names are the defaults is not stored), or the problems. Two channels may not share a code or a name
    in any language (a workbook names a channel by either): "no two spellings of one channel" the other way round.
    """
    codes = [str(c).strip() for c in channels]
    if value is None:
        value = {}
    where = Text("channel_names")
    if not isinstance(value, Mapping):
        return None, [Problem(where, Text("must be a table of channels and their Russian and English names"))]
    problems: list[Problem] = []
    by_fold = {fold(c): c for c in codes}
    table: dict[str, dict[str, str]] = {}
    for key, names in value.items():
        code = by_fold.get(fold(str(key)))
        at = Text("{setting} ({channel})", setting=where, channel=str(key))
        if code is None:
            problems.append(Problem(at, Text("is not a channel of the year")))
            continue
        if not isinstance(names, Mapping) or any(not isinstance(names.get(lang, ""), str) for lang in LANGS):
            problems.append(Problem(at, Text("needs a Russian and an English name")))
            continue
        default = DEFAULT_NAMES.get(code, (code, code))
        own = {lang: " ".join(str(names.get(lang) or "").split()) for lang in LANGS}
        if any(len(n) > 120 for n in own.values()):
            problems.append(Problem(at, Text("a name is at most 120 characters")))
            continue
        kept = {lang: own[lang] for i, lang in enumerate(LANGS) if own[lang] and own[lang] != default[i]}
        if kept:
            table[code] = kept
    if problems:
        return None, problems
    if len({fold(c) for c in codes}) != len(codes):
        return table, []  # a channel listed twice: the check of the channels says so
    seen: dict[str, str] = {}
    for code, ru, en in names_of(codes, table).channels:
        for spelling in {fold(code), fold(ru), fold(en)}:
            other = seen.setdefault(spelling, code)
            if other != code:
                problems.append(
                    Problem(
                        Text("{setting} ({channel})", setting=where, channel=code),
                        Text("{name} already names the channel {other}", name=spelling, other=other),
                    )
                )
    return (table if not problems else None), problems

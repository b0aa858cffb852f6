"""The year's channel and criterion names from the command line: ``year channel-names``, ``year
set-channel-name``, ``year criterion-names`` and ``year set-criterion-name``.

``coop-desk year set-channel-name --year 2027 outdoor --ru "наружная реклама" --en "billboards"`` renames the
channel whose code is ``outdoor`` (a name left out keeps its name; ``--ru ""`` restores the default name).
The activities keep the code, so renaming changes no plan or claim.
``coop-desk year set-criterion-name --year 2027 "Service quality" --ru "Сервис"`` renames a scoring criterion by
its code (its scores stay).
"""

from __future__ import annotations

import argparse
from typing import Any

from coop_desk.channel_names import fold
from coop_desk.commands.common import Outcome, table
from coop_desk.services import Services
from coop_desk.services.year_views import YearView

__all__ = ["criterion_lines", "name_lines", "register"]


def register(year: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The subcommands under ``year``."""
    p = year.add_parser("channel-names", help="each channel's code with its Russian and English name")
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.set_defaults(handler=year_channel_names)
    p = year.add_parser(
        "set-channel-name",
        help="set a channel's Russian and/or English name (its code, which activities store, stays)",
    )
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.add_argument("code", help="the channel's code (see `year channel-names`)")
    p.add_argument("--ru", help='the Russian name ("" restores the default)')
    p.add_argument("--en", help='the English name ("" restores the default)')
    p.set_defaults(handler=year_set_channel_name)
    p = year.add_parser("criterion-names", help="each scoring criterion's code with its Russian and English name")
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.set_defaults(handler=year_criterion_names)
    p = year.add_parser(
        "set-criterion-name",
        help="set a scoring criterion's Russian and/or English name (its code and its scores stay)",
    )
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.add_argument("code", help="the criterion's code (see `year criterion-names`)")
    p.add_argument("--ru", help='the Russian name ("" restores the default)')
    p.add_argument("--en", help='the English name ("" restores the default)')
    p.set_defaults(handler=year_set_criterion_name)


def name_lines(view: YearView) -> list[str]:
    """Every channel of the year: code, Russian name, English name."""
    return table([[code, ru, en] for code, ru, en in view.channel_names.channels], ["code", "ru", "en"])


def _data(view: YearView) -> dict[str, Any]:
    return {"year": view.year, "channels": {code: {"ru": ru, "en": en} for code, ru, en in view.channel_names.channels}}


def year_channel_names(services: Services, args: argparse.Namespace) -> Outcome:
    view = services.years.get(args.year)
    return Outcome(lines=[f"Channels of {view.year}:", *name_lines(view)], data=_data(view))


def year_set_channel_name(services: Services, args: argparse.Namespace) -> Outcome:
    if args.ru is None and args.en is None:
        return Outcome(refused=["year set-channel-name: give --ru and/or --en"])
    view = services.years.get(args.year)
    code = next((c for c in view.channels if fold(c) == fold(args.code)), None)
    if code is None:
        return Outcome(
            refused=[f"year {args.year}: {args.code!r} is not a channel code (codes: {', '.join(view.channels)})"]
        )
    names = {c: {"ru": ru, "en": en} for c, ru, en in view.channel_names.channels}
    for lang in ("ru", "en"):
        given = getattr(args, lang)
        if given is not None:
            names[code][lang] = given
    services.years.update_settings(args.year, expected_version=view.version, channel_names=names)
    view = services.years.get(args.year)
    return Outcome(lines=[f"year {args.year}: channel {code} renamed", *name_lines(view)], data=_data(view))


def criterion_lines(view: YearView) -> list[str]:
    """Every scoring criterion of the year: code, Russian name, English name."""
    return table([[c.name, c.title("ru"), c.title("en")] for c in view.criteria], ["code", "ru", "en"])


def _criterion_data(view: YearView) -> dict[str, Any]:
    return {"year": view.year, "criteria": {c.name: {"ru": c.title("ru"), "en": c.title("en")} for c in view.criteria}}


def year_criterion_names(services: Services, args: argparse.Namespace) -> Outcome:
    view = services.years.get(args.year)
    return Outcome(lines=[f"Scoring criteria of {view.year}:", *criterion_lines(view)], data=_criterion_data(view))


def year_set_criterion_name(services: Services, args: argparse.Namespace) -> Outcome:
    if args.ru is None and args.en is None:
        return Outcome(refused=["year set-criterion-name: give --ru and/or --en"])
    view = services.years.get(args.year)
    code = next((c.name for c in view.criteria if fold(c.name) == fold(args.code)), None)
    if code is None:
        codes = "; ".join(c.name for c in view.criteria)
        return Outcome(refused=[f"year {args.year}: {args.code!r} is not a criterion code (codes: {codes})"])
    names = {code: {lang: getattr(args, lang) for lang in ("ru", "en") if getattr(args, lang) is not None}}
    services.years.set_criterion_names(args.year, names, expected_version=view.version)
    view = services.years.get(args.year)
    return Outcome(
        lines=[f"year {args.year}: criterion {code} renamed", *criterion_lines(view)], data=_criterion_data(view)
    )

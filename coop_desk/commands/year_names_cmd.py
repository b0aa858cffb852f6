"""The year's channel names from the command line: ``year channel-names`` and ``year set-channel-name``.

``coop-desk year set-channel-name --year 2027 outdoor --ru "наружная реклама" --en "billboards"`` renames the
channel whose code is ``outdoor`` (a name left out keeps its name; ``--ru ""`` restores the default name).
The activities keep the code, so renaming changes no plan or claim.
"""

from __future__ import annotations

import argparse
from typing import Any

from coop_desk.channel_names import fold
from coop_desk.commands.common import Outcome, table
from coop_desk.services import Services
from coop_desk.services.year_views import YearView

__all__ = ["name_lines", "register"]


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

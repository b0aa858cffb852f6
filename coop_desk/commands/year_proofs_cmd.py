"""The year's proofs of performance from the command line: ``year proofs`` and ``year set-proofs`` (R7).

``coop-desk year set-proofs --year 2027 radio=airplay_certificate! online=screenshots!,platform_statistics``
sets the proofs of the channels named ("!" = required, else asked for but optional; ``CHANNEL=`` with nothing
= no proofs); the other channels keep theirs. ``--defaults`` restores common practice for every channel.
"""

from __future__ import annotations

import argparse
from typing import Any

from coop_desk import rules
from coop_desk.commands.common import Outcome, table
from coop_desk.commands.cycle import split_pair
from coop_desk.services import Services
from coop_desk.services.year_views import YearView
from models.enums import DocumentKind

__all__ = ["proof_lines", "register"]

PROOF_KINDS = tuple(k.value for k in DocumentKind if k.is_proof)


def register(year: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The subcommands under ``year``."""
    p = year.add_parser("proofs", help="the proofs of performance each channel's claims carry (R7)")
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.set_defaults(handler=year_proofs)
    p = year.add_parser(
        "set-proofs",
        help="set the proofs of performance of some channels, or restore common practice",
        description="Set the proofs a claim of each channel carries, e.g. `year set-proofs --year 2027 "
        "radio=airplay_certificate! online=screenshots!,platform_statistics` (! = required, else optional; "
        "CHANNEL= with nothing: no proofs). Channels not named keep theirs. Proofs: " + ", ".join(PROOF_KINDS) + ".",
    )
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.add_argument("proofs", nargs="*", type=channel_proofs_arg, metavar="CHANNEL=KIND[!][,KIND…]")
    p.add_argument("--defaults", action="store_true", help="restore common practice for every channel of the year")
    p.set_defaults(handler=year_set_proofs)


def channel_proofs_arg(text: str) -> tuple[str, list[tuple[str, bool]]]:
    """``radio=airplay_certificate!`` → ("radio", [("airplay_certificate", True)]); the kinds are checked by
    the service (which names the channel and the kind it refuses)."""
    channel, kinds = split_pair(text, "CHANNEL=KIND[!][,KIND…]")
    proofs = []
    for word in (w.strip() for w in kinds.split(",")):
        if word:
            required = word.endswith("!")
            proofs.append((word.rstrip("!").strip(), required))
    return channel, proofs


def proof_lines(view: YearView) -> list[str]:
    """Every channel of the year with its proofs (channel, proof, required/optional)."""
    rows = []
    for channel in view.channels:
        proofs = rules.proofs_for(view.proofs, channel)
        if not proofs:
            rows.append([channel, "—", "no proof"])
        for i, proof in enumerate(proofs):
            rows.append([channel if i == 0 else "", proof.kind.value, "required" if proof.required else "optional"])
    return table(rows, ["channel", "proof", ""])


def _data(view: YearView) -> dict[str, Any]:
    return {
        "year": view.year,
        "proofs": {
            channel: [{"kind": p.kind.value, "required": p.required} for p in rules.proofs_for(view.proofs, channel)]
            for channel in view.channels
        },
    }


def year_proofs(services: Services, args: argparse.Namespace) -> Outcome:
    view = services.years.get(args.year)
    return Outcome(lines=[f"Proofs of performance of {view.year}:", *proof_lines(view)], data=_data(view))


def year_set_proofs(services: Services, args: argparse.Namespace) -> Outcome:
    if args.defaults == bool(args.proofs):
        return Outcome(refused=["year set-proofs: give CHANNEL=KIND[!][,KIND…] or --defaults (not both)"])
    view = services.years.get(args.year)
    if args.defaults:
        table_: dict[str, Any] = dict(rules.default_table(view.channels))
        done = "common practice restored"
    else:
        table_ = dict(view.proofs)
        for channel, proofs in args.proofs:
            folded = channel.strip().casefold()
            for name in [n for n in table_ if n.strip().casefold() == folded]:
                del table_[name]
            table_[channel] = proofs
        done = "proofs set for " + ", ".join(channel for channel, _ in args.proofs)
    services.years.update_settings(args.year, expected_version=view.version, proofs=table_)
    view = services.years.get(args.year)
    return Outcome(lines=[f"year {args.year}: {done}", *proof_lines(view)], data=_data(view))

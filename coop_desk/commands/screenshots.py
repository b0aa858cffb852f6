"""``coop-desk screenshots --out DIR``: render every screen of the window on the demo programme to PNG.

Builds the demo programme into temporary databases (a closed year, and a year in allocation with its
dealers scored and a budget set), opens the main window offscreen and grabs each registered screen,
in English and/or Russian. Qt is imported only inside the handler (through ``ui``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from coop_desk.commands.common import Outcome


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "screenshots",
        help="render every screen of the window on the demo programme to PNG (offscreen)",
        description="Builds the demo programme in a temporary database and saves a PNG of every screen.",
    )
    p.add_argument("--out", type=Path, required=True, help="folder that receives the PNG files")
    p.add_argument("--lang", choices=["en", "ru", "both"], default="both", help="language(s) (default both)")
    p.add_argument("--dealers", type=int, default=24, help="dealers in the demo programme (default 24)")
    p.add_argument("--size", default="1360x860", help="window size WIDTHxHEIGHT (default 1360x860)")
    p.add_argument("--screen", action="append", help="only this screen (repeatable)")
    p.set_defaults(handler=run_screenshots, opens_db=False)


def run_screenshots(_services: object, args: argparse.Namespace) -> Outcome:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        return Outcome(refused=[f"--size: expected WIDTHxHEIGHT, got {args.size!r}"])
    from ui.screenshots import render_screenshots  # Qt only from here on

    langs = ["en", "ru"] if args.lang == "both" else [args.lang]
    year = dt.date.today().year + 1
    files = render_screenshots(
        args.out, langs=langs, year=year, dealers=args.dealers, size=(width, height), only=args.screen
    )
    return Outcome(lines=[str(f) for f in files] + [f"{len(files)} screenshot(s) in {args.out}"], data={"files": files})

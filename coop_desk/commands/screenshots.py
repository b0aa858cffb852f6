"""``coop-desk screenshots --out DIR``: render every screen of the window on the demo programme to PNG.

Builds the demo programme into temporary databases (a closed year, and a year in allocation with its
dealers scored and a budget set), opens the main window offscreen and grabs each registered screen,
in English and/or Russian. Qt is imported only inside the handler (through ``ui``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from coop_desk.commands.common import Outcome
from coop_desk.services import Services


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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


def score_for_allocation(services: Services, year: int, *, seed: int = 2027) -> Decimal:
    """A demo year that has just entered allocation: score every dealer and set a budget below the demand.

    Returns the budget set (about four fifths of the total demand, as the demo does).
    """
    rnd = random.Random(seed)
    criteria = [c.name for c in services.years.get(year).criteria]
    for dealer in services.dealers.list_dealers(active_only=True):
        quality = rnd.random()
        base = 1 if quality < 0.08 else 3 + int(quality * 6)
        points = {name: Decimal(max(0, min(10, base + rnd.randint(-2, 2)))) for name in criteria}
        services.dealers.record_scores(year, dealer.code, points)
    trial = services.allocation.what_if(year, budget=Decimal(10) ** 9)
    budget = (trial.total_demand * Decimal("0.8") / 1000).to_integral_value(ROUND_DOWN) * 1000
    services.years.update_settings(year, budget=budget)
    return budget


def mockups_waiting(services: Services, year: int, *, count: int = 8) -> int:
    """A demo year that has just entered execution: some dealers send mockups that wait for review."""
    import datetime as dt

    services.ctx.today = lambda: dt.date(year, 1, 20)
    frozen = services.allocation.current(year)
    funded = {ln.dealer_code for ln in frozen.lines if ln.amount > 0} if frozen is not None else set()
    rows = [r for r in services.plans.consolidated(year) if r.included and r.dealer_code in funded]
    sent = 0
    from coop_desk.demo_mockups import mockup_png

    for row in sorted(rows, key=lambda r: (r.month, r.reference))[:count]:
        city = services.dealers.get(row.dealer_code).city
        data = mockup_png(row.idea, row.dealer_name, city, sent % 2, seed=sent)  # the reviewer sees what they approve
        picture = services.attachments.add(data, f"{row.reference}.png").id
        services.mockups.submit(year, row.reference, title=f"Макет: {row.idea}", attachment_id=picture)
        sent += 1
    return sent


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

"""The demo programme stopped at a given stage, as the screenshots and the window's tests show it.

``closed`` is a whole demo year; ``allocation`` has just entered allocation, every dealer scored and a
budget set, not frozen; ``execution`` has the allocation frozen and mockups waiting for review. No Qt:
both the command line (``coop-desk screenshots``) and the window's screenshot renderer use it.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from coop_desk.services import Services
from models import Stage

#: The demo states, each with the stage its demo year is run until.
DEMO_STATES = (("closed", Stage.CLOSED), ("allocation", Stage.ALLOCATION), ("execution", Stage.EXECUTION))


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
    from coop_desk.demo_mockups import mockup_png

    services.ctx.today = lambda: dt.date(year, 1, 20)
    frozen = services.allocation.current(year)
    funded = {ln.dealer_code for ln in frozen.lines if ln.amount > 0} if frozen is not None else set()
    rows = [r for r in services.plans.consolidated(year) if r.included and r.dealer_code in funded]
    sent = 0
    for row in sorted(rows, key=lambda r: (r.month, r.reference))[:count]:
        city = services.dealers.get(row.dealer_code).city
        data = mockup_png(row.idea, row.dealer_name, city, sent % 2, seed=sent)  # the reviewer sees what they approve
        picture = services.attachments.add(data, f"{row.reference}.png").id
        services.mockups.submit(year, row.reference, title=f"Макет: {row.idea}", attachment_id=picture)
        sent += 1
    return sent


def build_demo_state(services: Services, year: int, until: Stage, *, dealers: int) -> None:
    """Run the demo programme until ``until`` and bring it to the state the screens are shown on."""
    from coop_desk.demo import DemoProgramme

    DemoProgramme(services, year=year, dealers=dealers, until=until).run()
    if until == Stage.ALLOCATION:
        score_for_allocation(services, year)
    if until == Stage.EXECUTION:
        mockups_waiting(services, year)


def build_demo_databases(folder: Path, *, year: int, dealers: int) -> dict[str, str]:
    """One SQLite demo database per state in ``folder``: {state name: URL}."""
    from coop_desk.services import ServiceContext
    from models.db import Database, sqlite_url

    urls = {}
    for name, until in DEMO_STATES:
        url = sqlite_url(folder / f"{name}.sqlite")
        db = Database(url)
        build_demo_state(Services(ServiceContext(db, actor="demo")), year, until, dealers=dealers)
        db.dispose()
        urls[name] = url
    return urls

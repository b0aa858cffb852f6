"""Benchmarks of the services: a whole demo programme year, and a what-if over its database."""

from __future__ import annotations

import argparse
import itertools
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.harness import Benchmark
from coop_desk.demo import DemoProgramme
from coop_desk.services import ServiceContext, Services
from models import Stage
from models.db import Database, sqlite_url

DEMO_DEALERS = 40  # the demo's default size; the year runs every use case a few hundred times
_counter = itertools.count()


def _fresh_services(folder: Path) -> Services:
    path = folder / f"bench-{next(_counter)}.sqlite"
    return Services(ServiceContext(Database(sqlite_url(path)), actor="bench"))


def _demo_year(args: argparse.Namespace) -> Callable[[], object]:
    folder = Path(tempfile.mkdtemp(prefix="coopdesk-bench-"))

    def run() -> object:
        services = _fresh_services(folder)
        report = DemoProgramme(services, year=2027, dealers=DEMO_DEALERS).run()
        services.ctx.db.dispose()
        return report

    return run


def _what_if(args: argparse.Namespace) -> Callable[[], object]:
    folder = Path(tempfile.mkdtemp(prefix="coopdesk-bench-"))
    services = _fresh_services(folder)
    DemoProgramme(services, year=2027, dealers=DEMO_DEALERS, until=Stage.ALLOCATION).run()
    budgets = itertools.cycle([Decimal(300000), Decimal(450000), Decimal(600000)])
    return lambda: services.allocation.what_if(2027, budget=next(budgets))


BENCHMARKS: list[Benchmark] = [
    Benchmark(
        name="demo year",
        run=_demo_year,
        size=lambda a: f"{DEMO_DEALERS} dealers, drafting → closed, SQLite",
        target_s=None,
        note="every use case through the services, one transaction each",
    ),
    Benchmark(
        name="what-if (service)",
        run=_what_if,
        size=lambda a: f"{DEMO_DEALERS} dealers, SQLite",
        target_s=0.1,
        note="what the allocation screen recomputes while a slider moves",
    ),
]

"""Benchmarks of the window (issue 5, point 16): cold start, and the claims screen on 100,000 claims.

* ``cold start``: a fresh interpreter runs the app as ``python main.py --db DEMO`` does (``coop_desk.cli``,
  ``QT_QPA_PLATFORM=offscreen``) on a prepared demo database and stops as soon as the event loop runs with
  the window exposed and the dashboard shown. The timed value is measured from the moment the parent
  launched the process to that moment (wall clock, so the interpreter's own start counts);
  ``cold start (process)`` is the whole subprocess run, including tearing it down.
* ``claims screen open``: building and showing the claims screen until its first rows are shown.
* ``claims filter keystroke``: typing ``D``, ``D0``, ``D01``, ``D012``, ``D0123`` and then clearing the
  box, one keystroke at a time; each value is the median of one such round. A keystroke is timed from
  the key until the list has settled (the debounced filter applied and its first rows fetched), without
  the debounce delay itself.

The 100,000 claims are written with bulk Core inserts into the real schema (a year in execution,
2,000 dealers with 25 activities each, one approved mockup per activity, two claims per activity).
``python -m bench.bench_ui`` prints where the claims screen's time goes (cProfile).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.harness import Benchmark, Measured

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = 100_000
DEALERS = 2_000
ACTIVITIES_PER_DEALER = 25  # two claims each: 2,000 × 25 × 2 = 100,000
YEAR = 2027
DEMO_DEALERS = 40
KEYS = ("D", "D0", "D01", "D012", "D0123", "")
_CHANNELS = ("press", "outdoor", "radio", "TV", "exhibition", "seminar", "online", "point-of-sale materials")
_REGIONS = ("Центральный", "Северо-Западный", "Приволжский", "Уральский", "Сибирский", "Южный")
_STEMS = ("Аквастрой", "Водолей", "Гидромаш", "Термекс", "Сантехкомплект", "Энергия воды")
_CACHE: dict[str, Path] = {}


# -- data ----------------------------------------------------------------------------------------
def _environment(folder: Path) -> dict[str, str]:
    """Offscreen Qt, and settings and data kept in ``folder`` (never the user's own)."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        COOP_DESK_DATA_DIR=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        HOME=str(folder),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
    )
    env.pop("COOP_DESK_DB", None)
    # Bytecode is cached as after an install (in ``folder``, not beside the sources); the harness's
    # warm-up start fills the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def demo_database() -> Path:
    """The demo programme (40 dealers, the whole year) in a temporary SQLite file, built once per run."""
    if "demo" not in _CACHE:
        from coop_desk.demo import DemoProgramme
        from coop_desk.services import ServiceContext, Services
        from models.db import Database, sqlite_url

        path = Path(tempfile.mkdtemp(prefix="coopdesk-bench-ui-")) / "demo.sqlite"
        db = Database(sqlite_url(path))
        try:
            DemoProgramme(Services(ServiceContext(db, actor="bench")), year=YEAR, dealers=DEMO_DEALERS).run()
        finally:
            db.dispose()
        _CACHE["demo"] = path
    return _CACHE["demo"]


def claims_database(claims: int = CLAIMS) -> Path:
    """A year in execution with ``claims`` claims, written with bulk Core inserts (valid foreign keys)."""
    key = f"claims-{claims}"
    if key in _CACHE:
        return _CACHE[key]
    from sqlalchemy import insert, update

    from coop_desk.rules import COUNTED
    from coop_desk.services import ServiceContext, Services
    from models import (
        Claim,
        ClaimStatus,
        Dealer,
        Mockup,
        MockupStatus,
        PlanDraft,
        PlannedActivity,
        ProgrammeYear,
        Region,
        Stage,
    )
    from models.db import Database, sqlite_url

    path = Path(tempfile.mkdtemp(prefix="coopdesk-bench-ui-")) / "claims.sqlite"
    db = Database(sqlite_url(path))
    services = Services(ServiceContext(db, actor="bench", today=lambda: dt.date(YEAR - 1, 7, 1)))
    services.years.create_year(YEAR, budget=Decimal(5_000_000))
    rng = random.Random(YEAR)
    per_dealer = max(1, -(-claims // (DEALERS * 2)))  # activities per dealer, two claims each
    dealers = max(1, min(DEALERS, -(-claims // (per_dealer * 2))))
    now = dt.datetime(YEAR, 1, 10, tzinfo=dt.UTC)
    with db.engine.begin() as conn:
        year_id = conn.execute(ProgrammeYear.__table__.select().where(ProgrammeYear.year == YEAR)).one().id
        conn.execute(update(ProgrammeYear).where(ProgrammeYear.id == year_id).values(stage=Stage.EXECUTION))
        conn.execute(insert(Region), [{"id": i + 1, "name": name} for i, name in enumerate(_REGIONS)])
        conn.execute(
            insert(Dealer),
            [
                {
                    "id": d,
                    "code": f"D{d:04d}",
                    "name": f"ООО «{_STEMS[d % len(_STEMS)]}-{d}»",
                    "region_id": d % len(_REGIONS) + 1,
                }
                for d in range(1, dealers + 1)
            ],
        )
        conn.execute(
            insert(PlanDraft),
            [{"id": d, "year_id": year_id, "dealer_id": d, "number": 1} for d in range(1, dealers + 1)],
        )
        activities, mockups, rows = [], [], []
        activity_id = 0
        for d in range(1, dealers + 1):
            for seq in range(1, per_dealer + 1):
                activity_id += 1
                channel = _CHANNELS[(d + seq) % len(_CHANNELS)]
                activities.append(
                    {
                        "id": activity_id,
                        "draft_id": d,
                        "year_id": year_id,
                        "dealer_id": d,
                        "seq": seq,
                        "reference": f"D{d:04d}-{YEAR}-{seq:02d}",
                        "channel": channel,
                        "month": (seq - 1) % 12 + 1,
                        "planned_cost": Decimal(rng.randint(1_000, 20_000)),
                    }
                )
                mockups.append(
                    {
                        "id": activity_id,
                        "activity_id": activity_id,
                        "number": 1,
                        "status": MockupStatus.APPROVED,
                        "other_brands": 0,
                        "decided_on": dt.date(YEAR, 1, 5),
                    }
                )
                for k in range(2):
                    if len(rows) >= claims:
                        break
                    quarter = (seq + k) % 4 + 1
                    amount = Decimal(rng.randint(50_000, 2_000_000)).scaleb(-2)
                    status = rng.choices(
                        (ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.PAID, ClaimStatus.REJECTED),
                        weights=(30, 30, 35, 5),
                    )[0]
                    decided = status != ClaimStatus.SUBMITTED
                    counted = status in COUNTED
                    rows.append(
                        {
                            "year_id": year_id,
                            "dealer_id": d,
                            "activity_id": activity_id,
                            "mockup_id": activity_id,
                            "quarter": quarter,
                            "filed_on": dt.date(YEAR, quarter * 3, 10),
                            "invoice_number": f"INV-{d:04d}-{seq:02d}{k}",
                            "invoice_date": dt.date(YEAR, quarter * 3 - 1, 1 + seq),
                            "invoice_amount": amount,
                            "currency": "EUR",
                            "exchange_rate": Decimal(1),
                            "paid_amount": amount,
                            "status": status,
                            "late": rng.random() < 0.03,
                            "other_brands": 0 if counted else None,
                            "rate": Decimal("0.5") if counted else None,
                            "verified_cost": amount if counted else None,
                            "reimbursement": (amount / 2).quantize(Decimal("0.01")) if counted else None,
                            "decided_at": now if decided else None,
                            "decided_by": "bench" if decided else "",
                            "reason": "акт приёмки датирован раньше одобрения макета"
                            if not counted and decided
                            else "",
                            "created": now,
                        }
                    )
        conn.execute(insert(PlannedActivity), activities)
        conn.execute(insert(Mockup), mockups)
        conn.execute(insert(Claim), rows)
    db.dispose()
    _CACHE[key] = path
    return path


# -- cold start ----------------------------------------------------------------------------------
_COLD_START = r"""
import sys, time
started = time.perf_counter()
import json
import coop_desk.cli  # what main.py imports, in its order
from PySide6.QtCore import QTimer
from ui.app import make_application

app = make_application()  # run_app() takes this one: the check below can be queued before the loop runs

def check():
    from PySide6.QtWidgets import QApplication
    for w in QApplication.topLevelWidgets():
        handle = w.windowHandle()
        screens = getattr(w, "_screens", {})
        dashboard = screens.get("dashboard")
        if handle is not None and handle.isExposed() and dashboard is not None and dashboard.isVisible():
            now = time.time()
            since = {"from_launch": now - float(sys.argv[2]), "from_script": time.perf_counter() - started}
            print(json.dumps({**since, "cpu": time.process_time()}))
            sys.stdout.flush()
            app.quit()
            return
    QTimer.singleShot(1, check)

QTimer.singleShot(0, check)
sys.exit(coop_desk.cli.run(["--db", sys.argv[1]]))
"""


def cold_start_once(db: Path, folder: Path) -> dict[str, float]:
    """One start in a fresh interpreter: seconds from launch and from the script's first line to shown, and
    the whole process (``process``)."""
    from models.db import sqlite_url

    launched = time.time()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _COLD_START, sqlite_url(db), repr(launched)],
        env=_environment(folder),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    process = time.perf_counter() - start
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"the app did not start: {done.stderr.strip()[-800:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["process"] = process
    return result


def _cold_start(key: str) -> Callable[[argparse.Namespace], Callable[[], object]]:
    def run(_args: argparse.Namespace) -> Callable[[], object]:
        db = demo_database()
        folder = Path(tempfile.mkdtemp(prefix="coopdesk-bench-home-"))
        return lambda: Measured(cold_start_once(db, folder)[key])

    return run


# -- the claims screen ---------------------------------------------------------------------------
class ClaimsScreenBench:
    """The claims screen on a database of ``claims`` claims, in this process (offscreen)."""

    def __init__(self, claims: int = CLAIMS) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSettings

        from coop_desk.services import ServiceContext, Services
        from models.db import Database, sqlite_url
        from ui.app import make_application
        from ui.context import ScreenContext
        from ui.events import ChangeHub
        from ui.prefs import Prefs
        from ui.tasks import TaskRunner

        self.app = make_application()
        url = sqlite_url(claims_database(claims))
        folder = Path(tempfile.mkdtemp(prefix="coopdesk-bench-prefs-"))
        services = Services(ServiceContext(Database(url), actor="bench"))
        prefs = Prefs(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
        self.context = ScreenContext(services, ChangeHub(), TaskRunner(url, actor="bench"), prefs, year=YEAR)
        self.screen: Any = None

    def open(self) -> tuple[float, float]:  # ok-float (seconds)
        """Build and show a new claims screen; seconds (wall clock, CPU) until its first rows are shown."""
        from ui.screens.claims import ClaimsScreen

        if self.screen is not None:
            self.screen.close()
            self.screen.deleteLater()
            self.app.processEvents()
        start, cpu = time.perf_counter(), time.process_time()
        self.screen = ClaimsScreen(self.context)
        self.screen.resize(1280, 800)
        self.screen.show()
        self._settle()
        if self.screen._view.model().rowCount() == 0:
            raise RuntimeError("the claims screen shows no rows")
        return time.perf_counter() - start, time.process_time() - cpu

    def keystroke(self, text: str) -> tuple[float, float]:  # ok-float (seconds)
        """Type ``text`` into the filter box (one key) and wait until the list has settled: (wall, CPU) seconds."""
        box = self.screen._filter
        start, cpu = time.perf_counter(), time.process_time()
        box.setText(text)
        flush = getattr(self.screen, "flush_text_filter", None)
        if flush is not None:  # the debounce is a delay, not work: apply at once
            flush()
        self._settle()
        return time.perf_counter() - start, time.process_time() - cpu

    def keystrokes(self) -> list[tuple[float, float]]:  # ok-float (seconds)
        return [self.keystroke(text) for text in KEYS]

    def _settle(self) -> None:
        """Process events until painting is done (the first rows fetched and drawn, once)."""
        self.app.processEvents()
        self.app.processEvents()


def _claims_open(clock: int) -> Callable[[argparse.Namespace], Callable[[], object]]:
    def run(_args: argparse.Namespace) -> Callable[[], object]:
        bench = ClaimsScreenBench()
        return lambda: Measured(bench.open()[clock])

    return run


def _claims_filter(clock: int) -> Callable[[argparse.Namespace], Callable[[], object]]:
    def run(_args: argparse.Namespace) -> Callable[[], object]:
        bench = ClaimsScreenBench()
        bench.open()
        return lambda: Measured(statistics.median(t[clock] for t in bench.keystrokes()))

    return run


_WALL, _CPU = 0, 1
_CPU_NOTE = "CPU time of the process (steady when other work shares the machine)"


BENCHMARKS: list[Benchmark] = [
    Benchmark(
        name="cold start",
        run=_cold_start("from_launch"),
        size=lambda a: f"demo database ({DEMO_DEALERS} dealers), offscreen",
        target_s=0.8,
        note="process launch → event loop running, window exposed, dashboard shown",
    ),
    Benchmark(
        name="cold start (process)",
        run=_cold_start("process"),
        size=lambda a: f"demo database ({DEMO_DEALERS} dealers), offscreen",
        target_s=None,
        note="the whole subprocess, interpreter start to exit",
    ),
    Benchmark(
        name="cold start (CPU)",
        run=_cold_start("cpu"),
        size=lambda a: f"demo database ({DEMO_DEALERS} dealers), offscreen",
        target_s=0.8,
        note="the same start: " + _CPU_NOTE,
    ),
    Benchmark(
        name="claims screen open",
        run=_claims_open(_WALL),
        size=lambda a: f"{CLAIMS:,} claims, SQLite",
        target_s=None,
        note="build and show the screen until the first rows are drawn",
    ),
    Benchmark(
        name="claims filter keystroke",
        run=_claims_filter(_WALL),
        size=lambda a: f"{CLAIMS:,} claims, SQLite",
        target_s=0.1,
        note="median of D, D0, D01, D012, D0123, clear: key → list settled",
    ),
    Benchmark(
        name="claims filter keystroke (CPU)",
        run=_claims_filter(_CPU),
        size=lambda a: f"{CLAIMS:,} claims, SQLite",
        target_s=0.1,
        note="the same keystrokes: " + _CPU_NOTE,
    ),
]


def main() -> None:
    """Profile opening the claims screen and filtering it (``python -m bench.bench_ui``)."""
    import cProfile
    import pstats

    bench = ClaimsScreenBench()
    profile = cProfile.Profile()
    profile.enable()
    opened, _cpu = bench.open()
    typed = bench.keystrokes()
    profile.disable()
    print(f"open {opened * 1000:.0f} ms; keystrokes " + ", ".join(f"{wall * 1000:.0f} ms" for wall, _ in typed))
    pstats.Stats(profile).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()

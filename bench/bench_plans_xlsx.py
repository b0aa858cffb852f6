"""Benchmarks of the dealer plan exchange: 1,000 templates written, 1,000 drafts of 50 activities read back.

``python -m bench plans`` (``--dealers N`` sets the size; the harness default of 10000, meant for the
rules, is taken as 1000 here), or ``python -m bench.bench_plans_xlsx [--dealers N] [--repeat R]``.

* ``plans: write templates`` — every dealer's template (the year's workbook is built once, each copy
  only gets the dealer's cells); target ≤ 10 s for 1,000.
* ``plans: import drafts`` — read, check and record 1,000 filled drafts into a fresh SQLite database
  (each timed run copies a prepared one: year at drafting, dealers registered); target ≤ 5 s.
* ``plans: read + check only`` — the same files read and checked, nothing recorded.
* ``plans: re-import (diffs)`` — the same files imported again over the recorded drafts: every draft is
  replaced and diffed.
* ``plans: pandas.read_excel loop`` — the plain way, for comparison (only when pandas is installed):
  ``pandas.read_excel(path, sheet_name=None)`` (openpyxl engine) per file, no checking, no saving.
* ``plans: speed-up`` — its size column gives how many times faster the import and the read are than
  the pandas loop (wanted: at least 4×).

The drafts are made from the real templates by putting 50 activities straight into the sheet XML (as
inline strings and numbers), so preparing 1,000 of them takes seconds, not minutes of openpyxl.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import io
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from bench.harness import Benchmark, print_table, run_benchmarks
from coop_desk.services import ServiceContext, Services
from models.db import Database, sqlite_url
from reports.xlsx.plan_import import import_plans
from reports.xlsx.plan_layout import LAYOUT, month_label
from reports.xlsx.plan_reading import YearLookup, read_plan
from reports.xlsx.plan_template import write_plan_templates

YEAR = 2027
DEFAULT_DEALERS = 1000
HARNESS_DEFAULT = 10_000
ACTIVITIES = 50
_SEED = 20270101
_timings: dict[str, float] = {}  # ok-float (seconds): medians seen so far, for the speed-up row


def dealers(args: argparse.Namespace) -> int:
    n = getattr(args, "dealers", DEFAULT_DEALERS)
    return DEFAULT_DEALERS if n == HARNESS_DEFAULT else n


class _Fixture:
    """A prepared database (year at drafting, dealers registered) and the filled drafts; made once."""

    _made: dict[int, _Fixture] = {}

    def __init__(self, n: int) -> None:
        self.n = n
        self.folder = Path(tempfile.mkdtemp(prefix="coopdesk-bench-plans-"))
        self.base_db = self.folder / "base.sqlite"
        services = _services(self.base_db)
        services.ctx.today = lambda: dt.date(YEAR - 1, 7, 1)
        services.years.create_year(YEAR)
        for i in range(n):
            services.dealers.register(f"D{i:05d}", f"Дилер №{i} «Ромашка»", f"Регион {i % 7}", city="Пермь")
        self.templates = self.folder / "templates"
        write_plan_templates(services, YEAR, self.templates)
        services.ctx.db.dispose()
        self.drafts = self.folder / "drafts"
        self.drafts.mkdir()
        rng = random.Random(_SEED)
        for path in sorted(self.templates.glob("*.xlsx")):
            (self.drafts / path.name).write_bytes(fill_draft(path.read_bytes(), rng))
        self._copies = 0

    @classmethod
    def get(cls, n: int) -> _Fixture:
        if n not in cls._made:
            cls._made[n] = cls(n)
        return cls._made[n]

    def fresh_services(self) -> Services:
        self._copies += 1
        path = self.folder / f"run-{self._copies}.sqlite"
        shutil.copy(self.base_db, path)
        return _services(path, migrate=False)


def _services(path: Path, *, migrate: bool = True) -> Services:
    return Services(ServiceContext(Database(sqlite_url(path), migrate=migrate), actor="bench"))


_CHANNELS = ("press", "outdoor", "radio", "TV", "exhibition", "seminar", "online", "point-of-sale materials", "other")
_EMPTY_CELL = re.compile(rb'<c r="([B-E])([0-9]+)"( s="[0-9]+")?(?: t="n")?\s*/>')


def fill_draft(template: bytes, rng: random.Random) -> bytes:
    """The template with ``ACTIVITIES`` activities typed into the plan sheet (as inline strings and numbers)."""
    rows = {}
    for i in range(ACTIVITIES):
        cost = Decimal(rng.randint(10_000, 5_000_000)).scaleb(-2)
        rows[LAYOUT.first_row + i] = {
            b"B": rng.choice(_CHANNELS),
            b"C": month_label(rng.randint(1, 12)) if i % 2 else rng.randint(1, 12),
            b"D": cost if i % 3 else f"{cost:,.2f}".replace(",", " ").replace(".", ","),
            b"E": f"Мероприятие {i + 1}: реклама в городе",
        }

    def cell(match: re.Match[bytes]) -> bytes:
        col, row, style = match.group(1), int(match.group(2)), match.group(3) or b""
        value = rows.get(row, {}).get(col)
        if value is None:
            return match.group(0)
        ref = col + match.group(2)
        if isinstance(value, str):
            text = escape(value).encode()
            return b'<c r="' + ref + b'"' + style + b' t="inlineStr"><is><t>' + text + b"</t></is></c>"
        return b'<c r="' + ref + b'"' + style + b' t="n"><v>' + str(value).encode() + b"</v></c>"

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _EMPTY_CELL.sub(cell, data)
            dst.writestr(info, data)
    return out.getvalue()


def _timed(name: str, fn: Callable[[], object]) -> Callable[[], object]:
    """``fn``, remembering the median of its runs under ``name`` (for the speed-up row)."""
    runs: list[float] = []  # ok-float (seconds)

    def run() -> object:
        start = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - start)
        _timings[name] = statistics.median(runs[1:] or runs)  # the first run is the harness's warm-up
        return result

    return run


# -- the benchmarks ------------------------------------------------------------------------------
def _write_templates(args: argparse.Namespace) -> Callable[[], object]:
    fixture = _Fixture.get(dealers(args))
    services = fixture.fresh_services()
    out = fixture.folder / "written"
    return lambda: write_plan_templates(services, YEAR, out)


def _import(args: argparse.Namespace) -> Callable[[], object]:
    fixture = _Fixture.get(dealers(args))

    def run() -> object:
        services = fixture.fresh_services()
        try:
            report = import_plans(services, [fixture.drafts])
            if report.exit_code or len(report.imported) != fixture.n:
                raise RuntimeError("; ".join(report.lines()[:3]))
            return report
        finally:
            services.ctx.db.dispose()

    return _timed("import", run)


def _reimport(args: argparse.Namespace) -> Callable[[], object]:
    fixture = _Fixture.get(dealers(args))
    services = fixture.fresh_services()
    import_plans(services, [fixture.drafts])
    return lambda: import_plans(services, [fixture.drafts])


def _read_only(args: argparse.Namespace) -> Callable[[], object]:
    fixture = _Fixture.get(dealers(args))
    services = fixture.fresh_services()
    paths = sorted(fixture.drafts.glob("*.xlsx"))

    def run() -> object:
        years = YearLookup(services)
        drafts = [read_plan(services, p, years=years) for p in paths]
        if any(d.problems or len(d.activities) != ACTIVITIES for d in drafts):
            raise RuntimeError("a benchmark draft did not read back whole")
        return drafts

    return _timed("read", run)


def _pandas_loop(args: argparse.Namespace) -> Callable[[], object]:
    import pandas

    fixture = _Fixture.get(dealers(args))
    paths = sorted(fixture.drafts.glob("*.xlsx"))
    return _timed("pandas", lambda: [pandas.read_excel(p, sheet_name=None, engine="openpyxl") for p in paths])


def _speed_up(args: argparse.Namespace) -> str:
    pandas_s = _timings.get("pandas")
    if not pandas_s:
        return "pandas loop not measured"
    parts = [
        f"{what} {pandas_s / _timings[key]:.1f}×"
        for key, what in (("import", "import"), ("read", "read"))
        if key in _timings
    ]
    return ", ".join(parts) + " faster than pandas"


BENCHMARKS: list[Benchmark] = [
    Benchmark(
        name="plans: write templates",
        run=_write_templates,
        size=lambda a: f"{dealers(a)} dealers",
        target_s=10.0,
        note="year's workbook built once; per copy only the dealer's cells",
    ),
    Benchmark(
        name="plans: import drafts",
        run=_import,
        size=lambda a: f"{dealers(a)} drafts × {ACTIVITIES} activities",
        target_s=5.0,
        note="read + check + record_draft each, fresh SQLite",
    ),
    Benchmark(
        name="plans: read + check only",
        run=_read_only,
        size=lambda a: f"{dealers(a)} drafts × {ACTIVITIES} activities",
        target_s=None,
        note="python-calamine behind the safety checks; nothing recorded",
    ),
    Benchmark(
        name="plans: re-import (diffs)",
        run=_reimport,
        size=lambda a: f"{dealers(a)} drafts × {ACTIVITIES} activities",
        target_s=None,
        note="every draft replaced (earlier kept) and diffed",
    ),
]
if importlib.util.find_spec("pandas") is not None:
    BENCHMARKS += [
        Benchmark(
            name="plans: pandas.read_excel loop",
            run=_pandas_loop,
            size=lambda a: f"{dealers(a)} drafts",
            target_s=None,
            note="for comparison: read_excel(sheet_name=None), openpyxl engine, no checks",
        ),
        Benchmark(
            name="plans: speed-up",
            run=lambda a: lambda: None,
            size=_speed_up,
            target_s=None,
            note="wanted: import at least 4× faster than the pandas loop",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_plans_xlsx", description=__doc__.splitlines()[0])
    parser.add_argument("--dealers", type=int, default=DEFAULT_DEALERS, help="templates and drafts (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per benchmark (default 3)")
    args = parser.parse_args(argv)
    print_table(run_benchmarks(BENCHMARKS, args), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

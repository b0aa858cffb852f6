"""A tiny benchmark harness: discovery, timing and one table.

A benchmark module is ``bench/bench_<something>.py`` defining ``BENCHMARKS: list[Benchmark]``.
Each :class:`Benchmark` prepares its data at the requested scale when ``run(args)`` is
called (not timed) and returns the callable that is timed, ``--repeat`` times.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import statistics
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

__all__ = ["Benchmark", "Measured", "Result", "discover", "format_table", "run_benchmarks", "time_one"]


@dataclass(frozen=True)
class Benchmark:
    """One timed job.

    ``run(args)`` prepares the data (at ``args.dealers``, ``args.claims`` …) and returns the
    callable to time; ``size(args)`` describes the scale for the table; ``target_s`` is the
    time in seconds the median must not exceed at the default scale (``None``: no target).
    """

    name: str
    run: Callable[[argparse.Namespace], Callable[[], object]]
    size: Callable[[argparse.Namespace], str]
    target_s: float | None  # ok-float (timings are seconds, not money)
    note: str = ""


@dataclass(frozen=True)
class Measured:
    """What a timed callable returns when it measures itself (a subprocess, or one step of a longer run):
    the harness records ``seconds`` instead of the callable's own wall-clock time."""

    seconds: float  # ok-float (timings are seconds, not money)


@dataclass(frozen=True)
class Result:
    benchmark: Benchmark
    size: str
    times_s: tuple[float, ...]  # ok-float (timings are seconds, not money)
    error: str = ""

    @property
    def median_s(self) -> float | None:  # ok-float (timings are seconds, not money)
        return statistics.median(self.times_s) if self.times_s else None

    @property
    def min_s(self) -> float | None:  # ok-float (timings are seconds, not money)
        return min(self.times_s) if self.times_s else None

    @property
    def verdict(self) -> str:
        if self.error:
            return "ERROR"
        median = self.median_s
        if self.benchmark.target_s is None or median is None:
            return "-"
        return "ok" if median <= self.benchmark.target_s else "SLOW"


def discover(package: str = "bench") -> list[Benchmark]:
    """Every ``BENCHMARKS`` of the modules ``<package>/bench_*.py``, modules in name order.

    A module that fails to import is reported as one benchmark that errors, so one broken
    file does not hide the others.
    """
    pkg = importlib.import_module(package)
    found: list[Benchmark] = []
    paths = [str(Path(p)) for p in pkg.__path__]
    for info in sorted(pkgutil.iter_modules(paths), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        module_name = f"{package}.{info.name}"
        try:
            module = importlib.import_module(module_name)
            found.extend(getattr(module, "BENCHMARKS", []))
        except Exception:  # reported as a row, not fatal
            message = traceback.format_exc(limit=1).strip().splitlines()[-1]

            def _fail(_args: argparse.Namespace, _message: str = message) -> Callable[[], object]:
                raise RuntimeError(_message)

            found.append(Benchmark(module_name, _fail, lambda _a: "-", None, "import failed"))
    return found


def time_one(fn: Callable[[], object], repeat: int) -> tuple[float, ...]:  # ok-float
    """``repeat`` wall-clock timings of ``fn()`` in seconds (time.perf_counter), after one
    untimed warm-up call (first-call costs such as imports and caches are not measured).
    A callable that returns :class:`Measured` is timed by its own measurement."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        times.append(result.seconds if isinstance(result, Measured) else elapsed)
    return tuple(times)


def run_benchmarks(
    benchmarks: Sequence[Benchmark], args: argparse.Namespace, names: Sequence[str] = ()
) -> list[Result]:
    """Run the benchmarks whose name contains any of ``names`` (all when empty)."""
    results = []
    for bench in benchmarks:
        if names and not any(n in bench.name for n in names):
            continue
        try:
            size = bench.size(args)
            fn = bench.run(args)
            results.append(Result(bench, size, time_one(fn, args.repeat)))
        except Exception as exc:  # one failing benchmark must not stop the rest
            results.append(Result(bench, "-", (), error=f"{type(exc).__name__}: {exc}"))
    return results


def _seconds(value: float | None) -> str:  # ok-float (timings are seconds, not money)
    if value is None:
        return "-"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def format_table(results: Sequence[Result]) -> str:
    """One plain-text table: benchmark | size | median | min | target | verdict (| note)."""
    header = ("benchmark", "size", "median", "min", "target", "verdict", "note")
    rows = [header]
    for r in results:
        note = r.error or r.benchmark.note
        rows.append(
            (
                r.benchmark.name,
                r.size,
                _seconds(r.median_s),
                _seconds(r.min_s),
                _seconds(r.benchmark.target_s),
                r.verdict,
                note,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        lines.append(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def print_table(results: Sequence[Result], out: TextIO) -> None:
    print(format_table(results), file=out)

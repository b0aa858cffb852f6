"""``python -m bench [NAME…] [--dealers N] [--claims N] [--repeat R] [--strict] [--list]``.

Runs every benchmark of ``bench/bench_*.py`` (or those whose name contains a NAME) and
prints one table: benchmark | size | median | min | target | verdict. Targets are set
for the default scale. With ``--strict`` the exit code is 1 when any benchmark is SLOW
or fails.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bench.harness import discover, print_table, run_benchmarks


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Time CoopDesk's hot paths.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="run only benchmarks whose name contains NAME")
    parser.add_argument("--dealers", type=int, default=10_000, help="number of dealers (default 10000)")
    parser.add_argument("--claims", type=int, default=10_000, help="number of claims (default 10000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per benchmark (default 5)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any benchmark is SLOW or fails")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.dealers < 0 or args.claims < 0:
        parser.error("--repeat must be at least 1; --dealers and --claims must not be negative")
    benchmarks = discover()
    if args.list:
        for b in benchmarks:
            print(f"{b.name}: {b.note}" if b.note else b.name)
        return 0
    results = run_benchmarks(benchmarks, args, args.names)
    if not results:
        print("no benchmark matches " + " ".join(args.names), file=sys.stderr)
        return 2
    print_table(results, sys.stdout)
    if args.strict and any(r.verdict in ("SLOW", "ERROR") for r in results):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

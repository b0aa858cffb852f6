"""What every subcommand shares: the outcome, argument types and output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, is_dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any

from coop_desk.amounts import NOT_AMOUNT, read_amount
from coop_desk.services import Services


@dataclass
class Outcome:
    """What a subcommand did: lines for people, data for ``--json``, and whether anything was refused."""

    lines: list[str] = field(default_factory=list)
    data: Any = None
    refused: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.refused else 0


Handler = Callable[[Services, argparse.Namespace], Outcome]


def decimal_arg(text: str) -> Decimal:
    """An exact number from the command line (a rate, a threshold, points), never through float; a text
    with two readings (``1,500``) is refused with both (coop_desk.amounts)."""
    return _number(text, places=None)


def amount_arg(text: str) -> Decimal:
    """An amount of money from the command line: at most two decimals, one reading only (coop_desk.amounts:
    ``1500``, ``1 500,50``, ``1,500.50``; ``1,500`` is refused as 1500.00 or 1.50)."""
    return _number(text, places=2)


def _number(text: str, *, places: int | None) -> Decimal:
    value, problem = read_amount(text, places=places, currency_words=False)
    if problem is not None and problem.kind != NOT_AMOUNT:
        raise argparse.ArgumentTypeError(str(problem.message()))
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number")
    return value


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        out = {k: to_jsonable(v) for k, v in asdict(value).items()}
        for name in dir(type(value)):
            if isinstance(getattr(type(value), name, None), property) and not name.startswith("_"):
                out[name] = to_jsonable(getattr(value, name))
        return out
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Fraction):  # an exact coefficient k: "41/50", "1/3"
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    return value


def emit(outcome: Outcome, as_json: bool) -> None:
    from coop_desk.database import masked

    refused = [masked(line) for line in outcome.refused]  # a URL in a refusal never shows its password
    if as_json:
        payload = {"ok": not outcome.refused, "result": to_jsonable(outcome.data), "refused": refused}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in outcome.lines:
            print(line)
    for line in refused:
        print(line, file=sys.stderr)


def table(rows: list[list[str]], header: list[str], right: set[int] | None = None) -> list[str]:
    """A plain-text table with aligned columns (numbers right-aligned)."""
    right = right or set()
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        cells = [
            str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return [fmt(header), "  ".join("-" * w for w in widths), *(fmt(r) for r in rows)]


def value(x: Any) -> str:
    return str(getattr(x, "value", x))


GROUP_HELP = {
    "templates": "write Excel templates for dealers",
    "import": "read workbooks back (drafts, consolidation, claims, efficiency)",
    "export": "write workbooks (consolidation for the agency, lists for people)",
    "report": "write PDF reports",
}


class DocumentGroups:
    """The document commands (`templates`, `import`, `export`, `report`), made when a kind is first added."""

    def __init__(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        self._sub = sub
        self._groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}

    def __getitem__(self, name: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        if name not in self._groups:
            parser = self._sub.add_parser(name, help=GROUP_HELP[name])
            self._groups[name] = parser.add_subparsers(dest=f"{name}_kind", metavar="KIND", required=True)
        return self._groups[name]

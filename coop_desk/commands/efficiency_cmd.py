"""The evaluating agency's efficiency results from the command line: ``efficiency add|list``."""

from __future__ import annotations

import argparse
from typing import Any

from coop_desk.commands.common import Outcome, amount_arg, table
from coop_desk.commands.cycle import money, year_currency, year_option
from coop_desk.errors import InvalidInput, Problem
from coop_desk.services import Services
from coop_desk.text import Text


# -- registration --------------------------------------------------------------------------------
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _register_efficiency(sub)


def _register_efficiency(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    eff = sub.add_parser("efficiency", help="the evaluating agency's results").add_subparsers(
        dest="efficiency_command", required=True
    )
    p = eff.add_parser(
        "add",
        help="record results per activity",
        description='One --row "REF;reach;leads;sales[;sales_amount;comment]" per activity, e.g. '
        '--row "D014-2027-03;12000;40;6;18000;paid off". A result recorded again is replaced.',
    )
    year_option(p)
    p.add_argument("--row", action="append", required=True, metavar="REF;REACH;LEADS;SALES[;AMOUNT;COMMENT]")
    p.add_argument("--agency", default="", help="the evaluating agency (default: the year's setting)")
    p.set_defaults(handler=efficiency_add)
    p = eff.add_parser("list", help="the results of the year")
    year_option(p)
    p.set_defaults(handler=efficiency_list)


# -- efficiency ----------------------------------------------------------------------------------
def parse_efficiency_row(text: str, index: int) -> tuple[Any, list[Problem]]:
    from coop_desk.services.evaluation import EfficiencyInput

    where = f"--row {index} ({text!r})"
    parts = [p.strip() for p in text.split(";", 5)]
    if len(parts) < 4 or not parts[0]:
        return None, [Problem(where, Text("needs REF;reach;leads;sales[;sales_amount;comment]"))]
    problems = []
    counts = []
    for name, value in zip(("reach", "leads", "sales"), parts[1:4], strict=True):
        if not value.isdigit():
            problems.append(
                Problem(where, Text("{field} must be a whole number ≥ 0, got {value}", field=name, value=repr(value)))
            )
        counts.append(int(value) if value.isdigit() else 0)
    amount = None
    if len(parts) > 4 and parts[4]:
        try:
            amount = amount_arg(parts[4])
        except argparse.ArgumentTypeError as exc:
            problems.append(Problem(where, Text("sales amount: {reason}", reason=str(exc))))
    if problems:
        return None, problems
    comment = parts[5] if len(parts) > 5 else ""
    reach, leads, sales = counts
    row = EfficiencyInput(parts[0], reach, leads, sales, sales_amount=amount, comment=comment, where=f"--row {index}")
    return row, []


def efficiency_add(services: Services, args: argparse.Namespace) -> Outcome:
    rows, problems = [], []
    for i, text in enumerate(args.row, start=1):
        row, found = parse_efficiency_row(text, i)
        rows.append(row)
        problems += found
    if problems:
        raise InvalidInput(*problems)
    services.evaluation.import_results(args.year, rows, agency=args.agency, source="command line")
    results = services.evaluation.results(args.year)
    return Outcome(
        lines=[f"efficiency results for {args.year}: {len(rows)} recorded, {len(results)} activities rated in all"],
        data=results,
    )


def efficiency_list(services: Services, args: argparse.Namespace) -> Outcome:
    views = services.evaluation.results(args.year)
    cur = year_currency(services, args.year)
    rows = [
        [
            v.reference,
            v.region,
            v.channel,
            str(v.reach),
            str(v.leads),
            str(v.sales),
            money(v.sales_amount, cur),
            v.comment,
        ]
        for v in views
    ]
    header = ["reference", "region", "channel", "reach", "leads", "sales", "sales amount", "comment"]
    lines = table(rows, header, {3, 4, 5, 6}) if views else ["no efficiency results"]
    return Outcome(lines=lines, data=views)

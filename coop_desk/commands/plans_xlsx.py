"""The dealer plan exchange from the command line.

``coop-desk templates plans --year Y --out DIR [--dealer CODE]`` writes one plan template per dealer;
``coop-desk import plans PATH… [--year Y] [--dealer CODE]`` reads the returned drafts (files or folders)
and records the good ones; exit code 1 when any file was refused (``--json`` gives the whole report).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coop_desk.commands.common import DocumentGroups, Outcome
from coop_desk.services import Services


def register_documents(groups: DocumentGroups) -> None:
    p = groups["templates"].add_parser(
        "plans",
        help="write a plan template per dealer for the year (stage drafting)",
        description="One .xlsx per active dealer (or --dealer), pre-filled with the dealer's data and cap, "
        "named plan_<year>_<code>.xlsx.",
    )
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write the templates to")
    p.add_argument("--dealer", metavar="CODE", help="only this dealer")
    p.set_defaults(handler=templates_plans)
    p = groups["import"].add_parser(
        "plans",
        help="read returned dealer drafts (files or folders) and record the good ones",
        description="Every file is checked cell by cell; a file with any problem changes nothing and is "
        "listed with every problem. Folders are searched (sub-folders too) and every file in them is listed: .xlsx, "
        ".xlsm and .ods drafts are read, other spreadsheet formats (.xls, .xlsb…) refused saying how to save them, "
        "anything else skipped saying what it is. The year and the dealer "
        "come from each file; --year/--dealer refuse files made for others.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="draft workbooks or folders holding them")
    p.add_argument("--year", type=int, help="accept only templates made for this year")
    p.add_argument("--dealer", metavar="CODE", help="accept only this dealer's template")
    p.set_defaults(handler=import_plans_command)


def templates_plans(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import PLAN_TEMPLATES, DocumentRequest

    request = DocumentRequest(args.year, dealer=args.dealer)
    paths = PLAN_TEMPLATES.write(PLAN_TEMPLATES.build(services, request), args.out, request.lang)
    lines = [str(p) for p in paths]
    lines.append(f"{len(paths)} plan template{'s' if len(paths) != 1 else ''} for {args.year} written to {args.out}")
    return Outcome(lines=lines, data={"year": args.year, "files": [str(p) for p in paths]})


def import_plans_command(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.xlsx.plan_import import import_plans

    report = import_plans(services, args.paths, year=args.year, dealer=args.dealer)
    lines = [line for o in report.imported for line in o.lines()]
    lines += [line for o in report.skipped for line in o.lines()]  # named, so nothing is silently ignored
    refused = [line for o in report.refused for line in o.lines()]
    if not report.outcomes:
        refused.append("no file to import")
    lines.append(report.summary())
    return Outcome(lines=lines, data=report.to_dict(), refused=refused)

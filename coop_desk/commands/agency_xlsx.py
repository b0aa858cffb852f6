"""The agency and claims workbooks from the command line.

``export consolidation --year Y --out F.xlsx``, ``import consolidation F.xlsx [--agency NAME]``,
``templates claims --year Y --quarter N --out DIR [--dealer CODE]``, ``import claims PATH… [--filed-on D]``,
``templates efficiency --year Y --out F.xlsx``, ``import efficiency F.xlsx [--agency NAME]``.
Exit code 1 when a file (or, for claims, a row) was refused; ``--json`` gives the whole report.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coop_desk.commands.common import DocumentGroups, Outcome, date_arg
from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.services import Services
from coop_desk.text import Text


def register_documents(groups: DocumentGroups) -> None:
    p = groups["export"].add_parser(
        "consolidation",
        help="the consolidation workbook for the agency (from drafting on, as a preview)",
        description="Write every activity of the dealers' current drafts, by region with subtotals, with "
        "columns for the agency: include/drop, placement, vendor, costed amount, note.",
    )
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.add_argument("--out", type=Path, required=True, metavar="F.xlsx", help="the workbook to write")
    p.set_defaults(handler=export_consolidation)

    p = groups["import"].add_parser(
        "consolidation",
        help="the agency's consolidation workbook: becomes the consolidated plan",
        description="Read the returned consolidation workbook; any problem refuses it and nothing is written.",
    )
    p.add_argument("path", type=Path, metavar="F.xlsx")
    p.add_argument("--agency", default="", help="the consolidating agency (default: the name in the workbook)")
    p.set_defaults(handler=import_consolidation)

    p = groups["templates"].add_parser(
        "claims",
        help="quarterly claims templates, one per dealer with an approved mockup",
        description="Write a claims template per dealer listing its activities with an approved mockup, with "
        "columns for each row's scans and the proofs its channel needs.",
    )
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.add_argument("--quarter", type=int, required=True, choices=(1, 2, 3, 4))
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write to")
    p.add_argument("--dealer", help="only this dealer's template")
    p.set_defaults(handler=claims_templates)

    p = groups["import"].add_parser(
        "claims",
        help="returned claims templates: each row is filed on its own, with the scans it names",
        description="File the claims of returned templates (files, folders, or a zip of a workbook and its "
        "scans). A file with a malformed cell files nothing; otherwise every row is filed with the scans its "
        "document columns name (beside the workbook, or in its zip), completes the returned claim of the same "
        "invoice, or is refused, and its outcome listed.",
    )
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    p.add_argument("--filed-on", type=date_arg, help="the filing date (default today)")
    p.set_defaults(handler=import_claims)

    p = groups["templates"].add_parser(
        "efficiency",
        help="the form for the evaluating agency (the activities of the consolidated plan)",
    )
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.add_argument("--out", type=Path, required=True, metavar="F.xlsx", help="the workbook to write")
    p.set_defaults(handler=efficiency_template)

    p = groups["import"].add_parser(
        "efficiency",
        help="the evaluating agency's report (reference, reach, leads, sales, amount, comment)",
        description="Import the results per activity from the first sheet of a workbook; all or nothing.",
    )
    p.add_argument("path", type=Path, metavar="F.xlsx")
    p.add_argument("--agency", default="", help="the evaluating agency (default: the year's setting)")
    p.set_defaults(handler=import_efficiency)


def _xlsx_out(out: Path) -> None:
    if out.suffix.lower() != ".xlsx":
        raise InvalidInput(Problem("--out", Text("{path} must end in .xlsx", path=repr(str(out)))))
    if out.is_dir():
        raise InvalidInput(Problem("--out", Text("{path} is a folder; name the file to write", path=repr(str(out)))))


def _written(what: str, paths: list[Path]) -> Outcome:
    lines = [f"wrote {what}: {p}" for p in paths]
    return Outcome(lines=lines, data={"paths": [str(p) for p in paths]})


def export_consolidation(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import CONSOLIDATION, DocumentRequest

    _xlsx_out(args.out)
    try:
        path = CONSOLIDATION.produce(services, DocumentRequest(args.year), args.out)
    except OSError as exc:
        raise Refused(
            Problem(str(args.out), Text("cannot be written: {reason}", reason=str(exc.strerror or exc)))
        ) from exc
    return _written(f"the {args.year} consolidation workbook", [path])


def claims_templates(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import CLAIMS_TEMPLATES, DocumentRequest

    if args.out.exists() and not args.out.is_dir():
        raise InvalidInput(Problem("--out", Text("{path} is a file; name a folder", path=repr(str(args.out)))))
    request = DocumentRequest(args.year, quarter=args.quarter, dealer=args.dealer)
    try:
        paths = CLAIMS_TEMPLATES.write(CLAIMS_TEMPLATES.build(services, request), args.out, request.lang)
    except OSError as exc:
        raise Refused(
            Problem(str(args.out), Text("cannot be written: {reason}", reason=str(exc.strerror or exc)))
        ) from exc
    return _written(f"the Q{args.quarter} {args.year} claims template", paths)


def efficiency_template(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import EFFICIENCY_TEMPLATE, DocumentRequest

    _xlsx_out(args.out)
    try:
        path = EFFICIENCY_TEMPLATE.produce(services, DocumentRequest(args.year), args.out)
    except OSError as exc:
        raise Refused(
            Problem(str(args.out), Text("cannot be written: {reason}", reason=str(exc.strerror or exc)))
        ) from exc
    return _written(f"the {args.year} efficiency form", [path])


def _report_outcome(report: Any) -> Outcome:
    """An ImportReport as the command's outcome: imported files on stdout, each refused file and its
    problems (one line each) on stderr, the whole report as ``--json`` data."""
    lines = [line for o in report.imported for line in o.lines()] + [report.summary()]
    refused = [line.strip() for o in report.refused for line in o.lines()]
    if report.exit_code and not refused:
        refused = ["no file was given"]
    return Outcome(lines=lines, data=report.to_dict(), refused=refused)


def import_consolidation(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.xlsx.consolidation import import_consolidation as run

    return _report_outcome(run(services, args.path, agency=args.agency))


def import_efficiency(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.xlsx.efficiency import import_efficiency as run

    return _report_outcome(run(services, args.path, agency=args.agency))


def import_claims(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.xlsx.claims import import_claims as run

    result = run(services, args.paths, filed_on=args.filed_on)
    lines = []
    for o in result.report.imported:
        lines += o.lines()
        lines += [f"    {r.row_text()}" for r in result.rows if r.file == o.name and r.stored]
    lines += [line for o in result.report.skipped for line in o.lines()]  # named, never silently ignored
    lines.append(result.summary())
    refused = [line.strip() for o in result.report.refused for line in o.lines()]
    refused += [str(r) for r in result.not_filed]
    if result.exit_code and not refused:
        refused = ["no claims file was found in the paths given"]
    return Outcome(lines=lines, data=result.to_dict(), refused=refused)

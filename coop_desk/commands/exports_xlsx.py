"""Exports to xlsx from the command line: ``export dealers|allocation|claims|audit --out F.xlsx [--lang ru|en]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from coop_desk.commands.common import DocumentGroups, Outcome
from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.services import Services
from coop_desk.text import Text


def register_documents(groups: DocumentGroups) -> None:
    export = groups["export"]
    kinds = (
        ("dealers", "the dealer list (with --year: score, k and cap for that year)", False),
        ("allocation", "the frozen allocation, or the current what-if when not frozen yet", True),
        ("claims", "every claim of the year with its documents, outcome and payments", True),
        ("audit", "the audit trail (with --year: that year's records only)", False),
    )
    for kind, text, year_required in kinds:
        p = export.add_parser(kind, help=text, description=f"Write {text} to an xlsx workbook.")
        p.add_argument("--year", type=int, required=year_required, help="programme year")
        p.add_argument("--out", required=True, type=Path, metavar="F.xlsx", help="the workbook to write")
        p.add_argument("--lang", choices=("ru", "en"), help="language (default: the programme's)")
        p.set_defaults(handler=export_list, export_kind=kind)


def export_list(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import LISTS, DocumentRequest  # openpyxl only when exporting

    out: Path = args.out
    if out.suffix.lower() != ".xlsx":
        raise InvalidInput(Problem("--out", Text("{path} must end in .xlsx", path=repr(str(out)))))
    if out.is_dir():
        raise InvalidInput(Problem("--out", Text("{path} is a folder; name the file to write", path=repr(str(out)))))
    document = LISTS[args.export_kind]
    lang = args.lang or _programme_language(services, args.year)
    try:
        done = document.write(document.build(services, DocumentRequest(args.year, lang=lang)), out, lang)
    except OSError as exc:
        raise Refused(Problem(str(out), Text("cannot be written: {reason}", reason=str(exc.strerror or exc)))) from exc
    line = f"wrote {done.title}: {done.rows} row(s) to {done.path}"
    return Outcome(lines=[line], data={"path": str(done.path), "rows": done.rows, "title": done.title, "lang": lang})


def _programme_language(services: Services, year: int | None) -> str:
    """The year's language (the latest year's without one), as the reports default to; English without any."""
    if year is None:
        year = services.years.latest_year()
        if year is None:
            return "en"
    language = services.years.get(year).language
    return language if language in ("ru", "en") else "ru"

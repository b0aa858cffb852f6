"""``coop-desk report quarterly``: the quarterly finance report as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from coop_desk.commands.common import DocumentGroups, Outcome
from coop_desk.money import format_money
from coop_desk.services import Services


def register_documents(groups: DocumentGroups) -> None:
    p = groups["report"].add_parser(
        "quarterly",
        help="the quarterly finance report (PDF)",
        description="Writes the finance report of one quarter: totals, every dealer's claims, summaries by "
        "channel, region and dealer, rejected and late claims, payments, and a reconciliation with the database.",
    )
    p.add_argument("--year", type=int, required=True, help="programme year")
    p.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), required=True, help="quarter (1-4)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--lang", choices=("ru", "en"), help="language (default: the programme's)")
    p.set_defaults(handler=report_quarterly)


def report_quarterly(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import QUARTERLY, DocumentRequest

    report = QUARTERLY.build(services, DocumentRequest(args.year, quarter=args.quarter))
    lang = args.lang or (report.language if report.language in ("ru", "en") else "ru")
    out: Path = args.out
    if out.parent and not out.parent.exists():
        return Outcome(refused=[f"{out.parent}: no such folder"])
    QUARTERLY.write(report, out, lang)
    totals = report.totals
    line = (
        f"wrote {out}: Q{args.quarter} {args.year}, {totals.claims} claims, "
        f"approved {format_money(totals.approved, report.currency, 'en')}, "
        f"paid {format_money(totals.paid, report.currency, 'en')}"
    )
    lines = [line]
    if not report.reconciles:
        diffs = ", ".join(d.key for d in report.reconciliation.differences)
        lines.append(f"warning: the report does not reconcile with the database ({diffs})")
    data = {
        "path": str(out),
        "year": args.year,
        "quarter": args.quarter,
        "lang": lang,
        "claims": totals.claims,
        "approved": totals.approved,
        "paid": totals.paid,
        "reconciles": report.reconciles,
    }
    return Outcome(lines=lines, data=data)

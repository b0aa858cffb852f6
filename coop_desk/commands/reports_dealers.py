"""``coop-desk report letters|statement|annual``: the documents dealers receive, and the annual report.

* ``report letters --year Y (--out DIR | --merged F.pdf)``: commitment letters after the freeze;
* ``report statement --dealer CODE --year Y --out F.pdf``: one dealer's statement with its scorecard;
* ``report statements --year Y --out DIR [--merged]``: every dealer's statement, one PDF each (and all in one);
* ``report annual --year Y --out F.pdf``: the annual programme report with charts.

Each takes ``--lang ru|en`` (default: the programme's language, Russian unless set).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coop_desk.commands.common import DocumentGroups, Outcome, amount_arg
from coop_desk.money import format_money
from coop_desk.services import Services

LANGS = ("ru", "en")


def register_documents(groups: DocumentGroups) -> None:
    report = groups["report"]
    p = report.add_parser(
        "letters",
        help="commitment letters to the dealers (PDF, after the allocation is frozen)",
        description="Writes each dealer's commitment letter: score per criterion, coefficient, cap, allocated "
        "amount, the dealer's own minimum contribution and the programme rules. One PDF per dealer in --out, "
        "or all of them in one --merged file for printing.",
    )
    _year(p)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="DIR", help="write one PDF per dealer into this folder")
    where.add_argument("--merged", type=Path, metavar="FILE.pdf", help="write every letter into one PDF")
    p.add_argument("--dealer", metavar="CODE", help="only this dealer's letter")
    _lang(p)
    p.set_defaults(handler=report_letters)

    p = report.add_parser(
        "statement",
        help="one dealer's statement with its scorecard (PDF)",
        description="Writes a dealer's year: allocation, activities, mockup decisions, claims, payments and "
        "balance, with the scorecard (status of everything, own figures, an anonymised comparison with the "
        "dealers of its region).",
    )
    p.add_argument("--dealer", required=True, metavar="CODE", help="dealer code")
    _year(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    _lang(p)
    p.set_defaults(handler=report_statement)

    p = report.add_parser(
        "statements",
        help="every dealer's statement (one PDF each into a folder, and all in one on request)",
        description="Writes the statement of every active dealer (and of any other dealer the year allocated "
        "or paid) into --out, one PDF per dealer named after its code; --merged also writes all of them in "
        "one PDF for printing.",
    )
    _year(p)
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write into")
    p.add_argument(
        "--merged",
        action="store_true",
        dest="all_in_one",  # not ``merged``: that name is the letters' file, which the file-error refusal reads
        help="also write all of them into statements-YEAR.pdf",
    )
    _lang(p)
    p.set_defaults(handler=report_statements)

    p = report.add_parser(
        "annual",
        help="the annual programme report with charts (PDF)",
        description="Writes the year's report: spending by channel, region and quarter, planned against "
        "actual, efficiency per channel from the evaluating agency, and what to drop next year.",
    )
    _year(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument(
        "--max-cost-per-sale",
        type=amount_arg,
        metavar="AMOUNT",
        help="an activity whose cost per sale is above this did not pay off (default: twice the programme's)",
    )
    _lang(p)
    p.set_defaults(handler=report_annual)


def _year(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=int, required=True, help="programme year")


def _lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=LANGS, help="language (default: the programme's)")


def _language(services: Services, args: argparse.Namespace) -> str:
    if args.lang:
        return str(args.lang)
    language = services.years.get(args.year).language
    return language if language in LANGS else "ru"


def _missing_folder(path: Path) -> list[str]:
    parent = path.parent
    return [] if parent.exists() else [f"{parent}: no such folder"]


def _letters_text(n: int) -> str:
    return f"{n} commitment letter{'' if n == 1 else 's'}"


# -- handlers ------------------------------------------------------------------------------------
def report_letters(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import LETTERS, DocumentRequest

    found = LETTERS.build(services, DocumentRequest(args.year, dealer=args.dealer))  # one dealer's, or every one
    letters = [found] if args.dealer else found
    lang = _language(services, args)
    if not letters:
        return Outcome(refused=[f"year {args.year}: the frozen allocation has no dealers"])
    if args.merged is not None:
        refused = _missing_folder(args.merged)
        if refused:
            return Outcome(refused=refused)
        files = [LETTERS.write(letters, args.merged, lang)]
        line = f"wrote {args.merged}: {_letters_text(len(letters))} for {args.year}"
    else:
        if args.out.exists() and not args.out.is_dir():
            return Outcome(refused=[f"{args.out}: is a file, not a folder"])
        files = LETTERS.write_each(letters, args.out, lang) or []  # never cancelled here
        line = f"wrote {_letters_text(len(files))} for {args.year} into {args.out}"
    data = {
        "year": args.year,
        "lang": lang,
        "files": [str(f) for f in files],
        "dealers": {le.dealer.code: le.allocated for le in letters},
    }
    return Outcome(lines=[line], data=data)


def report_statement(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import STATEMENT, DocumentRequest

    refused = _missing_folder(args.out)
    if refused:
        return Outcome(refused=refused)
    statement = STATEMENT.build(services, DocumentRequest(args.year, dealer=args.dealer))
    lang = _language(services, args)
    STATEMENT.write(statement, args.out, lang)
    b = statement.balance
    cur = statement.currency
    line = (
        f"wrote {args.out}: {statement.dealer.code} {args.year}, allocated {format_money(b.allocated, cur, 'en')}, "
        f"approved {format_money(b.approved, cur, 'en')}, paid {format_money(b.paid, cur, 'en')}, "
        f"remaining {format_money(b.remaining, cur, 'en')}"
    )
    data = {
        "path": str(args.out),
        "year": args.year,
        "dealer": statement.dealer.code,
        "lang": lang,
        "allocated": b.allocated,
        "approved": b.approved,
        "paid": b.paid,
        "remaining": b.remaining,
        "claims": len(statement.claims),
    }
    return Outcome(lines=[line], data=data)


def report_statements(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import STATEMENTS, DocumentRequest

    if args.out.exists() and not args.out.is_dir():
        return Outcome(refused=[f"{args.out}: is a file, not a folder"])
    statements = STATEMENTS.build(services, DocumentRequest(args.year))
    if not statements:
        return Outcome(refused=[f"year {args.year}: there are no dealers to write statements for"])
    lang = _language(services, args)
    files = STATEMENTS.write_each(statements, args.out, lang) or []  # never cancelled here
    merged = None
    if args.all_in_one:
        from reports.pdf.statement import merged_statements_name

        merged = STATEMENTS.write(statements, args.out / merged_statements_name(args.year), lang)
    n = len(files)
    line = f"wrote {n} statement{'' if n == 1 else 's'} for {args.year} into {args.out}"
    if merged is not None:
        line += f", and all of them in {merged.name}"
    data = {
        "year": args.year,
        "lang": lang,
        "files": [str(f) for f in files],
        "merged": str(merged) if merged is not None else None,
        "dealers": {st.dealer.code: st.balance.remaining for st in statements},
    }
    return Outcome(lines=[line], data=data)


def report_annual(services: Services, args: argparse.Namespace) -> Outcome:
    from reports.documents import ANNUAL, DocumentRequest

    refused = _missing_folder(args.out)
    if refused:
        return Outcome(refused=refused)
    report = ANNUAL.build(services, DocumentRequest(args.year, cost_per_sale_limit=args.max_cost_per_sale))
    lang = _language(services, args)
    ANNUAL.write(report, args.out, lang)
    cur = report.currency
    line = (
        f"wrote {args.out}: {args.year}, approved {format_money(report.approved, cur, 'en')}, "
        f"paid {format_money(report.paid, cur, 'en')}, {len(report.drop)} activities did not pay off"
    )
    data = {
        "path": str(args.out),
        "year": args.year,
        "lang": lang,
        "allocated": report.allocated,
        "approved": report.approved,
        "paid": report.paid,
        "did_not_pay_off": [d.reference for d in report.drop],
    }
    return Outcome(lines=[line], data=data)

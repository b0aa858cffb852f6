"""The programme cycle from the command line: dealers, scores, the summary and the audit trail, and the
helpers the other command modules share (amounts, ``--year``, ``KEY=VALUE`` arguments).

``dealer add|list|show|edit``, ``score set|list``, ``summary`` and ``audit list`` (years: ``years_cmd``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from coop_desk.commands.common import Outcome, amount_arg, decimal_arg, table
from coop_desk.errors import InvalidInput, Problem
from coop_desk.money import format_money
from coop_desk.rules import REQUISITE_FIELDS
from coop_desk.services import Services
from coop_desk.text import Text

DEALER_EDIT_FIELDS = ("name", "region", "city", "legal_name", "email", "phone", "active", *REQUISITE_FIELDS)
#: The requisite options of ``dealer add`` and ``dealer edit``: option → service keyword.
REQUISITE_OPTIONS = {
    "--inn": "inn",
    "--kpp": "kpp",
    "--ogrn": "ogrn",
    "--address": "legal_address",
    "--bank": "bank_name",
    "--bic": "bic",
    "--account": "account",
    "--corr-account": "corr_account",
}
TRUE_WORDS = ("1", "yes", "true", "on", "y")
FALSE_WORDS = ("0", "no", "false", "off", "n")


# -- shared helpers (also used by years_cmd, planning and the execution commands) ---------------
def money(amount: Decimal | None, currency: str) -> str:
    """An amount for the terminal: the one money format, English conventions; ``—`` for none."""
    return "—" if amount is None else format_money(amount, currency, "en")


def db_label(services: Services) -> str:
    from coop_desk.database import shown_url

    return shown_url(str(services.ctx.db.url))


def year_currency(services: Services, year: int) -> str:
    return services.years.get(year).currency


def split_pair(text: str, what: str) -> tuple[str, str]:
    """``KEY=VALUE`` (the value may itself contain ``=``; the key may contain spaces)."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}")
    return key.strip(), value.strip()


def pair_decimal(text: str) -> tuple[str, Decimal]:
    """``KEY=NUMBER`` with an exact number (``Service quality=7``, ``D001-2027-01=1200.50``)."""
    key, sep, value = text.rpartition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=NUMBER")
    return key.strip(), decimal_arg(value.strip())


def pair_amount(text: str) -> tuple[str, Decimal]:
    """``KEY=AMOUNT`` with an amount of money (``D001-2027-01=1200.50``)."""
    key, sep, value = text.rpartition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=AMOUNT")
    return key.strip(), amount_arg(value.strip())


def pair_text(text: str) -> tuple[str, str]:
    return split_pair(text, "KEY=VALUE")


def year_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=int, required=True, help="programme year")


# -- registration --------------------------------------------------------------------------------
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_dealer(sub)
    _register_score(sub)
    p = sub.add_parser("summary", help="where the year's money stands (exit 1 if it does not reconcile)")
    year_option(p)
    p.set_defaults(handler=summary)
    audit_p = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command", required=True)
    p = audit_p.add_parser("list", help="the latest audit records, newest first")
    p.add_argument("--year", type=int, help="only records about this programme year")
    p.add_argument("--limit", type=int, default=50, help="at most this many records (default 50)")
    p.set_defaults(handler=audit_list)


def _register_dealer(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dealer = sub.add_parser("dealer", help="dealers: add, list, show, edit, deactivate, reactivate").add_subparsers(
        dest="dealer_command", required=True
    )
    p = dealer.add_parser("add", help="register a dealer")
    p.add_argument("code", help="dealer code, e.g. D014")
    p.add_argument("--name", required=True)
    p.add_argument("--region", required=True)
    for name in ("--city", "--legal-name", "--email", "--phone"):
        p.add_argument(name, default="")
    _requisite_options(p)
    p.set_defaults(handler=dealer_add)
    p = dealer.add_parser("list", help="active dealers (--all: inactive ones too)")
    p.add_argument("--all", action="store_true", help="include inactive dealers")
    p.set_defaults(handler=dealer_list)
    p = dealer.add_parser("show", help="one dealer")
    p.add_argument("code")
    p.set_defaults(handler=dealer_show)
    p = dealer.add_parser(
        "edit",
        help="change a dealer's fields",
        description="Change fields, e.g. `dealer edit D014 city=Тула active=no`, and the requisites with their "
        "options, e.g. `dealer edit D014 --inn 7707083893 --bic 044525225` (FIELD=VALUE pairs come before the "
        "options). Fields: " + ", ".join(DEALER_EDIT_FIELDS),
    )
    p.add_argument("code")
    p.add_argument("changes", nargs="*", type=pair_text, metavar="FIELD=VALUE")
    _requisite_options(p, "; an empty value clears it")
    p.set_defaults(handler=dealer_edit)
    p = dealer.add_parser(
        "deactivate",
        help="a dealer takes no part from now on",
        description="No score, draft, template or allocation for the dealer in a year not yet allocated; its "
        "history, claims and payments stay, and its open claims are still decided and paid (they are listed).",
    )
    p.add_argument("code")
    p.set_defaults(handler=dealer_deactivate)
    p = dealer.add_parser("reactivate", help="a deactivated dealer takes part again")
    p.add_argument("code")
    p.set_defaults(handler=dealer_reactivate)


def _requisite_options(p: argparse.ArgumentParser, clears: str = "") -> None:
    helps = {
        "inn": "INN (ИНН): 10 digits (a company) or 12 (an individual entrepreneur)",
        "kpp": "KPP (КПП): 9 characters, a company's only",
        "ogrn": "OGRN (13 digits) or OGRNIP (15)",
        "legal_address": "legal address",
        "bank_name": "the bank's name",
        "bic": "the bank's BIC (БИК): 9 digits",
        "account": "settlement account (расчётный счёт): 20 digits, checked with the BIC",
        "corr_account": "correspondent account: 20 digits starting 301, checked with the BIC",
    }
    for option, key in REQUISITE_OPTIONS.items():
        p.add_argument(option, dest=f"req_{key}", metavar="VALUE", help=helps[key] + clears)


def _requisites_of(args: argparse.Namespace) -> dict[str, str]:
    """The requisite options given (None: not given)."""
    return {key: value for key in REQUISITE_FIELDS if (value := getattr(args, f"req_{key}")) is not None}


def _register_score(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    score = sub.add_parser("score", help="dealer scores (R1) and caps (R2)").add_subparsers(
        dest="score_command", required=True
    )
    p = score.add_parser(
        "set",
        help="record a dealer's points",
        description='Record points per criterion by name, e.g. `score set --year 2027 D014 "Service quality=7"` '
        "(quote names with spaces; case does not matter), or by the criterion's position as shown by "
        "`year show`: `--points 1=7 2=5`. Criteria not named keep their points.",
    )
    year_option(p)
    p.add_argument("code", help="dealer code")
    p.add_argument("points", nargs="*", type=pair_decimal, metavar="CRITERION=POINTS")
    p.add_argument(
        "--points",
        dest="by_position",
        nargs="+",
        action="extend",
        type=pair_decimal,
        default=[],
        metavar="N=POINTS",
        help="points by criterion position (1 = the first criterion)",
    )
    p.set_defaults(handler=score_set)
    p = score.add_parser("list", help="every active dealer's score S, coefficient k and cap")
    year_option(p)
    p.set_defaults(handler=score_list)


# -- dealers -------------------------------------------------------------------------------------
def dealer_add(services: Services, args: argparse.Namespace) -> Outcome:
    services.dealers.register(
        args.code,
        args.name,
        args.region,
        city=args.city,
        legal_name=args.legal_name,
        email=args.email,
        phone=args.phone,
        **_requisites_of(args),
    )
    view = services.dealers.get(args.code)
    return Outcome(lines=[f"registered dealer {view.code} {view.name} ({view.region})"], data=view)


def dealer_list(services: Services, args: argparse.Namespace) -> Outcome:
    views = services.dealers.list_dealers(active_only=not args.all)
    rows = [[v.code, v.name, v.region, v.city, "active" if v.active else "inactive"] for v in views]
    lines = table(rows, ["code", "name", "region", "city", "status"]) if views else ["no dealers"]
    return Outcome(lines=[*lines, f"{len(views)} dealer(s)"], data=views)


def dealer_show(services: Services, args: argparse.Namespace) -> Outcome:
    v = services.dealers.get(args.code)
    rows = [
        ["code", v.code],
        ["name", v.name],
        ["region", v.region],
        ["city", v.city],
        ["legal name", v.legal_name],
        ["e-mail", v.email],
        ["phone", v.phone],
        ["active", "yes" if v.active else "no"],
        ["INN", v.inn or "—"],
        ["KPP", v.kpp or "—"],
        ["OGRN", v.ogrn or "—"],
        ["legal address", v.legal_address or "—"],
        ["bank", v.bank_name or "—"],
        ["BIC", v.bic or "—"],
        ["settlement account", v.account or "—"],
        ["correspondent account", v.corr_account or "—"],
    ]
    return Outcome(lines=table(rows, ["field", "value"]), data=v)


def dealer_deactivate(services: Services, args: argparse.Namespace) -> Outcome:
    services.dealers.deactivate(args.code)
    view = services.dealers.get(args.code)
    lines = [f"deactivated dealer {view.code} {view.name}"]
    lines += [f"still open: {line}" for line in services.dealers.open_claims(view.code)]
    return Outcome(lines=lines, data=view)


def dealer_reactivate(services: Services, args: argparse.Namespace) -> Outcome:
    services.dealers.reactivate(args.code)
    view = services.dealers.get(args.code)
    return Outcome(lines=[f"reactivated dealer {view.code} {view.name}"], data=view)


def dealer_edit(services: Services, args: argparse.Namespace) -> Outcome:
    changes: dict[str, object] = {}
    problems: list[Problem] = []
    for key, value in args.changes:
        field = key.lower().replace("-", "_")
        if field not in DEALER_EDIT_FIELDS:
            problems.append(
                Problem(field, Text("is not a dealer field (one of: {fields})", fields=", ".join(DEALER_EDIT_FIELDS)))
            )
        elif field == "active":
            if value.lower() not in TRUE_WORDS + FALSE_WORDS:
                problems.append(Problem("active", Text("must be yes or no, got {value}", value=repr(value))))
            changes["active"] = value.lower() in TRUE_WORDS
        else:
            changes[field] = value
    for key, value in _requisites_of(args).items():
        if key in changes:
            problems.append(Problem(key, Text("is given twice (as an option and as FIELD=VALUE)")))
        changes[key] = value
    if not changes and not problems:
        problems.append(Problem("dealer edit", Text("give FIELD=VALUE or a requisite option (--inn, --bic, …)")))
    if problems:
        raise InvalidInput(*problems)
    services.dealers.edit(args.code, None, **changes)
    view = services.dealers.get(args.code)
    return Outcome(lines=[f"dealer {view.code}: changed {', '.join(sorted(changes))}"], data=view)


# -- scores --------------------------------------------------------------------------------------
def score_set(services: Services, args: argparse.Namespace) -> Outcome:
    if not args.points and not args.by_position:
        raise InvalidInput(Problem("score set", Text('give points as "Criterion=points" or --points N=points')))
    criteria = services.years.get(args.year).criteria
    named: list[tuple[str, str, Decimal]] = [(f"{name}={value}", name, value) for name, value in args.points]
    problems: list[Problem] = []
    for pos_text, value in args.by_position:
        if not pos_text.isdigit() or not 1 <= int(pos_text) <= len(criteria):
            problems.append(
                Problem(
                    f"--points {pos_text}={value}",
                    Text("the position must be 1–{count} (see year show)", count=len(criteria)),
                )
            )
            continue
        named.append((f"--points {pos_text}={value}", criteria[int(pos_text) - 1].name, value))
    points: dict[str, Decimal] = {}
    first: dict[str, str] = {}
    for given, name, value in named:  # one criterion given twice (by name and position, or in two spellings)
        key = name.strip().casefold()
        if key in first:
            problems.append(Problem(given, Text("names the same criterion as {other}", other=first[key])))
            continue
        first[key] = given
        points[name] = value
    if problems:
        raise InvalidInput(*problems)
    services.dealers.record_scores(args.year, args.code, points)
    view = services.dealers.score(args.year, args.code)
    cur = year_currency(services, args.year)
    return Outcome(
        lines=[
            f"dealer {view.dealer_code} {args.year}: S = {view.score} of {view.max_score}, k = {view.coefficient}, "
            f"cap {money(view.cap, cur)}" + ("" if view.complete else " (some criteria not scored yet: 0 points)")
        ],
        data=view,
    )


def score_list(services: Services, args: argparse.Namespace) -> Outcome:
    views = services.dealers.scores(args.year)
    cur = year_currency(services, args.year)
    rows = [
        [
            v.dealer_code,
            v.dealer_name,
            v.region,
            str(v.score),
            str(v.coefficient),
            money(v.cap, cur),
            f"{sum(1 for _, p in v.points if p is not None)}/{len(v.points)}",
        ]
        for v in views
    ]
    lines = table(rows, ["code", "name", "region", "S", "k", "cap", "scored"], {3, 4, 5}) if views else []
    return Outcome(lines=lines or ["no active dealers"], data=views)


# -- summary and audit ---------------------------------------------------------------------------
def summary(services: Services, args: argparse.Namespace) -> Outcome:
    from coop_desk.commands.demo_cmd import summary_lines

    result = services.summary.year(args.year)
    counts = {f"claims {status}": n for status, n in result.claims_by_status}
    if result.late_claims:
        counts["claims late"] = result.late_claims
    lines = summary_lines(result, db_label=db_label(services), counts=counts or {"claims": 0})
    data = {"summary": result, "reconciles": result.reconciles, "problems": list(result.problems)}
    return Outcome(lines=lines, data=data, refused=list(result.problems))


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    year: int | None
    summary: str


def audit_events(services: Services, *, year: int | None = None, limit: int = 50) -> tuple[list[AuditRow], int]:
    """The latest audit records (newest first) and how many there are in all (read-only)."""
    entries = services.audit.entries(year=year, limit=limit, newest_first=True)
    rows = [AuditRow(e.id, e.at, e.actor, e.action, e.year, e.summary) for e in entries]
    return rows, services.audit.count(year=year)


def audit_list(services: Services, args: argparse.Namespace) -> Outcome:
    if args.limit < 1:
        raise InvalidInput(Problem("--limit", Text("must be at least 1, got {value}", value=args.limit)))
    if args.year is not None:
        services.years.get(args.year)  # an unknown year is an error, not an empty list
    rows, total = audit_events(services, year=args.year, limit=args.limit)
    body = [[r.at.strftime("%Y-%m-%d %H:%M:%S"), r.actor, r.action, r.summary] for r in rows]
    lines = table(body, ["at", "actor", "action", "summary"]) if rows else ["no audit records"]
    lines.append(f"{len(rows)} of {total} record(s)")
    return Outcome(lines=lines, data={"total": total, "events": rows})

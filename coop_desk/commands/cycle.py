"""The programme cycle from the command line: years, dealers, scores, the summary and the audit trail.

``year create|list|show|set|criteria|advance|reopen``, ``dealer add|list|show|edit``,
``score set|list``, ``summary`` and ``audit list``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from coop_desk.commands.common import Outcome, amount_arg, date_arg, decimal_arg, table, to_jsonable
from coop_desk.errors import InvalidInput, Problem
from coop_desk.money import format_money
from coop_desk.services import Services
from coop_desk.text import Text
from models import Stage

SETTING_ALIASES = {"deadline_days": "claim_deadline_days", "deadline": "claim_deadline_days"}
INT_SETTINGS = ("claim_deadline_days",)
DATE_SETTINGS = ("drafting_from", "consolidation_from", "allocation_from", "execution_from", "evaluation_from")
DEALER_EDIT_FIELDS = ("name", "region", "city", "legal_name", "email", "phone", "active")
RATE_SETTINGS = ("base_rate", "threshold")  # fractions, not money: more than two decimals allowed
TRUE_WORDS = ("1", "yes", "true", "on", "y")
FALSE_WORDS = ("0", "no", "false", "off", "n")


# -- shared helpers (also used by planning and execution) ---------------------------------------
def money(amount: Decimal | None, currency: str) -> str:
    """An amount for the terminal: the one money format, English conventions; ``—`` for none."""
    return "—" if amount is None else format_money(amount, currency, "en")


def db_label(services: Services) -> str:
    from sqlalchemy.engine import make_url

    return make_url(services.ctx.db.url).render_as_string(hide_password=True)


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
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _register_year(sub)
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


def _settings_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--budget", type=amount_arg, help="the year's budget")
    p.add_argument("--currency", help="programme currency, a three-letter code (default EUR)")
    p.add_argument("--base-rate", type=decimal_arg, help="manufacturer's base rate, e.g. 0.5")
    p.add_argument("--cap-floor", type=amount_arg, help="smallest non-zero cap (default 10000)")
    p.add_argument("--cap-ceiling", type=amount_arg, help="largest cap (default 50000)")
    p.add_argument("--threshold", type=decimal_arg, help="eligibility threshold for k (default 0.2)")
    p.add_argument("--deadline-days", type=int, help="days after quarter end to file claims (default 30)")
    p.add_argument("--channels", help='comma-separated channels, e.g. "press,radio,online"')
    p.add_argument("--language", choices=("ru", "en"), help="language of the documents")
    p.add_argument("--consolidating-agency", help="the agency that consolidates the plans")
    p.add_argument("--evaluating-agency", help="the independent agency that evaluates efficiency")


def _register_year(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    year = sub.add_parser("year", help="programme years: create, settings, criteria, stages").add_subparsers(
        dest="year_command", required=True
    )
    p = year.add_parser("create", help="create a programme year (criteria and channels copied from the latest)")
    p.add_argument("year", type=int)
    _settings_options(p)
    p.set_defaults(handler=year_create)
    p = year.add_parser("list", help="every programme year")
    p.set_defaults(handler=year_list)
    p = year.add_parser("show", help="settings, criteria, stage dates and what is missing to move on")
    p.add_argument("year", type=int)
    p.set_defaults(handler=year_show)
    p = year.add_parser(
        "set",
        help="change settings",
        description="Change settings, e.g. `year set 2027 budget=250000 channels=press,radio "
        "execution_from=2027-01-01`. Keys: " + ", ".join(_setting_keys()) + " (dashes work too).",
    )
    p.add_argument("year", type=int)
    p.add_argument("settings", nargs="+", type=setting_arg, metavar="KEY=VALUE")
    p.set_defaults(handler=year_set)
    p = year.add_parser(
        "criteria",
        help="replace the scoring criteria",
        description='Replace the scoring criteria, each "Name:weight:max points", e.g. '
        '`year criteria 2027 "Turnover:2:10" "Service quality:1:10"`.',
    )
    p.add_argument("year", type=int)
    p.add_argument("criteria", nargs="+", type=criterion_arg, metavar="NAME:WEIGHT:MAX")
    p.set_defaults(handler=year_criteria)
    p = year.add_parser("advance", help="move the year to its next stage through the stage's guard")
    p.add_argument("year", type=int)
    p.add_argument("--confirm-missing", action="store_true", help="move on although some dealers/claims are missing")
    p.set_defaults(handler=year_advance)
    p = year.add_parser("reopen", help="go back to an earlier stage (audited)")
    p.add_argument("year", type=int)
    p.add_argument("stage", choices=[s.value for s in Stage])
    p.add_argument("--reason", required=True, help="why the stage is re-opened")
    p.set_defaults(handler=year_reopen)


def _register_dealer(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    dealer = sub.add_parser("dealer", help="dealers: add, list, show, edit").add_subparsers(
        dest="dealer_command", required=True
    )
    p = dealer.add_parser("add", help="register a dealer")
    p.add_argument("code", help="dealer code, e.g. D014")
    p.add_argument("--name", required=True)
    p.add_argument("--region", required=True)
    for name in ("--city", "--legal-name", "--email", "--phone"):
        p.add_argument(name, default="")
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
        description="Change fields, e.g. `dealer edit D014 city=Тула active=no`. Fields: "
        + ", ".join(DEALER_EDIT_FIELDS),
    )
    p.add_argument("code")
    p.add_argument("changes", nargs="+", type=pair_text, metavar="FIELD=VALUE")
    p.set_defaults(handler=dealer_edit)


def _register_score(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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


# -- argument types ------------------------------------------------------------------------------
def _setting_keys() -> tuple[str, ...]:
    from coop_desk.services.year_settings import SETTINGS_FIELDS

    return SETTINGS_FIELDS


def setting_arg(text: str) -> tuple[str, Any]:
    """``key=value`` for ``year set``, the value parsed by the setting's type."""
    from coop_desk.services.year_settings import MONEY_SETTINGS

    key, value = split_pair(text, "KEY=VALUE")
    key = key.strip().lower().replace("-", "_")
    key = SETTING_ALIASES.get(key, key)
    if key not in _setting_keys():
        raise argparse.ArgumentTypeError(f"{key!r} is not a setting (one of: {', '.join(_setting_keys())})")
    if key in MONEY_SETTINGS:
        return key, (decimal_arg(value) if key in RATE_SETTINGS else amount_arg(value))
    if key in INT_SETTINGS:
        try:
            return key, int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{key}: {value!r} is not a whole number") from None
    if key in DATE_SETTINGS:
        return key, date_arg(value)
    if key == "channels":
        return key, [c.strip() for c in value.split(",")]
    return key, value


def criterion_arg(text: str) -> tuple[str, Decimal, int]:
    parts = text.rsplit(":", 2)
    if len(parts) != 3 or not parts[0].strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME:WEIGHT:MAX (e.g. 'Service quality:1:10')")
    try:
        top = int(parts[2])
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: max points {parts[2]!r} is not a whole number") from None
    return parts[0].strip(), decimal_arg(parts[1]), top


# -- year ----------------------------------------------------------------------------------------
def _settings_from_args(args: argparse.Namespace) -> dict[str, Any]:
    mapping = {
        "budget": "budget",
        "currency": "currency",
        "base_rate": "base_rate",
        "cap_floor": "cap_floor",
        "cap_ceiling": "cap_ceiling",
        "threshold": "threshold",
        "deadline_days": "claim_deadline_days",
        "language": "language",
        "consolidating_agency": "consolidating_agency",
        "evaluating_agency": "evaluating_agency",
    }
    out = {key: getattr(args, attr) for attr, key in mapping.items() if getattr(args, attr) is not None}
    if args.channels is not None:
        out["channels"] = [c.strip() for c in args.channels.split(",")]
    return out


def year_create(services: Services, args: argparse.Namespace) -> Outcome:
    services.years.create_year(args.year, **_settings_from_args(args))
    view = services.years.get(args.year)
    return Outcome(
        lines=[
            f"created programme year {view.year} at stage {view.stage.value}: "
            f"budget {money(view.budget, view.currency)}, "
            f"{len(view.criteria)} criteria, {len(view.channels)} channels"
        ],
        data=view,
    )


def year_list(services: Services, _args: argparse.Namespace) -> Outcome:
    views = services.years.list_years()
    if not views:
        return Outcome(lines=["no programme year yet (coop-desk year create YEAR)"], data=[])
    rows = [
        [
            str(v.year),
            v.stage.value,
            money(v.budget, v.currency),
            f"{v.base_rate}",
            f"{money(v.cap_floor, v.currency)} – {money(v.cap_ceiling, v.currency)}",
            str(v.threshold),
        ]
        for v in views
    ]
    return Outcome(
        lines=table(rows, ["year", "stage", "budget", "base rate", "cap range", "threshold"], {2}), data=views
    )


def _check_lines(check: Any) -> list[str]:
    if check.next_stage is None:
        return ["The year is closed: there is no later stage."]
    lines = [f"To move on to {check.next_stage.value}:"]
    lines += [f"  missing: {m}" for m in check.missing]
    lines += [f"  to confirm (--confirm-missing): {m}" for m in check.needs_confirmation]
    if not check.missing and not check.needs_confirmation:
        lines.append("  nothing is missing (coop-desk year advance)")
    return lines


def year_show(services: Services, args: argparse.Namespace) -> Outcome:
    v = services.years.get(args.year)
    check = services.years.check(args.year)
    cur = v.currency
    settings = [
        ["currency", cur],
        ["language", v.language],
        ["budget", money(v.budget, cur)],
        ["base rate", str(v.base_rate)],
        ["cap floor", money(v.cap_floor, cur)],
        ["cap ceiling", money(v.cap_ceiling, cur)],
        ["threshold", str(v.threshold)],
        ["claim deadline", f"{v.claim_deadline_days} days after quarter end"],
        ["channels", ", ".join(v.channels)],
        ["consolidating agency", v.consolidating_agency or "—"],
        ["evaluating agency", v.evaluating_agency or "—"],
    ]
    criteria = [[str(i), c.name, str(c.weight), str(c.max_points)] for i, c in enumerate(v.criteria, start=1)]
    stages = [[stage.value, day.isoformat(), "← now" if stage == v.stage else ""] for stage, day in v.stage_dates] + [
        [Stage.CLOSED.value, "", "← now" if v.stage == Stage.CLOSED else ""]
    ]
    lines = [
        f"Programme year {v.year} — stage: {v.stage.value}",
        "",
        *table(settings, ["setting", "value"]),
        "",
        *table(criteria, ["#", "criterion", "weight", "max points"], {0, 2, 3}),
        f"S_max = {v.max_score}",
        "",
        *table(stages, ["stage", "from", ""]),
        "",
        *_check_lines(check),
    ]
    return Outcome(lines=lines, data={"year": v, "check": check})


def year_set(services: Services, args: argparse.Namespace) -> Outcome:
    changes = dict(args.settings)
    services.years.update_settings(args.year, **changes)
    view = services.years.get(args.year)
    shown = ", ".join(f"{k}={_plain(v)}" for k, v in changes.items())
    return Outcome(
        lines=[f"year {args.year}: changed {shown}"],
        data={"year": view, "changed": to_jsonable(changes)},
    )


def _plain(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ",".join(map(str, value))
    return str(value)


def year_criteria(services: Services, args: argparse.Namespace) -> Outcome:
    services.years.set_criteria(args.year, list(args.criteria))
    view = services.years.get(args.year)
    rows = [[str(i), c.name, str(c.weight), str(c.max_points)] for i, c in enumerate(view.criteria, start=1)]
    return Outcome(
        lines=[
            f"year {args.year}: {len(view.criteria)} scoring criteria (S_max = {view.max_score})",
            *table(rows, ["#", "criterion", "weight", "max points"], {0, 2, 3}),
        ],
        data=view.criteria,
    )


def year_advance(services: Services, args: argparse.Namespace) -> Outcome:
    before = services.years.get(args.year).stage
    services.years.advance(args.year, confirm_missing=args.confirm_missing)
    check = services.years.check(args.year)
    lines = [f"year {args.year}: {before.value} → {check.stage.value}", *_check_lines(check)]
    return Outcome(lines=lines, data={"year": args.year, "from": before, "stage": check.stage, "check": check})


def year_reopen(services: Services, args: argparse.Namespace) -> Outcome:
    before = services.years.get(args.year).stage
    services.years.reopen(args.year, Stage(args.stage), args.reason)
    return Outcome(
        lines=[f"year {args.year} re-opened: {before.value} → {args.stage} ({args.reason.strip()})"],
        data={"year": args.year, "from": before, "stage": Stage(args.stage), "reason": args.reason.strip()},
    )


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
    ]
    return Outcome(lines=table(rows, ["field", "value"]), data=v)


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

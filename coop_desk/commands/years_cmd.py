"""Programme years from the command line: ``year create|list|show|set|criteria|advance|reopen`` (settings,
scoring criteria and moving the year through its stages); ``year proofs|set-proofs`` in ``year_proofs_cmd``,
``year channel-names|set-channel-name`` in ``year_names_cmd``."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from coop_desk.commands import year_names_cmd, year_proofs_cmd
from coop_desk.commands.common import Outcome, amount_arg, date_arg, decimal_arg, table, to_jsonable
from coop_desk.commands.cycle import money, split_pair
from coop_desk.services import Services
from models import Stage

SETTING_ALIASES = {"deadline_days": "claim_deadline_days", "deadline": "claim_deadline_days"}
INT_SETTINGS = ("claim_deadline_days",)
DATE_SETTINGS = ("drafting_from", "consolidation_from", "allocation_from", "execution_from", "evaluation_from")
RATE_SETTINGS = ("base_rate", "threshold")  # fractions, not money: more than two decimals allowed


# -- registration --------------------------------------------------------------------------------
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_year(sub)


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


def _register_year(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    year_proofs_cmd.register(year)
    year_names_cmd.register(year)


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
        "Proofs of performance (coop-desk year set-proofs):",
        *year_proofs_cmd.proof_lines(v),
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

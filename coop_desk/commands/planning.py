"""Planning from the command line: dealer drafts, the consolidated plan and the allocation.

``draft add|list|diff|missing``, ``consolidation record|show``, ``allocation whatif|freeze|show|explain``.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from coop_desk.commands.common import Outcome, amount_arg, decimal_arg, table
from coop_desk.commands.cycle import money, pair_amount, pair_text, year_currency, year_option
from coop_desk.errors import InvalidInput, NotFound, Problem
from coop_desk.services import Services
from coop_desk.text import Text

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# -- registration --------------------------------------------------------------------------------
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_draft(sub)
    _register_consolidation(sub)
    _register_allocation(sub)


def _register_draft(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    draft = sub.add_parser("draft", help="dealer drafts: add, list, diff, missing").add_subparsers(
        dest="draft_command", required=True
    )
    p = draft.add_parser(
        "add",
        help="record a dealer's draft (a later one replaces it; earlier versions are kept)",
        description='Record a draft without a workbook: one --activity "channel;month;cost;idea" per activity, '
        'e.g. --activity "radio;4;12000;Spring campaign". Month is 1–12 (or jan–dec); the idea is optional.',
    )
    year_option(p)
    p.add_argument("--dealer", required=True, help="dealer code")
    p.add_argument(
        "--activity", action="append", required=True, metavar="CHANNEL;MONTH;COST[;IDEA]", help="one activity"
    )
    p.add_argument("--h1-review", default="", help="the dealer's review of the first half-year")
    p.add_argument("--notes", default="", help="regional notes")
    p.set_defaults(handler=draft_add)
    p = draft.add_parser("list", help="current drafts (with --dealer: their activities too)")
    year_option(p)
    p.add_argument("--dealer", help="only this dealer")
    p.add_argument("--all-versions", action="store_true", help="earlier versions too")
    p.set_defaults(handler=draft_list)
    p = draft.add_parser("diff", help="what changed between a dealer's last two draft versions")
    year_option(p)
    p.add_argument("--dealer", required=True)
    p.set_defaults(handler=draft_diff)
    p = draft.add_parser("missing", help="active dealers that sent no draft")
    year_option(p)
    p.set_defaults(handler=draft_missing)


def _register_consolidation(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cons = sub.add_parser("consolidation", help="the agency's consolidated plan").add_subparsers(
        dest="consolidation_command", required=True
    )
    p = cons.add_parser(
        "record",
        help="record the consolidated plan: one row for every activity of the current drafts",
        description="Every activity of the current drafts is included as planned unless an option says otherwise. "
        "Say --include-all to take every activity unchanged, or change some with --drop, --cost, --vendor, "
        "--placement (activities by reference, e.g. D014-2027-03).",
    )
    year_option(p)
    p.add_argument("--include-all", action="store_true", help="include every activity (needed when nothing changes)")
    p.add_argument("--drop", nargs="+", action="extend", default=[], metavar="REF", help="drop these activities")
    p.add_argument(
        "--cost", nargs="+", action="extend", default=[], type=pair_amount, metavar="REF=AMOUNT", help="re-cost"
    )
    p.add_argument("--vendor", nargs="+", action="extend", default=[], type=pair_text, metavar="REF=NAME")
    p.add_argument("--placement", nargs="+", action="extend", default=[], type=pair_text, metavar="REF=TEXT")
    p.add_argument("--agency", default="", help="the consolidating agency (default: the year's setting)")
    p.set_defaults(handler=consolidation_record)
    p = cons.add_parser("show", help="the current consolidated plan")
    year_option(p)
    p.set_defaults(handler=consolidation_show)


def _allocation_options(p: argparse.ArgumentParser) -> None:
    year_option(p)
    p.add_argument("--budget", type=amount_arg, help="budget (default: the year's)")
    p.add_argument("--cap-floor", type=amount_arg, help="cap floor (default: the year's)")
    p.add_argument("--cap-ceiling", type=amount_arg, help="cap ceiling (default: the year's)")
    p.add_argument("--threshold", type=decimal_arg, help="eligibility threshold (default: the year's)")


def _register_allocation(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    alloc = sub.add_parser("allocation", help="allocate the budget (R2, R4, R5)").add_subparsers(
        dest="allocation_command", required=True
    )
    p = alloc.add_parser("whatif", help="allocate with other parameters; nothing is saved")
    _allocation_options(p)
    p.set_defaults(handler=allocation_whatif)
    p = alloc.add_parser("freeze", help="fix the allocation (the parameters become the year's settings)")
    _allocation_options(p)
    p.set_defaults(handler=allocation_freeze)
    p = alloc.add_parser("show", help="the frozen allocation")
    year_option(p)
    p.set_defaults(handler=allocation_show)
    p = alloc.add_parser(
        "explain",
        help="how one dealer's amount came out",
        description="Explains the frozen allocation, or a what-if run when parameters are given or nothing is frozen.",
    )
    _allocation_options(p)
    p.add_argument("code", help="dealer code")
    p.set_defaults(handler=allocation_explain)


# -- drafts --------------------------------------------------------------------------------------
def parse_activity(text: str, index: int) -> tuple[Any, list[Problem]]:
    """One ``--activity "channel;month;cost;idea"`` → an ActivityInput, or the problems found."""
    from coop_desk.services.plan_inputs import ActivityInput

    where = f"--activity {index} ({text!r})"
    parts = [p.strip() for p in text.split(";", 3)]
    if len(parts) < 3:
        return None, [Problem(where, Text("needs channel;month;cost[;idea]"))]
    channel, month_text, cost_text = parts[:3]
    problems = []
    if not channel:
        problems.append(Problem(where, Text("the channel is empty")))
    month = _month(month_text)
    if month is None:
        problems.append(Problem(where, Text("month must be 1–12 or jan–dec, got {value}", value=repr(month_text))))
    try:
        cost = amount_arg(cost_text)
    except argparse.ArgumentTypeError as exc:
        problems.append(Problem(where, Text("cost: {reason}", reason=str(exc))))
    if problems:
        return None, problems
    idea = parts[3] if len(parts) > 3 else ""
    return ActivityInput(channel, month, cost, idea, where=f"--activity {index}"), []  # type: ignore[arg-type]


def _month(text: str) -> int | None:
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    key = text[:3].lower()
    return MONTHS.index(key) + 1 if key in MONTHS and len(text) >= 3 else None


def draft_add(services: Services, args: argparse.Namespace) -> Outcome:
    activities, problems = [], []
    for i, text in enumerate(args.activity, start=1):
        act, found = parse_activity(text, i)
        problems += found
        activities.append(act)
    if problems:
        raise InvalidInput(*problems)
    services.plans.record_draft(
        args.year,
        args.dealer,
        activities,
        h1_review=args.h1_review,
        regional_notes=args.notes,
        source="command line",
    )
    view = services.plans.drafts(args.year, args.dealer)[-1]
    cur = year_currency(services, args.year)
    return Outcome(
        lines=[
            f"draft v{view.number} of {view.dealer_code} for {args.year}: {len(view.activities)} activities, "
            f"{money(view.total, cur)}" + (f" (replaces v{view.number - 1})" if view.number > 1 else ""),
            *_activity_table(view.activities, cur),
        ],
        data=view,
    )


def _activity_table(activities: Any, cur: str) -> list[str]:
    rows = [[a.reference, a.channel, str(a.month), money(a.planned_cost, cur), a.idea] for a in activities]
    return table(rows, ["reference", "channel", "month", "planned cost", "idea"], {2, 3}) if rows else []


def draft_list(services: Services, args: argparse.Namespace) -> Outcome:
    views = services.plans.drafts(args.year, args.dealer, all_versions=args.all_versions)
    cur = year_currency(services, args.year)
    if not views:
        return Outcome(lines=[f"no drafts for {args.year}" + (f" from {args.dealer.upper()}" if args.dealer else "")])
    rows = [
        [
            v.dealer_code,
            f"v{v.number}",
            "current" if v.is_current else "",
            v.received.strftime("%Y-%m-%d"),
            str(len(v.activities)),
            money(v.total, cur),
            v.source,
        ]
        for v in views
    ]
    lines = table(rows, ["dealer", "version", "", "received", "activities", "total", "source"], {4, 5})
    total = sum((v.total for v in views if v.is_current), Decimal(0))
    lines.append(f"{sum(1 for v in views if v.is_current)} current draft(s), planned {money(total, cur)}")
    if args.dealer:
        for v in views:
            lines += ["", f"{v.dealer_code} v{v.number}:", *_activity_table(v.activities, cur)]
            lines += [f"first half-year: {v.h1_review}"] if v.h1_review else []
            lines += [f"regional notes: {v.regional_notes}"] if v.regional_notes else []
    return Outcome(lines=lines, data=views)


def draft_diff(services: Services, args: argparse.Namespace) -> Outcome:
    diff = services.plans.draft_diff(args.year, args.dealer)
    code = args.dealer.strip().upper()
    if diff is None:
        if not services.plans.drafts(args.year, code):
            raise NotFound(Text("dealer {code} has no draft for {year}", code=code, year=args.year))
        return Outcome(lines=[f"{code} has only one draft version for {args.year}: nothing to compare"], data=None)
    lines = [f"{code} {args.year}: the current draft against the one before it"]
    lines += diff.lines() or ["no differences"]
    return Outcome(lines=lines, data=diff)


def draft_missing(services: Services, args: argparse.Namespace) -> Outcome:
    codes = services.plans.missing_drafts(args.year)
    lines = [f"{len(codes)} dealer(s) sent no draft for {args.year}" + (": " + ", ".join(codes) if codes else "")]
    return Outcome(lines=lines, data=codes)


# -- consolidation -------------------------------------------------------------------------------
def _by_ref(pairs: list[tuple[str, Any]], option: str, known: set[str], problems: list[Problem]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for ref, value in pairs:
        if ref not in known:
            problems.append(Problem(f"{option} {ref}", Text("is not an activity of a current draft")))
        elif ref in out:
            problems.append(Problem(f"{option} {ref}", Text("is given twice")))
        out[ref] = value
    return out


def consolidation_record(services: Services, args: argparse.Namespace) -> Outcome:
    from coop_desk.services.plan_inputs import ConsolidationInput

    changes_given = args.drop or args.cost or args.vendor or args.placement
    if not args.include_all and not changes_given:
        raise InvalidInput(
            Problem(
                "consolidation record",
                Text(
                    "say --include-all to include every activity as planned, or change some with "
                    "--drop/--cost/--vendor/--placement (the others are then included as planned)"
                ),
            )
        )
    activities = services.plans.activities(args.year)
    known = {a.reference for a in activities}
    problems: list[Problem] = []
    dropped = _by_ref([(r.strip(), True) for r in args.drop], "--drop", known, problems)
    costs = _by_ref(args.cost, "--cost", known, problems)
    vendors = _by_ref(args.vendor, "--vendor", known, problems)
    placements = _by_ref(args.placement, "--placement", known, problems)
    problems += [
        Problem(f"--cost {r}", Text("the activity is also dropped")) for r in sorted(costs.keys() & dropped.keys())
    ]
    if problems:
        raise InvalidInput(*problems)
    rows = [
        ConsolidationInput(
            a.reference,
            included=a.reference not in dropped,
            placement=placements.get(a.reference, ""),
            vendor=vendors.get(a.reference, ""),
            costed_amount=costs.get(a.reference),
            where=a.reference,
        )
        for a in activities
    ]
    services.plans.record_consolidation(args.year, rows, agency=args.agency, source="command line")
    plan = services.plans.consolidated(args.year)
    cur = year_currency(services, args.year)
    kept = [r for r in plan if r.included]
    return Outcome(
        lines=[
            f"consolidated plan for {args.year}: {len(kept)} of {len(plan)} activities included "
            f"({len(plan) - len(kept)} dropped, {len(costs)} re-costed), "
            f"cost counted {money(sum((r.cost for r in kept), Decimal(0)), cur)}"
        ],
        data=plan,
    )


def consolidation_show(services: Services, args: argparse.Namespace) -> Outcome:
    plan = services.plans.consolidated(args.year)
    if not plan:
        raise NotFound(Text("year {year} has no consolidated plan yet", year=args.year))
    cur = year_currency(services, args.year)
    rows = [
        [
            r.reference,
            r.region,
            r.channel,
            str(r.month),
            money(r.planned_cost, cur),
            money(r.costed_amount, cur),
            "yes" if r.included else "dropped",
            r.vendor,
            r.placement,
        ]
        for r in plan
    ]
    header = ["reference", "region", "channel", "month", "planned", "costed", "included", "vendor", "placement"]
    kept = [r for r in plan if r.included]
    lines = table(rows, header, {3, 4, 5})
    counted = sum((r.cost for r in kept), Decimal(0))
    lines.append(f"{len(kept)} of {len(plan)} activities included; cost counted {money(counted, cur)}")
    return Outcome(lines=lines, data=plan)


# -- allocation ----------------------------------------------------------------------------------
def _params(args: argparse.Namespace) -> dict[str, Decimal | None]:
    return {
        "budget": args.budget,
        "cap_floor": args.cap_floor,
        "cap_ceiling": args.cap_ceiling,
        "threshold": args.threshold,
    }


def _what_if(services: Services, args: argparse.Namespace) -> Any:
    return services.allocation.what_if(
        args.year, budget=args.budget, cap_floor=args.cap_floor, cap_ceiling=args.cap_ceiling, threshold=args.threshold
    )


def allocation_lines(run: Any) -> list[str]:
    cur = run.currency
    rows = [
        [
            ln.dealer_code,
            ln.dealer_name,
            str(ln.coefficient),
            money(ln.cap, cur),
            money(ln.demand, cur),
            money(ln.amount, cur),
        ]
        for ln in run.lines
    ]
    rows.append(["total", "", "", "", money(run.total_demand, cur), money(run.total_allocated, cur)])
    return [
        f"budget {money(run.budget, cur)}; base rate {run.base_rate}; caps {money(run.cap_floor, cur)} – "
        f"{money(run.cap_ceiling, cur)} from k ≥ {run.threshold}",
        *table(rows, ["code", "name", "k", "cap", "demand", "amount"], {2, 3, 4, 5}),
        f"unallocated: {money(run.unallocated, cur)}",
    ]


def allocation_whatif(services: Services, args: argparse.Namespace) -> Outcome:
    run = _what_if(services, args)
    lines = [f"What-if allocation for {args.year}:", *allocation_lines(run), "what-if only: nothing was saved"]
    return Outcome(lines=lines, data=run)


def allocation_freeze(services: Services, args: argparse.Namespace) -> Outcome:
    services.allocation.freeze(
        args.year, budget=args.budget, cap_floor=args.cap_floor, cap_ceiling=args.cap_ceiling, threshold=args.threshold
    )
    run = services.allocation.current(args.year)
    assert run is not None
    lines = [f"Froze the {args.year} allocation:", *allocation_lines(run)]
    return Outcome(lines=lines, data=run)


def allocation_show(services: Services, args: argparse.Namespace) -> Outcome:
    run = services.allocation.current(args.year)
    if run is None:
        raise NotFound(Text("year {year}: the allocation is not frozen yet (try allocation whatif)", year=args.year))
    when = run.frozen_at.strftime("%Y-%m-%d %H:%M") if run.frozen_at else "?"
    lines = [f"Allocation {args.year}, frozen {when} by {run.frozen_by}:", *allocation_lines(run)]
    return Outcome(lines=lines, data=run)


def allocation_explain(services: Services, args: argparse.Namespace) -> Outcome:
    given = any(v is not None for v in _params(args).values())
    run = None if given else services.allocation.current(args.year)
    if run is None:
        run = _what_if(services, args)
    try:
        steps = run.explain(args.code)
        line = run.line(args.code)
    except KeyError:
        raise NotFound(
            Problem(
                Text("dealer {code}", code=args.code.strip().upper()),
                Text("not in the {year} allocation", year=args.year),
            )
        ) from None
    kind = "frozen allocation" if run.frozen else "what-if (nothing saved)"
    lines = [f"{line.dealer_code} {line.dealer_name}, {args.year} ({kind}):", *(f"  {s}" for s in steps)]
    return Outcome(lines=lines, data={"frozen": run.frozen, "line": line, "steps": steps})

"""Payments to dealers and closing the quarters from the command line: ``payment record|reverse|list``,
``quarter close|reopen|list``.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from coop_desk.commands.common import Outcome, amount_arg, date_arg, table
from coop_desk.commands.cycle import money, year_currency, year_option
from coop_desk.services import Services


# -- registration --------------------------------------------------------------------------------
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_payment(sub)
    _register_quarter(sub)


def _register_payment(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    payment = sub.add_parser("payment", help="payments to dealers").add_subparsers(
        dest="payment_command", required=True
    )
    p = payment.add_parser("record", help="record a payment that settles approved claims")
    year_option(p)
    p.add_argument("--dealer", required=True)
    p.add_argument("--amount", type=amount_arg, required=True)
    p.add_argument("--date", type=date_arg, required=True, help="the payment date")
    p.add_argument("--claims", type=id_list, required=True, metavar="ID,ID,...", help="claims paid, e.g. 1,2,3")
    p.add_argument("--reference", default="", help="the payment order number")
    p.set_defaults(handler=payment_record)
    p = payment.add_parser(
        "reverse",
        help="reverse a recorded payment (never deleted): the claims it settled are owed again; "
        "the reversal counts on its own date (finance or the programme owner, audited)",
    )
    p.add_argument("id", type=int, help="the payment (payment list shows the numbers)")
    p.add_argument("--reason", required=True)
    p.add_argument("--on", type=date_arg, help="the reversal's date (default today; not in a closed quarter)")
    p.set_defaults(handler=payment_reverse)
    p = payment.add_parser("list", help="payments of the year")
    year_option(p)
    p.add_argument("--dealer")
    p.set_defaults(handler=payment_list)


def _register_quarter(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    quarter = sub.add_parser("quarter", help="close quarters").add_subparsers(dest="quarter_command", required=True)
    p = quarter.add_parser("close", help="close (seal) a quarter once its filing deadline has passed")
    year_option(p)
    p.add_argument("quarter", type=int, choices=(1, 2, 3, 4))
    p.add_argument(
        "--before-deadline",
        metavar="REASON",
        default="",
        help="close it before its filing deadline (programme owner only, audited with this reason)",
    )
    p.set_defaults(handler=quarter_close)
    p = quarter.add_parser("reopen", help="reopen a closed quarter (programme owner only, audited)")
    year_option(p)
    p.add_argument("quarter", type=int, choices=(1, 2, 3, 4))
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=quarter_reopen)
    p = quarter.add_parser("list", help="which quarters are closed")
    year_option(p)
    p.set_defaults(handler=quarter_list)


def id_list(text: str) -> list[int]:
    try:
        ids = [int(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of claim numbers such as 1,2,3") from None
    if not ids:
        raise argparse.ArgumentTypeError("no claim numbers given")
    return ids


# -- payments and quarters -----------------------------------------------------------------------
def payment_record(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.record_payment(
        args.year, args.dealer, args.date, args.amount, args.claims, reference=args.reference
    )
    cur = year_currency(services, args.year)
    payments = services.claims.payments(args.year, args.dealer)
    latest = payments[-1] if payments else None
    return Outcome(
        lines=[
            f"payment of {money(args.amount, cur)} to {args.dealer.strip().upper()} on {args.date} recorded for "
            f"claim(s) {', '.join(map(str, args.claims))}"
        ],
        data=latest,
    )


def payment_reverse(services: Services, args: argparse.Namespace) -> Outcome:
    changes = services.claims.reverse_payment(args.id, args.reason, on=args.on)
    reversal = changes.ids[0]
    view = next(p for p in services.claims.payments(changes.year or 0) if p.id == reversal)
    cur = year_currency(services, view.year)
    return Outcome(
        lines=[
            f"payment {args.id} reversed on {view.paid_on} (reversal {reversal}: {money(view.amount, cur)} to "
            f"{view.dealer_code}): {args.reason.strip()}; claim(s) {_claims_of(view)} are owed again"
        ],
        data=view,
    )


def payment_list(services: Services, args: argparse.Namespace) -> Outcome:
    views = services.claims.payments(args.year, args.dealer)
    cur = year_currency(services, args.year)
    rows = [
        [str(p.id), p.dealer_code, str(p.paid_on), money(p.amount, cur), p.reference, _claims_of(p), _note(p)]
        for p in views
    ]
    header = ["id", "dealer", "paid on", "amount", "reference", "claims", "reversal"]
    lines = table(rows, header, {0, 3}) if views else []
    lines.append(f"{len(views)} payment(s): {money(sum((p.amount for p in views), Decimal(0)), cur)}")
    return Outcome(lines=lines, data=views)


def _note(payment: Any) -> str:
    if payment.reverses is not None:
        return f"reverses {payment.reverses}: {payment.reason}"
    return f"reversed by {payment.reversed_by}" if payment.reversed_by is not None else ""


def _claims_of(payment: Any) -> str:
    return ",".join(str(i.claim_id) for i in payment.items)


def quarter_close(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.close_quarter(args.year, args.quarter, before_deadline=args.before_deadline)
    closed = sorted(services.claims.closed_quarters(args.year))
    return Outcome(
        lines=[f"{args.year} Q{args.quarter} closed; closed so far: {', '.join(f'Q{q}' for q in closed)}"],
        data={"year": args.year, "quarter": args.quarter, "closed": closed},
    )


def quarter_reopen(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.reopen_quarter(args.year, args.quarter, args.reason)
    closed = sorted(services.claims.closed_quarters(args.year))
    return Outcome(
        lines=[
            f"{args.year} Q{args.quarter} reopened: {args.reason.strip()}; "
            f"closed: {', '.join(f'Q{q}' for q in closed) or 'none'}"
        ],
        data={"year": args.year, "quarter": args.quarter, "closed": closed},
    )


def quarter_list(services: Services, args: argparse.Namespace) -> Outcome:
    closes = {q.quarter: q for q in services.claims.quarter_closes(args.year)}
    rows = [
        [f"Q{q}", "closed", closes[q].closed_at.strftime("%Y-%m-%d %H:%M"), closes[q].closed_by]
        if q in closes
        else [f"Q{q}", "open", "", ""]
        for q in range(1, 5)
    ]
    return Outcome(
        lines=table(rows, ["quarter", "status", "closed at", "by"]),
        data={"year": args.year, "closed": sorted(closes), "closes": list(closes.values())},
    )

"""Execution from the command line: mockups, claims, payments, quarters and efficiency results.

``mockup submit|list|approve|reject|changes``,
``claim file|list|show|approve|reject|return|complete|set-rate|override-late|duplicates``,
``payment record|list``, ``quarter close|reopen|list``, ``efficiency add|list``.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any

from coop_desk.commands.common import Outcome, amount_arg, date_arg, decimal_arg, table
from coop_desk.commands.cycle import money, year_currency, year_option
from coop_desk.errors import InvalidInput, Problem
from coop_desk.services import Services
from coop_desk.text import Text

CLAIM_DOCUMENT_FIELDS = (
    # option attribute → ClaimInput / ClaimService.complete field
    ("invoice", "invoice_number"),
    ("invoice_date", "invoice_date"),
    ("amount", "invoice_amount"),
    ("currency", "currency"),
    ("rate", "exchange_rate"),
    ("vendor", "vendor"),
    ("payment_order", "payment_order_number"),
    ("payment_date", "payment_order_date"),
    ("paid", "paid_amount"),
    ("act", "act_number"),
    ("act_date", "act_date"),
)


# -- registration --------------------------------------------------------------------------------
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_mockup(sub)
    _register_claim(sub)
    _register_payment(sub)
    _register_quarter(sub)
    _register_efficiency(sub)


def _register_mockup(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from models import MockupStatus

    mockup = sub.add_parser("mockup", help="ad mockups: submit, list, approve, reject, ask for changes")
    msub = mockup.add_subparsers(dest="mockup_command", required=True)
    p = msub.add_parser("submit", help="submit a mockup for a planned activity")
    year_option(p)
    p.add_argument("reference", help="activity reference, e.g. D014-2027-03")
    p.add_argument("--title", default="")
    p.add_argument("--submitted-on", type=date_arg, help="the day the dealer sent it (default today)")
    p.add_argument("--file", type=Path, help="the mockup itself: PDF, PNG, JPEG, TIFF or WEBP")
    p.set_defaults(handler=mockup_submit)
    p = msub.add_parser("list", help="mockups of the year")
    year_option(p)
    p.add_argument("--status", choices=[s.value for s in MockupStatus])
    p.add_argument("--dealer", help="only this dealer")
    p.set_defaults(handler=mockup_list)
    p = msub.add_parser("approve", help="approve a mockup (R6: count the other brands shown)")
    p.add_argument("id", type=int)
    p.add_argument("--other-brands", type=int, required=True, help="how many other brands the mockup shows (0 = none)")
    p.add_argument("--comment", default="")
    p.add_argument("--decided-on", type=date_arg, help="the approval date (default today)")
    p.set_defaults(handler=mockup_approve)
    for name, handler, text in (
        ("reject", mockup_reject, "reject a mockup (final)"),
        ("changes", mockup_changes, "ask the dealer for changes (a new mockup is submitted)"),
    ):
        p = msub.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.add_argument("--comment", required=True, help="what is wrong")
        p.add_argument("--decided-on", type=date_arg, help="the decision date (default today)")
        p.set_defaults(handler=handler)


def _document_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--invoice", required=required, help="the vendor's invoice number")
    p.add_argument("--invoice-date", type=date_arg, required=required)
    p.add_argument("--amount", type=amount_arg, required=required, help="invoiced amount (invoice currency)")
    p.add_argument("--currency", help="invoice currency if not the programme's")
    p.add_argument(
        "--rate",
        type=decimal_arg,
        help="programme currency per one unit of the invoice currency (optional: finance can set it later)",
    )
    p.add_argument("--vendor")
    p.add_argument("--payment-order", help="payment order number (proves the dealer paid)")
    p.add_argument("--payment-date", type=date_arg)
    p.add_argument("--paid", type=amount_arg, help="amount paid by the dealer (invoice currency)")
    p.add_argument("--act", help="acceptance act number (proves the work was done)")
    p.add_argument("--act-date", type=date_arg)


def _register_claim(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from models import ClaimStatus

    claim = sub.add_parser("claim", help="dealer claims (R7, R8)").add_subparsers(dest="claim_command", required=True)
    p = claim.add_parser("file", help="file a claim (refused without an approved mockup or for a duplicate invoice)")
    year_option(p)
    p.add_argument("--dealer", required=True)
    p.add_argument("--ref", required=True, help="activity reference")
    _document_options(p, required=True)
    p.add_argument(
        "--quarter",
        type=int,
        choices=(1, 2, 3, 4),
        help="the quarter of the template it came in (information only: the act date, else the invoice date, decides)",
    )
    p.add_argument("--filed-on", type=date_arg, help="the filing date (default today)")
    p.set_defaults(handler=claim_file)
    p = claim.add_parser("list", help="claims of the year")
    year_option(p)
    p.add_argument("--quarter", type=int, choices=(1, 2, 3, 4))
    p.add_argument("--status", choices=[s.value for s in ClaimStatus])
    p.add_argument("--dealer")
    p.add_argument("--late", action=argparse.BooleanOptionalAction, default=None, help="only late (--no-late: on time)")
    p.set_defaults(handler=claim_list)
    p = claim.add_parser("show", help="one claim with how its amount is computed")
    p.add_argument("id", type=int)
    p.set_defaults(handler=claim_show)
    p = claim.add_parser("approve", help="approve a claim (its amount is fixed)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=claim_approve)
    for name, handler, text in (
        ("reject", claim_reject, "reject a claim (final)"),
        ("return", claim_return, "return a claim to the dealer (something is missing)"),
        ("override-late", claim_override_late, "accept a late claim (audited)"),
    ):
        p = claim.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.add_argument("--reason", required=True)
        p.set_defaults(handler=handler)
    p = claim.add_parser(
        "duplicates", help="stored claims that are the same invoice once numbers are compared on R8's normal form"
    )
    year_option(p)
    p.set_defaults(handler=claim_duplicates)
    p = claim.add_parser("complete", help="complete or correct a claim's documents; it is checked again")
    p.add_argument("id", type=int)
    _document_options(p, required=False)
    p.set_defaults(handler=claim_complete)
    p = claim.add_parser(
        "set-rate", help="set or correct the exchange rate of a claim in another currency (before it is decided)"
    )
    p.add_argument("id", type=int)
    p.add_argument("rate", type=decimal_arg, help="programme currency per one unit of the invoice currency")
    p.set_defaults(handler=claim_set_rate)


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


def _register_efficiency(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    eff = sub.add_parser("efficiency", help="the evaluating agency's results").add_subparsers(
        dest="efficiency_command", required=True
    )
    p = eff.add_parser(
        "add",
        help="record results per activity",
        description='One --row "REF;reach;leads;sales[;sales_amount;comment]" per activity, e.g. '
        '--row "D014-2027-03;12000;40;6;18000;paid off". A result recorded again is replaced.',
    )
    year_option(p)
    p.add_argument("--row", action="append", required=True, metavar="REF;REACH;LEADS;SALES[;AMOUNT;COMMENT]")
    p.add_argument("--agency", default="", help="the evaluating agency (default: the year's setting)")
    p.set_defaults(handler=efficiency_add)
    p = eff.add_parser("list", help="the results of the year")
    year_option(p)
    p.set_defaults(handler=efficiency_list)


def id_list(text: str) -> list[int]:
    try:
        ids = [int(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of claim numbers such as 1,2,3") from None
    if not ids:
        raise argparse.ArgumentTypeError("no claim numbers given")
    return ids


# -- mockups -------------------------------------------------------------------------------------
def _first_id(changes: Any) -> int:
    return int(changes.ids[0])


def mockup_submit(services: Services, args: argparse.Namespace) -> Outcome:
    from coop_desk.services.attachments import read_file

    incoming = read_file(args.file) if args.file else None  # checked here, stored only with the mockup
    changes = services.mockups.submit(
        args.year, args.reference.strip(), title=args.title, submitted_on=args.submitted_on, file=incoming
    )
    view = services.mockups.get(_first_id(changes))
    return Outcome(
        lines=[f"mockup {view.id} (no. {view.number} of {view.reference}) submitted on {view.submitted_on}"],
        data=view,
    )


def mockup_list(services: Services, args: argparse.Namespace) -> Outcome:
    from models import MockupStatus

    status = MockupStatus(args.status) if args.status else None
    views = services.mockups.list_mockups(args.year, status=status, dealer_code=args.dealer)
    rows = [
        [
            str(v.id),
            v.reference,
            str(v.number),
            str(v.submitted_on),
            _value(v.status),
            v.rate_text or "—",
            v.title,
            v.comment,
        ]
        for v in views
    ]
    lines = table(rows, ["id", "reference", "no.", "submitted", "status", "rate (R6)", "title", "comment"], {0, 2})
    return Outcome(lines=lines if views else ["no mockups"], data=views)


def mockup_approve(services: Services, args: argparse.Namespace) -> Outcome:
    services.mockups.approve(args.id, args.other_brands, decided_on=args.decided_on, comment=args.comment)
    view = services.mockups.get(args.id)
    return Outcome(
        lines=[f"mockup {args.id} ({view.reference}) approved on {view.decided_on}: rate {view.rate_text}"], data=view
    )


def mockup_reject(services: Services, args: argparse.Namespace) -> Outcome:
    services.mockups.reject(args.id, args.comment, decided_on=args.decided_on)
    view = services.mockups.get(args.id)
    return Outcome(lines=[f"mockup {args.id} ({view.reference}) rejected: {args.comment.strip()}"], data=view)


def mockup_changes(services: Services, args: argparse.Namespace) -> Outcome:
    services.mockups.request_changes(args.id, args.comment, decided_on=args.decided_on)
    view = services.mockups.get(args.id)
    return Outcome(lines=[f"mockup {args.id} ({view.reference}): changes requested: {args.comment.strip()}"], data=view)


# -- claims --------------------------------------------------------------------------------------
def _value(x: Any) -> str:
    return str(getattr(x, "value", x))


def claim_file(services: Services, args: argparse.Namespace) -> Outcome:
    from coop_desk.services.claim_views import ClaimInput

    fields = {key: getattr(args, attr) for attr, key in CLAIM_DOCUMENT_FIELDS if getattr(args, attr) is not None}
    if args.quarter is not None:
        fields["quarter"] = args.quarter
    claim = ClaimInput(reference=args.ref.strip(), **fields)
    result = services.claims.file(args.year, args.dealer, claim, filed_on=args.filed_on)
    view = services.claims.get(result.claim_id)
    return Outcome(lines=[result.message], data={"filing": result, "claim": view})


def claim_list(services: Services, args: argparse.Namespace) -> Outcome:
    from models import ClaimStatus

    status = ClaimStatus(args.status) if args.status else None
    views = services.claims.list_claims(
        args.year, quarter=args.quarter, status=status, dealer_code=args.dealer, late=args.late
    )
    cur = year_currency(services, args.year)
    rows = [
        [
            str(v.id),
            v.dealer_code,
            v.reference,
            f"Q{v.quarter}" if v.work_quarter == v.quarter else f"Q{v.quarter} (work Q{v.work_quarter})",
            v.invoice_number,
            money(v.verified_cost, cur),
            money(v.reimbursement, cur),
            _value(v.status),
            "late" if v.late else "",
        ]
        for v in views
    ]
    header = ["id", "dealer", "reference", "quarter", "invoice", "verified", "reimbursement", "status", "late"]
    lines = table(rows, header, {0, 5, 6}) if views else ["no claims"]
    total = sum((v.reimbursement or Decimal(0) for v in views if _value(v.status) in ("approved", "paid")), Decimal(0))
    lines.append(f"{len(views)} claim(s); approved or paid: {money(total, cur)}")
    return Outcome(lines=lines, data=views)


def claim_duplicates(services: Services, args: argparse.Namespace) -> Outcome:
    """Pairs already stored that R8's normal form makes one invoice: reported (exit 0), never blocked."""
    pairs = services.claims.duplicate_pairs(args.year)
    if not pairs:
        return Outcome(lines=[f"no duplicate invoices among the claims of {args.year}"], data=pairs)
    rows = [
        [
            p.dealer_code,
            str(p.invoice_date),
            f"{p.first.id} ({p.first.reference})",
            p.first.invoice_number,
            _value(p.first.status),
            f"{p.second.id} ({p.second.reference})",
            p.second.invoice_number,
            _value(p.second.status),
        ]
        for p in pairs
    ]
    header = ["dealer", "invoice date", "first claim", "invoice", "status", "same invoice", "invoice", "status"]
    lines = table(rows, header)
    lines.append(f"{len(pairs)} pair(s) of claims for the same invoice (compared on its normal form): check them")
    return Outcome(lines=lines, data=pairs)


def claim_lines(view: Any, cur: str) -> list[str]:
    """One claim for people: its documents, its state and how its amount is computed (R7)."""
    status = _value(view.status)
    if view.late:
        status += f" — late (deadline {view.deadline})"
        status += f", accepted by {view.late_override_by}" if view.late_override_by else ", needs an override"
    rows = [
        ["claim", f"{view.id}: {status}"],
        ["dealer", f"{view.dealer_code} {view.dealer_name}"],
        ["activity", f"{view.reference} ({view.channel}), mockup id {view.mockup_id}"],
        ["quarter", f"Q{view.quarter}, filed on {view.filed_on}"]
        if view.work_quarter == view.quarter
        else ["quarter", f"Q{view.quarter} (its work is of Q{view.work_quarter}, closed), filed on {view.filed_on}"],
        ["invoice", f"{view.invoice_number} of {view.invoice_date}: {money(view.invoice_amount, view.currency)}"],
        ["vendor", view.vendor or "—"],
        ["payment order", f"{view.payment_order_number or '—'} of {view.payment_order_date or '—'}"],
        ["paid by the dealer", money(view.paid_amount, view.currency)],
        ["acceptance act", f"{view.act_number or '—'} of {view.act_date or '—'}"],
        ["verified cost", money(view.verified_cost, cur)],
        ["reimbursement", money(view.reimbursement, cur)],
        ["paid to the dealer", money(view.paid, cur)],
    ]
    if view.currency != cur:
        rate = (
            f"{view.exchange_rate} {cur} per 1 {view.currency}"
            if view.exchange_rate is not None
            else f"rate to be set by finance (coop-desk claim set-rate {view.id} RATE)"
        )
        rows.insert(5, ["exchange rate", rate])
    if view.reason:
        rows.append(["reason", view.reason])
    if view.late_override_reason:
        rows.append(["late accepted because", view.late_override_reason])
    body = table(rows, ["", ""])[2:]
    return [*body, "How the amount is computed (R6, R7):", *(f"  {x}" for x in view.explanation)]


def _claim_outcome(services: Services, claim_id: int, what: str) -> Outcome:
    view = services.claims.get(claim_id)
    cur = year_currency(services, view.year)
    return Outcome(lines=[f"claim {claim_id} {what}", *claim_lines(view, cur)], data=view)


def claim_show(services: Services, args: argparse.Namespace) -> Outcome:
    view = services.claims.get(args.id)
    return Outcome(lines=claim_lines(view, year_currency(services, view.year)), data=view)


def claim_approve(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.approve(args.id)
    view = services.claims.get(args.id)
    cur = year_currency(services, view.year)
    return Outcome(
        lines=[f"claim {args.id} approved: {money(view.reimbursement, cur)}", *claim_lines(view, cur)], data=view
    )


def claim_reject(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.reject(args.id, args.reason)
    return _claim_outcome(services, args.id, f"rejected: {args.reason.strip()}")


def claim_return(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.return_claim(args.id, args.reason)
    return _claim_outcome(services, args.id, f"returned to the dealer: {args.reason.strip()}")


def claim_override_late(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.override_late(args.id, args.reason)
    return _claim_outcome(services, args.id, f"accepted although late: {args.reason.strip()}")


def claim_complete(services: Services, args: argparse.Namespace) -> Outcome:
    fields = {key: getattr(args, attr) for attr, key in CLAIM_DOCUMENT_FIELDS if getattr(args, attr) is not None}
    if not fields:
        raise InvalidInput(
            Problem("claim complete", Text("give at least one document option (e.g. --act and --act-date)"))
        )
    result = services.claims.complete(args.id, **fields)
    view = services.claims.get(args.id)
    cur = year_currency(services, view.year)
    return Outcome(lines=[result.message, *claim_lines(view, cur)], data={"filing": result, "claim": view})


def claim_set_rate(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.set_rate(args.id, args.rate)
    view = services.claims.get(args.id)
    cur = year_currency(services, view.year)
    what = f"exchange rate set to {view.exchange_rate} {cur} per 1 {view.currency}"
    return Outcome(lines=[f"claim {args.id}: {what}", *claim_lines(view, cur)], data=view)


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


def payment_list(services: Services, args: argparse.Namespace) -> Outcome:
    views = services.claims.payments(args.year, args.dealer)
    cur = year_currency(services, args.year)
    rows = [[str(p.id), p.dealer_code, str(p.paid_on), money(p.amount, cur), p.reference, _claims_of(p)] for p in views]
    lines = table(rows, ["id", "dealer", "paid on", "amount", "reference", "claims"], {0, 3}) if views else []
    lines.append(f"{len(views)} payment(s): {money(sum((p.amount for p in views), Decimal(0)), cur)}")
    return Outcome(lines=lines, data=views)


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


# -- efficiency ----------------------------------------------------------------------------------
def parse_efficiency_row(text: str, index: int) -> tuple[Any, list[Problem]]:
    from coop_desk.services.evaluation import EfficiencyInput

    where = f"--row {index} ({text!r})"
    parts = [p.strip() for p in text.split(";", 5)]
    if len(parts) < 4 or not parts[0]:
        return None, [Problem(where, Text("needs REF;reach;leads;sales[;sales_amount;comment]"))]
    problems = []
    counts = []
    for name, value in zip(("reach", "leads", "sales"), parts[1:4], strict=True):
        if not value.isdigit():
            problems.append(
                Problem(where, Text("{field} must be a whole number ≥ 0, got {value}", field=name, value=repr(value)))
            )
        counts.append(int(value) if value.isdigit() else 0)
    amount = None
    if len(parts) > 4 and parts[4]:
        try:
            amount = amount_arg(parts[4])
        except argparse.ArgumentTypeError as exc:
            problems.append(Problem(where, Text("sales amount: {reason}", reason=str(exc))))
    if problems:
        return None, problems
    comment = parts[5] if len(parts) > 5 else ""
    reach, leads, sales = counts
    row = EfficiencyInput(parts[0], reach, leads, sales, sales_amount=amount, comment=comment, where=f"--row {index}")
    return row, []


def efficiency_add(services: Services, args: argparse.Namespace) -> Outcome:
    rows, problems = [], []
    for i, text in enumerate(args.row, start=1):
        row, found = parse_efficiency_row(text, i)
        rows.append(row)
        problems += found
    if problems:
        raise InvalidInput(*problems)
    services.evaluation.import_results(args.year, rows, agency=args.agency, source="command line")
    results = services.evaluation.results(args.year)
    return Outcome(
        lines=[f"efficiency results for {args.year}: {len(rows)} recorded, {len(results)} activities rated in all"],
        data=results,
    )


def efficiency_list(services: Services, args: argparse.Namespace) -> Outcome:
    views = services.evaluation.results(args.year)
    cur = year_currency(services, args.year)
    rows = [
        [
            v.reference,
            v.region,
            v.channel,
            str(v.reach),
            str(v.leads),
            str(v.sales),
            money(v.sales_amount, cur),
            v.comment,
        ]
        for v in views
    ]
    header = ["reference", "region", "channel", "reach", "leads", "sales", "sales amount", "comment"]
    lines = table(rows, header, {3, 4, 5, 6}) if views else ["no efficiency results"]
    return Outcome(lines=lines, data=views)

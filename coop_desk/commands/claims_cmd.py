"""Claims from the command line (R7, R8):
``claim file|list|show|approve|reject|return|reopen|complete|set-rate|override-late|duplicates`` (and the
scans: ``claim attach|documents|detach``, :mod:`claim_documents_cmd`).
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from coop_desk.commands import claim_documents_cmd
from coop_desk.commands.common import Outcome, amount_arg, date_arg, decimal_arg, table, value
from coop_desk.commands.cycle import money, year_currency, year_option
from coop_desk.services import Services

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
    _register_claim(sub)


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
        (
            "reopen",
            claim_reopen,
            "reopen the decision on a claim: it is submitted again, an approved amount is cleared on it alone "
            "(programme owner only, audited; refused while a payment rests on it or its quarter is closed)",
        ),
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
    p = claim.add_parser(
        "complete",
        help="complete or correct a returned claim's documents (no option: check it again after attaching a scan)",
    )
    p.add_argument("id", type=int)
    _document_options(p, required=False)
    p.set_defaults(handler=claim_complete)
    p = claim.add_parser(
        "set-rate", help="set or correct the exchange rate of a claim in another currency (before it is decided)"
    )
    p.add_argument("id", type=int)
    p.add_argument("rate", type=decimal_arg, help="programme currency per one unit of the invoice currency")
    p.set_defaults(handler=claim_set_rate)
    claim_documents_cmd.register(claim)


# -- claims --------------------------------------------------------------------------------------
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
            value(v.status),
            "late" if v.late else "",
        ]
        for v in views
    ]
    header = ["id", "dealer", "reference", "quarter", "invoice", "verified", "reimbursement", "status", "late"]
    lines = table(rows, header, {0, 5, 6}) if views else ["no claims"]
    total = sum((v.reimbursement or Decimal(0) for v in views if value(v.status) in ("approved", "paid")), Decimal(0))
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
            value(p.first.status),
            f"{p.second.id} ({p.second.reference})",
            p.second.invoice_number,
            value(p.second.status),
        ]
        for p in pairs
    ]
    header = ["dealer", "invoice date", "first claim", "invoice", "status", "same invoice", "invoice", "status"]
    lines = table(rows, header)
    lines.append(f"{len(pairs)} pair(s) of claims for the same invoice (compared on its normal form): check them")
    return Outcome(lines=lines, data=pairs)


def claim_lines(view: Any, cur: str) -> list[str]:
    """One claim for people: its documents, its state and how its amount is computed (R7)."""
    status = value(view.status)
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
    for d in view.documents:
        proof = f" of {d.proof_date}" if d.proof_date else ""
        rows.append([f"scan: {d.kind.value}", f"{d.filename}{proof} (document {d.id})"])
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


def claim_reopen(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.reopen(args.id, args.reason)
    return _claim_outcome(services, args.id, f"decision reopened: {args.reason.strip()}")


def claim_override_late(services: Services, args: argparse.Namespace) -> Outcome:
    services.claims.override_late(args.id, args.reason)
    return _claim_outcome(services, args.id, f"accepted although late: {args.reason.strip()}")


def claim_complete(services: Services, args: argparse.Namespace) -> Outcome:
    # No option: the claim is checked again as it stands (after its missing scan was attached).
    fields = {key: getattr(args, attr) for attr, key in CLAIM_DOCUMENT_FIELDS if getattr(args, attr) is not None}
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

"""The checks of a claim (R7, R8) and its explanation: pure reads, no writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.errors import Problem
from coop_desk.money import CENT, MAX_AMOUNT, format_percent, plain_spaces
from coop_desk.rules import COUNTED
from coop_desk.services.base import check_money, column_length
from coop_desk.text import Number, Text, from_json, join
from coop_desk.words import document_kind
from models import Claim, ClaimStatus, DocumentKind, Mockup, PaymentItem, ProgrammeYear

ZERO = Decimal("0.00")
#: The fields of a claim that filing sets and completing may correct.
FIELDS = (
    "invoice_number",
    "invoice_date",
    "invoice_amount",
    "currency",
    "exchange_rate",
    "vendor",
    "payment_order_number",
    "payment_order_date",
    "paid_amount",
    "act_number",
    "act_date",
    "quarter",
)
#: The claim's text fields and their limits: the lengths of the columns they are stored in.
_TEXT_LIMITS = {
    name: column_length(getattr(Claim, name)) or 0
    for name in ("invoice_number", "vendor", "payment_order_number", "act_number")
}
#: How a field is named in a message ("claim 12 (invoice date): is required").
_LABELS: dict[str, Text] = {
    "invoice_number": Text("invoice number"),
    "invoice_date": Text("invoice date"),
    "invoice_amount": Text("invoice amount"),
    "currency": Text("currency"),
    "exchange_rate": Text("exchange rate"),
    "vendor": Text("vendor"),
    "payment_order_number": Text("payment order number"),
    "payment_order_date": Text("payment order date"),
    "paid_amount": Text("paid amount"),
    "act_number": Text("act number"),
    "act_date": Text("act date"),
    "quarter": Text("quarter"),
}


def _at(where: str, name: str) -> Text:
    """ "claim 12 (invoice date)": the claim and the field a problem is in."""
    return Text("{where} ({field})", where=where, field=_LABELS[name])


# --------------------------------------------------------------------------- checks (no writes)


def _date(values: dict[str, Any], name: str, latest: dt.date, where: str, *, required: bool) -> list[Problem]:
    value = values.get(name)
    label = _at(where, name)
    if value is None:
        return [Problem(label, Text("is required"))] if required else []
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return [Problem(label, Text("must be a date, got {value}", value=repr(value)))]
    if value > latest:
        return [Problem(label, Text("{value} is in the future (after {latest})", value=value, latest=latest))]
    return []


# Long: the R7 checks of a claim's fields in the order a clerk reads them, into one list of problems.
def check_fields(
    s: Session,
    programme_year: ProgrammeYear,
    values: dict[str, Any],
    latest: dt.date,
    where: str,
    *,
    need_rate: bool = False,
) -> tuple[dict[str, Any], list[Problem]]:
    """Validate and normalise a claim's fields; every problem at once, each naming its field.
    An invoice in another currency may come without its exchange rate (None: finance sets it before
    approval) unless ``need_rate``; a rate given must be positive."""
    out = dict(values)
    problems: list[Problem] = []
    for name, limit in _TEXT_LIMITS.items():
        text = out.get(name) or ""
        if not isinstance(text, str):
            problems.append(Problem(_at(where, name), Text("must be text, got {value}", value=repr(text))))
            text = str(text)
        out[name] = text.strip()
        if len(out[name]) > limit:
            problems.append(Problem(_at(where, name), Text("is longer than {limit} characters", limit=str(limit))))
    if not out["invoice_number"]:
        problems.append(Problem(_at(where, "invoice_number"), Text("is required")))
    problems += _date(out, "invoice_date", latest, where, required=True)
    problems += _date(out, "payment_order_date", latest, where, required=False)
    problems += _date(out, "act_date", latest, where, required=False)
    for name in ("invoice_amount", "paid_amount"):
        found = check_money(out.get(name), _at(where, name), allow_none=name == "paid_amount")
        if not found and out.get(name) is not None and out[name] == 0:
            found = [Problem(_at(where, name), Text("must be above 0"))]
        problems += found
    currency = out.get("currency") or programme_year.currency
    currency = currency.strip().upper() if isinstance(currency, str) else currency
    out["currency"] = currency
    rate = out.get("exchange_rate")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha()):
        problems.append(
            Problem(
                _at(where, "currency"),
                Text("must be a three-letter code such as EUR, got {value}", value=repr(currency)),
            )
        )
    elif currency == programme_year.currency:
        if rate is not None and rate != 1:
            problems.append(
                Problem(
                    _at(where, "exchange_rate"),
                    Text("applies only to an invoice in another currency than {currency}", currency=currency),
                )
            )
        out["exchange_rate"] = Decimal(1)
    elif rate is None and not need_rate:
        pass  # "rate to be set by finance": approve() asks for it
    elif not isinstance(rate, Decimal) or not rate.is_finite() or rate <= 0:
        problems.append(
            Problem(
                _at(where, "exchange_rate"),
                Text(
                    "an invoice in {currency} needs a positive exchange rate "
                    "({programme} per 1 {currency}), got {value}",
                    currency=currency,
                    programme=programme_year.currency,
                    value=repr(rate),
                ),
            )
        )
    elif len(str(rate)) > 48:
        problems.append(Problem(_at(where, "exchange_rate"), Text("{value} has too many digits", value=rate)))
    else:
        for name in ("invoice_amount", "paid_amount"):
            amount = out.get(name)
            if isinstance(amount, Decimal) and amount.is_finite() and abs(amount) <= MAX_AMOUNT:
                converted = rules.convert_currency(abs(amount), rate)  # as it will be stored
                if converted > MAX_AMOUNT:
                    problems.append(
                        Problem(
                            _at(where, "exchange_rate"),
                            Text(
                                "{rate} makes the {field} {amount} {currency} more than {limit} {programme}, "
                                "the largest amount",
                                rate=rate,
                                field=_LABELS[name],
                                amount=amount,
                                currency=currency,
                                limit=str(MAX_AMOUNT),
                                programme=programme_year.currency,
                            ),
                        )
                    )
    # The documents decide the quarter (R7); a quarter given (the template's) is only checked, never used.
    quarter = out.get("quarter")
    if quarter is not None and (isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4):
        problems.append(Problem(_at(where, "quarter"), Text("must be 1, 2, 3 or 4, got {value}", value=repr(quarter))))
    if not problems:
        out["work_quarter"] = rules.work_quarter(programme_year.year, out["act_date"], out["invoice_date"])
    return out, problems


_DOCUMENTS = (
    (Text("payment order"), ("payment_order_number", "payment_order_date", "paid_amount")),
    (Text("acceptance act"), ("act_number", "act_date")),
)
#: What is missing of a document that is there in part.
_PARTLY_MISSING: dict[tuple[str, ...], Text] = {
    ("payment_order_number",): Text("payment order number"),
    ("payment_order_date",): Text("payment order date"),
    ("paid_amount",): Text("payment order amount"),
    ("payment_order_number", "payment_order_date"): Text("payment order number and date"),
    ("payment_order_number", "paid_amount"): Text("payment order number and amount"),
    ("payment_order_date", "paid_amount"): Text("payment order date and amount"),
    ("act_number",): Text("acceptance act number"),
    ("act_date",): Text("acceptance act date"),
}


def _missing(values: dict[str, Any]) -> list[str]:
    """Which of the payment order and the acceptance act are (partly) missing."""
    out: list[str] = []
    for document, names in _DOCUMENTS:
        absent = tuple(name for name in names if values.get(name) in (None, ""))
        if len(absent) == len(names):
            out.append(document)
        elif absent:
            out.append(_PARTLY_MISSING[absent])
    return out


#: A claim's documents as R7 reads them: each one's kind and, for a proof, the date it shows.
Scans = Sequence[tuple[DocumentKind, dt.date | None]]


def assess(
    values: dict[str, Any],
    mockup: Mockup,
    proofs: Sequence[rules.ProofRequirement] = (),
    scans: Scans = (),
) -> tuple[ClaimStatus, str]:
    """Where a filed or completed claim stands: returned (an act before the mockup's approval, a proof dated
    outside its window, or documents missing — the payment order, the act, or a proof its channel requires
    (``proofs``, the year's table for the channel)) or submitted. An act date before the approval returns the
    claim rather than rejecting it, so a mistyped date can be corrected (``ClaimService.complete``)."""
    approved_on = mockup.decided_on
    act = values.get("act_date")
    if act is not None and approved_on is not None and act < approved_on:
        return (
            ClaimStatus.RETURNED,
            Text(
                "the acceptance act is dated {act}, before mockup {number} was approved on {approved_on}: "
                "the ad ran before its approval (R7)",
                act=act,
                number=mockup.number,
                approved_on=approved_on,
            ),
        )
    for kind, proof_date in scans:
        if kind.is_proof and proof_date is not None and not rules.proof_date_in_window(proof_date, approved_on, act):
            return ClaimStatus.RETURNED, _outside_window(kind, proof_date, approved_on, act)
    missing = _missing(values)
    missing += [document_kind(kind) for kind in rules.missing_proofs(proofs, [k for k, _ in scans])]
    missing += [Text("the date of the {kind}", kind=document_kind(k)) for k, d in scans if k.is_proof and d is None]
    if missing:
        return ClaimStatus.RETURNED, Text("missing: {items}", items=join(missing, ", "))
    return ClaimStatus.SUBMITTED, ""


def _outside_window(kind: DocumentKind, day: dt.date, approved_on: dt.date | None, act: dt.date | None) -> Text:
    return Text(
        "the {kind} is dated {date}, outside the time the ad could run: from the mockup's approval ({approved_on}) "
        "to the acceptance act ({act}) (R7)",
        kind=document_kind(kind),
        date=day,
        approved_on=approved_on or "—",
        act=act or "—",
    )


def claim_scans(c: Claim) -> list[tuple[DocumentKind, dt.date | None]]:
    """The claim's documents as R7 reads them."""
    return [(d.kind, d.proof_date) for d in c.documents]


def channel_proofs(programme_year: ProgrammeYear, channel: str) -> tuple[rules.ProofRequirement, ...]:
    """The proofs the year's table asks of a claim of ``channel``."""
    return rules.proofs_for(rules.read_table(programme_year.proofs), channel)


def stored_reason(c: Claim) -> str:
    """The claim's reason: the translatable text a service stored (template + values), else as it was typed."""
    stored = from_json(c.reason_text) if c.reason_text else None
    return stored if stored is not None else c.reason


def limited_by_allocation(c: Claim) -> bool:
    """Whether R7's limit (the allocation left) cut the approved claim's reimbursement below cost × rate."""
    if c.status not in COUNTED or c.verified_cost is None or c.rate is None or c.reimbursement is None:
        return False
    return c.reimbursement < rules.claim_reimbursement(c.verified_cost, c.verified_cost, c.rate, c.verified_cost)


def converted(c: Claim) -> tuple[Decimal, Decimal | None]:
    """Invoiced and paid in the programme currency (converted half-up to cents when foreign).
    A claim whose rate finance has not set yet has no converted amount: see ``has_rate``."""
    if c.exchange_rate is None:
        raise ValueError("the claim has no exchange rate yet")
    if c.exchange_rate == 1:
        return c.invoice_amount, c.paid_amount
    paid = rules.convert_currency(c.paid_amount, c.exchange_rate) if c.paid_amount is not None else None
    return rules.convert_currency(c.invoice_amount, c.exchange_rate), paid


#: What is shown instead of a converted amount while a foreign claim's rate is not known.
RATE_TO_BE_SET = Text("rate to be set by finance")


def has_rate(c: Claim) -> bool:
    """Whether the claim's amounts can be converted to the programme currency (its rate is known)."""
    return c.exchange_rate is not None


def used_allocation(s: Session, year_id: int, dealer_id: int) -> Decimal:
    """What the dealer's approved and paid claims in the year have used of its allocation."""
    total = s.scalar(
        select(func.sum(Claim.reimbursement)).where(
            Claim.year_id == year_id, Claim.dealer_id == dealer_id, Claim.status.in_(COUNTED)
        )
    )
    return ZERO if total is None else total


def paid_on_claims(s: Session, claim_ids: Sequence[int]) -> dict[int, Decimal]:
    if not claim_ids:
        return {}
    rows = s.execute(
        select(PaymentItem.claim_id, func.sum(PaymentItem.amount))
        .where(PaymentItem.claim_id.in_(claim_ids))
        .group_by(PaymentItem.claim_id)
    ).all()
    return {claim_id: total for claim_id, total in rows}


def _amt(x: Decimal) -> Number:
    return Number(x.quantize(CENT))


# Long: the R7 steps written out one by one, as the claim screen and the documents show them.
def explain(
    c: Claim,
    programme_currency: str,
    base: Decimal,
    allocated: Decimal,
    used_before: Decimal,
    mockup_number: int,
    *,
    reason: str | None = None,
) -> tuple[str, ...]:
    """R6 and R7 for one claim, step by step (for a submitted claim: what approving it now would give).
    ``reason``: the claim's reason as stored (translatable), default ``c.reason``."""
    reason = c.reason if reason is None else reason
    if c.status == ClaimStatus.REJECTED:
        return (Text("rejected: {reason}", reason=reason),)
    if c.other_brands is None:
        return (Text("mockup {number} has no count of other brands", number=mockup_number),)
    steps: list[str] = []
    rate = rules.reimbursement_rate(c.other_brands, base)
    shown = Text("own brand only") if c.other_brands == 0 else Text("{count} other brand(s)", count=c.other_brands)
    steps.append(
        Text(
            "rate (R6) = {formula} = {rate} (mockup {number}: {brands})",
            formula=rules.rate_formula(c.other_brands, base),
            rate=plain_spaces(format_percent(rate, "en")),
            number=mockup_number,
            brands=shown,
        )
    )
    if c.exchange_rate is None:
        steps.append(
            Text(
                "invoice {amount} {currency}: {pending}",
                amount=_amt(c.invoice_amount),
                currency=c.currency,
                pending=RATE_TO_BE_SET,
            )
        )
        if c.status == ClaimStatus.RETURNED:
            steps.append(Text("returned to the dealer: {reason}", reason=reason))
        return tuple(steps)
    invoiced, paid = converted(c)
    if c.exchange_rate != 1:
        steps.append(
            Text(
                "invoice {amount} {currency} × {rate} = {converted} {programme}",
                amount=_amt(c.invoice_amount),
                currency=c.currency,
                rate=c.exchange_rate,
                converted=_amt(invoiced),
                programme=programme_currency,
            )
        )
        if c.paid_amount is not None and paid is not None:
            steps.append(
                Text(
                    "paid {amount} {currency} × {rate} = {converted} {programme}",
                    amount=_amt(c.paid_amount),
                    currency=c.currency,
                    rate=c.exchange_rate,
                    converted=_amt(paid),
                    programme=programme_currency,
                )
            )
    if c.status == ClaimStatus.RETURNED:
        steps.append(Text("returned to the dealer: {reason}", reason=reason))
    if paid is None:
        return tuple(steps)
    remaining = allocated - used_before
    steps.append(
        Text(
            "verified cost = min(invoiced {invoiced}, paid {paid}) = {verified}",
            invoiced=_amt(invoiced),
            paid=_amt(paid),
            verified=_amt(min(invoiced, paid)),
        )
    )
    steps.append(
        Text(
            "remaining allocation = {allocated} allocated − {used} approved before = {remaining}",
            allocated=_amt(allocated),
            used=_amt(used_before),
            remaining=_amt(remaining),
        )
    )
    result = rules.explain_claim(invoiced, paid, base, c.other_brands, remaining)
    if c.status in COUNTED:
        steps.append(
            Text(
                "{formula}: reimbursement {amount} {currency}",
                formula=result.formula,
                amount=_amt(c.reimbursement or ZERO),
                currency=programme_currency,
            )
        )
    else:
        steps.append(Text("if approved now: {formula} {currency}", formula=result.formula, currency=programme_currency))
    return tuple(steps)

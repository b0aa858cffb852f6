"""Payments to dealers for approved claims, and what is left of a dealer's allocation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coop_desk import rules
from coop_desk.claim_states import FROM, ClaimAction
from coop_desk.errors import InvalidInput, NotFound, Problem, Refused
from coop_desk.services.base import Changes, Entity, audit, check_money, get_year, integrity_as, require_stage
from coop_desk.services.claim_checks import ZERO, paid_on_claims, used_allocation
from coop_desk.services.claim_views import ClaimJob, PaymentItemView, PaymentView
from coop_desk.services.lookup import frozen_amounts, get_dealer
from coop_desk.services.payment_reversal import reversals_of
from coop_desk.services.quarter_close import closed_set
from coop_desk.text import Text, join
from coop_desk.words import claim_status
from models import Claim, ClaimStatus, Dealer, Payment, PaymentItem, ProgrammeYear


def approval_day(c: Claim) -> dt.date | None:
    """The local day a claim was approved (stored moments from SQLite come back without a zone: UTC)."""
    if c.decided_at is None:
        return None
    moment = c.decided_at if c.decided_at.tzinfo else c.decided_at.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()


def _check_payment(
    amount: Decimal, paid_on: dt.date, claims: Sequence[int] | Mapping[int, Decimal], reference: str, today: dt.date
) -> list[Problem]:
    problems = check_money(amount, Text("payment amount"))
    if not problems and amount == 0:
        problems.append(Problem(Text("payment amount"), Text("must be above 0")))
    if not isinstance(paid_on, dt.date) or isinstance(paid_on, dt.datetime) or paid_on > today:
        problems.append(
            Problem(
                Text("paid on"), Text("must be a date not after {today}, got {value}", today=today, value=repr(paid_on))
            )
        )
    ids = list(claims)
    if not ids:
        problems.append(Problem(Text("claims"), Text("name at least one claim the payment settles")))
    if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
        problems.append(Problem(Text("claims"), Text("must be claim numbers, got {value}", value=repr(ids))))
    elif len(set(ids)) != len(ids):
        problems.append(Problem(Text("claims"), Text("names a claim twice")))
    if isinstance(claims, Mapping):
        for claim_id, part in claims.items():
            where = Text("claim {number} (amount)", number=claim_id)
            found = check_money(part, where)
            problems += found or ([Problem(where, Text("must be above 0"))] if part == 0 else [])
    if len(reference.strip()) > 200:
        problems.append(Problem(Text("reference"), Text("is longer than {limit} characters", limit=200)))
    return problems


def _payable(
    s: Session, programme_year: ProgrammeYear, dealer: Dealer, ids: Sequence[int]
) -> tuple[dict[int, Claim], dict[int, Decimal]]:
    """The claims a payment settles and what is still unpaid on each; Refused unless approved, the dealer's."""
    rows = {c.id: c for c in s.scalars(select(Claim).where(Claim.id.in_(ids)))}
    paid = paid_on_claims(s, ids)
    outstanding: dict[int, Decimal] = {}
    for claim_id in ids:
        c = rows.get(claim_id)
        where = Text("claim {number}", number=claim_id)
        if c is None or c.year_id != programme_year.id:
            raise Refused(Problem(where, Text("is not a claim of {year}", year=programme_year.year)))
        if c.dealer_id != dealer.id:
            raise Refused(Problem(where, Text("is a claim of another dealer, not of {dealer}", dealer=dealer.code)))
        if c.status == ClaimStatus.PAID:
            raise Refused(Problem(where, Text("is paid already")))
        if c.status not in FROM[ClaimAction.PAY]:
            raise Refused(
                Problem(where, Text("is {status}: only an approved claim can be paid", status=claim_status(c.status)))
            )
        outstanding[claim_id] = (c.reimbursement or ZERO) - paid.get(claim_id, ZERO)
        if outstanding[claim_id] <= 0:
            raise Refused(Problem(where, Text("has nothing left to pay")))
    return rows, outstanding


class ClaimPayments(ClaimJob):
    # -- paying --------------------------------------------------------------------------------
    # Long: one transaction: the claims are locked, every amount is checked against what is still due, and
    # the payment, its items and the audit record are written; split, the checks would run apart from the lock.
    def record_payment(
        self,
        year: int,
        dealer_code: str,
        paid_on: dt.date,
        amount: Decimal,
        claims: Sequence[int] | Mapping[int, Decimal],
        reference: str = "",
    ) -> Changes:
        """One payment to a dealer settling approved claims: a list pays each claim's outstanding amount,
        a mapping pays the amount given per claim. A fully paid claim becomes paid."""
        problems = _check_payment(amount, paid_on, claims, reference, self._ctx.today())
        if problems:
            raise InvalidInput(*problems)
        ids = list(claims)
        with self._ctx.unit() as s:
            programme_year = get_year(s, year, for_update=True)  # payments one at a time: nothing is paid twice
            require_stage(programme_year, "claims.record_payment")
            day_quarter = rules.quarter_of(paid_on) if paid_on.year == programme_year.year else None
            if day_quarter in closed_set(s, programme_year):  # a payment counts in the quarter of its date
                raise Refused(
                    Problem(
                        Text("paid on"),
                        Text(
                            "{day} is in Q{quarter} {year}, which is closed: a payment counts in the quarter of its "
                            "date and nothing changes a closed quarter (date it in an open quarter, or the programme "
                            "owner can reopen Q{quarter})",
                            day=paid_on,
                            quarter=day_quarter,
                            year=programme_year.year,
                        ),
                    )
                )
            dealer = get_dealer(s, dealer_code)
            rows, outstanding = _payable(s, programme_year, dealer, ids)
            early = [(i, day) for i in ids if (day := approval_day(rows[i])) is not None and paid_on < day]
            if early:
                raise Refused(
                    *(
                        Problem(
                            Text("claim {number}", number=i),
                            Text(
                                "was approved on {approved_on}: a payment for it cannot be dated {paid_on}, "
                                "before its approval",
                                approved_on=day,
                                paid_on=paid_on,
                            ),
                        )
                        for i, day in early
                    )
                )
            parts = dict(claims) if isinstance(claims, Mapping) else outstanding
            over = [
                Text("claim {number}: {part} > {open}", number=i, part=parts[i], open=outstanding[i])
                for i in ids
                if parts[i] > outstanding[i]
            ]
            total_open = sum(outstanding.values(), ZERO)
            if over or amount > total_open:
                above = Text(
                    "a payment above what was approved: {amount} exceeds the {open} approved and still unpaid",
                    amount=amount,
                    open=total_open,
                )
                raise Refused(
                    Problem(
                        Text("payment to {dealer}", dealer=dealer.code),
                        Text("{message} ({details})", message=above, details=join(over)) if over else above,
                    )
                )
            if sum(parts.values(), ZERO) != amount:
                sum_of_parts = sum(parts.values(), ZERO)
                raise InvalidInput(
                    Problem(
                        Text("payment amount"),
                        Text("{amount} is not the sum of the parts {parts}", amount=amount, parts=sum_of_parts)
                        if isinstance(claims, Mapping)
                        else Text(
                            "{amount} is not the sum of the parts {parts}; to pay part, give the amount per claim",
                            amount=amount,
                            parts=sum_of_parts,
                        ),
                    )
                )
            payment = Payment(
                year_id=programme_year.id,
                dealer_id=dealer.id,
                paid_on=paid_on,
                amount=amount,
                reference=reference.strip(),
                recorded_by=self._ctx.actor,
            )
            payment.items = [PaymentItem(claim_id=i, amount=parts[i]) for i in ids]
            settled = [i for i in ids if parts[i] == outstanding[i]]
            for i in settled:
                rows[i].status = ClaimStatus.PAID
            s.add(payment)
            with integrity_as(Text("the payment could not be stored")):
                s.flush()
            audit(
                s,
                self._ctx,
                "payment.record",
                "payment",
                payment.id,
                year=year,
                summary=(
                    Text(
                        "paid {amount} {currency} to {dealer} on {paid_on} for claims {claims} (fully paid: {settled})",
                        amount=amount,
                        currency=programme_year.currency,
                        dealer=dealer.code,
                        paid_on=paid_on,
                        claims=", ".join(str(i) for i in ids),
                        settled=", ".join(str(i) for i in settled),
                    )
                    if settled
                    else Text(
                        "paid {amount} {currency} to {dealer} on {paid_on} for claims {claims}",
                        amount=amount,
                        currency=programme_year.currency,
                        dealer=dealer.code,
                        paid_on=paid_on,
                        claims=", ".join(str(i) for i in ids),
                    )
                ),
                after={
                    "dealer": dealer.code,
                    "paid_on": paid_on,
                    "amount": amount,
                    "reference": reference.strip(),
                    "items": {str(i): parts[i] for i in ids},
                    "paid": settled,
                },
            )
            return Changes(Entity.PAYMENTS, (payment.id,), year, also=(Entity.CLAIMS,))

    def payments(self, year: int, dealer_code: str | None = None) -> list[PaymentView]:
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            stmt = (
                select(Payment, Dealer)
                .join(Dealer, Payment.dealer_id == Dealer.id)
                .where(Payment.year_id == programme_year.id)
                .options(selectinload(Payment.items).selectinload(PaymentItem.claim).selectinload(Claim.activity))
                .order_by(Payment.paid_on, Payment.id)
            )
            if dealer_code:
                stmt = stmt.where(Dealer.code == dealer_code.strip().upper())
            reversed_by = {original: r.id for original, r in reversals_of(s, programme_year.id).items()}
            return [
                PaymentView(
                    p.id,
                    programme_year.year,
                    d.code,
                    d.name,
                    p.paid_on,
                    p.amount,
                    p.reference,
                    p.recorded_by,
                    tuple(
                        PaymentItemView(i.claim_id, i.claim.activity.reference, i.claim.invoice_number, i.amount)
                        for i in sorted(p.items, key=lambda i: i.claim_id)
                    ),
                    reverses=p.reverses_id,
                    reversed_by=reversed_by.get(p.id),
                    reason=p.reason,
                )
                for p, d in s.execute(stmt).all()
            ]

    def remaining(self, year: int, dealer_code: str) -> Decimal:
        """What is left of the dealer's frozen allocation after its approved and paid claims."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            dealer = get_dealer(s, dealer_code)
            allocation = frozen_amounts(s, programme_year.id)
            if allocation is None:
                raise NotFound(Text("year {year} has no frozen allocation yet", year=year))
            return allocation.get(dealer.id, ZERO) - used_allocation(s, programme_year.id, dealer.id)

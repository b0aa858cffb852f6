"""Reversing a recorded payment: never a deletion, a reversal of its own, counted on its own date.

A reversal is a ``Payment`` row with ``reverses_id`` → the payment and its amounts (the whole and each claim's
part) negated, dated on the day of the reversal. Every figure that adds payments up (what is paid on a claim,
the payments of a quarter, a dealer's statement, the dashboard) therefore counts it in the quarter of that
day, and a closed quarter (which counts the payments recorded up to its close) does not change.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coop_desk import rules
from coop_desk.errors import InvalidInput, NotFound, Problem, Refused
from coop_desk.services.base import Changes, Entity, audit, get_year, integrity_as, require_stage
from coop_desk.services.claim_checks import ZERO, paid_on_claims
from coop_desk.services.claim_views import ClaimJob
from coop_desk.services.quarter_close import closed_set
from coop_desk.text import Text
from models import Claim, ClaimStatus, Dealer, Payment, PaymentItem, ProgrammeYear


def standing_payments(s: Session, claim_id: int) -> list[Payment]:
    """The payments of a claim that stand: recorded for it and not reversed (reversals left out), by date."""
    payments = list(
        s.scalars(
            select(Payment)
            .join(PaymentItem, PaymentItem.payment_id == Payment.id)
            .where(PaymentItem.claim_id == claim_id)
            .order_by(Payment.paid_on, Payment.id)
        )
    )
    reversed_ids = {p.reverses_id for p in payments if p.reverses_id is not None}
    return [p for p in payments if p.reverses_id is None and p.id not in reversed_ids]


def reversals_of(s: Session, year_id: int) -> dict[int, Payment]:
    """payment id → its reversal, for the payments of a year that were reversed."""
    return {
        p.reverses_id: p
        for p in s.scalars(select(Payment).where(Payment.year_id == year_id, Payment.reverses_id.is_not(None)))
        if p.reverses_id is not None
    }


def _closed_day(s: Session, programme_year: ProgrammeYear, day: dt.date) -> int | None:
    """The closed quarter of the year that ``day`` falls in (None: it falls in none)."""
    quarter = rules.quarter_of(day) if day.year == programme_year.year else None
    return quarter if quarter in closed_set(s, programme_year) else None


class PaymentReversals(ClaimJob):
    # Long: one transaction: the payment is checked (not a reversal, not reversed yet, the day not before it,
    # not in a closed quarter) before the reversal and its claims are written.
    def reverse_payment(self, payment_id: int, reason: str, on: dt.date | None = None) -> Changes:
        """Reverse a recorded payment (finance or the programme owner, audited, with a reason): a reversal dated
        ``on`` (default today) with the payment's amounts negated; the claims it settled are approved again with
        their amounts owed. A payment is reversed once; a reversal is never dated in a closed quarter."""
        why = reason.strip() if isinstance(reason, str) else ""
        problems = [] if why else [Problem(Text("reason"), Text("say why the payment is reversed"))]
        today = self._ctx.today()
        day = today if on is None else on
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime) or day > today:
            problems.append(
                Problem(
                    Text("reversed on"),
                    Text("must be a date not after {today}, got {value}", today=today, value=repr(on)),
                )
            )
        if isinstance(payment_id, bool) or not isinstance(payment_id, int):
            problems.append(
                Problem(Text("payment"), Text("must be a payment number, got {value}", value=repr(payment_id)))
            )
        if problems:
            raise InvalidInput(*problems)
        with self._ctx.unit() as s:
            year = s.scalar(
                select(ProgrammeYear.year)
                .join(Payment, Payment.year_id == ProgrammeYear.id)
                .where(Payment.id == payment_id)
            )
            if year is None:
                raise NotFound(Text("there is no payment {number}", number=payment_id))
            programme_year = get_year(s, year, for_update=True)  # payments one at a time: nothing reversed twice
            require_stage(programme_year, "claims.reverse_payment")
            p = s.scalars(
                select(Payment)
                .where(Payment.id == payment_id)
                .options(selectinload(Payment.items).selectinload(PaymentItem.claim))
            ).one()
            where = Text("payment {number}", number=p.id)
            if p.reverses_id is not None:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is itself the reversal of payment {original}: record the payment again instead",
                            original=p.reverses_id,
                        ),
                    )
                )
            earlier = s.scalars(select(Payment).where(Payment.reverses_id == p.id)).one_or_none()
            if earlier is not None:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "was reversed already on {day} by {who} (reversal {number}): a payment is reversed once",
                            day=earlier.paid_on,
                            who=earlier.recorded_by,
                            number=earlier.id,
                        ),
                    )
                )
            if day < p.paid_on:
                raise Refused(
                    Problem(
                        Text("reversed on"),
                        Text(
                            "{day} is before the payment it reverses ({paid_on})",
                            day=day,
                            paid_on=p.paid_on,
                        ),
                    )
                )
            closed = _closed_day(s, programme_year, day)
            if closed is not None:
                raise Refused(
                    Problem(
                        Text("reversed on"),
                        Text(
                            "{day} is in Q{quarter} {year}, which is closed: a reversal counts in the quarter of "
                            "its date and nothing changes a closed quarter (date it in an open quarter, or the "
                            "programme owner can reopen Q{quarter})",
                            day=day,
                            quarter=closed,
                            year=programme_year.year,
                        ),
                    )
                )
            reversal = Payment(
                year_id=p.year_id,
                dealer_id=p.dealer_id,
                paid_on=day,
                amount=-p.amount,
                reference=p.reference,
                recorded_by=self._ctx.actor,
                reverses_id=p.id,
                reason=why,
            )
            reversal.items = [PaymentItem(claim_id=i.claim_id, amount=-i.amount) for i in p.items]
            s.add(reversal)
            with integrity_as(Text("payment {number} was reversed by somebody else at the same moment", number=p.id)):
                s.flush()
            claims: dict[int, Claim] = {i.claim_id: i.claim for i in p.items}
            paid = paid_on_claims(s, list(claims))
            owed_again = []
            for claim_id, c in sorted(claims.items()):
                if c.status == ClaimStatus.PAID and paid.get(claim_id, ZERO) < (c.reimbursement or ZERO):
                    c.status = ClaimStatus.APPROVED  # owed again
                    owed_again.append(claim_id)
            s.flush()
            dealer = s.get_one(Dealer, p.dealer_id)
            audit(
                s,
                self._ctx,
                "payment.reverse",
                "payment",
                reversal.id,
                year=year,
                summary=Text(
                    "reversed payment {number} of {amount} {currency} to {dealer} (paid on {paid_on}) on {day}: "
                    "{reason}",
                    number=p.id,
                    amount=p.amount,
                    currency=programme_year.currency,
                    dealer=dealer.code,
                    paid_on=p.paid_on,
                    day=day,
                    reason=why,
                ),
                before={"payment": p.id, "reversed_by": None, "paid": [str(i) for i in owed_again]},
                after={
                    "payment": p.id,
                    "reversed_by": reversal.id,
                    "reversed_on": day,
                    "amount": reversal.amount,
                    "items": {str(i.claim_id): -i.amount for i in p.items},
                    "approved_again": owed_again,
                    "reason": why,
                },
            )
            return Changes(Entity.PAYMENTS, (reversal.id, p.id), year, also=(Entity.CLAIMS,))

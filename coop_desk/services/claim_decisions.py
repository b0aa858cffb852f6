"""Deciding claims: accepting a late filing, approving (R6, R7), rejecting and returning, and reopening a
decision (the programme owner's)."""

from __future__ import annotations

import datetime as dt

from coop_desk import rules
from coop_desk.claim_states import FROM, ClaimAction, needs_override
from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.services.base import Changes, Entity, audit, require_stage, snapshot
from coop_desk.services.claim_checks import (
    FIELDS,
    ZERO,
    assess,
    channel_proofs,
    claim_scans,
    converted,
    has_rate,
    paid_on_claims,
    used_allocation,
)
from coop_desk.services.claim_views import ClaimJob
from coop_desk.services.lookup import base_rate, frozen_amounts
from coop_desk.services.payment_reversal import standing_payments
from coop_desk.services.quarter_close import require_open
from coop_desk.text import Text, join, to_json
from coop_desk.words import claim_status, document_kind
from models import Claim, ClaimStatus, ProgrammeYear

#: What approving fixes on a claim, and reopening clears (on that claim only).
FIXED = ("verified_cost", "rate", "reimbursement", "remaining_at_approval")


def set_reason(c: Claim, reason: str) -> None:
    """Store a reason the services made with its template and values (a person's words: ``reason`` only)."""
    c.reason = reason
    c.reason_text = to_json(reason) if isinstance(reason, Text) and reason else None


def _require_proofs(c: Claim, programme_year: ProgrammeYear, where: str) -> None:
    """R7: a claim is approved only with the proofs its channel requires (one may have been taken off since
    it was filed, or the year's table changed)."""
    gaps = rules.missing_proofs(channel_proofs(programme_year, c.activity.channel), [k for k, _ in claim_scans(c)])
    if gaps:
        raise Refused(
            Problem(
                where,
                Text(
                    "has no {items}, which its channel requires: attach it and complete the claim, or return the claim",
                    items=join([document_kind(k) for k in gaps], ", "),
                ),
            )
        )


def decision_moment(today: dt.date) -> dt.datetime:
    """When a decision is taken now, on the services' clock: the real moment, on the clock's day when the
    clock was moved (the demo, a test of a past year), so its day is the day the services think it is."""
    now = dt.datetime.now().astimezone()
    if now.date() == today:
        return now.astimezone(dt.UTC)
    return dt.datetime.combine(today, now.time(), now.tzinfo).astimezone(dt.UTC)


class ClaimDecisions(ClaimJob):
    # -- deciding ------------------------------------------------------------------------------
    def override_late(self, claim_id: int, reason: str, *, expected_version: int | None = None) -> Changes:
        """Accept a late claim for review anyway: an explicit, audited decision with a reason."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput(Problem(Text("reason"), Text("say why the late claim is accepted")))
        with self._ctx.unit() as s:
            c, programme_year = self._claim(s, claim_id, expected_version)
            require_stage(programme_year, "claims.override_late")
            require_open(s, programme_year, c)
            where = Text("claim {number}", number=c.id)
            if not c.late:
                raise Refused(Problem(where, Text("was filed on time: there is nothing to override")))
            if c.late_override_by:
                raise Refused(
                    Problem(where, Text("the late filing was accepted already by {who}", who=c.late_override_by))
                )
            if c.status not in FROM[ClaimAction.OVERRIDE_LATE]:
                raise Refused(
                    Problem(where, Text("is {status}: it can no longer be accepted", status=claim_status(c.status)))
                )
            c.late_override_by, c.late_override_reason = self._ctx.actor, reason
            s.flush()
            audit(
                s,
                self._ctx,
                "claim.override_late",
                "claim",
                c.id,
                year=programme_year.year,
                summary=Text(
                    "claim {number} filed late on {filed_on}: accepted anyway: {reason}",
                    number=c.id,
                    filed_on=c.filed_on,
                    reason=reason,
                ),
                before={"late_override_by": "", "late_override_reason": ""},
                after={"late_override_by": c.late_override_by, "late_override_reason": reason},
            )
            return Changes(Entity.CLAIMS, (c.id,), programme_year.year)

    def approve(self, claim_id: int, expected_version: int | None = None) -> Changes:
        """Approve a submitted claim and fix its amount (R6, R7), within the dealer's remaining allocation."""
        with self._ctx.unit() as s:
            c, programme_year = self._claim(s, claim_id, expected_version, for_update=True)  # approvals one at a time
            require_stage(programme_year, "claims.approve")
            require_open(s, programme_year, c)
            where = Text("claim {number}", number=c.id)
            if c.status not in FROM[ClaimAction.APPROVE]:
                raise Refused(
                    Problem(
                        where,
                        Text("is {status}: only a submitted claim can be approved", status=claim_status(c.status)),
                    )
                )
            _require_proofs(c, programme_year, where)
            if needs_override(c.late, bool(c.late_override_by)):
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "was filed late ({filed_on}): accept the late filing (override) before approving",
                            filed_on=c.filed_on,
                        ),
                    )
                )
            if not has_rate(c):
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is invoiced in {currency} without an exchange rate: "
                            "set the exchange rate first: coop-desk claim set-rate {number} RATE",
                            currency=c.currency,
                            number=c.id,
                        ),
                    )
                )
            invoiced, paid = converted(c)
            if paid is None or c.other_brands is None:  # pragma: no cover - a submitted claim is complete
                raise Refused(Problem(where, Text("is incomplete")))
            allocation = frozen_amounts(s, programme_year.id)
            if allocation is None:  # pragma: no cover - execution rests on a frozen allocation
                raise Refused(
                    Problem(Text("year {year}", year=programme_year.year), Text("the allocation is not frozen"))
                )
            base = base_rate(s, programme_year)
            rate = rules.reimbursement_rate(c.other_brands, base)
            remaining = allocation.get(c.dealer_id, ZERO) - used_allocation(s, programme_year.id, c.dealer_id)
            before = snapshot(c, "status", "verified_cost", "rate", "reimbursement")
            c.verified_cost = min(invoiced, paid)
            c.rate = rate  # the exact R6 rate (50 digits, rounded up) fits the column
            c.reimbursement = rules.claim_reimbursement(invoiced, paid, rate, remaining)
            c.remaining_at_approval = remaining  # what claim show explains R7's limit with, later
            c.status = ClaimStatus.APPROVED
            c.decided_at, c.decided_by = decision_moment(self._ctx.today()), self._ctx.actor
            s.flush()
            formula = rules.explain_claim(invoiced, paid, base, c.other_brands, remaining).formula
            audit(
                s,
                self._ctx,
                "claim.approve",
                "claim",
                c.id,
                year=programme_year.year,
                summary=Text(
                    "claim {number} for {reference} approved: {formula} {currency}",
                    number=c.id,
                    reference=c.activity.reference,
                    formula=formula,
                    currency=programme_year.currency,
                ),
                before=before,
                after=snapshot(c, "status", "verified_cost", "rate", "reimbursement", "other_brands")
                | {"remaining_before": remaining},
            )
            return Changes(Entity.CLAIMS, (c.id,), programme_year.year, also=(Entity.ALLOCATION,))

    def reject(self, claim_id: int, reason: str, *, expected_version: int | None = None) -> Changes:
        """Reject a submitted or returned claim for good, with the reason."""
        return self._decide(claim_id, reason, ClaimStatus.REJECTED, expected_version)

    def return_claim(self, claim_id: int, reason: str, *, expected_version: int | None = None) -> Changes:
        """Send a submitted claim back to the dealer to complete or correct (the reason says what)."""
        return self._decide(claim_id, reason, ClaimStatus.RETURNED, expected_version)

    def _decide(self, claim_id: int, reason: str, status: ClaimStatus, expected_version: int | None) -> Changes:
        reason = reason.strip()
        rejecting = status == ClaimStatus.REJECTED
        if not reason:
            why = Text("say why the claim is rejected") if rejecting else Text("say why the claim is returned")
            raise InvalidInput(Problem(Text("reason"), why))
        allowed = FROM[ClaimAction.REJECT if rejecting else ClaimAction.RETURN]
        with self._ctx.unit() as s:
            c, programme_year = self._claim(s, claim_id, expected_version)
            require_stage(programme_year, "claims.reject" if rejecting else "claims.return_claim")
            require_open(s, programme_year, c)
            if c.status not in allowed:
                names = Text("submitted or returned") if rejecting else claim_status(ClaimStatus.SUBMITTED)
                now = claim_status(c.status)
                raise Refused(
                    Problem(
                        Text("claim {number}", number=c.id),
                        Text("is {status}: only a {allowed} claim can be rejected", status=now, allowed=names)
                        if rejecting
                        else Text("is {status}: only a {allowed} claim can be returned", status=now, allowed=names),
                    )
                )
            before = snapshot(c, "status", "reason")
            ref = c.activity.reference
            c.status = status
            set_reason(c, reason)  # a person's words
            c.decided_at, c.decided_by = decision_moment(self._ctx.today()), self._ctx.actor
            s.flush()
            audit(
                s,
                self._ctx,
                f"claim.{'reject' if status == ClaimStatus.REJECTED else 'return'}",
                "claim",
                c.id,
                year=programme_year.year,
                summary=(
                    Text("claim {number} for {reference} rejected: {reason}", number=c.id, reference=ref, reason=reason)
                    if rejecting
                    else Text(
                        "claim {number} for {reference} returned: {reason}", number=c.id, reference=ref, reason=reason
                    )
                ),
                before=before,
                after=snapshot(c, "status", "reason"),
            )
            return Changes(Entity.CLAIMS, (c.id,), programme_year.year)

    # Long: one transaction: every reason a decision cannot be reopened (the state, a payment resting on it,
    # a sealed quarter, a claim still incomplete) is checked before the claim changes.
    def reopen(self, claim_id: int, reason: str, *, expected_version: int | None = None) -> Changes:
        """Reopen the decision on a claim (the programme owner, audited, with a reason): an approved, rejected
        or returned claim is submitted again (returned when its documents are still missing). An approved
        claim's fixed amount is cleared on it alone: every other claim keeps its amount, and approving it again
        fixes it anew within what is left of the allocation then (R7). Refused when a payment rests on it."""
        why = reason.strip() if isinstance(reason, str) else ""
        if not why:
            raise InvalidInput(Problem(Text("reason"), Text("say why the decision is reopened")))
        with self._ctx.unit() as s:
            c, programme_year = self._claim(s, claim_id, expected_version, for_update=True)
            require_stage(programme_year, "claims.reopen")
            where = Text("claim {number}", number=c.id)
            if c.status not in FROM[ClaimAction.REOPEN] and c.status != ClaimStatus.PAID:
                raise Refused(
                    Problem(
                        where,
                        Text("is {status}: there is no decision to reopen", status=claim_status(c.status)),
                    )
                )
            standing = standing_payments(s, c.id)
            if c.status == ClaimStatus.PAID or paid_on_claims(s, [c.id]).get(c.id, ZERO) > 0:
                listed = join(
                    [Text("payment {number} of {paid_on}", number=p.id, paid_on=p.paid_on) for p in standing], ", "
                )
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is paid or part-paid ({payments}): a payment rests on its amount; "
                            "reverse the payment first (coop-desk payment reverse ID --reason TEXT)",
                            payments=listed,
                        ),
                    )
                )
            require_open(s, programme_year, c)
            values = {name: getattr(c, name) for name in FIELDS}
            proofs = channel_proofs(programme_year, c.activity.channel)
            status, missing = assess(values, c.mockup, proofs, claim_scans(c))
            if status == ClaimStatus.RETURNED and c.status == ClaimStatus.RETURNED:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is returned and still incomplete ({reason}): complete it instead "
                            "(coop-desk claim complete {number})",
                            reason=missing,
                            number=c.id,
                        ),
                    )
                )
            before = snapshot(c, "status", "reason", *FIXED, "decided_by")
            was = c.status
            for name in FIXED:
                setattr(c, name, None)  # this claim's only: the others keep theirs
            c.status = status
            set_reason(c, missing)
            c.decided_at, c.decided_by = None, ""
            s.flush()
            audit(
                s,
                self._ctx,
                "claim.reopen",
                "claim",
                c.id,
                year=programme_year.year,
                summary=Text(
                    "claim {number} for {reference}: the decision ({status}) reopened: {reason}",
                    number=c.id,
                    reference=c.activity.reference,
                    status=claim_status(was),
                    reason=why,
                ),
                before=before,
                after=snapshot(c, "status", "reason", *FIXED, "decided_by") | {"reopen_reason": why},
            )
            also = (Entity.ALLOCATION,) if was == ClaimStatus.APPROVED else ()
            return Changes(Entity.CLAIMS, (c.id,), programme_year.year, also=also)

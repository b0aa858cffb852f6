"""Filing claims (R7, R8), completing returned ones and setting the exchange rate of a claim in another currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.claim_states import FROM, ClaimAction
from coop_desk.errors import InvalidInput, NoApprovedMockup, Problem, Refused
from coop_desk.services.attachments import store_file
from coop_desk.services.base import Changes, Entity, ServiceContext, audit, get_year, require_stage, snapshot
from coop_desk.services.claim_checks import FIELDS, assess, channel_proofs, check_fields, claim_scans
from coop_desk.services.claim_decisions import set_reason
from coop_desk.services.claim_documents import add_document, check_proof_date, document_kind_of
from coop_desk.services.claim_views import ClaimInput, ClaimJob, FilingResult
from coop_desk.services.duplicate_check import Duplicate, find_duplicate, scan_conflict
from coop_desk.services.lookup import (
    approved_mockup,
    check_attachment,
    find_dealer,
    frozen_amounts,
    pending_mockup,
    plan_activity,
)
from coop_desk.services.quarter_close import counted_in, require_open
from coop_desk.text import Text, join, to_json
from coop_desk.words import claim_status
from models import Attachment, Claim, ClaimStatus, Dealer, DocumentKind, Mockup, PlannedActivity, ProgrammeYear

_SNAPSHOT = (*FIELDS, "work_quarter", "status", "late", "reason")


def _claimable(
    s: Session, programme_year: ProgrammeYear, dealer_code: str, reference: str, where: str
) -> tuple[Dealer, PlannedActivity, Mockup]:
    """The dealer, its activity in the frozen plan and the activity's approved mockup; Refused otherwise."""
    dealer = find_dealer(s, dealer_code)
    if dealer is None:
        raise Refused(Problem(where, Text("dealer {code} is unknown", code=repr(dealer_code.strip()))))
    activity = plan_activity(s, programme_year, reference, where)
    if activity.dealer_id != dealer.id:
        owner = s.get_one(Dealer, activity.dealer_id)
        raise Refused(
            Problem(
                where,
                Text(
                    "{reference} is an activity of {owner}, not of {dealer}",
                    reference=activity.reference,
                    owner=owner.code,
                    dealer=dealer.code,
                ),
            )
        )
    mockup = approved_mockup(s, activity.id)
    if mockup is None:
        pending = pending_mockup(s, activity.id)
        message = (
            Text(
                "{reference} has no approved mockup (mockup {number} is still waiting for a decision)",
                reference=activity.reference,
                number=pending.number,
            )
            if pending
            else Text("{reference} has no approved mockup", reference=activity.reference)
        )
        raise NoApprovedMockup(
            Problem(where, message), reference=activity.reference, pending=pending.number if pending else None
        )
    return dealer, activity, mockup


def _filing_message(
    s: Session, programme_year: ProgrammeYear, c: Claim, reference: str, given: int | None = None
) -> str:
    outcome = {
        ClaimStatus.SUBMITTED: Text("submitted for review"),
        ClaimStatus.RETURNED: Text("returned to the dealer, {reason}", reason=c.reason),
        ClaimStatus.REJECTED: Text("rejected: {reason}", reason=c.reason),
    }[c.status]
    parts: list[str] = [
        Text(
            "claim {number} for {reference} (Q{quarter}): {outcome}",
            number=c.id,
            reference=reference,
            quarter=c.quarter,
            outcome=outcome,
        )
    ]
    if given is not None and given != c.work_quarter:
        parts.append(
            Text(
                "filed with the Q{given} template, but its documents date the work in Q{work}: Q{work}'s deadline "
                "applies",
                given=given,
                work=c.work_quarter,
            )
        )
    if c.late:
        deadline = rules.claim_deadline(programme_year.year, c.work_quarter, programme_year.claim_deadline_days)
        parts.append(
            Text("filed late (the deadline was {deadline}): approving it needs an override", deadline=deadline)
        )
    if c.exchange_rate is None:
        parts.append(
            Text(
                "invoiced in {currency} without a rate: rate to be set by finance before approval "
                "(coop-desk claim set-rate {number} RATE)",
                currency=c.currency,
                number=c.id,
            )
        )
    if c.work_quarter != c.quarter:
        parts.append(
            Text(
                "its work is of Q{work}, which is closed: it counts in Q{quarter}",
                work=c.work_quarter,
                quarter=c.quarter,
            )
        )
    return parts[0] if len(parts) == 1 else join(parts)


def _no_allocation(dealer_code: str, programme_year: ProgrammeYear, amount: Decimal | None) -> Text:
    """Why a claim of a dealer without an allocation (no line, or 0.00) is refused (issue 10, point 8)."""
    if amount is None:
        return Text(
            "dealer {dealer} has no allocation in {year}: a claim is reimbursed from the dealer's allocation",
            dealer=dealer_code,
            year=programme_year.year,
        )
    return Text(
        "dealer {dealer} was allocated {amount} {currency} in {year}: "
        "a claim is reimbursed from the dealer's allocation, so there is nothing to reimburse it from",
        dealer=dealer_code,
        amount=amount,
        currency=programme_year.currency,
        year=programme_year.year,
    )


def _check_scans(s: Session, claim: ClaimInput, today: dt.date, where: str) -> list[Problem]:
    """The scans given with a claim: stored attachments, of a known kind, a proof's date not in the future."""
    label = Text("{where} ({field})", where=where, field=Text("attachment"))
    problems = check_attachment(s, claim.attachment_id, label)
    for document in claim.documents:
        kind = document_kind_of(document.kind, where)
        problems += check_attachment(s, document.attachment_id, label)
        problems += check_proof_date(kind, document.proof_date, today, where)
    for incoming in claim.files:
        problems += check_proof_date(document_kind_of(incoming.kind, where), incoming.proof_date, today, where)
    return problems


def _file_conflict(s: Session, dealer_id: int, claim: ClaimInput) -> Duplicate | None:
    """R8 for the files given not stored yet: one whose content is stored already and may not be shared."""
    for f in claim.files:
        found = s.scalar(select(Attachment.id).where(Attachment.sha256 == f.file.sha256))
        if found is not None and (duplicate := scan_conflict(s, dealer_id, f.kind, {found})):
            return duplicate
    return None


def _put_scans(s: Session, ctx: ServiceContext, c: Claim, claim: ClaimInput, where: str) -> None:
    """The scans filed with a claim, on it (checked by R8 for files first); the files not stored yet are
    stored here, in the filing's unit of work, after every check that could refuse the claim."""
    given: list[tuple[DocumentKind, int, dt.date | None]] = []
    given += [(DocumentKind.INVOICE, claim.attachment_id, None)] if claim.attachment_id is not None else []
    given += [(document_kind_of(d.kind, where), d.attachment_id, d.proof_date) for d in claim.documents]
    for kind, attachment_id, proof_date in given:
        add_document(s, c, kind, s.get_one(Attachment, attachment_id), proof_date, ctx.actor, where)
    for f in claim.files:
        add_document(s, c, f.kind, store_file(s, ctx, f.file), f.proof_date, ctx.actor, where)


def _values(c: Claim) -> dict[str, Any]:
    return {name: getattr(c, name) for name in FIELDS}


class ClaimFiling(ClaimJob):
    # -- filing --------------------------------------------------------------------------------
    def file(self, year: int, dealer_code: str, claim: ClaimInput, filed_on: dt.date | None = None) -> FilingResult:
        """File a dealer's claim: refused (nothing stored) without a plan activity, an approved mockup,
        or when it is a duplicate; stored as submitted, returned (documents missing) or rejected."""
        today = self._ctx.today()
        where = claim.where or Text("claim for {reference}", reference=claim.reference.strip())
        day = today if filed_on is None else filed_on
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime) or day > today:
            raise InvalidInput(
                Problem(
                    Text("{where} ({field})", where=where, field=Text("filed on")),
                    Text("must be a date not after {today}, got {value}", today=today, value=repr(day)),
                )
            )
        with self._ctx.unit() as s:
            programme_year = get_year(s, year, for_update=True)  # one filing at a time: the duplicate check holds
            require_stage(programme_year, "claims.file")
            dealer, activity, mockup = _claimable(s, programme_year, dealer_code, claim.reference, where)
            allocated = (frozen_amounts(s, programme_year.id) or {}).get(dealer.id)
            if allocated is None or allocated <= 0:
                raise Refused(Problem(where, _no_allocation(dealer.code, programme_year, allocated)))
            values, problems = check_fields(s, programme_year, {n: getattr(claim, n) for n in FIELDS}, day, where)
            problems += _check_scans(s, claim, today, where)
            if problems:
                raise InvalidInput(*problems)
            scans = [claim.attachment_id] if claim.attachment_id is not None else []
            duplicate = (
                find_duplicate(s, dealer.id, values, claim.file_sha256, scans=scans)
                or next(
                    filter(None, (scan_conflict(s, dealer.id, d.kind, {d.attachment_id}) for d in claim.documents)),
                    None,
                )
                or _file_conflict(s, dealer.id, claim)
            )
            if duplicate:
                raise duplicate.refusal(where)
            given = values.pop("quarter", None)  # the template's: information only (R7)
            quarter = counted_in(s, programme_year, values["work_quarter"], where)
            kinds: list[tuple[DocumentKind, dt.date | None]] = [(DocumentKind.INVOICE, None)] if scans else []
            kinds += [(document_kind_of(d.kind, where), d.proof_date) for d in claim.documents]
            kinds += [(document_kind_of(f.kind, where), f.proof_date) for f in claim.files]
            status, reason = assess(values, mockup, channel_proofs(programme_year, activity.channel), kinds)
            late = rules.is_late(day, programme_year.year, values["work_quarter"], programme_year.claim_deadline_days)
            row = Claim(
                year_id=programme_year.id,
                dealer_id=dealer.id,
                activity_id=activity.id,
                mockup_id=mockup.id,
                filed_on=day,
                status=status,
                reason=reason,
                reason_text=to_json(reason) if reason else None,
                late=late,
                late_override_by="",
                late_override_reason="",
                other_brands=mockup.other_brands,
                decided_by="",
                invoice_key=rules.invoice_key(values["invoice_number"]),
                quarter=quarter,
                **values,
            )
            s.add(row)
            s.flush()
            _put_scans(s, self._ctx, row, claim, where)
            message = _filing_message(s, programme_year, row, activity.reference, given)
            audit(
                s,
                self._ctx,
                "claim.file",
                "claim",
                row.id,
                year=year,
                summary=Text("{dealer}: {message}", dealer=dealer.code, message=message),
                after=snapshot(row, *_SNAPSHOT)
                | {
                    "reference": activity.reference,
                    "filed_on": day,
                    "documents": [{"kind": d.kind.value, "attachment": d.attachment_id} for d in row.documents],
                },
            )
            return FilingResult(Changes(Entity.CLAIMS, (row.id,), year), row.id, status, late, message)

    def complete(self, claim_id: int, *, expected_version: int | None = None, **changes: Any) -> FilingResult:
        """Fill in or correct a returned claim; it is checked again (submitted, still returned, or rejected)."""
        unknown = sorted(set(changes) - set(FIELDS))
        if unknown:
            raise InvalidInput(
                *(
                    Problem(name, Text("a claim stays on its activity: file a new claim for another one"))
                    if name == "reference"
                    else Problem(name, Text("is not a field of a claim"))
                    for name in unknown
                )
            )
        if "quarter" in changes:
            raise InvalidInput(
                Problem(
                    Text("quarter"),
                    Text("is decided by the documents (the act date, else the invoice date): correct those"),
                )
            )
        with self._ctx.unit() as s:
            c, programme_year = self._claim(s, claim_id, expected_version, for_update=True)
            require_stage(programme_year, "claims.complete")
            require_open(s, programme_year, c)
            if c.status not in FROM[ClaimAction.COMPLETE]:
                raise Refused(
                    Problem(
                        Text("claim {number}", number=c.id),
                        Text("is {status}: only a returned claim can be completed", status=claim_status(c.status)),
                    )
                )
            values = _values(c) | changes
            if "currency" in changes and "exchange_rate" not in changes:
                values["exchange_rate"] = None
            where = Text("claim {number}", number=c.id)
            values, problems = check_fields(s, programme_year, values, self._ctx.today(), where)
            if problems:
                raise InvalidInput(*problems)
            duplicate = find_duplicate(s, c.dealer_id, values, exclude=c.id)
            if duplicate:
                raise duplicate.refusal(where)
            values.pop("quarter", None)  # the documents decide: the claim moves with its act (R7)
            quarter = counted_in(s, programme_year, values["work_quarter"], where)
            before = snapshot(c, *_SNAPSHOT)
            proofs = channel_proofs(programme_year, c.activity.channel)
            status, reason = assess(values, c.mockup, proofs, claim_scans(c))
            for name, value in values.items():
                setattr(c, name, value)
            c.invoice_key = rules.invoice_key(c.invoice_number)
            c.quarter = quarter
            c.status = status
            set_reason(c, reason)
            c.late = rules.is_late(c.filed_on, programme_year.year, c.work_quarter, programme_year.claim_deadline_days)
            s.flush()
            message = _filing_message(s, programme_year, c, c.activity.reference)
            audit(
                s,
                self._ctx,
                "claim.complete",
                "claim",
                c.id,
                year=programme_year.year,
                summary=(
                    Text("{message} (changed: {fields})", message=message, fields=", ".join(sorted(changes)))
                    if changes
                    else message
                ),
                before=before,
                after=snapshot(c, *_SNAPSHOT),
            )
            return FilingResult(Changes(Entity.CLAIMS, (c.id,), programme_year.year), c.id, status, c.late, message)

    def set_rate(self, claim_id: int, rate: Decimal, *, expected_version: int | None = None) -> Changes:
        """Set or correct the exchange rate of a claim in another currency before it is approved (finance):
        programme currency per one unit of the invoice currency. The claim keeps its state; audited."""
        with self._ctx.unit() as s:
            c, programme_year = self._claim(s, claim_id, expected_version, for_update=True)
            require_stage(programme_year, "claims.set_rate")
            where = Text("claim {number}", number=c.id)
            if c.currency == programme_year.currency:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is invoiced in {currency}, the programme's currency: it has no exchange rate to set",
                            currency=c.currency,
                        ),
                    )
                )
            if c.status not in FROM[ClaimAction.SET_RATE]:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "is {status}: the exchange rate can be set only before the claim is decided",
                            status=claim_status(c.status),
                        ),
                    )
                )
            values, problems = check_fields(
                s, programme_year, _values(c) | {"exchange_rate": rate}, self._ctx.today(), where, need_rate=True
            )
            if problems:
                raise InvalidInput(*problems)
            before, old = snapshot(c, "exchange_rate"), c.exchange_rate
            c.exchange_rate = values["exchange_rate"]
            s.flush()
            audit(
                s,
                self._ctx,
                "claim.set_rate",
                "claim",
                c.id,
                year=programme_year.year,
                summary=Text(
                    "claim {number}: exchange rate {before} → {rate} {programme} per 1 {currency}",
                    number=c.id,
                    before="—" if old is None else old,
                    rate=c.exchange_rate,
                    programme=programme_year.currency,
                    currency=c.currency,
                ),
                before=before,
                after=snapshot(c, "exchange_rate"),
            )
            return Changes(Entity.CLAIMS, (c.id,), programme_year.year)

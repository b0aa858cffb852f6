"""The claims' inputs and read models, shared by the claim services (filing, deciding, paying, closing
quarters, listing)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.errors import Conflict, NotFound
from coop_desk.rules import COUNTED
from coop_desk.services.attachments import IncomingFile
from coop_desk.services.base import Changes, ServiceContext, get_year
from coop_desk.services.claim_checks import ZERO, explain, paid_on_claims, stored_reason
from coop_desk.services.lookup import base_rate, frozen_amounts
from coop_desk.text import Text
from models import Attachment, Claim, ClaimDocument, ClaimStatus, Dealer, DocumentKind, ProgrammeYear, Region

#: A claim still waiting for a decision: what a late override applies to and what keeps a quarter open.
UNDECIDED = (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED)


@dataclass(frozen=True)
class DocumentInput:
    """A stored scan to put on a claim as it is filed: what it is, and the date a proof shows."""

    kind: DocumentKind
    attachment_id: int
    proof_date: dt.date | None = None


@dataclass(frozen=True)
class IncomingDocument:
    """A checked file to store and put on a claim as it is filed (a claims workbook's scan): stored in the
    filing's own unit of work, so a refused claim stores nothing."""

    kind: DocumentKind
    file: IncomingFile
    proof_date: dt.date | None = None


@dataclass(frozen=True)
class ClaimInput:
    """A claim as a dealer sends it: the invoice, the payment order and the acceptance act."""

    reference: str
    invoice_number: str
    invoice_date: dt.date
    invoice_amount: Decimal
    currency: str | None = None  # None: the programme currency
    exchange_rate: Decimal | None = None  # programme currency per one unit of the invoice currency
    vendor: str = ""
    payment_order_number: str = ""
    payment_order_date: dt.date | None = None
    paid_amount: Decimal | None = None  # what the payment order shows the dealer paid, invoice currency
    act_number: str = ""
    act_date: dt.date | None = None
    quarter: int | None = None  # the template's quarter: information only, the documents decide (R7)
    attachment_id: int | None = None  # the invoice's scan (a stored attachment)
    file_sha256: str = ""  # the invoice scan's hash: a claim that has that file already makes this a duplicate (R8)
    documents: tuple[DocumentInput, ...] = ()  # the other scans: payment order, act, proofs
    files: tuple[IncomingDocument, ...] = ()  # scans not stored yet (the invoice's among them): stored as it is filed
    where: str = ""  # where it came from (a workbook row), for messages


@dataclass(frozen=True)
class FilingResult:
    changes: Changes
    claim_id: int
    status: ClaimStatus
    late: bool
    message: str


@dataclass(frozen=True)
class ClaimView:
    id: int
    year: int
    quarter: int
    dealer_code: str
    dealer_name: str
    region: str
    reference: str
    channel: str
    filed_on: dt.date
    invoice_number: str
    invoice_date: dt.date
    invoice_amount: Decimal
    currency: str
    exchange_rate: Decimal | None  # None: another currency, "rate to be set by finance" (claim set-rate)
    vendor: str
    payment_order_number: str
    payment_order_date: dt.date | None
    paid_amount: Decimal | None  # what the dealer paid the vendor (invoice currency)
    act_number: str
    act_date: dt.date | None
    status: ClaimStatus
    late: bool
    late_override_by: str
    late_override_reason: str
    other_brands: int | None
    rate: Decimal | None
    verified_cost: Decimal | None
    reimbursement: Decimal | None
    paid: Decimal  # what the manufacturer has paid the dealer for this claim (payment items)
    reason: str
    version: int
    explanation: tuple[str, ...]  # R6/R7 step by step
    activity_id: int
    mockup_id: int
    attachment_id: int | None  # the invoice's scan, if it has one (the first)
    deadline: dt.date  # the last day to file on time: its work quarter's
    decided_at: dt.datetime | None
    decided_by: str
    #: The quarter of its documents (act, else invoice), which sets the deadline; ``quarter`` is the one it
    #: counts in, later when the work's quarter was closed (a late claim for a closed quarter).
    work_quarter: int = 0
    #: Its scans: invoice, payment order, act and proofs of performance, in the order they were added.
    documents: tuple[ClaimDocumentView, ...] = ()
    #: The proofs of performance the year's table asks of its channel (R7).
    proofs: tuple[rules.ProofRequirement, ...] = ()
    #: The day its mockup was approved: a proof's date lies between it and the act's.
    approved_on: dt.date | None = None

    @property
    def outstanding(self) -> Decimal:
        """Approved and not yet paid to the dealer."""
        if self.status != ClaimStatus.APPROVED or self.reimbursement is None:
            return ZERO
        return self.reimbursement - self.paid

    @property
    def needs_override(self) -> bool:
        return self.late and not self.late_override_by


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claims list: only what the list shows (no ORM objects, no R7 explanation).

    :meth:`ClaimService.get` gives the whole :class:`ClaimView` of one claim.
    """

    id: int
    quarter: int
    dealer_code: str
    dealer_name: str
    reference: str
    channel: str
    invoice_number: str
    invoice_amount: Decimal
    currency: str
    reimbursement: Decimal | None
    filed_on: dt.date
    status: ClaimStatus
    late: bool
    late_override_by: str
    late_override_reason: str
    reason: str
    # Keyword-only: worked out from the stored columns, never given in a row of them.
    deadline: dt.date = field(kw_only=True)
    # the quarter of its work when it counts in another (None: the same)
    work_quarter: int | None = field(default=None, kw_only=True)

    @property
    def needs_override(self) -> bool:
        return self.late and not self.late_override_by


@dataclass(frozen=True)
class PaymentItemView:
    claim_id: int
    reference: str
    invoice_number: str
    amount: Decimal


@dataclass(frozen=True)
class PaymentView:
    id: int
    year: int
    dealer_code: str
    dealer_name: str
    paid_on: dt.date
    amount: Decimal
    reference: str
    recorded_by: str
    items: tuple[PaymentItemView, ...]
    #: A reversal: the payment it reverses (its amounts are negative, dated on the reversal's day).
    reverses: int | None = None
    #: A payment that was reversed: its reversal (a payment is reversed once).
    reversed_by: int | None = None
    reason: str = ""  # why it was reversed (on the reversal)

    @property
    def standing(self) -> bool:
        """A payment that still stands: neither a reversal nor reversed."""
        return self.reverses is None and self.reversed_by is None


@dataclass(frozen=True)
class QuarterCloseView:
    quarter: int
    closed_at: dt.datetime
    closed_by: str


@dataclass(frozen=True)
class ClaimDocumentView:
    """One scan of a claim: what it is, its stored file and (for a proof) the date it shows."""

    id: int
    claim_id: int
    kind: DocumentKind
    attachment_id: int
    filename: str
    media_type: str
    sha256: str
    proof_date: dt.date | None
    added_by: str


def document_views(s: Session, claim_ids: Sequence[int]) -> dict[int, tuple[ClaimDocumentView, ...]]:
    """The documents of each claim (in the order they were added), in one query."""
    out: dict[int, list[ClaimDocumentView]] = {}
    if not claim_ids:
        return {}
    rows = s.execute(
        select(ClaimDocument, Attachment)
        .join(Attachment, ClaimDocument.attachment_id == Attachment.id)
        .where(ClaimDocument.claim_id.in_(claim_ids))
        .order_by(ClaimDocument.claim_id, ClaimDocument.id)
    )
    for d, a in rows:
        out.setdefault(d.claim_id, []).append(
            ClaimDocumentView(
                d.id, d.claim_id, d.kind, a.id, a.filename, a.media_type, a.sha256, d.proof_date, d.added_by
            )
        )
    return {claim_id: tuple(views) for claim_id, views in out.items()}


# Long: builds the claims' read models with their payments and explanations in a few queries (none per
# claim).
def views_of(s: Session, programme_year: ProgrammeYear, claims: Sequence[Claim]) -> list[ClaimView]:
    """Read models for claims of one year, with their payments and explanations (few queries)."""
    if not claims:
        return []
    dealers = {
        d.id: (d, region)
        for d, region in s.execute(
            select(Dealer, Region.name)
            .join(Region, Dealer.region_id == Region.id)
            .where(Dealer.id.in_({c.dealer_id for c in claims}))
        )
    }
    paid = paid_on_claims(s, [c.id for c in claims])
    documents = document_views(s, [c.id for c in claims])
    proof_table = rules.read_table(programme_year.proofs)  # read once, not once a claim
    allocation = frozen_amounts(s, programme_year.id) or {}
    base = base_rate(s, programme_year)
    # The remaining allocation before each approved claim: claims count in the order they were approved.
    used_before: dict[int, Decimal] = {}
    used: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for claim_id, dealer_id, amount in s.execute(
        select(Claim.id, Claim.dealer_id, Claim.reimbursement)
        .where(Claim.year_id == programme_year.id, Claim.dealer_id.in_(dealers), Claim.status.in_(COUNTED))
        .order_by(Claim.decided_at, Claim.id)
    ):
        used_before[claim_id] = used[dealer_id]
        used[dealer_id] += amount or ZERO
    out = []
    for c in claims:
        dealer, region = dealers[c.dealer_id]
        before = used_before.get(c.id, used[c.dealer_id])
        if c.remaining_at_approval is not None:  # stored at approval (0006): the limit as it was, never rebuilt
            before = allocation.get(c.dealer_id, ZERO) - c.remaining_at_approval
        reason = stored_reason(c)
        scans = documents.get(c.id, ())
        out.append(
            ClaimView(
                id=c.id,
                year=programme_year.year,
                quarter=c.quarter,
                dealer_code=dealer.code,
                dealer_name=dealer.name,
                region=region,
                reference=c.activity.reference,
                channel=c.activity.channel,
                filed_on=c.filed_on,
                invoice_number=c.invoice_number,
                invoice_date=c.invoice_date,
                invoice_amount=c.invoice_amount,
                currency=c.currency,
                exchange_rate=c.exchange_rate,
                vendor=c.vendor,
                payment_order_number=c.payment_order_number,
                payment_order_date=c.payment_order_date,
                paid_amount=c.paid_amount,
                act_number=c.act_number,
                act_date=c.act_date,
                status=c.status,
                late=c.late,
                late_override_by=c.late_override_by,
                late_override_reason=c.late_override_reason,
                other_brands=c.other_brands,
                rate=c.rate,
                verified_cost=c.verified_cost,
                reimbursement=c.reimbursement,
                paid=paid.get(c.id, ZERO),
                reason=reason,
                version=c.version,
                explanation=explain(
                    c,
                    programme_year.currency,
                    base,
                    allocation.get(c.dealer_id, ZERO),
                    before,
                    c.mockup.number,
                    reason=reason,
                ),
                activity_id=c.activity_id,
                mockup_id=c.mockup_id,
                attachment_id=next((d.attachment_id for d in scans if d.kind == DocumentKind.INVOICE), None),
                deadline=rules.claim_deadline(programme_year.year, c.work_quarter, programme_year.claim_deadline_days),
                decided_at=c.decided_at,
                decided_by=c.decided_by,
                work_quarter=c.work_quarter,
                documents=scans,
                proofs=rules.proofs_for(proof_table, c.activity.channel),
                approved_on=c.mockup.decided_on,
            )
        )
    return out


class ClaimJob:
    """What the claim services share: the context, and finding a claim with its year."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _claim(
        self, s: Session, claim_id: int, expected_version: int | None, *, for_update: bool = False
    ) -> tuple[Claim, ProgrammeYear]:
        """The claim and its year (the year row locked when asked); NotFound, or Conflict when stale."""
        year = s.scalar(
            select(ProgrammeYear.year).join(Claim, Claim.year_id == ProgrammeYear.id).where(Claim.id == claim_id)
        )
        if year is None:
            raise NotFound(Text("there is no claim {number}", number=claim_id))
        programme_year = get_year(s, year, for_update=for_update)  # lock first, then read the claim
        c = s.get_one(Claim, claim_id)
        if expected_version is not None and c.version != expected_version:
            raise Conflict(
                Text(
                    "claim {number} was changed by somebody else since you opened it; nothing was changed", number=c.id
                )
            )
        return c, programme_year

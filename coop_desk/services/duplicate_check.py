"""R8 when a claim is filed or completed: the first claim of the same invoice, or of the same scanned file.

An invoice scan belongs to one claim: the same file given for a second claim (as its invoice or as anything
else) is refused as a duplicate, naming the first. A payment order, an act or a proof may cover several
claims of the same dealer (one payment for two invoices, one act for a campaign): it is shared, never
refused; given for another dealer's claim it is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.errors import DuplicateClaim, Problem
from coop_desk.text import Text
from coop_desk.words import document_kind
from models import Attachment, Claim, ClaimDocument, Dealer, DocumentKind, PlannedActivity


@dataclass(frozen=True)
class Duplicate:
    """What :func:`find_duplicate` found: the first claim, what is the same (``"invoice"``, ``"file"``), the words."""

    first_id: int
    same: str
    message: Text

    def refusal(self, where: str) -> DuplicateClaim:
        return DuplicateClaim(Problem(where, self.message), first_id=self.first_id, same=self.same)


def find_duplicate(
    s: Session,
    dealer_id: int,
    values: dict[str, Any],
    file_sha256: str = "",
    exclude: int | None = None,
    scans: Iterable[int] = (),
) -> Duplicate | None:
    """R8: the first claim of the same invoice or the same attached file (and the message naming it), or None.

    The same invoice is the same dealer, invoice date and invoice number compared on its normal form
    (:func:`coop_desk.rules.invoice_key`: spaces, dashes, dots, slashes, invisible characters, case and
    Latin/Cyrillic look-alike letters make no difference). The same file is the invoice scan given
    (``scans``: stored attachments; ``file_sha256``: its hash) used on another claim (:func:`scan_conflict`)."""
    first_claim = s.execute(
        select(Claim.id, Claim.filed_on, Claim.invoice_number, PlannedActivity.reference)
        .join(PlannedActivity, Claim.activity_id == PlannedActivity.id)
        .where(
            Claim.dealer_id == dealer_id,
            Claim.invoice_key == rules.invoice_key(values["invoice_number"]),
            Claim.invoice_date == values["invoice_date"],
            Claim.id != (exclude or -1),
        )
        .order_by(Claim.id)
        .limit(1)
    ).first()
    if first_claim is not None:
        claim_id, filed_on, other, reference = first_claim
        message = Text(
            "invoice {invoice} of {date} was claimed already: duplicate of claim {number} for {reference} "
            "(invoice {first}, filed {filed_on})",
            invoice=values["invoice_number"],
            date=values["invoice_date"],
            number=claim_id,
            reference=reference,
            first=other,
            filed_on=filed_on,
        )
        return Duplicate(claim_id, "invoice", message)
    attachments = set(scans)
    if file_sha256.strip():
        attachments |= set(s.scalars(select(Attachment.id).where(Attachment.sha256 == file_sha256.strip().lower())))
    return scan_conflict(s, dealer_id, DocumentKind.INVOICE, attachments, exclude)


def scan_conflict(
    s: Session, dealer_id: int, kind: DocumentKind, attachment_ids: set[int], exclude: int | None = None
) -> Duplicate | None:
    """R8 for files: the first other claim that the file may not be shared with, or None.

    An invoice scan is the claim's own: used on any other claim, in any role, it is a duplicate. Any other
    document may be shared among the claims of one dealer, never with another dealer's claim."""
    if not attachment_ids:
        return None
    rows = s.execute(
        select(ClaimDocument.claim_id, ClaimDocument.kind, Claim.dealer_id, Claim.filed_on, Attachment.filename)
        .join(Claim, ClaimDocument.claim_id == Claim.id)
        .join(Attachment, ClaimDocument.attachment_id == Attachment.id)
        .where(ClaimDocument.attachment_id.in_(attachment_ids), ClaimDocument.claim_id != (exclude or -1))
        .order_by(ClaimDocument.claim_id, ClaimDocument.id)
    ).all()
    for claim_id, used_as, other_dealer, filed_on, filename in rows:
        if kind == DocumentKind.INVOICE or used_as == DocumentKind.INVOICE:
            return Duplicate(
                claim_id,
                "file",
                Text(
                    "the file {name} was claimed already: duplicate of claim {number} (filed {filed_on}, "
                    "there as its {kind})",
                    name=filename,
                    number=claim_id,
                    filed_on=filed_on,
                    kind=document_kind(used_as),
                ),
            )
        if other_dealer != dealer_id:
            dealer = s.get_one(Dealer, other_dealer)
            return Duplicate(
                claim_id,
                "file",
                Text(
                    "the file {name} is the {kind} of claim {number} of dealer {dealer}: a document can be "
                    "shared only among the claims of one dealer",
                    name=filename,
                    kind=document_kind(used_as),
                    number=claim_id,
                    dealer=dealer.code,
                ),
            )
    return None


__all__ = ["Duplicate", "find_duplicate", "scan_conflict"]

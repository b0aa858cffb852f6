"""The scans a claim carries (R7, R8): its invoice, payment order and acceptance act, and the proofs of
performance its medium needs, each a PDF or an image stored once by content hash.

R8 for files: an invoice scan belongs to one claim — the same file given for a second claim (as its invoice or
as anything else) is refused as a duplicate, naming the first. A payment order, an act or a proof may cover
several claims of the same dealer (one payment for two invoices, one act for a campaign): it is shared, never
refused; given for another dealer's claim it is refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk.claim_states import FROM, ClaimAction
from coop_desk.errors import InvalidInput, NotFound, Problem, Refused
from coop_desk.services.attachments import IncomingFile, check_file_data, read_file, store_file
from coop_desk.services.base import Changes, Entity, audit, require_stage
from coop_desk.services.claim_views import ClaimDocumentView, ClaimJob, document_views
from coop_desk.services.duplicate_check import scan_conflict
from coop_desk.services.quarter_close import require_open
from coop_desk.text import Text
from coop_desk.words import claim_status, document_kind
from models import Attachment, Claim, ClaimDocument, DocumentKind


def check_proof_date(kind: DocumentKind, proof_date: object, today: dt.date, where: str) -> list[Problem]:
    """A proof's date is a date not in the future; the invoice, payment order and act carry none (their dates
    are the claim's fields)."""
    label = Text("{where} ({field})", where=where, field=Text("proof date"))
    if proof_date is None:
        return []
    if not kind.is_proof:
        return [
            Problem(
                label,
                Text(
                    "only a proof of performance carries a date; the {kind}'s date is a field of the claim",
                    kind=document_kind(kind),
                ),
            )
        ]
    if not isinstance(proof_date, dt.date) or isinstance(proof_date, dt.datetime):
        return [Problem(label, Text("must be a date, got {value}", value=repr(proof_date)))]
    if proof_date > today:
        return [Problem(label, Text("{value} is in the future (after {latest})", value=proof_date, latest=today))]
    return []


def document_kind_of(value: object, where: str) -> DocumentKind:
    """A document kind from its code (``invoice``, ``payment_order``, ``act``, ``site_photos``…)."""
    if isinstance(value, DocumentKind):
        return value
    try:
        return DocumentKind(str(value).strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        raise InvalidInput(
            Problem(
                Text("{where} ({field})", where=where, field=Text("kind")),
                Text(
                    "{value} is not a kind of claim document; one of: {kinds}",
                    value=repr(value),
                    kinds=", ".join(k.value for k in DocumentKind),
                ),
            )
        ) from None


def add_document(
    s: Session,
    c: Claim,
    kind: DocumentKind,
    attachment: Attachment,
    proof_date: dt.date | None,
    added_by: str,
    where: str,
) -> ClaimDocument | None:
    """Put a stored file on a claim inside the caller's unit of work, after R8's check of files (None: the claim
    has that very file as that kind already). Raises DuplicateClaim."""
    duplicate = scan_conflict(s, c.dealer_id, kind, {attachment.id}, exclude=c.id)
    if duplicate is not None:
        raise duplicate.refusal(where)
    for d in c.documents:
        if d.kind == kind and d.attachment_id == attachment.id:
            if proof_date is not None:
                d.proof_date = proof_date
            return None
    row = ClaimDocument(kind=kind, attachment_id=attachment.id, proof_date=proof_date, added_by=added_by)
    c.documents.append(row)
    s.flush()
    return row


class ClaimDocuments(ClaimJob):
    """Attaching the scans of a claim's documents and proofs, and taking a wrong one off again."""

    def attach(
        self,
        claim_id: int,
        kind: DocumentKind | str,
        path: Path,
        *,
        proof_date: dt.date | None = None,
        expected_version: int | None = None,
    ) -> Changes:
        """Attach a file from disk to a claim as its ``kind`` (see :meth:`attach_data`)."""
        return self._attach(claim_id, kind, read_file(path), proof_date, expected_version, "claims.attach")

    def attach_data(
        self,
        claim_id: int,
        kind: DocumentKind | str,
        data: bytes,
        filename: str,
        *,
        proof_date: dt.date | None = None,
        expected_version: int | None = None,
    ) -> Changes:
        """Attach a scan to a claim that is not decided yet (submitted or returned): a PDF or an image, stored
        once by content hash; refused as a duplicate by R8's rule for files (:func:`scan_conflict`). A proof
        of performance carries the date it shows. Audited."""
        incoming = check_file_data(data, filename)
        return self._attach(claim_id, kind, incoming, proof_date, expected_version, "claims.attach_data")

    def _attach(
        self,
        claim_id: int,
        kind_value: DocumentKind | str,
        incoming: IncomingFile,
        proof_date: dt.date | None,
        expected_version: int | None,
        use_case: str,
    ) -> Changes:
        where = Text("claim {number}", number=claim_id)
        kind = document_kind_of(kind_value, where)
        problems = check_proof_date(kind, proof_date, self._ctx.today(), where)
        if problems:
            raise InvalidInput(*problems)
        with self._ctx.unit() as s:
            c, programme_year = self._claim(s, claim_id, expected_version, for_update=True)
            if use_case == "claims.attach":
                require_stage(programme_year, "claims.attach")
            else:
                require_stage(programme_year, "claims.attach_data")
            require_open(s, programme_year, c)
            _require_undecided(c)
            before = _documents_snapshot(c)
            # R8 before the file is written: a refused duplicate stores nothing.
            found = s.scalars(select(Attachment).where(Attachment.sha256 == incoming.sha256)).one_or_none()
            if found is not None:
                duplicate = scan_conflict(s, c.dealer_id, kind, {found.id}, exclude=c.id)
                if duplicate is not None:
                    raise duplicate.refusal(where)
            attachment = store_file(s, self._ctx, incoming)
            add_document(s, c, kind, attachment, proof_date, self._ctx.actor, where)
            c.version += 1  # the claim changed: a stale form elsewhere is told
            s.flush()
            audit(
                s,
                self._ctx,
                "claim.attach",
                "claim",
                c.id,
                year=programme_year.year,
                summary=Text(
                    "claim {number}: {kind} attached ({name})",
                    number=c.id,
                    kind=document_kind(kind),
                    name=attachment.filename,
                ),
                before={"documents": before},
                after={"documents": _documents_snapshot(c)},
            )
            return Changes(Entity.CLAIMS, (c.id,), programme_year.year)

    def detach(self, document_id: int, *, expected_version: int | None = None) -> Changes:
        """Take a wrong scan off a claim that is not decided yet (the stored file stays: others may use it)."""
        with self._ctx.unit() as s:
            claim_id = s.scalar(select(ClaimDocument.claim_id).where(ClaimDocument.id == document_id))
            if claim_id is None:
                raise NotFound(Text("there is no claim document {id}", id=document_id))
            c, programme_year = self._claim(s, claim_id, expected_version, for_update=True)
            require_stage(programme_year, "claims.detach")
            require_open(s, programme_year, c)
            _require_undecided(c)
            before = _documents_snapshot(c)
            document = next(d for d in c.documents if d.id == document_id)
            kind, name = document.kind, document.attachment.filename
            c.documents.remove(document)
            c.version += 1
            s.flush()
            audit(
                s,
                self._ctx,
                "claim.detach",
                "claim",
                c.id,
                year=programme_year.year,
                summary=Text(
                    "claim {number}: {kind} taken off ({name})", number=c.id, kind=document_kind(kind), name=name
                ),
                before={"documents": before},
                after={"documents": _documents_snapshot(c)},
            )
            return Changes(Entity.CLAIMS, (c.id,), programme_year.year)

    def documents(self, claim_id: int) -> tuple[ClaimDocumentView, ...]:
        """The claim's scans in the order they were added."""
        with self._ctx.db.reading() as s:
            if s.get(Claim, claim_id) is None:
                raise NotFound(Text("there is no claim {number}", number=claim_id))
            return document_views(s, [claim_id]).get(claim_id, ())


def _require_undecided(c: Claim) -> None:
    if c.status not in FROM[ClaimAction.COMPLETE] and c.status not in FROM[ClaimAction.APPROVE]:
        raise Refused(
            Problem(
                Text("claim {number}", number=c.id),
                Text(
                    "is {status}: documents are attached to a claim before it is decided",
                    status=claim_status(c.status),
                ),
            )
        )


def _documents_snapshot(c: Claim) -> list[dict[str, object]]:
    return [{"kind": d.kind.value, "attachment": d.attachment_id, "proof_date": d.proof_date} for d in c.documents]


__all__ = [
    "ClaimDocumentView",
    "ClaimDocuments",
    "add_document",
    "check_proof_date",
    "document_kind_of",
    "document_views",
    "scan_conflict",
]

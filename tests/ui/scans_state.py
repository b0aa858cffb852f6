"""A claim of the execution programme carrying four scans (a 3-page invoice PDF, a payment order photo, a
1-page act PDF and a dated proof), for the claim screen's viewer tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.enums import DocumentKind
from tests.fixtures.scans import pdf_pages, png
from tests.ui.programme_state import Programme


@dataclass(frozen=True)
class ScannedClaim:
    claim_id: int
    proof_date: dt.date


def scanned_claim(p: Programme) -> ScannedClaim:
    """The waiting claim with its invoice (3 pages), payment order, act and a dated proof attached."""
    s = p.services
    claim_id = p.facts.waiting_claim  # type: ignore[attr-defined]
    proof_date = dt.date(p.year, 1, 19)
    s.claims.attach_data(claim_id, DocumentKind.INVOICE, pdf_pages("Invoice INV-3", 3), "invoice-INV-3.pdf")
    s.claims.attach_data(claim_id, DocumentKind.PAYMENT_ORDER, png(rgb=(200, 120, 40)), "payment-PO-3.png")
    s.claims.attach_data(claim_id, DocumentKind.ACT, pdf_pages("Act A-3", 1), "act-A-3.pdf")
    s.claims.attach_data(claim_id, DocumentKind.OTHER_PROOF, png(rgb=(60, 160, 90)), "photo.png", proof_date=proof_date)
    return ScannedClaim(claim_id, proof_date)

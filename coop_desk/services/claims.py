"""Claims (R7, R8), payments to dealers and closing the quarters of the execution year: one service made of
its jobs, each in its own module."""

from __future__ import annotations

from coop_desk.services.claim_decisions import ClaimDecisions
from coop_desk.services.claim_documents import ClaimDocuments
from coop_desk.services.claim_filing import ClaimFiling
from coop_desk.services.claim_list import ClaimListing
from coop_desk.services.claim_payments import ClaimPayments
from coop_desk.services.payment_reversal import PaymentReversals
from coop_desk.services.quarter_close import QuarterClosing


class ClaimService(
    ClaimFiling, ClaimDocuments, ClaimDecisions, ClaimPayments, PaymentReversals, QuarterClosing, ClaimListing
):
    """Filing and completing claims (:mod:`claim_filing`), carrying their scans (:mod:`claim_documents`),
    deciding them and reopening a decision (:mod:`claim_decisions`), paying them (:mod:`claim_payments`),
    reversing a payment (:mod:`payment_reversal`), closing quarters (:mod:`quarter_close`) and listing claims
    (:mod:`claim_list`)."""

"""Claims (R7, R8), payments to dealers and closing the quarters of the execution year: one service made of
its jobs, each in its own module."""

from __future__ import annotations

from coop_desk.services.claim_decisions import ClaimDecisions
from coop_desk.services.claim_documents import ClaimDocuments
from coop_desk.services.claim_filing import ClaimFiling
from coop_desk.services.claim_list import ClaimListing
from coop_desk.services.claim_payments import ClaimPayments
from coop_desk.services.quarter_close import QuarterClosing


class ClaimService(ClaimFiling, ClaimDocuments, ClaimDecisions, ClaimPayments, QuarterClosing, ClaimListing):
    """Filing and completing claims (:mod:`claim_filing`), deciding them (:mod:`claim_decisions`), paying them
    (:mod:`claim_payments`), carrying their scans (:mod:`claim_documents`), closing quarters
    (:mod:`quarter_close`) and listing claims (:mod:`claim_list`)."""

"""Statuses and kinds, shared by the persistence layer and the domain."""

from __future__ import annotations

import enum


class Stage(enum.StrEnum):
    DRAFTING = "drafting"
    CONSOLIDATION = "consolidation"
    ALLOCATION = "allocation"
    EXECUTION = "execution"
    EVALUATION = "evaluation"
    CLOSED = "closed"

    @property
    def index(self) -> int:  # type: ignore[override]  # the stage's place in the cycle, not str.index
        return list(Stage).index(self)

    def next(self) -> Stage | None:
        stages = list(Stage)
        i = stages.index(self)
        return stages[i + 1] if i + 1 < len(stages) else None


class MockupStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"


class ClaimStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PAID = "paid"
    RETURNED = "returned"
    REJECTED = "rejected"


class DocumentKind(enum.StrEnum):
    """What a document attached to a claim is: the three of R7, or a proof of performance of its medium."""

    INVOICE = "invoice"
    PAYMENT_ORDER = "payment_order"
    ACT = "act"
    PRINTED_PAGE = "printed_page"  # press: the printed page or its PDF
    AIRPLAY_CERTIFICATE = "airplay_certificate"  # radio, TV: the broadcaster's certificate (эфирная справка)
    SITE_PHOTOS = "site_photos"  # outdoor: dated photos of each site
    SCREENSHOTS = "screenshots"  # online
    PLATFORM_STATISTICS = "platform_statistics"  # online: the platform's statistics
    EVENT_PHOTOS = "event_photos"  # exhibitions, seminars
    PARTICIPANT_LIST = "participant_list"  # exhibitions, seminars
    SHOP_PHOTOS = "shop_photos"  # point-of-sale materials: photos in the shop
    OTHER_PROOF = "other_proof"

    @property
    def is_proof(self) -> bool:
        """A proof of performance (dated), not one of the invoice, the payment order and the act."""
        return self not in (DocumentKind.INVOICE, DocumentKind.PAYMENT_ORDER, DocumentKind.ACT)


class Role(enum.StrEnum):
    OWNER = "owner"
    MARKETER = "marketer"
    AGENCY = "agency"
    FINANCE = "finance"
    AUDITOR = "auditor"

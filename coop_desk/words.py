"""The words the services put into their sentences — stages, statuses, roles — as translatable :class:`Text`.

A refusal says "claim 12 is returned"; the window shows the whole sentence in its language, the status
included, because the status goes in as a ``Text`` too (see ``coop_desk.text``).
"""

from __future__ import annotations

from collections.abc import Iterable

from coop_desk.text import Text, join
from models.enums import ClaimStatus, DocumentKind, MockupStatus, Role, Stage

__all__ = ["claim_status", "document_kind", "mockup_status", "role_name", "stage_name", "stage_names"]

_STAGES: dict[Stage, Text] = {
    Stage.DRAFTING: Text("drafting"),
    Stage.CONSOLIDATION: Text("consolidation"),
    Stage.ALLOCATION: Text("allocation"),
    Stage.EXECUTION: Text("execution"),
    Stage.EVALUATION: Text("evaluation"),
    Stage.CLOSED: Text("closed"),
}
_CLAIM_STATUSES: dict[ClaimStatus, Text] = {
    ClaimStatus.SUBMITTED: Text("submitted"),
    ClaimStatus.APPROVED: Text("approved"),
    ClaimStatus.PAID: Text("paid"),
    ClaimStatus.RETURNED: Text("returned"),
    ClaimStatus.REJECTED: Text("rejected"),
}
_MOCKUP_STATUSES: dict[MockupStatus, Text] = {
    MockupStatus.SUBMITTED: Text("submitted"),
    MockupStatus.APPROVED: Text("approved"),
    MockupStatus.CHANGES_REQUESTED: Text("changes requested"),
    MockupStatus.REJECTED: Text("rejected"),
}
_DOCUMENT_KINDS: dict[DocumentKind, Text] = {
    DocumentKind.INVOICE: Text("invoice"),
    DocumentKind.PAYMENT_ORDER: Text("payment order"),
    DocumentKind.ACT: Text("acceptance act"),
    DocumentKind.PRINTED_PAGE: Text("printed page"),
    DocumentKind.AIRPLAY_CERTIFICATE: Text("airplay certificate"),
    DocumentKind.SITE_PHOTOS: Text("dated photos of the sites"),
    DocumentKind.SCREENSHOTS: Text("screenshots"),
    DocumentKind.PLATFORM_STATISTICS: Text("platform statistics"),
    DocumentKind.EVENT_PHOTOS: Text("photos of the event"),
    DocumentKind.PARTICIPANT_LIST: Text("list of participants"),
    DocumentKind.SHOP_PHOTOS: Text("photos in the shop"),
    DocumentKind.OTHER_PROOF: Text("other proof"),
}
_ROLES: dict[Role, Text] = {
    Role.OWNER: Text("owner"),
    Role.MARKETER: Text("marketer"),
    Role.AGENCY: Text("agency"),
    Role.FINANCE: Text("finance"),
    Role.AUDITOR: Text("auditor"),
}


def stage_name(stage: Stage | str) -> Text:
    """The stage's name (its value, e.g. "execution"), translatable."""
    return _STAGES[Stage(stage)]


def stage_names(stages: Iterable[Stage]) -> Text:
    """The names of several stages ("execution, evaluation"), each translatable."""
    return join([stage_name(s) for s in stages], ", ")


def claim_status(status: ClaimStatus | str) -> Text:
    return _CLAIM_STATUSES[ClaimStatus(status)]


def mockup_status(status: MockupStatus | str) -> Text:
    return _MOCKUP_STATUSES[MockupStatus(status)]


def document_kind(kind: DocumentKind | str) -> Text:
    """What a claim document is ("payment order", "airplay certificate"), translatable."""
    return _DOCUMENT_KINDS[DocumentKind(kind)]


def role_name(role: Role | str) -> Text:
    return _ROLES[Role(role)]

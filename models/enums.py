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


class Role(enum.StrEnum):
    OWNER = "owner"
    MARKETER = "marketer"
    AGENCY = "agency"
    FINANCE = "finance"
    AUDITOR = "auditor"

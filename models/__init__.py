"""Persistence: SQLAlchemy mapped classes, database set-up and Alembic migrations."""

from models.base import Base
from models.enums import ClaimStatus, DocumentKind, MockupStatus, Role, Stage
from models.execution import (
    Attachment,
    Claim,
    ClaimDocument,
    EfficiencyResult,
    Mockup,
    Payment,
    PaymentItem,
    QuarterClose,
)
from models.planning import (
    Allocation,
    AllocationLine,
    ConsolidatedItem,
    ConsolidatedPlan,
    PlanDraft,
    PlannedActivity,
)
from models.programme import Dealer, DealerScore, ProgrammeYear, Region, ScoringCriterion
from models.system import AuditEvent, User

__all__ = [
    "Allocation",
    "AllocationLine",
    "Attachment",
    "AuditEvent",
    "Base",
    "Claim",
    "ClaimDocument",
    "ClaimStatus",
    "ConsolidatedItem",
    "ConsolidatedPlan",
    "Dealer",
    "DocumentKind",
    "DealerScore",
    "EfficiencyResult",
    "Mockup",
    "MockupStatus",
    "Payment",
    "PaymentItem",
    "PlanDraft",
    "PlannedActivity",
    "ProgrammeYear",
    "QuarterClose",
    "Region",
    "Role",
    "ScoringCriterion",
    "Stage",
    "User",
]

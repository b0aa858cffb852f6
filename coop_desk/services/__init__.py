"""The use cases of the programme cycle. Build them all at once with ``Services(ctx)``."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from coop_desk.services.base import Changes, Entity, ServiceContext, StageRequired
from coop_desk.services.guard import guarded

if TYPE_CHECKING:
    from coop_desk.services.allocation import AllocationService
    from coop_desk.services.annual import AnnualService
    from coop_desk.services.attachments import AttachmentService
    from coop_desk.services.audit import AuditService
    from coop_desk.services.claims import ClaimService
    from coop_desk.services.dealers import DealerService
    from coop_desk.services.evaluation import EvaluationService
    from coop_desk.services.mockups import MockupService
    from coop_desk.services.plans import PlanService
    from coop_desk.services.quarterly import QuarterlyService
    from coop_desk.services.statements import StatementService
    from coop_desk.services.summary import SummaryService
    from coop_desk.services.users import UserService
    from coop_desk.services.years import YearService

__all__ = ["Changes", "Entity", "ServiceContext", "Services", "StageRequired"]


class Services:
    """Every service, sharing one context (database, acting person, clock). Built lazily."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @cached_property
    def years(self) -> YearService:
        from coop_desk.services.years import YearService

        return guarded("years", YearService(self.ctx), self.ctx)

    @cached_property
    def dealers(self) -> DealerService:
        from coop_desk.services.dealers import DealerService

        return guarded("dealers", DealerService(self.ctx), self.ctx)

    @cached_property
    def plans(self) -> PlanService:
        from coop_desk.services.plans import PlanService

        return guarded("plans", PlanService(self.ctx), self.ctx)

    @cached_property
    def allocation(self) -> AllocationService:
        from coop_desk.services.allocation import AllocationService

        return guarded("allocation", AllocationService(self.ctx), self.ctx)

    @cached_property
    def mockups(self) -> MockupService:
        from coop_desk.services.mockups import MockupService

        return guarded("mockups", MockupService(self.ctx), self.ctx)

    @cached_property
    def claims(self) -> ClaimService:
        from coop_desk.services.claims import ClaimService

        return guarded("claims", ClaimService(self.ctx), self.ctx)

    @cached_property
    def evaluation(self) -> EvaluationService:
        from coop_desk.services.evaluation import EvaluationService

        return guarded("evaluation", EvaluationService(self.ctx), self.ctx)

    @cached_property
    def summary(self) -> SummaryService:
        from coop_desk.services.summary import SummaryService

        return guarded("summary", SummaryService(self.ctx), self.ctx)

    @cached_property
    def statements(self) -> StatementService:
        from coop_desk.services.statements import StatementService

        return guarded("statements", StatementService(self.ctx), self.ctx)

    @cached_property
    def annual(self) -> AnnualService:
        from coop_desk.services.annual import AnnualService

        return guarded("annual", AnnualService(self.ctx), self.ctx)

    @cached_property
    def quarterly(self) -> QuarterlyService:
        from coop_desk.services.quarterly import QuarterlyService

        return guarded("quarterly", QuarterlyService(self.ctx), self.ctx)

    @cached_property
    def audit(self) -> AuditService:
        from coop_desk.services.audit import AuditService

        return guarded("audit", AuditService(self.ctx), self.ctx)

    @cached_property
    def attachments(self) -> AttachmentService:
        from coop_desk.services.attachments import AttachmentService

        return guarded("attachments", AttachmentService(self.ctx), self.ctx)

    @cached_property
    def users(self) -> UserService:
        from coop_desk.services.users import UserService

        return guarded("users", UserService(self.ctx), self.ctx)

"""One dealer's year on one page (the window's dealer page): everything the statement holds, and around it
the dealer's score, the versions of its allocation, the documents of its claims and its history.

The figures are the statement's (:meth:`StatementService.statement`): the page never adds anything up
itself, so its balance (allocated, approved, paid, remaining) is the statement's by construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from coop_desk.errors import NotFound
from coop_desk.services.allocation import AllocationLineView
from coop_desk.services.audit import AuditEntry
from coop_desk.services.base import ServiceContext
from coop_desk.services.claim_views import ClaimDocumentView, ClaimView, PaymentView
from coop_desk.services.dealers import ScoreView
from coop_desk.services.mockup_views import MockupView
from coop_desk.services.statement_views import DealerCard, DealerStatement, StatementActivity
from coop_desk.services.summary import DealerBalance

__all__ = ["HISTORY_LIMIT", "AllocationVersion", "DealerYearView", "dealer_year", "statement_codes"]

#: The newest records of the dealer's history the page holds.
HISTORY_LIMIT = 500


@dataclass(frozen=True)
class AllocationVersion:
    """One freeze of the year's allocation, as the audit trail recorded it, with what it gave this dealer."""

    at: dt.datetime
    actor: str
    amount: Decimal | None  # None: the freeze gave this dealer no line


@dataclass(frozen=True)
class DealerYearView:
    statement: DealerStatement
    dealer_id: int
    active: bool
    score: ScoreView | None  # None for a dealer no longer active (its frozen line still tells S, k, cap)
    versions: tuple[AllocationVersion, ...]  # oldest first; the last one is the allocation in force
    documents: dict[int, tuple[ClaimDocumentView, ...]]  # claim id → its scans
    history: tuple[AuditEntry, ...]  # the records about the dealer itself, newest first

    @property
    def year(self) -> int:
        return self.statement.year

    @property
    def currency(self) -> str:
        return self.statement.currency

    @property
    def dealer(self) -> DealerCard:
        return self.statement.dealer

    @property
    def allocation(self) -> AllocationLineView | None:
        return self.statement.allocation

    @property
    def balance(self) -> DealerBalance:
        return self.statement.balance

    @property
    def activities(self) -> tuple[StatementActivity, ...]:
        return self.statement.activities

    @property
    def mockups(self) -> tuple[MockupView, ...]:
        return self.statement.mockups

    @property
    def claims(self) -> tuple[ClaimView, ...]:
        return self.statement.claims

    @property
    def payments(self) -> tuple[PaymentView, ...]:
        return self.statement.payments


def dealer_year(ctx: ServiceContext, year: int, code: str) -> DealerYearView:
    """The dealer's year: its statement with the score, the allocation's versions, claim documents, history."""
    from coop_desk.services import Services

    services = Services(ctx)  # reads only: no permission is checked
    code = code.strip().upper()
    statement = services.statements.statement(year, code)
    dealer = services.dealers.get(code)
    try:
        score: ScoreView | None = services.dealers.score(year, code)
    except NotFound:
        score = None
    versions = tuple(
        AllocationVersion(e.at, e.actor, _amount_of(e.after, code))
        for e in services.audit.entries(year=year, entity="allocation", action="allocation.freeze")
    )
    documents = {c.id: services.claims.documents(c.id) for c in statement.claims}
    history = tuple(
        services.audit.entries(entity="dealer", entity_id=dealer.id, newest_first=True, limit=HISTORY_LIMIT)
    )
    return DealerYearView(statement, dealer.id, dealer.active, score, versions, documents, history)


def _amount_of(after: object, code: str) -> Decimal | None:
    dealers = after.get("dealers") if isinstance(after, dict) else None
    if not isinstance(dealers, dict) or code not in dealers:
        return None
    return Decimal(str(dealers[code]))


def statement_codes(ctx: ServiceContext, year: int) -> list[str]:
    """Whose statements "all dealers" means: every active dealer, and any other one the year allocated or paid."""
    from coop_desk.services import Services

    services = Services(ctx)
    codes = {d.code for d in services.dealers.list_dealers(active_only=True)}
    codes |= {b.code for b in services.summary.year(year).dealers}
    return sorted(codes)

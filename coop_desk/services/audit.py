"""Reading the audit trail (it is only ever written by the use cases themselves)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from coop_desk.services.base import ServiceContext
from models import AuditEvent


@dataclass(frozen=True)
class AuditEntry:
    """One audit record: who, when, what, before and after."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    year: int | None
    summary: str
    before: Any
    after: Any


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def entries(
        self,
        *,
        year: int | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
        limit: int | None = None,
        newest_first: bool = False,
    ) -> list[AuditEntry]:
        """The trail, filtered by year and by the thing it is about."""
        with self._ctx.db.reading() as s:
            order = AuditEvent.id.desc() if newest_first else AuditEvent.id
            stmt = select(AuditEvent).order_by(order)
            if year is not None:
                stmt = stmt.where(AuditEvent.year == year)
            if entity is not None:
                stmt = stmt.where(AuditEvent.entity == entity)
            if entity_id is not None:
                stmt = stmt.where(AuditEvent.entity_id == entity_id)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [
                AuditEntry(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.year, e.summary, e.before, e.after)
                for e in s.scalars(stmt)
            ]

    def count(self, *, year: int | None = None) -> int:
        with self._ctx.db.reading() as s:
            stmt = select(func.count(AuditEvent.id))
            if year is not None:
                stmt = stmt.where(AuditEvent.year == year)
            return int(s.scalar(stmt) or 0)

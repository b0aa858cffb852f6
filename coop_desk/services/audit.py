"""Reading the audit trail (it is only ever written by the use cases themselves)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from coop_desk.services.base import ServiceContext
from coop_desk.text import from_stored
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
    #: The English summary; a :class:`~coop_desk.text.Text` (translatable from its template and values) for a
    #: record written since revision 0009, a plain ``str`` for an older one (the window matches it).
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
        offset: int = 0,
        actor: str | None = None,
        action: str | None = None,
        contains: str | None = None,
    ) -> list[AuditEntry]:
        """The trail, filtered by year, by the thing it is about, by who and what (``contains``: a piece of
        the summary, any case); ``offset`` and ``limit`` fetch it page by page."""
        with self._ctx.db.reading() as s:
            order = AuditEvent.id.desc() if newest_first else AuditEvent.id
            stmt = select(AuditEvent).order_by(order)
            if year is not None:
                stmt = stmt.where(AuditEvent.year == year)
            if entity is not None:
                stmt = stmt.where(AuditEvent.entity == entity)
            if entity_id is not None:
                stmt = stmt.where(AuditEvent.entity_id == entity_id)
            if actor:
                stmt = stmt.where(AuditEvent.actor == actor)
            if action:
                stmt = stmt.where(AuditEvent.action == action)
            if contains:
                escaped = contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                stmt = stmt.where(AuditEvent.summary.ilike(f"%{escaped}%", escape="\\"))
            if offset:
                stmt = stmt.offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [
                AuditEntry(
                    e.id,
                    e.at,
                    e.actor,
                    e.action,
                    e.entity,
                    e.entity_id,
                    e.year,
                    from_stored(e.summary, e.summary_template, e.summary_values),
                    e.before,
                    e.after,
                )
                for e in s.scalars(stmt)
            ]

    def count(self, *, year: int | None = None) -> int:
        with self._ctx.db.reading() as s:
            stmt = select(func.count(AuditEvent.id))
            if year is not None:
                stmt = stmt.where(AuditEvent.year == year)
            return int(s.scalar(stmt) or 0)

    def actors(self) -> list[str]:
        """Everybody who appears in the trail (for a filter)."""
        with self._ctx.db.reading() as s:
            return list(s.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)))

    def actions(self) -> list[str]:
        """Every kind of action in the trail (for a filter)."""
        with self._ctx.db.reading() as s:
            return list(s.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))

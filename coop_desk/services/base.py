"""What every service shares: the database, the acting person, the clock, audit and changes."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coop_desk import permissions
from coop_desk.errors import Conflict, InvalidInput, NotFound, Problem, Refused
from coop_desk.money import MAX_AMOUNT
from coop_desk.text import Text, join, to_stored
from coop_desk.words import stage_name, stage_names
from models import AuditEvent, ProgrammeYear, Stage
from models.db import Database
from models.enums import Role
from models.types import MoneyTooLarge

#: ``Session.info`` key: files a unit of work wrote beside the database, removed if it does not commit.
UNDO_FILES = "coop_desk_undo_files"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows service accounts
        return "unknown"


class Entity(StrEnum):
    """What a use case can change, as the open screens watch it (``Screen.watches``)."""

    YEAR = "year"
    STAGE = "stage"
    DEALERS = "dealer"
    SCORES = "scores"
    DRAFTS = "draft"
    PLANS = "plans"
    CONSOLIDATION = "consolidation"
    ALLOCATION = "allocation"
    MOCKUPS = "mockup"
    CLAIMS = "claim"
    PAYMENTS = "payment"
    QUARTERS = "quarter"
    EFFICIENCY = "efficiency"


@dataclass(frozen=True)
class Changes:
    """What a use case changed, so that open screens can refresh themselves."""

    entity: Entity
    ids: tuple[int, ...] = ()
    year: int | None = None
    also: tuple[Entity, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        for entity in (self.entity, *self.also):
            if not isinstance(entity, Entity):
                raise TypeError(f"Changes names an Entity, not {entity!r}")

    @property
    def entities(self) -> tuple[Entity, ...]:
        """The entity and the others it touched, each once."""
        return tuple(dict.fromkeys((self.entity, *self.also)))

    def touches(self, entity: Entity) -> bool:
        return entity == self.entity or entity in self.also


@dataclass
class ServiceContext:
    """The database, who acts, and what day it is (the demo moves the clock)."""

    db: Database
    actor: str = field(default_factory=os_user)
    today: Callable[[], dt.date] = dt.date.today
    #: The signed-in person's role; None is the implicit local owner of a personal SQLite file.
    role: Role | None = None

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One use case: one transaction; a stale version becomes a Conflict. Files the use case wrote beside
        the database (``session.info[UNDO_FILES]``) are removed again when it does not commit."""
        written: list[Path] = []
        folder = getattr(self.db, "read_only_folder", None)
        if folder is not None:
            raise Refused(
                Text("the database folder is read-only: {folder}; nothing was changed (reading works)", folder=folder)
            )
        try:
            with self.db.unit_of_work() as session:
                written = session.info.setdefault(UNDO_FILES, [])
                try:
                    yield session
                    session.flush()  # a stale version shows here, while the session still knows the rows
                except (StaleDataError, Conflict) as exc:
                    conflict = self._conflict(session, exc)
                    if conflict is exc:
                        raise
                    raise conflict from exc
        except BaseException as exc:
            for path in written:
                path.unlink(missing_ok=True)
            if isinstance(exc, StatementError) and isinstance(exc.orig, MoneyTooLarge):
                # A net: the services refuse amounts above MAX_AMOUNT first; a sum beyond 64-bit cents lands here.
                raise InvalidInput(
                    Text("an amount is too large to store ({detail}); nothing was changed", detail=str(exc.orig))
                ) from exc
            if not isinstance(exc, OperationalError) or "database is locked" not in str(exc.orig):
                raise
            # SQLite: another process held the write lock for longer than the busy timeout. Nothing was written.
            raise Conflict(
                Text("the database is busy: another CoopDesk is writing to it; nothing was changed — try again")
            ) from exc

    def _conflict(self, session: Session, exc: Exception) -> Conflict:
        """The Conflict, naming who changed the row last and when (from the audit trail)."""
        if isinstance(exc, StaleDataError):
            message: str = Text(
                "somebody else changed this record since you opened it; nothing was overwritten — reload it"
            )
        else:
            message = join(exc.lines()) if isinstance(exc, Conflict) else str(exc)
        latest = _latest_change(self.db, session, str(exc))
        if latest is None or latest in message:
            return exc if isinstance(exc, Conflict) else Conflict(message)
        return Conflict(Text("{message} ({latest})", message=message, latest=latest))


def _versioned_rows(session: Session, hint: str) -> list[tuple[str, int]]:
    """(table, id) of the versioned rows the session holds; those named in ``hint`` first."""
    from sqlalchemy import inspect as sa_inspect

    rows: list[tuple[str, int]] = []
    for obj in [*session.dirty, *session.deleted, *session.identity_map.values()]:
        state = sa_inspect(obj)
        mapper = state.mapper
        if mapper.version_id_col is None or state.identity is None or len(state.identity) != 1:
            continue
        key = (mapper.local_table.name, int(state.identity[0]))
        if key not in rows:
            rows.append(key)
    words = hint.replace("'", " ").split()
    named = [r for r in rows if r[0] in words]
    return named + [r for r in rows if r not in named]


def _latest_change(db: Database, session: Session, hint: str) -> str | None:
    """ "last changed by ANNA on 2027-03-01 10:15 UTC (claim.approve)" for the row a conflict is about."""
    try:
        candidates = _versioned_rows(session, hint)
        if not candidates:
            return None
        entity, entity_id = candidates[0]
        with db.reading() as reader:
            event = reader.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
                .order_by(AuditEvent.id.desc())
                .limit(1)
            ).first()
            if event is None:
                return None
            at = event.at.strftime("%Y-%m-%d %H:%M:%S") if event.at is not None else "?"
            return Text("last changed by {actor} on {at} UTC ({action})", actor=event.actor, at=at, action=event.action)
    except Exception:  # naming who changed it is a courtesy: never hide the Conflict itself
        return None


def jsonable(value: Any) -> Any:
    """Audit snapshots: Decimal and dates as text, enums as their value."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def snapshot(obj: Any, *fields: str) -> dict[str, Any]:
    return {f: jsonable(getattr(obj, f)) for f in fields}


#: Built once, on the table (Core): the ORM's bulk path and a statement built per record cost more than the INSERT.
_NEW_AUDIT = insert(cast(Table, AuditEvent.__table__))


def audit(
    session: Session,
    ctx: ServiceContext,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    year: int | None = None,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add the one audit record of a use case (written at once, after the use case's pending changes;
    never commits). A Core INSERT: the record is never read back in the same unit of work. The summary is
    stored in English and, when it is a :class:`~coop_desk.text.Text`, with its template and values too."""
    template, values = to_stored(summary)
    session.flush()  # the use case's pending changes first, as an ORM insert would autoflush them
    session.execute(
        _NEW_AUDIT,
        {
            "actor": ctx.actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "year": year,
            "summary": summary,
            "summary_template": template,
            "summary_values": values,
            "before": jsonable(before) if before is not None else None,
            "after": jsonable(after) if after is not None else None,
        },
    )


def column_length(attribute: Any) -> int | None:
    """How many characters a model's ``String(n)`` column holds (``Dealer.city`` → 120); None for an
    unlimited one. SQLite does not enforce the length and PostgreSQL raises a driver error: every text
    that goes into such a column is checked against this first (:func:`too_long`)."""
    return getattr(attribute.property.columns[0].type, "length", None)


def too_long(where: str, value: object, attribute: Any) -> Problem | None:
    """``<where>: is longer than N characters`` when ``value`` (stripped, as stored) does not fit the column."""
    limit = column_length(attribute)
    if limit is not None and isinstance(value, str) and len(value.strip()) > limit:
        return Problem(where, Text("is longer than {limit} characters", limit=str(limit)))
    return None


def check_money(value: object, where: str, *, allow_none: bool = False) -> list[Problem]:
    if value is None and allow_none:
        return []
    if not isinstance(value, Decimal) or not value.is_finite():
        return [Problem(where, Text("must be an amount of money, got {value}", value=repr(value)))]
    if value < 0:
        return [Problem(where, Text("must not be negative, got {value}", value=value))]
    if value > MAX_AMOUNT:
        return [Problem(where, Text("must be at most {limit}, got {value}", limit=str(MAX_AMOUNT), value=value))]
    if value != value.quantize(Decimal("0.01")):
        return [Problem(where, Text("has more than two decimals: {value}", value=value))]
    return []


@functools.cache  # built once: building the statement costs more than running it (the plan import's hot path)
def _year_by_number(for_update: bool) -> Select[ProgrammeYear]:
    stmt = select(ProgrammeYear).where(ProgrammeYear.year == bindparam("year"))
    return stmt.with_for_update() if for_update else stmt


def get_year(session: Session, year: int, *, for_update: bool = False) -> ProgrammeYear:
    row = session.scalars(_year_by_number(for_update), {"year": year}).one_or_none()
    if row is None:
        raise NotFound(Text("there is no programme year {year}", year=year))
    return row


class StageRequired(Refused):
    """A use case was asked for at a stage of the year that does not allow it (the matrix's ``stages``)."""

    def __init__(self, use_case: str, year: int, stage: Stage, allowed: tuple[Stage, ...]) -> None:
        self.use_case, self.year, self.stage, self.allowed = use_case, year, stage, allowed
        entry = permissions.use_case(use_case)
        super().__init__(
            Text(
                "{what} is not allowed in year {year} at stage {stage} (only at: {allowed})",
                what=entry.doing or entry.what,
                year=year,
                stage=stage_name(stage),
                allowed=stage_names(allowed),
            )
        )


def require_stage(programme_year: ProgrammeYear, use_case: str) -> None:
    """Refuse (``StageRequired``) unless the year's stage allows ``use_case`` ("claims.file") by the matrix."""
    entry = permissions.use_case(use_case)
    if not entry.at(programme_year.stage):
        raise StageRequired(use_case, programme_year.year, programme_year.stage, entry.stage_list())


@contextmanager
def integrity_as(message: str) -> Iterator[None]:
    """Turn a database constraint violation into a clear refusal."""
    try:
        yield
    except IntegrityError as exc:
        raise Refused(message) from exc

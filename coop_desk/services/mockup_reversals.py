"""Taking a mockup decision back: the reviewer's quick undo, and the owner's reopening with a reason.

Both put the mockup back in the queue exactly as it was before its decision (waiting, no brand count, no
decision date, decider or comment; the version moves on) and write one audit record with before and after.
Neither runs while a claim rests on the mockup (any claim filed on it, whatever its state): the refusal names
those claims, and the claim has to be dealt with first. Neither runs while another mockup of the same activity
is waiting (one mockup at a time per activity).

* ``undo_decision`` — the one who decided, within :data:`UNDO_WINDOW` of the decision (the window's Undo bar
  lasts ten seconds; the service allows a little more for a slow click). Later, only the owner can reopen.
* ``reopen`` — the owner, at any time during execution, with a reason (a rejection included).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk.errors import ClaimsRestOnMockup, Conflict, InvalidInput, NotFound, Problem, Refused
from coop_desk.services.base import Changes, Entity, ServiceContext, audit, require_stage, snapshot
from coop_desk.services.lookup import pending_mockup
from coop_desk.text import Text, join
from coop_desk.words import claim_status, mockup_status
from models import Claim, Mockup, MockupStatus, ProgrammeYear

#: The fields a decision sets and an undo or a reopening puts back.
DECISION_SNAPSHOT = ("status", "other_brands", "decided_on", "decided_by", "comment")
#: How long after a decision the one who took it may still undo it (the window's bar: ten seconds).
UNDO_WINDOW = dt.timedelta(minutes=2)
MAX_REASON = 1000


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


#: The clock the undo window is measured with (tests replace it).
now: Callable[[], dt.datetime] = _utc_now


class MockupReversals:
    """The undo and reopen use cases of :class:`~coop_desk.services.mockups.MockupService`."""

    _ctx: ServiceContext

    def undo_decision(self, mockup_id: int, *, expected_version: int) -> Changes:
        """Take back one's own decision taken moments ago: the mockup waits again as it did before."""
        with self._ctx.unit() as s:
            mockup, programme_year = _load(s, mockup_id)
            require_stage(programme_year, "mockups.undo_decision")
            which = _reversible(s, mockup, expected_version)
            if mockup.decided_by != self._ctx.actor:
                raise Refused(
                    Problem(
                        which,
                        Text(
                            "was decided by {who}: only they can undo it (the programme owner can reopen it)",
                            who=mockup.decided_by or "?",
                        ),
                    )
                )
            decided_at = mockup.decided_at
            if decided_at is not None and decided_at.tzinfo is None:
                decided_at = decided_at.replace(tzinfo=dt.UTC)  # SQLite gives the stored UTC time back naive
            if decided_at is None or now() - decided_at > UNDO_WINDOW:
                raise Refused(
                    Problem(
                        which,
                        Text(
                            "was decided more than {minutes} minutes ago: it can no longer be undone "
                            "(the programme owner can reopen it)",
                            minutes=int(UNDO_WINDOW.total_seconds() // 60),
                        ),
                    )
                )
            status = mockup.status
            before = _back_in_queue(mockup)
            s.flush()
            audit(
                s,
                self._ctx,
                "mockup.undo",
                "mockup",
                mockup.id,
                year=programme_year.year,
                summary=Text(
                    "{mockup}: the decision ({status}) was undone; it waits for a decision again",
                    mockup=which,
                    status=mockup_status(status),
                ),
                before=before,
                after=snapshot(mockup, *DECISION_SNAPSHOT),
            )
            return _changes(mockup, programme_year, status)

    def reopen(self, mockup_id: int, reason: str, *, expected_version: int | None = None) -> Changes:
        """The owner takes a decision back (approved, rejected or changes requested), saying why; the mockup
        waits for a decision again."""
        reason = reason.strip() if isinstance(reason, str) else ""
        if not reason:
            raise InvalidInput(Problem(Text("reason"), Text("say why the decision is reopened")))
        if len(reason) > MAX_REASON:
            raise InvalidInput(Problem(Text("reason"), Text("is longer than {limit} characters", limit=MAX_REASON)))
        with self._ctx.unit() as s:
            mockup, programme_year = _load(s, mockup_id)
            require_stage(programme_year, "mockups.reopen")
            which = _reversible(s, mockup, expected_version)
            status = mockup.status
            before = _back_in_queue(mockup)
            s.flush()
            audit(
                s,
                self._ctx,
                "mockup.reopen",
                "mockup",
                mockup.id,
                year=programme_year.year,
                summary=Text(
                    "{mockup}: the decision ({status}) was reopened: {reason}",
                    mockup=which,
                    status=mockup_status(status),
                    reason=reason,
                ),
                before=before,
                after=snapshot(mockup, *DECISION_SNAPSHOT) | {"reason": reason},
            )
            return _changes(mockup, programme_year, status)


def _load(s: Session, mockup_id: int) -> tuple[Mockup, ProgrammeYear]:
    mockup = s.get(Mockup, mockup_id, with_for_update=True)
    if mockup is None:
        raise NotFound(Text("there is no mockup {id}", id=mockup_id))
    return mockup, s.get_one(ProgrammeYear, mockup.activity.year_id)


def _reversible(s: Session, mockup: Mockup, expected_version: int | None) -> Text:
    """The mockup's name, once every refusal shared by undo and reopen is passed."""
    which = Text("mockup {number} of {reference}", number=mockup.number, reference=mockup.activity.reference)
    if expected_version is not None and mockup.version != expected_version:
        raise Conflict(Text("{mockup} was changed by somebody else; reload it", mockup=which))
    if mockup.status == MockupStatus.SUBMITTED:
        raise Refused(Problem(which, Text("is waiting for a decision: there is no decision to take back")))
    claims = s.execute(
        select(Claim.id, Claim.invoice_number, Claim.status).where(Claim.mockup_id == mockup.id).order_by(Claim.id)
    ).all()
    if claims:
        names = join(
            (
                Text("claim {id} (invoice {invoice}, {status})", id=i, invoice=n, status=claim_status(st))
                for i, n, st in claims
            ),
            ", ",
        )
        raise ClaimsRestOnMockup(
            Problem(which, Text("claims rest on it: {claims}; its decision stays as it is", claims=names)),
            claim_ids=tuple(i for i, _n, _st in claims),
        )
    pending = pending_mockup(s, mockup.activity_id)
    if pending is not None:
        raise Refused(
            Problem(
                which,
                Text(
                    "mockup {number} of the same activity (id {id}) is waiting for a decision: decide it first",
                    number=pending.number,
                    id=pending.id,
                ),
            )
        )
    return which


def _back_in_queue(mockup: Mockup) -> dict[str, object]:
    """Put the mockup back as it was before its decision; returns what it was."""
    before = snapshot(mockup, *DECISION_SNAPSHOT)
    mockup.status = MockupStatus.SUBMITTED
    mockup.other_brands = None
    mockup.decided_on = None
    mockup.decided_at = None
    mockup.decided_by = ""
    mockup.comment = ""
    return before


def _changes(mockup: Mockup, programme_year: ProgrammeYear, status: MockupStatus) -> Changes:
    also = (Entity.CLAIMS,) if status == MockupStatus.APPROVED else ()
    return Changes(Entity.MOCKUPS, (mockup.id,), programme_year.year, also=also)

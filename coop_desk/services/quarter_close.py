"""Closing (sealing) and reopening the quarters of the execution year, and the quarter a claim counts in (R7)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.errors import InvalidInput, PermissionDenied, Problem, Refused
from coop_desk.services.base import Changes, Entity, audit, get_year, integrity_as, require_stage
from coop_desk.services.claim_views import UNDECIDED, ClaimJob, QuarterCloseView
from coop_desk.text import Text, join
from coop_desk.words import claim_status, role_name
from models import Claim, Payment, ProgrammeYear, QuarterClose, Role


def closed_set(s: Session, programme_year: ProgrammeYear) -> set[int]:
    """The numbers of the year's closed quarters."""
    return set(s.scalars(select(QuarterClose.quarter).where(QuarterClose.year_id == programme_year.id)))


def counted_in(s: Session, programme_year: ProgrammeYear, work: int, where: str) -> int:
    """The quarter a claim whose work is of quarter ``work`` counts in (R7); Refused when it cannot count."""
    quarter = rules.counted_quarter(work, closed_set(s, programme_year))
    if quarter is None:
        raise Refused(
            Problem(
                where,
                Text(
                    "its work is of Q{work} {year}, which is closed, and no later quarter of {year} is open "
                    "to count it in: the programme owner can reopen a quarter (audited)",
                    work=work,
                    year=programme_year.year,
                ),
            )
        )
    return quarter


def require_open(s: Session, programme_year: ProgrammeYear, c: Claim) -> None:
    """Refused when the claim counts in a closed quarter: nothing changes a closed quarter's figures."""
    closed = s.scalar(
        select(QuarterClose.id).where(QuarterClose.year_id == programme_year.id, QuarterClose.quarter == c.quarter)
    )
    if closed is not None:
        raise Refused(
            Problem(
                Text("claim {number}", number=c.id),
                Text(
                    "counts in Q{quarter} {year}, which is closed: its figures are sealed "
                    "(the programme owner can reopen the quarter, audited)",
                    quarter=c.quarter,
                    year=programme_year.year,
                ),
            )
        )


def _pending_at_close(s: Session, programme_year: ProgrammeYear, quarter: int) -> Problem | None:
    """Why a quarter cannot be closed yet because claims of it are still submitted or returned (None: none are)."""
    pending = s.execute(
        select(Claim.id, Claim.invoice_number, Claim.status)
        .where(Claim.year_id == programme_year.id, Claim.quarter == quarter, Claim.status.in_(UNDECIDED))
        .order_by(Claim.id)
    ).all()
    if not pending:
        return None
    listed = join(
        [
            Text("claim {number} (invoice {invoice}, {status})", number=i, invoice=n, status=claim_status(st))
            for i, n, st in pending
        ],
        ", ",
    )
    return Problem(
        Text("Q{quarter} {year}", quarter=quarter, year=programme_year.year),
        Text("{count} claim(s) of it are still submitted or returned: {claims}", count=len(pending), claims=listed),
    )


class QuarterClosing(ClaimJob):
    # -- quarters ------------------------------------------------------------------------------
    # Long: one transaction: every condition of closing a quarter is checked under the year's lock before
    # the seal is written.
    def close_quarter(self, year: int, quarter: int, *, before_deadline: str = "") -> Changes:
        """Close (seal) a quarter: once it is over and its filing deadline has passed, after the quarter before it,
        and when none of its claims is still submitted or returned. ``before_deadline``: the programme owner's
        reason to close it before the deadline (audited)."""
        if isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4:
            raise InvalidInput(Problem(Text("quarter"), Text("must be 1, 2, 3 or 4, got {value}", value=repr(quarter))))
        early = before_deadline.strip() if isinstance(before_deadline, str) else ""
        with self._ctx.unit() as s:
            programme_year = get_year(s, year, for_update=True)
            require_stage(programme_year, "claims.close_quarter")
            end = rules.quarter_end(year, quarter)
            where = Text("Q{quarter} {year}", quarter=quarter, year=year)
            today = self._ctx.today()
            if today <= end:
                raise Refused(Problem(where, Text("is not over yet (it ends on {end})", end=end)))
            closed = closed_set(s, programme_year)
            if quarter in closed:
                raise Refused(Problem(where, Text("is closed already")))
            still_open = [q for q in range(1, quarter) if q not in closed]
            if still_open:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "Q{earlier} {year} is still open: the quarters are closed in order",
                            earlier=still_open[0],
                            year=year,
                        ),
                    )
                )
            deadline = rules.claim_deadline(year, quarter, programme_year.claim_deadline_days)
            if today > deadline:
                early = ""  # nothing to override
            elif not early:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "its claims may be filed on time until {deadline}: it can be closed from {day} "
                            "(the programme owner can close it earlier, with a reason)",
                            deadline=deadline,
                            day=rules.first_late_day(year, quarter, programme_year.claim_deadline_days),
                        ),
                    )
                )
            elif (role := self._ctx.role) is not None and role != Role.OWNER:
                raise PermissionDenied(
                    Text(
                        "{actor} ({role}) may not {what}",
                        actor=self._ctx.actor,
                        role=role_name(role),
                        what=Text("close a quarter before its filing deadline"),
                    )
                )
            pending = _pending_at_close(s, programme_year, quarter)
            if pending is not None:
                raise Refused(pending)
            through = s.scalar(select(func.max(Payment.id)).where(Payment.year_id == programme_year.id)) or 0
            row = QuarterClose(
                year_id=programme_year.id,
                quarter=quarter,
                closed_by=self._ctx.actor,
                payments_through=through,
                stage=programme_year.stage,
            )
            s.add(row)
            with integrity_as(
                Text("Q{quarter} {year} was closed by somebody else at the same moment", quarter=quarter, year=year)
            ):
                s.flush()
            audit(
                s,
                self._ctx,
                "quarter.close",
                "quarter_close",
                row.id,
                year=year,
                summary=(
                    Text(
                        "closed Q{quarter} {year} before its filing deadline {deadline}: {reason}",
                        quarter=quarter,
                        year=year,
                        deadline=deadline,
                        reason=early,
                    )
                    if early
                    else Text("closed Q{quarter} {year}", quarter=quarter, year=year)
                ),
                after={"quarter": quarter, "payments_through": through, "stage": programme_year.stage.value}
                | ({"before_deadline": early, "deadline": deadline} if early else {}),
            )
            return Changes(Entity.QUARTERS, (row.id,), year, also=(Entity.YEAR, Entity.CLAIMS))

    def reopen_quarter(self, year: int, quarter: int, reason: str) -> Changes:
        """Reopen a closed quarter (the programme owner, audited, with a reason): its claims and payments can
        change again, and late claims for its work count in it. Quarters are reopened from the last one closed."""
        if isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4:
            raise InvalidInput(Problem(Text("quarter"), Text("must be 1, 2, 3 or 4, got {value}", value=repr(quarter))))
        why = reason.strip() if isinstance(reason, str) else ""
        if not why:
            raise InvalidInput(Problem(Text("reason"), Text("say why the quarter is reopened")))
        with self._ctx.unit() as s:
            programme_year = get_year(s, year, for_update=True)
            require_stage(programme_year, "claims.reopen_quarter")
            where = Text("Q{quarter} {year}", quarter=quarter, year=year)
            row = s.scalars(
                select(QuarterClose).where(QuarterClose.year_id == programme_year.id, QuarterClose.quarter == quarter)
            ).one_or_none()
            if row is None:
                raise Refused(Problem(where, Text("is open: there is nothing to reopen")))
            later = sorted(q for q in closed_set(s, programme_year) if q > quarter)
            if later:
                raise Refused(
                    Problem(
                        where,
                        Text(
                            "Q{later} {year} is closed after it: reopen the later quarters first",
                            later=later[-1],
                            year=year,
                        ),
                    )
                )
            before = {
                "quarter": quarter,
                "closed_at": row.closed_at,
                "closed_by": row.closed_by,
                "payments_through": row.payments_through,
            }
            row_id = row.id
            s.delete(row)
            s.flush()
            audit(
                s,
                self._ctx,
                "quarter.reopen",
                "quarter_close",
                row_id,
                year=year,
                summary=Text("reopened Q{quarter} {year}: {reason}", quarter=quarter, year=year, reason=why),
                before=before,
                after={"quarter": quarter, "reason": why},
            )
            return Changes(Entity.QUARTERS, (row_id,), year, also=(Entity.YEAR, Entity.CLAIMS))

    def pending_at_close(self, year: int, quarter: int) -> list[str]:
        """Why ``quarter`` cannot be closed while claims of it are still submitted or returned: the refusal
        :meth:`close_quarter` would give, as lines (empty: none is). The window asks before it confirms."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            pending = _pending_at_close(s, programme_year, quarter)
            return [] if pending is None else Refused(pending).lines()

    def closed_quarters(self, year: int) -> list[int]:
        """The quarters of the year that are closed, in order."""
        return [q.quarter for q in self.quarter_closes(year)]

    def quarter_closes(self, year: int) -> list[QuarterCloseView]:
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            return [
                QuarterCloseView(q.quarter, q.closed_at, q.closed_by)
                for q in s.scalars(
                    select(QuarterClose).where(QuarterClose.year_id == programme_year.id).order_by(QuarterClose.quarter)
                )
            ]

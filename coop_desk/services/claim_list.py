"""The claims list: filtering and ordering in the database, the paged ids and rows, one claim's whole view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, and_, cast, func, not_, or_, select
from sqlalchemy.orm import selectinload

from coop_desk import rules
from coop_desk.errors import InvalidInput, Problem
from coop_desk.services.base import get_year
from coop_desk.services.claim_views import UNDECIDED, ClaimJob, ClaimRow, ClaimView, views_of
from coop_desk.services.duplicates import DuplicatePair, duplicate_pairs
from coop_desk.text import Text
from models import Claim, ClaimStatus, Dealer, PlannedActivity

#: Late flags a text filter may also match (see ClaimFilter.text_flags).
LATE_ACCEPTED, LATE_NEEDS_OVERRIDE, LATE_DECIDED = "accepted", "needs override", "late"


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims of a year a list shows, filtered in the database.

    ``text`` matches (case-insensitively, anywhere) the claim number, the quarter ("Q2"), the dealer's code
    and name, the activity reference, the channel and the invoice number. The statuses in ``text_statuses``
    and the late flags in ``text_flags`` (LATE_ACCEPTED, LATE_NEEDS_OVERRIDE, LATE_DECIDED) match it too: the
    screen passes those whose shown (translated) name contains the text.
    """

    quarter: int | None = None
    status: ClaimStatus | None = None
    needs_override: bool | None = None  # late and not (yet) accepted
    undecided: bool = False  # only claims still submitted or returned (what keeps a quarter from closing)
    text: str = ""
    text_statuses: frozenset[ClaimStatus] = frozenset()
    text_flags: frozenset[str] = frozenset()


#: What ClaimService.list_ids can order by.
CLAIM_ORDER = (
    "id",
    "quarter",
    "dealer",
    "reference",
    "channel",
    "invoice",
    "invoiced",
    "reimbursement",
    "filed",
    "status",
    "flags",
)


def _contains(column: Any, needle: str, postgres: bool) -> Any:
    """``column`` contains ``needle`` (casefolded), ignoring case: ILIKE on PostgreSQL; on SQLite LIKE folds
    ASCII only, so other letters are also tried upper-case and capitalised."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if postgres:
        return column.ilike(f"%{escaped}%", escape="\\")
    variants = {escaped} if escaped.isascii() else {escaped, escaped.upper(), escaped.capitalize()}
    return or_(*(column.like(f"%{v}%", escape="\\") for v in sorted(variants)))


def _filtered(stmt: Any, year_id: int, f: ClaimFilter, postgres: bool) -> Any:
    """``stmt`` (over claim) limited to the year's claims that pass ``f``.

    The text is matched against the dealers and the activities in subqueries (each row looked at once,
    not once per claim), so no join is needed to filter.
    """
    stmt = stmt.where(Claim.year_id == year_id)
    if f.quarter is not None:
        stmt = stmt.where(Claim.quarter == f.quarter)
    if f.status is not None:
        stmt = stmt.where(Claim.status == f.status)
    if f.undecided:
        stmt = stmt.where(Claim.status.in_(UNDECIDED))
    if f.needs_override is not None:
        needs = and_(Claim.late.is_(True), Claim.late_override_by == "")
        stmt = stmt.where(needs if f.needs_override else not_(needs))
    needle = f.text.strip().casefold()
    if not needle:
        return stmt
    dealers = select(Dealer.id).where(or_(*(_contains(c, needle, postgres) for c in (Dealer.code, Dealer.name))))
    activities = select(PlannedActivity.id).where(
        PlannedActivity.year_id == year_id,
        or_(*(_contains(c, needle, postgres) for c in (PlannedActivity.reference, PlannedActivity.channel))),
    )
    matches = [_contains(Claim.invoice_number, needle, postgres)]
    matches += [Claim.dealer_id.in_(dealers), Claim.activity_id.in_(activities)]
    if needle.isdigit():  # only digits can be part of a claim number
        matches.append(_contains(cast(Claim.id, String), needle, postgres))
    quarters = [q for q in range(1, 5) if needle in f"q{q}"]
    if quarters:
        matches.append(Claim.quarter.in_(quarters))
    if f.text_statuses:
        matches.append(Claim.status.in_(sorted(f.text_statuses, key=lambda s: s.value)))
    accepted = Claim.late_override_by != ""
    flags = {
        LATE_ACCEPTED: and_(Claim.late.is_(True), accepted),
        LATE_NEEDS_OVERRIDE: and_(Claim.late.is_(True), not_(accepted), Claim.status.in_(UNDECIDED)),
        LATE_DECIDED: and_(Claim.late.is_(True), not_(accepted), Claim.status.not_in(UNDECIDED)),
    }
    matches += [flags[flag] for flag in sorted(f.text_flags) if flag in flags]
    return stmt.where(or_(*matches))


#: The orders that need the dealer or the activity joined.
_BY_DEALER, _BY_ACTIVITY = frozenset({"list", "dealer"}), frozenset({"reference", "channel"})


def _order(order: str, descending: bool) -> list[Any]:
    """ORDER BY for ``order`` (one of CLAIM_ORDER); ties by claim number. "list": quarter, dealer, filing."""
    accepted = Claim.late_override_by != ""
    keys: dict[str, list[Any]] = {
        "list": [Claim.quarter, Dealer.code],
        "id": [],
        "quarter": [Claim.quarter],
        "dealer": [Dealer.code],
        "reference": [PlannedActivity.reference],
        "channel": [PlannedActivity.channel],
        "invoice": [Claim.invoice_number],
        "invoiced": [Claim.currency, Claim.invoice_amount],
        "reimbursement": [Claim.reimbursement.is_not(None), Claim.reimbursement],
        "filed": [Claim.filed_on],
        "status": [Claim.status],
        "flags": [Claim.late, accepted, Claim.status.in_(UNDECIDED)],
    }
    if order not in keys:
        raise InvalidInput(
            Problem(
                Text("order"),
                Text("must be one of {choices}, got {value}", choices=", ".join(CLAIM_ORDER), value=repr(order)),
            )
        )
    columns = [*keys[order], Claim.id]
    return [c.desc() for c in columns] if descending else columns


class ClaimListing(ClaimJob):
    # -- reading -------------------------------------------------------------------------------
    def list_claims(
        self,
        year: int,
        quarter: int | None = None,
        status: ClaimStatus | None = None,
        dealer_code: str | None = None,
        late: bool | None = None,
    ) -> list[ClaimView]:
        """The year's claims by quarter, dealer and filing order."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            stmt = (
                select(Claim)
                .join(Dealer, Claim.dealer_id == Dealer.id)
                .where(Claim.year_id == programme_year.id)
                .options(selectinload(Claim.activity), selectinload(Claim.mockup))
                .order_by(Claim.quarter, Dealer.code, Claim.id)
            )
            if quarter is not None:
                stmt = stmt.where(Claim.quarter == quarter)
            if status is not None:
                stmt = stmt.where(Claim.status == status)
            if dealer_code:
                stmt = stmt.where(Dealer.code == dealer_code.strip().upper())
            if late is not None:
                stmt = stmt.where(Claim.late == late)
            return views_of(s, programme_year, s.scalars(stmt).all())

    def list_ids(
        self, year: int, claim_filter: ClaimFilter | None = None, *, order: str = "list", descending: bool = False
    ) -> list[int]:
        """The numbers of the year's claims that pass the filter, in ``order`` (one of CLAIM_ORDER, or "list":
        quarter, dealer, filing). One query of ids: a long list fetches its rows page by page with rows()."""
        f = claim_filter or ClaimFilter()
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            by = _order(order, descending)
            stmt = select(Claim.id)
            if order in _BY_DEALER:
                stmt = stmt.join(Dealer, Claim.dealer_id == Dealer.id)
            if order in _BY_ACTIVITY:
                stmt = stmt.join(PlannedActivity, Claim.activity_id == PlannedActivity.id)
            stmt = _filtered(stmt, programme_year.id, f, not self._ctx.db.is_sqlite).order_by(*by)
            result = s.connection().execute(stmt)
            try:  # plain integers: the driver's rows as they are (half the time of result rows at 100,000)
                return [claim_id for (claim_id,) in result.cursor.fetchall()]
            finally:
                result.close()

    def count(self, year: int, claim_filter: ClaimFilter | None = None) -> int:
        """How many of the year's claims pass the filter."""
        f = claim_filter or ClaimFilter()
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            stmt = _filtered(select(func.count(Claim.id)), programme_year.id, f, not self._ctx.db.is_sqlite)
            return int(s.connection().execute(stmt).scalar_one())

    def rows(self, year: int, ids: Sequence[int]) -> list[ClaimRow]:
        """The list lines of these claims of the year, in the order of ``ids`` (unknown ids are left out).

        One Core query of only the shown columns: cheap enough to call for each page of a long list.
        """
        if not ids:
            return []
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            deadlines = {
                q: rules.claim_deadline(programme_year.year, q, programme_year.claim_deadline_days) for q in range(1, 5)
            }
            stmt = (
                select(
                    Claim.id,
                    Claim.quarter,
                    Dealer.code,
                    Dealer.name,
                    PlannedActivity.reference,
                    PlannedActivity.channel,
                    Claim.invoice_number,
                    Claim.invoice_amount,
                    Claim.currency,
                    Claim.reimbursement,
                    Claim.filed_on,
                    Claim.status,
                    Claim.late,
                    Claim.late_override_by,
                    Claim.late_override_reason,
                    Claim.reason,
                    Claim.work_quarter,
                )
                .join(Dealer, Claim.dealer_id == Dealer.id)
                .join(PlannedActivity, Claim.activity_id == PlannedActivity.id)
                .where(Claim.year_id == programme_year.id, Claim.id.in_(set(ids)))
            )
            found = {}
            for r in s.connection().execute(stmt):
                *shown, _work = r  # the shown columns, then the work quarter (which sets the deadline)
                found[r[0]] = ClaimRow(
                    *shown,
                    deadline=deadlines[r.work_quarter],
                    work_quarter=r.work_quarter if r.work_quarter != r.quarter else None,
                )
        return [found[i] for i in ids if i in found]

    def duplicate_pairs(self, year: int) -> list[DuplicatePair]:
        """Stored claims that are the same invoice under R8's normal form (filed before it was used):
        reported, not blocked."""
        with self._ctx.db.reading() as s:
            return duplicate_pairs(s, get_year(s, year))

    def get(self, claim_id: int) -> ClaimView:
        with self._ctx.db.reading() as s:
            c, programme_year = self._claim(s, claim_id, None)
            return views_of(s, programme_year, [c])[0]

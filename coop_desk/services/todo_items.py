"""The dashboard's dated to-do list: what the calendar asks of a programme year today.

Computed from the year's stage dates (``YearView.stage_dates``), the claim deadlines of R7
(``claim_deadline``), the mockups' submission days, the closed quarters and the stage check, with
"today" from the service context's clock. The window only shows the items, sorted by their dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coop_desk.rules import claim_deadline
from coop_desk.services.quarter_close import closed_set
from coop_desk.services.year_views import year_view
from coop_desk.services.years import _stage_check
from coop_desk.text import Text, join
from coop_desk.words import stage_name
from models import Claim, Dealer, Mockup, PlanDraft, PlannedActivity, ProgrammeYear
from models.enums import ClaimStatus, MockupStatus, Stage

#: The screen where each stage's work is done (where a stage move's missing piece is made).
_STAGE_SCREEN = {
    Stage.DRAFTING: "plans",
    Stage.CONSOLIDATION: "consolidation",
    Stage.ALLOCATION: "allocation",
    Stage.EXECUTION: "payments",
    Stage.EVALUATION: "evaluation",
}
_OPEN_CLAIMS = (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED)


@dataclass(frozen=True)
class TodoItem:
    """One dated thing to do: its kind, its date, a sentence, and the screen (with filters) that does it."""

    kind: str  # drafts, mockups, claims, close, stage
    due: dt.date
    text: Text
    screen: str
    filters: Mapping[str, Any] = field(default_factory=dict)


def todo_items(s: Session, programme_year: ProgrammeYear, today: dt.date) -> tuple[TodoItem, ...]:
    """The year's dated to-do items, earliest first."""
    items = [
        *_drafts(s, programme_year, today),
        *_mockups(s, programme_year),
        *_claims(s, programme_year, today),
        *_stage_move(s, programme_year),
    ]
    return tuple(sorted(items, key=lambda item: (item.due, item.kind)))


def _in_days(due: dt.date, today: dt.date) -> Text:
    days = (due - today).days
    if days > 0:
        return Text("in {days} day(s), on {date}", days=days, date=due)
    if days == 0:
        return Text("today, {date}", date=due)
    return Text("{days} day(s) ago, on {date}", days=-days, date=due)


def _drafts(s: Session, programme_year: ProgrammeYear, today: dt.date) -> list[TodoItem]:
    """While drafting: the drafts are due when consolidation starts; who has sent none."""
    if programme_year.stage != Stage.DRAFTING:
        return []
    have = select(PlanDraft.dealer_id).where(PlanDraft.year_id == programme_year.id, PlanDraft.is_current)
    missing = list(s.scalars(select(Dealer.code).where(Dealer.active, Dealer.id.not_in(have)).order_by(Dealer.code)))
    if not missing:
        return []
    due = dict(year_view(programme_year).stage_dates)[Stage.CONSOLIDATION]
    text = Text(
        "Drafts due {when}: {count} dealer(s) sent none: {dealers}",
        when=_in_days(due, today),
        count=len(missing),
        dealers=", ".join(missing),
    )
    return [TodoItem("drafts", due, text, "plans", {"missing": True})]


def _mockups(s: Session, programme_year: ProgrammeYear) -> list[TodoItem]:
    oldest, count = s.execute(
        select(func.min(Mockup.submitted), func.count(Mockup.id))
        .join(PlannedActivity, Mockup.activity_id == PlannedActivity.id)
        .where(PlannedActivity.year_id == programme_year.id, Mockup.status == MockupStatus.SUBMITTED)
    ).one()
    if not count:
        return []
    since = oldest.date()  # the submission day is stored at noon UTC: the day never shifts
    text = Text("{count} mockup(s) waiting for review since {date}", count=count, date=since)
    return [TodoItem("mockups", since, text, "mockups", {"status": MockupStatus.SUBMITTED.value})]


def _claims(s: Session, programme_year: ProgrammeYear, today: dt.date) -> list[TodoItem]:
    """During execution: the claims of the quarter whose filing deadline is next, and the quarters whose
    deadline has passed but that are not closed."""
    if programme_year.stage not in (Stage.EXECUTION, Stage.EVALUATION):
        return []
    year, days = programme_year.year, programme_year.claim_deadline_days
    closed = closed_set(s, programme_year)
    items: list[TodoItem] = []
    current = next(
        (
            q
            for q in range(1, 5)
            if q not in closed and dt.date(year, 3 * q - 2, 1) <= today <= claim_deadline(year, q, days)
        ),
        None,
    )
    if current is not None and programme_year.stage == Stage.EXECUTION:
        deadline = claim_deadline(year, current, days)
        open_claims = s.scalar(
            select(func.count(Claim.id)).where(
                Claim.year_id == programme_year.id, Claim.quarter == current, Claim.status.in_(_OPEN_CLAIMS)
            )
        )
        text = Text(
            "Claims of Q{quarter} due by {date}: {count} submitted or returned",
            quarter=current,
            date=deadline,
            count=open_claims or 0,
        )
        items.append(TodoItem("claims", deadline, text, "claims", {"quarter": current}))
    for q in range(1, 5):
        deadline = claim_deadline(year, q, days)
        if q not in closed and deadline < today:
            text = Text(
                "Q{quarter}: its filing deadline {date} has passed; close the quarter", quarter=q, date=deadline
            )
            items.append(TodoItem("close", deadline, text, "payments"))
    return items


def _stage_move(s: Session, programme_year: ProgrammeYear) -> list[TodoItem]:
    """The next stage move with its planned date, and what the stage check says is missing for it."""
    check = _stage_check(s, programme_year)
    due = dict(year_view(programme_year).stage_dates).get(check.next_stage) if check.next_stage else None
    if check.next_stage is None or due is None:
        return []
    if check.missing:
        text = Text(
            "Move to {stage} due {date}; missing: {missing}",
            stage=stage_name(check.next_stage),
            date=due,
            missing=join(check.missing, "; "),
        )
    else:
        text = Text("Move to {stage} due {date}: ready", stage=stage_name(check.next_stage), date=due)
    return [TodoItem("stage", due, text, _STAGE_SCREEN[programme_year.stage])]

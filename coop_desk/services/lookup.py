"""Lookups every service shares: a dealer by its code, the year's frozen allocation and plan, an activity of the
frozen plan with its mockups, a stored attachment. Services use these instead of each other's internals."""

from __future__ import annotations

import functools
from decimal import Decimal

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.errors import NotFound, Problem, Refused
from coop_desk.text import Text
from models import (
    Allocation,
    Attachment,
    ConsolidatedItem,
    ConsolidatedPlan,
    Dealer,
    Mockup,
    MockupStatus,
    PlanDraft,
    PlannedActivity,
    ProgrammeYear,
)


@functools.cache  # built once: building the statement costs more than running it (the plan import's hot path)
def _dealer_by_code() -> Select[Dealer]:
    return select(Dealer).where(Dealer.code == bindparam("code"))


def find_dealer(session: Session, code: str) -> Dealer | None:
    """The dealer with this code (given in any case, with spaces around), or None."""
    return session.scalars(_dealer_by_code(), {"code": code.strip().upper()}).one_or_none()


def get_dealer(session: Session, code: str) -> Dealer:
    row = find_dealer(session, code)
    if row is None:
        raise NotFound(Problem(Text("dealer {code}", code=code), Text("no such dealer")))
    return row


def frozen_amounts(s: Session, year_id: int) -> dict[int, Decimal] | None:
    """dealer id → frozen allocation, or None when the year's allocation is not frozen."""
    alloc = s.scalars(select(Allocation).where(Allocation.year_id == year_id)).one_or_none()
    if alloc is None:
        return None
    return {ln.dealer_id: ln.amount for ln in alloc.lines}


def base_rate(s: Session, programme_year: ProgrammeYear) -> Decimal:
    """The base rate the year's frozen allocation was made with (the year's setting before that)."""
    frozen = s.scalar(select(Allocation.base_rate).where(Allocation.year_id == programme_year.id))
    return frozen if frozen is not None else programme_year.base_rate


def current_plan(s: Session, year_id: int) -> ConsolidatedPlan | None:
    return s.scalars(
        select(ConsolidatedPlan).where(ConsolidatedPlan.year_id == year_id, ConsolidatedPlan.is_current)
    ).one_or_none()


def included_item(s: Session, year_id: int, activity_id: int) -> ConsolidatedItem | None:
    """The consolidated row of an activity if the current consolidated plan includes it."""
    return s.scalars(
        select(ConsolidatedItem)
        .join(ConsolidatedPlan)
        .where(
            ConsolidatedPlan.year_id == year_id,
            ConsolidatedPlan.is_current,
            ConsolidatedItem.activity_id == activity_id,
            ConsolidatedItem.included,
        )
    ).one_or_none()


def included_costs(s: Session, year_id: int) -> dict[int, list[Decimal]]:
    """dealer id → the cost of each activity the current consolidated plan includes (R4)."""
    rows = s.execute(
        select(PlannedActivity.dealer_id, PlannedActivity.planned_cost, ConsolidatedItem.costed_amount)
        .join(ConsolidatedItem, ConsolidatedItem.activity_id == PlannedActivity.id)
        .join(ConsolidatedPlan)
        .where(ConsolidatedPlan.year_id == year_id, ConsolidatedPlan.is_current, ConsolidatedItem.included)
    ).all()
    out: dict[int, list[Decimal]] = {}
    for dealer_id, planned, costed in rows:
        out.setdefault(dealer_id, []).append(rules.counted_cost(planned, costed))
    return out


def current_activity(s: Session, year_id: int, reference: str) -> PlannedActivity | None:
    """The activity with this reference in the dealer's current draft."""
    return s.scalars(
        select(PlannedActivity)
        .join(PlanDraft, PlannedActivity.draft_id == PlanDraft.id)
        .where(PlannedActivity.year_id == year_id, PlanDraft.is_current, PlannedActivity.reference == reference.strip())
    ).one_or_none()


def plan_activity(s: Session, programme_year: ProgrammeYear, reference: str, where: str = "") -> PlannedActivity:
    """The activity with this reference if the frozen plan includes it; Refused (naming it) otherwise."""
    ref = reference.strip()
    activity = current_activity(s, programme_year.id, ref)
    if activity is None:
        raise Refused(
            Problem(
                where,
                Text(
                    "{reference} is not an activity of the {year} plan", reference=repr(ref), year=programme_year.year
                ),
            )
        )
    if included_item(s, programme_year.id, activity.id) is None:
        raise Refused(
            Problem(
                where,
                Text(
                    "{reference} is not in the frozen {year} plan (the agency dropped it)",
                    reference=ref,
                    year=programme_year.year,
                ),
            )
        )
    return activity


def approved_mockup(s: Session, activity_id: int) -> Mockup | None:
    """The latest approved mockup of an activity (what a claim for it rests on), or None."""
    return s.scalars(
        select(Mockup)
        .where(Mockup.activity_id == activity_id, Mockup.status == MockupStatus.APPROVED)
        .order_by(Mockup.number.desc())
        .limit(1)
    ).first()


def pending_mockup(s: Session, activity_id: int) -> Mockup | None:
    """The mockup of an activity still waiting for a decision, if any."""
    return s.scalars(
        select(Mockup).where(Mockup.activity_id == activity_id, Mockup.status == MockupStatus.SUBMITTED).limit(1)
    ).first()


def check_attachment(s: Session, attachment_id: int | None, where: str = Text("attachment")) -> list[Problem]:
    if attachment_id is None:
        return []
    if (
        isinstance(attachment_id, bool)
        or not isinstance(attachment_id, int)
        or s.get(Attachment, attachment_id) is None
    ):
        return [Problem(where, Text("there is no stored attachment {value}", value=repr(attachment_id)))]
    return []

"""Plans: dealer drafts (every version kept), activities, the consolidated plan, the allocation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, created_at, exact, exact_opt, intpk, money, money_opt

if TYPE_CHECKING:
    from models.programme import Dealer


class PlanDraft(Base):
    """One version of a dealer's draft plan for a year; the newest is current."""

    __tablename__ = "plan_draft"
    __table_args__ = (UniqueConstraint("year_id", "dealer_id", "number"),)

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealer.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    is_current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    received: Mapped[created_at]
    source: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    h1_review: Mapped[str] = mapped_column(Text, nullable=False, default="")
    regional_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    dealer: Mapped[Dealer] = relationship(back_populates="drafts")
    activities: Mapped[list[PlannedActivity]] = relationship(
        back_populates="draft", order_by="PlannedActivity.seq", cascade="all, delete-orphan"
    )


class PlannedActivity(Base):
    """An activity of a draft; its reference (dealer code + year + sequence) is stable."""

    __tablename__ = "planned_activity"
    __table_args__ = (UniqueConstraint("draft_id", "seq"),)

    id: Mapped[intpk]
    draft_id: Mapped[int] = mapped_column(ForeignKey("plan_draft.id", ondelete="CASCADE"), nullable=False)
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealer.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    reference: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    channel: Mapped[str] = mapped_column(String(60), nullable=False)
    month: Mapped[int] = mapped_column(Integer, nullable=False)
    planned_cost: Mapped[money]
    idea: Mapped[str] = mapped_column(Text, nullable=False, default="")

    draft: Mapped[PlanDraft] = relationship(back_populates="activities")


class ConsolidatedPlan(Base):
    """The agency's costed plan for a year; re-importing keeps the earlier version."""

    __tablename__ = "consolidated_plan"
    __table_args__ = (UniqueConstraint("year_id", "number"),)

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    is_current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    agency: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    created: Mapped[created_at]

    items: Mapped[list[ConsolidatedItem]] = relationship(back_populates="plan", cascade="all, delete-orphan")


class ConsolidatedItem(Base):
    __tablename__ = "consolidated_item"
    __table_args__ = (UniqueConstraint("plan_id", "activity_id"),)

    id: Mapped[intpk]
    plan_id: Mapped[int] = mapped_column(ForeignKey("consolidated_plan.id", ondelete="CASCADE"), nullable=False)
    activity_id: Mapped[int] = mapped_column(ForeignKey("planned_activity.id"), nullable=False)
    included: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    placement: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    vendor: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    costed_amount: Mapped[money_opt]
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    plan: Mapped[ConsolidatedPlan] = relationship(back_populates="items")
    activity: Mapped[PlannedActivity] = relationship()


class Allocation(Base):
    """The frozen allocation of a year (what-if runs are never stored)."""

    __tablename__ = "allocation"

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(
        ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    budget: Mapped[money]
    base_rate: Mapped[exact]
    cap_floor: Mapped[money]
    cap_ceiling: Mapped[money]
    threshold: Mapped[exact]
    frozen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    frozen_by: Mapped[str] = mapped_column(String(120), nullable=False)

    lines: Mapped[list[AllocationLine]] = relationship(back_populates="allocation", cascade="all, delete-orphan")


class AllocationLine(Base):
    __tablename__ = "allocation_line"
    __table_args__ = (UniqueConstraint("allocation_id", "dealer_id"),)

    id: Mapped[intpk]
    allocation_id: Mapped[int] = mapped_column(ForeignKey("allocation.id", ondelete="CASCADE"), nullable=False)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealer.id"), nullable=False)
    score: Mapped[exact]
    coefficient: Mapped[exact]  # k rounded to 6 places, as shown; the rules used score / max_score
    cap: Mapped[money]
    request: Mapped[money]
    demand: Mapped[money]
    amount: Mapped[money]
    # S_max when frozen: k = score / max_score exactly (R1). None on lines frozen before it was stored
    # (revision 0003): their k is the stored coefficient, and their amounts stay as they were.
    max_score: Mapped[exact_opt]

    allocation: Mapped[Allocation] = relationship(back_populates="lines")

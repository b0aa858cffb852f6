"""The programme year and its dealers, regions and scores."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, Enum, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, created_at, exact, intpk, money, name_str
from models.enums import Stage

if TYPE_CHECKING:
    from models.planning import PlanDraft


def enum_column(enum_cls: type[Any]) -> Enum:
    """Enums are stored as their plain string values (no database enum types to migrate)."""
    return Enum(enum_cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])


class ProgrammeYear(Base):
    __tablename__ = "programme_year"

    id: Mapped[intpk]
    year: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="EUR")
    language: Mapped[str] = mapped_column(String(5), nullable=False, default="ru")
    budget: Mapped[money]
    base_rate: Mapped[exact]
    cap_floor: Mapped[money]
    cap_ceiling: Mapped[money]
    threshold: Mapped[exact]
    stage: Mapped[Stage] = mapped_column(enum_column(Stage), nullable=False, default=Stage.DRAFTING)
    drafting_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    consolidation_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    allocation_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    execution_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    evaluation_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    claim_deadline_days: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    channels: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    #: The proofs of performance each channel's claims carry (coop_desk.rules_proofs.stored_table); None: a year
    #: stored before proofs existed, which requires none.
    proofs: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    #: The channels' Russian and English names, {code: {"ru": …, "en": …}} (coop_desk.channel_names); None or a
    #: channel missing: the default names, else the code.
    channel_names: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    consolidating_agency: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    evaluating_agency: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created: Mapped[created_at]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    criteria: Mapped[list[ScoringCriterion]] = relationship(
        back_populates="year", order_by="ScoringCriterion.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Region(Base):
    __tablename__ = "region"

    id: Mapped[intpk]
    name: Mapped[name_str] = mapped_column(unique=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    dealers: Mapped[list[Dealer]] = relationship(back_populates="region")


class Dealer(Base):
    __tablename__ = "dealer"

    id: Mapped[intpk]
    code: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)
    name: Mapped[name_str]
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), nullable=False)
    city: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    legal_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created: Mapped[created_at]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Requisites (coop_desk.rules_requisites; revision 0015): "" = not given.
    inn: Mapped[str] = mapped_column(String(12), nullable=False, default="", server_default="")
    kpp: Mapped[str] = mapped_column(String(9), nullable=False, default="", server_default="")
    ogrn: Mapped[str] = mapped_column(String(15), nullable=False, default="", server_default="")
    legal_address: Mapped[str] = mapped_column(String(300), nullable=False, default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    bic: Mapped[str] = mapped_column(String(9), nullable=False, default="", server_default="")
    account: Mapped[str] = mapped_column(String(20), nullable=False, default="", server_default="")
    corr_account: Mapped[str] = mapped_column(String(20), nullable=False, default="", server_default="")

    region: Mapped[Region] = relationship(back_populates="dealers")
    drafts: Mapped[list[PlanDraft]] = relationship(back_populates="dealer")

    __mapper_args__ = {"version_id_col": version}


class ScoringCriterion(Base):
    __tablename__ = "scoring_criterion"
    __table_args__ = (UniqueConstraint("year_id", "position"), UniqueConstraint("year_id", "name"))

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    #: The criterion's stable code (the score workbooks and the dealer scores refer to it; never renamed).
    name: Mapped[name_str]
    #: Its Russian and English names (coop_desk.criterion_names; "": the default name, else the code).
    name_ru: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    name_en: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    weight: Mapped[exact]
    max_points: Mapped[int] = mapped_column(Integer, nullable=False, default=10)

    year: Mapped[ProgrammeYear] = relationship(back_populates="criteria")


class DealerScore(Base):
    __tablename__ = "dealer_score"
    __table_args__ = (UniqueConstraint("dealer_id", "criterion_id"),)

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealer.id"), nullable=False)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("scoring_criterion.id", ondelete="CASCADE"), nullable=False)
    points: Mapped[exact]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

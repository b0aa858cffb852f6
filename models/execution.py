"""Execution and evaluation: mockups, claims, payments, efficiency results, attachments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, created_at, exact_opt, intpk, money, money_opt
from models.enums import ClaimStatus, DocumentKind, MockupStatus, Stage
from models.planning import PlannedActivity
from models.programme import enum_column


class Attachment(Base):
    """A file (mockup, scan of an invoice, payment order or act) stored once by its SHA-256."""

    __tablename__ = "attachment"

    id: Mapped[intpk]
    sha256: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created: Mapped[created_at]


class Mockup(Base):
    __tablename__ = "mockup"
    __table_args__ = (UniqueConstraint("activity_id", "number"),)

    id: Mapped[intpk]
    activity_id: Mapped[int] = mapped_column(ForeignKey("planned_activity.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"), nullable=True)
    submitted: Mapped[created_at]
    status: Mapped[MockupStatus] = mapped_column(
        enum_column(MockupStatus), nullable=False, default=MockupStatus.SUBMITTED
    )
    other_brands: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    activity: Mapped[PlannedActivity] = relationship()
    attachment: Mapped[Attachment | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class Claim(Base):
    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_invoice", "dealer_id", "invoice_number", "invoice_date"),
        Index("ix_claim_invoice_key", "dealer_id", "invoice_key", "invoice_date"),
    )

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealer.id"), nullable=False, index=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("planned_activity.id"), nullable=False)
    mockup_id: Mapped[int] = mapped_column(ForeignKey("mockup.id"), nullable=False)
    #: The quarter the claim counts in: its work quarter, or the earliest open quarter after it when that is
    #: closed (a late claim for the work of a closed quarter).
    quarter: Mapped[int] = mapped_column(Integer, nullable=False)
    #: The quarter of its documents: the acceptance act's date, else (until the act is given) the invoice's.
    #: It sets the filing deadline and whether the claim is late.
    work_quarter: Mapped[int] = mapped_column(Integer, nullable=False)
    filed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    invoice_number: Mapped[str] = mapped_column(String(100), nullable=False)  # as typed, for display
    #: The normal form duplicates are found on (R8, coop_desk.rules.invoice_key), set by the claim service.
    invoice_key: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")
    invoice_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    invoice_amount: Mapped[money]
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    #: Programme currency per one unit of the invoice currency; 1 in the programme's currency. None: an invoice
    #: in another currency filed without a rate ("rate to be set by finance"), which cannot be approved yet.
    exchange_rate: Mapped[exact_opt]
    vendor: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    payment_order_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    payment_order_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    paid_amount: Mapped[money_opt]
    act_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    act_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[ClaimStatus] = mapped_column(
        enum_column(ClaimStatus), nullable=False, default=ClaimStatus.SUBMITTED, index=True
    )
    late: Mapped[bool] = mapped_column(nullable=False, default=False)
    late_override_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    late_override_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    other_brands: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rate: Mapped[exact_opt]
    verified_cost: Mapped[money_opt]
    reimbursement: Mapped[money_opt]
    #: What was left of the dealer's allocation when this claim was approved (R7's limit); None before 0006.
    remaining_at_approval: Mapped[money_opt]
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decided_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: A reason the services made, as template + values (coop_desk.text.to_json); None for a person's words.
    reason_text: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created: Mapped[created_at]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    activity: Mapped[PlannedActivity] = relationship()
    mockup: Mapped[Mockup] = relationship()
    documents: Mapped[list[ClaimDocument]] = relationship(
        back_populates="claim", order_by="ClaimDocument.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class ClaimDocument(Base):
    """A scan a claim carries: its invoice, payment order, acceptance act or a proof of performance (R7),
    stored once by content hash (:class:`Attachment`). A proof carries the date it shows."""

    __tablename__ = "claim_document"
    __table_args__ = (
        UniqueConstraint("claim_id", "kind", "attachment_id"),
        Index("ix_claim_document_attachment", "attachment_id"),
    )

    id: Mapped[intpk]
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind), nullable=False)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), nullable=False)
    #: The date a proof shows (a photo's, the airplay's); None for the invoice, payment order and act.
    proof_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    added_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    added: Mapped[created_at]

    claim: Mapped[Claim] = relationship(back_populates="documents")
    attachment: Mapped[Attachment] = relationship()


class Payment(Base):
    """Money paid to a dealer; one payment may settle several approved claims. A payment is never deleted:
    a mistaken one is reversed by another row (``reverses_id``) with the negated amounts."""

    __tablename__ = "payment"

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealer.id"), nullable=False)
    paid_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[money]
    reference: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    recorded_by: Mapped[str] = mapped_column(String(120), nullable=False)
    created: Mapped[created_at]
    #: A reversal: the payment it reverses (its amounts are the original's, negated, counted on the reversal's
    #: own date); unique, so a payment is reversed once. None: a payment.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), nullable=True, unique=True)
    #: Why a payment was reversed (a person's words; empty on a payment).
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")

    items: Mapped[list[PaymentItem]] = relationship(back_populates="payment", cascade="all, delete-orphan")


class PaymentItem(Base):
    __tablename__ = "payment_item"
    __table_args__ = (UniqueConstraint("payment_id", "claim_id"),)

    id: Mapped[intpk]
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id", ondelete="CASCADE"), nullable=False)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id"), nullable=False)
    amount: Mapped[money]

    payment: Mapped[Payment] = relationship(back_populates="items")
    claim: Mapped[Claim] = relationship()


class EfficiencyResult(Base):
    """The evaluating agency's rating of one activity."""

    __tablename__ = "efficiency_result"
    __table_args__ = (UniqueConstraint("year_id", "activity_id"),)

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    activity_id: Mapped[int] = mapped_column(ForeignKey("planned_activity.id"), nullable=False)
    reach: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    leads: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sales: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sales_amount: Mapped[money_opt]
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    agency: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    imported: Mapped[created_at]


class QuarterClose(Base):
    """A quarter of the execution year that finance has closed."""

    __tablename__ = "quarter_close"
    __table_args__ = (UniqueConstraint("year_id", "quarter"),)

    id: Mapped[intpk]
    year_id: Mapped[int] = mapped_column(ForeignKey("programme_year.id", ondelete="CASCADE"), nullable=False)
    quarter: Mapped[int] = mapped_column(Integer, nullable=False)
    closed_at: Mapped[created_at]
    closed_by: Mapped[str] = mapped_column(String(120), nullable=False)
    #: The last payment of the year recorded before the close (0: none): the closed report counts what had
    #: been paid on the quarter's claims up to its close, so a later payment does not change it.
    payments_through: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    #: The year's stage when the quarter was closed (the report prints it).
    stage: Mapped[Stage] = mapped_column(enum_column(Stage), nullable=False, default=Stage.EXECUTION)

"""What a mockup looks like to its readers: :class:`MockupView` and the one query that builds it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from coop_desk import rules
from coop_desk.services.lookup import base_rate
from coop_desk.text import Text
from models import Dealer, Mockup, MockupStatus, PlannedActivity, ProgrammeYear, Region

#: Why a mockup without a file cannot be approved: the reviewer must see what they approve (issue 10, point 8).
NO_FILE = Text("has no file: only a mockup the reviewer can see can be approved (reject it or request changes)")


@dataclass(frozen=True)
class MockupView:
    id: int
    reference: str
    dealer_code: str
    dealer_name: str
    region: str
    channel: str
    title: str
    number: int  # 1 for the first mockup of the activity, 2 for the next one, …
    status: MockupStatus
    other_brands: int | None  # recorded when approved
    submitted: dt.datetime  # the submission day (at noon UTC, so the day never shifts)
    decided_on: dt.date | None
    decided_by: str
    comment: str
    attachment_id: int | None
    version: int
    rate_text: str  # "50 % / 3 brands = 16.67 %" once approved, else ""
    year: int
    activity_id: int
    rate: Decimal | None  # the R6 rate of an approved mockup (from other_brands, never stored)

    @property
    def submitted_on(self) -> dt.date:
        return self.submitted.date()

    @property
    def approval_refusal(self) -> str:
        """Why this mockup cannot be approved whatever its status (no file to look at), or ""."""
        return NO_FILE if self.attachment_id is None else ""


def mockup_views(
    s: Session, programme_year: ProgrammeYear, where: Sequence[ColumnElement[bool]], order: Sequence[Any]
) -> list[MockupView]:
    stmt = (
        select(Mockup, PlannedActivity, Dealer, Region.name)
        .join(PlannedActivity, Mockup.activity_id == PlannedActivity.id)
        .join(Dealer, PlannedActivity.dealer_id == Dealer.id)
        .join(Region, Dealer.region_id == Region.id)
        .where(*where)
        .order_by(*order)
    )
    base = base_rate(s, programme_year)
    out = []
    for m, a, d, region in s.execute(stmt).all():
        approved = m.status == MockupStatus.APPROVED
        out.append(
            MockupView(
                id=m.id,
                reference=a.reference,
                dealer_code=d.code,
                dealer_name=d.name,
                region=region,
                channel=a.channel,
                title=m.title,
                number=m.number,
                status=m.status,
                other_brands=m.other_brands,
                submitted=m.submitted,
                decided_on=m.decided_on,
                decided_by=m.decided_by,
                comment=m.comment,
                attachment_id=m.attachment_id,
                version=m.version,
                rate_text=rules.rate_explained(m.other_brands, base) if m.other_brands is not None and approved else "",
                year=programme_year.year,
                activity_id=a.id,
                rate=rules.reimbursement_rate(m.other_brands, base)
                if m.other_brands is not None and approved
                else None,
            )
        )
    return out

"""Claims already stored that are the same invoice under R8's normal form (reported, never blocked).

Before invoice numbers were compared on :func:`coop_desk.rules.invoice_key`, ``INV-7`` and ``inv 7`` of
one dealer and date could both be filed. Such pairs are not refused after the fact (their decisions and
payments stand); they are listed so that somebody looks at them: ``coop-desk claim duplicates`` and a
line on the dashboard.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from coop_desk.text import Text
from models import Claim, ClaimStatus, Dealer, PlannedActivity, ProgrammeYear


@dataclass(frozen=True)
class ClaimOfPair:
    """One claim of a duplicate pair, as it was filed (the number as typed)."""

    id: int
    year: int
    reference: str
    invoice_number: str
    status: ClaimStatus
    filed_on: dt.date


@dataclass(frozen=True)
class DuplicatePair:
    """Two stored claims of one dealer for the same invoice (same date, same normal form of the number)."""

    dealer_code: str
    dealer_name: str
    invoice_date: dt.date
    invoice_key: str
    first: ClaimOfPair  # the one filed first
    second: ClaimOfPair

    @property
    def text(self) -> Text:
        """``D001: claim 7 (D001-2027-02, invoice inv 7) repeats claim 3 (D001-2027-01, invoice INV-7) of …``"""
        return Text(
            "{dealer}: claim {second} ({second_reference}, invoice {second_invoice}) is the same invoice of {date} "
            "as claim {first} ({first_reference}, invoice {first_invoice})",
            dealer=self.dealer_code,
            second=self.second.id,
            second_reference=self.second.reference,
            second_invoice=self.second.invoice_number,
            date=self.invoice_date,
            first=self.first.id,
            first_reference=self.first.reference,
            first_invoice=self.first.invoice_number,
        )


def duplicate_pairs(s: Session, programme_year: ProgrammeYear) -> list[DuplicatePair]:
    """The pairs (first claim, each later one) of stored claims that are one invoice, where a claim of the
    pair belongs to ``programme_year``; by dealer, invoice date and claim number."""
    groups = (
        select(Claim.dealer_id, Claim.invoice_key, Claim.invoice_date)
        .group_by(Claim.dealer_id, Claim.invoice_key, Claim.invoice_date)
        .having(func.count(Claim.id) > 1, func.sum(case((Claim.year_id == programme_year.id, 1), else_=0)) > 0)
        .subquery()
    )
    rows = s.execute(
        select(
            Claim.id,
            ProgrammeYear.year,
            PlannedActivity.reference,
            Claim.invoice_number,
            Claim.status,
            Claim.filed_on,
            Claim.invoice_key,
            Claim.invoice_date,
            Dealer.code,
            Dealer.name,
        )
        .join(
            groups,
            and_(
                Claim.dealer_id == groups.c.dealer_id,
                Claim.invoice_key == groups.c.invoice_key,
                Claim.invoice_date == groups.c.invoice_date,
            ),
        )
        .join(ProgrammeYear, Claim.year_id == ProgrammeYear.id)
        .join(PlannedActivity, Claim.activity_id == PlannedActivity.id)
        .join(Dealer, Claim.dealer_id == Dealer.id)
        .order_by(Dealer.code, Claim.invoice_date, Claim.invoice_key, Claim.id)
    ).all()
    pairs: list[DuplicatePair] = []
    first: ClaimOfPair | None = None
    group: tuple[str, dt.date, str] | None = None
    for claim_id, year, reference, number, status, filed_on, key, invoice_date, code, name in rows:
        claim = ClaimOfPair(claim_id, year, reference, number, status, filed_on)
        if (code, invoice_date, key) != group:
            group, first = (code, invoice_date, key), claim
            continue
        assert first is not None
        pairs.append(DuplicatePair(code, name, invoice_date, key, first, claim))
    return pairs


__all__ = ["ClaimOfPair", "DuplicatePair", "duplicate_pairs"]

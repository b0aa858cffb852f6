"""Where the money stands: one place computes the year's totals (documents and screens only show them)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from coop_desk.rules import COUNTED
from coop_desk.services.base import ServiceContext, get_year
from coop_desk.services.todo_items import TodoItem, todo_items
from coop_desk.text import Text
from models import Allocation, AllocationLine, Claim, Dealer, PaymentItem, PlannedActivity, Region, Stage

ZERO = Decimal(0)


@dataclass(frozen=True)
class Bucket:
    """Totals of one quarter, channel or region."""

    key: str
    claims: int
    approved: Decimal
    paid: Decimal


@dataclass(frozen=True)
class DealerBalance:
    code: str
    name: str
    region: str
    cap: Decimal
    allocated: Decimal
    approved: Decimal
    paid: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.allocated - self.approved

    @property
    def problems(self) -> tuple[str, ...]:
        out: list[str] = []
        if self.allocated > self.cap:
            out.append(
                Text(
                    "{code}: allocated {allocated} is above the cap {cap}",
                    code=self.code,
                    allocated=self.allocated,
                    cap=self.cap,
                )
            )
        if self.approved > self.allocated:
            out.append(
                Text(
                    "{code}: approved {approved} is above the allocation {allocated}",
                    code=self.code,
                    approved=self.approved,
                    allocated=self.allocated,
                )
            )
        if self.paid > self.approved:
            out.append(
                Text(
                    "{code}: paid {paid} is above what was approved {approved}",
                    code=self.code,
                    paid=self.paid,
                    approved=self.approved,
                )
            )
        return tuple(out)


@dataclass(frozen=True)
class YearSummary:
    year: int
    currency: str
    stage: Stage
    budget: Decimal
    allocated: Decimal
    approved: Decimal
    paid: Decimal
    claims_by_status: tuple[tuple[str, int], ...]
    late_claims: int
    by_quarter: tuple[Bucket, ...]
    by_channel: tuple[Bucket, ...]
    by_region: tuple[Bucket, ...]
    dealers: tuple[DealerBalance, ...]

    @property
    def unpaid(self) -> Decimal:
        return self.approved - self.paid

    @property
    def remaining(self) -> Decimal:
        return self.allocated - self.approved

    @property
    def problems(self) -> tuple[str, ...]:
        out = [p for d in self.dealers for p in d.problems]
        if self.allocated > self.budget:
            out.append(
                Text("allocated {allocated} is above the budget {budget}", allocated=self.allocated, budget=self.budget)
            )
        if sum((d.approved for d in self.dealers), ZERO) != self.approved:
            out.append(Text("the dealers' approved amounts do not add up to the total"))
        if sum((b.approved for b in self.by_quarter), ZERO) != self.approved:
            out.append(Text("the quarters' approved amounts do not add up to the total"))
        return tuple(out)

    @property
    def reconciles(self) -> bool:
        return not self.problems


class SummaryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def todo(self, year: int | None) -> tuple[TodoItem, ...]:
        """The year's dated to-do items for today (the context's clock), earliest first; none without a year."""
        if year is None:
            return ()
        with self._ctx.db.reading() as s:
            return todo_items(s, get_year(s, year), self._ctx.today())

    def year(self, year: int) -> YearSummary:
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            dealers = {d.id: d for d in s.scalars(select(Dealer).join(Dealer.region))}
            regions = {r.id: r.name for r in s.scalars(select(Region))}
            alloc_rows = s.execute(
                select(AllocationLine.dealer_id, AllocationLine.cap, AllocationLine.amount)
                .join(Allocation)
                .where(Allocation.year_id == programme_year.id)
            ).all()
            paid_by_claim = dict(
                s.execute(
                    select(PaymentItem.claim_id, func.sum(PaymentItem.amount))
                    .join(Claim, PaymentItem.claim_id == Claim.id)
                    .where(Claim.year_id == programme_year.id)
                    .group_by(PaymentItem.claim_id)
                ).all()
            )
            claims = s.execute(
                select(
                    Claim.id,
                    Claim.dealer_id,
                    Claim.quarter,
                    Claim.status,
                    Claim.late,
                    Claim.reimbursement,
                    PlannedActivity.channel,
                )
                .join(PlannedActivity, Claim.activity_id == PlannedActivity.id)
                .where(Claim.year_id == programme_year.id)
            ).all()
            status_counts: dict[str, int] = defaultdict(int)
            # each bucket: [claims, approved, paid]
            buckets: dict[str, defaultdict[str, list[Any]]] = {
                name: defaultdict(lambda: [0, ZERO, ZERO]) for name in ("q", "ch", "reg")
            }
            per_dealer: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
            late = 0
            for claim_id, dealer_id, quarter, status, is_late, reimb, channel in claims:
                status_counts[status.value] += 1
                late += bool(is_late)
                approved = reimb if status in COUNTED and reimb is not None else ZERO
                paid = paid_by_claim.get(claim_id, ZERO)
                region = regions[dealers[dealer_id].region_id]
                for name, key in (("q", f"Q{quarter}"), ("ch", channel), ("reg", region)):
                    b = buckets[name][key]
                    b[0] += 1
                    b[1] += approved
                    b[2] += paid
                per_dealer[dealer_id][0] += approved
                per_dealer[dealer_id][1] += paid
            balances = []
            alloc_by_dealer = {dealer_id: (cap, amount) for dealer_id, cap, amount in alloc_rows}
            for dealer_id in sorted(set(alloc_by_dealer) | set(per_dealer), key=lambda i: dealers[i].code):
                d = dealers[dealer_id]
                cap, amount = alloc_by_dealer.get(dealer_id, (ZERO, ZERO))
                approved, paid = per_dealer.get(dealer_id, [ZERO, ZERO])
                balances.append(DealerBalance(d.code, d.name, regions[d.region_id], cap, amount, approved, paid))
            for q in range(1, 5):
                buckets["q"][f"Q{q}"]  # every quarter appears, even when empty
            return YearSummary(
                year=year,
                currency=programme_year.currency,
                stage=programme_year.stage,
                budget=programme_year.budget,
                allocated=sum((a for _, _, a in alloc_rows), ZERO),
                approved=sum((b.approved for b in balances), ZERO),
                paid=sum((b.paid for b in balances), ZERO),
                claims_by_status=tuple(sorted(status_counts.items())),
                late_claims=late,
                by_quarter=_buckets(buckets["q"]),
                by_channel=_buckets(buckets["ch"]),
                by_region=_buckets(buckets["reg"]),
                dealers=tuple(balances),
            )


def _buckets(data: dict[str, list[Any]]) -> tuple[Bucket, ...]:
    return tuple(Bucket(k, v[0], v[1], v[2]) for k, v in sorted(data.items()))

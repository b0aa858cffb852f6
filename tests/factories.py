"""Small factories that build programme state through the services, for tests.

ex = year_in_execution(services, dealers={"D001": [Decimal(20000)], "D002": [Decimal(30000)]})
ex.clock.set(date(2027, 3, 1))
mockup_id = approve_mockup(services, ex.year, ex.ref("D001"))
result = services.claims.file(ex.year, "D001", claim_input(ex.ref("D001"), Decimal(1000), date(2027, 3, 5)))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from coop_desk.services import Services
from coop_desk.services.claim_views import ClaimInput
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models import AuditEvent, Base

DEFAULT_DEALERS: dict[str, tuple[Decimal, ...]] = {
    "D001": (Decimal(30000), Decimal(30000)),  # allocation 30 000 (R7 cap example)
    "D002": (Decimal(20000),),  # allocation 10 000
}


@dataclass
class Clock:
    """A movable "today" for ServiceContext.today."""

    day: dt.date

    def __call__(self) -> dt.date:
        return self.day

    def set(self, day: dt.date) -> None:
        self.day = day

    def advance(self, days: int = 1) -> dt.date:
        self.day += dt.timedelta(days=days)
        return self.day


def use_clock(services: Services, day: dt.date) -> Clock:
    clock = Clock(day)
    services.ctx.today = clock
    return clock


@dataclass(frozen=True)
class ExecutionYear:
    """A year at stage execution: what tests need to know about it."""

    year: int
    clock: Clock
    references: dict[str, tuple[str, ...]]  # dealer code → references of its activities in the frozen plan
    dropped: tuple[str, ...]  # references the agency dropped (not in the plan)
    allocation: dict[str, Decimal]  # dealer code → frozen allocation
    currency: str = "EUR"

    def ref(self, dealer_code: str, n: int = 1) -> str:
        """The n-th (1-based) planned activity of a dealer."""
        return self.references[dealer_code][n - 1]


def year_in_execution(
    services: Services,
    year: int = 2027,
    dealers: Mapping[str, Sequence[Decimal]] | None = None,
    *,
    budget: Decimal = Decimal(10_000_000),
    cap_ceiling: Decimal = Decimal(50_000),
    points: int = 10,
    drop: Sequence[tuple[str, int]] = (),
    channel: str = "press",
    regions: Mapping[str, str] | None = None,
    today: dt.date | None = None,
    **settings: Any,
) -> ExecutionYear:
    """Create ``year`` and take it to stage execution: dealers (code → planned cost of each activity) are
    registered if new, scored ``points`` on every criterion (k = 1 with the default 10), their drafts
    recorded, the plan consolidated (``drop`` lists (dealer, n) activities the agency drops) and the
    allocation frozen. With a budget that covers every demand, a dealer's allocation is
    ``min(base rate × Σ cost of its kept activities, cap)``. The clock ends at ``today``
    (default 10 January of the year). The year asks no proofs of performance unless ``proofs`` (the year's
    table, channel → proofs) is given: the tests of the other rules file claims without them."""
    settings.setdefault("proofs", {})
    plan = {code: tuple(costs) for code, costs in (dealers or DEFAULT_DEALERS).items()}
    clock = use_clock(services, dt.date(year - 1, 7, 1))
    services.years.create_year(year, budget=budget, cap_ceiling=cap_ceiling, **settings)
    known = {d.code for d in services.dealers.list_dealers()}
    criteria = [c.name for c in services.years.get(year).criteria]
    for i, (code, costs) in enumerate(plan.items()):
        if code not in known:
            region = (regions or {}).get(code, "North" if i % 2 == 0 else "South")
            services.dealers.register(code, f"Dealer {code}", region, city="Moscow")
        services.dealers.record_scores(year, code, {name: Decimal(points) for name in criteria})
        services.plans.record_draft(
            year,
            code,
            [ActivityInput(channel, (n % 12) + 1, cost, idea=f"{channel} {n + 1}") for n, cost in enumerate(costs)],
        )
    services.years.advance(year, confirm_missing=True)
    clock.set(dt.date(year - 1, 9, 15))
    references = {code: [a.reference for a in services.plans.activities(year, code)] for code in plan}
    dropped = {references[code][n - 1] for code, n in drop}
    services.plans.record_consolidation(
        year,
        [ConsolidationInput(ref, ref not in dropped) for refs in references.values() for ref in refs],
        agency="Agency One",
    )
    services.years.advance(year)
    clock.set(dt.date(year - 1, 10, 15))
    services.allocation.freeze(year)
    services.years.advance(year)
    frozen = services.allocation.current(year)
    assert frozen is not None
    clock.set(today or dt.date(year, 1, 10))
    return ExecutionYear(
        year=year,
        clock=clock,
        references={code: tuple(r for r in refs if r not in dropped) for code, refs in references.items()},
        dropped=tuple(sorted(dropped)),
        allocation={ln.dealer_code: ln.amount for ln in frozen.lines},
        currency=services.years.get(year).currency,
    )


def mockup_file(services: Services, name: str) -> int:
    """A small PDF stored as an attachment (a mockup to look at), one per ``name``; returns its id."""
    return services.attachments.add(f"%PDF-1.4\n% mockup {name}\n".encode(), f"{name}.pdf").id


def approve_mockup(
    services: Services, year: int, reference: str, other_brands: int = 0, on: dt.date | None = None
) -> int:
    """Submit a mockup for the activity, with its file, and approve it (on ``on``, default today); returns its id."""
    picture = mockup_file(services, reference)
    mockup_id = services.mockups.submit(
        year, reference, title=f"mockup for {reference}", submitted_on=on, attachment_id=picture
    ).ids[0]
    services.mockups.approve(mockup_id, other_brands, decided_on=on)
    return mockup_id


def claim_input(
    reference: str,
    amount: Decimal,
    day: dt.date,
    *,
    number: str | None = None,
    paid: Decimal | None = None,
    missing: Sequence[str] = (),
    **overrides: Any,
) -> ClaimInput:
    """A complete claim: invoice, payment order (paying ``paid``, default the whole invoice) and acceptance
    act, all dated ``day``. ``missing`` may hold "payment order" and/or "act" to leave those out."""
    values: dict[str, Any] = {
        "reference": reference,
        "invoice_number": number or f"INV-{reference}",
        "invoice_date": day,
        "invoice_amount": amount,
        "vendor": "Vendor LLC",
        "payment_order_number": f"PO-{reference}",
        "payment_order_date": day,
        "paid_amount": amount if paid is None else paid,
        "act_number": f"ACT-{reference}",
        "act_date": day,
    }
    if "payment order" in missing:
        values.update(payment_order_number="", payment_order_date=None, paid_amount=None)
    if "act" in missing:
        values.update(act_number="", act_date=None)
    values.update(overrides)
    return ClaimInput(**values)


def fingerprint(services: Services) -> dict[str, tuple[int, int]]:
    """Table → (rows, Σ version): equal before and after means nothing was added, removed or edited."""
    out = {}
    with services.ctx.db.reading() as s:
        for table in Base.metadata.sorted_tables:
            versions = s.scalar(select(func.sum(table.c.version))) if "version" in table.c else 0
            out[table.name] = (s.scalar(select(func.count()).select_from(table)) or 0, versions or 0)
    return out


def audit_actions(services: Services) -> list[str]:
    """Every audit event's action, oldest first."""
    with services.ctx.db.reading() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


@contextmanager
def expect_audit(services: Services, *actions: str) -> Iterator[None]:
    """The block writes exactly these audit events (one per use case)."""
    before = len(audit_actions(services))
    yield
    assert audit_actions(services)[before:] == list(actions)


@contextmanager
def unchanged(services: Services) -> Iterator[None]:
    """The block changes nothing in the database (use it around ``pytest.raises``)."""
    before = fingerprint(services)
    yield
    assert fingerprint(services) == before

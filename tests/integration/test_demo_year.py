"""End to end: a whole programme year through the services, and its money reconciles."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coop_desk.demo import DemoProgramme
from coop_desk.services import Services
from models import ClaimStatus, Stage


def test_a_whole_year_reconciles(services: Services) -> None:
    report = DemoProgramme(services, year=2027, dealers=24, seed=7).run()

    assert report.stage == Stage.CLOSED
    summary = services.summary.year(2027)
    allocation = services.allocation.current(2027)
    assert allocation is not None
    assert summary.reconciles, summary.problems
    assert allocation.total_allocated <= allocation.budget
    assert summary.allocated == allocation.total_allocated
    for line in allocation.lines:
        assert line.amount <= line.demand <= line.cap
    for balance in summary.dealers:
        assert balance.paid <= balance.approved <= balance.allocated <= balance.cap
    # Every approved claim obeys R7 against the frozen allocation, in approval order.
    claims = services.claims.list_claims(2027)
    assert claims, "the demo files claims"
    statuses = {c.status for c in claims}
    assert {ClaimStatus.PAID, ClaimStatus.REJECTED} <= statuses
    assert any(c.late for c in claims)
    assert report.counts.get("duplicate claims refused", 0) >= 1
    paid_total = sum((p.amount for p in services.claims.payments(2027)), Decimal(0))
    assert paid_total == summary.paid
    assert sum((b.approved for b in summary.by_channel), Decimal(0)) == summary.approved
    assert sum((b.paid for b in summary.by_region), Decimal(0)) == summary.paid
    assert services.evaluation.results(2027)


@pytest.mark.parametrize("stage", list(Stage))
def test_demo_stops_at_each_stage(services: Services, stage: Stage) -> None:
    DemoProgramme(services, year=2027, dealers=6, seed=3, until=stage).run()
    year = services.years.get(2027)
    assert year.stage == stage
    # "At stage X": the work of X has not started.
    if stage == Stage.DRAFTING:
        assert services.plans.drafts(2027) == []
    if stage == Stage.CONSOLIDATION:
        assert services.plans.consolidated(2027) == []
    if stage == Stage.ALLOCATION:
        assert services.allocation.current(2027) is None
    if stage == Stage.EXECUTION:
        assert services.mockups.list_mockups(2027) == []
    if stage == Stage.EVALUATION:
        assert services.evaluation.results(2027) == []

"""The read models of the dealer documents: commitment letters, the statement and its scorecard, the annual report."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from coop_desk.commands.common import to_jsonable
from coop_desk.errors import NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.evaluation import EfficiencyInput
from coop_desk.services.statement_figures import MIN_PEERS, distribution, quartiles
from models import ClaimStatus
from tests.factories import ExecutionYear, approve_mockup, claim_input, year_in_execution

D = Decimal
FEB = dt.date(2027, 2, 1)
MAR = dt.date(2027, 3, 10)
APR = dt.date(2027, 4, 10)
NORTH = ("D001", "D002", "D003", "D004", "D005", "D006")
#: What each North dealer gets approved (allocation 10 000 each): a worked example for the quartiles.
APPROVED = {"D001": D(0), "D002": D(1000), "D003": D(2500), "D004": D(3000), "D005": D(4000), "D006": D(5000)}


# --------------------------------------------------------------------------- quartiles (pure)


def test_quartiles_worked_examples() -> None:
    assert quartiles([D(n) for n in (8, 1, 7, 2, 6, 3, 5, 4)]) == (D("2.75"), D("4.5"), D("6.25"))
    assert quartiles([D(n) for n in (1, 2, 3, 4, 5)]) == (D(2), D(3), D(4))
    assert quartiles([D("5.00")]) == (D("5.00"), D("5.00"), D("5.00"))
    with pytest.raises(ValueError):
        quartiles([])


def test_distribution_needs_enough_dealers() -> None:
    values = [D(n) for n in range(MIN_PEERS - 1)]
    assert distribution(values, D("0.01")) is None
    dist = distribution([*values, D(10)], D("0.01"))
    assert dist is not None and dist.count == MIN_PEERS


# --------------------------------------------------------------------------- a small programme


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    """Six North dealers (allocation 10 000 each, approved as in APPROVED) and one South dealer."""
    dealers = {code: [D(20000)] for code in NORTH} | {"D007": [D(20000), D(8000)]}
    regions = {code: "Север" for code in NORTH} | {"D007": "Юг"}
    year = year_in_execution(services, dealers=dealers, regions=regions, evaluating_agency="Eval Co")
    year.clock.set(FEB)
    for code, refs in year.references.items():
        for n, ref in enumerate(refs):
            approve_mockup(services, 2027, ref, other_brands=1 if (code, n) == ("D007", 1) else 0)
    year.clock.set(APR)
    for code, amount in APPROVED.items():
        if amount:
            claim_id = services.claims.file(2027, code, claim_input(year.ref(code), amount * 2, MAR)).claim_id
            services.claims.approve(claim_id)
    claim_id = services.claims.file(2027, "D007", claim_input(year.ref("D007"), D(6000), MAR)).claim_id
    services.claims.approve(claim_id)
    services.claims.record_payment(2027, "D007", APR, D(3000), [claim_id], reference="PP-7")
    rejected = services.claims.file(2027, "D007", claim_input(year.ref("D007", 2), D(8000), MAR)).claim_id
    services.claims.reject(rejected, "счёт не на дилера")
    return year


def test_statement_balance_claims_and_payments(services: Services, ex: ExecutionYear) -> None:
    st = services.statements.statement(2027, "d007")
    assert st.dealer.code == "D007" and st.dealer.region == "Юг"
    assert st.allocation is not None and st.allocation.amount == D(14000) == st.balance.allocated
    assert (st.balance.approved, st.balance.paid, st.balance.remaining) == (D(3000), D(3000), D(11000))
    assert [c.status for c in st.claims] == [ClaimStatus.PAID, ClaimStatus.REJECTED]
    assert sum((c.reimbursement or D(0) for c in st.counted_claims), D(0)) == st.balance.approved
    assert st.payments_total == D(3000) and st.included_cost == D(28000)
    assert [a.progress for a in st.activities] == ["claim_paid", "claim_rejected"]
    sc = st.scorecard
    assert sc.activities == (("claim_rejected", 1), ("claim_paid", 1))
    assert sc.mockups == (("approved", 2),) and sc.claims == (("paid", 1), ("rejected", 1))
    assert sc.used == D("0.2143")  # 3 000 / 14 000
    assert sc.region_dealers == 1 and sc.used_in_region is None and sc.approved_in_region is None
    assert sc.efficiency is None


def test_scorecard_compares_with_the_region_by_quartiles(services: Services, ex: ExecutionYear) -> None:
    sc = services.statements.statement(2027, "D003").scorecard
    assert sc.region == "Север" and sc.region_dealers == 6
    # approved, sorted: 0, 1000, 2500, 3000, 4000, 5000 → positions 1.25, 2.5, 3.75
    assert sc.approved_in_region is not None
    assert (sc.approved_in_region.q1, sc.approved_in_region.median, sc.approved_in_region.q3) == (
        D("1375.00"),
        D("2750.00"),
        D("3750.00"),
    )
    assert sc.used_in_region is not None
    assert (sc.used_in_region.q1, sc.used_in_region.median, sc.used_in_region.q3) == (
        D("0.1375"),
        D("0.2750"),
        D("0.3750"),
    )
    assert (sc.approved, sc.used) == (D(2500), D("0.2500"))


@pytest.mark.parametrize("code", [*NORTH, "D007"])
def test_statement_never_names_another_dealer(services: Services, ex: ExecutionYear, code: str) -> None:
    text = json.dumps(to_jsonable(services.statements.statement(2027, code)), ensure_ascii=False)
    others = [d for d in services.dealers.list_dealers() if d.code != code]
    assert code in text
    for other in others:
        assert other.code not in text and other.name not in text


def test_statement_of_an_unknown_dealer(services: Services, ex: ExecutionYear) -> None:
    with pytest.raises(NotFound):
        services.statements.statement(2027, "D999")


# --------------------------------------------------------------------------- commitment letters


def test_letters_are_refused_before_the_freeze(services: Services) -> None:
    year_in_execution(services)  # 2027 is frozen; 2028 is not
    services.years.create_year(2028)
    with pytest.raises(Refused, match="the allocation is not frozen"):
        services.statements.letters(2028)
    with pytest.raises(Refused, match="the allocation is not frozen"):
        services.statements.letter(2028, "D001")


def test_letter_figures(services: Services, ex: ExecutionYear) -> None:
    letters = services.statements.letters(2027)
    assert [le.dealer.code for le in letters] == [*NORTH, "D007"]
    le = services.statements.letter(2027, "D007")
    assert (le.score, le.max_score, le.coefficient) == (D(50), D(50), D(1))
    assert [c.points for c in le.criteria] == [D(10)] * 5
    assert (le.cap, le.planned_cost, le.request, le.allocated) == (D(50000), D(28000), D(14000), D(14000))
    assert le.dealer_minimum == le.allocated and le.activity_volume == D(28000)
    assert [(e.other_brands, e.reimbursement) for e in le.brand_examples] == [
        (0, D("5000.00")),
        (1, D("2500.00")),
        (2, D("1666.67")),
    ]
    assert le.documents == ("approved_mockup", "invoice", "payment_order", "acceptance_act")
    assert [(q.quarter, q.deadline) for q in le.deadlines] == [
        (1, dt.date(2027, 4, 30)),
        (2, dt.date(2027, 7, 30)),
        (3, dt.date(2027, 10, 30)),
        (4, dt.date(2028, 1, 30)),
    ]
    assert [a.reference for a in le.activities] == list(ex.references["D007"]) and not le.budget_shared
    with pytest.raises(NotFound):
        services.statements.letter(2027, "D999")


# --------------------------------------------------------------------------- the annual report


def test_annual_report_adds_up_with_the_summary(services: Services, ex: ExecutionYear) -> None:
    summary = services.summary.year(2027)
    report = services.annual.report(2027)
    assert (report.allocated, report.approved, report.paid) == (summary.allocated, summary.approved, summary.paid)
    assert sum((b.approved for b in report.by_channel), D(0)) == report.approved
    assert sum((b.approved for b in report.by_region), D(0)) == report.approved
    assert sum((b.allocated for b in report.by_region), D(0)) == report.allocated
    assert sum((b.approved for b in report.by_quarter), D(0)) == report.approved == D(18500)
    assert [(p.channel, p.planned_cost, p.planned_share) for p in report.plan_vs_actual] == [
        ("press", D(148000), D(74000))
    ]
    assert report.claims_count == 7 and report.efficiency_total is None and report.drop == ()


def test_annual_efficiency_and_what_did_not_pay_off(services: Services, ex: ExecutionYear) -> None:
    rows = [
        EfficiencyInput(ex.ref("D002"), 5000, 40, 4),  # cost 2 000: 50.00 per lead, 500.00 per sale
        EfficiencyInput(ex.ref("D003"), 9000, 30, 0, comment="нет продаж"),  # cost 5 000, no sales
        EfficiencyInput(ex.ref("D005"), 7000, 8, 1),  # cost 8 000: 8 000.00 per sale
        EfficiencyInput(ex.ref("D004"), 1000, 0, 0),  # cost 6 000, no leads: per lead is None
    ]
    services.evaluation.import_results(2027, rows, agency="Eval Co")
    report = services.annual.report(2027)
    (press,) = report.efficiency
    assert (press.activities, press.leads, press.sales, press.cost) == (4, 78, 5, D(21000))
    assert press.cost_per_lead == D("269.23") and press.cost_per_sale == D("4200.00")
    assert report.cost_per_sale_limit == D("8400.00") and report.limit_factor == D(2)
    assert [(d.reference, d.reason) for d in report.drop] == [
        (ex.ref("D004"), "no_sales"),
        (ex.ref("D003"), "no_sales"),
    ]
    strict = services.annual.report(2027, cost_per_sale_limit=D(1000))
    assert [(d.reference, d.reason, d.cost_per_sale) for d in strict.drop][-1] == (
        ex.ref("D005"),
        "too_expensive",
        D("8000.00"),
    )
    assert strict.limit_factor is None
    sc = services.statements.statement(2027, "D002").scorecard
    assert sc.efficiency is not None and sc.efficiency.cost_per_sale == D("500.00")


def test_annual_efficiency_divides_the_cost_and_results_of_the_same_claims(
    services: Services, ex: ExecutionYear
) -> None:
    """Issue 10.9, by hand: D007's first activity is paid (cost 6 000), its second rejected; D001 claimed
    nothing; D002 is approved (cost 2 000). Only D007-1 and D002 count, with their results alone."""
    rows = [
        EfficiencyInput(ex.ref("D007"), 3000, 10, 2),
        EfficiencyInput(ex.ref("D007", 2), 90000, 100, 50),  # its claim was rejected: neither cost nor results
        EfficiencyInput(ex.ref("D001"), 500, 5, 5),  # no claim at all
        EfficiencyInput(ex.ref("D002"), 5000, 40, 4),
    ]
    services.evaluation.import_results(2027, rows, agency="Eval Co")
    report = services.annual.report(2027)
    (press,) = report.efficiency
    assert (press.activities, press.reach, press.leads, press.sales, press.cost) == (2, 8000, 50, 6, D(8000))
    assert press.cost_per_lead == D("160.00")  # 8 000 / 50
    assert press.cost_per_sale == D("1333.33")  # 8 000 / 6
    assert report.efficiency_total is not None
    assert (report.efficiency_total.leads, report.efficiency_total.cost_per_sale) == (50, D("1333.33"))

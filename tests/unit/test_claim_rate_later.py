"""Issue 10, point 6: a claim in another currency may be filed without its rate ("rate if known"); finance sets
it with ``claim set-rate`` before approval, and until then no total counts it as if it were converted."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import inspect, text

from coop_desk.errors import InvalidInput, Refused
from coop_desk.money import plain_spaces
from coop_desk.services import Services
from models import ClaimStatus
from models.db import alembic_config, current_revision, head_revision
from reports.pdf.quarterly import write_quarterly_report
from reports.pdf.statement import write_statement
from reports.xlsx.exports import export_claims
from tests.factories import ExecutionYear, approve_mockup, claim_input, expect_audit, unchanged, year_in_execution

FEB = dt.date(2027, 2, 1)
MAR = dt.date(2027, 3, 10)
APR = dt.date(2027, 4, 10)
WHEN = dt.datetime(2027, 5, 2, 9, 0, tzinfo=dt.UTC)
D = Decimal
NO_RATE = "rate to be set by finance"


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    """D001: allocation 1 000 (two activities); D002: 5 000 (two activities), every mockup own brand only."""
    year = year_in_execution(services, dealers={"D001": [D(1000), D(1000)], "D002": [D(5000), D(5000)]})
    year.clock.set(FEB)
    for refs in year.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref, other_brands=0)
    year.clock.set(APR)
    return year


def _usd(ex: ExecutionYear, rate: Decimal | None = None, n: int = 1, **kw: object) -> object:
    return claim_input(ex.ref("D002", n), D("1000.00"), MAR, number=f"U-{n}", currency="usd", exchange_rate=rate, **kw)


def _text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", plain_spaces(" ".join(p.extract_text() or "" for p in PdfReader(path).pages)))


def test_a_foreign_claim_is_filed_without_its_rate(services: Services, ex: ExecutionYear) -> None:
    with expect_audit(services, "claim.file"):
        result = services.claims.file(2027, "D002", _usd(ex))
    assert result.status == ClaimStatus.SUBMITTED
    assert f"rate to be set by finance before approval (coop-desk claim set-rate {result.claim_id} RATE)" in (
        result.message
    )
    view = services.claims.get(result.claim_id)
    assert (view.currency, view.exchange_rate, view.invoice_amount) == ("USD", None, D("1000.00"))
    assert view.verified_cost is None and view.reimbursement is None
    assert f"invoice 1 000.00 USD: {NO_RATE}" in view.explanation
    assert not any("×" in step for step in view.explanation)  # nothing converted
    (row,) = services.claims.rows(2027, [result.claim_id])
    assert (row.invoice_amount, row.currency) == (D("1000.00"), "USD")


def test_missing_documents_still_return_it(services: Services, ex: ExecutionYear) -> None:
    result = services.claims.file(2027, "D002", _usd(ex, missing=("act",)))
    assert result.status == ClaimStatus.RETURNED
    view = services.claims.get(result.claim_id)
    assert view.exchange_rate is None and any("returned to the dealer" in s for s in view.explanation)


def test_a_claim_in_the_programme_currency_never_needs_a_rate(services: Services, ex: ExecutionYear) -> None:
    claim_id = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(800), MAR)).claim_id
    assert services.claims.get(claim_id).exchange_rate == 1
    services.claims.approve(claim_id)
    assert services.claims.get(claim_id).reimbursement == D("400.00")


@pytest.mark.parametrize("rate", [D(0), D("-0.5"), 0.9, D("NaN")])
def test_a_rate_given_is_still_checked(services: Services, ex: ExecutionYear, rate: object) -> None:
    with unchanged(services), pytest.raises(InvalidInput, match="needs a positive exchange rate"):
        services.claims.file(2027, "D002", _usd(ex, rate))  # type: ignore[arg-type]


def test_approval_waits_for_the_rate(services: Services, ex: ExecutionYear) -> None:
    claim_id = services.claims.file(2027, "D002", _usd(ex)).claim_id
    message = f"claim {claim_id}.*without an exchange rate.*set the exchange rate first: coop-desk claim set-rate"
    with unchanged(services), pytest.raises(Refused, match=message) as refused:
        services.claims.approve(claim_id)
    assert f"claim set-rate {claim_id} RATE" in str(refused.value)
    with unchanged(services), pytest.raises(InvalidInput, match="needs a positive exchange rate"):
        services.claims.set_rate(claim_id, None)  # type: ignore[arg-type]  # set-rate needs a rate
    with expect_audit(services, "claim.set_rate"):
        services.claims.set_rate(claim_id, D("0.95"))
    view = services.claims.get(claim_id)
    assert (view.exchange_rate, view.status) == (D("0.95"), ClaimStatus.SUBMITTED)
    assert "invoice 1 000.00 USD × 0.95 = 950.00 EUR" in view.explanation
    services.claims.approve(claim_id)
    approved = services.claims.get(claim_id)
    assert (approved.verified_cost, approved.reimbursement) == (D("950.00"), D("475.00"))


@pytest.mark.parametrize(("rate", "reimbursement"), [("0.9", "450.00"), ("1.2345", "617.25"), ("95", "5000.00")])
def test_rate_set_later_gives_what_filing_with_it_gives(
    services: Services, ex: ExecutionYear, rate: str, reimbursement: str
) -> None:
    later = services.claims.file(2027, "D002", _usd(ex, n=1)).claim_id
    services.claims.set_rate(later, D(rate))
    services.claims.approve(later)
    assert services.claims.get(later).reimbursement == D(reimbursement)  # 95: cut to the 5 000 allocated


def test_completing_with_another_currency_may_leave_the_rate_blank(services: Services, ex: ExecutionYear) -> None:
    claim_id = services.claims.file(2027, "D002", claim_input(ex.ref("D002"), D(100), MAR, missing=("act",))).claim_id
    result = services.claims.complete(claim_id, currency="GBP", act_number="A-1", act_date=MAR)
    assert result.status == ClaimStatus.SUBMITTED
    view = services.claims.get(claim_id)
    assert (view.currency, view.exchange_rate) == ("GBP", None)


def test_reports_leave_an_unconverted_claim_out_of_the_totals(
    services: Services, ex: ExecutionYear, tmp_path: Path
) -> None:
    rated = services.claims.file(2027, "D002", _usd(ex, D("0.9"), n=1)).claim_id
    services.claims.approve(rated)  # 900 × 50 % = 450
    waiting = services.claims.file(2027, "D002", _usd(ex, n=2)).claim_id
    report = services.quarterly.report(2027, 1)
    claims = {c.claim_id: c for d in report.dealers for c in d.claims}
    assert claims[waiting].exchange_rate is None and claims[waiting].invoiced == 0
    assert claims[waiting].paid_by_dealer is None and claims[waiting].invoice_amount == D("1000.00")
    tot = report.totals
    assert (tot.claims, tot.pending, tot.unrated) == (2, 1, 1)
    assert (tot.invoiced, tot.dealer_paid, tot.pending_invoiced, tot.approved) == (D(900), D(900), 0, D(450))
    assert report.reconciliation.reconciles
    en, ru = tmp_path / "q-en.pdf", tmp_path / "q-ru.pdf"
    write_quarterly_report(report, en, "en", generated_at=WHEN)
    write_quarterly_report(report, ru, "ru", generated_at=WHEN)
    text_en, text_ru = _text_of(en), _text_of(ru)
    assert f"$1,000.00 {NO_RATE}" in text_en and "Without an exchange rate (in no amount)" in text_en
    assert "Claimed (invoiced) €900.00" in text_en and "Filed late 0 1" in text_en  # the count beside the label
    assert "1 000,00 $ курс установит финансовый отдел" in text_ru and "Без курса валюты (не входят в суммы)" in text_ru
    statement = Path(write_statement(services.statements.statement(2027, "D002"), tmp_path / "st.pdf", "en"))
    assert f"$1,000.00 {NO_RATE}" in _text_of(statement)
    exported = tmp_path / "claims.xlsx"
    export_claims(services, 2027, exported, "ru")
    cells = [c.value for row in load_workbook(exported).worksheets[0].iter_rows() for c in row]
    assert "курс установит финансовый отдел" in cells and 0.9 in cells
    # the quarter cannot close while the claim waits (submitted), so a closed report has no unconverted claim
    ex.clock.set(dt.date(2027, 5, 2))
    with unchanged(services), pytest.raises(Refused, match=f"still submitted or returned: claim {waiting}"):
        services.claims.close_quarter(2027, 1)


def test_a_rejected_claim_without_rate_stays_out_of_the_amounts(services: Services, ex: ExecutionYear) -> None:
    waiting = services.claims.file(2027, "D002", _usd(ex)).claim_id
    services.claims.reject(waiting, "not our brand")
    tot = services.quarterly.report(2027, 1).totals
    assert (tot.rejected, tot.rejected_invoiced, tot.invoiced, tot.unrated) == (1, 0, 0, 1)
    (exception,) = [e for e in services.quarterly.report(2027, 1).exceptions if e.invoice_number == "U-1"]
    assert exception.invoiced is None


def test_a_migrated_database_keeps_its_rates(services: Services, ex: ExecutionYear) -> None:
    rated = services.claims.file(2027, "D002", _usd(ex, D("0.925"), n=1)).claim_id
    home = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR)).claim_id
    waiting = services.claims.file(2027, "D002", _usd(ex, n=2)).claim_id
    engine = services.ctx.db.engine
    cfg = alembic_config(engine)
    engine.dispose()
    command.downgrade(cfg, "0008")  # the revisions after 0008 first: each one is its own transaction
    with pytest.raises(RuntimeError, match="1 claim\\(s\\) have no exchange rate yet"):
        command.downgrade(cfg, "0007")  # a NULL rate has no place in the old schema
    command.upgrade(cfg, "head")
    engine.dispose()
    services.claims.set_rate(waiting, D("1.1"))
    engine.dispose()
    command.downgrade(cfg, "0007")
    (column,) = [c for c in inspect(engine).get_columns("claim") if c["name"] == "exchange_rate"]
    assert column["nullable"] is False
    engine.dispose()
    command.upgrade(cfg, "head")
    assert current_revision(engine) == head_revision()
    (column,) = [c for c in inspect(engine).get_columns("claim") if c["name"] == "exchange_rate"]
    assert column["nullable"] is True
    with engine.connect() as c:
        rates = dict(c.execute(text("SELECT id, exchange_rate FROM claim ORDER BY id")).all())
    assert {k: D(v) for k, v in rates.items()} == {rated: D("0.925"), home: D(1), waiting: D("1.1")}
    engine.dispose()
    services.claims.approve(rated)
    assert services.claims.get(rated).reimbursement == D("462.50")

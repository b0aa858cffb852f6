"""Issue 10, point 10: the quarterly report and the dealer statement print the services' reasons in their own
language, invoices in another currency with their own amount and rate, and claims cut by the allocation left."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader

from coop_desk.money import plain_spaces
from coop_desk.services import Services
from reports.pdf.quarterly import write_quarterly_report
from reports.pdf.statement import write_statement
from tests.factories import approve_mockup, claim_input, year_in_execution

YEAR = 2027
WHEN = dt.datetime(2027, 5, 2, 9, 0, tzinfo=dt.UTC)
MAR = dt.date(YEAR, 3, 10)


def text_of(path: Path) -> str:
    pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    return re.sub(r"\s+", " ", plain_spaces(" ".join(pages)))


@pytest.fixture
def services_q1(services: Services) -> Services:
    """D001 (allocation 1 000): a USD claim approved at 0.9, a second claim cut to the 50 left, a claim
    returned for an act dated before the mockup's approval, and one returned for a missing act."""
    ex = year_in_execution(services, YEAR, dealers={"D001": [D(500), D(500), D(500), D(500)]})
    assert ex.allocation == {"D001": D(1000)}
    ex.clock.set(dt.date(YEAR, 2, 1))
    for ref in ex.references["D001"]:
        approve_mockup(services, YEAR, ref)
    ex.clock.set(dt.date(YEAR, 4, 10))
    usd = claim_input(ex.ref("D001"), D("2100.00"), MAR, number="U-1", currency="USD", exchange_rate=D("0.9"))
    first = services.claims.file(YEAR, "D001", usd).claim_id
    services.claims.approve(first)  # 1 890 × 50 % = 945
    cut = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001", 2), D(400), MAR, number="C-2")).claim_id
    services.claims.approve(cut)  # 200, cut to the 55 left
    early = claim_input(ex.ref("D001", 3), D(300), MAR, number="E-3", act_date=dt.date(YEAR, 1, 25))
    services.claims.file(YEAR, "D001", early)
    services.claims.file(YEAR, "D001", claim_input(ex.ref("D001", 4), D(300), MAR, number="M-4", missing=("act",)))
    return services


def test_quarterly_report_in_russian(services_q1: Services, tmp_path: Path) -> None:
    report = services_q1.quarterly.report(YEAR, 1)
    claims = {c.invoice_number: c for d in report.dealers for c in d.claims}
    assert claims["U-1"].invoice_amount == D("2100.00") and claims["U-1"].exchange_rate == D("0.9")
    assert claims["C-2"].limited and not claims["U-1"].limited
    path = tmp_path / "q1-ru.pdf"
    write_quarterly_report(report, path, "ru", generated_at=WHEN)
    text = text_of(path)
    # the invoice's own amount and rate beside the converted 1 890,00 €, and the R6 rate still in its column
    assert "2 100,00 $ × 0,9" in text and "50 % · свой бренд" in text
    assert "1 890,00 €" in text
    assert "огранич. остатком" in text
    assert "акт приёмки датирован 25.01.2027, раньше одобрения макета 1 (01.02.2027)" in text
    assert "не хватает: акт приёмки" in text
    assert "before mockup" not in text and "missing:" not in text


def test_quarterly_report_in_english(services_q1: Services, tmp_path: Path) -> None:
    path = tmp_path / "q1-en.pdf"
    write_quarterly_report(services_q1.quarterly.report(YEAR, 1), path, "en", generated_at=WHEN)
    text = text_of(path)
    assert "$2,100.00 × 0.9" in text and "cut to the allocation left" in text
    assert "the acceptance act is dated 2027-01-25, before mockup 1 was approved on 2027-02-01" in text
    assert "missing: acceptance act" in text


def test_dealer_statement_in_russian(services_q1: Services, tmp_path: Path) -> None:
    path = write_statement(services_q1.statements.statement(YEAR, "D001"), tmp_path / "st.pdf", "ru")
    text = text_of(Path(path))
    assert "2 100,00 $ × 0,9" in text
    assert "ограничено остатком выделенной суммы" in text
    assert "акт приёмки датирован 25.01.2027" in text and "не хватает: акт приёмки" in text
    assert "missing:" not in text


def test_claims_template_gives_the_r6_rate_in_both_its_languages(services: Services, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from reports.xlsx import claims as claims_xlsx

    ex = year_in_execution(services, YEAR, dealers={"D001": [D(500)]})
    ex.clock.set(dt.date(YEAR, 2, 1))
    approve_mockup(services, YEAR, ex.ref("D001"), other_brands=2)
    (path,) = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path)
    cell = load_workbook(path)[claims_xlsx.LIST_SHEET].cell(row=3, column=5).value
    assert cell == "50 % / 3 бренд(а/ов) = 16.67 %\n50 % / 3 brands = 16.67 %"

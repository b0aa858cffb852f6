"""A reversed payment in the documents: the quarterly report of the reversal's quarter and the dealer's
statement print the reversal (negative, naming the payment it reverses) in both languages; the closed
quarter's PDF printed again is the one printed at its close."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader

from coop_desk.services import Services
from reports.pdf.quarterly import write_quarterly_report
from reports.pdf.statement import write_statement
from tests.factories import approve_mockup, claim_input, year_in_execution

YEAR = 2027
AT = dt.datetime(2027, 7, 1, 9, 0, tzinfo=dt.UTC)


def text_of(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def quarterly(services: Services, quarter: int, path: Path, lang: str) -> str:
    write_quarterly_report(services.quarterly.report(YEAR, quarter), path, lang, generated_at=AT)
    return text_of(path)


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "reversal of the payment of 20 Mar 2027"), ("ru", "сторно платежа от 20.03.2027")]
)
def test_a_reversal_in_the_quarterly_report_and_the_statement(
    services: Services, tmp_path: Path, lang: str, words: str
) -> None:
    ex = year_in_execution(services, dealers={"D001": [D(6000)]})
    ex.clock.set(dt.date(YEAR, 2, 1))
    approve_mockup(services, YEAR, ex.ref("D001"))
    ex.clock.set(dt.date(YEAR, 3, 20))
    claim = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001"), D(2000), dt.date(YEAR, 3, 10))).claim_id
    services.claims.approve(claim)
    payment = services.claims.record_payment(YEAR, "D001", dt.date(YEAR, 3, 20), D(1000), [claim], "PP-5").ids[0]
    ex.clock.set(dt.date(YEAR, 5, 1))
    services.claims.close_quarter(YEAR, 1)
    q1_at_close = quarterly(services, 1, tmp_path / "q1.pdf", lang)
    ex.clock.set(dt.date(YEAR, 5, 10))
    services.claims.reverse_payment(payment, "the bank returned it")
    assert quarterly(services, 1, tmp_path / "q1-again.pdf", lang) == q1_at_close  # sealed
    q2 = quarterly(services, 2, tmp_path / "q2.pdf", lang)
    assert words in q2.replace("\n", " "), q2[q2.find("PP-5") - 40 : q2.find("PP-5") + 120]
    statement = text_of(write_statement(services.statements.statement(YEAR, "D001"), tmp_path / "st.pdf", lang))
    assert words in statement.replace("\n", " ")

"""The quarterly finance report: its read model reconciles with the database, and its PDF says so.

Each PDF is read back with pypdf: the totals printed are the database's to the cent, every
dealer of the quarter appears, Cyrillic survives, pages are numbered "page x of y", and an
empty quarter gives a valid PDF that says it is empty. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from coop_desk import rules
from coop_desk.cli import run
from coop_desk.demo import DemoProgramme
from coop_desk.money import format_money, plain_spaces
from coop_desk.services import Services
from models import ClaimStatus, Stage
from reports.pdf.formatting import money
from reports.pdf.i18n import t
from reports.pdf.quarterly import write_quarterly_report
from reports.pdf.table_rows import wrap_text
from tests.factories import approve_mockup, claim_input, year_in_execution

YEAR = 2027
WHEN = dt.datetime(2028, 1, 15, 10, 30, tzinfo=dt.UTC)


def pdf_text(path: Path) -> tuple[int, list[str], str]:
    """Pages, each page's text, and the whole text with every run of spaces (and no-break spaces) made one."""
    reader = PdfReader(path)
    pages = [page.extract_text() or "" for page in reader.pages]
    flat = re.sub(r"\s+", " ", plain_spaces(" ".join(pages)))
    return len(pages), pages, flat


def amount(value: Decimal, lang: str) -> str:
    return plain_spaces(format_money(value, "EUR", lang))


def check_numbering(pages: list[str], lang: str) -> None:
    n = len(pages)
    for i, text in enumerate(pages, start=1):
        assert plain_spaces(t("page_of", lang, page=i, pages=n)) in plain_spaces(text), f"page {i} is not numbered"


@pytest.fixture
def demo_year(services: Services) -> Services:
    DemoProgramme(services, year=YEAR, dealers=12, seed=11).run()
    return services


def test_quarters_reconcile_with_the_database(demo_year: Services) -> None:
    services = demo_year
    summary = services.summary.year(YEAR)
    by_quarter = {b.key: b for b in summary.by_quarter}
    approved_to_date = Decimal(0)
    for q in range(1, 5):
        report = services.quarterly.report(YEAR, q)
        claims = services.claims.list_claims(YEAR, quarter=q)
        assert report.reconciles, report.reconciliation.differences
        # the totals are the database's, by another service and by the claims themselves
        assert report.totals.claims == by_quarter[f"Q{q}"].claims == len(claims)
        assert report.totals.approved == by_quarter[f"Q{q}"].approved
        assert report.totals.paid == by_quarter[f"Q{q}"].paid == sum((c.paid for c in claims), Decimal(0))
        counted = [c for c in claims if c.status in (ClaimStatus.APPROVED, ClaimStatus.PAID)]
        assert report.totals.approved == sum((c.reimbursement or Decimal(0) for c in counted), Decimal(0))
        invoiced = sum(
            (c.invoice_amount if c.exchange_rate == 1 else rules.convert_currency(c.invoice_amount, c.exchange_rate))
            for c in claims
        )
        assert report.totals.invoiced == invoiced
        assert report.totals.rejected == sum(c.status == ClaimStatus.REJECTED for c in claims)
        assert report.totals.late == sum(c.late for c in claims)
        assert {d.code for d in report.dealers_with_claims} == {c.dealer_code for c in claims}
        approved_to_date += report.totals.approved
        assert report.position.used_to_date == approved_to_date
        assert report.position.allocated == summary.allocated
        assert report.position.remaining == summary.allocated - approved_to_date
        payments = [p for p in services.claims.payments(YEAR) if report.period.start <= p.paid_on <= report.period.end]
        assert report.position.payments_in_quarter == sum((p.amount for p in payments), Decimal(0))
        assert len(report.payments) == len(payments)
        # the same figures per channel and per region
        assert sum((b.totals.approved for b in report.by_channel), Decimal(0)) == report.totals.approved
        assert sum((b.totals.claims for b in report.by_region), 0) == report.totals.claims
    assert approved_to_date == summary.approved


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_quarterly_pdf_prints_the_database_totals(demo_year: Services, tmp_path: Path, lang: str) -> None:
    services = demo_year
    summary = services.summary.year(YEAR)
    quarter = max(range(1, 5), key=lambda q: services.summary.year(YEAR).by_quarter[q - 1].claims)
    report = services.quarterly.report(YEAR, quarter)
    path = tmp_path / f"q{quarter}-{lang}.pdf"
    write_quarterly_report(report, path, lang, generated_at=WHEN)

    n_pages, pages, text = pdf_text(path)
    bucket = {b.key: b for b in summary.by_quarter}[f"Q{quarter}"]
    # totals to the cent, as the database has them
    for value in (bucket.approved, bucket.paid, report.totals.invoiced, summary.allocated, summary.budget):
        assert amount(value, lang) in text, value
    # every dealer of the period, by code and by (Cyrillic) name
    claims = services.claims.list_claims(YEAR, quarter=quarter)
    for code, name in {(c.dealer_code, c.dealer_name) for c in claims}:
        assert code in text
        assert re.sub(r"\s+", " ", name) in text, name
    assert any(re.search("[А-Яа-яЁё]", c.dealer_name) for c in claims)
    # each claim's invoice and its rate with the reason
    for c in claims:
        assert c.invoice_number in text
        if c.other_brands:
            assert plain_spaces(rules.rate_formula(c.other_brands, report.base_rate, lang)) in text
    # the words of the document in its language, Cyrillic included
    assert t("q.title", lang) in text
    if lang == "ru":
        assert "Квартальный финансовый отчёт" in text
        assert "Сверка с базой данных" in text
    else:
        assert "Quarterly finance report" in text
    assert t("q.reconciles", lang) in text
    # page furniture: numbered "page x of y", generated at, a sane number of pages
    check_numbering(pages, lang)
    assert plain_spaces(t("generated_at", lang, when="")).strip() in text
    assert 2 <= n_pages <= 2 + len(claims)


def test_empty_quarter_is_a_valid_pdf_that_says_so(services: Services, tmp_path: Path) -> None:
    DemoProgramme(services, year=YEAR, dealers=5, seed=2, until=Stage.EXECUTION).run()
    report = services.quarterly.report(YEAR, 1)
    assert report.is_empty and report.reconciles
    assert report.totals.claims == 0 and report.dealers_with_claims == ()
    assert report.position.allocated == services.summary.year(YEAR).allocated > 0
    for lang in ("ru", "en"):
        path = tmp_path / f"empty-{lang}.pdf"
        write_quarterly_report(report, path, lang, generated_at=WHEN)
        n_pages, pages, text = pdf_text(path)
        assert n_pages >= 1
        assert plain_spaces(t("q.empty", lang)) in text
        assert amount(Decimal(0), lang) in text
        check_numbering(pages, lang)


def test_approved_unpaid_pending_and_rejected_claims(services: Services, tmp_path: Path) -> None:
    """Still due, undecided and rejected claims are counted and listed where finance looks for them."""
    ex = year_in_execution(services, dealers={"D001": [Decimal(20000), Decimal(10000)], "D002": [Decimal(8000)]})
    ex.clock.set(dt.date(YEAR, 2, 1))
    approve_mockup(services, YEAR, ex.ref("D001"), other_brands=2)
    approve_mockup(services, YEAR, ex.ref("D001", 2))
    approve_mockup(services, YEAR, ex.ref("D002"))
    ex.clock.set(dt.date(YEAR, 3, 10))
    first = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001"), Decimal("12000.00"), dt.date(YEAR, 3, 5)))
    second = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001", 2), Decimal(6000), dt.date(YEAR, 3, 6)))
    third = services.claims.file(YEAR, "D002", claim_input(ex.ref("D002"), Decimal(5000), dt.date(YEAR, 3, 7)))
    services.claims.approve(first.claim_id)
    services.claims.reject(third.claim_id, "the act is signed by nobody <ответственный не указан>")
    ex.clock.set(dt.date(YEAR, 3, 25))
    services.claims.record_payment(
        YEAR, "D001", dt.date(YEAR, 3, 20), Decimal("1000.00"), {first.claim_id: Decimal(1000)}
    )

    report = services.quarterly.report(YEAR, 1)
    assert report.reconciles, report.reconciliation.differences
    assert report.totals.approved == Decimal("2000.00")  # 12 000 × 50 % / 3 brands
    assert (report.totals.paid, report.totals.unpaid) == (Decimal("1000.00"), Decimal("1000.00"))
    assert (report.totals.pending, report.totals.rejected) == (1, 1)
    assert report.position.due_to_date == Decimal("1000.00")
    assert [(r.dealer_code, r.due) for r in report.still_due] == [("D001", Decimal("1000.00"))]
    assert [r.status for r in report.exceptions] == [ClaimStatus.REJECTED]
    assert report.position.payments_in_quarter == Decimal("1000.00")
    assert second.claim_id in {c.claim_id for d in report.dealers for c in d.claims}

    path = tmp_path / "q1.pdf"
    write_quarterly_report(report, path, "ru", generated_at=WHEN)
    _, _, text = pdf_text(path)
    assert "<ответственный не указан>" in text  # user text is escaped, not read as markup
    assert "16,67 % · 50 % / 3 бренда" in text
    assert amount(Decimal("2000.00"), "ru") in text and amount(Decimal("1000.00"), "ru") in text


def test_report_quarterly_command(demo_year: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if demo_year.ctx.db.url.startswith("postgresql"):
        pytest.skip("the command line is exercised on SQLite")
    out = tmp_path / "q2.pdf"
    code = run(["--db", demo_year.ctx.db.url, "report", "quarterly", "--year", str(YEAR), "--quarter", "2",
                "--out", str(out), "--lang", "en"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "wrote" in capsys.readouterr().out
    _, pages, text = pdf_text(out)
    assert "Quarterly finance report" in text
    check_numbering(pages, "en")
    # without --lang: the programme's language (Russian by default)
    code = run(["--db", demo_year.ctx.db.url, "report", "quarterly", "--year", str(YEAR), "--quarter", "2",
                "--out", str(out)])  # fmt: skip
    assert code == 0
    assert "Квартальный финансовый отчёт" in pdf_text(out)[2]
    assert run(["--db", demo_year.ctx.db.url, "report", "quarterly", "--year", "1999", "--quarter", "1",
                "--out", str(out)]) == 1  # fmt: skip


# --------------------------------------------------------------------------- the PDF base, without a database


def test_money_text_is_format_money_text() -> None:
    import random

    rng = random.Random(5)
    for currency in ("EUR", "RUB", "USD", "JPY"):
        for lang in ("ru", "en"):
            for _ in range(2000):
                value = Decimal(rng.randint(-(10**11), 10**11)).scaleb(-rng.randint(0, 3))
                assert money(value, currency, lang) == format_money(value, currency, lang)
    assert money(None, "EUR", "ru") == "—"


def test_wrap_text_fits_and_keeps_every_character() -> None:
    from reports.pdf.styles import FONT_NARROW, register_fonts

    register_fonts()
    text = "ООО «Очень длинное название дилера» Ростов-на-Дону СуперкалифраджилистикэкспиалидошесНасосы"
    wrapped = wrap_text(text, FONT_NARROW, 7.6, 60)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(line, FONT_NARROW, 7.6) <= 60 for line in wrapped.split("\n"))
    assert wrapped.replace("\n", "").replace(" ", "") == text.replace(" ", "")


def test_big_synthetic_report_pages_and_escaping(tmp_path: Path) -> None:
    """A synthetic 300-dealer report (the benchmark's) lays out, numbers its pages and escapes markup."""
    from bench.bench_reports import synthetic_report

    report = synthetic_report(300)
    path = tmp_path / "big.pdf"
    write_quarterly_report(report, path, "ru", generated_at=WHEN)
    n_pages, pages, text = pdf_text(path)
    assert n_pages > 20
    check_numbering(pages, "ru")
    assert "Насос & Ко <юг>" in text
    for d in report.dealers[:: max(1, len(report.dealers) // 25)]:
        assert d.code in text
    assert amount(report.totals.approved, "ru") in text


def test_long_table_edge_cases(tmp_path: Path) -> None:
    """Empty, page-filling and taller-than-a-page blocks all lay out, every row once, header on each page."""
    from reports.pdf.document import ReportDocument
    from reports.pdf.styles import heading
    from reports.pdf.tables import Block, Column, long_table

    path = tmp_path / "long.pdf"
    doc = ReportDocument(path, lang="en", programme="Programme", title="Long tables", generated_at=WHEN)
    columns = [Column("Item", 3), Column("Amount", 1, numeric=True)]

    def story():  # type: ignore[no-untyped-def]
        yield heading("Empty")
        yield long_table(columns, iter(()), doc.width)
        yield heading("One block taller than a page")
        yield long_table(columns, [Block(caption="Big", rows=[[f"big-{i}", str(i)] for i in range(150)])], doc.width)
        yield heading("Many small blocks")
        blocks = (Block(caption=f"group {g}", note="note", rows=[[f"g{g}-r{r}", "1"] for r in range(5)],
                        totals=[["subtotal", "5"]]) for g in range(60))  # fmt: skip
        yield long_table(columns, blocks, doc.width, totals=[["TOTAL", "300"]])

    doc.build_story(story())
    n_pages, pages, text = pdf_text(path)
    check_numbering(pages, "en")
    words = text.split()
    assert all(words.count(f"big-{i}") == 1 for i in range(150))
    assert all(words.count(f"g{g}-r{r}") == 1 for g in range(60) for r in range(5))
    assert "TOTAL" in words
    assert sum(p.count("Amount") for p in pages) >= n_pages - 1  # the header on (nearly) every page

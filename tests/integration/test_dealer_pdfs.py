"""Commitment letters, dealer statements and the annual report, read back with pypdf.

The totals printed must equal the database's sums to the cent, Cyrillic must survive, every
dealer of the frozen allocation must get a letter, and the page counts must be sane.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from coop_desk.cli import run
from coop_desk.demo import DemoProgramme
from coop_desk.errors import Refused
from coop_desk.money import format_money, plain_spaces
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models import Claim, ClaimStatus, Dealer, Payment, Stage
from models.db import Database, sqlite_url
from reports.pdf.annual import write_annual
from reports.pdf.letters import write_letter, write_letters, write_letters_merged
from reports.pdf.statement import write_statement

YEAR = 2027


@pytest.fixture(scope="module")
def demo_db(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, str]]:
    """A closed demo year with 36 dealers (six per region), built once for the module."""
    path = tmp_path_factory.mktemp("dealer_pdfs") / "demo.sqlite"
    shutil.copy(sqlite_template, path)
    db = Database(sqlite_url(path), migrate=False)
    services = Services(ServiceContext(db, actor="tester"))
    DemoProgramme(services, year=YEAR, dealers=36, seed=11).run()
    yield services, str(path)
    db.dispose()


@pytest.fixture
def demo(demo_db: tuple[Services, str]) -> Services:
    return demo_db[0]


def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(str(path))
    return plain_spaces("\n".join(page.extract_text() for page in reader.pages)), len(reader.pages)


def m(amount: Decimal, lang: str = "ru") -> str:
    return plain_spaces(format_money(amount, "EUR", lang))


def db_sums(services: Services, code: str | None = None) -> tuple[Decimal, Decimal]:
    """Approved reimbursements and payments straight from the database."""
    with services.ctx.db.reading() as s:
        approved = select(func.sum(Claim.reimbursement)).where(
            Claim.status.in_((ClaimStatus.APPROVED, ClaimStatus.PAID))
        )
        paid = select(func.sum(Payment.amount))
        if code is not None:
            approved = approved.join(Dealer, Claim.dealer_id == Dealer.id).where(Dealer.code == code)
            paid = paid.join(Dealer, Payment.dealer_id == Dealer.id).where(Dealer.code == code)
        return Decimal(s.scalar(approved) or 0), Decimal(s.scalar(paid) or 0)


# --------------------------------------------------------------------------- commitment letters


def test_every_dealer_gets_a_letter(demo: Services, tmp_path: Path) -> None:
    frozen = demo.allocation.current(YEAR)
    assert frozen is not None
    letters = demo.statements.letters(YEAR)
    files = write_letters(letters, tmp_path / "letters")
    assert [f.name for f in files] == [f"commitment-letter-{YEAR}-{ln.dealer_code}.pdf" for ln in frozen.lines]
    for letter, path in zip(letters, files, strict=True):
        text, pages = pdf_text(path)
        assert 1 <= pages <= 3, (letter.dealer.code, pages)
        assert "Письмо-обязательство" in text and letter.dealer.code in text
        assert plain_spaces(letter.dealer.name) in text  # Cyrillic survives
        assert m(letter.allocated) in text and m(letter.cap) in text
        if letter.allocated > 0:
            assert "платёжное поручение" in text and "30.04.2027" in text  # the rules and the Q1 deadline
            assert m(letter.dealer_minimum) in text
        assert f"стр. {pages} из {pages}" in text


def test_merged_letters_start_each_letter_on_a_new_numbered_page(demo: Services, tmp_path: Path) -> None:
    letters = demo.statements.letters(YEAR)[:6]
    single = [pdf_text(write_letter(le, tmp_path / f"{le.dealer.code}.pdf"))[1] for le in letters]
    text, pages = pdf_text(write_letters_merged(letters, tmp_path / "all.pdf"))
    assert pages == sum(single)
    assert text.count("стр. 1 из") == len(letters)


def test_letter_in_english(demo: Services, tmp_path: Path) -> None:
    letter = next(le for le in demo.statements.letters(YEAR) if le.allocated > 0)
    text, _ = pdf_text(write_letter(letter, tmp_path / "en.pdf", "en"))
    assert "Commitment letter" in text and "Programme rules" in text
    assert m(letter.allocated, "en") in text and plain_spaces(letter.dealer.name) in text


def test_letters_are_refused_before_the_freeze(services: Services, tmp_path: Path) -> None:
    DemoProgramme(services, year=YEAR, dealers=4, seed=5, until=Stage.ALLOCATION).run()
    with pytest.raises(Refused, match="the allocation is not frozen"):
        services.statements.letters(YEAR)
    # the other documents of an early year are valid PDFs that say what is missing
    text, pages = pdf_text(write_statement(services.statements.statement(YEAR, "D001"), tmp_path / "st.pdf"))
    assert pages == 1 and "Распределение бюджета на этот год ещё не утверждено" in text
    text, pages = pdf_text(write_annual(services.annual.report(YEAR), tmp_path / "annual.pdf"))
    assert pages >= 1 and "Отчёт независимого агентства об эффективности ещё не получен" in text


def test_cli_refuses_letters_before_the_freeze(
    sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "early.sqlite"
    shutil.copy(sqlite_template, path)
    assert run(["--db", str(path), "demo", "--dealers", "4", "--until", "allocation"]) == 0
    capsys.readouterr()
    code = run(["--db", str(path), "report", "letters", "--year", str(YEAR), "--out", str(tmp_path / "out")])
    assert code == 1
    assert "not frozen" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- dealer statements


def test_statements_match_the_database_to_the_cent(demo: Services, tmp_path: Path) -> None:
    codes = [d.code for d in demo.dealers.list_dealers()]
    compared = 0
    for code in codes:
        st = demo.statements.statement(YEAR, code)
        text, pages = pdf_text(write_statement(st, tmp_path / f"{code}.pdf"))
        approved, paid = db_sums(demo, code)
        assert (st.balance.approved, st.balance.paid) == (approved, paid)
        assert 1 <= pages <= 4, (code, pages)
        assert "Выписка дилера" in text and "Карточка дилера" in text
        assert m(st.balance.allocated) in text and m(approved) in text and m(paid) in text
        assert m(st.balance.remaining) in text
        for other in codes:
            if other != code:
                assert other not in text, f"{code}'s statement names {other}"
        compared += st.scorecard.approved_in_region is not None
    assert compared, "no region had enough dealers for the comparison"


def test_statement_in_english_with_claims_and_payments(demo: Services, tmp_path: Path) -> None:
    code = next(d.code for d in demo.dealers.list_dealers() if demo.claims.payments(YEAR, d.code) and d.code != "D001")
    st = demo.statements.statement(YEAR, code)
    text, _ = pdf_text(write_statement(st, tmp_path / "en.pdf", "en"))
    assert "Dealer statement 2027" in text and "Dealer scorecard" in text and "Payments" in text
    assert m(st.payments_total, "en") in text and m(st.balance.approved, "en") in text
    for claim in st.claims:
        assert claim.invoice_number in text


# --------------------------------------------------------------------------- the annual report


def test_annual_report_matches_the_database(demo: Services, tmp_path: Path) -> None:
    report = demo.annual.report(YEAR)
    text, pages = pdf_text(write_annual(report, tmp_path / "annual.pdf"))
    approved, paid = db_sums(demo)
    assert (report.approved, report.paid) == (approved, paid)
    assert 3 <= pages <= 12, pages
    assert f"Годовой отчёт программы за {YEAR} год" in text
    assert m(approved) in text and m(paid) in text and m(report.allocated) in text and m(report.budget) in text
    for bucket in (*report.by_channel, *report.by_quarter):
        assert m(bucket.approved) in text
    for region in report.by_region:
        assert region.region in text and m(region.allocated) in text  # Cyrillic region names
    assert report.efficiency_total is not None and m(report.efficiency_total.cost) in text
    assert "Что исключить в следующем году" in text
    for candidate in report.drop:
        assert candidate.reference in text


def test_annual_report_in_english(demo: Services, tmp_path: Path) -> None:
    report = demo.annual.report(YEAR)
    text, _ = pdf_text(write_annual(report, tmp_path / "annual-en.pdf", "en"))
    assert f"Annual programme report {YEAR}" in text and "What to drop next year" in text
    assert m(report.approved, "en") in text and "Planned against actual" in text


def test_cli_writes_the_documents(demo_db: tuple[Services, str], tmp_path: Path) -> None:
    _, db = demo_db
    out = tmp_path / "letters"
    assert run(["--db", db, "report", "letters", "--year", str(YEAR), "--out", str(out), "--lang", "en"]) == 0
    assert len(list(out.glob("*.pdf"))) == 36
    merged = tmp_path / "letters.pdf"
    assert run(["--db", db, "report", "letters", "--year", str(YEAR), "--merged", str(merged)]) == 0
    assert pdf_text(merged)[1] >= 36
    statement = tmp_path / "statement.pdf"
    assert (
        run(["--db", db, "report", "statement", "--dealer", "d003", "--year", str(YEAR), "--out", str(statement)]) == 0
    )
    assert "D003" in pdf_text(statement)[0]
    annual = tmp_path / "annual.pdf"
    assert run(["--db", db, "report", "annual", "--year", str(YEAR), "--out", str(annual)]) == 0
    assert annual.stat().st_size > 10_000
    assert (
        run(["--db", db, "report", "statement", "--dealer", "D999", "--year", str(YEAR), "--out", str(statement)]) == 1
    )


# --------------------------------------------------------------------------- on every database


def test_documents_on_every_database(services: Services, tmp_path: Path) -> None:
    DemoProgramme(services, year=YEAR, dealers=6, seed=3).run()
    approved, paid = db_sums(services)
    report = services.annual.report(YEAR)
    text, _ = pdf_text(write_annual(report, tmp_path / "annual.pdf", "en"))
    assert m(approved, "en") in text and m(paid, "en") in text
    for letter in services.statements.letters(YEAR):
        text, _ = pdf_text(write_letter(letter, tmp_path / "letter.pdf"))
        assert m(letter.allocated) in text
        st = services.statements.statement(YEAR, letter.dealer.code)
        text, _ = pdf_text(write_statement(st, tmp_path / "statement.pdf"))
        assert m(st.balance.approved) in text and (st.balance.approved, st.balance.paid) == db_sums(
            services, letter.dealer.code
        )


def test_cli_reports_default_to_the_years_documents_language(
    demo_db: tuple[Services, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14.5: without --lang a report is written in the year's ``language`` setting, whichever it is."""
    import json

    from sqlalchemy import create_engine, update

    from models import ProgrammeYear

    source = Path(demo_db[1])
    for language in ("ru", "en"):
        path = tmp_path / f"{language}.sqlite"
        shutil.copy(source, path)
        for suffix in ("-wal", "-shm"):  # what the module's open database has not checkpointed yet
            if Path(f"{source}{suffix}").exists():
                shutil.copy(f"{source}{suffix}", f"{path}{suffix}")
        engine = create_engine(sqlite_url(path))
        with engine.begin() as connection:  # a closed year's settings cannot change through the services
            connection.execute(update(ProgrammeYear).values(language=language))
        engine.dispose()
        for kind, extra in (("statement", ["--dealer", "D001"]), ("quarterly", ["--quarter", "1"])):
            out = tmp_path / f"{kind}-{language}.pdf"
            capsys.readouterr()
            args = ["--db", sqlite_url(path), "--json", "report", kind, "--year", str(YEAR), *extra, "--out", str(out)]
            assert run(args) == 0
            assert json.loads(capsys.readouterr().out)["result"]["lang"] == language, kind
        capsys.readouterr()
        chosen = ["--json", "report", "statement", "--dealer", "D001", "--year", str(YEAR), "--lang", "ru"]
        assert run(["--db", sqlite_url(path), *chosen, "--out", str(tmp_path / "chosen.pdf")]) == 0
        assert json.loads(capsys.readouterr().out)["result"]["lang"] == "ru"  # a choice wins

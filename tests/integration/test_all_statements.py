"""Every dealer's statement in one action (``report statements``) and the dealer page's read model.

The files are read back with pypdf: one per dealer named after its code, and the merged one holds every
dealer's pages, each statement numbering its own. The dealer page's figures are the statement's.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from coop_desk.cli import run
from coop_desk.demo import DemoProgramme
from coop_desk.money import plain_spaces
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models.db import Database, sqlite_url
from reports.pdf.statement import write_statement

YEAR = 2027
DEALERS = 6
LATE = "Z900"  # registered after the freeze: no allocation line


@pytest.fixture(scope="module")
def demo_db(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, str]]:
    path = tmp_path_factory.mktemp("all_statements") / "demo.sqlite"
    shutil.copy(sqlite_template, path)
    db = Database(sqlite_url(path), migrate=False)
    services = Services(ServiceContext(db, actor="tester"))
    DemoProgramme(services, year=YEAR, dealers=DEALERS, seed=7).run()
    region = services.dealers.list_regions()[0]
    services.dealers.register(LATE, "Поздний дилер", region)
    yield services, str(path)
    db.dispose()


def pdf(path: Path) -> tuple[str, int]:
    reader = PdfReader(str(path))
    return plain_spaces("\n".join(page.extract_text() for page in reader.pages)), len(reader.pages)


def test_cli_writes_one_statement_per_dealer_and_the_merged_one(demo_db: tuple[Services, str], tmp_path: Path) -> None:
    services, db = demo_db
    codes = sorted(d.code for d in services.dealers.list_dealers(active_only=True))
    assert LATE in codes and len(codes) == DEALERS + 1
    out = tmp_path / "out"
    assert run(["--db", db, "report", "statements", "--year", str(YEAR), "--out", str(out), "--merged"]) == 0
    files = sorted(out.glob("statement-*.pdf"))
    assert [f.name for f in files] == [f"statement-{YEAR}-{c}.pdf" for c in codes]
    singles = {}
    for code, f in zip(codes, files, strict=True):
        text, pages = pdf(f)
        assert f"Выписка дилера за {YEAR} год" in text and code in text
        singles[code] = pages
    merged_text, merged_pages = pdf(out / f"statements-{YEAR}.pdf")
    assert merged_pages == sum(singles.values())
    assert merged_text.count("стр. 1 из") == len(codes)  # each statement numbers its own pages
    for code in codes:
        assert f"{code} · {YEAR}" in merged_text  # the header names each page's dealer


def test_cli_without_merged_writes_only_the_dealers_files(demo_db: tuple[Services, str], tmp_path: Path) -> None:
    _, db = demo_db
    out = tmp_path / "only"
    assert run(["--db", db, "report", "statements", "--year", str(YEAR), "--out", str(out), "--lang", "en"]) == 0
    assert len(list(out.glob("*.pdf"))) == DEALERS + 1
    assert not (out / f"statements-{YEAR}.pdf").exists()


def test_cli_refuses_a_file_as_the_folder(demo_db: tuple[Services, str], tmp_path: Path) -> None:
    _, db = demo_db
    file = tmp_path / "a-file"
    file.write_text("x")
    assert run(["--db", db, "report", "statements", "--year", str(YEAR), "--out", str(file)]) == 1


def test_dealer_year_has_the_statements_figures(demo_db: tuple[Services, str]) -> None:
    services, _ = demo_db
    balances = {b.code: b for b in services.summary.year(YEAR).dealers}
    for code in ("D001", "D002"):
        page = services.statements.dealer_year(YEAR, code)
        st = services.statements.statement(YEAR, code)
        assert page.balance == st.balance == balances[code]
        assert page.allocation == st.allocation and page.allocation is not None
        assert page.score is not None and page.score.cap == page.allocation.cap
        assert [c.id for c in page.claims] == [c.id for c in st.claims]
        assert set(page.documents) == {c.id for c in st.claims}
        assert page.versions and page.versions[-1].amount == page.allocation.amount
        assert page.history  # registered and scored: the dealer's own records


def test_a_dealer_without_an_allocation(demo_db: tuple[Services, str], tmp_path: Path) -> None:
    services, _ = demo_db
    page = services.statements.dealer_year(YEAR, LATE)
    assert page.allocation is None and not page.claims and not page.mockups
    assert page.balance.allocated == page.balance.remaining == 0
    assert page.versions and page.versions[-1].amount is None  # the freeze gave it nothing
    text, pages = pdf(write_statement(page.statement, tmp_path / "late.pdf"))
    assert pages == 1 and LATE in text

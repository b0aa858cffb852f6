"""A dealer's requisites end to end: an old database upgraded keeps its dealers (with no requisites), the command
line sets and shows them, the dealer export lists them as text, the statement and the letter print them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from coop_desk.cli import run
from coop_desk.demo import DemoProgramme
from coop_desk.money import plain_spaces
from coop_desk.rules import REQUISITE_FIELDS
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models import Stage
from models.db import Database, make_engine, sqlite_url, upgrade
from reports.pdf.letters import write_letter
from reports.pdf.statement import write_statement
from reports.xlsx.exports import export_dealers
from tests.unit.test_rules_requisites import SBER, make_account

ACCOUNT = make_account(SBER["bic"], "40702810", "38000000001")
YEAR = 2027


def _pdf_text(path: Path) -> str:
    return plain_spaces("\n".join(page.extract_text() for page in PdfReader(path).pages))


# --------------------------------------------------------------------------- the migration
def test_an_upgraded_database_keeps_its_dealers_without_requisites(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0014")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO region (name, notes) VALUES ('North', '')"))
        conn.execute(
            text(
                "INSERT INTO dealer (code, name, region_id, city, legal_name, email, phone, active, created, version) "
                "VALUES ('D001', 'Old dealer', 1, 'Omsk', 'ООО Старый', 'a@b.ru', '+7', 1, CURRENT_TIMESTAMP, 3)"
            )
        )
    engine.dispose()
    db = Database(sqlite_url(path))  # upgrades (after a copy), as opening it in the program does
    try:
        services = Services(ServiceContext(db, actor="tester"))
        view = services.dealers.get("D001")
        assert (view.name, view.city, view.legal_name, view.email, view.version) == (
            "Old dealer",
            "Omsk",
            "ООО Старый",
            "a@b.ru",
            3,
        )
        assert view.requisites == dict.fromkeys(REQUISITE_FIELDS, "")
        services.dealers.edit("D001", 3, inn=SBER["inn"], bic=SBER["bic"], account=ACCOUNT)
        assert services.dealers.get("D001").account == ACCOUNT
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0015"
        columns = {row[1] for row in conn.execute("PRAGMA table_info(dealer)")}
        assert set(REQUISITE_FIELDS) <= columns
    finally:
        conn.close()


# --------------------------------------------------------------------------- the command line
def _cli(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["--db", str(db), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_template: Path) -> None:
    db = tmp_path / "cli.sqlite"
    shutil.copy(sqlite_template, db)
    code, _out, err = _cli(
        capsys,
        db,
        "dealer",
        "add",
        "D001",
        "--name",
        "Сбер",
        "--region",
        "Москва",
        "--inn",
        SBER["inn"],
        "--kpp",
        SBER["kpp"],
        "--ogrn",
        SBER["ogrn"],
        "--bic",
        SBER["bic"],
        "--corr-account",
        SBER["corr_account"],
        "--account",
        ACCOUNT,
        "--bank",
        "ПАО Сбербанк",
        "--address",
        "Москва, ул. Вавилова, 19",
    )
    assert code == 0, err
    code, out, _err = _cli(capsys, db, "dealer", "show", "D001")
    assert code == 0
    for label, value in (
        ("INN", SBER["inn"]),
        ("KPP", SBER["kpp"]),
        ("OGRN", SBER["ogrn"]),
        ("BIC", SBER["bic"]),
        ("settlement account", ACCOUNT),
        ("correspondent account", SBER["corr_account"]),
        ("bank", "ПАО Сбербанк"),
        ("legal address", "Москва, ул. Вавилова, 19"),
    ):
        assert any(
            line.split()[0 : len(label.split())] == label.split() and value in line for line in out.splitlines()
        ), (
            label,
            out,
        )
    # a wrong account is refused naming the field; nothing changes
    bad = ACCOUNT[:-1] + str((int(ACCOUNT[-1]) + 1) % 10)
    code, _out, err = _cli(capsys, db, "dealer", "edit", "D001", "--account", bad)
    assert code != 0 and "settlement account" in err and "BIC" in err
    # an option and FIELD=VALUE both work; an empty option clears
    code, _out, err = _cli(capsys, db, "dealer", "edit", "D001", "bank_name=Сбербанк", "--kpp", "")
    assert code == 0, err
    code, _out, err = _cli(capsys, db, "dealer", "edit", "D001", "kpp=2", "--kpp", "1")
    assert code != 0 and "given twice" in err
    code, _out, err = _cli(capsys, db, "dealer", "edit", "D001")
    assert code != 0 and "FIELD=VALUE" in err
    code, out, _err = _cli(capsys, db, "--json", "dealer", "show", "D001")
    assert code == 0 and '"kpp": ""' in out and '"bank_name": "Сбербанк"' in out and ACCOUNT in out


# --------------------------------------------------------------------------- the export and the documents
@pytest.fixture
def frozen(services: Services) -> Services:
    DemoProgramme(services, year=YEAR, dealers=4, seed=5, until=Stage.EXECUTION).run()
    full = SBER | {"account": ACCOUNT, "bank_name": "ПАО Сбербанк", "legal_address": "Москва, ул. Вавилова, 19"}
    services.dealers.edit("D001", **full)
    return services


def test_the_dealer_export_lists_the_requisites_as_text(frozen: Services, tmp_path: Path) -> None:
    path = tmp_path / "dealers.xlsx"
    export_dealers(frozen, None, path, lang="ru")
    ws = load_workbook(path).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    header = next(r for r in rows if r and "ИНН" in r)
    d001 = next(r for r in rows if r and r[0] == "D001")
    got = dict(zip(header, d001, strict=True))
    assert got["ИНН"] == SBER["inn"] and got["Расчётный счёт"] == ACCOUNT and got["Корр. счёт"] == SBER["corr_account"]
    assert isinstance(got["Расчётный счёт"], str)  # 20 digits would lose digits as a number
    other = next(r for r in rows if r and r[0] == "D002")
    assert dict(zip(header, other, strict=True))["ИНН"] in (None, "")


def test_the_statement_and_the_letter_print_the_requisites(frozen: Services, tmp_path: Path) -> None:
    statement = _pdf_text(write_statement(frozen.statements.statement(YEAR, "D001"), tmp_path / "st.pdf", "ru"))
    for value in ("ИНН", SBER["inn"], "БИК", SBER["bic"], "Расчётный счёт", ACCOUNT, "ПАО Сбербанк"):
        assert value in statement, value
    plain = _pdf_text(write_statement(frozen.statements.statement(YEAR, "D002"), tmp_path / "st2.pdf", "ru"))
    assert "ИНН" not in plain and "БИК" not in plain  # none given: no empty rows
    letter = next(le for le in frozen.statements.letters(YEAR) if le.dealer.code == "D001")
    text_en = _pdf_text(write_letter(letter, tmp_path / "letter.pdf", "en"))
    assert f"INN {SBER['inn']} / KPP {SBER['kpp']}" in text_en and "Москва, ул. Вавилова, 19" in text_en

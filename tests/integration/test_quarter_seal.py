"""A closed quarter is sealed: its PDF printed again later is the one printed at its close; the documents
decide a claim's quarter on the command line too; migration 0005 fills the new columns of old rows."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from pypdf import PdfReader

from coop_desk import rules
from coop_desk.cli import run
from coop_desk.services import ServiceContext, Services
from models.db import Database, alembic_config, current_revision, head_revision, upgrade
from reports.pdf.i18n import t
from reports.pdf.quarterly import write_quarterly_report
from tests.factories import approve_mockup, claim_input, year_in_execution

YEAR = 2027
D = Decimal
AT_CLOSE = dt.datetime(2027, 5, 1, 9, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2028, 2, 3, 17, 45, tzinfo=dt.UTC)


def pdf_lines(path: Path, lang: str) -> list[str]:
    """The PDF's text, line by line, without the line saying when it was generated."""
    generated = t("generated_at", lang, when="").strip()
    lines = [line for page in PdfReader(path).pages for line in (page.extract_text() or "").splitlines()]
    assert any(generated in line for line in lines)
    return [line for line in lines if generated not in line]


def test_a_closed_quarters_pdf_printed_later_is_the_one_printed_at_its_close(
    services: Services, tmp_path: Path
) -> None:
    ex = year_in_execution(services, dealers={"D001": [D(20000), D(10000)], "D002": [D(8000)]})
    ex.clock.set(dt.date(YEAR, 2, 1))
    for code, n in (("D001", 1), ("D001", 2), ("D002", 1)):
        approve_mockup(services, YEAR, ex.ref(code, n), other_brands=1 if n == 2 else 0)
    ex.clock.set(dt.date(YEAR, 4, 10))
    first = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001"), D(12000), dt.date(YEAR, 3, 5))).claim_id
    second = services.claims.file(YEAR, "D002", claim_input(ex.ref("D002"), D(5000), dt.date(YEAR, 3, 7))).claim_id
    services.claims.approve(first)
    services.claims.approve(second)
    services.claims.record_payment(YEAR, "D001", dt.date(YEAR, 4, 10), D(1000), {first: D(1000)})
    ex.clock.set(dt.date(YEAR, 5, 1))
    services.claims.close_quarter(YEAR, 1)
    printed = {lang: tmp_path / f"q1-at-close-{lang}.pdf" for lang in ("ru", "en")}
    for lang, path in printed.items():
        write_quarterly_report(services.quarterly.report(YEAR, 1), path, lang, generated_at=AT_CLOSE)

    # After the close: payments of Q1's claims, a late claim for Q1's work, the rest of the year, evaluation.
    ex.clock.set(dt.date(YEAR, 5, 20))
    services.claims.record_payment(YEAR, "D001", dt.date(YEAR, 5, 20), D(5000), [first])
    services.claims.record_payment(YEAR, "D002", dt.date(YEAR, 5, 20), D(2500), [second])
    late = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001", 2), D(4000), dt.date(YEAR, 3, 20))).claim_id
    services.claims.override_late(late, "the vendor's act came late")
    services.claims.approve(late)
    ex.clock.set(dt.date(YEAR + 1, 2, 1))
    for quarter in (2, 3, 4):
        services.claims.close_quarter(YEAR, quarter)
    services.years.advance(YEAR, confirm_missing=True)
    assert services.years.get(YEAR).stage.value == "evaluation"

    for lang, path in printed.items():
        again = tmp_path / f"q1-later-{lang}.pdf"
        write_quarterly_report(services.quarterly.report(YEAR, 1), again, lang, generated_at=LATER)
        assert pdf_lines(again, lang) == pdf_lines(path, lang)
    # the late claim is in Q2, marked with its work's quarter and judged by Q1's deadline
    q2 = tmp_path / "q2.pdf"
    write_quarterly_report(services.quarterly.report(YEAR, 2), q2, "en", generated_at=LATER)
    text = " ".join(pdf_lines(q2, "en"))
    assert "work of Q1" in text and "due 30 Apr 2027" in text.replace(",", "")


# --------------------------------------------------------------------------- migration 0005


def test_migration_0005_fills_the_work_quarter_and_what_a_close_sealed(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [D(20000), D(10000)], "D002": [D(8000)]})
    ex.clock.set(dt.date(YEAR, 2, 1))
    for code, n in (("D001", 1), ("D001", 2), ("D002", 1)):
        approve_mockup(services, YEAR, ex.ref(code, n))
    ex.clock.set(dt.date(YEAR, 4, 10))
    on_act = services.claims.file(YEAR, "D001", claim_input(ex.ref("D001"), D(1000), dt.date(YEAR, 3, 5))).claim_id
    by_template = services.claims.file(
        YEAR, "D001", claim_input(ex.ref("D001", 2), D(1000), dt.date(YEAR, 3, 6))
    ).claim_id
    no_act = services.claims.file(
        YEAR, "D002", claim_input(ex.ref("D002"), D(1000), dt.date(YEAR, 4, 2), missing=("act",))
    ).claim_id
    services.claims.approve(on_act)
    services.claims.record_payment(YEAR, "D001", dt.date(YEAR, 4, 10), D(100), {on_act: D(100)})
    engine = services.ctx.db.engine
    claim = sa.table(
        "claim", sa.column("id"), sa.column("quarter"), sa.column("invoice_date", sa.Date()), sa.column("work_quarter")
    )
    payment = sa.table(
        "payment",
        sa.column("id"),
        sa.column("year_id"),
        sa.column("dealer_id"),
        sa.column("paid_on", sa.Date()),
        sa.column("amount"),
        sa.column("reference"),
        sa.column("recorded_by"),
        sa.column("created", sa.DateTime(timezone=True)),
    )
    close = sa.table(
        "quarter_close",
        sa.column("year_id"),
        sa.column("quarter"),
        sa.column("closed_at", sa.DateTime(timezone=True)),
        sa.column("closed_by"),
    )
    with engine.begin() as c:
        first = c.execute(sa.select(payment)).one()

    command.downgrade(alembic_config(engine), "0005-1")  # the schema before 0005, with its rows
    assert current_revision(engine) != head_revision()
    with engine.begin() as c:
        # as the old version stored them: a Q1 act filed with the Q2 template; an invoice of the year before
        c.execute(claim.update().where(claim.c.id == by_template).values(quarter=2))
        c.execute(claim.update().where(claim.c.id == no_act).values(quarter=1, invoice_date=dt.date(YEAR - 1, 12, 20)))
        closed_at = first.created + dt.timedelta(minutes=1)
        c.execute(close.insert().values(year_id=first.year_id, quarter=1, closed_at=closed_at, closed_by="old"))
        c.execute(
            payment.insert().values(
                year_id=first.year_id,
                dealer_id=first.dealer_id,
                paid_on=dt.date(YEAR, 5, 2),
                amount=1,
                reference="after the close",
                recorded_by="old",
                created=closed_at + dt.timedelta(minutes=1),
            )
        )
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.begin() as c:
        rows = dict(c.execute(sa.text("SELECT id, work_quarter FROM claim")).all())
        quarters = dict(c.execute(sa.text("SELECT id, quarter FROM claim")).all())
        sealed = c.execute(sa.text("SELECT quarter, payments_through, stage FROM quarter_close")).all()
    assert rows == {on_act: 1, by_template: 1, no_act: 1}  # the act's quarter; the stored one out of the year
    assert quarters == {on_act: 1, by_template: 2, no_act: 1}  # where they were counted stays
    assert [tuple(r) for r in sealed] == [(1, first.id, "execution")]
    view = services.claims.get(by_template)
    assert (view.quarter, view.work_quarter) == (2, 1)


# --------------------------------------------------------------------------- the command line


def test_the_quarter_commands(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Against the real clock: a past year whose deadline (366 days) keeps Q4 open to filing until today."""
    year = dt.date.today().year - 1
    services = Services(ServiceContext(sqlite_db, actor="tester"))
    ex = year_in_execution(services, year=year, dealers={"D001": [D(20000)]}, claim_deadline_days=366)
    ex.clock.set(dt.date(year, 2, 1))
    approve_mockup(services, year, ex.ref("D001"))

    def cli(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run(["--db", sqlite_db.url, *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    y = str(year)
    code, out, err = cli(
        "--json", "claim", "file", "--year", y, "--dealer", "D001", "--ref", ex.ref("D001"), "--invoice", "I-1",
        "--invoice-date", f"{y}-03-10", "--amount", "1000", "--payment-order", "P-1", "--payment-date",
        f"{y}-03-10", "--paid", "1000", "--act", "A-1", "--act-date", f"{y}-03-12", "--quarter", "2",
    )  # fmt: skip
    assert code == 0, err
    filed = json.loads(out)["result"]
    assert (filed["claim"]["quarter"], filed["claim"]["work_quarter"]) == (1, 1)
    assert "filed with the Q2 template, but its documents date the work in Q1" in filed["filing"]["message"]
    claim_id = str(filed["claim"]["id"])

    code, _, err = cli("quarter", "close", "--year", y, "2")
    assert code == 1 and f"Q1 {y} is still open: the quarters are closed in order" in err
    code, _, err = cli("quarter", "close", "--year", y, "1", "--before-deadline", "books closed early")
    assert code == 1 and f"claim {claim_id} (invoice I-1, submitted)" in err
    cli("claim", "reject", claim_id, "--reason", "no evidence")
    for q in "123":
        code, out, err = cli("quarter", "close", "--year", y, q, "--before-deadline", "books closed early")
        assert code == 0, err
    code, _, err = cli("quarter", "close", "--year", y, "4")
    deadline = rules.claim_deadline(year, 4, 366)
    assert code == 1 and f"until {deadline}: it can be closed from {deadline + dt.timedelta(days=1)}" in err
    assert "the programme owner can close it earlier, with a reason" in err
    code, out, err = cli("quarter", "close", "--year", y, "4", "--before-deadline", "the year's books close")
    assert code == 0 and f"{y} Q4 closed; closed so far: Q1, Q2, Q3, Q4" in out
    code, out, err = cli("quarter", "reopen", "--year", y, "4")
    assert code == 2  # --reason is required
    code, out, err = cli("quarter", "reopen", "--year", y, "3", "--reason", "a late claim")
    assert code == 1 and f"Q4 {y} is closed after it" in err
    code, out, err = cli("quarter", "reopen", "--year", y, "4", "--reason", "a late claim")
    assert code == 0 and f"{y} Q4 reopened: a late claim; closed: Q1, Q2, Q3" in out
    code, out, err = cli("--json", "audit", "list", "--year", y, "--limit", "3")
    actions = [e["action"] for e in json.loads(out)["result"]["events"]]
    assert "quarter.reopen" in actions


# --------------------------------------------------------------------------- the claims workbook


def test_a_quarters_claims_template_may_list_earlier_work_judged_by_its_own_deadline(
    services: Services, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from reports.xlsx import claims as claims_xlsx

    ex = year_in_execution(services, dealers={"D001": [D(20000), D(20000)]}, today=dt.date(YEAR, 2, 1))
    approve_mockup(services, YEAR, ex.ref("D001", 1))
    approve_mockup(services, YEAR, ex.ref("D001", 2))
    path = claims_xlsx.write_claims_templates(services, YEAR, 2, tmp_path, dealer="D001")[0]
    wb = load_workbook(path)
    ws = wb[claims_xlsx.SHEET]
    rows = [
        (ex.ref("D001", 1), "Q1-WORK", dt.date(YEAR, 3, 2), dt.date(YEAR, 3, 28)),  # an earlier quarter's act
        (ex.ref("D001", 2), "Q2-WORK", dt.date(YEAR, 4, 2), dt.date(YEAR, 4, 28)),
    ]
    for i, (ref, number, invoiced_on, act_on) in enumerate(rows):
        values = {
            "reference": ref,
            "invoice_number": number,
            "invoice_date": invoiced_on,
            "invoice_amount": 1000,
            "vendor": "Подрядчик",
            "payment_order_number": f"ПП-{number}",
            "payment_order_date": invoiced_on,
            "paid_amount": 1000,
            "act_number": f"А-{number}",
            "act_date": act_on,
        }
        for j, column in enumerate(claims_xlsx.COLUMNS, start=1):
            ws.cell(row=claims_xlsx.FIRST_ROW + i, column=j, value=values.get(column.key))
    wb.save(path)
    ex.clock.set(dt.date(YEAR, 5, 10))  # after Q1's deadline (30 April), before Q2's (30 July)
    result = claims_xlsx.import_claims(services, [path])
    assert [r.outcome for r in result.rows] == [claims_xlsx.LATE, claims_xlsx.FILED]
    first, second = (services.claims.get(r.claim_id) for r in result.rows if r.claim_id is not None)
    assert (first.quarter, first.work_quarter, first.deadline, first.late) == (1, 1, dt.date(YEAR, 4, 30), True)
    assert (second.quarter, second.deadline, second.late) == (2, dt.date(YEAR, 7, 30), False)
    assert "filed with the Q2 template, but its documents date the work in Q1" in result.rows[0].message

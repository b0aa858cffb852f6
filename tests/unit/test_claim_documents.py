"""A claim carries its scans by kind (issue 13, point 3): attached, listed, taken off, and R8 for files — an
invoice scan belongs to one claim; a payment order, an act or a proof may be shared by one dealer's claims."""

from __future__ import annotations

import datetime as dt
import zlib
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from coop_desk.cli import run
from coop_desk.errors import Conflict, DuplicateClaim, InvalidInput, NotFound, Refused
from coop_desk.services import Services
from coop_desk.services.claim_views import DocumentInput
from models import DocumentKind
from models.db import alembic_config, current_revision, head_revision
from tests.factories import ExecutionYear, approve_mockup, claim_input, expect_audit, unchanged, year_in_execution

FEB, MAR, APR = dt.date(2027, 2, 1), dt.date(2027, 3, 10), dt.date(2027, 4, 10)
D = Decimal


def png(seed: int) -> bytes:
    """A tiny real PNG (1×1, its colour from ``seed``): distinct bytes per seed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    pixel = zlib.compress(bytes([0, seed % 256, (seed // 256) % 256, 7]))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixel) + chunk(b"IEND", b"")


def pdf(label: str) -> bytes:
    return f"%PDF-1.4\n% {label}\n%%EOF\n".encode()


@pytest.fixture
def ex(services: Services) -> ExecutionYear:
    year = year_in_execution(services, dealers={"D001": [D(30000), D(30000), D(30000)], "D002": [D(20000)]})
    year.clock.set(FEB)
    for refs in year.references.values():
        for ref in refs:
            approve_mockup(services, 2027, ref, other_brands=0)
    year.clock.set(APR)
    return year


def filed(services: Services, ex: ExecutionYear, code: str, n: int = 1, number: str = "", **extra: object) -> int:
    claim = claim_input(ex.ref(code, n), D(100), MAR, number=number or f"{code}-{n}", **extra)
    return services.claims.file(2027, code, claim).claim_id


def test_a_claim_carries_its_invoice_payment_order_act_and_a_dated_proof(services: Services, ex: ExecutionYear) -> None:
    claim_id = filed(services, ex, "D001")
    with expect_audit(services, "attachment.add", "claim.attach"):
        services.claims.attach_data(claim_id, "invoice", pdf("invoice"), "счёт 17.pdf")
    services.claims.attach_data(claim_id, DocumentKind.PAYMENT_ORDER, pdf("order"), "order.pdf")
    services.claims.attach_data(claim_id, "act", png(1), "act.png")
    services.claims.attach_data(claim_id, "site-photos", png(2), "site.png", proof_date=dt.date(2027, 3, 5))
    documents = services.claims.documents(claim_id)
    assert [(d.kind, d.filename, d.media_type, d.proof_date) for d in documents] == [
        (DocumentKind.INVOICE, "счёт 17.pdf", "application/pdf", None),
        (DocumentKind.PAYMENT_ORDER, "order.pdf", "application/pdf", None),
        (DocumentKind.ACT, "act.png", "image/png", None),
        (DocumentKind.SITE_PHOTOS, "site.png", "image/png", dt.date(2027, 3, 5)),
    ]
    view = services.claims.get(claim_id)
    assert view.documents == documents
    assert view.attachment_id == documents[0].attachment_id  # the invoice's scan
    assert services.attachments.read(documents[3].attachment_id) == (png(2), "image/png")
    # the same file again as the same kind changes nothing; as another kind of the same claim it is its own row
    services.claims.attach_data(claim_id, "invoice", pdf("invoice"), "again.pdf")
    assert len(services.claims.documents(claim_id)) == 4
    services.claims.attach_data(claim_id, "act", pdf("invoice"), "all-in-one.pdf")
    assert [d.kind for d in services.claims.documents(claim_id)][-1] == DocumentKind.ACT


def test_attaching_bumps_the_claims_version_so_a_stale_decision_is_told(services: Services, ex: ExecutionYear) -> None:
    claim_id = filed(services, ex, "D001")
    seen = services.claims.get(claim_id).version
    services.claims.attach_data(claim_id, "invoice", pdf("x"), "x.pdf", expected_version=seen)
    with unchanged(services), pytest.raises(Conflict, match="changed by somebody else"):
        services.claims.approve(claim_id, expected_version=seen)


def test_an_invoice_scan_belongs_to_one_claim(services: Services, ex: ExecutionYear) -> None:
    first = filed(services, ex, "D001")
    second = filed(services, ex, "D001", 2)
    services.claims.attach_data(first, "invoice", pdf("inv"), "inv.pdf")
    with unchanged(services), pytest.raises(DuplicateClaim, match=f"duplicate of claim {first} ") as refused:
        services.claims.attach_data(second, "invoice", pdf("inv"), "inv-copy.pdf")
    assert (refused.value.first_id, refused.value.same) == (first, "file")
    assert "there as its invoice" in str(refused.value)
    # not as another kind either, and not the other way round: a payment order used as an invoice elsewhere
    with unchanged(services), pytest.raises(DuplicateClaim, match=f"duplicate of claim {first} "):
        services.claims.attach_data(second, "payment_order", pdf("inv"), "order.pdf")
    services.claims.attach_data(second, "payment_order", pdf("order"), "order.pdf")
    third = filed(services, ex, "D001", 3)
    with unchanged(services), pytest.raises(DuplicateClaim, match=f"duplicate of claim {second} .*payment order"):
        services.claims.attach_data(third, "invoice", pdf("order"), "order-as-invoice.pdf")


def test_a_payment_order_act_or_proof_is_shared_by_one_dealers_claims_only(
    services: Services, ex: ExecutionYear
) -> None:
    first, second = filed(services, ex, "D001"), filed(services, ex, "D001", 2)
    for kind, data in (("payment_order", pdf("one payment")), ("act", pdf("one act")), ("event_photos", png(9))):
        services.claims.attach_data(first, kind, data, f"{kind}.bin")
        services.claims.attach_data(second, kind, data, f"{kind}.bin")  # one dealer: shared, not refused
    assert len(services.claims.documents(second)) == 3
    other = filed(services, ex, "D002")
    with unchanged(services), pytest.raises(DuplicateClaim, match=f"claim {first} of dealer D001"):
        services.claims.attach_data(other, "act", pdf("one act"), "act.pdf")


def test_bad_documents_are_refused_naming_the_field(services: Services, ex: ExecutionYear) -> None:
    claim_id = filed(services, ex, "D001")
    with unchanged(services):
        with pytest.raises(InvalidInput, match=r"claim \d+ \(kind\): 'receipt' is not a kind of claim document"):
            services.claims.attach_data(claim_id, "receipt", pdf("x"), "x.pdf")
        with pytest.raises(InvalidInput, match=r"\(proof date\): 2027-04-11 is in the future"):
            services.claims.attach_data(claim_id, "shop_photos", png(3), "p.png", proof_date=dt.date(2027, 4, 11))
        with pytest.raises(InvalidInput, match="only a proof of performance carries a date"):
            services.claims.attach_data(claim_id, "invoice", pdf("x"), "x.pdf", proof_date=MAR)
        with pytest.raises(InvalidInput, match="is not a PDF, PNG"):
            services.claims.attach_data(claim_id, "invoice", b"PK\x03\x04 a workbook", "x.xlsx")
        with pytest.raises(NotFound, match="there is no claim 999"):
            services.claims.attach_data(999, "invoice", pdf("x"), "x.pdf")


def test_documents_go_on_before_a_decision_and_a_wrong_one_comes_off(services: Services, ex: ExecutionYear) -> None:
    claim_id = filed(services, ex, "D001")
    services.claims.attach_data(claim_id, "invoice", pdf("wrong"), "wrong.pdf")
    (wrong,) = services.claims.documents(claim_id)
    with expect_audit(services, "claim.detach"):
        services.claims.detach(wrong.id)
    assert services.claims.documents(claim_id) == ()
    services.claims.attach_data(claim_id, "invoice", pdf("wrong"), "wrong.pdf")  # its file is free again
    services.claims.approve(claim_id)
    (kept,) = services.claims.documents(claim_id)
    with unchanged(services):
        with pytest.raises(Refused, match="is approved: documents are attached to a claim before it is decided"):
            services.claims.attach_data(claim_id, "act", pdf("late act"), "act.pdf")
        with pytest.raises(Refused, match="is approved"):
            services.claims.detach(kept.id)
        with pytest.raises(NotFound, match="there is no claim document 999"):
            services.claims.detach(999)


def test_a_returned_claim_takes_documents(services: Services, ex: ExecutionYear) -> None:
    claim_id = filed(services, ex, "D001", missing=("act",))
    assert services.claims.get(claim_id).status.value == "returned"
    services.claims.attach_data(claim_id, "act", pdf("act"), "act.pdf")
    assert [d.kind for d in services.claims.documents(claim_id)] == [DocumentKind.ACT]


def test_filing_with_its_scans_puts_them_on_and_refuses_a_used_invoice_scan(
    services: Services, ex: ExecutionYear
) -> None:
    invoice = services.attachments.add(pdf("inv 1"), "inv1.pdf").id
    order = services.attachments.add(pdf("order"), "order.pdf").id
    photo = services.attachments.add(png(5), "photo.png").id
    documents = (
        DocumentInput(DocumentKind.PAYMENT_ORDER, order),
        DocumentInput(DocumentKind.SHOP_PHOTOS, photo, dt.date(2027, 3, 1)),
    )
    first = filed(services, ex, "D001", attachment_id=invoice, documents=documents)
    kinds = [(d.kind, d.proof_date) for d in services.claims.documents(first)]
    assert kinds == [
        (DocumentKind.INVOICE, None),
        (DocumentKind.PAYMENT_ORDER, None),
        (DocumentKind.SHOP_PHOTOS, dt.date(2027, 3, 1)),
    ]
    # the payment order shared by a second claim of D001: filed; the invoice scan again: refused
    second = filed(services, ex, "D001", 2, documents=(DocumentInput(DocumentKind.PAYMENT_ORDER, order),))
    assert [d.attachment_id for d in services.claims.documents(second)] == [order]
    with unchanged(services), pytest.raises(DuplicateClaim, match=f"duplicate of claim {first} "):
        filed(services, ex, "D001", 3, attachment_id=invoice)
    with unchanged(services), pytest.raises(DuplicateClaim, match=f"claim {first} of dealer D001"):
        filed(services, ex, "D002", documents=(DocumentInput(DocumentKind.PAYMENT_ORDER, order),))
    with unchanged(services), pytest.raises(InvalidInput, match="there is no stored attachment 999"):
        filed(services, ex, "D001", 3, documents=(DocumentInput(DocumentKind.ACT, 999),))


def test_the_migration_makes_the_old_single_scan_the_invoice_document(services: Services, ex: ExecutionYear) -> None:
    invoice = services.attachments.add(pdf("old scan"), "old.pdf").id
    with_scan = filed(services, ex, "D001", attachment_id=invoice)
    without = filed(services, ex, "D001", 2)
    engine = services.ctx.db.engine
    cfg = alembic_config(engine)
    engine.dispose()
    command.downgrade(cfg, "0009")
    columns = {c["name"] for c in inspect(engine).get_columns("claim")}
    assert "attachment_id" in columns and "claim_document" not in inspect(engine).get_table_names()
    with engine.connect() as c:
        assert dict(c.execute(text("SELECT id, attachment_id FROM claim")).all()) == {with_scan: invoice, without: None}
    engine.dispose()
    command.upgrade(cfg, "head")
    assert current_revision(engine) == head_revision()
    assert "attachment_id" not in {c["name"] for c in inspect(engine).get_columns("claim")}
    (document,) = services.claims.documents(with_scan)
    assert (document.kind, document.attachment_id) == (DocumentKind.INVOICE, invoice)
    assert services.claims.documents(without) == ()


def test_claim_attach_documents_and_detach_from_the_command_line(
    services: Services, ex: ExecutionYear, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if services.ctx.db.directory is None:
        pytest.skip("the command line test runs on the SQLite file")
    claim_id = filed(services, ex, "D001")
    url = str(services.ctx.db.engine.url)
    scan = tmp_path / "акт.png"
    scan.write_bytes(png(11))
    services.ctx.db.dispose()

    def cli(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run(["--db", url, *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    code, out, err = cli("claim", "attach", str(claim_id), "--kind", "site_photos", "--date", "2026-11-02", str(scan))
    assert code == 0, err
    assert f"claim {claim_id}: site_photos акт.png attached" in out and "2026-11-02" in out
    code, out, err = cli("claim", "show", str(claim_id))
    assert code == 0 and "scan: site_photos" in out and "акт.png of 2026-11-02" in out
    code, _, err = cli("claim", "attach", str(claim_id), "--kind", "invoice", str(tmp_path / "missing.pdf"))
    assert code == 1 and "missing.pdf" in err and "cannot be read" in err
    code, _, err = cli("claim", "attach", str(claim_id), "--kind", "receipt", str(scan))
    assert code == 2 and "invalid choice" in err
    document = services.claims.documents(claim_id)[0].id
    code, out, err = cli("claim", "detach", str(document))
    assert code == 0 and "no documents attached" in out, err

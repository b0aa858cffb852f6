"""Scans given with a claim as checked files (``ClaimInput.files``, what a claims workbook sends): stored by the
filing itself, in its unit of work, so a refused claim stores neither a claim nor a file (issue 13, point 3)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from coop_desk.errors import DuplicateClaim, NoApprovedMockup
from coop_desk.services import Services
from coop_desk.services.attachments import check_file_data
from coop_desk.services.claim_views import IncomingDocument
from models import ClaimStatus, DocumentKind
from tests.factories import ExecutionYear, claim_input, unchanged, year_in_execution
from tests.unit.test_claim_documents import APR, MAR, ex, pdf, png  # noqa: F401

K = DocumentKind


def scan(kind: K, data: bytes, name: str, day: dt.date | None = None) -> IncomingDocument:
    return IncomingDocument(kind, check_file_data(data, name), day)


def stored_files(services: Services) -> list[Path]:
    directory = services.ctx.db.directory
    folder = directory / "attachments" if directory is not None else None
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder and folder.is_dir() else []


def test_files_given_with_a_claim_are_stored_with_it(services: Services, ex: ExecutionYear) -> None:
    files = (scan(K.INVOICE, pdf("inv"), "inv.pdf"), scan(K.SHOP_PHOTOS, png(3), "shop.png", dt.date(2027, 3, 1)))
    result = services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR, files=files))
    claim = services.claims.get(result.claim_id)
    assert result.status == ClaimStatus.SUBMITTED
    assert {(d.kind, d.filename, d.proof_date) for d in claim.documents} == {
        (K.INVOICE, "inv.pdf", None),
        (K.SHOP_PHOTOS, "shop.png", dt.date(2027, 3, 1)),
    }
    assert claim.attachment_id == next(d.attachment_id for d in claim.documents if d.kind == K.INVOICE)


def test_a_refused_claim_stores_no_file(services: Services, ex: ExecutionYear) -> None:
    services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(100), MAR, number="INV-1"))
    before = stored_files(services)
    again = claim_input(ex.ref("D001"), D(100), MAR, number="inv 1", files=(scan(K.INVOICE, pdf("new"), "n.pdf"),))
    with unchanged(services), pytest.raises(DuplicateClaim):
        services.claims.file(2027, "D001", again)
    assert stored_files(services) == before  # beside SQLite: no file written either


def test_a_stored_invoice_scan_given_again_is_a_duplicate_and_a_shared_order_is_not(
    services: Services, ex: ExecutionYear
) -> None:
    first = services.claims.file(
        2027,
        "D001",
        claim_input(
            ex.ref("D001"),
            D(100),
            MAR,
            number="A",
            files=(scan(K.INVOICE, pdf("inv A"), "a.pdf"), scan(K.PAYMENT_ORDER, pdf("order"), "po.pdf")),
        ),
    ).claim_id
    twice = claim_input(ex.ref("D001", 2), D(100), MAR, number="B", files=(scan(K.ACT, pdf("inv A"), "act.pdf"),))
    with unchanged(services), pytest.raises(DuplicateClaim) as refused:
        services.claims.file(2027, "D001", twice)
    assert refused.value.first_id == first
    shared = claim_input(
        ex.ref("D001", 2), D(100), MAR, number="C", files=(scan(K.PAYMENT_ORDER, pdf("order"), "x.pdf"),)
    )
    second = services.claims.file(2027, "D001", shared).claim_id
    orders = {
        d.attachment_id for c in (first, second) for d in services.claims.documents(c) if d.kind == K.PAYMENT_ORDER
    }
    assert len(orders) == 1
    other = claim_input(ex.ref("D002"), D(100), MAR, number="D", files=(scan(K.PAYMENT_ORDER, pdf("order"), "po.pdf"),))
    with unchanged(services), pytest.raises(DuplicateClaim, match="shared only among the claims of one dealer"):
        services.claims.file(2027, "D002", other)


def test_a_claim_without_an_approved_mockup_stores_no_file(services: Services) -> None:
    year = year_in_execution(services, dealers={"D001": [D(30000)]})
    year.clock.set(APR)
    claim = claim_input(year.ref("D001"), D(100), MAR, files=(scan(K.INVOICE, pdf("lonely"), "x.pdf"),))
    with unchanged(services), pytest.raises(NoApprovedMockup):
        services.claims.file(2027, "D001", claim)
    assert stored_files(services) == []

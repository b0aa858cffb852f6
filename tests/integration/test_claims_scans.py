"""The claims workbook carries each row's scans (issue 13, points 3 and 5): document columns in the template per
the channels' proofs, the files beside the workbook or in its zip, each checked, R8 for files, and a row of a
returned claim's invoice completing it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import time
import zipfile
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from coop_desk.services import Services
from coop_desk.services.claim_views import DocumentInput
from models import Attachment, ClaimStatus, DocumentKind
from reports.xlsx import claims as claims_xlsx
from reports.xlsx.claims import scan_files
from reports.xlsx.claims.scan_columns import NOT_APPLICABLE, OPTIONAL, REQUIRED, ScanColumn
from reports.xlsx.claims.template import _template
from tests.factories import ExecutionYear, approve_mockup, claim_input, unchanged, year_in_execution
from tests.integration.test_agency_exchange import resave
from tests.unit.test_claim_documents import pdf, png

YEAR = 2027
FEB, MAR, APR = dt.date(YEAR, 2, 1), dt.date(YEAR, 3, 10), dt.date(YEAR, 4, 10)
K = DocumentKind
PROOFS = {
    "radio": [("airplay_certificate", True), ("other_proof", False)],
    "press": [("printed_page", True)],
}


def a_year(services: Services, channel: str = "radio") -> ExecutionYear:
    """D001 with three activities of ``channel`` (two with an approved mockup), D002 with one."""
    ex = year_in_execution(
        services,
        dealers={"D001": [D(30000), D(30000), D(30000)], "D002": [D(20000)]},
        channel=channel,
        proofs=PROOFS,
    )
    ex.clock.set(FEB)
    for ref in (ex.ref("D001", 1), ex.ref("D001", 2), ex.ref("D002", 1)):
        approve_mockup(services, YEAR, ref)
    ex.clock.set(APR)
    return ex


@pytest.fixture
def radio(services: Services) -> ExecutionYear:
    return a_year(services)


def titles(ws: Any) -> dict[str, int]:
    """English title (the second line of the header) → column."""
    out = {}
    for cell in ws[claims_xlsx.HEADER_ROW]:
        if isinstance(cell.value, str):
            out[cell.value.split("\n")[-1]] = cell.column
    return out


def fill(path: Path, rows: list[dict[str, Any]]) -> None:
    """Fill rows by the columns' titles (never by position): claim fields by their key, scans by ScanColumn key."""
    wb = load_workbook(path)
    ws = wb[claims_xlsx.SHEET]
    by_title = titles(ws)
    keys = {c.key: by_title[c.en] for c in claims_xlsx.COLUMNS if c.en in by_title}
    for kind in K:
        for date in (False, True) if kind.is_proof else (False,):
            column = ScanColumn(kind, date)
            if column.titles[1] in by_title:
                keys[column.key] = by_title[column.titles[1]]
    for i, values in enumerate(rows):
        for key, value in values.items():
            ws.cell(row=claims_xlsx.FIRST_ROW + i, column=keys[key], value=value)
    wb.save(path)


def row(ref: str, number: str, amount: D = D(1000), **scans: Any) -> dict[str, Any]:
    return {
        "reference": ref,
        "invoice_number": number,
        "invoice_date": MAR,
        "invoice_amount": amount,
        "vendor": "Радио Волна",
        "payment_order_number": f"ПП-{number}",
        "payment_order_date": MAR,
        "paid_amount": amount,
        "act_number": f"А-{number}",
        "act_date": MAR,
    } | scans


def template(services: Services, folder: Path, dealer: str = "D001") -> Path:
    return claims_xlsx.write_claims_templates(services, YEAR, 1, folder, dealer=dealer)[0]


def attachments(services: Services) -> int:
    with services.ctx.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Attachment)) or 0


# --------------------------------------------------------------------------- the template


@pytest.mark.parametrize(
    ("channel", "proofs"),
    [("radio", ["Airplay certificate", "Other proof"]), ("press", ["Printed page"]), ("other", [])],
)
def test_the_template_has_the_proof_columns_of_its_channels(
    services: Services, tmp_path: Path, channel: str, proofs: list[str]
) -> None:
    a_year(services, channel)
    wb = load_workbook(template(services, tmp_path))
    ws = wb[claims_xlsx.SHEET]
    found = list(titles(ws))
    fixed = [c.en.split("{")[0] for c in claims_xlsx.COLUMNS]
    assert [t.split("(")[0] for t in found[: len(fixed)]] == [f.split("(")[0] for f in fixed]  # the old ones first
    expected = ["Invoice scan file", "Payment order scan file", "Act scan file"]
    expected += [f"{p}: {part}" for p in proofs for part in ("file", "date")]
    assert found[len(fixed) :] == expected
    assert ws.cell(row=claims_xlsx.HEADER_ROW, column=len(fixed) + 1).value == "Файл скана счёта\nInvoice scan file"
    listed = wb[claims_xlsx.LIST_SHEET]
    assert [str(c.value).split("\n")[-1] for c in listed[2]][6:] == proofs
    rules = [r for rng in ws.conditional_formatting for r in rng.rules]
    assert len(rules) == 2 * 2 * len(proofs)  # grey and orange, on each proof's file and date column
    if channel == "radio":
        assert [listed.cell(row=3, column=7).value, listed.cell(row=3, column=8).value] == [REQUIRED, OPTIONAL]
        assert any(REQUIRED in r.formula[0] for r in rules) and any(NOT_APPLICABLE in r.formula[0] for r in rules)
    instructions = " ".join(str(c.value) for c in wb["Инструкция"]["A"] if c.value)
    assert "in the same folder as this workbook (or in a zip with it)" in instructions
    assert "в ту же папку, что и эту книгу" in instructions


def test_a_row_of_a_channel_without_the_proof_is_greyed_by_its_activity(services: Services, tmp_path: Path) -> None:
    """A dealer with radio and press activities: each proof column is required for its own channel's rows and
    not applicable to the other's (the activity list says which; the cells follow the row's reference)."""
    ex = a_year(services, "radio")
    mockups = sorted(services.mockups.list_mockups(YEAR, dealer_code="D001"), key=lambda m: m.reference)
    press = [dataclasses.replace(mockups[0], channel="press"), *mockups[1:]]
    wb = _template(YEAR, 1, "EUR", "D001", "Dealer", press, {}, services.years.get(YEAR).proofs)
    listed = wb[claims_xlsx.LIST_SHEET]
    header = [str(c.value).split("\n")[-1] for c in listed[2]][6:]
    assert header == ["Printed page", "Airplay certificate", "Other proof"]
    rows = {listed.cell(row=r, column=2).value: [c.value for c in listed[r]][6:] for r in (3, 4)}
    assert rows["press"] == [REQUIRED, NOT_APPLICABLE, NOT_APPLICABLE]
    assert rows["radio"] == [NOT_APPLICABLE, REQUIRED, OPTIONAL]
    assert ex.ref("D001", 1) == listed.cell(row=3, column=1).value
    entry = wb[claims_xlsx.SHEET]
    rules = [(str(rng.sqref), r.formula[0]) for rng in entry.conditional_formatting for r in rng.rules]
    assert len(rules) == 2 * 2 * 3  # grey and orange on the file and date column of each of the three proofs
    assert all(f"'{claims_xlsx.LIST_SHEET}'!" in formula and "$A7" in formula for _, formula in rules)


# --------------------------------------------------------------------------- the round trip


def test_round_trip_in_a_folder_files_the_claims_with_their_scans(
    services: Services, radio: ExecutionYear, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    real = scan_files.read_file
    monkeypatch.setattr(scan_files, "read_file", lambda path, limit: reads.append(path.name) or real(path, limit))
    tmp_path = tmp_path / "sent"  # the database's own files stay out of the folder imported
    path = template(services, tmp_path)
    (tmp_path / "D001-inv-1.pdf").write_bytes(pdf("invoice 1"))
    (tmp_path / "D001-inv-2.pdf").write_bytes(pdf("invoice 2"))
    (tmp_path / "pp.pdf").write_bytes(pdf("one payment for both"))
    (tmp_path / "act-1.pdf").write_bytes(pdf("act 1"))
    (tmp_path / "act-2.png").write_bytes(png(2))
    (tmp_path / "эфирная справка.pdf").write_bytes(pdf("airplay"))
    (tmp_path / "unused.pdf").write_bytes(pdf("nobody names me"))
    fill(
        path,
        [
            row(
                radio.ref("D001", 1),
                "INV-1",
                invoice_file="D001-inv-1.pdf",
                payment_order_file="pp.pdf",
                act_file="act-1.pdf",
                airplay_certificate_file="эфирная справка.pdf",
                airplay_certificate_date=dt.date(YEAR, 2, 20),
            ),
            row(
                radio.ref("D001", 2),
                "INV-2",
                invoice_file="d001-INV-2.pdf",  # another case: Windows would find it too
                payment_order_file="pp.pdf",  # one payment order for two invoices: shared
                act_file="act-2.png",
                airplay_certificate_file="эфирная справка.pdf",
                airplay_certificate_date=dt.date(YEAR, 3, 1),
            ),
        ],
    )
    result = claims_xlsx.import_claims(services, [tmp_path])
    assert result.exit_code == 0, result.lines()
    assert [r.outcome for r in result.rows] == [claims_xlsx.FILED, claims_xlsx.FILED]
    first, second = (services.claims.get(r.claim_id) for r in result.rows if r.claim_id)
    assert first.status == second.status == ClaimStatus.SUBMITTED
    kinds = {(d.kind, d.filename, d.proof_date) for d in first.documents}
    assert kinds == {
        (K.INVOICE, "D001-inv-1.pdf", None),
        (K.PAYMENT_ORDER, "pp.pdf", None),
        (K.ACT, "act-1.pdf", None),
        (K.AIRPLAY_CERTIFICATE, "эфирная справка.pdf", dt.date(YEAR, 2, 20)),
    }
    assert first.attachment_id is not None
    shared = {d.kind: d.attachment_id for d in first.documents}
    again = {d.kind: d.attachment_id for d in second.documents}
    assert again[K.PAYMENT_ORDER] == shared[K.PAYMENT_ORDER]
    assert again[K.AIRPLAY_CERTIFICATE] == shared[K.AIRPLAY_CERTIFICATE]  # one certificate for both
    assert {d.proof_date for d in second.documents if d.kind == K.AIRPLAY_CERTIFICATE} == {dt.date(YEAR, 3, 1)}
    assert services.attachments.read(again[K.ACT])[1] == "image/png"
    assert sorted(reads) == sorted(set(reads))  # each file read once, however many rows name it
    assert len(reads) == 6
    # the scans read are not listed as skipped files of the folder; one nobody named is
    names = [Path(o.path).name for o in result.outcomes]
    assert "unused.pdf" in names and "pp.pdf" not in names and "act-1.pdf" not in names


def test_round_trip_in_a_zip(services: Services, radio: ExecutionYear, tmp_path: Path) -> None:
    path = template(services, tmp_path / "made")
    fill(path, [row(radio.ref("D001", 1), "INV-1", invoice_file="inv.pdf", act_file="act.pdf")])
    bundle = tmp_path / "in" / "D001-Q1.zip"
    bundle.parent.mkdir()
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(path, f"claims/{path.name}")
        zf.writestr("claims/inv.pdf", pdf("invoice in a zip"))
        zf.writestr("claims/act.pdf", pdf("act in a zip"))
        zf.writestr("inv.pdf", pdf("not beside the workbook"))
    result = claims_xlsx.import_claims(services, [bundle])
    assert [r.outcome for r in result.rows] == [claims_xlsx.RETURNED], result.lines()
    claim_id = result.rows[0].claim_id or 0
    # A folder holding the zip is read as well: the same row completes the returned claim (nothing new to add).
    inside = claims_xlsx.import_claims(services, [bundle.parent])
    assert [(r.outcome, r.claim_id) for r in inside.rows] == [(claims_xlsx.RETURNED, claim_id)], inside.lines()
    assert f"claim {claim_id} completed" in inside.rows[0].message
    claim = services.claims.get(claim_id)
    assert claim.status == ClaimStatus.RETURNED  # no airplay certificate: returned naming it
    assert "airplay certificate" in claim.reason
    docs = {d.kind: services.attachments.read(d.attachment_id)[0] for d in claim.documents}
    assert docs == {K.INVOICE: pdf("invoice in a zip"), K.ACT: pdf("act in a zip")}
    assert result.outcomes[0].path.endswith(f"D001-Q1.zip/claims/{path.name}")


def test_round_trip_through_libreoffice(services: Services, radio: ExecutionYear, tmp_path: Path) -> None:
    """A dealer without Excel: the document columns are found by their titles in the file LibreOffice saved."""
    path = template(services, tmp_path / "made")
    fill(
        path,
        [
            row(
                radio.ref("D001", 1),
                "LO-1",
                invoice_file="inv.pdf",
                airplay_certificate_file="cert.png",
                airplay_certificate_date=dt.date(YEAR, 2, 20),
            )
        ],
    )
    resaved = resave(path, tmp_path)
    (resaved.parent / "inv.pdf").write_bytes(pdf("invoice LO"))
    (resaved.parent / "cert.png").write_bytes(png(9))
    result = claims_xlsx.import_claims(services, [resaved])
    assert [r.outcome for r in result.rows] == [claims_xlsx.FILED], result.lines()
    claim = services.claims.get(result.rows[0].claim_id or 0)
    assert {(d.kind, d.proof_date) for d in claim.documents} == {
        (K.INVOICE, None),
        (K.AIRPLAY_CERTIFICATE, dt.date(YEAR, 2, 20)),
    }


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("../evil.pdf", "has a path that leads out of the zip"),
        ("/etc/evil.pdf", "has a path that leads out of the zip"),
    ],
)
def test_a_zip_with_a_path_trick_is_refused_whole(
    services: Services, radio: ExecutionYear, tmp_path: Path, entry: str, reason: str
) -> None:
    path = template(services, tmp_path / "made")
    fill(path, [row(radio.ref("D001", 1), "INV-1", invoice_file="evil.pdf")])
    bundle = tmp_path / "D001.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.write(path, path.name)
        zf.writestr(entry, pdf("evil"))
    with unchanged(services):
        result = claims_xlsx.import_claims(services, [bundle])
    assert result.rows == [] and reason in result.outcomes[0].message
    assert not (tmp_path.parent / "evil.pdf").exists()


def test_a_zip_without_a_workbook_or_too_many_entries_is_refused(
    services: Services, radio: ExecutionYear, tmp_path: Path
) -> None:
    empty = tmp_path / "scans.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("inv.pdf", pdf("x"))
    crowded = tmp_path / "crowded.zip"
    with zipfile.ZipFile(crowded, "w") as zf:
        for n in range(claims_xlsx.BUNDLE_LIMITS.max_entries + 1):
            zf.writestr(f"{n}.pdf", b"")
    not_zip = tmp_path / "fake.zip"
    not_zip.write_bytes(b"just text")
    with unchanged(services):
        result = claims_xlsx.import_claims(services, [empty, crowded, not_zip])
    messages = [o.message for o in result.outcomes]
    assert "no .xlsx or .xlsm workbook in the zip" in messages[0]
    assert "zip entries" in messages[1]
    assert "not a readable zip" in messages[2]
    assert result.exit_code == 1


# --------------------------------------------------------------------------- problems per row


def test_each_scan_problem_refuses_its_row_naming_the_column_and_file(
    services: Services, radio: ExecutionYear, tmp_path: Path
) -> None:
    path = template(services, tmp_path)
    (tmp_path / "text.pdf").write_text("this is not a PDF at all")
    (tmp_path / "ok.pdf").write_bytes(pdf("ok"))
    (tmp_path / "ok-2.pdf").write_bytes(pdf("ok 2"))
    (tmp_path / "new.pdf").write_bytes(pdf("a scan nobody stored"))
    ref = radio.ref("D001", 1)
    fill(
        path,
        [
            row(ref, "INV-1", invoice_file="D001-inv.pdf"),  # row 7: missing
            row(ref, "INV-2", invoice_file="text.pdf"),  # row 8: a text file named .pdf
            row(ref, "INV-3", invoice_file="../ok.pdf"),  # row 9: a path in the name
            row(ref, "INV-4", invoice_file="ok.pdf", airplay_certificate_date=dt.date(YEAR, 2, 20)),  # a date alone
            row(ref, "INV-5", invoice_file="ok-2.pdf", payment_order_file="ok.pdf"),  # row 11: filed
            row(radio.ref("D001", 3), "INV-6", invoice_file="new.pdf"),  # row 12: no approved mockup
        ],
    )
    before = attachments(services)
    result = claims_xlsx.import_claims(services, [path])
    outcomes = [(r.row, r.outcome) for r in result.rows]
    assert outcomes == [
        (7, claims_xlsx.NOT_FILED),
        (8, claims_xlsx.NOT_FILED),
        (9, claims_xlsx.NOT_FILED),
        (10, claims_xlsx.NOT_FILED),
        (11, claims_xlsx.RETURNED),  # filed, returned: no airplay certificate
        (12, claims_xlsx.NO_MOCKUP),
    ]
    text = [str(r) for r in result.rows]
    assert "row 7 (" in text[0] and "invoice scan: D001-inv.pdf is not in the workbook's folder" in text[0]
    assert "invoice scan: text.pdf: is not a PDF, PNG, JPEG, TIFF or WEBP file" in text[1]
    assert "invoice scan: ../ok.pdf: only a file's name is accepted" in text[2]
    assert "airplay certificate: date: a date without its file" in text[3]
    assert all(r.claim_id is None for r in result.rows if r.row != 11)
    assert len(services.claims.list_claims(YEAR)) == 1
    assert attachments(services) == before + 2  # ok-2.pdf and ok.pdf of the filed row; not new.pdf of row 12
    assert result.exit_code == 1


def test_the_same_invoice_scan_twice_is_a_duplicate_and_a_shared_payment_order_is_not(
    services: Services, radio: ExecutionYear, tmp_path: Path
) -> None:
    earlier = services.attachments.add(pdf("claimed before"), "old-invoice.pdf").id
    filed = services.claims.file(YEAR, "D001", claim_input(radio.ref("D001", 2), D(100), MAR, attachment_id=earlier))
    foreign = services.attachments.add(pdf("D002's payment"), "pp-D002.pdf").id
    services.claims.file(
        YEAR,
        "D002",
        claim_input(radio.ref("D002", 1), D(100), MAR, documents=(DocumentInput(K.PAYMENT_ORDER, foreign),)),
    )
    path = template(services, tmp_path)
    (tmp_path / "inv.pdf").write_bytes(pdf("invoice"))
    (tmp_path / "again.pdf").write_bytes(pdf("claimed before"))  # the same content under another name
    (tmp_path / "pp.pdf").write_bytes(pdf("payment"))
    (tmp_path / "their-pp.pdf").write_bytes(pdf("D002's payment"))
    ref = radio.ref("D001", 1)
    fill(
        path,
        [
            row(ref, "A-1", invoice_file="inv.pdf", payment_order_file="pp.pdf"),
            row(ref, "A-2", invoice_file="inv.pdf", payment_order_file="pp.pdf"),  # the same invoice scan
            row(ref, "A-3", invoice_file="again.pdf"),  # the scan of an earlier claim
            row(ref, "A-4", payment_order_file="pp.pdf"),  # the payment order shared: fine
            row(ref, "A-5", payment_order_file="their-pp.pdf"),  # another dealer's payment order
        ],
    )
    result = claims_xlsx.import_claims(services, [path])
    assert [r.outcome for r in result.rows] == [
        claims_xlsx.RETURNED,
        claims_xlsx.DUPLICATE,
        claims_xlsx.DUPLICATE,
        claims_xlsx.RETURNED,
        claims_xlsx.DUPLICATE,
    ], result.lines()
    first = result.rows[0].claim_id
    assert result.rows[1].duplicate_of == first and "the file inv.pdf was claimed already" in result.rows[1].message
    assert result.rows[2].duplicate_of == filed.claim_id
    assert "shared only among the claims of one dealer" in result.rows[4].message
    assert len(services.claims.list_claims(YEAR, dealer_code="D001")) == 3  # the earlier one, A-1 and A-4
    pp = [
        d.attachment_id
        for c in services.claims.list_claims(YEAR, dealer_code="D001")
        for d in c.documents
        if d.kind == K.PAYMENT_ORDER
    ]
    assert len(pp) == 2 and len(set(pp)) == 1


# --------------------------------------------------------------------------- a returned claim completed


def test_a_row_of_a_returned_claim_completes_it_and_one_of_a_submitted_claim_is_a_duplicate(
    services: Services, radio: ExecutionYear, tmp_path: Path
) -> None:
    ref = radio.ref("D001", 1)
    first = template(services, tmp_path / "q1")
    (tmp_path / "q1" / "inv.pdf").write_bytes(pdf("invoice"))
    fill(first, [row(ref, "INV-7", invoice_file="inv.pdf", act_date=None, act_number=None)])
    returned = claims_xlsx.import_claims(services, [first]).rows[0]
    assert returned.outcome == claims_xlsx.RETURNED and returned.claim_id is not None
    before = services.claims.get(returned.claim_id)
    # The dealer sends it again: the act added, the certificate scanned, the invoice number typed differently.
    again = template(services, tmp_path / "again")
    (tmp_path / "again" / "inv.pdf").write_bytes(pdf("invoice"))
    (tmp_path / "again" / "cert.pdf").write_bytes(pdf("certificate"))
    fill(
        again,
        [
            row(
                ref,
                "inv 7",
                invoice_file="inv.pdf",
                airplay_certificate_file="cert.pdf",
                airplay_certificate_date=dt.date(YEAR, 2, 25),
            )
        ],
    )
    result = claims_xlsx.import_claims(services, [again])
    (completed,) = result.rows
    assert completed.outcome == claims_xlsx.COMPLETED, result.lines()
    assert completed.claim_id == returned.claim_id
    assert f"claim {returned.claim_id} completed" in completed.message
    claim = services.claims.get(returned.claim_id)
    assert claim.status == ClaimStatus.SUBMITTED and claim.act_date == MAR and claim.invoice_number == "inv 7"
    assert sorted(d.kind for d in claim.documents) == sorted([K.INVOICE, K.AIRPLAY_CERTIFICATE])
    assert claim.version > before.version
    assert len(services.claims.list_claims(YEAR)) == 1
    # Now submitted: the same row once more is a duplicate, as before.
    with unchanged(services):
        dup = claims_xlsx.import_claims(services, [again]).rows[0]
    assert dup.outcome == claims_xlsx.DUPLICATE and dup.duplicate_of == returned.claim_id


# --------------------------------------------------------------------------- old workbooks, wild scans


def test_a_workbook_without_the_document_columns_still_imports(
    services: Services, radio: ExecutionYear, tmp_path: Path
) -> None:
    path = template(services, tmp_path)
    wb = load_workbook(path)
    ws = wb[claims_xlsx.SHEET]
    ws.delete_cols(len(claims_xlsx.COLUMNS) + 1, ws.max_column)  # as the templates were before the scans
    wb.save(path)
    fill(path, [row(radio.ref("D001", 1), "OLD-1"), row(radio.ref("D001", 2), "OLD-2")])
    (tmp_path / "stray.pdf").write_bytes(pdf("stray"))
    result = claims_xlsx.import_claims(services, [path])
    assert [r.outcome for r in result.rows] == [claims_xlsx.RETURNED] * 2  # no certificate: returned
    assert all(services.claims.get(r.claim_id or 0).documents == () for r in result.rows)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_huge_scan_and_a_fifo_are_refused_by_name_without_hanging(
    services: Services, radio: ExecutionYear, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "sent"
    path = template(services, tmp_path)
    with (tmp_path / "huge.pdf").open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(60 * 1024 * 1024)  # 60 MB, sparse
    os.mkfifo(tmp_path / "pipe.pdf")
    (tmp_path / "folder.pdf").mkdir()
    outside = tmp_path.parent / "outside.pdf"
    outside.write_bytes(pdf("outside the folder"))
    os.symlink(outside, tmp_path / "link.pdf")
    ref = radio.ref("D001", 1)
    fill(
        path,
        [
            row(ref, "W-1", invoice_file="huge.pdf"),
            row(ref, "W-2", invoice_file="pipe.pdf"),
            row(ref, "W-3", invoice_file="folder.pdf"),
            row(ref, "W-4", invoice_file="link.pdf"),
        ],
    )
    started = time.monotonic()
    with unchanged(services):
        result = claims_xlsx.import_claims(services, [tmp_path])
    assert time.monotonic() - started < 30
    text = [str(r) for r in result.rows]
    assert [r.outcome for r in result.rows] == [claims_xlsx.NOT_FILED] * 4
    assert "huge.pdf: is larger than the limit of 50 MB" in text[0]
    assert "pipe.pdf: is not a regular file" in text[1]
    assert "folder.pdf: is not a regular file" in text[2]
    assert "link.pdf is a link, not a file in the workbook's folder" in text[3]


def test_a_huge_entry_in_a_zip_is_refused_by_name_unread(
    services: Services, radio: ExecutionYear, tmp_path: Path
) -> None:
    path = template(services, tmp_path / "made")
    fill(path, [row(radio.ref("D001", 1), "Z-1", invoice_file="huge.pdf")])
    bundle = tmp_path / "D001.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(path, path.name)
        zf.writestr("huge.pdf", b"%PDF-1.4\n" + bytes(60 * 1024 * 1024))  # inflates 60 MB (and 60000 times)
    with unchanged(services):
        result = claims_xlsx.import_claims(services, [bundle])
    assert "huge.pdf is larger than the limit of 50 MB" in str(result.rows[0])

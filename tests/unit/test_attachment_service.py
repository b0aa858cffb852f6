"""Attachments: stored once by SHA-256, type by content, names cleaned, read back intact."""

from __future__ import annotations

import hashlib
import os
from decimal import Decimal as D
from pathlib import Path

import pytest

from coop_desk.errors import InvalidInput, NotFound
from coop_desk.services import Services
from coop_desk.services.attachments import AttachmentService, clean_filename, media_type_of

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + b"1 0 obj\n" * 8


def test_a_file_is_stored_once_and_read_back(services: Services) -> None:
    first = services.attachments.add(PNG, "макет.png")
    again = services.attachments.add(PNG, "another name.png")
    assert again.id == first.id
    assert first.sha256 == hashlib.sha256(PNG).hexdigest()
    assert first.media_type == "image/png" and first.size == len(PNG)
    assert services.attachments.read(first.id) == (PNG, "image/png")
    assert services.attachments.get(first.id).filename == "макет.png"


def test_where_the_bytes_live(services: Services) -> None:
    view = services.attachments.add(PDF, "invoice.pdf")
    folder = services.ctx.db.directory
    if folder is None:  # a server database keeps the bytes in the row
        from models import Attachment

        with services.ctx.db.reading() as s:
            assert s.get(Attachment, view.id).content == PDF  # type: ignore[union-attr]
    else:  # SQLite keeps them in a file named by the hash, beside the database
        path = folder / "attachments" / view.sha256[:2] / view.sha256
        assert path.read_bytes() == PDF


def test_the_type_is_judged_by_content_not_by_name(services: Services) -> None:
    assert services.attachments.add(PNG, "looks-like.pdf").media_type == "image/png"
    with pytest.raises(InvalidInput, match="not a PDF, PNG, JPEG, TIFF or WEBP"):
        services.attachments.add(b"MZ\x90\x00 an executable", "scan.png")
    with pytest.raises(InvalidInput, match="empty"):
        services.attachments.add(b"", "empty.pdf")


def test_the_size_limit(services: Services) -> None:
    small = AttachmentService(services.ctx, limit=32)
    with pytest.raises(InvalidInput, match="larger than the limit"):
        small.add(PNG, "big.png")


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\scan.pdf", "scan.pdf"),
        ("evil\x00name\x1b.png", "evilname.png"),
        ("...", "attachment"),
        ("a" * 300 + ".pdf", "a" * 196 + ".pdf"),
    ],
)
def test_file_names_are_cleaned(given: str, kept: str) -> None:
    assert clean_filename(given) == kept


def test_media_types_by_signature() -> None:
    assert media_type_of(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert media_type_of(b"II*\x00rest") == "image/tiff"
    assert media_type_of(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert media_type_of(b"<html>") is None


def test_a_damaged_file_is_detected(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from coop_desk.services import ServiceContext

    services = Services(ServiceContext(sqlite_db, actor="tester"))
    view = services.attachments.add(PNG, "m.png")
    path = sqlite_db.directory / "attachments" / view.sha256[:2] / view.sha256
    path.write_bytes(PNG + b"tampered")
    with pytest.raises(NotFound, match="checksum"):
        services.attachments.read(view.id)
    path.unlink()
    with pytest.raises(NotFound, match="missing"):
        services.attachments.read(view.id)


# -- a refusal writes nothing (issue 11.8) ------------------------------------------------------------


def _stored(services: Services) -> tuple[int, int, list[str]]:
    """(attachment rows, audit records, files beside the database)."""
    from sqlalchemy import func, select

    from models import Attachment, AuditEvent

    with services.ctx.db.reading() as s:
        rows = s.scalar(select(func.count()).select_from(Attachment)) or 0
        events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
    folder = services.ctx.db.directory
    files = sorted(p.name for p in (folder / "attachments").rglob("*") if p.is_file()) if folder else []
    return rows, events, files


def test_a_refused_mockup_stores_neither_its_file_nor_an_audit_record(services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from coop_desk.errors import CoopDeskError
    from coop_desk.services.attachments import read_file
    from tests.factories import year_in_execution

    ex = year_in_execution(services, dealers={"D001": [D(1000), D(1000)]})
    picture = tmp_path / "poster.png"
    picture.write_bytes(PNG + b"poster")
    first = services.mockups.submit(ex.year, ex.ref("D001"), title="v1", file=read_file(picture))
    assert services.mockups.get(first.ids[0]).attachment_id is not None
    before = _stored(services)
    other = tmp_path / "poster-2.png"
    other.write_bytes(PNG + b"another poster")
    for reference in (ex.ref("D001"), "D001-2027-99", "nonsense"):  # pending, unknown, malformed
        with pytest.raises(CoopDeskError):
            services.mockups.submit(ex.year, reference, title="v2", file=read_file(other))
        assert _stored(services) == before, reference


def test_a_role_that_may_not_submit_stores_nothing(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from coop_desk.errors import PermissionDenied
    from coop_desk.services import ServiceContext
    from coop_desk.services.attachments import read_file
    from models.enums import Role
    from tests.factories import year_in_execution

    owner = Services(ServiceContext(db, actor="owner"))
    ex = year_in_execution(owner)
    clerk = Services(ServiceContext(db, actor="fin", role=Role.FINANCE, today=owner.ctx.today))
    picture = tmp_path / "poster.png"
    picture.write_bytes(PNG + b"from finance")
    before = _stored(owner)
    with pytest.raises(PermissionDenied):
        clerk.mockups.submit(ex.year, ex.ref("D001"), title="x", file=read_file(picture))
    assert _stored(owner) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_files_that_are_not_regular_are_refused_at_once(services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from coop_desk.services.attachments import read_file

    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait forever
    link = tmp_path / "link.pdf"
    link.symlink_to(fifo)
    for path in (fifo, link, Path("/dev/zero"), Path("/dev/null"), tmp_path):
        with pytest.raises(InvalidInput, match="not a regular file"):
            read_file(path)
        with pytest.raises(InvalidInput, match="not a regular file"):
            services.attachments.add_file(path)
    with pytest.raises(InvalidInput, match="cannot be read"):
        read_file(tmp_path / "missing.pdf")
    good = tmp_path / "ok.pdf"
    good.write_bytes(PDF)
    link_to_good = tmp_path / "ok-link.pdf"
    link_to_good.symlink_to(good)
    assert read_file(link_to_good).data == PDF  # a link to a regular file is that file


def test_a_file_written_by_a_unit_of_work_that_fails_is_removed(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from coop_desk.services import ServiceContext
    from coop_desk.services.attachments import check_file_data, store_file

    ctx = ServiceContext(sqlite_db, actor="tester")
    incoming = check_file_data(PNG + b"rolled back", "x.png")
    with pytest.raises(RuntimeError), ctx.unit() as s:
        store_file(s, ctx, incoming)
        path = sqlite_db.directory / "attachments" / incoming.sha256[:2] / incoming.sha256
        assert path.is_file()
        raise RuntimeError("the use case fails after storing its file")
    assert not path.exists()

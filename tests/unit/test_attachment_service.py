"""Attachments: stored once by SHA-256, type by content, names cleaned, read back intact."""

from __future__ import annotations

import hashlib

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

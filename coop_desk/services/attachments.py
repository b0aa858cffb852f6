"""Attachments: mockups and scans of invoices, payment orders and acts, stored once by SHA-256.

A SQLite database keeps the files beside itself (``attachments/ab/abcdef…``), written and
flushed before the row that names them is committed, so a crash never leaves a row without
its file; a server database keeps the bytes in the row so that every desktop of a team sees
them. The type is checked by content, never by name.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desk.errors import InvalidInput, NotFound, Problem
from coop_desk.services.base import UNDO_FILES, ServiceContext, audit
from coop_desk.text import Text
from models import Attachment

DEFAULT_LIMIT = 50 * 1024 * 1024
#: Accepted kinds: media type by the first bytes of the file.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


@dataclass(frozen=True)
class AttachmentView:
    id: int
    sha256: str
    filename: str
    media_type: str
    size: int


def media_type_of(data: bytes) -> str | None:
    """The media type by content (PDF, PNG, JPEG, TIFF, WEBP), or None for anything else."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    for magic, media_type in _SIGNATURES:
        if data.startswith(magic):
            return media_type
    return None


def clean_filename(name: str) -> str:
    """The last part of a name, without control characters or path tricks, at most 200 characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    base = base.strip().strip(".").strip()
    if len(base) > 200:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 200 - len(ext) - 1] + "." + ext) if dot and len(ext) <= 10 else base[:200]
    return base or "attachment"


@dataclass(frozen=True)
class IncomingFile:
    """A file checked and ready to store: its clean name, type by content and hash."""

    data: bytes
    filename: str
    media_type: str
    sha256: str


def check_file_data(data: bytes, filename: str, limit: int = DEFAULT_LIMIT) -> IncomingFile:
    """The file's bytes checked (not empty, within ``limit``, a PDF or an image by content); InvalidInput otherwise."""
    name = clean_filename(filename)
    where = Text("attachment {name}", name=name)
    if not data:
        raise InvalidInput(Problem(where, Text("the file is empty")))
    if len(data) > limit:
        raise InvalidInput(Problem(where, Text("is larger than the limit of {size} MB", size=limit // 1048576)))
    media_type = media_type_of(data)
    if media_type is None:
        raise InvalidInput(Problem(where, Text("is not a PDF, PNG, JPEG, TIFF or WEBP file (judged by its content)")))
    return IncomingFile(data, name, media_type, hashlib.sha256(data).hexdigest())


def read_file(path: Path, limit: int = DEFAULT_LIMIT) -> IncomingFile:
    """A file from disk, checked: a regular file (not a FIFO, a device, a folder, or a link to one of them:
    refused at once, before reading a byte), within ``limit``, a PDF or an image; InvalidInput otherwise."""
    where = str(path)
    try:
        # O_NONBLOCK: opening a FIFO with nobody writing to it must not wait; Windows has no FIFOs (0).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InvalidInput(Problem(where, Text("cannot be read: {reason}", reason=str(exc.strerror or exc)))) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(Problem(where, Text("is not a regular file (a folder, a device or a pipe)")))
        if info.st_size > limit:
            raise InvalidInput(Problem(where, Text("is larger than the limit of {size} MB", size=limit // 1048576)))
        with os.fdopen(fd, "rb", closefd=False) as source:
            data = source.read(limit + 1)
    except OSError as exc:
        raise InvalidInput(Problem(where, Text("cannot be read: {reason}", reason=str(exc.strerror or exc)))) from exc
    finally:
        os.close(fd)
    return check_file_data(data, path.name, limit)


def store_file(s: Session, ctx: ServiceContext, incoming: IncomingFile) -> Attachment:
    """Store a checked file inside the caller's unit of work (or find the identical one stored before).

    Call it after every check of the use case that could refuse: beside SQLite the file is written at once
    (before the row that names it is committed) and removed again if the unit of work is rolled back."""
    found = s.scalars(select(Attachment).where(Attachment.sha256 == incoming.sha256)).one_or_none()
    if found is not None:
        return found
    path = _store_path(ctx, incoming.sha256)
    if path is not None and _write_atomically(path, incoming.data):
        s.info.setdefault(UNDO_FILES, []).append(path)
    row = Attachment(
        sha256=incoming.sha256,
        filename=incoming.filename,
        media_type=incoming.media_type,
        size=len(incoming.data),
        content=None if path is not None else incoming.data,
    )
    s.add(row)
    s.flush()
    audit(
        s,
        ctx,
        "attachment.add",
        "attachment",
        row.id,
        summary=Text(
            "stored {name} ({media_type}, {size} bytes)",
            name=incoming.filename,
            media_type=incoming.media_type,
            size=len(incoming.data),
        ),
        after={
            "sha256": incoming.sha256,
            "filename": incoming.filename,
            "media_type": incoming.media_type,
            "size": len(incoming.data),
        },
    )
    return row


def _store_path(ctx: ServiceContext, sha256: str) -> Path | None:
    directory = ctx.db.directory
    return directory / "attachments" / sha256[:2] / sha256 if directory is not None else None


class AttachmentService:
    def __init__(self, ctx: ServiceContext, *, limit: int = DEFAULT_LIMIT) -> None:
        self._ctx = ctx
        self._limit = limit

    @property
    def _folder(self) -> Path | None:
        directory = self._ctx.db.directory
        return directory / "attachments" if directory is not None else None

    def _path(self, sha256: str) -> Path | None:
        return _store_path(self._ctx, sha256)

    def add(self, data: bytes, filename: str) -> AttachmentView:
        """Store a file (or find the identical one stored before) and return it."""
        incoming = check_file_data(data, filename, self._limit)
        with self._ctx.unit() as s:
            return _view(store_file(s, self._ctx, incoming))

    def add_file(self, path: Path) -> AttachmentView:
        """Store a file from disk (a regular file only: see :func:`read_file`)."""
        incoming = read_file(path, self._limit)
        with self._ctx.unit() as s:
            return _view(store_file(s, self._ctx, incoming))

    def get(self, attachment_id: int) -> AttachmentView:
        with self._ctx.db.reading() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFound(Text("there is no attachment {id}", id=attachment_id))
            return _view(row)

    def read(self, attachment_id: int) -> tuple[bytes, str]:
        """The bytes and media type of a stored file; its hash is checked."""
        with self._ctx.db.reading() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFound(Text("there is no attachment {id}", id=attachment_id))
            data = row.content
            sha, media_type = row.sha256, row.media_type
        if data is None:
            path = self._path(sha)
            if path is None or not path.is_file():
                raise NotFound(
                    Problem(
                        Text("attachment {id}", id=attachment_id),
                        Text("its file is missing from {folder}", folder=str(self._folder)),
                    )
                )
            data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha:
            raise NotFound(
                Problem(Text("attachment {id}", id=attachment_id), Text("the stored file does not match its checksum"))
            )
        return data, media_type


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(row.id, row.sha256, row.filename, row.media_type, row.size)


def _write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` (its hash) whole or not at all; False if the same content is there already."""
    if path.is_file() and path.stat().st_size == len(data):
        return False  # the same content is there already (named by its hash)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


__all__ = [
    "AttachmentService",
    "AttachmentView",
    "IncomingFile",
    "check_file_data",
    "clean_filename",
    "media_type_of",
    "read_file",
    "store_file",
]

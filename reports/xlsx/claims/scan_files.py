"""Where a claims workbook's scans are: beside it in its folder (:class:`FolderScans`) or beside it in the zip the
dealer sent (:class:`ZipScans`, opened by :func:`open_bundle`).

A row names each scan by its file name only: a name with a folder or a path in it (``../x.pdf``, ``C:\\x.pdf``)
is refused, and so is a link, so nothing outside the workbook's folder (or its folder inside the zip) is ever
read. Each file is
read once, however many rows name it (a payment order covering several invoices), and checked by its content
(:func:`coop_desk.services.attachments.read_file`, :func:`check_file_data`: a regular file — a FIFO or a device
is refused before a byte is read —, within the attachment limit, a PDF or an image). A zip is checked as a
workbook's zip is (:func:`reports.xlsx.zip_check.open_zip`: its size, the number of entries, what it would
inflate to; each entry inflated by hand, never beyond what it declares, its CRC and ratio checked); no entry
is extracted but the workbooks, each into a temporary folder of its own under its bare name.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
import tempfile
import zipfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from coop_desk.errors import InvalidInput
from coop_desk.services.attachments import DEFAULT_LIMIT, IncomingFile, check_file_data, read_file
from coop_desk.text import Text
from reports.xlsx.folder_listing import READ_SUFFIXES
from reports.xlsx.limits import MB, Bomb, Limits, Unreadable, WorkbookRefused
from reports.xlsx.zip_check import inflate_entry, open_zip, read_limited

__all__ = ["BUNDLE_LIMITS", "Bundle", "FolderScans", "ScanSource", "ZipScans", "open_bundle", "plain_name"]

#: What a dealer's zip of a workbook and its scans may be: larger than a workbook (scans are big), as many
#: entries as a quarter's scans could need.
BUNDLE_LIMITS = Limits(max_file_bytes=200 * MB, max_uncompressed_bytes=400 * MB, max_entries=2_000)
_PATH = re.compile(r"[\\/:]")


def plain_name(raw: str) -> tuple[str, Text | None]:
    """A file name as a row gives it, and the problem when it is not a bare name inside the folder."""
    name = raw.strip()
    if _PATH.search(name) or name in {".", ".."} or any(ord(ch) < 32 for ch in name):
        return name, Text(
            "{name}: only a file's name is accepted, without a folder or a path (the file goes beside the workbook)",
            name=name,
        )
    return name, None


def _read_problem(name: str, exc: InvalidInput) -> Text:
    reason = exc.problems[0].message if exc.problems else str(exc)
    return Text("{name}: {reason}", name=name, reason=reason)


class ScanSource(ABC):
    """The scans beside one workbook, each read and checked once: :meth:`get` gives the file or the problem.
    Where they come from (a folder, a zip) is the subclass's :meth:`_load`."""

    def __init__(self) -> None:
        self._cache: dict[str, IncomingFile | Text] = {}
        self.used: set[str] = set()  # the files rows named, to leave them out of the skipped files

    def get(self, raw: str) -> IncomingFile | Text:
        name, problem = plain_name(raw)
        if problem is not None:
            return problem
        if name not in self._cache:
            self._cache[name] = self._load(name)
        return self._cache[name]

    @abstractmethod
    def _load(self, name: str) -> IncomingFile | Text:
        """The file called ``name`` (a plain name), read and checked, or why it cannot be had."""


class FolderScans(ScanSource):
    """The files in a workbook's folder (its own entries only, listed once; a name is matched exactly, else
    case-insensitively when only one file has it)."""

    def __init__(self, folder: Path, limit: int = DEFAULT_LIMIT) -> None:
        super().__init__()
        self.folder = folder
        self._limit = limit
        self._names: dict[str, list[str]] | None = None

    def _entries(self) -> dict[str, list[str]]:
        if self._names is None:
            self._names = {}
            try:
                for entry in os.scandir(self.folder):
                    self._names.setdefault(entry.name.casefold(), []).append(entry.name)
            except OSError:
                pass
        return self._names

    def _load(self, name: str) -> IncomingFile | Text:
        found = self._entries().get(name.casefold(), [])
        actual = name if name in found else (found[0] if len(found) == 1 else None)
        if actual is None:
            return Text("{name} is not in the workbook's folder", name=name)
        path = self.folder / actual
        self.used.add(str(path))  # named by a row: its outcome is the row's, not "skipped"
        try:
            if stat.S_ISLNK(path.lstat().st_mode):  # a link may lead out of the folder: only files in it are read
                return Text("{name} is a link, not a file in the workbook's folder", name=name)
            return read_file(path, self._limit)
        except OSError as exc:
            return Text("{name}: cannot be read: {reason}", name=name, reason=str(exc.strerror or exc))
        except InvalidInput as exc:
            return _read_problem(name, exc)


class ZipScans(ScanSource):
    """The entries of a zip beside a workbook (in the same folder of the zip), inflated when a row names them."""

    def __init__(self, data: bytes, entries: dict[str, zipfile.ZipInfo], limit: int = DEFAULT_LIMIT) -> None:
        super().__init__()
        self._data = data
        self._entries = entries  # bare name → entry, of the workbook's folder in the zip
        self._folded = {n.casefold(): [m for m in entries if m.casefold() == n.casefold()] for n in entries}
        self._limit = limit

    def _load(self, name: str) -> IncomingFile | Text:
        found = self._folded.get(name.casefold(), [])
        actual = name if name in self._entries else (found[0] if len(found) == 1 else None)
        if actual is None:
            return Text("{name} is not in the zip", name=name)
        info = self._entries[actual]
        if info.file_size > self._limit:
            return Text("{name} is larger than the limit of {size} MB", name=name, size=str(self._limit // MB))
        try:
            data = inflate_entry(self._data, info, BUNDLE_LIMITS)
            incoming = check_file_data(data, actual, self._limit)
        except (Unreadable, Bomb) as exc:
            return Text("{name} cannot be read from the zip: {reason}", name=name, reason=_reason(exc))
        except InvalidInput as exc:
            return _read_problem(name, exc)
        self.used.add(actual)
        return incoming


def _reason(exc: BaseException) -> str:
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


@dataclass
class Bundle:
    """A dealer's zip, checked: each workbook in it (extracted under its bare name into a temporary folder)
    with the scans beside it."""

    path: Path
    workbooks: list[tuple[str, Path, ZipScans]] = field(default_factory=list)  # entry name, extracted, scans


def _workbook_entry(name: str) -> bool:
    base = posixpath.basename(name)
    hidden = base.startswith((".", "~$")) or name.startswith("__MACOSX/") or "/." in name
    return not hidden and posixpath.splitext(base)[1].lower() in READ_SUFFIXES


@contextmanager
def open_bundle(path: Path, limits: Limits = BUNDLE_LIMITS) -> Iterator[Bundle]:
    """Check a dealer's zip and extract its workbooks into a temporary folder (removed on exit); raises
    :class:`WorkbookRefused` naming the zip: damaged, too large, too many entries, encrypted, an entry whose
    name leaves the zip (an absolute path, ``..``), or no workbook in it."""
    data = read_limited(path, limits)  # a regular file within the limit (a FIFO is refused unread)
    try:
        zf, infos = open_zip(data, limits)
    except (Unreadable, Bomb) as exc:
        raise WorkbookRefused(path, Text("not a readable zip: {reason}", reason=_reason(exc))) from None
    if any(i.flag_bits & 0x1 for i in infos):
        raise WorkbookRefused(path, Text("password-protected (an encrypted zip): send it without a password"))
    files: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename.replace("\\", "/")
        parts = name.split("/")
        if name.startswith("/") or ".." in parts or re.match(r"^[A-Za-z]:", name):
            raise WorkbookRefused(
                path, Text("the zip entry {entry} has a path that leads out of the zip: refused", entry=info.filename)
            )
        if not info.is_dir():
            files[name] = info
    books = sorted(n for n in files if _workbook_entry(n))
    if not books:
        raise WorkbookRefused(path, Text("no .xlsx or .xlsm workbook in the zip"))
    with tempfile.TemporaryDirectory(prefix="coopdesk-claims-") as tmp:
        bundle = Bundle(path)
        for i, name in enumerate(books):
            folder = posixpath.dirname(name)
            beside = {posixpath.basename(n): info for n, info in files.items() if posixpath.dirname(n) == folder}
            target = Path(tmp) / str(i) / posixpath.basename(name)
            target.parent.mkdir()
            try:
                content = inflate_entry(data, files[name], limits)
            except (Unreadable, Bomb) as exc:
                raise WorkbookRefused(
                    path, Text("the zip entry {entry} cannot be read: {reason}", entry=name, reason=_reason(exc))
                ) from None
            target.write_bytes(content)
            bundle.workbooks.append((name, target, ZipScans(data, beside)))
        yield bundle

"""Finding the files of an import: every file given, and every file in a folder given (searched recursively).

Every file of a folder is listed (:func:`folder_entry`): ``.xlsx``, ``.xlsm`` and ``.ods`` (a draft LibreOffice
saved in its own format, :mod:`reports.xlsx.ods`) are read; another spreadsheet format (.xls, .xlsb, .csv…)
is refused saying how to save it; anything else is *skipped* by name, saying what it is (a lock file, a Word
document, not a spreadsheet). The plan import and the claims import list their files here (:func:`list_paths`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Generator, Iterable
from pathlib import Path

from coop_desk.text import Text
from reports.xlsx.ods import ODS_SUFFIX, SAVE_AS_XLSX
from reports.xlsx.report import REFUSED, SKIPPED, FileOutcome

__all__ = ["OTHER_SPREADSHEETS", "READ_SUFFIXES", "WORKBOOK_SUFFIXES", "find_workbooks", "folder_entry", "list_paths"]

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
READ_SUFFIXES = (*WORKBOOK_SUFFIXES, ODS_SUFFIX)  # an .ods draft is read as LibreOffice saved it (reports.xlsx.ods)


#: Other spreadsheet formats a dealer may have saved the draft in: refused, saying how to save it.
OTHER_SPREADSHEETS = {
    ".xls": Text("an Excel 97–2003 workbook (.xls)"),
    ".xlsb": Text("an Excel binary workbook (.xlsb)"),
    ".xlt": Text("an Excel template (.xlt)"),
    ".xltx": Text("an Excel template (.xltx)"),
    ".xltm": Text("an Excel template (.xltm)"),
    ".fods": Text("a flat OpenDocument spreadsheet (.fods)"),
    ".ots": Text("an OpenDocument spreadsheet template (.ots)"),
    ".csv": Text("a CSV file (.csv)"),
    ".numbers": Text("an Apple Numbers spreadsheet (.numbers)"),
    ".et": Text("a WPS spreadsheet (.et)"),
}
_NOT_SPREADSHEETS = (
    ((".doc", ".docx", ".docm", ".dot", ".dotx", ".odt", ".rtf"), Text("a Word document, not a spreadsheet")),
    ((".pdf",), Text("a PDF document, not a spreadsheet")),
    (
        (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"),
        Text("an image, not a spreadsheet"),
    ),
    ((".zip", ".rar", ".7z", ".gz", ".tar"), Text("an archive, not a spreadsheet: unpack it and import the folder")),
    ((".ppt", ".pptx", ".odp"), Text("a presentation, not a spreadsheet")),
    ((".eml", ".msg"), Text("an e-mail message, not a spreadsheet: save its attachment")),
)


def folder_entry(path: Path, zips: bool = False) -> FileOutcome | None:
    """What becomes of a file found in a folder: None when it is read as a draft (.xlsx, .xlsm, .ods; with
    ``zips``, a .zip too: a claims import reads a dealer's zip of a workbook and its scans), else its outcome —
    refused (another spreadsheet format: how to save it) or skipped (a lock or hidden file, a Word document,
    not a spreadsheet), never left out of the report."""
    name, suffix = path.name, path.suffix.lower()
    if name.startswith("~$"):
        return FileOutcome(str(path), SKIPPED, message=Text("an Excel lock file (~$…), left while a workbook is open"))
    if name.startswith(".~lock."):
        return FileOutcome(
            str(path), SKIPPED, message=Text("a LibreOffice lock file (.~lock…#), left while a file is open")
        )
    if name.startswith("."):
        return FileOutcome(str(path), SKIPPED, message=Text("a hidden file"))
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError:
        regular = False  # a broken link
    if not regular:
        return FileOutcome(str(path), SKIPPED, message=Text("not a regular file"))
    if suffix in READ_SUFFIXES or (zips and suffix == ".zip"):
        return None
    if suffix in OTHER_SPREADSHEETS:
        message = Text("{kind}, not .xlsx: {save_as}", kind=OTHER_SPREADSHEETS[suffix], save_as=SAVE_AS_XLSX)
        return FileOutcome(str(path), REFUSED, message=message)
    for suffixes, words in _NOT_SPREADSHEETS:
        if suffix in suffixes:
            return FileOutcome(str(path), SKIPPED, message=words)
    return FileOutcome(str(path), SKIPPED, message=Text("not a spreadsheet"))


def _walk(folder: Path) -> Generator[Path | FileOutcome, None, None]:
    """Every entry of a folder and its sub-folders, by name; hidden folders and links to folders are
    named, not searched."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield FileOutcome(str(folder), REFUSED, message=Text("cannot be read: {error}", error=exc.strerror or str(exc)))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            link_to_dir = not is_dir and entry.is_symlink() and path.is_dir()
        except OSError:
            is_dir = link_to_dir = False
        if link_to_dir:
            yield FileOutcome(str(path), SKIPPED, message=Text("a link to a folder, not searched"))
        elif is_dir and entry.name.startswith((".", "__MACOSX")):
            yield FileOutcome(str(path), SKIPPED, message=Text("a hidden folder, not searched"))
        elif is_dir:
            yield from _walk(path)
        else:
            yield path


def list_paths(paths: Iterable[Path | str], zips: bool = False) -> list[Path | FileOutcome]:
    """Every file given or found in a folder given (sub-folders searched), in order, each once: a path to
    read, or the outcome of a path that is not read (missing; in a folder, another spreadsheet format or no
    spreadsheet at all, see :func:`folder_entry`; a folder without a draft in it). ``zips``: a .zip in a
    folder is read too."""
    entries: list[Path | FileOutcome] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path | FileOutcome] = []
            for item in _walk(path):
                found.append(item if isinstance(item, FileOutcome) else folder_entry(item, zips) or item)
            if not any(isinstance(f, Path) or f.status == REFUSED for f in found):
                found.append(FileOutcome(str(path), REFUSED, message=Text("no .xlsx or .xlsm files in this folder")))
        elif path.exists():
            found = [path]
        else:
            entries.append(FileOutcome(str(path), REFUSED, message=Text("no such file or folder")))
            continue
        for item in found:
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            entries.append(item)
    return entries


def find_workbooks(paths: Iterable[Path | str]) -> tuple[list[Path], list[FileOutcome]]:
    """The files to read (folders searched recursively, each file once) and the outcomes of the paths
    not read (:func:`list_paths`, in order)."""
    entries = list_paths(paths)
    return [e for e in entries if isinstance(e, Path)], [e for e in entries if isinstance(e, FileOutcome)]

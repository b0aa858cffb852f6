"""Checking an incoming .xlsx/.xlsm: :func:`read_limited` reads it once, :func:`check_file` recognises it
(:mod:`reports.xlsx.file_kind`) and inflates every zip entry itself, with limits, before any reader sees it
(entries, sizes, ratios, CRCs, encryption, DOCTYPEs), and scans every sheet's extent
(:mod:`reports.xlsx.extent_scan`). The checks are listed in :mod:`reports.xlsx.safety`.
"""

from __future__ import annotations

import functools
import hashlib
import io
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

from coop_desk.text import Text
from reports.xlsx.extent_scan import checked_scan
from reports.xlsx.file_kind import OLE2, ZIP_MAGIC, ole2_reason, what_is, zip_kind
from reports.xlsx.limits import (
    DEFAULT_LIMITS,
    MB,
    Bomb,
    CheckedFile,
    Limits,
    Unreadable,
    WorkbookRefused,
    short,
)

__all__ = ["check_file", "inflate_entry", "inflate_xml", "open_zip", "read_limited"]

#: What calamine reads of a workbook besides the sheet asked for (the parts a quick look is checked for).
_BOOK_PARTS = frozenset({"[content_types].xml", "workbook.xml", "sharedstrings.xml", "styles.xml"})


# -- the zip entries -----------------------------------------------------------------------------
def _inflate(data: bytes, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """One entry's content, inflated by hand: never more than it declares, and checked against its CRC."""
    offset = info.header_offset
    header = data[offset : offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise Unreadable(Text("the zip entry {entry} is damaged", entry=info.filename))
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    start = offset + 30 + name_len + extra_len
    raw = data[start : start + info.compress_size]
    if len(raw) < info.compress_size:
        raise Unreadable(Text("the file is cut short (zip entry {entry} is incomplete)", entry=info.filename))
    if info.compress_type == zipfile.ZIP_STORED:
        out = raw
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
        try:
            out = inflater.decompress(raw, info.file_size + 1)
        except zlib.error as exc:
            raise Unreadable(
                Text("the zip entry {entry} is damaged ({error})", entry=info.filename, error=str(exc))
            ) from None
        if len(out) > info.file_size:
            raise Unreadable(
                Text("the zip entry {entry} is damaged (it inflates to more than it declares)", entry=info.filename)
            )
    else:
        raise Unreadable(
            Text(
                "the zip entry {entry} uses an unsupported compression ({method})",
                entry=info.filename,
                method=str(info.compress_type),
            )
        )
    if len(out) != info.file_size or zlib.crc32(out) != info.CRC:
        raise Unreadable(Text("the zip entry {entry} is damaged (size or CRC does not match)", entry=info.filename))
    if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        ratio = str(info.file_size // max(info.compress_size, 1))
        raise Bomb(Text("the zip entry {entry} inflates {ratio} times", entry=info.filename, ratio=ratio))
    return out


def inflate_entry(data: bytes, info: zipfile.ZipInfo, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """One entry of a checked zip (:func:`open_zip`), inflated by hand with the same checks as a workbook's
    parts: never more than it declares, its CRC, the ratio limit. Raises Unreadable or Bomb with the reason."""
    return _inflate(data, info, limits)


def _sheet_parts(parts: dict[str, bytes], names: dict[str, str]) -> set[str]:
    """The worksheet parts a reader may load: every one in a sheets folder plus every sheet the workbook's
    relationships point to (calamine reads xl/_rels/workbook.xml.rels, openpyxl follows _rels/.rels).
    ``parts`` holds the relationship parts; ``names`` maps every entry's lower-case name to its name."""
    found = {n for n in names.values() if re.search(r"(work|chart|dialog|macro)sheets?/[^/]+\.xml$", n, re.I)}
    rels_files = {"xl/_rels/workbook.xml.rels"}
    for rel_type, target in _relationships(parts.get(names.get("_rels/.rels", ""), b"")):
        if rel_type.endswith("/officeDocument"):
            wb = _resolve("", target)
            rels_files.add(posixpath.join(posixpath.dirname(wb), "_rels", posixpath.basename(wb) + ".rels").lower())
    for rels in rels_files:
        base = posixpath.dirname(posixpath.dirname(rels))
        for rel_type, target in _relationships(parts.get(names.get(rels, ""), b"")):
            if rel_type.rsplit("/", 1)[-1].lower() in {"worksheet", "chartsheet", "dialogsheet", "xlmacrosheet"}:
                path = names.get(_resolve(base, target).lower())
                if path:
                    found.add(path)
    return found


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(base, target))


def _relationships(xml: bytes) -> tuple[tuple[str, str], ...]:
    """(Type, Target) of each relationship in a .rels part."""
    return tuple((rel_type, target) for rel_type, target, _id in _rels_of(xml))


@functools.lru_cache(maxsize=256)  # the same few parts in every file of a batch (and three uses per file)
def _rels_of(xml: bytes) -> tuple[tuple[str, str, str], ...]:
    """(Type, Target, Id) of each relationship in a .rels part (a pure function of its bytes)."""
    if not xml:
        return ()
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise Unreadable(Text("a relationships part is not valid XML ({error})", error=str(exc))) from None
    return tuple(
        (el.get("Type", ""), el.get("Target", ""), el.get("Id", ""))
        for el in root.iter()
        if el.tag.endswith("Relationship")
    )


@functools.lru_cache(maxsize=256)
def _sheet_ids(book: bytes) -> tuple[tuple[str, str], ...]:
    """(relationship id, sheet name) of each sheet a workbook part lists (a pure function of its bytes)."""
    return tuple(
        (rid, el.get("name", ""))
        for el in ElementTree.fromstring(book).iter()
        if el.tag.rpartition("}")[2] == "sheet"
        for key, rid in el.attrib.items()
        if key.rpartition("}")[2] == "id"
    )


def open_zip(data: bytes, limits: Limits) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The zip and its entries, refused when its directory is damaged or declares more entries or more
    inflated bytes than ``limits`` allow (the same for .xlsx and .ods)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error) as exc:
        raise Unreadable(Text("the zip structure is damaged ({error})", error=short(exc))) from None
    if len(infos) > limits.max_entries:
        raise Bomb(Text("it has {count} zip entries", count=str(len(infos))))
    total = sum(i.file_size for i in infos)
    if total > limits.max_uncompressed_bytes:
        raise Bomb(Text("it would inflate to {size} MB", size=str(total // MB)))
    return zf, infos


def _check_zip(
    data: bytes, limits: Limits, only: frozenset[str] | None = None
) -> tuple[dict[str, tuple[int, int]], bool, frozenset[str]]:
    """Every check of a zip; returns each worksheet part's extent (rows, columns), whether the workbook
    uses the 1904 date system and the worksheet parts that hold a formula error cell. With ``only``
    (sheet names, case-folded), the sheets not named and the parts that are not XML are left alone."""
    zf, infos = open_zip(data, limits)
    if any(i.flag_bits & 0x1 for i in infos):
        raise _Encrypted()
    kind = zip_kind(zf)
    if kind:
        raise _Other(kind)
    files = [i for i in infos if not i.is_dir()]
    names = {i.filename.lower(): i.filename for i in files}
    rels = {i.filename: inflate_xml(data, i, limits) for i in files if i.filename.lower().endswith(".rels")}
    sheets = _sheet_parts(rels, names)
    book = _workbook_part(rels, names)
    date1904 = False
    titles = _sheet_titles(data, zf, rels, names, limits)
    extents: dict[str, tuple[int, int]] = {}
    errors: set[str] = set()
    for info in files:
        if info.filename in rels:
            continue
        if only is not None and (
            titles.get(info.filename, "").strip().casefold() not in only
            if info.filename in sheets
            else posixpath.basename(info.filename.lower()) not in _BOOK_PARTS
        ):
            continue  # a quick look at one sheet: calamine reads the workbook's parts and that sheet only
        content = inflate_xml(data, info, limits)
        if info.filename == book:
            date1904 = bool(_DATE1904.search(content))
        if info.filename in sheets:
            scan = checked_scan(content, titles.get(info.filename, info.filename), limits)
            extents[info.filename] = scan.extent()
            if scan.errors:
                errors.add(info.filename)
    return extents, date1904, frozenset(errors)


_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](?:1|true)[\"']", re.I)


def _workbook_part(parts: dict[str, bytes], names: dict[str, str]) -> str:
    """The workbook part's entry name (where the date system is declared): the officeDocument of
    _rels/.rels, else xl/workbook.xml."""
    for rel_type, target in _relationships(parts.get(names.get("_rels/.rels", ""), b"")):
        if rel_type.endswith("/officeDocument"):
            return names.get(_resolve("", target).lower(), "")
    return names.get("xl/workbook.xml", "")


def _sheet_titles(
    data: bytes, zf: zipfile.ZipFile, rels: dict[str, bytes], names: dict[str, str], limits: Limits
) -> dict[str, str]:
    """Each worksheet part's sheet name (from xl/workbook.xml and its relationships), for the messages."""
    try:
        for rels_name, content in rels.items():
            if not rels_name.lower().endswith("_rels/workbook.xml.rels"):
                continue
            base = posixpath.dirname(posixpath.dirname(rels_name))
            book = names.get(posixpath.join(base, "workbook.xml").lower())
            if book is None:
                continue
            targets = {rid: names.get(_resolve(base, target).lower(), "") for _type, target, rid in _rels_of(content)}
            sheets = _sheet_ids(inflate_xml(data, zf.getinfo(book), limits))
            return {targets[rid]: name for rid, name in sheets if targets.get(rid)}
    except (ElementTree.ParseError, KeyError, Unreadable, Bomb, zipfile.BadZipFile):
        pass  # the full check says what is wrong; the messages then name the part
    return {}


def inflate_xml(data: bytes, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """An entry's content; an XML part must not declare a DOCTYPE (entity expansion)."""
    content = _inflate(data, info, limits)
    if info.filename.lower().endswith((".xml", ".rels", ".vml")) and (
        b"<!DOCTYPE" in content[:4096].upper() or b"<!DOCTYPE" in content
    ):
        raise Unreadable(Text("{entry} declares a DOCTYPE, which workbooks never do", entry=info.filename))
    return content


class _Encrypted(Exception):
    pass


class _Other(Exception):
    pass


def _reason(exc: BaseException) -> str:
    """The Text an internal refusal (Bomb, _Other, Unreadable) was raised with."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


def read_limited(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of an incoming file, read once and at most ``limits.max_file_bytes`` of them; raises
    :class:`WorkbookRefused` for what is not a non-empty regular file within the limit (the same for
    every format: .xlsx here, .ods in :mod:`reports.xlsx.ods`)."""
    try:
        if not path.exists():
            raise WorkbookRefused(path, Text("no such file"))
        if not path.is_file():
            raise WorkbookRefused(path, Text("not a file"))
        size = path.stat().st_size
        if size == 0:
            raise WorkbookRefused(path, Text("the file is empty"))
        if size > limits.max_file_bytes:
            raise WorkbookRefused(
                path,
                Text(
                    "too large ({size} MB; the limit is {limit} MB)",
                    size=f"{size / MB:.1f}",
                    limit=f"{limits.max_file_bytes / MB:.0f}",
                ),
            )
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise WorkbookRefused(path, Text("cannot be read: {error}", error=exc.strerror or short(exc))) from None
    if len(data) > limits.max_file_bytes:
        raise WorkbookRefused(path, Text("too large (more than {limit} MB)", limit=f"{limits.max_file_bytes / MB:.0f}"))
    if not data:
        raise WorkbookRefused(path, Text("the file is empty"))
    return data


def check_file(
    path: Path | str, limits: Limits = DEFAULT_LIMITS, *, sheets: Iterable[str] | None = None
) -> CheckedFile:
    """Read ``path`` once and check it as above; raises :class:`WorkbookRefused` with the reason.

    ``sheets`` (names) checks a file for a quick look at those sheets only (the identification glance
    of a batch): the size, the zip, the workbook's own parts and the named sheets' extents; the other
    sheets are not checked, so :meth:`WorkbookValues.sheet` refuses to load them from this file.
    """
    only = None if sheets is None else frozenset(name.strip().casefold() for name in sheets)
    path = Path(path)
    data = read_limited(path, limits)
    if data.startswith(OLE2):
        raise WorkbookRefused(path, ole2_reason(data))
    if not data.startswith(ZIP_MAGIC):
        raise WorkbookRefused(path, what_is(data) or Text("not an Excel workbook (its content is not recognised)"))
    try:
        extents, date1904, errors = _check_zip(data, limits, only)
    except Bomb as exc:
        raise WorkbookRefused(path, Text("refused as a zip bomb: {reason}", reason=_reason(exc))) from None
    except _Encrypted:
        raise WorkbookRefused(path, Text("password-protected (an encrypted zip): send it without a password")) from None
    except _Other as exc:
        raise WorkbookRefused(path, _reason(exc)) from None
    except Unreadable as exc:
        raise WorkbookRefused(path, Text("not a readable workbook: {reason}", reason=_reason(exc))) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a reader bug on hostile input is a refusal, never a traceback
        raise WorkbookRefused(path, Text("not a readable workbook: {reason}", reason=short(exc))) from None
    return CheckedFile(path, data, hashlib.sha256(data).hexdigest(), extents, date1904, only, errors)

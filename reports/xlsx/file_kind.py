"""Recognising what a file really is by its first bytes: an old .xls, a password-protected file, an .ods,
an .xlsb, a CSV, a PDF, an image, … — each refused with words saying what it is and what to do.
"""

from __future__ import annotations

import zipfile

from coop_desk.text import Text

__all__ = ["OLE2", "ZIP_MAGIC", "ole2_reason", "what_is", "zip_kind"]

OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_SAVE_AS = Text("open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)")


def what_is(data: bytes) -> str | None:
    """What a non-zip file is, in words, or None if unrecognised."""
    head = data[:4096]
    if head.startswith(OLE2):
        return None  # handled by the caller (encrypted or .xls)
    signatures = (
        (b"%PDF", Text("a PDF document, not a workbook")),
        (b"\x89PNG", Text("a PNG image, not a workbook")),
        (b"\xff\xd8\xff", Text("a JPEG image, not a workbook")),
        (b"GIF8", Text("a GIF image, not a workbook")),
        (b"II*\x00", Text("a TIFF image, not a workbook")),
        (b"MM\x00*", Text("a TIFF image, not a workbook")),
        (b"Rar!", Text("a RAR archive, not a workbook")),
        (b"7z\xbc\xaf\x27\x1c", Text("a 7-Zip archive, not a workbook")),
        (b"\x1f\x8b", Text("a gzip archive, not a workbook")),
        (b"{\\rtf", Text("an RTF document, not a workbook")),
    )
    for magic, words in signatures:
        if head.startswith(magic):
            return words
    if head.startswith(b"BM") and len(head) > 14:
        return Text("a BMP image, not a workbook")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Text("a WebP image, not a workbook")
    text = _as_text(head)
    if text is None:
        return None
    low = text.lstrip("\ufeff \t\r\n").lower()
    if low.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in low:
        return Text("an Excel 2003 XML spreadsheet, not .xlsx: {save_as}", save_as=_SAVE_AS)
    if low.startswith(("<!doctype html", "<html")) or "<html" in low[:512]:
        return Text("a web page (HTML), not a workbook: {save_as}", save_as=_SAVE_AS)
    if low.startswith("<?xml") or low.startswith("<"):
        return Text("an XML or text file, not a workbook")
    lines = [ln for ln in text.splitlines()[:5] if ln.strip()]
    if lines and all(any(sep in ln for sep in ",;\t") for ln in lines):
        return Text("a CSV or text file, not a workbook: {save_as}", save_as=_SAVE_AS)
    return Text("a text file, not a workbook")


def _as_text(head: bytes) -> str | None:
    """The sample as text if it reads as mostly printable UTF-16 (with a BOM), UTF-8 or cp1251."""
    candidates = ("utf-16",) if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8", "cp1251")
    if b"\x00" in head and candidates != ("utf-16",):
        return None
    for encoding in candidates:
        # A cut through a multi-byte character at the end of the sample is not binary data.
        text = head.decode(encoding, errors="ignore") if encoding == "utf-16" else None
        if text is None:
            try:
                text = head.decode(encoding)
            except UnicodeDecodeError:
                try:
                    text = head[:-4].decode(encoding)
                except UnicodeDecodeError:
                    continue
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        if text and printable / len(text) > 0.95:
            return text
    return None


def _utf16(name: str) -> bytes:
    """A stream name as an OLE2 directory entry spells it."""
    return name.encode("utf-16-le")


def ole2_reason(data: bytes) -> str:
    """An OLE2 (compound) file: a password-protected xlsx, an old .xls, or a Word/other document.
    (The stream names are looked for as the directory spells them, in UTF-16LE, in any case.)"""
    data = data.lower()
    if _utf16("encryptedpackage") in data or _utf16("encryptioninfo") in data:
        return Text(
            "password-protected (encrypted): remove the password in Excel (File › Info › Protect) and send it again"
        )
    if _utf16("workbook") in data or _utf16("book") in data:
        return Text("an Excel 97–2003 workbook (.xls), not .xlsx: {save_as}", save_as=_SAVE_AS)
    if _utf16("worddocument") in data:
        return Text("a Word document (.doc), not a workbook")
    return Text("an old Microsoft Office file (OLE2), not an .xlsx workbook: {save_as}", save_as=_SAVE_AS)


def zip_kind(zf: zipfile.ZipFile) -> str | None:
    """Why this zip is not an xlsx/xlsm, or None if it looks like one."""
    names = {n.lower(): n for n in zf.namelist()}
    if "mimetype" in names:
        try:
            mimetype = zf.read(names["mimetype"])[:100].decode("ascii", "replace").strip()
        except Exception:
            mimetype = ""
        if "opendocument.spreadsheet" in mimetype:
            return Text(
                "an OpenDocument spreadsheet (.ods), not .xlsx: in LibreOffice use File › Save As › Excel (.xlsx)"
            )
        return Text("an OpenDocument file, not a workbook")
    if "xl/workbook.bin" in names:
        return Text("an Excel binary workbook (.xlsb), not .xlsx: {save_as}", save_as=_SAVE_AS)
    if any(n.startswith("word/") for n in names):
        return Text("a Word document (.docx), not a workbook")
    if any(n.startswith("ppt/") for n in names):
        return Text("a PowerPoint presentation (.pptx), not a workbook")
    if "[content_types].xml" not in names or not any(n.endswith(".xml") and "workbook" in n for n in names):
        return Text("a zip archive, not an Excel workbook")
    return None

"""The identification sheet every CoopDesk template carries, so a returned file is never taken for another.

A template's last sheet, ``META_SHEET``, is *very hidden* (Excel shows it in no menu; only a macro could
unhide it) and protected with the fixed password ``META_PASSWORD`` (documented here: it keeps honest
hands off, it is no secret). It holds, one per row, label in column A and value in column B::

    kind       plan | claims | consolidation
    version    the template version of that kind (CURRENT_VERSIONS)
    dealer     the dealer code (empty for a template that is not per dealer)
    year       the programme year
    scope      a finer scope, e.g. the quarter of a claims template ("Q2"); empty for plans
    checksum   sha256 over the fields above and APP_SALT, first 16 hex characters

The checksum makes an edited or transplanted sheet detectable: a file whose fields do not match it is
refused as altered. It is a consistency check, not a signature (the salt ships with the program).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from coop_desk.text import Text
from reports.xlsx.cells import parse_text, parse_whole
from reports.xlsx.safety import WorkbookRefused, WorkbookValues

__all__ = [
    "APP_SALT",
    "CURRENT_VERSIONS",
    "KIND_WORDS",
    "META_PASSWORD",
    "META_SHEET",
    "TemplateMeta",
    "checksum",
    "read_meta",
    "write_meta",
]

META_SHEET = "coopdesk_id"
META_PASSWORD = "coopdesk"
APP_SALT = "CoopDesk template identity/2026"
#: The current template version of each kind; raise it when a template's layout changes incompatibly.
CURRENT_VERSIONS = {"plan": 1, "claims": 1, "consolidation": 1}
KIND_WORDS = {"plan": Text("dealer plan"), "claims": Text("quarterly claims"), "consolidation": Text("consolidation")}
FIELDS = ("kind", "version", "dealer", "year", "scope", "checksum")


def checksum(kind: str, version: int, dealer: str, year: int, scope: str = "") -> str:
    """The first 16 hex characters of sha256 over the fields and the application salt."""
    text = "\x1f".join((APP_SALT, kind, str(version), dealer, str(year), scope))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class TemplateMeta:
    """Who and what a template was made for."""

    kind: str
    version: int
    year: int
    dealer: str = ""
    scope: str = ""

    @property
    def checksum(self) -> str:
        return checksum(self.kind, self.version, self.dealer, self.year, self.scope)

    def rows(self) -> list[tuple[str, object]]:
        """The label/value rows of the sheet, in order."""
        return [
            ("kind", self.kind),
            ("version", self.version),
            ("dealer", self.dealer),
            ("year", self.year),
            ("scope", self.scope),
            ("checksum", self.checksum),
        ]


def write_meta(wb: Any, meta: TemplateMeta) -> Any:
    """Add the identification sheet to an openpyxl workbook (very hidden, protected); returns it."""
    ws = wb.create_sheet(META_SHEET)
    ws["A1"] = "CoopDesk: identifies this template. Do not change. / Идентификация шаблона. Не изменять."
    for i, (label, value) in enumerate(meta.rows(), start=2):
        ws.cell(row=i, column=1, value=label)
        ws.cell(row=i, column=2, value=value)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
    ws.protection.password = META_PASSWORD
    return ws


def read_meta(
    values: WorkbookValues,
    kind: str,
    *,
    year: int | None = None,
    dealer: str | None = None,
) -> TemplateMeta:
    """The identification of a returned template of ``kind``, checked; refuses with the reason.

    ``year`` and ``dealer``, when given, must be the ones the template was made for.
    """
    what = KIND_WORDS.get(kind, kind)
    name = values.find(META_SHEET)
    if name is None:
        raise WorkbookRefused(
            values.path,
            Text("the identification sheet is missing or altered: this is not a CoopDesk {what} template", what=what),
        )
    sheet = values.sheet(name)
    found: dict[str, object] = {}
    for row in range(1, min(sheet.max_row, 40) + 1):
        label, _ = parse_text(sheet.value(row, 1))
        if label.casefold() in FIELDS and label.casefold() not in found:
            found[label.casefold()] = sheet.value(row, 2)
    texts = {k: parse_text(found.get(k))[0] for k in FIELDS}
    version, _ = parse_whole(found.get("version"))
    made_for, _ = parse_whole(found.get("year"))
    if version is None or made_for is None or not texts["kind"] or not texts["checksum"]:
        raise WorkbookRefused(values.path, Text("the identification sheet is missing or altered (a field is empty)"))
    meta = TemplateMeta(texts["kind"], version, made_for, texts["dealer"].upper(), texts["scope"])
    if meta.checksum != texts["checksum"].lower():
        raise WorkbookRefused(
            values.path, Text("the identification sheet is missing or altered (its checksum does not match)")
        )
    if meta.kind != kind:
        theirs = KIND_WORDS.get(meta.kind, meta.kind)
        raise WorkbookRefused(
            values.path, Text("this is a CoopDesk {theirs} template, not a {what} template", theirs=theirs, what=what)
        )
    current = CURRENT_VERSIONS.get(kind, 1)
    if meta.version != current:
        numbers = {"version": str(meta.version), "current": str(current)}
        raise WorkbookRefused(
            values.path,
            Text(
                "template version {version} is out of date (current {current}) (made by a newer CoopDesk): "
                "send the dealer a new template",
                **numbers,
            )
            if meta.version > current
            else Text(
                "template version {version} is out of date (current {current}): send the dealer a new template",
                **numbers,
            ),
        )
    if year is not None and meta.year != year:
        raise WorkbookRefused(
            values.path,
            Text("this template was made for {made_for}, not {year}", made_for=str(meta.year), year=str(year)),
        )
    if dealer is not None and meta.dealer != dealer.strip().upper():
        raise WorkbookRefused(
            values.path,
            Text(
                "this template belongs to dealer {dealer}, not {other}",
                dealer=meta.dealer,
                other=dealer.strip().upper(),
            ),
        )
    return meta

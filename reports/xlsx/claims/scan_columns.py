"""The claims workbook's document columns: the file name of each scan a row's claim carries, and the date of
each proof of performance (R7), after the invoice columns of :data:`reports.xlsx.claims.template.COLUMNS`.

The invoice, payment order and act scans have a column each in every template; the proofs have a file-name
and a date column per proof kind that the channels of the dealer's activities list in the year's table
(:func:`coop_desk.rules.proofs_for`). The importer finds these columns by their titles (:func:`find_columns`),
never by position: a workbook written before they existed has none and imports as it always did, and a
template whose dealer has no channel with proofs has no proof columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coop_desk import rules
from coop_desk.text import Text
from coop_desk.words import document_kind
from models import DocumentKind
from reports.pdf.i18n import service_text
from reports.xlsx.cells import parse_text, title_matches
from reports.xlsx.layout import Column
from reports.xlsx.safety import SheetValues

__all__ = [
    "FIXED_SCANS",
    "OPTIONAL",
    "REQUIRED",
    "NOT_APPLICABLE",
    "ScanColumn",
    "find_columns",
    "proof_kinds",
    "proof_status",
    "scan_columns",
]

#: The scans every claim carries (R7), each in its own file-name column.
FIXED_SCANS = (DocumentKind.INVOICE, DocumentKind.PAYMENT_ORDER, DocumentKind.ACT)
#: What a proof is to an activity's channel, as the activity list of the template says it.
REQUIRED = "обязательно / required"
OPTIONAL = "по желанию / optional"
NOT_APPLICABLE = "— / not applicable"

_FIXED_TITLES = {
    DocumentKind.INVOICE: ("Файл скана счёта", "Invoice scan file"),
    DocumentKind.PAYMENT_ORDER: ("Файл скана платёжного поручения", "Payment order scan file"),
    DocumentKind.ACT: ("Файл скана акта", "Act scan file"),
}


@dataclass(frozen=True)
class ScanColumn:
    """A document column: the file name of a scan of ``kind`` (``date``: the date a proof shows)."""

    kind: DocumentKind
    date: bool = False

    @property
    def key(self) -> str:
        return f"{self.kind.value}_{'date' if self.date else 'file'}"

    @property
    def titles(self) -> tuple[str, str]:
        """The Russian and English title."""
        if self.kind in _FIXED_TITLES:
            return _FIXED_TITLES[self.kind]
        words = document_kind(self.kind)
        ru, en = service_text(words, "ru"), str(words)
        ru, en = ru[:1].upper() + ru[1:], en[:1].upper() + en[1:]
        return (f"{ru}: дата", f"{en}: date") if self.date else (f"{ru}: файл", f"{en}: file")

    def column(self) -> Column:
        ru, en = self.titles
        return Column(self.key, ru, en, 12 if self.date else 22, agency=True)

    def field(self) -> Text:
        """The field a problem names: ``invoice scan``, ``airplay certificate: date`` (translatable)."""
        if self.kind == DocumentKind.INVOICE:
            return Text("invoice scan")
        if self.kind == DocumentKind.PAYMENT_ORDER:
            return Text("payment order scan")
        if self.kind == DocumentKind.ACT:
            return Text("act scan")
        if self.date:
            return Text("{kind}: date", kind=document_kind(self.kind))
        return Text("{kind}: file", kind=document_kind(self.kind))


def proof_kinds(table: rules.ProofTable, channels: Iterable[str]) -> tuple[DocumentKind, ...]:
    """The proof kinds the ``channels`` list in the year's table, in the order of the document kinds."""
    wanted = {r.kind for channel in channels for r in rules.proofs_for(table, channel)}
    return tuple(k for k in DocumentKind if k in wanted)


def proof_status(table: rules.ProofTable, channel: str, kind: DocumentKind) -> str:
    """What a proof of ``kind`` is to a claim of ``channel``: required, optional or not applicable."""
    for r in rules.proofs_for(table, channel):
        if r.kind == kind:
            return REQUIRED if r.required else OPTIONAL
    return NOT_APPLICABLE


def scan_columns(proofs: Iterable[DocumentKind]) -> tuple[ScanColumn, ...]:
    """The document columns of a template: the three scans, then a file and a date column per proof kind."""
    out = [ScanColumn(k) for k in FIXED_SCANS]
    for kind in proofs:
        out += [ScanColumn(kind), ScanColumn(kind, date=True)]
    return tuple(out)


#: Every document column any template may have, to find them in a returned workbook.
_ALL = scan_columns(k for k in DocumentKind if k.is_proof)


def find_columns(sheet: SheetValues, row: int, first: int) -> dict[ScanColumn, int]:
    """The document columns of a returned sheet by their titles in ``row`` (from column ``first`` on): each
    found once, at the first column whose title is the template's Russian or English one."""
    found: dict[ScanColumn, int] = {}
    for i in range(first, sheet.max_column + 1):
        title = parse_text(sheet.value(row, i), multiline=True)[0]
        if not title:
            continue
        for column in _ALL:
            if column not in found and title_matches(title, *column.titles):
                found[column] = i
                break
    return found

"""Which kind of claim document each dropped or chosen file is (guessed from its name), and a proof's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coop_desk.words import document_kind
from models.enums import DocumentKind
from ui.text import tr_text

#: Words of a file name that say what it is (a token of the name starting with one of them), in this order.
_NAME_WORDS: tuple[tuple[DocumentKind, tuple[str, ...]], ...] = (
    (DocumentKind.PAYMENT_ORDER, ("payment", "платеж", "платёж", "плат", "пп")),
    (DocumentKind.INVOICE, ("invoice", "inv", "счет", "счёт", "сч")),
    (DocumentKind.ACT, ("act", "акт")),
    (DocumentKind.AIRPLAY_CERTIFICATE, ("airplay", "эфир")),
    (DocumentKind.SCREENSHOTS, ("screenshot", "screen", "скрин")),
    (DocumentKind.PLATFORM_STATISTICS, ("statistic", "stats", "статист")),
    (DocumentKind.PARTICIPANT_LIST, ("participant", "участник", "список")),
    (DocumentKind.PRINTED_PAGE, ("printed", "press", "полоса", "газет", "журнал")),
)


def guess_kind(filename: str, fallback: DocumentKind = DocumentKind.OTHER_PROOF) -> DocumentKind:
    """The kind a file's name suggests ("Счёт 12.pdf" → invoice, "payment-order.pdf" → payment order,
    "акт.jpg" → act); ``fallback`` when it says nothing."""
    tokens = [t for t in re.split(r"[^\w]+|_", Path(filename).stem.casefold()) if t]
    for kind, words in _NAME_WORDS:
        for token in tokens:
            if any(token.startswith(word) if len(word) > 2 else token == word for word in words):
                return kind
    return fallback


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class AttachDialog(QDialog):
    """A row per file: its name, a combo of kinds (preselected by the name) and, for a proof, its date."""

    def __init__(
        self,
        files: Sequence[Path],
        *,
        proof_date: dt.date,
        latest: dt.date,
        fallback: DocumentKind = DocumentKind.OTHER_PROOF,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach to the claim"))
        self.files = list(files)
        self.kinds: list[QComboBox] = []
        self.dates: list[QDateEdit] = []
        grid = QGridLayout()
        for column, title in enumerate((self.tr("File"), self.tr("What it is"), self.tr("Date on the proof"))):
            heading = QLabel(title, self)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
        for row, path in enumerate(self.files, start=1):
            name = QLabel(path.name, self)
            name.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is anyone's text
            name.setToolTip(str(path))
            kind = QComboBox(self)
            for k in DocumentKind:
                kind.addItem(tr_text(document_kind(k)), k.value)
            kind.setCurrentIndex(kind.findData(guess_kind(path.name, fallback).value))
            date = QDateEdit(self)
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            date.setMaximumDate(QDate(latest.year, latest.month, latest.day))
            date.setDate(QDate(proof_date.year, proof_date.month, proof_date.day))
            date.setToolTip(self.tr("The date the proof shows (a broadcast, a photo, a publication)"))
            kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
            self.kinds.append(kind)
            self.dates.append(date)
            grid.addWidget(name, row, 0)
            grid.addWidget(kind, row, 1)
            grid.addWidget(date, row, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Attach"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self._on_kind_current_index_changed(0)

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        for kind, date in zip(self.kinds, self.dates, strict=True):
            date.setEnabled(DocumentKind(kind.currentData()).is_proof)

    def set_kind(self, row: int, kind: DocumentKind) -> None:
        self.kinds[row].setCurrentIndex(self.kinds[row].findData(kind.value))

    def choices(self) -> list[tuple[Path, DocumentKind, dt.date | None]]:
        """Each file with its kind and, for a proof, its date."""
        out = []
        for path, kind_box, date in zip(self.files, self.kinds, self.dates, strict=True):
            kind = DocumentKind(kind_box.currentData())
            out.append((path, kind, to_date(date.date()) if kind.is_proof else None))
        return out

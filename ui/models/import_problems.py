"""The problems an import found, each naming a file, a sheet and a cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from ui.models.row_table import WARNING_COLOUR, RowTableModel


@dataclass(frozen=True)
class ImportProblemRow:
    """One line of an import report: what was imported or what is wrong, and where."""

    id: int
    file: str
    sheet: str
    cell: str
    message: str
    ok: bool = False  # an outcome (file imported) rather than a problem


class ImportProblemsTableModel(RowTableModel):
    class Column(IntEnum):
        FILE = 0
        SHEET = 1
        CELL = 2
        MESSAGE = 3

    def headers(self) -> Sequence[str]:
        return [self.tr("File"), self.tr("Sheet"), self.tr("Cell"), self.tr("Problem")]

    def display(self, row: ImportProblemRow, column: int) -> str:
        return (row.file, row.sheet, row.cell, row.message)[column]

    def sort_key(self, row: ImportProblemRow, column: int) -> Any:
        if column == self.Column.FILE:
            return (row.file, row.id)
        return self.display(row, column)

    def tooltip(self, row: ImportProblemRow, column: int) -> str | None:
        return row.message if column == self.Column.MESSAGE else None

    def foreground(self, row: ImportProblemRow, column: int) -> QColor | None:
        return None if row.ok else WARNING_COLOUR

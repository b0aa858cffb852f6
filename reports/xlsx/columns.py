"""The column table of an exchanged template and the check of its titles when the file comes back.

A template declares its table once, as a tuple of :class:`Column`; :mod:`reports.xlsx.layout` draws
it, and the importers check the returned titles against the same tuple (:func:`check_titles`, called
by :func:`reports.xlsx.returned.open_returned`). Reading only: this module imports no openpyxl, so a
reader process (reports.xlsx.plan_pool, reports.xlsx.isolated) starts without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from coop_desk.text import Text
from reports.xlsx.cells import parse_text, shown, title_matches
from reports.xlsx.extent_scan import cell_ref
from reports.xlsx.report import ImportProblem
from reports.xlsx.safety import SheetValues

__all__ = ["Column", "check_titles", "column_index"]


@dataclass(frozen=True)
class Column:
    """One column of a template's table: its key, Russian and English title, width, and whether the
    other side (dealer or agency) fills it in."""

    key: str
    ru: str
    en: str
    width: float
    agency: bool = False

    @property
    def title(self) -> str:
        return f"{self.ru}\n{self.en}"


def column_index(columns: tuple[Column, ...]) -> dict[str, int]:
    """key → 1-based column number."""
    return {c.key: i for i, c in enumerate(columns, start=1)}


def check_titles(sheet: SheetValues, row: int, columns: tuple[Column, ...], file: str) -> list[ImportProblem]:
    """The column titles are where the template put them (nobody inserted, deleted or moved a column):
    each one the template's Russian or English title (:func:`reports.xlsx.cells.title_matches`); each one
    that is not is a problem naming its cell, the title expected and what is there."""
    problems = []
    for i, column in enumerate(columns, start=1):
        found = parse_text(sheet.value(row, i), multiline=True)[0]
        if not title_matches(found, column.ru, column.en):
            problems.append(
                ImportProblem(
                    file,
                    sheet.name,
                    cell_ref(row, i),
                    shown(found),
                    Text("the column title “{title}”", title=f"{column.ru} / {column.en}"),
                )
            )
    return problems

"""The layout kit of the exchanged templates: column tables, styles, data validations, instructions.

A template declares its table once, as a tuple of :class:`Column` (key, Russian and English title,
width, whether the other side fills it in); the writer draws the header from it
(:func:`write_header`), the validations name its columns (:func:`column_range`, :func:`validation`),
and the importer checks the returned titles against the same tuple (:func:`check_titles`, called by
:func:`reports.xlsx.returned.open_returned`; both live in :mod:`reports.xlsx.columns`, which the
readers import without openpyxl, and are re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from reports.xlsx.columns import Column, check_titles, column_index
from reports.xlsx.writing import write_text

__all__ = [
    "GRID",
    "HEADER_FILL",
    "INPUT_FILL",
    "INPUT_HEADER_FILL",
    "NUMBER_ERROR",
    "SUBTOTAL_FILL",
    "UNLOCKED",
    "WRAP_TOP",
    "Column",
    "cell_name",
    "check_titles",
    "column_index",
    "column_letters",
    "column_range",
    "fit_height",
    "instructions_sheet",
    "print_setup",
    "validation",
    "wrapped_lines",
    "write_header",
]

INPUT_FILL = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
SUBTOTAL_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
INPUT_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFC6E0B4", end_color="FFC6E0B4")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
UNLOCKED = Protection(locked=False)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
#: The error of a validation that takes a number ≥ 0.
NUMBER_ERROR = "Число ≥ 0 / A number ≥ 0"


# -- the column table ---------------------------------------------------------------------------------
def column_letters(columns: tuple[Column, ...]) -> dict[str, str]:
    """key → column letter."""
    return {c.key: get_column_letter(i) for i, c in enumerate(columns, start=1)}


def column_range(columns: tuple[Column, ...], key: str, first: int, last: int) -> str:
    """``D7:D206``: the rows ``first``–``last`` of the column ``key``."""
    letter = column_letters(columns)[key]
    return f"{letter}{first}:{letter}{last}"


def cell_name(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


def write_header(ws: Worksheet, row: int, columns: tuple[Column, ...], fields: Mapping[str, str] | None = None) -> None:
    """The bold titles of ``columns`` in ``row`` (green over the columns the other side fills in, blue
    elsewhere), the column widths, and the row's height for the wrapped titles; ``fields`` fill the
    titles' placeholders (``{cur}``)."""
    for i, column in enumerate(columns, start=1):
        cell = write_text(ws, row, i, column.title.format(**fields) if fields else column.title)
        cell.font = Font(bold=True)
        cell.fill = INPUT_HEADER_FILL if column.agency else HEADER_FILL
        cell.alignment = WRAP_TOP
        cell.border = GRID
        ws.column_dimensions[get_column_letter(i)].width = column.width
    fit_height(ws, row, columns, minimum=2, bold=True)


# -- data validations ---------------------------------------------------------------------------------
def validation(
    kind: str,
    *,
    error: str,
    operator: str | None = None,
    formula1: str | None = None,
    formula2: str | None = None,
    error_title: str | None = None,
    error_style: str | None = None,
    prompt: str | None = None,
) -> DataValidation:
    """A data validation that allows a blank cell and shows ``error`` (and ``prompt``, when given, on
    entering the cell); ``kind`` is openpyxl's type: list, decimal, whole, date, textLength."""
    return DataValidation(
        type=kind,
        operator=operator,
        formula1=formula1,
        formula2=formula2,
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=prompt is not None,
        errorTitle=error_title,
        errorStyle=error_style,
        error=error,
        prompt=prompt,
    )


# -- rows, pages and instructions ---------------------------------------------------------------------
def wrapped_lines(text: str, chars: int) -> int:
    """How many lines ``text`` takes in a column ``chars`` characters wide, wrapped at spaces."""
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split(" "):
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= chars or used == 0:
                used = need
                while used > chars:  # a word longer than the column breaks anywhere
                    lines += 1
                    used -= chars
            else:
                lines += 1
                used = len(word)
    return lines


def fit_height(ws: Worksheet, row: int, columns: tuple[Column, ...], minimum: int = 1, bold: bool = False) -> None:
    """Make the row tall enough for its wrapped texts (spreadsheets do not grow rows on opening)."""
    lines = minimum
    for i, column in enumerate(columns, start=1):
        value = ws.cell(row=row, column=i).value
        if isinstance(value, str) and value:
            chars = max(1, int(column.width * (0.85 if bold else 0.92)))
            lines = max(lines, wrapped_lines(value, chars))
    if lines > 1:
        ws.row_dimensions[row].height = 15 * lines + 2


def print_setup(ws: Worksheet, title_rows: str) -> None:
    """Landscape A4, as wide as the page, the column titles repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.4


def instructions_sheet(wb: Workbook, ru: list[str], en: list[str], title: str = "Инструкция") -> Worksheet:
    """A protected sheet of instructions: the Russian text, then the English one (first line a heading)."""
    ws = wb.create_sheet(title)
    width = 72
    ws.column_dimensions["A"].width = width
    row = 1
    for lines in (ru, en):
        for i, line in enumerate(lines):
            cell = write_text(ws, row, 1, line)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 0:
                cell.font = Font(bold=True, size=13)
                ws.row_dimensions[row].height = 22
            else:
                ws.row_dimensions[row].height = 15 * wrapped_lines(line, int(width * 1.05)) + 4
            row += 1
        row += 1
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.protection.sheet = True
    return ws

"""Writing cells safely: text that can never run as a formula, exact numbers, real dates, tidy tables.

Every workbook CoopDesk writes goes through these helpers instead of assigning ``cell.value``
directly, because openpyxl turns any string that starts with ``=`` into a formula.

Formula injection
    A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a dealer named
    ``=HYPERLINK(...)``, a reference like ``-2``) is written as a plain inline string
    (``t="inlineStr"``, never ``<f>``) and its cell gets the ``quotePrefix`` style, the flag
    Excel and LibreOffice set themselves when a user types a leading apostrophe: the text is
    shown exactly as it is (no visible apostrophe) and stays text even if someone edits the
    cell and presses Enter. Use :func:`write_text` / :func:`write_cell`; :func:`safe_text` only
    cleans a string (characters XML cannot carry, Excel's length limit) and does not by itself
    protect anything.

Numbers
    ``Decimal`` values are written as numeric cells. The xlsx format stores IEEE 754 doubles
    (openpyxl prints ``"%.16g"`` of the value into the file), so a Decimal is written only if it
    has at most 15 significant digits: such a value survives the round trip exactly, i.e.
    ``Decimal(str(cell.value))`` read back equals the value written (Excel itself shows at most
    15 digits). A value with more digits raises ``ValueError``: nothing is rounded silently.
    Money amounts (cents, up to 13 digits before the point) are always fine. A figure that is
    only shown, not money (the exact 50-digit R6 rate), is rounded on purpose with
    :func:`sheet_number` first.

Carriage returns
    openpyxl writes a carriage return into the XML as it is, and every XML reader (Excel's,
    LibreOffice's, openpyxl's) turns it into a line feed. :func:`save_workbook` writes it as the
    character reference ``&#13;`` instead, so ``"\\rx"`` reads back as ``"\\rx"``. Save with it.

Dates
    ``date`` and ``datetime`` values are written as real dates with a date format. Aware
    datetimes are converted to UTC and written without the zone (the xlsx format has none);
    say "UTC" in the column title.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import zipfile
from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "DATETIME_FORMAT",
    "DATE_FORMAT",
    "FORMULA_TRIGGERS",
    "MAX_DIGITS",
    "MAX_TEXT",
    "CellValue",
    "finish_table",
    "looks_like_formula",
    "money_format",
    "safe_text",
    "save_workbook",
    "sheet_number",
    "write_cell",
    "write_row",
    "write_text",
]

#: First characters that make a spreadsheet (or a CSV reader) treat a text as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: The most characters an Excel cell holds.
MAX_TEXT = 32767
#: Characters XML cannot carry (openpyxl's pattern, typed here: openpyxl ships no type information).
_ILLEGAL: re.Pattern[str] = ILLEGAL_CHARACTERS_RE
#: The most significant digits a Decimal may have to survive the xlsx double exactly.
MAX_DIGITS = 15

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
#: Coefficients, scores and rates that are not money: up to six decimals, no trailing zeros shown.
DECIMAL_FORMAT = "0.######"
INTEGER_FORMAT = "0"

# Number formats that display the currency sign well in both Excel and LibreOffice Calc
# (a quoted literal sign after the number, as Russian and euro-area users write it; the
# locale-tagged dollar before the number, as US users do).
_MONEY_FORMATS = {
    "EUR": '#,##0.00 "€";-#,##0.00 "€"',
    "RUB": '#,##0.00 "₽";-#,##0.00 "₽"',
    "USD": "[$$-409]#,##0.00;-[$$-409]#,##0.00",
    "GBP": "[$£-809]#,##0.00;-[$£-809]#,##0.00",
    "CNY": '#,##0.00 "¥";-#,##0.00 "¥"',
    "KZT": '#,##0.00 "₸";-#,##0.00 "₸"',
    "BYN": '#,##0.00 "Br";-#,##0.00 "Br"',
}

CellValue = str | Decimal | int | bool | dt.date | dt.datetime | None

_HEADER_FONT = Font(name="Calibri", size=11, bold=True)
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
_MIN_WIDTH = 6
_MAX_WIDTH = 50


def money_format(currency: str) -> str:
    """The number format for amounts in ``currency`` (an ISO 4217 code such as ``"EUR"``)."""
    code = currency.strip().upper()
    return _MONEY_FORMATS.get(code, f'#,##0.00 "{code}";-#,##0.00 "{code}"')


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula (see :data:`FORMULA_TRIGGERS`)."""
    return text.startswith(FORMULA_TRIGGERS)


def safe_text(value: str) -> str:
    """``value`` as text a cell can hold: characters XML cannot carry dropped, cut to Excel's limit.

    This does not protect against formulas by itself; write the result with :func:`write_text`.
    """
    return _ILLEGAL.sub("", value)[:MAX_TEXT]


def write_text(ws: Worksheet, row: int, col: int, text: str) -> Cell:
    """Write ``text`` as a plain string that Excel and LibreOffice never run as a formula."""
    cell: Cell = ws.cell(row=row, column=col)
    clean = safe_text(text)
    cell.value = clean
    # openpyxl sets data_type "f" for a leading "="; force a string in every case.
    cell.data_type = "s"
    if looks_like_formula(clean):
        cell.quotePrefix = True
    return cell


def sheet_number(value: Decimal) -> Decimal:
    """``value`` rounded half-even to 15 significant digits, the most a cell keeps exactly (never money)."""
    digits = value.normalize().as_tuple().digits
    if not value.is_finite() or len(digits) <= MAX_DIGITS:
        return value
    return value.quantize(Decimal(1).scaleb(value.adjusted() - MAX_DIGITS + 1), rounding=ROUND_HALF_EVEN)


def _check_digits(value: Decimal) -> None:
    if not value.is_finite():
        raise ValueError(f"cannot write {value} to a cell")
    digits = value.normalize().as_tuple().digits
    if len(digits) > MAX_DIGITS:
        raise ValueError(f"{value} has more than {MAX_DIGITS} significant digits and would not survive xlsx exactly")


def _utc_naive(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def write_cell(
    ws: Worksheet,
    row: int,
    col: int,
    value: CellValue,
    *,
    money_format: str | None = None,
    number_format: str | None = None,
) -> Cell:
    """Write one value with the right cell type and format.

    ``Decimal`` and ``int`` become numbers (``money_format`` for amounts, else ``number_format``
    or a plain decimal format), dates and datetimes real dates, ``bool`` a boolean, ``None`` an
    empty cell, and text goes through :func:`write_text`. Floats are refused: money is Decimal.
    """
    if isinstance(value, str):
        return write_text(ws, row, col, value)
    cell: Cell = ws.cell(row=row, column=col)
    if value is None:
        cell.value = None
    elif isinstance(value, bool):
        cell.value = value
    elif isinstance(value, int):
        _check_digits(Decimal(value))
        cell.value = value
        cell.number_format = money_format or number_format or INTEGER_FORMAT
    elif isinstance(value, Decimal):
        _check_digits(value)
        cell.value = value
        cell.number_format = money_format or number_format or DECIMAL_FORMAT
    elif isinstance(value, dt.datetime):
        cell.value = _utc_naive(value)
        cell.number_format = number_format or DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = number_format or DATE_FORMAT
    else:
        raise TypeError(f"cannot write a {type(value).__name__} to a cell (money is Decimal, never float)")
    return cell


def write_row(
    ws: Worksheet,
    row: int,
    values: Sequence[CellValue],
    *,
    money_formats: Sequence[str | None] | None = None,
) -> None:
    """Write ``values`` from column A on; ``money_formats[i]`` (if given) formats column ``i + 1``."""
    for index, value in enumerate(values):
        fmt = money_formats[index] if money_formats is not None and index < len(money_formats) else None
        write_cell(ws, row, index + 1, value, money_format=fmt)


def _display_width(cell: Cell) -> int:
    """A rough width in characters of how the cell will be shown."""
    value = cell.value
    if value is None:
        return 0
    if isinstance(value, bool):
        return 5
    if isinstance(value, dt.datetime):
        return len(DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return len(DATE_FORMAT)
    if isinstance(value, (int, Decimal)):
        text = f"{value:,}"
        fmt = str(cell.number_format)
        if "0.00" in fmt:
            text = f"{Decimal(value):,.2f}"
        # A currency sign, a space and a minus sign at most.
        extra = 3 if '"' in fmt or "[$" in fmt else 0
        return len(text) + extra
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def finish_table(
    ws: Worksheet,
    header_row: int,
    n_cols: int,
    *,
    last_row: int | None = None,
    max_width: int = _MAX_WIDTH,
) -> None:
    """Style the table whose titles are in ``header_row``: bold filled header, frozen, autofilter, widths.

    ``last_row`` is the table's last data row (default: the sheet's last row); rows below it,
    such as a total, stay out of the filter. Column widths follow the longest shown value,
    between 6 and ``max_width`` characters; long titles wrap and the header row grows to fit.
    Number columns get right-aligned titles, date columns are centred, and a text column right
    of a number column is indented so the two never touch. Printing: landscape, one page wide,
    titles repeated on every page.
    """
    end = max(last_row if last_row is not None else ws.max_row, header_row)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1).coordinate
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(n_cols)}{end}"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:{get_column_letter(n_cols)}{max(ws.max_row, header_row)}"  # long text is cut, not printed on
    kinds = [_column_kind(ws, header_row, end, col) for col in range(1, n_cols + 1)]
    widths = _fit_widths(ws, header_row, n_cols, max_width)
    lines = 1
    for col in range(1, n_cols + 1):
        kind = kinds[col - 1]
        header = ws.cell(row=header_row, column=col)
        header.font = _HEADER_FONT
        header.fill = _HEADER_FILL
        indent = 1 if kind == "text" and col > 1 and kinds[col - 2] == "number" else 0
        horizontal = {"number": "right", "date": "center"}.get(kind, "left" if indent else None)
        header.alignment = Alignment(wrap_text=True, vertical="top", horizontal=horizontal, indent=indent)
        if isinstance(header.value, str):
            lines = max(lines, _wrapped_lines(header.value, widths[col - 1] - 3))
        if kind == "date" or indent:
            body = Alignment(horizontal="center") if kind == "date" else Alignment(horizontal="left", indent=indent)
            for (cell,) in ws.iter_rows(min_row=header_row + 1, max_row=ws.max_row, min_col=col, max_col=col):
                cell.alignment = body
    if lines > 1:
        ws.row_dimensions[header_row].height = 15 * lines


def _column_kind(ws: Worksheet, first: int, last: int, col: int) -> str:
    """``"number"``, ``"date"`` or ``"text"``: what the column's data cells hold (empty cells aside)."""
    kinds = set()
    for (cell,) in ws.iter_rows(min_row=first + 1, max_row=last, min_col=col, max_col=col):
        value = cell.value
        if value is None:
            continue
        if isinstance(value, dt.date):
            kinds.add("date")
        elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            kinds.add("number")
        else:
            kinds.add("text")
    return kinds.pop() if len(kinds) == 1 else "text"


def _fit_widths(ws: Worksheet, header_row: int, n_cols: int, max_width: int) -> list[int]:
    widths = [0] * n_cols
    for row in ws.iter_rows(min_row=header_row, max_row=ws.max_row, max_col=n_cols):
        for index, cell in enumerate(row):
            if cell.row == header_row and isinstance(cell.value, str):
                # Titles wrap at spaces: room for the longest word (at least 14 characters of the
                # title, so it wraps into few lines) and the filter button.
                longest = max((len(word) for word in cell.value.split()), default=0)
                width = max(longest, min(len(cell.value), 14)) + 3
            else:
                width = _display_width(cell)
            widths[index] = max(widths[index], width)
    widths = [max(_MIN_WIDTH, min(width + 2, max_width)) for width in widths]
    for index, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    return widths


def _wrapped_lines(text: str, width: int) -> int:
    """How many lines ``text`` takes when wrapped at spaces to ``width`` characters."""
    lines, current = 1, 0
    for word in text.split():
        if current and current + 1 + len(word) > width:
            lines, current = lines + 1, len(word)
        else:
            current += len(word) + (1 if current else 0)
    return lines


def _keep_carriage_returns(data: bytes) -> bytes:
    # openpyxl escapes CR in attributes already; a raw CR can only be inside text.
    return data.replace(b"\r", b"&#13;")


def save_workbook(wb: Workbook, path: str | os.PathLike[str]) -> Path:
    """Save ``wb`` to ``path`` atomically (a temporary file, then a rename), keeping carriage returns.

    The file appears complete or not at all, so a failed export never leaves half a workbook.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, raw_name = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
    os.close(fd)
    fixed_name = raw_name + ".tmp"
    try:
        wb.save(raw_name)
        with zipfile.ZipFile(raw_name) as src, zipfile.ZipFile(fixed_name, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename.startswith("xl/") and info.filename.endswith(".xml"):
                    data = _keep_carriage_returns(data)
                dst.writestr(info, data)
        os.replace(fixed_name, target)
    finally:
        for name in (raw_name, fixed_name):
            if os.path.exists(name):
                os.remove(name)
    return target

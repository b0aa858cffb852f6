"""Tolerant cell parsing: what dealers really type, read exactly, or a problem that says what was expected.

Every parser takes a raw cell value (text, int, float, Decimal, date, datetime, bool or None, as openpyxl
or python-calamine give it) and returns ``(value, problem)``: the parsed value and ``None``, or ``None``
and a :class:`CellProblem`. A blank cell (None, or only spaces) is ``(None, None)``: whether it may be
blank is the importer's decision.

Money is never a float: a float from a cell becomes ``Decimal(str(x))`` at once and is refused if it then
has more than two decimals (``0.1 + 0.2`` typed as a formula gives 0.30000000000000004: refused, not
rounded). Text amounts are read by :mod:`coop_desk.amounts` (the one parser: ``12 500,50``,
``12,500.50``, ``1'200.50``, ``€ 1 200``), which refuses every text with two readings (``1,500`` could be
1500.00 or 1.50), more than two decimals, or another currency than the one expected; the refusal names
the readings.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from coop_desk.amounts import AMBIGUOUS, NOT_AMOUNT, SPACES, read_amount
from coop_desk.money import CENT, MAX_AMOUNT
from coop_desk.text import Text

__all__ = [
    "MONTHS_EN",
    "MONTHS_RU",
    "FORMULA_ERRORS",
    "REFERENCE",
    "CellProblem",
    "clean_text",
    "formula_error",
    "is_blank",
    "parse_date",
    "parse_money",
    "parse_month",
    "parse_text",
    "parse_whole",
    "shown",
    "title_matches",
]

# The largest amount accepted is coop_desk.money.MAX_AMOUNT (its 12 digits survive an xlsx double exactly).
MONEY_EXAMPLE = "12 500,50"

MONTHS_RU = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_MONTHS_RU_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_MONTH_EXTRA = {"февр": 2, "сент": 9, "нояб": 11, "sept": 9, "мая": 5}


def _month_names() -> dict[str, int]:
    names: dict[str, int] = dict(_MONTH_EXTRA)
    for i in range(12):
        for name in (MONTHS_RU[i], _MONTHS_RU_GENITIVE[i], _MONTHS_RU_SHORT[i], MONTHS_EN[i], MONTHS_EN[i][:3]):
            names[name.casefold()] = i + 1
    return names


MONTH_NAMES: dict[str, int] = _month_names()

_SPACES = SPACES
#: An activity reference as the services make them: dealer code, year, number (``D014-2027-03``).
REFERENCE = re.compile(r"^[A-Z][A-Z0-9]{1,15}-\d{4}-\d{2,}$")

#: The error values a formula can leave in a cell, as Excel, LibreOffice, openpyxl and calamine give them.
FORMULA_ERRORS = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA")
_ERROR_CODES = frozenset(FORMULA_ERRORS)
# C0 controls but tab, newline and carriage return (the spacing rules deal with those), DEL, C1 controls
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# the OOXML escape of a control character (``_x001B_``), which openpyxl and calamine may leave in text
_CONTROL_ESCAPES = re.compile(r"_x(?:00[01][0-9A-Fa-f]|007[Ff]|00[89][0-9A-Fa-f])_")


def clean_text(text: str) -> str:
    """``text`` without control characters (ESC, BEL, NUL, the other C0 and C1 ones) or their
    ``_x001B_`` escapes; tabs and line breaks are kept for the spacing rules (a tab is a space)."""
    if _CONTROL_ESCAPES.search(text):
        text = _CONTROL_ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def formula_error(value: object) -> str | None:
    """The formula error a cell holds (``#DIV/0!``), or None."""
    if isinstance(value, str) and len(value) <= 16:
        code = value.strip().upper()
        if code in _ERROR_CODES:
            return code
    return None


@dataclass(frozen=True)
class CellProblem:
    """What was found in a cell (as the person sees it) and what was expected there."""

    found: str
    expected: str  # a coop_desk.text.Text: the window translates it

    def __str__(self) -> str:
        return str.__str__(self.text())

    def text(self) -> Text:
        if error := formula_error(self.found):
            return Text(
                "the cell holds the formula error {error}, expected {expected}", error=error, expected=self.expected
            )
        if self.found:
            return Text('expected {expected}, found "{found}"', expected=self.expected, found=self.found)
        return Text("expected {expected}, found nothing", expected=self.expected)


def shown(value: object, limit: int = 60) -> str:
    """A cell value as the person sees it, for messages (``12.0`` → ``12``, dates as 15.03.2027)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = _float_text(value)
    elif isinstance(value, dt.datetime):
        text = value.strftime("%d.%m.%Y %H:%M") if (value.hour, value.minute) != (0, 0) else value.strftime("%d.%m.%Y")
    elif isinstance(value, dt.date):
        text = value.strftime("%d.%m.%Y")
    else:
        text = clean_text(str(value))
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _float_text(value: float) -> str:  # ok-float: only to show what a cell holds
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not d.is_finite():
        return str(value)
    return str(d.to_integral_value()) if d == d.to_integral_value() else str(d)


def is_blank(value: object) -> bool:
    """None, or text of spaces only."""
    return value is None or (isinstance(value, str) and not value.strip())


# -- money ---------------------------------------------------------------------------------------
def parse_money(
    value: object, *, minimum: Decimal | None = None, currency: str | None = None
) -> tuple[Decimal | None, CellProblem | None]:
    """An amount of money with at most two decimals, as a Decimal with exactly two.

    ``minimum`` (e.g. ``Decimal(0)``) refuses smaller amounts; ``currency`` (an ISO code) refuses text
    that names another currency (``12500 руб.`` in a EUR programme), while text naming none or the same
    one is accepted.
    """
    if is_blank(value):
        return None, None
    if error := formula_error(value):
        return None, CellProblem(error, amount_expected(minimum, currency))
    amount, problem = _exact_amount(value, currency)
    if problem is not None:
        return None, problem
    if amount is not None and amount.is_finite():
        if abs(amount) > MAX_AMOUNT:
            return None, CellProblem(shown(value), Text("an amount of at most {limit}", limit=str(MAX_AMOUNT)))
        if amount != amount.quantize(CENT, rounding=ROUND_DOWN):
            expected = Text("an amount with at most 2 decimals such as {example}", example=MONEY_EXAMPLE)
            return None, CellProblem(shown(value), expected)
        if minimum is None or amount >= minimum:
            return (amount.quantize(CENT) if amount else Decimal("0.00")), None
    return None, CellProblem(shown(value), amount_expected(minimum, currency))


def amount_expected(minimum: Decimal | None, currency: str | None) -> Text:
    """``an amount ≥ 0 in EUR such as 12 500,50`` (the parts given), translatable."""
    low = str(minimum) if minimum is not None else ""
    if low and currency:
        return Text(
            "an amount ≥ {minimum} in {currency} such as {example}",
            minimum=low,
            currency=currency,
            example=MONEY_EXAMPLE,
        )
    if low:
        return Text("an amount ≥ {minimum} such as {example}", minimum=low, example=MONEY_EXAMPLE)
    if currency:
        return Text("an amount in {currency} such as {example}", currency=currency, example=MONEY_EXAMPLE)
    return Text("an amount such as {example}", example=MONEY_EXAMPLE)


def _exact_amount(value: object, currency: str | None) -> tuple[Decimal | None, CellProblem | None]:
    """The number in a cell value, exactly; or why a text is not taken (coop_desk.amounts)."""
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        return None, None
    if isinstance(value, int):
        return Decimal(value), None
    if isinstance(value, float):
        try:
            return Decimal(str(value)), None
        except InvalidOperation:
            return None, None
    if isinstance(value, Decimal):
        return value, None
    if isinstance(value, str):
        amount, problem = read_amount(value, places=2, currency=currency)
        if problem is not None and problem.kind != NOT_AMOUNT:
            return None, CellProblem(shown(value), problem.expected())
        return amount, None
    return None, None


# -- whole numbers -------------------------------------------------------------------------------
def parse_whole(value: object, *, minimum: int | None = None) -> tuple[int | None, CellProblem | None]:
    """A whole number (``12``, ``12.0``, ``"12 500"``)."""
    expected = (
        Text("a whole number ≥ {minimum} such as 1200", minimum=str(minimum))
        if minimum is not None
        else Text("a whole number such as 1200")
    )
    if is_blank(value):
        return None, None
    if error := formula_error(value):
        return None, CellProblem(error, expected)
    number: Decimal | None = None
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        number = None
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float | Decimal):
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            number = None
    elif isinstance(value, str):
        number = _whole_from_text(value)
    if number is None or not number.is_finite() or number != number.to_integral_value():
        return None, CellProblem(shown(value), expected)
    whole = int(number)
    if minimum is not None and whole < minimum:
        return None, CellProblem(shown(value), expected)
    return whole, None


def _whole_from_text(text: str) -> Decimal | None:
    """A whole number in a text; of two readings (``1,500``) the one that is whole, if only one is."""
    number, problem = read_amount(text, places=None)
    if problem is not None and problem.kind == AMBIGUOUS:
        whole = [r for r in problem.readings if r == r.to_integral_value()]
        return whole[0] if len(whole) == 1 else None
    return number


# -- months --------------------------------------------------------------------------------------
MONTH_EXPECTED = Text("a month (1–12 or a name such as март / March)")
_YEAR_SUFFIX = re.compile(r"\s*(\d{4})\s*(г\.?|года?)?$")


def parse_month(value: object, *, date1904: bool = False) -> tuple[int | None, CellProblem | None]:
    """A month 1–12 from a number, a date, or a Russian or English name or abbreviation in any case
    (``март``, ``марта``, ``мар.``, ``March``, ``MAR``, ``Март / March``, ``март 2027``, ``2027-03``).

    A pure function of the value (and its type) and the date system; a batch of drafts writes the same
    dozen or so month values on every row, so the answers are remembered."""
    try:
        return _cached_month(value, date1904)
    except TypeError:  # an unhashable value (no reader gives one): read it afresh
        return _parse_month(value, date1904=date1904)


@functools.lru_cache(maxsize=4096, typed=True)  # typed: 1, 1.0 and True are different cell values
def _cached_month(value: object, date1904: bool) -> tuple[int | None, CellProblem | None]:
    return _parse_month(value, date1904=date1904)


def _parse_month(value: object, *, date1904: bool = False) -> tuple[int | None, CellProblem | None]:
    if is_blank(value):
        return None, None
    if error := formula_error(value):
        return None, CellProblem(error, MONTH_EXPECTED)
    month: int | None = None
    if isinstance(value, dt.datetime | dt.date):
        month = value.month
    elif isinstance(value, bool):
        month = None
    elif isinstance(value, int | float | Decimal):
        number, _ = parse_whole(value)
        month = number
    elif isinstance(value, str):
        month = _month_from_text(value, date1904)
    if month is None or not 1 <= month <= 12:
        return None, CellProblem(shown(value), MONTH_EXPECTED)
    return month, None


_MONTH_NUMBER = re.compile(r"\d{1,2}(\.0+)?")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})|(\d{1,2})[./](\d{4})")
_MONTH_PARTS = re.compile(r"[/|;]")


def _month_from_text(text: str, date1904: bool = False) -> int | None:
    clean = " ".join(text.split()).casefold()
    if clean in MONTH_NAMES:
        return MONTH_NAMES[clean]
    if _MONTH_NUMBER.fullmatch(clean):
        return int(clean.split(".")[0])
    if not clean[:1].isalpha():
        date, _ = parse_date(clean, date1904=date1904)
        if date is not None:
            return date.month
        match = _YEAR_MONTH.fullmatch(clean)
        if match:
            return int(match.group(2) or match.group(3))
    found: set[int] = set()
    for part in _MONTH_PARTS.split(clean):
        word = _YEAR_SUFFIX.sub("", part.strip()).strip().rstrip(".").strip()
        if not word:
            continue
        if word.isdigit():
            found.add(int(word))
        elif word in MONTH_NAMES:
            found.add(MONTH_NAMES[word])
        else:
            return None
    return found.pop() if len(found) == 1 else None


# -- dates ---------------------------------------------------------------------------------------
DATE_EXPECTED = Text("a date such as 15.03.2027")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_1904 = dt.date(1904, 1, 1)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?:\s*г\.?)?(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_WORDS = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})(?:\s*(?:г\.?|года))?")


def parse_date(value: object, *, date1904: bool = False) -> tuple[dt.date | None, CellProblem | None]:
    """A date from a date cell, an Excel serial number (the workbook's date system: 1900, or 1904 with
    ``date1904``), ISO text, ``dd.mm.yyyy`` (also with ``/`` and a two-digit year), or ``15 марта 2027``."""
    if is_blank(value):
        return None, None
    if error := formula_error(value):
        return None, CellProblem(error, DATE_EXPECTED)
    result: dt.date | None = None
    if isinstance(value, dt.datetime):
        result = value.date()
    elif isinstance(value, dt.date):
        result = value
    elif isinstance(value, bool):
        result = None
    elif isinstance(value, int | float | Decimal):
        result = _from_serial(value, date1904)
    elif isinstance(value, str):
        result = _date_from_text(value, date1904)
    if result is None:
        return None, CellProblem(shown(value), DATE_EXPECTED)
    return result, None


def _from_serial(value: int | float | Decimal, date1904: bool = False) -> dt.date | None:  # ok-float: a day number
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    if not number.is_finite() or not 1 <= number < 2958466:
        return None
    days = int(number)  # a time of day (the fraction) is dropped
    if date1904:  # day 0 is 1 January 1904, and that system never had a 29 February 1900
        return _EXCEL_1904 + dt.timedelta(days=days)
    if days < 61:  # Excel counts a 29 February 1900 that never was
        days += 1
    return _EXCEL_EPOCH + dt.timedelta(days=days)


def _date_from_text(text: str, date1904: bool = False) -> dt.date | None:
    clean = _SPACES.sub(" ", text).strip().casefold()
    try:
        if match := _ISO.fullmatch(clean):
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _DOTTED.fullmatch(clean):
            year = int(match.group(3))
            year += 2000 if year < 100 else 0
            return dt.date(year, int(match.group(2)), int(match.group(1)))
        if (match := _WORDS.fullmatch(clean)) and match.group(2) in MONTH_NAMES:
            return dt.date(int(match.group(3)), MONTH_NAMES[match.group(2)], int(match.group(1)))
        if re.fullmatch(r"\d{5}", clean):
            return _from_serial(int(clean), date1904)
    except ValueError:  # 31.02.2027
        return None
    return None


# -- text ----------------------------------------------------------------------------------------
_BLANK_LINES = re.compile(r"\n{3,}")


def parse_text(value: object, *, multiline: bool = False) -> tuple[str, None]:
    """Text with spaces tidied: outer spaces stripped, runs of spaces (no-break ones too) made one;
    control characters and their ``_x001B_`` escapes removed (:func:`clean_text`), so neither a terminal
    nor PostgreSQL (which refuses NUL) ever sees them.

    ``multiline`` keeps line breaks (at most one empty line in a row); otherwise they become spaces.
    Numbers and dates are given as the person sees them (``12.0`` → ``12``).
    """
    if value is None:
        return "", None
    text = clean_text(value) if isinstance(value, str) else shown(value, limit=10_000)
    if not multiline:
        return " ".join(text.split()), None
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    joined = "\n".join(lines).strip("\n")
    return (_BLANK_LINES.sub("\n\n", joined) if "\n\n\n" in joined else joined), None


# -- column titles -------------------------------------------------------------------------------
_TITLE_PARTS = re.compile(r"\n| / ")
_TITLE_TAIL = (",", " (", ":", ";")


def _title_key(text: str) -> str:
    return " ".join(clean_text(text).replace("ё", "е").replace("Ё", "Е").casefold().split()).rstrip(".:")


def title_matches(value: object, *titles: str) -> bool:
    """Whether a header cell holds one of ``titles`` (the template's Russian and English ones): case,
    spaces, line breaks, ``ё`` and a tail such as ``, EUR`` do not matter; a ``{placeholder}`` in a
    title and what follows it match anything. ``"Канал / Channel"`` matches ``"Канал"`` and ``"Channel"``."""
    found, _ = parse_text(value, multiline=True)
    parts = [_title_key(p) for p in _TITLE_PARTS.split(found) if p.strip()]
    for title in titles:
        open_end = "{" in title
        key = _title_key(title.split("{", 1)[0]).rstrip(" (") if open_end else _title_key(title)
        if not key:
            continue
        for part in parts:
            if part == key or (part.startswith(key) and (open_end or part[len(key) :].startswith(_TITLE_TAIL))):
                return True
    return False

"""Tolerant cell parsing: what dealers really type, read exactly, or a problem that says what was expected.

Every parser takes a raw cell value (text, int, float, Decimal, date, datetime, bool or None, as openpyxl
or python-calamine give it) and returns ``(value, problem)``: the parsed value and ``None``, or ``None``
and a :class:`CellProblem`. A blank cell (None, or only spaces) is ``(None, None)``: whether it may be
blank is the importer's decision.

Money is never a float: a float from a cell becomes ``Decimal(str(x))`` at once and is refused if it then
has more than two decimals (``0.1 + 0.2`` typed as a formula gives 0.30000000000000004: refused, not
rounded). Text amounts are read in the ways dealers write them::

    12 500,50    12,500.50    12500 руб.    € 1 200    1 200.5    1'200.50    12 500,50 €

(no-break and narrow no-break spaces included). A single separator followed by exactly three digits is a
thousands separator (``1,500`` is 1500: an amount never has three decimals).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from coop_desk.money import CENT
from coop_desk.text import Text

__all__ = [
    "MONTHS_EN",
    "MONTHS_RU",
    "CellProblem",
    "is_blank",
    "parse_date",
    "parse_money",
    "parse_month",
    "parse_text",
    "parse_whole",
    "shown",
]

#: The largest amount accepted (15 significant digits with cents survive an xlsx double exactly).
MAX_AMOUNT = Decimal(10) ** 13
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

_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f\u200a\u2002-\u2006]+")
_CURRENCY_WORDS = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "evro": "EUR",
    "евро": "EUR",
    "$": "USD",
    "usd": "USD",
    "₽": "RUB",
    "rub": "RUB",
    "руб": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "рубль": "RUB",
    "р": "RUB",
    "£": "GBP",
    "gbp": "GBP",
}
_CURRENCY = "|".join(sorted((re.escape(w) for w in _CURRENCY_WORDS), key=len, reverse=True))
_AMOUNT_TEXT = re.compile(
    rf"^(?:(?P<pre>{_CURRENCY})\.?\s*)?(?P<sign>[-−–]?)\s*(?P<num>\d[\d ,.']*)(?:\s*(?P<post>{_CURRENCY})\.?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CellProblem:
    """What was found in a cell (as the person sees it) and what was expected there."""

    found: str
    expected: str  # a coop_desk.text.Text: the window translates it

    def __str__(self) -> str:
        return str.__str__(self.text())

    def text(self) -> Text:
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
        text = str(value)
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
    amount = _exact_amount(value, currency)
    if amount is not None and amount.is_finite():
        if abs(amount) >= MAX_AMOUNT:
            limit = f"{MAX_AMOUNT:,}".replace(",", " ")
            return None, CellProblem(shown(value), Text("an amount below {limit}", limit=limit))
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


def _exact_amount(value: object, currency: str | None) -> Decimal | None:
    """The number in a cell value, exactly; None if there is none (or text names another currency)."""
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        amount, named = _amount_from_text(value)
        if currency and named and named != currency.upper():
            return None
        return amount
    return None


def _amount_from_text(text: str) -> tuple[Decimal | None, str | None]:
    """The amount in a text and the currency it names (ISO code, or None)."""
    clean = _SPACES.sub(" ", text).strip()
    match = _AMOUNT_TEXT.match(clean)
    if not match or (match.group("pre") and match.group("post")):
        return None, None
    word = (match.group("pre") or match.group("post") or "").casefold()
    named = _CURRENCY_WORDS.get(word) if word else None
    number = _number_from_text(match.group("num").strip())
    if number is None:
        return None, None
    return (-number if match.group("sign") else number), named


def _number_from_text(text: str) -> Decimal | None:
    """``12 500,50`` / ``12,500.50`` / ``1'200`` / ``12500`` → a Decimal; None if the grouping is wrong."""
    if not text or not text[-1].isdigit():
        return None
    decimal_sep = None
    if "," in text and "." in text:
        decimal_sep = "," if text.rfind(",") > text.rfind(".") else "."
    else:
        for sep in ",.":
            if text.count(sep) == 1:
                whole, frac = text.split(sep)
                grouping = len(frac) == 3 and not whole.replace(" ", "").replace("'", "").startswith("0")
                decimal_sep = None if grouping else sep
    if decimal_sep is not None:
        whole, _, frac = text.rpartition(decimal_sep)
        if not frac.isdigit():
            return None
    else:
        whole, frac = text, ""
    groups = re.split(r"[ ,.']", whole)
    if len(groups) > 1 and (
        not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]) or not all(g.isdigit() for g in groups)
    ):
        return None
    digits = "".join(groups)
    if not digits.isdigit():
        return None
    return Decimal(f"{digits}.{frac}" if frac else digits)


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
        number, _ = _amount_from_text(value)
    if number is None or not number.is_finite() or number != number.to_integral_value():
        return None, CellProblem(shown(value), expected)
    whole = int(number)
    if minimum is not None and whole < minimum:
        return None, CellProblem(shown(value), expected)
    return whole, None


# -- months --------------------------------------------------------------------------------------
MONTH_EXPECTED = Text("a month (1–12 or a name such as март / March)")
_YEAR_SUFFIX = re.compile(r"\s*(\d{4})\s*(г\.?|года?)?$")


def parse_month(value: object) -> tuple[int | None, CellProblem | None]:
    """A month 1–12 from a number, a date, or a Russian or English name or abbreviation in any case
    (``март``, ``марта``, ``мар.``, ``March``, ``MAR``, ``Март / March``, ``март 2027``, ``2027-03``)."""
    if is_blank(value):
        return None, None
    month: int | None = None
    if isinstance(value, dt.datetime | dt.date):
        month = value.month
    elif isinstance(value, bool):
        month = None
    elif isinstance(value, int | float | Decimal):
        number, _ = parse_whole(value)
        month = number
    elif isinstance(value, str):
        month = _month_from_text(value)
    if month is None or not 1 <= month <= 12:
        return None, CellProblem(shown(value), MONTH_EXPECTED)
    return month, None


_MONTH_NUMBER = re.compile(r"\d{1,2}(\.0+)?")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})|(\d{1,2})[./](\d{4})")
_MONTH_PARTS = re.compile(r"[/|;]")


def _month_from_text(text: str) -> int | None:
    clean = " ".join(text.split()).casefold()
    if clean in MONTH_NAMES:
        return MONTH_NAMES[clean]
    if _MONTH_NUMBER.fullmatch(clean):
        return int(clean.split(".")[0])
    if not clean[:1].isalpha():
        date, _ = parse_date(clean)
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
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?:\s*г\.?)?(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_WORDS = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})(?:\s*(?:г\.?|года))?")


def parse_date(value: object) -> tuple[dt.date | None, CellProblem | None]:
    """A date from a date cell, an Excel serial number (1900 system), ISO text, ``dd.mm.yyyy`` (also with
    ``/`` and a two-digit year), or ``15 марта 2027``."""
    if is_blank(value):
        return None, None
    result: dt.date | None = None
    if isinstance(value, dt.datetime):
        result = value.date()
    elif isinstance(value, dt.date):
        result = value
    elif isinstance(value, bool):
        result = None
    elif isinstance(value, int | float | Decimal):
        result = _from_serial(value)
    elif isinstance(value, str):
        result = _date_from_text(value)
    if result is None:
        return None, CellProblem(shown(value), DATE_EXPECTED)
    return result, None


def _from_serial(value: int | float | Decimal) -> dt.date | None:  # ok-float: a day number, not money
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    if not number.is_finite() or not 1 <= number < 2958466:
        return None
    days = int(number)  # a time of day (the fraction) is dropped
    if days < 61:  # Excel counts a 29 February 1900 that never was
        days += 1
    return _EXCEL_EPOCH + dt.timedelta(days=days)


def _date_from_text(text: str) -> dt.date | None:
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
            return _from_serial(int(clean))
    except ValueError:  # 31.02.2027
        return None
    return None


# -- text ----------------------------------------------------------------------------------------
_BLANK_LINES = re.compile(r"\n{3,}")


def parse_text(value: object, *, multiline: bool = False) -> tuple[str, None]:
    """Text with spaces tidied: outer spaces stripped, runs of spaces (no-break ones too) made one.

    ``multiline`` keeps line breaks (at most one empty line in a row); otherwise they become spaces.
    Numbers and dates are given as the person sees them (``12.0`` → ``12``).
    """
    if value is None:
        return "", None
    text = value if isinstance(value, str) else shown(value, limit=10_000)
    if not multiline:
        return " ".join(text.split()), None
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    joined = "\n".join(lines).strip("\n")
    return (_BLANK_LINES.sub("\n\n", joined) if "\n\n\n" in joined else joined), None

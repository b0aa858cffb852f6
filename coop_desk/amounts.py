"""Amounts typed by people: one reading, or a refusal that names the readings there could be.

Workbook text cells, the command line's amount options and the window's entry fields all read amounts
here. A text is taken only when it can be read one way: ``1,500`` is 1500 in one country and 1.5 in
another, so it is refused with both readings (``"1,500" could be 1500.00 or 1.50``), never guessed.

* A separator is a space (no-break and narrow no-break spaces included), an apostrophe, a comma or a
  dot. Spaces and apostrophes only group thousands; a comma or a dot may group thousands or mark the
  decimals. Thousands groups are exact: 1–3 digits, then groups of three (``12 500``, ``1.234.567``).
* The decimal mark is the last separator, given once (``1 500,50``, ``1.500,50``, ``1,500.50``).
* A text that reads both ways (a lone comma or dot followed by exactly three digits, ``1,500``,
  ``12.500``; a space, apostrophe or dot grouping with a comma or dot before three last digits,
  ``1 500,000``) is **ambiguous**; separators in impossible positions (``1.500,000.00``, ``1,50.000``)
  are **not an amount**; money has at most two decimals (``0,125`` is refused, not rounded).
* ``decimal_separator`` (``","`` or ``"."``) is the reader's own convention (the window's number
  format): it settles what is ambiguous otherwise (``12.500`` is 12500 with ``","``, 12.5 with ``"."``).
* A currency sign or code may lead or trail (``€ 1 200``, ``12 500,50 EUR``); with ``currency`` given,
  another currency (``руб.``, ``$``, ``USD``) is refused naming the expected one.

:data:`FORMS` is the one table of accepted and refused forms (``coop-desk help amounts``, README); a test
holds it to the parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from coop_desk.money import MAX_AMOUNT
from coop_desk.text import Text

__all__ = [
    "AMBIGUOUS",
    "CURRENCY",
    "CURRENCY_WORDS",
    "DECIMALS",
    "TOO_LARGE",
    "FORMS",
    "Form",
    "NOT_AMOUNT",
    "SPACES",
    "AmountError",
    "AmountProblem",
    "forms_table",
    "parse_amount",
    "read_amount",
]

NOT_AMOUNT = "not an amount"
AMBIGUOUS = "ambiguous"
DECIMALS = "decimals"
CURRENCY = "currency"
TOO_LARGE = "too large"

#: Every kind of space people (and spreadsheets) put into numbers.
SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f\u200a\u2002-\u2006]+")
#: Currency signs and words as people write them, and the ISO code each names.
CURRENCY_WORDS = {
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
_WORD = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
_NUMBER = r"(?P<sign>[-−–]?)\s*(?P<num>\d(?:[\d ,.']*\d)?)"
_WITH_WORDS = re.compile(rf"^(?:(?P<pre>{_WORD})\.?\s*)?{_NUMBER}(?:\s*(?P<post>{_WORD})\.?)?$", re.IGNORECASE)
_BARE = re.compile(rf"^{_NUMBER}$")
EXAMPLE = "12 500,50"
_MAX_LENGTH = 100  # longer text is no amount (and is never turned into a huge Decimal)


@dataclass(frozen=True)
class AmountProblem:
    """Why a text is not taken: ``kind`` (NOT_AMOUNT, AMBIGUOUS, DECIMALS, CURRENCY, TOO_LARGE), the text as typed,
    the readings it could have (AMBIGUOUS) and the currencies involved (CURRENCY)."""

    text: str
    kind: str
    readings: tuple[Decimal, ...] = ()
    spellings: tuple[str, ...] = ()  # each reading written one way only (``1500``, ``1,50``)
    places: int | None = 2
    currency: str | None = None  # the currency expected (the programme's)
    named: str | None = None  # the currency the text names

    def readings_text(self) -> str:
        """``1500.00 or 1.50``: the readings with a dot for decimals and no grouping."""
        return " or ".join(_plain(r, self.places) for r in self.readings)

    def expected(self) -> Text:
        """What the cell or option should hold, for ``found "…", expected …`` lines."""
        if self.kind == AMBIGUOUS:
            first, second = (_plain(r, self.places) for r in self.readings)
            money = self.places == 2
            if len(self.spellings) < 2:  # a reading with more decimals than allowed cannot be written
                if money:
                    return Text(
                        "an amount with one reading only: it could be {first} or {second}", first=first, second=second
                    )
                return Text(
                    "a number with one reading only: it could be {first} or {second}", first=first, second=second
                )
            written = {
                "first": first,
                "second": second,
                "write_first": self.spellings[0],
                "write_second": self.spellings[1],
            }
            if money:
                return Text(
                    "an amount with one reading only: it could be {first} or {second} "
                    "(write {write_first} or {write_second})",
                    **written,
                )
            return Text(
                "a number with one reading only: it could be {first} or {second} "
                "(write {write_first} or {write_second})",
                **written,
            )
        if self.kind == DECIMALS:
            if self.places == 2:
                return Text("an amount with at most 2 decimals such as {example}", example=EXAMPLE)
            return Text("a number with at most {places} decimals", places=str(self.places))
        if self.kind == TOO_LARGE:
            return Text("an amount of at most {limit}", limit=str(MAX_AMOUNT))
        if self.kind == CURRENCY:
            return Text(
                "an amount in {currency}, the programme's currency (this one is in {named})",
                currency=self.currency or "",
                named=self.named or "",
            )
        return Text("an amount such as {example}", example=EXAMPLE)

    def message(self) -> Text:
        """One line: ``"1,500" is not taken: expected an amount with one reading only: …``."""
        return Text('"{text}" is not taken: expected {expected}', text=self.text, expected=self.expected())


class AmountError(ValueError):
    """A text that is not taken as an amount; ``problem`` says why."""

    def __init__(self, problem: AmountProblem) -> None:
        super().__init__(str(problem.message()))
        self.problem = problem


@dataclass(frozen=True)
class _Reading:
    value: Decimal
    decimal: str | None  # the decimal mark this reading takes
    groups: frozenset[str]  # the thousands separators it takes
    fraction: int  # digits after the decimal mark


def read_amount(
    text: str,
    *,
    decimal_separator: str | None = None,
    places: int | None = 2,
    currency: str | None = None,
    currency_words: bool = True,
) -> tuple[Decimal | None, AmountProblem | None]:
    """The amount in ``text`` exactly as written (not quantized), or None and why not.

    ``places`` is the most decimals allowed (None: any); ``currency_words`` lets a currency sign or code
    lead or trail; ``currency`` (an ISO code) then refuses another one. A blank text is ``(None, None)``.
    """
    if decimal_separator not in (None, ",", "."):
        raise ValueError(f"decimal_separator must be None, ',' or '.', not {decimal_separator!r}")
    clean = SPACES.sub(" ", text).strip()
    if not clean:
        return None, None
    shown = clean if len(clean) <= 60 else clean[:59] + "…"

    def refuse(kind: str, **extra: object) -> tuple[None, AmountProblem]:
        return None, AmountProblem(shown, kind, places=places, **extra)  # type: ignore[arg-type]

    match = (_WITH_WORDS if currency_words else _BARE).match(clean) if len(clean) <= _MAX_LENGTH else None
    if not match:
        return refuse(NOT_AMOUNT)
    if currency_words:
        pre, post = match.group("pre"), match.group("post")
        if pre and post:
            return refuse(NOT_AMOUNT)
        named = CURRENCY_WORDS.get((pre or post or "").casefold())
        if currency and named and named != currency.upper():
            return refuse(CURRENCY, currency=currency.upper(), named=named)
    negative = bool(match.group("sign"))
    readings = _readings(match.group("num"))
    if not readings:
        return refuse(NOT_AMOUNT)
    if len(readings) > 1 and decimal_separator is not None:
        mine = [r for r in readings if r.decimal in (None, decimal_separator) and decimal_separator not in r.groups]
        readings = mine or readings
    if len(readings) > 1:
        values = tuple(-r.value if negative else r.value for r in readings)
        written = [_spelling(v, r.decimal, places) for v, r in zip(values, readings, strict=True)]
        spellings = tuple(w for w in written if w is not None) if None not in written else ()
        return refuse(AMBIGUOUS, readings=values, spellings=spellings)
    reading = readings[0]
    if len(reading.groups) > 1:  # 1 500,000,000: thousands marked two ways
        return refuse(NOT_AMOUNT)
    if places is not None and not _fits(reading, places, strict=decimal_separator is None):
        return refuse(DECIMALS)
    if places == 2 and reading.value > MAX_AMOUNT:  # money beyond what sums of amounts can hold
        return refuse(TOO_LARGE)
    return (-reading.value if negative else reading.value), None


def parse_amount(
    text: str,
    *,
    decimal_separator: str | None = None,
    places: int | None = 2,
    currency: str | None = None,
    currency_words: bool = True,
) -> Decimal:
    """As :func:`read_amount`, raising :class:`AmountError`; a blank text is NOT_AMOUNT here."""
    value, problem = read_amount(
        text, decimal_separator=decimal_separator, places=places, currency=currency, currency_words=currency_words
    )
    if problem is not None:
        raise AmountError(problem)
    if value is None:
        raise AmountError(AmountProblem(text, NOT_AMOUNT, places=places))
    return value


def _readings(number: str) -> list[_Reading]:
    """Every way ``number`` (digits and separators, a digit at each end) can be read."""
    parts = re.split(r"([ ,.'])", number)
    digits, seps = parts[0::2], parts[1::2]
    if not all(d.isdigit() for d in digits):  # two separators in a row
        return []
    if not seps:
        return [_Reading(Decimal(number), None, frozenset(), 0)]
    out: list[_Reading] = []
    if _grouped(digits):  # every separator groups thousands
        out.append(_Reading(Decimal("".join(digits)), None, frozenset(seps), 0))
    last = seps[-1]
    if last in ",." and seps.count(last) == 1:  # the last separator is the decimal mark
        rest, fraction = digits[:-1], digits[-1]
        groups = frozenset(seps[:-1])
        if len(groups) <= 1 and (len(rest) == 1 or _grouped(rest)):
            out.append(_Reading(Decimal(f"{''.join(rest)}.{fraction}"), last, groups, len(fraction)))
    return out


def _grouped(digits: list[str]) -> bool:
    """1–3 digits (not a leading zero), then groups of exactly three."""
    first, rest = digits[0], digits[1:]
    return 1 <= len(first) <= 3 and not first.startswith("0") and all(len(g) == 3 for g in rest)


def _fits(reading: _Reading, places: int, *, strict: bool) -> bool:
    """At most ``places`` decimals: as written (strict), or in value (``12.500`` is 12.50)."""
    if strict:
        return reading.fraction <= places
    return reading.value == reading.value.quantize(Decimal(1).scaleb(-places)) if reading.fraction else True


def _plain(value: Decimal, places: int | None) -> str:
    """``1500.00`` / ``1.50`` (money), ``1.5`` (any decimals): how a reading is named."""
    if places is not None and value == value.quantize(Decimal(1).scaleb(-places)):
        return str(value.quantize(Decimal(1).scaleb(-places)))
    return format(value.normalize(), "f")


def _spelling(value: Decimal, mark: str | None, places: int | None) -> str | None:
    """The reading written with no thousands separator (``1500``, ``1,50``): one reading only; None if it
    has more decimals than allowed (``1,005`` read as 1.005 is no amount of money)."""
    if value == value.to_integral_value() and mark is None:
        return format(value.to_integral_value(), "f")
    if places is not None and value != value.quantize(Decimal(1).scaleb(-places)):
        return None
    text = _plain(value, places)
    if len(text.partition(".")[2]) == 3:  # 1.005 as 1,005 would be ambiguous again: 1,0050 is not
        text += "0"
    return text.replace(".", mark) if mark else text


# -- the table of forms (coop-desk help amounts, README) ------------------------------------------
@dataclass(frozen=True)
class Form:
    """One row of the table: a text as typed, and the amount it is read as or why it is refused."""

    typed: str
    value: str | None  # the amount read (None: refused)
    kind: str | None = None  # why it is refused (NOT_AMOUNT, AMBIGUOUS, DECIMALS, CURRENCY)
    note: str = ""

    @property
    def read_as(self) -> str:
        if self.value is None:
            return f"refused: {self.note}"
        return f"{self.value} ({self.note})" if self.note else self.value


#: The one table of accepted and refused forms, read in a EUR programme; a test holds it to the parser.
FORMS: tuple[Form, ...] = (
    Form("1500", "1500.00"),
    Form("1500.50", "1500.50"),
    Form("1500,50", "1500.50"),
    Form("1 500,50", "1500.50", note="also with no-break or narrow no-break spaces"),
    Form("1.500,50", "1500.50"),
    Form("1,500.50", "1500.50"),
    Form("1'500.50", "1500.50"),
    Form("12 500", "12500.00"),
    Form("1,500,000", "1500000.00"),
    Form("€ 1 200", "1200.00", note="the programme's currency, its sign or code before or after"),
    Form("1200 EUR", "1200.00"),
    Form("1,500", None, AMBIGUOUS, "could be 1500.00 or 1.50"),
    Form("12.500", None, AMBIGUOUS, "could be 12500.00 or 12.50"),
    Form("1 500,000", None, AMBIGUOUS, "could be 1500000.00 or 1500.00"),
    Form("1.500,000", None, AMBIGUOUS, "could be 1500000.00 or 1500.00"),
    Form("1.500,000.00", None, NOT_AMOUNT, "separators in impossible positions"),
    Form("1,50.000", None, NOT_AMOUNT, "separators in impossible positions"),
    Form("0,125", None, DECIMALS, "more than two decimals"),
    Form("1500 руб.", None, CURRENCY, "not the programme's currency (plan costs; EUR by default)"),
    Form("$1500", None, CURRENCY, "not the programme's currency"),
    Form("1500 USD", None, CURRENCY, "not the programme's currency"),
)


def forms_table() -> list[str]:
    """:data:`FORMS` as a Markdown table (the same lines in README and ``coop-desk help amounts``)."""
    width = max(len(f.typed) for f in FORMS) + 2
    lines = ["| " + "Typed".ljust(width) + " | Read as |", "|" + "-" * (width + 2) + "|---------|"]
    lines += ["| " + f"`{f.typed}`".ljust(width) + f" | {f.read_as} |" for f in FORMS]
    return lines

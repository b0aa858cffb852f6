"""Figures as text in every CoopDesk PDF: money, counts, rates and dates.

R6's rate with its reason is ``coop_desk.rules.rate_formula(other_brands, base, lang)``.

Money through :func:`money` (``coop_desk.money.format_money``), dates through :func:`date_text`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cache, lru_cache

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, get_currency_precision

from coop_desk.money import format_money, format_percent
from reports.pdf.i18n import lang_of, t

__all__ = ["date_text", "datetime_text", "money", "money_formatter", "number", "percent"]


def money(amount: Decimal | None, currency: str, lang: str) -> str:
    """An amount for people (``12 500,50 €`` / ``€12,500.50``); ``—`` when there is none.

    The text is exactly :func:`coop_desk.money.format_money`'s. A long report formats
    tens of thousands of amounts and Babel takes ~0.1 ms for each, so the layout of
    ``format_money``'s output for the currency and language is learned once from that
    function itself (prefix, group and decimal separators, suffix, for positive and
    negative amounts) and checked against it on sample amounts; only when every sample
    agrees are further amounts laid out the same way. Otherwise, and for zero, it calls
    ``format_money``.
    """
    if amount is None:
        return "—"
    return money_formatter(currency, lang)(amount)


@cache
def money_formatter(currency: str, lang: str) -> Callable[[Decimal | None], str]:
    """:func:`money` for one currency and language, ready to call many times (``m = money_formatter("EUR", "ru")``)."""
    code = lang_of(lang)
    layout = _money_layout(currency, code)
    zero = format_money(Decimal("0.00"), currency, code)

    def formatted(amount: Decimal | None) -> str:
        if amount is None:
            return "—"
        if not amount:
            return zero if not amount.is_signed() else format_money(amount, currency, code)
        return layout.format(amount) if layout is not None else format_money(amount, currency, code)

    return formatted


@dataclass(frozen=True)
class _MoneyLayout:
    digits: int  # decimal places of the currency
    group: str
    decimal: str
    plus: tuple[str, str]  # prefix and suffix of a positive amount
    minus: tuple[str, str]  # … of a negative one

    def format(self, amount: Decimal) -> str:
        q = amount.quantize(Decimal(1).scaleb(-self.digits), rounding=ROUND_HALF_UP)
        sign = q.is_signed()
        whole, frac = divmod(abs(int(q.scaleb(self.digits))), 10**self.digits)
        text = f"{whole:,}".replace(",", self.group)
        if self.digits:
            text += self.decimal + str(frac).zfill(self.digits)
        prefix, suffix = self.minus if sign and q else self.plus
        return prefix + text + suffix


_MONEY_SAMPLES = ("0.01", "0.5", "7", "999.99", "1000", "12500.5", "99999.995", "1234567.89", "100000000.01")


@cache
def _money_layout(currency: str, lang: str) -> _MoneyLayout | None:
    digits = get_currency_precision(currency)
    probe = Decimal(1234567) + Decimal("0.123456789").quantize(Decimal(1).scaleb(-digits), rounding=ROUND_DOWN)
    shape = re.compile(r"(\D*?)1(?P<g>\D+)234(?P=g)567(?:(\D+)(\d+))?(\D*)")
    plus = shape.fullmatch(format_money(probe, currency, lang))
    minus = shape.fullmatch(format_money(-probe, currency, lang))
    if plus is None or minus is None or plus.group(2) != minus.group(2) or plus.group(3) != minus.group(3):
        return None
    layout = _MoneyLayout(
        digits, plus.group(2), plus.group(3) or "", (plus.group(1), plus.group(5)), (minus.group(1), minus.group(5))
    )
    samples = [Decimal(x) for x in _MONEY_SAMPLES]
    if any(layout.format(x) != format_money(x, currency, lang) for x in samples + [-x for x in samples]):
        return None
    return layout


def number(n: int, lang: str) -> str:
    """A count with the locale's grouping (``12 345`` / ``12,345``)."""
    return format_decimal(n, locale=lang_of(lang))


def percent(rate: Decimal | None, lang: str, decimals: int = 2) -> str:
    """A rate as a percentage (``coop_desk.money.format_percent``): ``50 %``, ``16,67 %``; ``—`` when none."""
    return "—" if rate is None else _percent(rate, lang_of(lang), decimals)


@lru_cache(maxsize=4096)
def _percent(rate: Decimal, lang: str, decimals: int) -> str:
    return format_percent(rate, lang, decimals)  # a report has few distinct rates and formats them thousands of times


def payment_reference(reference: str, reverses: dt.date | None, lang: str) -> str:
    """A payment's reference as a document prints it: a reversal says the date of the payment it reverses."""
    if reverses is None:
        return reference
    reversal = t("reversal_of", lang, date=date_text(reverses, lang))
    return f"{reference} · {reversal}" if reference else reversal


def date_text(d: dt.date | None, lang: str) -> str:
    """``31.03.2027`` (ru) / ``31 Mar 2027`` (en); ``—`` when there is none."""
    if d is None:
        return "—"
    if isinstance(d, dt.datetime):
        d = d.date()
    code = lang_of(lang)
    return format_date(d, "dd.MM.yyyy" if code == "ru" else "d MMM yyyy", locale=code)


def datetime_text(moment: dt.datetime, lang: str) -> str:
    """``05.04.2027 10:12`` (ru) / ``5 Apr 2027, 10:12`` (en), in the moment's own time zone."""
    code = lang_of(lang)
    return format_datetime(moment, "dd.MM.yyyy HH:mm" if code == "ru" else "d MMM yyyy, HH:mm", locale=code)

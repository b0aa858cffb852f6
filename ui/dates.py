"""How the window writes dates and times: in its language, and every time in one zone.

A date is written the window language's way (Babel, month names in that language): ``31.12.2027`` in
Russian, ``31 Dec 2027`` in English (never the American ``12/31/27``, which a European reader misreads).
A moment (an audit record, a freeze, a quarter's close) is stored in UTC; the window shows it in the local
time of this machine, and names that zone once (:func:`zone_label`, e.g. in a column header: "When (UTC+03:00)").
A moment read back without a zone (SQLite keeps none) is UTC, as every moment is stored (models.base.utcnow).
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from PySide6.QtCore import QLocale

__all__ = ["date_input_format", "date_text", "local", "moment_text", "window_language", "zone_label"]

#: The date pattern of each window language (CLDR pattern syntax, month names in that language).
_DATE_PATTERNS = {"en": "d MMM y", "ru": "dd.MM.y"}
#: The same for a date field (Qt's QDateEdit format: fixed-width sections, so each can be typed over).
_INPUT_FORMATS = {"en": "dd MMM yyyy", "ru": "dd.MM.yyyy"}


def window_language() -> str:
    """The window's language, as ui.i18n.install_translators set it (through QLocale's default)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def date_input_format(lang: str | None = None) -> str:
    """The display format of a date field in ``lang`` (default: the window's), like :func:`date_text`."""
    return _INPUT_FORMATS.get(lang or window_language(), _INPUT_FORMATS["en"])


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in this machine's local time (a moment without a zone is UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def date_text(day: dt.date | dt.datetime | None, lang: str | None = None) -> str:
    """A date in ``lang`` (default: the window's); a moment is shown as its local date and time."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        return moment_text(day, lang)
    lang = lang or window_language()
    return format_date(day, _DATE_PATTERNS.get(lang, _DATE_PATTERNS["en"]), locale=lang)


def moment_text(moment: dt.datetime, lang: str | None = None, *, seconds: bool = False) -> str:
    """A moment as local date and time (``31.12.2027 23:59``); the zone is named once, by :func:`zone_label`."""
    shown = local(moment)
    clock = f"{shown:%H:%M:%S}" if seconds else f"{shown:%H:%M}"
    return f"{date_text(shown.date(), lang)} {clock}"


def zone_label(now: dt.datetime | None = None) -> str:
    """This machine's time zone as an offset from UTC: ``UTC``, ``UTC+03:00``, ``UTC-05:00`` (the same words on
    every system, unlike the zone names Windows gives)."""
    offset = local(now or dt.datetime.now(dt.UTC)).utcoffset() or dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "+" if offset > dt.timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"

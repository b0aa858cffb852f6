"""How the window writes numbers and money: the window language's convention, or the one chosen in Settings.

A marketer may read the window in English yet expect ``12 345,67`` (or the other way round), so the
number format is a preference of its own (``Prefs.number_format``): ``""`` follows the window language,
``"en"`` writes 12,345.67, ``"ru"`` 12 345,67 and ``"de"`` 12.345,67. Every amount on screen goes through
:func:`number_locale` (``ui.models.row_table.money_text``, ``ScreenContext.money``, amounts inside service
sentences); what is typed into amount fields is read by the one parser (coop_desk.amounts) with this
format's decimal separator settling what would be ambiguous otherwise (:func:`decimal_separator`:
``12.500`` is 12500 in the "12.345,67" format and 12.5 in "12,345.67").
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

#: The formats offered in Settings ("" follows the window language) and how they are shown there.
NUMBER_FORMATS = {
    "": QT_TRANSLATE_NOOP("NumberFormat", "As the window language"),
    "en": QT_TRANSLATE_NOOP("NumberFormat", "12,345.67"),
    "ru": QT_TRANSLATE_NOOP("NumberFormat", "12 345,67"),
    "de": QT_TRANSLATE_NOOP("NumberFormat", "12.345,67"),
}
#: The decimal separator of each format (the language codes name formats too).
DECIMAL_SEPARATORS = {"en": ".", "ru": ",", "de": ","}

_chosen = ""


def set_number_format(code: str) -> None:
    """Use ``code`` (a key of NUMBER_FORMATS) from now on; the main window re-renders its screens."""
    global _chosen
    if code not in NUMBER_FORMATS:
        raise ValueError(f"unknown number format {code!r}")
    _chosen = code


def number_format() -> str:
    return _chosen


def number_locale(lang: str) -> str:
    """The locale to format numbers with in a window speaking ``lang``."""
    return _chosen or lang


def number_format_label(code: str) -> str:
    return QCoreApplication.translate("NumberFormat", str(NUMBER_FORMATS[code]))


def decimal_separator(lang: str | None = None) -> str:
    """The decimal separator of the number format in use: the one chosen, else ``lang``'s, else the window
    language's (as ui.i18n set it, through QLocale's default)."""
    if not lang:
        lang = "ru" if QLocale().language() == QLocale.Language.Russian else "en"
    return DECIMAL_SEPARATORS.get(number_locale(lang), ".")


def _window_language() -> str:
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def amount_text(value: Decimal, lang: str | None = None) -> str:
    """An amount without its currency as an input field shows it: grouped, two decimals, in the number format
    (``-1 000 000,50``, ``1,000,000.50``, ``1.000.000,50``); what the one parser reads back unchanged."""
    from babel.numbers import format_decimal  # Babel loads only when a number is shown

    return str(format_decimal(value, format="#,##0.00########", locale=number_locale(lang or _window_language())))


def decimal_text(value: Decimal, lang: str | None = None) -> str:
    """A rate, a weight or points as an input field shows it: as many decimals as it has (none trailing), with
    the number format's decimal separator and no grouping (``0,15``, ``0.0825``, ``12``)."""
    text = format(value.normalize(), "f")
    return text.replace(".", decimal_separator(lang or _window_language()))

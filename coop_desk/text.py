"""Text for people that the services and importers produce, kept translatable without Qt.

A :class:`Text` *is* the English sentence (a ``str``: the command line prints it, tests compare it,
the audit table stores it), and it also remembers the template it was made from and the named values
that filled it in. The window looks the template up in Qt's translation (context ``"Service"``) and
fills the translated template with the same values, so a refusal, an R7 step or an import problem
reads in Russian in the Russian window::

    Text("claim {number} is {status}; only a submitted claim can be approved", number=12, status=...)

Rules for templates (``resources/translations/build.py`` extracts them from the source; a test holds
the source and the extracted list together, another that every one is translated):

* the first argument is a string literal, never an f-string: the literal *is* the translation key;
* values go in as named ``{placeholders}``, never formatted in beforehand, so a translation can move
  them; a value that is itself words (a stage, a status, a reason) is passed as a ``Text`` too;
* the sentence is complete: ``Text("a") + "; " + Text("b")`` gives a plain ``str`` whose parts are no
  longer known. Join with :func:`join`, which keeps them.

Text stored in the database (an audit summary, a claim's reason) comes back as a plain ``str``; the
window recognises it by matching it against the known templates (``ui.text.tr_text``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

__all__ = ["Amount", "Number", "Text", "join"]


class Text(str):
    """An English sentence that remembers its template and named values (see the module docstring)."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        obj = super().__new__(cls, template.format(**params) if params else template)
        obj.template = template
        obj.params = params
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # pickling keeps the template (process pools, queues)
        return (_restore, (str(self), self.template, dict(self.params)))

    def __repr__(self) -> str:
        return f"Text({str.__repr__(self)})"


@dataclass(frozen=True)
class Amount:
    """A sum of money as a value of a :class:`Text`: ``str()`` gives the English form (``€12,500.50``);
    the window formats it in its own language (``12 500,50 €``)."""

    value: Decimal
    currency: str

    def __str__(self) -> str:
        from coop_desk.money import format_money  # Babel loads only when an amount is shown

        return format_money(self.value, self.currency, "en")

    def formatted(self, lang: str) -> str:
        from coop_desk.money import format_money

        return format_money(self.value, self.currency, lang)


@dataclass(frozen=True)
class Number:
    """A number with two decimals (a sum without its currency) as a value of a :class:`Text`: ``str()``
    gives ``12 500.50``; the window writes it in its number format (``12 500,50``, ``12,500.50``)."""

    value: Decimal

    def __str__(self) -> str:
        return format(self.value, ",.2f").replace(",", " ")

    def formatted(self, lang: str) -> str:
        from babel.numbers import format_decimal

        return format_decimal(self.value, format="#,##0.00", locale=lang)


def _restore(text: str, template: str, params: dict[str, Any]) -> Text:
    obj = str.__new__(Text, text)  # the sentence as it was made: no formatting again
    obj.template = template
    obj.params = params
    return obj


class _Joined(Text):
    """Several Texts joined by a separator; each part stays translatable."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "; ") -> _Joined:  # type: ignore[override]
        items = tuple(parts)
        obj = str.__new__(cls, separator.join(items))
        obj.template = ""
        obj.params = {}
        obj.parts = items
        obj.separator = separator
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Joined, (self.parts, self.separator))


def join(parts: Iterable[str], separator: str = "; ") -> Text:
    """``separator.join(parts)`` that the window can still translate part by part."""
    return _Joined(parts, separator)


def parts_of(value: str) -> tuple[str, ...] | None:
    """The parts of a :func:`join` result, or None for anything else."""
    return value.parts if isinstance(value, _Joined) else None


def params_of(value: str) -> Mapping[str, Any]:
    return value.params if isinstance(value, Text) else {}

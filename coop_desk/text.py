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

Text stored in the database keeps its template and values beside the English words (an audit summary:
:func:`to_stored`/:func:`from_stored`; a claim's reason: :func:`to_json`/:func:`from_json`) and comes back
as a ``Text``. What was stored before that (NULL template) comes back as a plain ``str``; the window
recognises it by matching it against the known templates (``ui.text.tr_text``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

__all__ = ["Amount", "Number", "Text", "from_json", "from_stored", "join", "to_json", "to_stored"]


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

    def __new__(cls, parts: Iterable[str], separator: str = "; ") -> _Joined:
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


def separator_of(value: str) -> str:
    """The separator of a :func:`join` result (see :func:`parts_of`), or ``""`` for anything else."""
    return value.separator if isinstance(value, _Joined) else ""


def params_of(value: str) -> Mapping[str, Any]:
    return value.params if isinstance(value, Text) else {}


# --------------------------------------------------------------------------- stored as template + values


def to_json(value: str) -> dict[str, Any]:
    """``value`` as JSON-able data that :func:`from_json` turns back into the same translatable text: the
    English sentence, and (for a :class:`Text` or a :func:`join`) its template and values, each value that
    is itself text stored the same way. A plain ``str`` keeps only its words."""
    if isinstance(value, _Joined):
        return {"text": str(value), "parts": [to_json(p) for p in value.parts], "separator": value.separator}
    if isinstance(value, Text):
        return {
            "text": str(value),
            "template": value.template,
            "params": {k: _encode(v) for k, v in value.params.items()},
        }
    return {"text": str(value)}


def from_json(data: Mapping[str, Any] | None) -> Text | None:
    """The text :func:`to_json` stored (None for None): the same English sentence, still translatable."""
    if data is None:
        return None
    text = str(data.get("text", ""))
    if "parts" in data:
        parts = [from_json(p) or "" for p in data["parts"]]
        joined = _Joined(parts, str(data.get("separator", "; ")))
        return joined if str(joined) == text else _restore(text, text, {})
    template = data.get("template")
    if not isinstance(template, str):
        return _restore(text, text, {})  # words of a person: no template to translate
    params = {k: _decode(v) for k, v in dict(data.get("params") or {}).items()}
    return _restore(text, template, params)


def to_stored(value: str) -> tuple[str | None, dict[str, Any] | None]:
    """The template and the values (JSON-able, as :func:`to_json` writes them) to store beside the English
    words of ``value`` — an audit summary. A :func:`join` has no template of its own (``""``): its values are
    its parts and separator. A plain ``str`` (a person's words) has neither: ``(None, None)``."""
    data = to_json(value)
    if "parts" in data:
        return "", {"parts": data["parts"], "separator": data["separator"]}
    if "template" in data:
        return data["template"], data["params"]
    return None, None


def from_stored(text: str, template: str | None, values: Mapping[str, Any] | None) -> str:
    """The words :func:`to_stored` stored, translatable again from their template and values; ``text`` as it
    is when there is no template (stored before templates were, or a person's words: the window matches it
    against the known templates)."""
    if template is None:
        return text
    if template == "" and values and "parts" in values:
        return from_json({"text": text, "parts": values["parts"], "separator": values.get("separator", "; ")}) or text
    return from_json({"text": text, "template": template, "params": dict(values or {})}) or text


def _encode(value: Any) -> Any:
    if isinstance(value, str):
        return to_json(value) if isinstance(value, Text) else value
    if isinstance(value, bool | int) or value is None:
        return value
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, Amount):
        return {"amount": str(value.value), "currency": value.currency}
    if isinstance(value, Number):
        return {"number": str(value.value)}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    return str(value)  # anything else is kept as it reads


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "text" in value:
        return from_json(value)
    if "decimal" in value:
        return Decimal(value["decimal"])
    if "amount" in value:
        return Amount(Decimal(value["amount"]), str(value["currency"]))
    if "number" in value:
        return Number(Decimal(value["number"]))
    if "datetime" in value:
        return dt.datetime.fromisoformat(value["datetime"])
    if "date" in value:
        return dt.date.fromisoformat(value["date"])
    return value

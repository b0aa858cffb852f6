"""Show text made by the services (``coop_desk.text.Text``) in the window's language.

``tr_text(value)``: a :class:`~coop_desk.text.Text` is translated by its template (Qt context
``"Service"``, the same .ts/.qm as every window string) and filled with its values, each value that is
itself a Text translated in turn (an audit summary stored since revision 0009 comes back from the
database as a Text: its template and values are stored beside it). A plain ``str`` — an audit summary
written before that, a claim reason of an older row, a line sent through a Qt signal — is matched against
the known templates (``ui.service_strings``, generated from the source) and translated the same way; text
that matches none (a marketer's own words) is shown as is.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from coop_desk.text import Amount, Number, Text, params_of, parts_of
from ui.dates import date_text
from ui.numbers import number_locale

__all__ = ["tr_lines", "tr_stored", "tr_text"]

_CONTEXT = "Service"
#: What a value of a placeholder looks like when it is not just "any text" (for recognising stored text): in
#: "approved: {formula} {currency}" the currency code is the last word, not everything after the formula's
#: first space; "claim {number}" is not "claim 14 for D008-2027-04".
_SHAPES = {
    "currency": "[A-Z]{3}",
    "number": "[0-9]+",
    "id": "[0-9]+",
    "count": "[0-9]+",
    "year": "[0-9]{4}",
    "quarter": "[1-4]",
    "reference": "[^\\s]+",  # an activity's reference ("D008-2027-04"), as the services store it
}
_MAX_DEPTH = 4
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def tr_text(value: Any, _depth: int = 0) -> str:
    """``value`` in the window's language (see the module docstring); anything not text is ``str()``-ed."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return str(value)
    parts = parts_of(value)
    if parts is not None:
        return value.separator.join(tr_text(p, _deeper(p, _depth)) for p in parts)  # type: ignore[attr-defined]
    if isinstance(value, Text):
        return _fill(value.template, params_of(value), _depth)
    if _depth > _MAX_DEPTH:
        return str(value)
    return _recognise(str(value), _depth)


def _deeper(value: Any, depth: int) -> int:
    """How deep the matcher has split text: a Text in a Text is no deeper (its nesting is finite, as made)."""
    return depth if isinstance(value, Text) else depth + 1


def tr_stored(value: Any) -> str:
    """Text read back from the database (an audit summary): stored with its template and values, it is filled in
    again (translated, its amounts in the number format and its dates in the window's language); stored as words
    only, in the English window those words as they were stored, in another language :func:`tr_text` (by
    matching the words)."""
    if isinstance(value, Text) and (params_of(value) or parts_of(value) is not None):
        return tr_text(value)
    if isinstance(value, str) and _language() == "en":
        return str.__str__(value)
    return tr_text(value)


def tr_lines(values: Iterable[Any]) -> list[str]:
    return [tr_text(v) for v in values]


def _fill(template: str, params: Any, depth: int) -> str:
    translated = QCoreApplication.translate(_CONTEXT, template)
    if not params:
        return translated
    values = {k: _fields(v) if k == "fields" else _value(v, depth) for k, v in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return template.format(**values)


def _fields(value: Any) -> str:
    """A ``{fields}`` value: the codes of the fields a change touched ("act_date, act_number"), named for people
    as the audit names them (ui.audit_fields); anything else as it is."""
    text = str(value)
    codes = text.split(", ")
    if not all(code.isidentifier() for code in codes):
        return text
    from ui.audit_fields import field_label

    return ", ".join(field_label(code) for code in codes)


def _value(value: Any, depth: int) -> Any:
    if isinstance(value, str) and not isinstance(value, Text) and _ISO_DATE.fullmatch(value):
        # a date in text recognised from its English words (stored before templates were): as a date value
        try:
            return date_text(dt.date.fromisoformat(value), _language())
        except ValueError:
            return value
    if isinstance(value, str):
        return tr_text(value, _deeper(value, depth))
    if isinstance(value, Amount | Number):
        return value.formatted(number_locale(_language()))
    if isinstance(value, dt.date):  # a date (or a moment) in the window's language, local time
        return date_text(value, _language())
    return value


def _language() -> str:
    """The window's language, as ui.i18n.install_translators set it (through QLocale's default)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def _recognise(text: str, depth: int) -> str:
    if not text:
        return text
    matched = _match(text)
    if matched is None:
        # Parts a service joined (coop_desk.text.join: "a; b", "a, b", a problem's "where: what") that lost
        # their Text on the way (stored in the database, sent through a Qt signal): each part on its own.
        for separator in ("; ", ", "):
            parts = text.split(separator)
            if len(parts) > 1 and all(_match(part) is not None for part in parts):
                return separator.join(_recognise(part, depth + 1) for part in parts)
        if "; " in text:
            return "; ".join(_recognise(part, depth + 1) for part in text.split("; "))
        head, sep, tail = text.partition(": ")
        if sep and head and tail:
            return f"{_recognise(head, depth + 1)}: {_recognise(tail, depth + 1)}"
        return text
    template, params = matched
    if not params:
        return QCoreApplication.translate(_CONTEXT, template)
    return _fill(template, params, depth)


@lru_cache(maxsize=8192)
def _match(text: str) -> tuple[str, dict[str, str]] | None:
    exact = _catalogue()[0]
    if text in exact:
        return text, {}
    for prefix, pattern, template in _catalogue()[1]:
        if text.startswith(prefix):
            m = pattern.fullmatch(text)
            if m and (template not in _catalogue()[2] or all(_known(v) for v in m.groupdict().values())):
                return template, m.groupdict()
    return None


def _known(value: str) -> bool:
    """A value a template of no words ("{what}: {why}", "{a} ({b})") may hold: one token (a code, a reference),
    no words at all (an amount, "50 %"), or text that is itself recognised — so such a template never splits
    text at random."""
    if not any(c.isspace() for c in value) or not any(c.isalpha() for c in value):
        return True
    return _match(value) is not None


@lru_cache(maxsize=1)
def _catalogue() -> tuple[frozenset[str], list[tuple[str, re.Pattern[str], str]], frozenset[str]]:
    """Exact texts; patterns, the likeliest first; the templates with no words of their own."""
    from ui.service_strings import TEMPLATES

    exact = set()
    patterns = []
    for template in TEMPLATES:
        compiled = _compile(template)
        if compiled is None:
            exact.add(template.replace("{{", "{").replace("}}", "}"))
        else:
            patterns.append(compiled)
    # the longest literal start first ("claim {n} for {ref} approved: {formula} {currency}" over
    # "{formula}, limited to …" for the same text), then the most literal text ("claim {n} approved" over
    # "{what}: {why}")
    patterns.sort(key=lambda item: (-len(item[0]), -item[3], item[2]))
    wordless = frozenset(
        template
        for _, _, template, _ in patterns
        if not any(c.isalpha() for literal, *_ in string.Formatter().parse(template) for c in literal)
    )
    return frozenset(exact), [(prefix, pattern, template) for prefix, pattern, template, _ in patterns], wordless


def _compile(template: str) -> tuple[str, re.Pattern[str], str, int] | None:
    pieces = list(string.Formatter().parse(template))
    if all(field is None for _, field, _, _ in pieces):
        return None
    regex = []
    seen: set[str] = set()
    literal_length = 0
    prefix = ""
    for index, (literal, field, _spec, _conv) in enumerate(pieces):
        regex.append(re.escape(literal))
        literal_length += len(literal)
        if index == 0:
            prefix = literal
        if field is None:
            continue
        name = field.split(".")[0].split("[")[0]
        if not name.isidentifier() or name in seen:
            regex.append("(?:.+?)")
        else:
            seen.add(name)
            regex.append(f"(?P<{name}>{_SHAPES.get(name, '.+?')})")
    try:
        return prefix, re.compile("".join(regex), re.DOTALL), template, literal_length
    except re.error:
        return None

"""Show text made by the services (``coop_desk.text.Text``) in the window's language.

``tr_text(value)``: a :class:`~coop_desk.text.Text` is translated by its template (Qt context
``"Service"``, the same .ts/.qm as every window string) and filled with its values, each value that is
itself a Text translated in turn. A plain ``str`` — an audit summary or a claim reason read back from
the database — is matched against the known templates (``ui.service_strings``, generated from the
source) and translated the same way; text that matches none (a marketer's own words) is shown as is.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from coop_desk.text import Text, params_of, parts_of

__all__ = ["tr_text", "tr_lines"]

_CONTEXT = "Service"
_MAX_DEPTH = 4


def tr_text(value: Any, _depth: int = 0) -> str:
    """``value`` in the window's language (see the module docstring); anything not text is ``str()``-ed."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return str(value)
    if _depth > _MAX_DEPTH:
        return str(value)
    parts = parts_of(value)
    if parts is not None:
        return value.separator.join(tr_text(p, _depth + 1) for p in parts)  # type: ignore[attr-defined]
    if isinstance(value, Text):
        return _fill(value.template, params_of(value), _depth)
    return _recognise(str(value), _depth)


def tr_lines(values: Iterable[Any]) -> list[str]:
    return [tr_text(v) for v in values]


def _fill(template: str, params: Any, depth: int) -> str:
    translated = QCoreApplication.translate(_CONTEXT, template)
    if not params:
        return translated
    values = {k: tr_text(v, depth + 1) if isinstance(v, str) else v for k, v in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return template.format(**values)


def _recognise(text: str, depth: int) -> str:
    if not text:
        return text
    matched = _match(text)
    if matched is None:
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
            if m:
                return template, m.groupdict()
    return None


@lru_cache(maxsize=1)
def _catalogue() -> tuple[frozenset[str], list[tuple[str, re.Pattern[str], str]]]:
    from ui.service_strings import TEMPLATES

    exact = set()
    patterns = []
    for template in TEMPLATES:
        compiled = _compile(template)
        if compiled is None:
            exact.add(template.replace("{{", "{").replace("}}", "}"))
        else:
            patterns.append(compiled)
    # the most literal text first, so "claim {n} approved" wins over "{what}: {why}"
    patterns.sort(key=lambda item: (-item[3], item[2]))
    return frozenset(exact), [(prefix, pattern, template) for prefix, pattern, template, _ in patterns]


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
            regex.append(f"(?P<{name}>.+?)")
    try:
        return prefix, re.compile("".join(regex), re.DOTALL), template, literal_length
    except re.error:
        return None

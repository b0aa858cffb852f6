"""The names of the year's scoring criteria: a stable code (``scoring_criterion.name``, what the score
workbooks and the dealer scores refer to) and a Russian and an English name (``name_ru``/``name_en``).

The one home of the rule: :func:`criterion_name` gives a criterion's name in a language (the window, the
workbooks and the PDFs all use it): its own name in that language, else the default name of its code
(:data:`DEFAULT_NAMES`, the names of ``coop_desk.services.year_settings.DEFAULT_CRITERIA``), else the code.
:func:`criterion_code` reads a criterion back from its code or either name, case- and space-insensitively.
Renaming a criterion never touches the scores: they are keyed by the criterion's row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from coop_desk.channel_names import LANGS, fold
from coop_desk.errors import Problem
from coop_desk.text import Text

__all__ = ["DEFAULT_NAMES", "criterion_code", "criterion_name", "criterion_names_problems", "default_names"]

#: The default criteria's names: code → (ru, en).
DEFAULT_NAMES: dict[str, tuple[str, str]] = {
    "Annual turnover with the manufacturer": (
        "Годовой оборот с производителем",
        "Annual turnover with the manufacturer",
    ),
    "Years of work with the manufacturer": ("Срок работы с производителем", "Years of work with the manufacturer"),
    "Growth of own marketing spending": (
        "Рост собственных маркетинговых расходов",
        "Growth of own marketing spending",
    ),
    "Readiness to promote new products": ("Готовность продвигать новинки", "Readiness to promote new products"),
    "Service quality": ("Качество сервиса", "Service quality"),
}


def default_names(code: str) -> tuple[str, str]:
    """The (ru, en) names a criterion with this code starts with: the default names, else the code."""
    return DEFAULT_NAMES.get(code, (code, code))


def criterion_name(code: str, name_ru: str, name_en: str, lang: str) -> str:
    """The criterion's name in ``lang`` (``"ru"``/``"en"``, ``"ru_RU"`` too): its own, else the default, else
    the code."""
    russian = str(lang or "ru").lower().startswith("ru")
    own = (name_ru if russian else name_en) or ""
    if own.strip():
        return own.strip()
    return default_names(code)[0 if russian else 1]


def criterion_code(criteria: Iterable[tuple[str, str, str]], text: str) -> str | None:
    """The code of the criterion ``text`` is (its code or either name, any case and spacing) among
    ``criteria`` (``(code, name_ru, name_en)`` each), or None."""
    wanted = fold(text)
    if not wanted:
        return None
    for code, ru, en in criteria:
        if wanted in (fold(code), fold(criterion_name(code, ru, en, "ru")), fold(criterion_name(code, ru, en, "en"))):
            return code
    return None


def criterion_names_problems(
    stored: dict[str, dict[str, str]], given: Mapping[str, Any]
) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """The criteria's names after ``given`` (code → {"ru": …, "en": …}; a name left out keeps the stored one,
    "" restores the default) over ``stored`` (every criterion of the year), or the problems: an unknown code, a
    name that is not text or over 200 characters, two criteria sharing a code or a name in either language (a
    workbook names a criterion by any of them)."""
    where = Text("criterion_names")
    problems: list[Problem] = []
    by_fold = {fold(c): c for c in stored}
    after = {code: dict(names) for code, names in stored.items()}
    if not isinstance(given, Mapping):
        return after, [Problem(where, Text("must be a table of criteria and their Russian and English names"))]
    for key, names in given.items():
        code = by_fold.get(fold(str(key)))
        at = Text("{setting} ({criterion})", setting=where, criterion=str(key))
        if code is None:
            problems.append(Problem(at, Text("is not a scoring criterion of the year")))
            continue
        if not isinstance(names, Mapping) or any(not isinstance(names.get(lang, ""), str) for lang in LANGS):
            problems.append(Problem(at, Text("needs a Russian and an English name")))
            continue
        for i, lang in enumerate(LANGS):
            if lang in names:
                own = " ".join(str(names[lang]).split())
                after[code][lang] = own or default_names(code)[i]
        if any(len(n) > 200 for n in after[code].values()):
            problems.append(Problem(at, Text("a name is at most 200 characters")))
    if problems:
        return after, problems
    seen: dict[str, str] = {}
    for code, names in after.items():
        for spelling in {
            fold(code),
            fold(criterion_name(code, names["ru"], names["en"], "ru")),
            fold(criterion_name(code, names["ru"], names["en"], "en")),
        }:
            other = seen.setdefault(spelling, code)
            if other != code:
                problems.append(
                    Problem(
                        Text("{setting} ({criterion})", setting=where, criterion=code),
                        Text("{name} already names the criterion {other}", name=spelling, other=other),
                    )
                )
    return after, problems

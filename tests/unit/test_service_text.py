"""Sentences made by the services stay translatable: Text keeps its template, the extracted list is current."""

from __future__ import annotations

import pickle
import string
import sys
from pathlib import Path

from coop_desk.errors import Problem, Refused
from coop_desk.text import Text, join, parts_of

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import service_text  # type: ignore[import-not-found]  # noqa: E402


def test_a_text_is_the_english_sentence_and_remembers_its_template() -> None:
    t = Text("claim {number} is {status}", number=12, status=Text("approved"))
    assert t == "claim 12 is approved"
    assert t.template == "claim {number} is {status}"
    assert t.params["status"].template == "approved"
    assert isinstance(t, str) and f"{t}!" == "claim 12 is approved!"


def test_text_survives_pickling_with_its_template() -> None:
    t = pickle.loads(pickle.dumps(Text("is not a claim of {year}", year=2027)))
    assert t == "is not a claim of 2027" and t.template == "is not a claim of {year}" and t.params == {"year": 2027}
    joined = pickle.loads(pickle.dumps(join([Text("a"), "b"])))
    assert joined == "a; b" and parts_of(joined) == ("a", "b")


def test_a_problem_keeps_where_and_message_apart_for_translation() -> None:
    error = Refused(Problem("claim 3", Text("is paid already")), Text("nothing left"))
    assert str(error) == "claim 3: is paid already; nothing left"
    assert error.lines() == ["claim 3: is paid already", "nothing left"]
    assert parts_of(error.lines()[0]) == ("claim 3", "is paid already")
    assert type(str(error.problems[0])) is str


def test_the_generated_template_list_is_up_to_date() -> None:
    expected = service_text.render(service_text.extract(ROOT))
    assert (ROOT / "ui" / "service_strings.py").read_text(encoding="utf-8") == expected, (
        "run .venv/bin/python resources/translations/build.py"
    )


def test_every_template_is_a_literal_with_plain_named_placeholders() -> None:
    assert service_text.non_literal_templates(ROOT) == []
    wrong = []
    for template, where in service_text.extract(ROOT).items():
        for _literal, field, spec, conversion in string.Formatter().parse(template):
            if field is not None and (not field.isidentifier() or spec or conversion):
                wrong.append(f"{where}: {template!r}")
    assert wrong == []


def test_an_amount_reads_as_english_money_and_pickles() -> None:
    from decimal import Decimal

    from coop_desk.text import Amount

    t = Text("draft total {total}", total=Amount(Decimal("12500.50"), "EUR"))
    assert t == "draft total €12,500.50"
    assert pickle.loads(pickle.dumps(t)).params["total"] == Amount(Decimal("12500.50"), "EUR")


def test_a_number_reads_with_a_space_between_thousands_and_pickles() -> None:
    from decimal import Decimal

    from coop_desk.text import Number

    t = Text("verified cost = {cost}", cost=Number(Decimal("11856.36")))
    assert t == "verified cost = 11 856.36"
    assert Number(Decimal("1234567.00")).formatted("ru") == "1\xa0234\xa0567,00"
    assert Number(Decimal("1234567.00")).formatted("en") == "1,234,567.00"
    assert pickle.loads(pickle.dumps(t)).params["cost"] == Number(Decimal("11856.36"))

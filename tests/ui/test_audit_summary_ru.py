"""Audit summaries stored as template + values (revision 0009) read in Russian from their template; a record
written before (no template) is still read by matching its English against the known templates."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import re

import pytest
from sqlalchemy import insert, select

from coop_desk.text import Text
from models import AuditEvent
from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from ui import text as ui_text
from ui.text import tr_stored, tr_text


def _returned(execution: Programme) -> tuple[int, str, str]:
    """Return the waiting claim: (claim, the English summary, the Russian one)."""
    services = execution.services
    waiting = execution.facts.waiting_claim
    services.claims.return_claim(waiting, "нет акта приёмки")
    reference = services.claims.get(waiting).reference
    english = f"claim {waiting} for {reference} returned: нет акта приёмки"
    return waiting, english, f"заявка {waiting} по {reference} возвращена: нет акта приёмки"


def test_a_new_record_keeps_its_template_and_reads_in_russian_from_it(
    russian: None, execution: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    waiting, english, russian_text = _returned(execution)
    services = execution.services
    with services.ctx.db.reading() as s:
        stored = s.execute(
            select(AuditEvent.summary, AuditEvent.summary_template, AuditEvent.summary_values)
            .where(AuditEvent.action == "claim.return")
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).one()
    assert stored.summary == english  # the English words as before
    assert stored.summary_template == "claim {number} for {reference} returned: {reason}"
    assert stored.summary_values["number"] == waiting and stored.summary_values["reason"] == "нет акта приёмки"
    entry = services.audit.entries(entity="claim", entity_id=waiting, newest_first=True, limit=1)[0]
    assert isinstance(entry.summary, Text) and entry.summary == english
    assert entry.summary.template == stored.summary_template

    recognise = ui_text._recognise

    def not_the_summary(text: str, depth: int) -> str:
        assert text != english, "the summary was matched against the known templates"
        return recognise(text, depth)  # its values (a reference, a person's words) are, as for any Text

    monkeypatch.setattr(ui_text, "_recognise", not_the_summary)  # the template is used, not the words
    assert tr_text(entry.summary) == tr_stored(entry.summary) == russian_text


def test_a_record_written_before_is_still_recognised_from_its_words(russian: None, execution: Programme) -> None:
    waiting, english, russian_text = _returned(execution)
    services = execution.services
    with services.ctx.db.unit_of_work() as s:  # as revision 0008 wrote it: the English summary only
        s.execute(
            insert(AuditEvent),
            [{"actor": "old", "action": "claim.return", "entity": "claim", "entity_id": waiting, "summary": english}],
        )
    old = services.audit.entries(entity="claim", entity_id=waiting, newest_first=True, limit=1)[0]
    assert old.actor == "old" and type(old.summary) is str and old.summary == english
    assert tr_text(old.summary) == tr_stored(old.summary) == russian_text


def _english_numbers(text: str) -> str:
    """``1 000,50`` written as the stored English writes it (``1 000.50``)."""
    return re.sub(r"(?<=\d),(?=\d\d(?!\d))", ".", text.replace("\u00a0", " "))


@pytest.mark.parametrize("name", ["execution", "full_year"])
def test_every_summary_reads_the_same_from_its_template_as_from_its_words(
    russian: None, name: str, request: pytest.FixtureRequest
) -> None:
    """A year's records read from their template show what the words of an old record show, except that an
    amount without its currency takes the window's number format (as the R7 steps of a claim do)."""
    programme: Programme = request.getfixturevalue(name)
    entries = programme.services.audit.entries()
    assert entries and all(isinstance(e.summary, Text) for e in entries)
    differ = [(str(e.summary), tr_text(e.summary), tr_text(str(e.summary))) for e in entries]
    assert [d for d in differ if _english_numbers(d[1]) != d[2]] == []
    approved = [shown for english, shown, _ in differ if " approved: min(" in english]
    assert approved and all(re.search(r"\d,\d\d EUR$", shown) for shown in approved), approved


def test_the_english_window_fills_a_new_record_from_its_template(execution: Programme) -> None:
    """Issue 14.5: its amounts in the window's number format (``1,000.50``, not the stored ``1 000.50``) and its
    dates in the window's language; a record of words only is shown as stored."""
    entries = execution.services.audit.entries()
    approved = [e for e in entries if e.action == "claim.approve"]
    assert approved and all(isinstance(e.summary, Text) for e in approved)
    assert all(re.search(r"min\(\d,\d{3}\.\d\d, ", tr_stored(e.summary)) for e in approved), approved
    assert all(re.search(r"min\(\d \d{3}\.\d\d, ", str(e.summary)) for e in approved)  # as stored
    shown = [tr_stored(e.summary) for e in entries]
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", line) for line in shown), shown
    assert [line for line in shown if not re.search(r"\d", line)] == [
        str(e.summary) for e in entries if not re.search(r"\d", tr_stored(e.summary))
    ]
    assert tr_stored("written before") == "written before"

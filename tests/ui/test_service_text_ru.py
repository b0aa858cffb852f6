"""The services' own sentences in the Russian window: a refusal, the R7 steps of a claim, and audit summaries
read back from the database (plain English there) all read in Russian; the English window keeps English."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coop_desk.errors import CoopDeskError
from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.audit import AuditScreen, AuditTableModel
from ui.screens.claims import ClaimsScreen
from ui.text import tr_text


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def test_a_refusal_from_a_service_is_shown_in_russian(
    qtbot, russian: None, warnings: list[str], execution: Programme, tmp_path: Path
) -> None:
    context = make_context(execution, tmp_path, lang="ru")
    screen = open_screen(qtbot, ClaimsScreen, context)
    approved = execution.facts.approved_claims[0]
    assert context.attempt(screen, execution.services.claims.approve, approved) is None  # approved already
    assert warnings == [f"заявка {approved}: статус «одобрено»: одобрить можно только заявку на рассмотрении"]


def test_a_refusal_that_lost_its_template_is_still_recognised(russian: None, execution: Programme) -> None:
    """Lines sent through a Qt signal (a background task) arrive as plain English str."""
    with pytest.raises(CoopDeskError) as refused:
        execution.services.claims.close_quarter(execution.year, 7)
    (line,) = refused.value.lines()
    assert tr_text(str(line)) == tr_text(line) == "квартал: должен быть 1, 2, 3 или 4, а не 7"


def test_the_r7_steps_of_a_claim_read_in_russian(qtbot, russian: None, execution: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path, lang="ru"))
    assert screen.select_claim(execution.facts.waiting_claim)
    steps = screen.detail.steps()
    assert steps[0].startswith("ставка (R6) = ") and "макет " in steps[0]
    assert any(step.startswith("подтверждённые затраты = min(по счёту ") for step in steps)
    assert any(step.startswith("остаток распределения = ") for step in steps)
    assert steps[-1].startswith("при одобрении сейчас: min(") and steps[-1].endswith(" EUR")
    assert not any("approved" in step or "allocation" in step for step in steps)
    # the amounts in the steps take the window's number format too: a decimal comma, no decimal point
    verified = next(step for step in steps if step.startswith("подтверждённые затраты"))
    assert re.search(r"\d,\d\d\)", verified) and not re.search(r"\d\.\d\d", verified), verified


def test_audit_summaries_from_the_database_read_in_russian(
    qtbot, russian: None, execution: Programme, tmp_path: Path
) -> None:
    services = execution.services
    waiting = execution.facts.waiting_claim
    services.claims.return_claim(waiting, "нет акта приёмки")
    screen = open_screen(qtbot, AuditScreen, make_context(execution, tmp_path, lang="ru"))
    shown = {}
    for row in range(screen.model.rowCount()):
        entry = screen.model.row_at(row)
        text = screen.model.index(row, AuditTableModel.Column.SUMMARY).data(Qt.ItemDataRole.DisplayRole)
        shown.setdefault(entry.action, []).append((entry, text))
    (returned, text), *_ = shown["claim.return"]
    assert text == f"заявка {waiting} по {services.claims.get(waiting).reference} возвращена: нет акта приёмки"
    approved = [t for _e, t in shown["claim.approve"]]
    assert approved and all(t.startswith("заявка ") and " одобрена: min(" in t for t in approved)
    assert all("(только наш бренд)" in t or " бренд(а/ов)" in t for t in approved)
    assert all(t.endswith(" EUR") for t in approved)
    assert any(t.startswith("год 2027: распределение → исполнение") for _e, t in shown["year.advance"])
    mockups = [t for _e, t in shown["mockup.approve"]]
    assert mockups and all(t.startswith("макет ") and ": одобрено " in t for t in mockups)
    assert all(" подана на рассмотрение" in t or "; " in t for _e, t in shown["claim.file"])


def test_the_english_window_shows_the_stored_english(qtbot, execution: Programme, tmp_path: Path) -> None:
    """The stored English words, filled from their template (issue 14.5: amounts in the number format, dates the
    window's way): the same words wherever the summary holds neither."""
    screen = open_screen(qtbot, AuditScreen, make_context(execution, tmp_path))
    for row in range(screen.model.rowCount()):
        entry = screen.model.row_at(row)
        shown = screen.model.index(row, AuditTableModel.Column.SUMMARY).data()
        assert shown == tr_text(entry.summary)
        if not re.search(r"\d{4}-\d{2}-\d{2}|\d \d{3}", entry.summary):
            assert shown == entry.summary


ENGLISH = re.compile(
    r"\b(claim|mockup|dealer|year|approved|submitted|returned|rejected|paid|for|of|on|to|the|allocation|Q[1-4])\b"
)


@pytest.mark.parametrize("name", ["execution", "full_year"])
def test_every_stored_summary_and_reason_of_a_year_is_recognised(
    russian: None, name: str, request: pytest.FixtureRequest
) -> None:
    """Text in the database is plain English: the window finds its template again (ui.text) for all of it."""
    programme: Programme = request.getfixturevalue(name)
    services, year = programme.services, programme.year
    if name == "execution":
        services.claims.reject(programme.facts.waiting_claim, "нет подписи")
    left = [(e.summary, tr_text(e.summary)) for e in services.audit.entries() if ENGLISH.search(tr_text(e.summary))]
    assert left == []
    for claim in services.claims.list_claims(year):
        assert not ENGLISH.search(tr_text(claim.reason)), claim.reason
        assert not any(ENGLISH.search(tr_text(step)) for step in claim.explanation), claim.explanation


def test_stage_refusals_sent_as_plain_text_are_recognised(russian: None, execution: Programme) -> None:
    services, year = execution.services, execution.year
    with pytest.raises(CoopDeskError) as refused:
        services.years.advance(year)
    assert tr_text(str(refused.value)) == "год 2027 → оценка: не закрыты кварталы: 1 кв., 2 кв., 3 кв., 4 кв."
    with pytest.raises(CoopDeskError) as refused:
        services.plans.record_draft(year, "D001", [])
    assert tr_text(str(refused.value)) == (
        "приём черновика дилера — недоступно в 2027 году на этапе «исполнение» (только на этапах: черновики)"
    )
    with pytest.raises(CoopDeskError) as refused:
        services.mockups.submit(year + 1, "X-1")
    assert tr_text(str(refused.value)) == "программного года 2028 нет"


def test_the_russian_audit_trail_names_actions_and_finds_russian_words(
    qtbot, russian: None, execution: Programme, tmp_path: Path
) -> None:
    screen = open_screen(qtbot, AuditScreen, make_context(execution, tmp_path, lang="ru"))
    model = screen.model

    def shown(row: int, column: int) -> str:
        return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)

    rows = {model.row_at(r).action: r for r in range(model.rowCount())}
    approve = rows["claim.approve"]
    assert shown(approve, AuditTableModel.Column.ACTION) == "Заявка одобрена"
    assert shown(approve, AuditTableModel.Column.ENTITY) == f"заявка {model.row_at(approve).entity_id}"
    assert screen.action.itemText(screen.action.findData("claim.approve")) == "Заявка одобрена"
    # the summaries are stored in English: a Russian word is looked for in what the window shows
    screen.text.setText("одобрена")
    screen._debounce.timeout.emit()  # the filter applies after a pause in typing; no need to wait for it
    found = {model.row_at(r).action for r in range(model.rowCount())}
    assert found <= {"claim.approve", "mockup.approve"} and "claim.approve" in found
    total = execution.services.audit.count()
    assert model.rowCount() == sum(
        1 for e in execution.services.audit.entries(limit=total) if "одобрена" in tr_text(e.summary).casefold()
    )


def test_a_database_that_is_not_coopdesks_is_refused_in_russian(
    qtbot, russian: None, warnings: list[str], tmp_path: Path
) -> None:
    """Opening another application's SQLite file from the window: the schema check's refusal reads in
    Russian, as the command line's does in English, and the file is left as it was."""
    import sqlite3

    from ui.session import open_services

    path = tmp_path / "contacts.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    assert open_services(None, str(path)) is None
    assert len(warnings) == 1
    assert "это не база данных CoopDesk: в ней другие таблицы (contacts)" in warnings[0]
    assert "is not a CoopDesk database" not in warnings[0]
    assert path.read_bytes() == before

"""Payments: one payment settling two approved claims; refusals shown; quarters."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from coop_desk.errors import PermissionDenied
from models import ClaimStatus, Role, Stage
from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.payments import PaymentsScreen


def test_recording_a_payment_for_two_claims(qtbot, execution: Programme, tmp_path: Path) -> None:
    s, year, facts = execution.services, execution.year, execution.facts
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    form = screen.form
    form.select_dealer(facts.payer)
    form.check_claims(list(facts.approved_claims))
    total = sum((s.claims.get(i).reimbursement for i in facts.approved_claims), Decimal(0))
    form.amount.setText(f"{total}")
    form.reference.setText("ПП-77")
    qtbot.mouseClick(form.record, Qt.MouseButton.LeftButton)
    payments = s.claims.payments(year)
    assert len(payments) == 1 and payments[0].amount == total and payments[0].reference == "ПП-77"
    assert sorted(i.claim_id for i in payments[0].items) == sorted(facts.approved_claims)
    assert all(s.claims.get(i).status == ClaimStatus.PAID for i in facts.approved_claims)
    assert screen._model.rowCount() == 1
    assert form.dealer.findData(facts.payer) == -1  # nothing left to pay to this dealer


def test_a_payment_above_what_was_approved_is_refused(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    screen.form.select_dealer(execution.facts.payer)
    screen.form.check_claims([execution.facts.approved_claims[0]])
    screen.form.amount.setText("999999.00")
    qtbot.mouseClick(screen.form.record, Qt.MouseButton.LeftButton)
    assert shown and "above what was approved" in shown[0]
    assert execution.services.claims.payments(execution.year) == []


def test_closing_a_quarter_not_over_is_refused(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    qtbot.mouseClick(screen._close, Qt.MouseButton.LeftButton)
    assert shown and "is not over yet" in shown[0]


def test_full_year_lists_payments_and_closed_quarters(qtbot, full_year: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, PaymentsScreen, make_context(full_year, tmp_path))
    assert screen._model.rowCount() == len(full_year.services.claims.payments(full_year.year))
    assert "Q4 closed" in screen._closed.text()
    assert not screen.form.isEnabled()


# -- closing and reopening quarters (issue 10 point 5) ---------------------------------------------


def _record(monkeypatch) -> dict[str, list]:
    """Capture the message boxes and reason dialogs instead of showing them."""
    calls: dict[str, list] = {"warning": [], "question": [], "getText": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: calls["warning"].append(text))

    def question(*a, **k):
        calls["question"].append(a)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return calls


def _reason(monkeypatch, calls: dict[str, list], reason: str, ok: bool = True) -> None:
    def get_text(parent, title, prompt, *a, **k):
        calls["getText"].append(prompt)
        return reason, ok

    monkeypatch.setattr(QInputDialog, "getText", get_text)


def _answer_pending_box(monkeypatch, shown: list[str], click: str | None) -> None:
    """Instead of showing the "cannot be closed yet" box: note its text and press ``click`` (or Close)."""

    def exec_(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        names = {b.text(): b for b in box.buttons()}
        assert "Show them" in names
        (names[click] if click else box.button(QMessageBox.StandardButton.Close)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.mark.parametrize("click", ["Show them", None])
def test_closing_with_pending_claims_lists_them_without_asking(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch, click: str | None
) -> None:
    calls = _record(monkeypatch)
    _reason(monkeypatch, calls, "anyway")
    boxes: list[str] = []
    _answer_pending_box(monkeypatch, boxes, click)
    execution.services.ctx.today.set(dt.date(2027, 5, 15))  # Q1 is over and its deadline has passed
    context = make_context(execution, tmp_path)
    asked: list[tuple[str, dict]] = []
    context.hub.navigate_requested.connect(lambda name, filters: asked.append((name, filters)))
    screen = open_screen(qtbot, PaymentsScreen, context)
    assert screen._close.isEnabled() and screen._quarter.currentData() == 1
    qtbot.mouseClick(screen._close, Qt.MouseButton.LeftButton)
    waiting = execution.facts.waiting_claim
    assert len(boxes) == 1 and "Q1 2027 cannot be closed yet" in boxes[0]
    assert "still submitted or returned" in boxes[0]
    assert f"claim {waiting} (invoice INV-3, submitted)" in boxes[0]
    assert calls["question"] == [] and calls["getText"] == [] and calls["warning"] == []  # listed, not asked
    assert execution.services.claims.closed_quarters(execution.year) == []
    assert asked == ([("claims", {"quarter": 1, "status": "open"})] if click else [])


def test_the_open_claims_filter_shows_exactly_what_keeps_a_quarter_open(
    qtbot, execution: Programme, tmp_path: Path
) -> None:
    from ui.screens.claims import ClaimsScreen

    s, year = execution.services, execution.year
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    screen.apply_filter({"quarter": 1, "status": "open"})
    screen.refresh()
    shown = {screen._model.row_at(r).id for r in range(screen._model.rowCount())}
    undecided = {
        c.id for c in s.claims.list_claims(year, quarter=1) if c.status in (ClaimStatus.SUBMITTED, ClaimStatus.RETURNED)
    }
    assert shown == undecided and execution.facts.waiting_claim in shown
    assert all(c.quarter == 1 for c in s.claims.list_claims(year) if c.id in shown)
    decided = {c.id for c in s.claims.list_claims(year, quarter=1)} - undecided
    assert decided and not decided & shown  # approved and paid claims are not listed


def test_closing_after_the_deadline_asks_to_confirm(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    calls = _record(monkeypatch)
    s = execution.services
    s.ctx.today.set(dt.date(2027, 5, 15))
    s.claims.reject(execution.facts.waiting_claim, "no act")
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    qtbot.mouseClick(screen._close, Qt.MouseButton.LeftButton)
    assert len(calls["question"]) == 1 and calls["warning"] == []
    assert s.claims.closed_quarters(execution.year) == [1]
    assert "Q1 closed" in screen._closed.text() and screen._quarter.findData(1) == -1
    assert screen._reopen.isEnabled()


def test_an_early_close_asks_the_owner_for_a_reason(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    calls = _record(monkeypatch)
    _reason(monkeypatch, calls, "  the auditors start on Monday ")
    s = execution.services
    s.ctx.today.set(dt.date(2027, 4, 10))  # Q1 is over; claims may be filed on time until 30 April
    s.claims.reject(execution.facts.waiting_claim, "no act")
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    qtbot.mouseClick(screen._close, Qt.MouseButton.LeftButton)
    assert len(calls["getText"]) == 1 and "until 2027-04-30" in calls["getText"][0]
    assert calls["question"] == [] and calls["warning"] == []
    assert s.claims.closed_quarters(execution.year) == [1]
    entry = next(e for e in s.audit.entries(year=execution.year) if e.action == "quarter.close")
    assert "the auditors start on Monday" in str(entry.summary)


def test_an_early_close_cancelled_or_without_reason_changes_nothing(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch
) -> None:
    calls = _record(monkeypatch)
    s = execution.services
    s.ctx.today.set(dt.date(2027, 4, 10))
    s.claims.reject(execution.facts.waiting_claim, "no act")
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    _reason(monkeypatch, calls, "ignored", ok=False)
    qtbot.mouseClick(screen._close, Qt.MouseButton.LeftButton)
    assert calls["warning"] == []
    _reason(monkeypatch, calls, "   ")
    qtbot.mouseClick(screen._close, Qt.MouseButton.LeftButton)
    assert len(calls["warning"]) == 1 and "Say why" in calls["warning"][0]
    assert s.claims.closed_quarters(execution.year) == []


def test_an_early_close_is_refused_to_finance(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    calls = _record(monkeypatch)
    _reason(monkeypatch, calls, "why not")
    s = execution.services
    s.ctx.today.set(dt.date(2027, 4, 10))
    s.claims.reject(execution.facts.waiting_claim, "no act")
    s.ctx.role = Role.FINANCE
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    assert screen._close.isEnabled()  # finance closes quarters, after their deadline
    qtbot.mouseClick(screen._close, Qt.MouseButton.LeftButton)
    assert calls["getText"] == [] and calls["question"] == []
    assert len(calls["warning"]) == 1 and "the programme owner can close it earlier" in calls["warning"][0]
    assert s.claims.closed_quarters(execution.year) == []


def test_the_owner_reopens_the_last_closed_quarter(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    calls = _record(monkeypatch)
    _reason(monkeypatch, calls, "a claim was filed in the wrong quarter")
    s = execution.services
    s.ctx.today.set(dt.date(2027, 5, 15))
    s.claims.reject(execution.facts.waiting_claim, "no act")
    s.claims.close_quarter(execution.year, 1)
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    assert screen._reopen.isEnabled() and "Reopen Q1" in screen._reopen.toolTip()
    qtbot.mouseClick(screen._reopen, Qt.MouseButton.LeftButton)
    assert len(calls["getText"]) == 1 and "Reopen Q1 2027?" in calls["getText"][0]
    assert s.claims.closed_quarters(execution.year) == [] and calls["warning"] == []
    assert screen._closed.text() == "No quarter is closed yet."
    assert screen._quarter.findData(1) >= 0
    assert not screen._reopen.isEnabled()  # nothing is closed any more
    entry = next(e for e in s.audit.entries(year=execution.year) if e.action == "quarter.reopen")
    assert "a claim was filed in the wrong quarter" in str(entry.summary)


def test_reopening_without_a_reason_is_refused(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    calls = _record(monkeypatch)
    _reason(monkeypatch, calls, "")
    s = execution.services
    s.ctx.today.set(dt.date(2027, 5, 15))
    s.claims.reject(execution.facts.waiting_claim, "no act")
    s.claims.close_quarter(execution.year, 1)
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    qtbot.mouseClick(screen._reopen, Qt.MouseButton.LeftButton)
    assert len(calls["warning"]) == 1 and "say why the quarter is reopened" in calls["warning"][0]
    assert s.claims.closed_quarters(execution.year) == [1]


@pytest.mark.parametrize("role", [Role.FINANCE, Role.MARKETER, Role.AUDITOR])
def test_reopening_is_greyed_for_other_roles(qtbot, execution: Programme, tmp_path: Path, role: Role) -> None:
    s = execution.services
    s.ctx.today.set(dt.date(2027, 5, 15))
    s.claims.reject(execution.facts.waiting_claim, "no act")
    s.claims.close_quarter(execution.year, 1)
    s.ctx.role = role
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    assert not screen._reopen.isEnabled()
    assert screen._reopen.toolTip().startswith(f"Your role ({role.value}) may not reopen a quarter.")
    with pytest.raises(PermissionDenied):
        s.claims.reopen_quarter(execution.year, 1, "try")


def test_a_quarter_is_reopened_and_closed_in_evaluation(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch
) -> None:
    calls = _record(monkeypatch)
    _reason(monkeypatch, calls, "one more late claim")
    s = execution.services
    s.ctx.today.set(dt.date(2028, 2, 15))  # every filing deadline of 2027 has passed
    s.claims.reject(execution.facts.waiting_claim, "no act")
    for quarter in range(1, 5):
        s.claims.close_quarter(execution.year, quarter)
    s.years.advance(execution.year, confirm_missing=True)
    assert s.years.get(execution.year).stage == Stage.EVALUATION
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    assert not screen._close.isEnabled() and screen._reopen.isEnabled()  # all closed: only Q4 can reopen
    qtbot.mouseClick(screen._reopen, Qt.MouseButton.LeftButton)
    assert s.claims.closed_quarters(execution.year) == [1, 2, 3] and calls["warning"] == []
    assert screen._close.isEnabled() and screen._quarter.currentData() == 4
    qtbot.mouseClick(screen._close, Qt.MouseButton.LeftButton)
    assert len(calls["question"]) == 1 and calls["warning"] == []
    assert s.claims.closed_quarters(execution.year) == [1, 2, 3, 4]

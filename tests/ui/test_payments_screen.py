"""Payments: one payment settling two approved claims; refusals shown; quarters."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import ClaimStatus
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

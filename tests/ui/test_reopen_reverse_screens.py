"""Issue 13: "Reopen decision…" in the claim detail (the owner's) and "Reverse payment…" in the payments
screen (asks the reason and the date); both looked at 1090×540 in English and Russian."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from models import ClaimStatus, Role
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.claims import ClaimsScreen
from ui.screens.payment_reversal_dialog import PaymentReversalDialog
from ui.screens.payments import PaymentsScreen

SHOTS = os.environ.get("COOP_DESK_SHOTS")  # a folder: the screens are saved there to look at


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def test_the_owner_reopens_a_decision_from_the_claim_detail(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = execution.services
    approved, other = execution.facts.approved_claims
    kept = s.claims.get(other).reimbursement
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path), size=(1090, 540))
    assert screen.select_claim(execution.facts.waiting_claim)
    assert not screen.detail._reopen.isVisible()  # submitted: no decision to reopen
    assert screen.select_claim(approved)
    button = screen.detail._reopen
    assert button.isVisible() and button.isEnabled()
    _shot(screen, "claim-reopen-en")
    asked: list[str] = []

    def answer(parent: Any, title: str, prompt: str, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(prompt)
        return "the invoice belongs to another activity", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and "other claims keep theirs" in asked[0]
    view = s.claims.get(approved)
    assert view.status == ClaimStatus.SUBMITTED and view.reimbursement is None
    assert s.claims.get(other).reimbursement == kept
    assert screen.detail.claim is not None and screen.detail.claim.status == ClaimStatus.SUBMITTED
    assert not screen.detail._reopen.isVisible()


@pytest.mark.parametrize("role", [Role.FINANCE, Role.MARKETER, Role.AGENCY])
def test_only_the_owner_may_reopen(qtbot, execution: Programme, tmp_path: Path, role: Role) -> None:
    execution.services.ctx.role = role
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.approved_claims[0])
    button = screen.detail._reopen
    assert button.isVisible() and not button.isEnabled()
    assert "may not reopen claim decisions" in button.toolTip()


def test_a_paid_claim_says_reverse_the_payment_first(qtbot, execution: Programme, tmp_path: Path) -> None:
    s, year = execution.services, execution.year
    approved = execution.facts.approved_claims[0]
    s.claims.record_payment(
        year, execution.facts.payer, s.ctx.today(), s.claims.get(approved).reimbursement, [approved]
    )
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(approved)
    button = screen.detail._reopen
    assert button.isVisible() and not button.isEnabled() and "reverse the payment first" in button.toolTip()


def _pay_both(execution: Programme) -> int:
    s, year, facts = execution.services, execution.year, execution.facts
    total = sum((s.claims.get(i).outstanding for i in facts.approved_claims), Decimal(0))
    return s.claims.record_payment(year, facts.payer, s.ctx.today(), total, list(facts.approved_claims), "ПП-9").ids[0]


def test_reversing_a_payment_asks_the_reason_and_the_date(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = execution.services
    payment = _pay_both(execution)
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path), size=(1090, 540))
    assert not screen.reverse.isEnabled() and "Select a payment" in screen.reverse.toolTip()
    screen.select_payment(payment)
    assert screen.reverse.isEnabled()
    seen: list[PaymentReversalDialog] = []

    def run(dialog: PaymentReversalDialog) -> int:
        seen.append(dialog)
        assert dialog.day() == s.ctx.today()  # today by default
        ok = dialog._buttons.button(dialog._buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # no reason yet
        dialog.reason.setText("the bank returned it")
        assert ok.isEnabled()
        _shot(dialog, "payment-reverse-dialog-en")
        return PaymentReversalDialog.DialogCode.Accepted

    monkeypatch.setattr(PaymentReversalDialog, "exec", run)
    qtbot.mouseClick(screen.reverse, Qt.MouseButton.LeftButton)
    assert seen
    payments = s.claims.payments(execution.year)
    assert [p.amount < 0 for p in payments] == [False, True] and payments[1].reverses == payment
    assert {s.claims.get(i).status for i in execution.facts.approved_claims} == {ClaimStatus.APPROVED}
    model = screen._model
    assert model.rowCount() == 2
    texts = {model.row_at(r).id: model.reversal_text(model.row_at(r)) for r in range(2)}
    assert texts[payment].startswith("Reversed on ")
    assert (
        texts[payments[1].id].startswith("Reversal of the payment of ")
        and "the bank returned it" in texts[payments[1].id]
    )
    assert (
        not screen.reverse.isEnabled() and "reversed already" in screen.reverse.toolTip()
    )  # the original, still selected
    _shot(screen, "payments-reversed-en")


def test_a_refused_reversal_is_shown(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    payment = _pay_both(execution)
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    screen.select_payment(payment)

    def run(dialog: PaymentReversalDialog) -> int:
        dialog.reason.setText("   ")  # only spaces: the service says what is missing
        dialog._buttons.button(dialog._buttons.StandardButton.Ok).setEnabled(True)
        return PaymentReversalDialog.DialogCode.Accepted

    monkeypatch.setattr(PaymentReversalDialog, "exec", run)
    qtbot.mouseClick(screen.reverse, Qt.MouseButton.LeftButton)
    assert warnings and "say why the payment is reversed" in warnings[0]
    assert len(execution.services.claims.payments(execution.year)) == 1


@pytest.mark.parametrize("role", [Role.MARKETER, Role.AGENCY])
def test_reversal_is_for_finance_and_the_owner(qtbot, execution: Programme, tmp_path: Path, role: Role) -> None:
    payment = _pay_both(execution)
    execution.services.ctx.role = role
    screen = open_screen(qtbot, PaymentsScreen, make_context(execution, tmp_path))
    screen.select_payment(payment)
    assert not screen.reverse.isEnabled() and "may not reverse payments" in screen.reverse.toolTip()
    execution.services.ctx.role = Role.FINANCE
    screen.refresh()
    screen.select_payment(payment)
    assert screen.reverse.isEnabled()


def test_both_in_russian(
    qtbot, russian: None, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = execution.services
    payment = _pay_both(execution)
    s.claims.reverse_payment(payment, "банк вернул платёж")
    context = make_context(execution, tmp_path, lang="ru")
    payments = open_screen(qtbot, PaymentsScreen, context, size=(1090, 540))
    assert payments.reverse.text() == "Сторнировать выплату…"
    model = payments._model
    texts = [model.reversal_text(model.row_at(r)) for r in range(model.rowCount())]
    assert any(t.startswith("Сторнирована ") for t in texts) and any(t.startswith("Сторно выплаты от ") for t in texts)
    _shot(payments, "payments-reversed-ru")
    claims = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path, lang="ru"), size=(1090, 540))
    assert claims.select_claim(execution.facts.approved_claims[0])
    assert claims.detail._reopen.text() == "Пересмотреть…" and claims.detail._reopen.isEnabled()
    _shot(claims, "claim-reopen-ru")
    dialog = PaymentReversalDialog(s.claims.payments(execution.year)[0], "1 000,00 €", s.ctx.today(), payments)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Сторнировать выплату"
    _shot(dialog, "payment-reverse-dialog-ru")

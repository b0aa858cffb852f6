"""Issue 13.6: a returned claim is completed in the window — it shows what is missing, the clerk fills in or
corrects the documents' fields (and attaches the missing scan), and Complete sends it back to "submitted" (or
it stays returned, the new reason shown)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from coop_desk.services.claim_views import ClaimInput
from models import ClaimStatus
from models.enums import DocumentKind, Role
from tests.fixtures.scans import pdf_pages
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from tests.ui.test_claim_attach import drop
from ui.screens.claims import ClaimsScreen
from ui.widgets.attach_dialog import AttachDialog


def _returned_claim(p: Programme) -> int:
    """A claim filed without its acceptance act: returned, "missing: acceptance act"."""
    s = p.services
    waiting = s.claims.get(p.facts.waiting_claim)  # type: ignore[attr-defined]
    claim = ClaimInput(
        reference=waiting.reference,
        invoice_number="INV-R1",
        invoice_date=dt.date(p.year, 1, 25),
        invoice_amount=Decimal("800.00"),
        payment_order_number="PO-R1",
        payment_order_date=dt.date(p.year, 1, 26),
        paid_amount=Decimal("800.00"),
        quarter=1,
    )
    claim_id = s.claims.file(p.year, p.facts.payer, claim).claim_id  # type: ignore[attr-defined]
    assert s.claims.get(claim_id).status == ClaimStatus.RETURNED
    return claim_id


def test_completing_a_returned_claim_sends_it_back_to_submitted(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(AttachDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    claim_id = _returned_claim(execution)
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, ClaimsScreen, context)
    assert screen.select_claim(claim_id)
    form = screen.detail.completion
    assert form.isVisible() and form.missing.text() == "missing: acceptance act"
    assert form.edits["invoice_number"].text() == "INV-R1"
    assert form.edits["paid_amount"].value() == Decimal("800.00")
    assert form.edits["act_date"].value() is None and form.edits["act_date"].text() == "—"
    assert form.complete_button.isEnabled() and form.changes() == {}
    form.edits["act_number"].setText("A-R1")
    form.edits["act_date"].setDate(QDate(execution.year, 1, 28))
    (tmp_path / "акт A-R1.pdf").write_bytes(pdf_pages("Act A-R1", 1))
    drop(screen.detail.scans.viewer, [tmp_path / "акт A-R1.pdf"])  # the missing scan, guessed an act
    assert [d.kind for d in execution.services.claims.documents(claim_id)] == [DocumentKind.ACT]
    assert form.claim is not None and form.claim.version == execution.services.claims.get(claim_id).version
    assert form.edits["act_number"].text() == "A-R1"  # what was typed before the drop stays
    assert form.edits["act_date"].value() == dt.date(execution.year, 1, 28)
    form.edits["invoice_amount"].setText("790,00")
    assert form.changes() == {
        "act_number": "A-R1",
        "act_date": dt.date(execution.year, 1, 28),
        "invoice_amount": Decimal("790.00"),
    }
    with qtbot.waitSignal(context.hub.status_message) as message:
        qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    c = execution.services.claims.get(claim_id)
    assert c.status == ClaimStatus.SUBMITTED and c.act_number == "A-R1" and c.invoice_amount == Decimal("790.00")
    assert message.args[0].startswith(f"Claim {claim_id} completed: ")
    assert not screen.detail.completion.isVisible()  # submitted: nothing to complete
    assert screen.detail._fields["status"].text() == "submitted"
    assert screen.detail._approve.isEnabled()


def test_still_missing_stays_returned_with_the_new_reason(qtbot, execution: Programme, tmp_path: Path) -> None:
    claim_id = _returned_claim(execution)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(claim_id)
    screen.detail.completion.edits["act_number"].setText("A-R1")  # the number, not the date
    qtbot.mouseClick(screen.detail.completion.complete_button, Qt.MouseButton.LeftButton)
    c = execution.services.claims.get(claim_id)
    assert c.status == ClaimStatus.RETURNED and c.act_number == "A-R1"
    form = screen.detail.completion
    assert form.isVisible() and form.missing.text() == "missing: acceptance act date"
    assert form.edits["act_number"].text() == "A-R1"


def test_a_wrong_field_is_refused_and_nothing_changes(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    claim_id = _returned_claim(execution)
    before = execution.services.claims.get(claim_id)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(claim_id)
    form = screen.detail.completion
    form.edits["act_number"].setText("A-R1")
    form.edits["act_date"].setDate(QDate(execution.year, 1, 28))
    form.edits["invoice_number"].setText("")  # an invoice needs its number
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    assert shown and "invoice number" in shown[0]
    after = execution.services.claims.get(claim_id)
    assert (after.status, after.version, after.act_number) == (ClaimStatus.RETURNED, before.version, "")


@pytest.mark.parametrize("role", [Role.AGENCY, Role.AUDITOR])
def test_agency_and_auditor_cannot_complete(qtbot, execution: Programme, tmp_path: Path, role: Role) -> None:
    claim_id = _returned_claim(execution)
    execution.services.ctx.role = role
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(claim_id)
    form = screen.detail.completion
    assert form.isVisible() and form.missing.text() == "missing: acceptance act"
    assert not form.complete_button.isEnabled() and not form.edits["act_number"].isEnabled()
    assert form.complete_button.toolTip() == f"Your role ({role.value}) may not complete claims."


def test_a_submitted_claim_has_nothing_to_complete(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.waiting_claim)  # type: ignore[attr-defined]
    assert not screen.detail.completion.isVisible()

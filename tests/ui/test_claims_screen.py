"""Claims: filters, the R7 steps, approving shows the amount, late claims flagged, reasons asked."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from coop_desk.money import format_money
from coop_desk.services.claim_views import ClaimInput
from models import ClaimStatus
from tests.ui.programme_state import YEAR, Programme, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.models.claims import ClaimsTableModel
from ui.screens.claims import ClaimsScreen


def test_approving_a_claim_shows_the_amount(qtbot, execution: Programme, tmp_path: Path) -> None:
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, ClaimsScreen, context)
    waiting = execution.facts.waiting_claim
    assert screen.select_claim(waiting)
    assert any(step.startswith("if approved now") for step in screen.detail.steps())
    with qtbot.waitSignal(context.hub.status_message) as message:
        qtbot.mouseClick(screen.detail._approve, Qt.MouseButton.LeftButton)
    claim = execution.services.claims.get(waiting)
    assert claim.status == ClaimStatus.APPROVED and claim.reimbursement is not None
    amount = format_money(claim.reimbursement, "EUR", "en")
    assert screen.detail.reimbursement_text() == amount
    assert amount in message.args[0]
    assert any("reimbursement" in step for step in screen.detail.steps())


def test_status_and_text_filters(qtbot, full_year: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ClaimsScreen, make_context(full_year, tmp_path))
    total = screen._model.rowCount()
    screen.apply_filter({"status": "rejected"})
    rejected = [c for c in full_year.services.claims.list_claims(full_year.year) if c.status == ClaimStatus.REJECTED]
    assert screen._model.rowCount() == len(rejected) < total
    screen.apply_filter({"quarter": 2})
    assert all(screen._model.row_at(i).quarter == 2 for i in range(screen._model.rowCount()))
    screen.apply_filter({"text": "D005"})
    assert 0 < screen._model.rowCount() < total
    assert all(screen._model.row_at(i).dealer_code == "D005" for i in range(screen._model.rowCount()))


def test_late_claims_are_flagged_with_the_reason(qtbot, full_year: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ClaimsScreen, make_context(full_year, tmp_path))
    late = next(c for c in full_year.services.claims.list_claims(full_year.year) if c.late)
    screen.select_claim(late.id)
    row = screen._view.currentIndex().row()
    flags = screen._model.index(row, ClaimsTableModel.Column.FLAGS)
    assert flags.data().startswith("late")
    assert "deadline" in flags.data(Qt.ItemDataRole.ToolTipRole)
    assert "after the deadline" in screen.detail._flags.text()


def test_returning_asks_for_the_reason(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Нет акта приёмки", True))
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    waiting = execution.facts.waiting_claim
    screen.select_claim(waiting)
    qtbot.mouseClick(screen.detail._return, Qt.MouseButton.LeftButton)
    claim = execution.services.claims.get(waiting)
    assert claim.status == ClaimStatus.RETURNED and claim.reason == "Нет акта приёмки"
    assert screen.detail.claim is not None and screen.detail.claim.status == ClaimStatus.RETURNED


def test_a_refused_decision_shows_its_message(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    screen.select_claim(execution.facts.waiting_claim)
    qtbot.mouseClick(screen.detail._reject, Qt.MouseButton.LeftButton)
    assert shown and "say why the claim is rejected" in shown[0]


def test_importing_claims_reports_a_duplicate_with_its_reason(qtbot, execution: Programme, tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    from reports.xlsx import claims as claims_xlsx
    from tests.factories import Clock

    s, year, payer = execution.services, execution.year, execution.facts.payer
    first = s.claims.get(execution.facts.approved_claims[0])
    (path,) = claims_xlsx.write_claims_templates(s, year, 1, tmp_path / "out", dealer=payer)
    wb = load_workbook(path)
    ws = wb[claims_xlsx.SHEET]
    values = [first.reference, first.invoice_number, first.invoice_date, first.invoice_amount, None, None, "Vendor"]
    values += [first.payment_order_number, first.payment_order_date, first.paid_amount, "A-9", first.act_date]
    for column, value in enumerate(values, start=1):
        ws.cell(row=claims_xlsx.FIRST_ROW, column=column, value=value)
    wb.save(path)
    context = make_context(execution, tmp_path)
    opener = context.tasks.open_services

    def open_services_on_the_programme_day():  # the worker's services get the test's "today"
        services = opener()
        services.ctx.today = Clock(dt.date(year, 2, 5))
        return services

    context.tasks.open_services = open_services_on_the_programme_day
    screen = open_screen(qtbot, ClaimsScreen, context)
    before = len(s.claims.list_claims(year))
    with qtbot.waitSignal(screen.import_panel.imported, timeout=30000):
        screen.import_panel.start([str(path)])
    assert len(s.claims.list_claims(year)) == before
    row = next(r for r in screen.import_panel.rows() if r.cell.startswith("row"))
    assert not row.ok and "duplicate" in row.message and f"claim {first.id}" in row.message
    assert screen.import_panel.isVisible()


def test_a_late_claim_of_a_closed_quarter_shows_its_work_quarter(qtbot, execution: Programme, tmp_path: Path) -> None:
    s, year = execution.services, execution.year
    s.ctx.today.set(dt.date(YEAR, 5, 15))
    s.claims.reject(execution.facts.waiting_claim, "no act")
    s.claims.close_quarter(year, 1)
    reference = s.claims.get(execution.facts.approved_claims[0]).reference
    late = ClaimInput(
        reference=reference,
        invoice_number="INV-LATE-1",
        invoice_date=dt.date(YEAR, 2, 10),
        invoice_amount=Decimal("300.00"),
        payment_order_number="PO-L1",
        payment_order_date=dt.date(YEAR, 2, 12),
        paid_amount=Decimal("300.00"),
        act_number="A-L1",
        act_date=dt.date(YEAR, 3, 20),  # work of Q1, which is closed: it counts in Q2
    )
    filed = s.claims.file(year, execution.facts.payer, late).claim_id
    assert (s.claims.get(filed).quarter, s.claims.get(filed).work_quarter) == (2, 1)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(filed)
    row = screen._view.currentIndex().row()
    cell = screen._model.index(row, ClaimsTableModel.Column.QUARTER)
    assert cell.data() == "Q2 (work of Q1)"
    assert screen._view.columnWidth(ClaimsTableModel.Column.QUARTER) >= screen._view.fontMetrics().horizontalAdvance(
        "Q2 (work of Q1)"
    )
    assert screen.detail._fields["quarter"].text() == "Q2, for work of Q1 (that quarter was closed when it was filed)"
    assert screen.select_claim(execution.facts.approved_claims[0])  # an ordinary claim: no mark
    row = screen._view.currentIndex().row()
    assert screen._model.index(row, ClaimsTableModel.Column.QUARTER).data() == "Q1"
    assert screen.detail._fields["quarter"].text() == "Q1"

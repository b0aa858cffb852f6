"""The dashboard reports stored claims that R8's normal form makes one invoice (a line only when there are any)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import update

from coop_desk import rules
from models import Claim
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.dashboard import DashboardScreen


def test_the_dashboard_reports_stored_duplicate_invoices_only_when_there_are_any(
    qtbot, execution: Programme, tmp_path: Path
) -> None:
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, DashboardScreen, context)
    button = screen._todo_buttons["duplicates"]
    assert screen.todo_count("duplicates") == 0 and not button.isVisible()

    waiting = execution.facts.waiting_claim
    with execution.services.ctx.db.unit_of_work() as s:  # filed before numbers were compared on their key
        s.execute(
            update(Claim)
            .where(Claim.id == waiting)
            .values(invoice_number="inv 1", invoice_key=rules.invoice_key("inv 1"), version=Claim.version + 1)
        )
    screen.refresh()
    (pair,) = execution.services.claims.duplicate_pairs(execution.year)
    assert screen.todo_count("duplicates") == 1 and button.isVisible() and button.isEnabled()
    assert "1 pair(s) of stored claims for the same invoice" in button.text()
    assert f"claim {waiting}" in button.toolTip() and f"claim {pair.first.id}" in button.toolTip()
    with qtbot.waitSignal(context.hub.navigate_requested) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["claims", {"text": execution.facts.payer}]

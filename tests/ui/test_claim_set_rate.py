"""Issue 10.6 in the window: finance sets the exchange rate of a claim in another currency before it is decided."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from coop_desk.services.claim_views import ClaimInput
from models import ClaimStatus
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.claims import ClaimsScreen


def _usd_claim(p: Programme, rate: Decimal | None = Decimal("0.9")) -> int:
    s = p.services
    mockup_id = p.facts.queued_mockups[0]  # type: ignore[attr-defined]
    s.mockups.approve(mockup_id, 0)
    m = s.mockups.get(mockup_id)
    day = dt.date(p.year, 2, 5)
    claim = ClaimInput(
        reference=m.reference,
        invoice_number="USD-1",
        invoice_date=day,
        invoice_amount=Decimal("1000.00"),
        currency="USD",
        exchange_rate=rate,
        payment_order_number="PO-USD",
        payment_order_date=day,
        paid_amount=Decimal("1000.00"),
        act_number="A-USD",
        act_date=day,
    )
    return s.claims.file(p.year, m.dealer_code, claim).claim_id


def test_setting_the_rate_in_the_claim_detail(qtbot, execution: Programme, tmp_path: Path) -> None:
    claim_id = _usd_claim(execution)
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, ClaimsScreen, context)
    assert screen.select_claim(claim_id)
    detail = screen.detail
    assert detail._rate.isVisibleTo(detail) and detail._set_rate.isEnabled()
    assert detail._rate.value() == Decimal("0.9")
    detail._rate.setText("0,95")
    with qtbot.waitSignal(context.hub.status_message) as message:
        qtbot.mouseClick(detail._set_rate, Qt.MouseButton.LeftButton)
    assert "0.95" in message.args[0]
    view = execution.services.claims.get(claim_id)
    assert view.exchange_rate == Decimal("0.95") and view.status == ClaimStatus.SUBMITTED
    assert any("× 0.95 = 950.00 EUR" in step for step in detail.steps())


def test_no_rate_field_for_the_programme_currency_or_once_decided(qtbot, execution: Programme, tmp_path: Path) -> None:
    claim_id = _usd_claim(execution)
    execution.services.claims.approve(claim_id)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(claim_id)
    assert screen.detail._rate.isVisibleTo(screen.detail) and not screen.detail._set_rate.isEnabled()
    assert screen.select_claim(execution.facts.waiting_claim)  # type: ignore[attr-defined]
    assert not screen.detail._rate.isVisibleTo(screen.detail)


def test_a_claim_filed_without_a_rate_waits_for_it(qtbot, execution: Programme, tmp_path: Path) -> None:
    claim_id = _usd_claim(execution, rate=None)
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, ClaimsScreen, context)
    assert screen.select_claim(claim_id)
    detail = screen.detail
    assert "(rate to be set by finance)" in detail._fields["invoice"].text()
    assert detail._rate.text() == "" and detail._set_rate.isEnabled()
    assert "Set the exchange rate first." in detail._approve.toolTip()
    assert any("rate to be set by finance" in step for step in detail.steps())
    detail._rate.setText("0,95")
    with qtbot.waitSignal(context.hub.status_message):
        qtbot.mouseClick(detail._set_rate, Qt.MouseButton.LeftButton)
    assert execution.services.claims.get(claim_id).exchange_rate == Decimal("0.95")
    assert "(rate 0.95 EUR per 1 USD)" in detail._fields["invoice"].text()
    assert "Set the exchange rate first." not in detail._approve.toolTip()

"""Claims: a claim's attached document opens in the shared viewer, in a dialog."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from coop_desk.services.claim_views import ClaimInput
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.claims import ClaimsScreen


def _png() -> bytes:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_a_claims_document_opens_in_the_viewer(qtbot, execution: Programme, tmp_path: Path) -> None:
    s, year = execution.services, execution.year
    waiting = s.claims.get(execution.facts.waiting_claim)
    attachment = s.attachments.add(_png(), "invoice-scan.png")
    claim = ClaimInput(
        reference=waiting.reference,
        invoice_number="INV-SCAN",
        invoice_date=dt.date(year, 1, 16),
        invoice_amount=Decimal("700.00"),
        attachment_id=attachment.id,
    )
    filed = s.claims.file(year, execution.facts.payer, dataclasses.replace(claim, quarter=1)).claim_id
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.waiting_claim)
    assert not screen.detail._document.isEnabled()
    assert "no attached document" in screen.detail._document.toolTip()
    assert screen.select_claim(filed)
    assert screen.detail._document.isEnabled()
    qtbot.mouseClick(screen.detail._document, Qt.MouseButton.LeftButton)
    dialog = screen.detail.document_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.shown and dialog.viewer.has_image()
    dialog.reject()

"""Claims: the docked viewer of a claim's scans — a tab per document named by its kind, every page of a PDF on
white, zoom with a readout, the figures each scan must show above it, and a window of its own on demand."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.fixtures.scans import pdf_pages
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.scans_state import scanned_claim
from tests.ui.screen_helpers import make_context, open_screen
from ui.dates import date_text
from ui.screens.claims import ClaimsScreen
from ui.widgets.document_viewer import PAGE_WIDTH, render_pdf_pages


def _screen(qtbot, execution: Programme, tmp_path: Path) -> tuple[ClaimsScreen, int]:  # type: ignore[no-untyped-def]
    scanned = scanned_claim(execution)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(scanned.claim_id)
    return screen, scanned.claim_id


def test_a_tab_per_document_named_by_its_kind_and_file(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen, _ = _screen(qtbot, execution, tmp_path)
    viewer = screen.detail.scans.viewer
    assert viewer.tab_texts() == [
        "invoice: invoice-INV-3.pdf",
        "payment order: payment-PO-3.png",
        "acceptance act: act-A-3.pdf",
        "other proof: photo.png (19 Jan 2027)",
    ]
    assert viewer.tabs.isVisible() and not viewer.empty.isVisible()
    assert "added by tester" in viewer.tabs.tabToolTip(0)
    history = screen.detail.history.count()
    assert history >= 5 and screen.detail._lower.tabText(1) == f"History ({history})"  # filed + 4 attached


def test_every_page_of_a_pdf_is_rendered_on_white(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen, _ = _screen(qtbot, execution, tmp_path)
    view = screen.detail.scans.viewer.view
    assert view.has_image() and (view.pages, view.file_pages) == (3, 3)
    assert screen.detail.scans.viewer.pages_label.text() == "3 pages"
    pages, count = render_pdf_pages(pdf_pages("Three", 3))
    assert count == 3 and len(pages) == 3 and all(p.width() == PAGE_WIDTH for p in pages)
    # page 1 has the shortest dark block at its foot, page 3 the tallest: three different pages, not one
    assert len({p.copy(0, p.height() // 2, p.width(), p.height() // 2).bits().tobytes() for p in pages}) == 3
    assert all(QColor(p.pixel(5, 5)) == QColor("white") for p in pages)  # on white, not transparent
    sheet = view.sceneRect()
    assert sheet.height() > 3 * pages[0].height()  # all three stacked in the view
    screen.detail.scans.viewer.select_key(screen.detail.claim.documents[2])  # the act: one page
    assert (view.pages, screen.detail.scans.viewer.pages_label.text()) == (1, "")


def test_zoom_buttons_keys_and_ctrl_wheel_update_the_readout(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen, _ = _screen(qtbot, execution, tmp_path)
    viewer = screen.detail.scans.viewer
    fitted = viewer.readout.text()
    assert fitted.endswith(" %") and 5 < int(fitted[:-2]) < 100
    assert abs(viewer.view.scale_factor() * PAGE_WIDTH - viewer.view.viewport().width()) < 4  # fits the width
    qtbot.mouseClick(viewer._actual, Qt.MouseButton.LeftButton)
    assert viewer.readout.text() == "100 %"
    qtbot.mouseClick(viewer._zoom_in, Qt.MouseButton.LeftButton)
    assert viewer.readout.text() == "125 %"
    qtbot.mouseClick(viewer._zoom_out, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(viewer._zoom_out, Qt.MouseButton.LeftButton)
    assert viewer.readout.text() == "80 %"
    wheel = QWheelEvent(
        QPointF(20, 20),
        QPointF(viewer.view.mapToGlobal(QPoint(20, 20))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewer.view.viewport(), wheel)
    assert viewer.readout.text() == "100 %"
    qtbot.keyClick(viewer.view, Qt.Key.Key_0)
    assert viewer.readout.text() == fitted
    screen.resize(1400, 800)  # fitted: it stays fitted as the viewer grows
    qtbot.waitUntil(lambda: viewer.readout.text() != fitted)


def test_the_strip_shows_what_each_scan_must_say(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen, claim_id = _screen(qtbot, execution, tmp_path)
    c = execution.services.claims.get(claim_id)
    viewer = screen.detail.scans.viewer
    strip = viewer.strip
    assert strip.text() == "Check against the scan — invoice № INV-3 of 15 Jan 2027, €3,000.50"
    viewer.tabs.setCurrentIndex(1)
    assert strip.text() == "Check against the scan — payment order № PO-3 of 18 Jan 2027, paid €3,000.50"
    viewer.tabs.setCurrentIndex(2)
    assert strip.text() == "Check against the scan — acceptance act № A-3 of 20 Jan 2027"
    viewer.tabs.setCurrentIndex(3)
    approved = execution.services.mockups.get(c.mockup_id).decided_on
    assert strip.text() == (
        "Check against the scan — other proof dated 19 Jan 2027; it must fall between the mockup's approval "
        f"({date_text(approved)}) and the act (20 Jan 2027); planned for "
        f"{_month(execution, c)} 2027"
    )
    assert strip.isVisible()


def _month(p: Programme, c) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    month = next(a.month for a in p.services.plans.activities(p.year, c.dealer_code) if a.id == c.activity_id)
    return QLocale("en").standaloneMonthName(month, QLocale.FormatType.LongFormat)


def test_a_claim_without_scans_says_so(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.waiting_claim)
    viewer = screen.detail.scans.viewer
    assert viewer.tab_texts() == [] and not viewer.tabs.isVisible()
    assert viewer.empty.isVisible()
    assert viewer.empty.text() == "No scans attached — drop files here or Attach…"
    assert not viewer.strip.isVisible() and not viewer.remove_button.isEnabled()
    assert screen.select_claim(execution.facts.approved_claims[0])  # decided: nothing can be attached
    assert viewer.empty.text() == "No scans attached."
    assert not viewer.attach_button.isEnabled() and "before it is decided" in viewer.attach_button.toolTip()


def test_the_shown_scan_opens_in_a_window_with_all_its_pages(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen, _ = _screen(qtbot, execution, tmp_path)
    qtbot.mouseClick(screen.detail.scans.viewer._window, Qt.MouseButton.LeftButton)
    dialog = screen.detail.scans.document_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.shown and dialog.viewer.pages == 3
    assert "invoice: invoice-INV-3.pdf" in dialog.windowTitle()
    dialog.reject()


def test_a_file_that_is_not_a_picture_says_it_cannot_be_shown(qtbot) -> None:
    from ui.widgets.document_viewer import DocumentViewer, ViewerTab

    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.set_tabs([ViewerTab("broken", "", 1)], lambda key: (b"%PDF-1.4 not really", "application/pdf"))
    assert viewer.message.isVisible() and viewer.message.text() == "application/pdf: cannot be shown"
    assert not viewer.view.has_image() and viewer.readout.text() == ""


def test_a_scan_is_rendered_once_when_shown_again(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    screen, claim_id = _screen(qtbot, execution, tmp_path)
    attachments = execution.services.attachments
    reads: list[int] = []
    read = attachments.read
    monkeypatch.setattr(attachments, "read", lambda attachment_id: reads.append(attachment_id) or read(attachment_id))
    viewer = screen.detail.scans.viewer
    invoice, payment = screen.detail.claim.documents[:2]
    viewer.tabs.setCurrentIndex(1)
    viewer.tabs.setCurrentIndex(0)
    screen.detail.show_claim(execution.services.claims.get(claim_id), stage=None)  # shown again (a refresh)
    assert reads == [payment.attachment_id]  # the invoice was rendered before the spy: never read again
    assert viewer.view.pages == 3 and viewer.pages_label.text() == "3 pages"

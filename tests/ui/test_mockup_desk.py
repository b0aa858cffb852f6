"""The review desk, point 1: the picture takes most of the screen at a laptop's size and never lies under the
details; every PDF page on white; zoom with its readout; the keys; full screen; v1 | v2."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from models import Mockup
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.mockups import MockupsScreen
from ui.widgets.image_viewer import ImageViewer


def three_page_pdf() -> bytes:
    """A 3-page A4 PDF (reportlab), each page saying its number, with a transparent background."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in (1, 2, 3):
        pdf.setFont("Helvetica", 48)
        pdf.drawString(100, 700, f"Page {page}")
        pdf.rect(100, 100, 200, 80, fill=1)  # a black box: the page is not blank
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def attach(programme: Programme, mockup_id: int, data: bytes, name: str) -> None:
    """Give a mockup another file (as if the dealer had sent it)."""
    services = programme.services
    stored = services.attachments.add(data, name)
    with services.ctx.db.unit_of_work() as s:
        s.get_one(Mockup, mockup_id).attachment_id = stored.id


def on_screen(widget: QWidget, root: QWidget) -> QRect:
    """The rectangle of ``widget`` in ``root``'s coordinates, empty when it is hidden."""
    if not widget.isVisibleTo(root):
        return QRect()
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(1090, 540), (1280, 650), (1920, 1000)])
def test_the_picture_takes_most_of_the_screen_and_nothing_lies_over_it(
    qtbot, execution: Programme, tmp_path: Path, size: tuple[int, int]
) -> None:
    screen = open_screen(qtbot, MockupsScreen, make_context(execution, tmp_path), size=size)
    viewport = on_screen(screen._viewer.viewport(), screen)
    assert viewport.width() * viewport.height() >= 0.55 * size[0] * size[1], (viewport, size)
    for other in (screen.details, screen.history, screen.decision, screen._view, screen.preview.title):
        shown = on_screen(other, screen)
        assert not shown.isEmpty(), other
        assert not shown.intersects(viewport), other
    assert on_screen(screen._approve, screen).bottom() <= size[1]  # the decision bar is on screen
    assert screen._viewer.has_image()
    qtbot.waitUntil(screen._viewer.all_seen)  # fitted: all of the ad is on screen
    # the list and details fold away: the picture grows
    screen.preview.list_button.click()
    assert not screen.details.isVisible() and not screen._view.isVisible()
    qtbot.waitUntil(lambda: on_screen(screen._viewer.viewport(), screen).width() > viewport.width())
    screen.preview.list_button.click()
    assert screen.details.isVisible()


def test_every_page_of_a_pdf_is_reachable_on_white(qtbot, execution: Programme, tmp_path: Path) -> None:
    first = execution.facts.queued_mockups[0]
    attach(execution, first, three_page_pdf(), "three.pdf")
    screen = open_screen(qtbot, MockupsScreen, make_context(execution, tmp_path), size=(1090, 540))
    viewer, preview = screen._viewer, screen.preview
    assert viewer.page_count() == 3 and viewer.current_page() == 1
    assert preview.page_label.isVisible() and preview.page_label.text() == "page 1 of 3"
    assert screen.details.fields["attachment"].text() == "application/pdf"
    pages = [item.pixmap().toImage() for item in viewer._pages]
    for image in pages:
        assert image.pixelColor(5, 5) == QColor("white")  # rendered on white, not on transparency
        assert image.pixelColor(image.width() * 150 // 595, image.height() * 700 // 842) == QColor("black")
    assert viewer.unseen_pages() == [2, 3]
    assert not preview.previous_page_button.isEnabled()
    preview.next_page_button.click()
    assert viewer.current_page() == 2 and preview.page_label.text() == "page 2 of 3"
    preview.next_page_button.click()
    assert preview.page_label.text() == "page 3 of 3" and not preview.next_page_button.isEnabled()
    qtbot.waitUntil(viewer.all_seen)
    assert viewer.visible_scene_rect().intersects(viewer._pages[2].sceneBoundingRect())
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    assert viewer.current_page() == 2


def test_zoom_buttons_and_their_readout(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, MockupsScreen, make_context(execution, tmp_path), size=(1280, 650))
    viewer, preview = screen._viewer, screen.preview
    fitted = viewer.scale_factor()
    assert preview.readout.text() == f"{round(fitted * 100)} %"
    preview.actual_button.click()
    assert viewer.scale_factor() == 1.0 and preview.readout.text() == "100 %"
    preview.zoom_in_button.click()
    assert preview.readout.text() == "125 %"
    preview.zoom_out_button.click()
    preview.zoom_out_button.click()
    assert preview.readout.text() == "80 %"
    preview.fit_button.click()
    assert abs(viewer.scale_factor() - fitted) < 1e-6 and viewer.is_fitted()


def test_keys_set_brands_zoom_and_go_full_screen(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, MockupsScreen, make_context(execution, tmp_path), size=(1090, 540))
    viewer = screen._viewer
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_3)
    assert screen._brands.value() == 3 and "50 % / 4 brands = 12.5 %" in screen._rate.text()
    viewer.setFocus()
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert screen._brands.value() == 0
    fitted = viewer.scale_factor()
    qtbot.keyClick(viewer, Qt.Key.Key_Equal)
    assert viewer.scale_factor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    assert viewer.scale_factor() == pytest.approx(fitted * 1.25)
    assert screen._brands.value() == 0  # the zoom keys are not digits
    qtbot.keyClick(viewer, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert viewer.scale_factor() == 1.0
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.scale_factor() == pytest.approx(fitted) and screen._brands.value() == 0
    # in the comment box the digits and letters are text
    screen._comment.setFocus()
    qtbot.keyClicks(screen._comment, "7 a")
    assert screen._comment.toPlainText() == "7 a" and screen._brands.value() == 0
    assert screen.current().status.value == "submitted"
    # F: the picture alone, with the decision bar, in a full-screen window of its own; Esc: back
    before = screen._viewer.viewport().width()
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_F)
    assert screen.is_full_screen()
    full = screen.preview.window()
    assert full is not screen and full.isFullScreen() and screen.decision.window() is full
    qtbot.waitUntil(lambda: viewer.viewport().width() >= full.width() - 30)  # the whole width of the screen
    qtbot.keyClick(viewer, Qt.Key.Key_2)  # the keys work there too
    assert screen._brands.value() == 2
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not screen.is_full_screen() and screen.preview.window() is screen and screen.decision.window() is screen
    qtbot.waitUntil(lambda: on_screen(viewer.viewport(), screen).width() == before)
    assert not on_screen(viewer.viewport(), screen).intersects(on_screen(screen.details, screen))
    qtbot.mouseDClick(viewer.viewport(), Qt.MouseButton.LeftButton)
    assert screen.is_full_screen()
    qtbot.mouseDClick(viewer.viewport(), Qt.MouseButton.LeftButton)
    assert not screen.is_full_screen()
    screen.toggle_full_screen()
    screen.hide()  # leaving the screen brings the picture back
    assert not screen.is_full_screen() and screen.preview.window() is screen


def test_ctrl_wheel_zooms(qtbot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    viewer = ImageViewer()
    qtbot.addWidget(viewer)
    viewer.resize(300, 200)
    viewer.show()
    viewer.set_image(image)
    fitted = viewer.scale_factor()
    event = QWheelEvent(
        QPointF(50, 50),
        QPointF(50, 50),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    viewer.wheelEvent(event)
    assert viewer.scale_factor() == pytest.approx(fitted * 1.25)


def test_what_was_on_screen_at_a_legible_scale(qtbot) -> None:
    tall = QImage(200, 2000, QImage.Format.Format_ARGB32)
    tall.fill(Qt.GlobalColor.transparent)
    viewer = ImageViewer()
    qtbot.addWidget(viewer)
    viewer.resize(400, 300)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.set_image(tall)
    qtbot.waitUntil(viewer.all_seen)  # fitted: the whole page is on screen once painted
    assert viewer._pages[0].pixmap().toImage().pixelColor(3, 3) == QColor("white")
    viewer.set_pages([tall, tall])  # a new document: nothing of page 2 seen yet
    assert viewer.unseen_pages() == [2] and viewer.seen_share() == pytest.approx(0.5)
    viewer.zoom_out()  # below the fit scale: too small to count
    viewer.verticalScrollBar().setValue(viewer.verticalScrollBar().maximum())
    assert viewer.unseen_pages() == [2]
    viewer.actual_size()  # 100 %: only what scrolls past counts
    viewer.verticalScrollBar().setValue(viewer.verticalScrollBar().maximum())
    assert viewer.unseen_pages() == [2] and 0.5 < viewer.seen_share() < 1
    for value in range(viewer.verticalScrollBar().maximum(), 0, -100):
        viewer.verticalScrollBar().setValue(value)
    assert viewer.all_seen()


def test_compare_with_the_previous_version(qtbot, execution: Programme, tmp_path: Path) -> None:
    services = execution.services
    first = services.mockups.get(execution.facts.queued_mockups[0])
    services.mockups.request_changes(first.id, "Логотип конкурента")
    from coop_desk.demo_mockups import mockup_png

    picture = services.attachments.add(mockup_png("v2", "ООО «Родник»", "Тула", 0, seed=9), "v2.png")
    second = services.mockups.submit(first.year, first.reference, title="v2", attachment_id=picture.id).ids[0]
    screen = open_screen(qtbot, MockupsScreen, make_context(execution, tmp_path), size=(1280, 650))
    while screen.current().id != second:
        screen.select_next()
    preview = screen.preview
    assert preview.compare_button.isEnabled() and not preview.previous_viewer.isVisible()
    preview.compare_button.click()
    assert preview.previous_viewer.isVisible() and preview.previous_viewer.has_image()
    assert preview.previous_label.text() == "No. 1 (changes requested)"
    assert preview.current_label.text() == "No. 2 (this one)"
    left, right = on_screen(preview.previous_viewer, screen), on_screen(screen._viewer, screen)
    assert left.right() < right.left() and abs(left.width() - right.width()) < 40  # v1 | v2, side by side
    screen.select_previous()  # a mockup with no earlier version: nothing to compare with
    assert not preview.compare_button.isEnabled() and not preview.previous_viewer.isVisible()

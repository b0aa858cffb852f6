"""The mockup review queue: decide with the keyboard, record the brand count, refusals shown."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QMessageBox

from models import MockupStatus
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import finish_tasks, make_context, open_screen
from ui.screens.mockups import MockupsScreen
from ui.widgets.image_viewer import ImageViewer


def test_approving_from_the_queue_records_the_brand_count(qtbot, execution: Programme, tmp_path: Path) -> None:
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, MockupsScreen, context)
    queued = execution.facts.queued_mockups
    assert screen.queue_length() == len(queued)
    first = screen.current()
    assert first is not None and first.id == queued[0]
    screen._brands.setValue(2)
    assert "16.67" in screen._rate.text()
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_A)
    decided = execution.services.mockups.get(first.id)
    assert decided.status == MockupStatus.APPROVED
    assert decided.other_brands == 2
    assert screen.queue_length() == len(queued) - 1
    assert screen.current() is not None and screen.current().id == queued[1]
    finish_tasks(context)


def test_j_and_k_move_through_the_queue(qtbot, execution: Programme, tmp_path: Path) -> None:
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, MockupsScreen, context)
    queued = execution.facts.queued_mockups
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_J)
    assert screen.current().id == queued[1]
    qtbot.keyClick(screen._view, Qt.Key.Key_K)
    assert screen.current().id == queued[0]


def test_rejecting_without_a_comment_shows_the_refusal(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, MockupsScreen, context)
    first = screen.current()
    qtbot.mouseClick(screen._reject, Qt.MouseButton.LeftButton)
    assert shown and "say why" in shown[0]
    assert execution.services.mockups.get(first.id).status == MockupStatus.SUBMITTED
    screen._comment.setPlainText("Логотип конкурента крупнее нашего")
    qtbot.mouseClick(screen._changes, Qt.MouseButton.LeftButton)
    assert execution.services.mockups.get(first.id).status == MockupStatus.CHANGES_REQUESTED


def test_preview_shows_an_image_with_zoom_and_fit(qtbot) -> None:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    QPainter(image).end()
    viewer = ImageViewer()
    qtbot.addWidget(viewer)
    viewer.resize(200, 150)
    viewer.show()
    viewer.set_image(image)
    assert viewer.has_image()
    fitted = viewer.scale_factor()
    viewer.zoom_in()
    assert viewer.scale_factor() > fitted
    viewer.fit()
    assert abs(viewer.scale_factor() - fitted) < 0.01
    assert not viewer.load(b"not an image", "image/png")


def test_the_mockup_picture_is_shown_large(qtbot, execution: Programme, tmp_path: Path) -> None:
    from coop_desk.demo_mockups import mockup_png
    from models import Mockup

    services = execution.services
    first = execution.facts.queued_mockups[0]
    picture = services.attachments.add(mockup_png("Щит у трассы", "ООО «Родник»", "Тула", 1, seed=1), "m.png")
    with services.ctx.db.unit_of_work() as s:  # the dealer's file, as an imported claim would attach it
        s.get(Mockup, first).attachment_id = picture.id  # type: ignore[union-attr]
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, MockupsScreen, context)
    assert screen.current().id == first
    assert screen.details.fields["attachment"].text() == "image/png"
    assert screen._viewer.has_image()

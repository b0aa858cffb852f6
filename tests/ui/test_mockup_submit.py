"""Submitting a mockup from the window: dealer and activity, its file chosen or dropped, a new version too."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from coop_desk.demo_mockups import mockup_png
from models import MockupStatus
from tests.ui.programme_state import Programme, drafting, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.mockup_submit import MockupSubmitDialog
from ui.screens.mockups import MockupsScreen


def _free_reference(p: Programme) -> str:
    """An activity of the approved plan with no mockup yet."""
    s = p.services
    taken = {m.reference for m in s.mockups.list_mockups(p.year)}
    return next(r.reference for r in s.plans.consolidated(p.year) if r.included and r.reference not in taken)


def _png(tmp_path: Path, name: str = "mockup.png") -> Path:
    path = tmp_path / name
    path.write_bytes(mockup_png("D-1", "ООО «Родник»", "Тула", 0, seed=1))
    return path


def _dialog(qtbot: Any, p: Programme, tmp_path: Path, file: Path | None = None) -> MockupSubmitDialog:
    dialog = MockupSubmitDialog(make_context(p, tmp_path), None, file)
    qtbot.addWidget(dialog)
    return dialog


def _event(kind: type, paths: list[Path]) -> Any:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return (QDragEnterEvent(args[0].toPoint(), *args[1:]) if kind is QDragEnterEvent else QDropEvent(*args)), mime


def _drag(screen: Any, paths: list[Path]) -> None:
    """Enter the screen with the files, then drop them (as a real drag does)."""
    enter, _mime = _event(QDragEnterEvent, paths)
    QApplication.sendEvent(screen, enter)
    assert enter.isAccepted()
    drop, _mime2 = _event(QDropEvent, paths)
    QApplication.sendEvent(screen, drop)
    assert drop.isAccepted()


def test_submitting_a_chosen_file_stores_the_mockup(qtbot, execution: Programme, tmp_path: Path) -> None:
    reference = _free_reference(execution)
    dialog = _dialog(qtbot, execution, tmp_path)
    assert dialog.choose_activity(reference)
    assert dialog.state.text() == "No mockup yet: this will be mockup 1."
    assert not dialog.submit.isEnabled() and dialog.submit.toolTip() == "Choose the mockup's file."
    dialog.file.setText(str(_png(tmp_path)))
    dialog.title.setText("Billboard, May")
    assert dialog.submit.isEnabled()
    dialog.submit.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    m = dialog.submitted
    assert m is not None and m.reference == reference and m.number == 1 and m.title == "Billboard, May"
    assert m.status == MockupStatus.SUBMITTED and m.attachment_id is not None
    data, media_type = execution.services.attachments.read(m.attachment_id)
    assert data == (tmp_path / "mockup.png").read_bytes() and media_type == "image/png"


def test_a_new_version_after_changes_were_requested(qtbot, execution: Programme, tmp_path: Path) -> None:
    s = execution.services
    first = s.mockups.get(execution.facts.queued_mockups[0])
    s.mockups.request_changes(first.id, "Bigger logo")
    dialog = _dialog(qtbot, execution, tmp_path, _png(tmp_path))
    assert dialog.choose_activity(first.reference)
    assert "changes requested" in dialog.state.text() and f"mockup {first.number + 1}" in dialog.state.text()
    dialog.submit.click()
    assert dialog.submitted is not None and dialog.submitted.number == first.number + 1


def test_a_file_that_is_no_image_is_refused_by_the_services_and_nothing_is_stored(
    qtbot, execution: Programme, tmp_path: Path
) -> None:
    before = len(execution.services.mockups.list_mockups(execution.year))
    fake = tmp_path / "mockup.png"
    fake.write_text("not a picture")
    dialog = _dialog(qtbot, execution, tmp_path, fake)
    assert dialog.choose_activity(_free_reference(execution))
    dialog.submit.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.submitted is None
    assert "is not a PDF, PNG, JPEG, TIFF or WEBP file" in dialog.problem.text()
    assert len(execution.services.mockups.list_mockups(execution.year)) == before


def test_a_second_mockup_while_one_waits_is_refused(qtbot, execution: Programme, tmp_path: Path) -> None:
    waiting = execution.services.mockups.get(execution.facts.queued_mockups[1])
    dialog = _dialog(qtbot, execution, tmp_path, _png(tmp_path))
    assert dialog.choose_activity(waiting.reference)
    assert "waiting for a decision" in dialog.state.text()
    dialog.submit.click()
    assert dialog.submitted is None and "still waiting for a decision" in dialog.problem.text()


def test_before_execution_the_dialog_says_why_it_cannot_submit(
    qtbot, drafting: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, drafting, tmp_path, _png(tmp_path))
    assert not dialog.submit.isEnabled()
    screen = open_screen(qtbot, MockupsScreen, make_context(drafting, tmp_path))
    assert not screen.submit_button.isEnabled()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(MockupSubmitDialog, "exec", lambda self: pytest.fail("no dialog before execution"))
    _drag(screen, [_png(tmp_path)])  # a dropped picture says why instead
    assert warnings == ["Mockups are submitted at stage execution."]


def test_a_file_dropped_on_the_dialog_becomes_its_file(qtbot, execution: Programme, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, execution, tmp_path)
    png = _png(tmp_path)
    enter, _mime = _event(QDragEnterEvent, [png])
    dialog.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop, _mime2 = _event(QDropEvent, [png])
    dialog.dropEvent(drop)
    assert dialog.file.text() == str(png)


def test_dropping_an_image_on_the_screen_opens_the_dialog_with_it(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(MockupSubmitDialog, "exec", lambda self: opened.append(self.file.text()) or 0)
    screen = open_screen(qtbot, MockupsScreen, make_context(execution, tmp_path))
    png = _png(tmp_path)
    _drag(screen, [png])
    assert opened == [str(png)]


def test_dropping_other_files_on_the_screen(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(MockupSubmitDialog, "exec", lambda self: pytest.fail("no dialog for these files"))
    screen = open_screen(qtbot, MockupsScreen, make_context(execution, tmp_path))
    workbook = tmp_path / "claims.xlsx"
    workbook.write_bytes(b"PK")
    enter, _m = _event(QDragEnterEvent, [workbook])
    QApplication.sendEvent(screen, enter)
    assert not enter.isAccepted()  # a workbook is left to the window's drop router (its import)
    assert screen.drops.eventFilter(screen, enter) is False
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    _drag(screen, [notes])
    assert warnings == ["Not a mockup file (a PDF or an image) nor a workbook to import: notes.txt"]
    two = [_png(tmp_path, "a.png"), _png(tmp_path, "b.png")]
    _drag(screen, two)
    assert warnings[-1] == "Drop one mockup file at a time: a.png, b.png"

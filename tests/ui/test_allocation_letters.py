"""Allocation: commitment letters are written in the background once the allocation is frozen."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.programme_state import Programme, drafting, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import finish_tasks, make_context, open_screen
from ui.screens.allocation import AllocationScreen
from ui.screens.allocation_letters import merged_file_name


def test_letters_are_written_into_the_chosen_folder(qtbot, monkeypatch, execution: Programme, tmp_path: Path) -> None:
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, AllocationScreen, context)
    button = screen.letters_button
    assert button.isEnabled()
    folder = tmp_path / "letters"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Close
    )
    with qtbot.waitSignal(button.letters_written, timeout=60000) as blocker:
        button.click()
    finish_tasks(context)
    path, count = blocker.args
    assert Path(path) == folder / merged_file_name(execution.year)
    letters = execution.services.statements.letters(execution.year)
    assert count == len(letters) > 0
    assert len(list(folder.glob("commitment-letter-*.pdf"))) == count
    assert len(PdfReader(path).pages) >= count
    assert asked and str(count) in asked[0]


def test_letters_wait_for_a_frozen_allocation(qtbot, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, AllocationScreen, make_context(drafting, tmp_path))
    assert not screen.letters_button.isEnabled()
    assert "frozen" in screen.letters_button.toolTip()

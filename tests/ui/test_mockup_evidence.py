"""The mockups screen greys Approve out, with the reason, for a mockup without a file (nothing approved unseen)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import update

from models import Mockup, MockupStatus
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import finish_tasks, make_context, open_screen
from ui.screens.mockups import MockupsScreen


def test_approve_is_greyed_out_with_the_reason_when_the_mockup_has_no_file(
    qtbot, execution: Programme, tmp_path: Path
) -> None:
    services = execution.services
    first, second = execution.facts.queued_mockups[:2]
    with services.ctx.db.unit_of_work() as s:  # the dealer sent only a title
        s.execute(update(Mockup).where(Mockup.id == first).values(attachment_id=None, version=Mockup.version + 1))
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, MockupsScreen, context)
    assert screen.current().id == first
    assert not screen._approve.isEnabled()
    assert "has no file" in screen._approve.toolTip() and "request changes" in screen._approve.toolTip()
    assert screen._reject.isEnabled() and screen._changes.isEnabled()
    assert "cannot be approved" in screen.details.fields["attachment"].text()
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_A)  # the shortcut does nothing either
    assert services.mockups.get(first).status == MockupStatus.SUBMITTED
    # sending it back stays possible
    screen._comment.setPlainText("Пришлите сам макет")
    qtbot.mouseClick(screen._changes, Qt.MouseButton.LeftButton)
    assert services.mockups.get(first).status == MockupStatus.CHANGES_REQUESTED
    # the next one has its file: Approve is there
    assert screen.current().id == second
    assert screen._approve.isEnabled()
    finish_tasks(context)

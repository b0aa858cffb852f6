"""Reports: generate a PDF in the background and offer to open it."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.programme_state import Programme, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import finish_tasks, make_context, open_screen
from ui.screens.reports import ReportsScreen


@pytest.mark.parametrize(
    ("kind", "options"),
    [("quarterly", {"quarter": 2}), ("statement", {"dealer": "D002"}), ("letters", {}), ("annual", {"lang": "en"})],
)
def test_generating_a_report(qtbot, full_year: Programme, tmp_path: Path, kind: str, options: dict) -> None:
    context = make_context(full_year, tmp_path)
    screen = open_screen(qtbot, ReportsScreen, context)
    if kind not in screen.available_kinds():
        pytest.skip(f"the {kind} writer is not in this version")
    screen.choose(kind, **({"lang": "ru"} | options))
    target = tmp_path / f"{kind}.pdf"
    screen.start(str(target))
    qtbot.waitUntil(lambda: screen.result_path == str(target), timeout=30000)
    finish_tasks(context)
    assert target.read_bytes().startswith(b"%PDF")
    assert screen._open.isVisible()

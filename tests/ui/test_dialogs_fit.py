"""The dialogs of issue 14.2 (templates, restore, mockup submission) fit a 1366×768 laptop at 125 % (1090×540
logical pixels, tests/ui/test_window_fits.py), in English and Russian: their size hint and minimum fit, and at
that size every button lies wholly inside the dialog, not squeezed."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from coop_desk.backup_summary import BackupSummary
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context
from tests.ui.test_window_fits import SIZES, _visible_rect
from ui.i18n import install_translators
from ui.restore_dialog import RestoreConfirmDialog
from ui.screens.mockup_submit import MockupSubmitDialog
from ui.templates_dialog import CLAIMS, EFFICIENCY, PLANS, TemplatesDialog

LAPTOP = SIZES["1366x768@125%"]
SUMMARY = BackupSummary(
    Path("/home/someone/Backups/programme-2027-12-31.coopdesk-backup"),
    "sqlite",
    "2027-12-31T17:45:00+00:00",
    "1.4.0",
    "0012",
    214,
    {"dealer": 40, "plan_draft": 52, "mockup": 118, "claim": 260, "payment": 70, "app_user": 3},
    (2026, 2027),
)


@pytest.fixture(params=["en", "ru"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def _dialogs(p: Programme, tmp_path: Path, lang: str) -> list[QDialog]:
    context = make_context(p, tmp_path, lang=lang)
    return [
        TemplatesDialog(context, PLANS),
        TemplatesDialog(context, CLAIMS),
        TemplatesDialog(context, EFFICIENCY),
        RestoreConfirmDialog(SUMMARY, tmp_path / "programme.sqlite"),
        MockupSubmitDialog(context),
    ]


def test_the_new_dialogs_fit_the_laptop(qtbot: Any, execution: Programme, tmp_path: Path, lang: str) -> None:
    for dialog in _dialogs(execution, tmp_path, lang):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        name = type(dialog).__name__
        hint, least = dialog.sizeHint(), dialog.minimumSizeHint()
        assert least.width() <= LAPTOP[0] and least.height() <= LAPTOP[1], (name, least.toTuple())
        assert dialog.width() <= LAPTOP[0] and dialog.height() <= LAPTOP[1], (name, dialog.size().toTuple())
        assert hint.height() <= LAPTOP[1], (name, hint.toTuple())
        QApplication.processEvents()
        for button in dialog.findChildren(QPushButton):
            if not button.isVisibleTo(dialog):
                continue
            full, seen = _visible_rect(button, dialog)
            assert seen == full, (name, button.text(), full.getRect(), seen.getRect())
            assert button.width() >= button.minimumSizeHint().width(), (name, button.text())
        dialog.close()

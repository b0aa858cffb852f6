"""Writing plan, claims and efficiency templates from the window: dealers, folder, background, open the folder."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from tests.ui.programme_state import Programme, drafting, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import finish_tasks, make_context, open_screen
from ui.context import ScreenContext
from ui.screens.claims import ClaimsScreen
from ui.screens.evaluation import EvaluationScreen
from ui.screens.plans import PlansScreen
from ui.templates_dialog import CLAIMS, EFFICIENCY, PLANS, TemplatesDialog


def _dialog(qtbot: Any, context: ScreenContext, kind: str, folder: Path) -> TemplatesDialog:
    dialog = TemplatesDialog(context, kind)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    dialog.show()
    return dialog


def _write(qtbot: Any, dialog: TemplatesDialog) -> None:
    assert dialog.write.isEnabled(), dialog.write.toolTip()
    dialog.write.click()
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=30000)
    finish_tasks(dialog.context)


def test_plan_templates_for_the_filtered_dealers_then_open_the_folder(
    qtbot, drafting: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context(drafting, tmp_path)
    active = [d.code for d in drafting.services.dealers.list_dealers(active_only=True)]
    dialog = _dialog(qtbot, context, PLANS, tmp_path / "out" / "plans")
    assert dialog.chosen_codes() == active  # every active dealer, checked
    dialog.none.click()
    assert dialog.chosen_codes() == []
    dialog.filter.setText(active[1])
    dialog.all.click()  # only the dealers the filter shows
    assert dialog.chosen_codes() == [active[1]]
    _write(qtbot, dialog)
    files = sorted(p.name for p in (tmp_path / "out" / "plans").iterdir())
    assert files == [f"plan_{drafting.year}_{active[1]}.xlsx"]
    assert dialog.written == [str(tmp_path / "out" / "plans" / files[0])]
    assert "1 file(s) written" in dialog.outcome.text()
    assert context.prefs.last_folder == str(tmp_path / "out" / "plans")  # remembered for the next time
    opened: list[str] = []
    monkeypatch.setattr("ui.templates_dialog.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    assert dialog.open_folder.isEnabled()
    dialog.open_folder.click()
    assert opened == [str(tmp_path / "out" / "plans")]


def test_no_dealer_chosen_writes_nothing(qtbot, drafting: Programme, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, make_context(drafting, tmp_path), PLANS, tmp_path / "out")
    dialog.none.click()
    assert not dialog.write.isEnabled()
    assert dialog.write.toolTip() == "Choose at least one dealer." == dialog.outcome.text()
    dialog.write.click()
    assert dialog.handle is None and not (tmp_path / "out").exists()
    dialog.dealers.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.write.isEnabled()


def test_a_folder_that_cannot_be_written_is_refused_by_name(qtbot, drafting: Programme, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # no folder can be made under a file, whoever the user is
    dialog = _dialog(qtbot, make_context(drafting, tmp_path), PLANS, blocker / "plans")
    _write(qtbot, dialog)
    assert str(blocker / "plans") in dialog.outcome.text()
    assert "cannot be written" in dialog.outcome.text()
    assert not dialog.open_folder.isEnabled() and dialog.written == []
    assert blocker.read_text() == "not a folder"


def test_plan_templates_after_drafting_are_refused_by_the_service(qtbot, execution: Programme, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, make_context(execution, tmp_path), PLANS, tmp_path / "out")
    _write(qtbot, dialog)
    assert "drafting" in dialog.outcome.text()
    assert not list((tmp_path / "out").glob("*.xlsx"))


def test_claims_templates_list_only_dealers_with_an_approved_mockup(
    qtbot, execution: Programme, tmp_path: Path
) -> None:
    from models import MockupStatus

    s, year = execution.services, execution.year
    approved = sorted({m.dealer_code for m in s.mockups.list_mockups(year, status=MockupStatus.APPROVED)})
    dialog = _dialog(qtbot, make_context(execution, tmp_path), CLAIMS, tmp_path / "claims")
    assert dialog.quarter.currentData() == 1  # the quarter of the programme's today (5 February)
    assert dialog.chosen_codes() == approved and approved
    assert dialog.dealers.count() < len(s.dealers.list_dealers())
    dialog.quarter.setCurrentIndex(1)
    _write(qtbot, dialog)
    assert sorted(p.name for p in (tmp_path / "claims").iterdir()) == [
        f"claims-{year}-Q2-{code}.xlsx" for code in approved
    ]


def test_the_efficiency_form_is_one_file_for_the_agency(qtbot, full_year: Programme, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, make_context(full_year, tmp_path), EFFICIENCY, tmp_path / "eval")
    assert dialog.dealers.isHidden() and dialog.quarter.isHidden()
    _write(qtbot, dialog)
    path = tmp_path / "eval" / f"efficiency-{full_year.year}.xlsx"
    assert dialog.written == [str(path)]
    assert openpyxl.load_workbook(path).sheetnames


@pytest.mark.parametrize(
    ("cls", "kind"), [(PlansScreen, PLANS), (ClaimsScreen, CLAIMS), (EvaluationScreen, EFFICIENCY)]
)
def test_each_screen_opens_the_dialog_of_its_kind(
    qtbot, full_year: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cls: type, kind: str
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(TemplatesDialog, "exec", lambda self: shown.append(self.kind) or 0)
    screen = open_screen(qtbot, cls, make_context(full_year, tmp_path))
    assert screen.templates_button.isEnabled()
    screen.templates_button.click()
    assert shown == [kind]

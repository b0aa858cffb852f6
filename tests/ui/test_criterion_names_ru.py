"""The Russian window names scoring criteria in Russian, never by their English codes (issue 14, point 5): the
score editor, the Settings criteria table and the Names tab; a name edited in Settings shows in the score editor
and the scores stay (the allocation frozen: names are no criteria change)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coop_desk.criterion_names import DEFAULT_NAMES
from tests.ui.programme_state import Programme, drafting, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.audit_fields import field_label
from ui.labels import audit_action_label
from ui.screens.dealers import DealersScreen
from ui.screens.settings import SettingsScreen

SERVICE = "Service quality"


def _labels(screen: DealersScreen) -> list[str]:
    """The score editor's row labels, in its order."""
    form = screen.scores._form
    out = []
    for edit in screen.scores._edits.values():
        label = form.labelForField(edit)
        assert isinstance(label, QLabel)
        out.append(label.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))  # without its mnemonic
    return out


def test_the_russian_window_names_every_criterion_in_russian(
    qtbot, russian: None, drafting: Programme, tmp_path: Path
) -> None:
    english = set(DEFAULT_NAMES)
    criteria = drafting.services.years.get(drafting.year).criteria
    assert {c.name for c in criteria} == english  # the demo's criteria are the defaults (in its own order)
    russian_names = [DEFAULT_NAMES[c.name][0] for c in criteria]
    context = make_context(drafting, tmp_path, lang="ru")
    dealers = open_screen(qtbot, DealersScreen, context)
    assert dealers.select_code(drafting.services.dealers.scores(drafting.year)[0].dealer_code)
    assert _labels(dealers) == russian_names
    settings = open_screen(qtbot, SettingsScreen, context)
    settings.refresh()
    table = settings.criteria
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == russian_names
    assert not table.item(0, 3).flags() & Qt.ItemFlag.ItemIsEditable  # renamed on the Names tab only
    names = settings.criterion_names.table
    assert [names.item(r, 1).text() for r in range(names.rowCount())] == russian_names
    assert [names.item(r, 0).text() for r in range(names.rowCount())] == [c.name for c in criteria]  # the codes
    assert not any(label in english for label in _labels(dealers))
    # the renaming's audit record reads in Russian too
    assert audit_action_label("year.criterion_names") == "Критерии переименованы"
    assert field_label("criterion_names") == "названия критериев"


def test_a_criterion_renamed_in_settings_shows_in_the_score_editor_and_keeps_its_scores(
    qtbot, execution: Programme, tmp_path: Path
) -> None:
    services, year = execution.services, execution.year
    code = next(v.dealer_code for v in services.dealers.scores(year) if dict(v.points).get(SERVICE) is not None)
    before = dict(next(v for v in services.dealers.scores(year) if v.dealer_code == code).points)
    context = make_context(execution, tmp_path, lang="en")
    settings = open_screen(qtbot, SettingsScreen, context)
    settings.refresh()
    editor = settings.criterion_names
    row = next(r for r in range(editor.table.rowCount()) if editor.table.item(r, 0).text() == SERVICE)
    assert not editor.table.item(row, 0).flags() & Qt.ItemFlag.ItemIsEditable
    editor.table.item(row, 2).setText("Aftercare")
    assert settings.has_unsaved_changes()
    editor.save.click()
    assert services.years.get(year).criterion(SERVICE, "en") == "Aftercare"
    assert not settings.has_unsaved_changes()
    dealers = open_screen(qtbot, DealersScreen, context)
    assert dealers.select_code(code)
    assert "Aftercare" in _labels(dealers) and SERVICE not in _labels(dealers)
    assert dict(next(v for v in services.dealers.scores(year) if v.dealer_code == code).points) == before
    assert dealers.scores.edit_for(SERVICE).value() == before[SERVICE]  # the editor is keyed by the code

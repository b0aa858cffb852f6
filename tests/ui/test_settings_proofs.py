"""Settings, tab "Proofs of performance" (issue 13, point 5): the year's table edited, saved, restored to common
practice; read-only for a closed year and for a role that may not change settings; a stale edit refused."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from coop_desk import rules
from models.enums import DocumentKind, Role
from tests.ui.shell_state import YEAR, Shell, allocation_shell, audit_count, closed_shell, shell_templates, show
from tests.ui.test_shell_screens import Messages
from ui.screens.settings import SettingsScreen
from ui.screens.settings_proofs import CHANNEL, PROOF, REQUIRED, ProofsEditor

__all__ = ["allocation_shell", "closed_shell", "shell_templates"]

K = DocumentKind


def _screen(qtbot, shell: Shell, size: tuple[int, int] = (1090, 540)) -> SettingsScreen:  # type: ignore[no-untyped-def]
    """The settings screen on its proofs tab (the caller keeps the screen: the tab is its child)."""
    screen = show(qtbot, SettingsScreen(shell.context), size)
    screen.tabs.setCurrentWidget(screen.proofs)
    return screen


def _combo(editor: ProofsEditor, row: int, column: int) -> QComboBox:
    widget = editor.table.cellWidget(row, column)
    assert isinstance(widget, QComboBox)
    return widget


def _row(editor: ProofsEditor, channel: str, kind: DocumentKind) -> int:
    return next(i for i, (c, k, _) in enumerate(editor.rows()) if (c, k) == (channel, kind))


def _stored(shell: Shell) -> dict[str, tuple[rules.ProofRequirement, ...]]:
    return shell.services.years.get(YEAR).proofs


def _save(qtbot, editor: ProofsEditor) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(editor.context.hub.year_changed):
        qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)


def test_the_table_shows_the_years_proofs_and_saves_the_edits(qtbot, allocation_shell: Shell) -> None:
    shell = allocation_shell
    view = shell.services.years.get(YEAR)
    screen = _screen(qtbot, shell)
    editor = screen.proofs
    expected = [(c, p.kind, p.required) for c in view.channels for p in rules.proofs_for(view.proofs, c)]
    assert editor.rows() == expected and expected  # the demo year carries common practice
    radio = next(c for c in view.channels if c.casefold() == "radio")
    press = next(c for c in view.channels if c.casefold() == "press")
    editor.table.item(_row(editor, radio, K.AIRPLAY_CERTIFICATE), REQUIRED).setCheckState(Qt.CheckState.Unchecked)
    kinds = _combo(editor, _row(editor, press, K.PRINTED_PAGE), PROOF)
    kinds.setCurrentIndex(kinds.findData(K.SCREENSHOTS.value))  # the press channel: a PDF screenshot instead
    editor.table.selectRow(0)
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)  # a second proof for the selected row's channel
    added = editor.table.rowCount() - 1
    assert _combo(editor, added, CHANNEL).currentData() == press
    kinds = _combo(editor, added, PROOF)
    kinds.setCurrentIndex(kinds.findData(K.OTHER_PROOF.value))
    editor.table.item(added, REQUIRED).setCheckState(Qt.CheckState.Unchecked)
    outdoor = next(c for c in view.channels if c.casefold() == "outdoor")
    editor.table.selectRow(_row(editor, outdoor, K.SITE_PHOTOS))
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)
    assert outdoor in editor.unproven.text()  # the hint names the channels with no proof left
    assert screen.has_unsaved_changes()  # closing the window asks
    audits = audit_count(shell.services)
    _save(qtbot, editor)
    assert not screen.has_unsaved_changes()
    stored = _stored(shell)
    assert stored[radio] == (rules.ProofRequirement(K.AIRPLAY_CERTIFICATE, False),)
    assert stored[press] == (rules.ProofRequirement(K.SCREENSHOTS), rules.ProofRequirement(K.OTHER_PROOF, False))
    assert outdoor not in stored
    assert audit_count(shell.services) == audits + 1
    assert editor.rows()[:2] == [(press, K.SCREENSHOTS, True), (press, K.OTHER_PROOF, False)]  # reloaded


def test_restore_common_practice_fills_the_table_and_saving_keeps_it(qtbot, allocation_shell: Shell) -> None:
    shell = allocation_shell
    view = shell.services.years.get(YEAR)
    shell.services.years.update_settings(YEAR, proofs={c: [] for c in view.channels})
    screen = _screen(qtbot, shell)
    editor = screen.proofs
    assert editor.rows() == [] and all(c in editor.unproven.text() for c in view.channels)
    assert not screen.has_unsaved_changes()
    qtbot.mouseClick(editor.restore, Qt.MouseButton.LeftButton)
    assert screen.has_unsaved_changes()
    defaults = rules.default_table(view.channels)
    assert editor.rows() == [(c, p.kind, p.required) for c in view.channels for p in defaults.get(c, ())]
    assert _stored(shell) == {}  # not saved until Save
    _save(qtbot, editor)
    assert _stored(shell) == defaults


def test_a_refused_table_is_shown_and_nothing_changes(qtbot, monkeypatch, allocation_shell: Shell) -> None:
    messages = Messages(monkeypatch)
    shell = allocation_shell
    before = _stored(shell)
    screen = _screen(qtbot, shell)
    editor = screen.proofs
    editor.table.selectRow(0)
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    first = _combo(editor, 0, PROOF).currentData()
    kinds = _combo(editor, editor.table.rowCount() - 1, PROOF)
    kinds.setCurrentIndex(kinds.findData(first))  # the same proof twice for one channel
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert "twice" in messages.text()
    assert _stored(shell) == before


def test_a_stale_table_is_refused(qtbot, monkeypatch, allocation_shell: Shell) -> None:
    messages = Messages(monkeypatch)
    shell = allocation_shell
    screen = _screen(qtbot, shell)
    editor = screen.proofs
    elsewhere = {c: [] for c in shell.services.years.get(YEAR).channels}  # someone else clears every proof
    shell.services.years.update_settings(YEAR, proofs=elsewhere)
    editor.table.item(0, REQUIRED).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert f"year {YEAR} was changed by somebody else since you opened it" in messages.text()
    assert _stored(shell) == {}  # the other edit stands


def test_a_closed_year_shows_its_proofs_read_only(qtbot, closed_shell: Shell) -> None:
    screen = _screen(qtbot, closed_shell)
    editor = screen.proofs
    assert editor.rows()
    for button in (editor.save, editor.add, editor.remove, editor.restore):
        assert not button.isEnabled() and button.toolTip() == "The year is closed: its settings cannot change."
    assert editor.note.text() == "The year is closed: its settings cannot change." and editor.note.isVisible()
    editor.table.removeRow(0)  # (not possible by the buttons) a read-only table never counts as unsaved
    assert not screen.has_unsaved_changes()
    for row in range(editor.table.rowCount()):
        assert not _combo(editor, row, CHANNEL).isEnabled() and not _combo(editor, row, PROOF).isEnabled()
        assert not editor.table.item(row, REQUIRED).flags() & Qt.ItemFlag.ItemIsEnabled


def test_the_agency_sees_the_proofs_but_may_not_change_them(qtbot, allocation_shell: Shell) -> None:
    allocation_shell.services.ctx.role = Role.AGENCY
    screen = _screen(qtbot, allocation_shell)
    editor = screen.proofs
    assert editor.rows()
    why = "Your role (agency) may not change a year's settings."
    for button in (editor.save, editor.add, editor.remove, editor.restore):
        assert not button.isEnabled() and button.toolTip().startswith(why)
    assert editor.note.text() == why
    assert not _combo(editor, 0, PROOF).isEnabled()


def test_a_marketer_may_edit_the_proofs(qtbot, allocation_shell: Shell) -> None:
    allocation_shell.services.ctx.role = Role.MARKETER
    screen = _screen(qtbot, allocation_shell)
    editor = screen.proofs
    assert all(b.isEnabled() for b in (editor.save, editor.add, editor.remove, editor.restore))
    assert _combo(editor, 0, PROOF).isEnabled() and not editor.note.isVisible()


def test_the_russian_tab_has_no_english_left(qtbot, russian: None, allocation_shell: Shell) -> None:
    screen = show(qtbot, SettingsScreen(allocation_shell.context), (1090, 540))
    screen.tabs.setCurrentWidget(screen.proofs)
    editor = screen.proofs
    qtbot.mouseClick(editor.restore, Qt.MouseButton.LeftButton)
    texts = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    texts += [editor.table.horizontalHeaderItem(c).text() for c in range(editor.table.columnCount())]
    texts += [w.text() for w in editor.findChildren(QPushButton)] + [
        w.toolTip() for w in editor.findChildren(QPushButton)
    ]
    texts += [editor.help.text()] + [editor.table.item(r, REQUIRED).toolTip() for r in range(editor.table.rowCount())]
    texts += [_combo(editor, 0, PROOF).itemText(i) for i in range(_combo(editor, 0, PROOF).count())]
    texts += [w.text().split(":")[0] for w in editor.findChildren(QLabel) if w.text()]  # channel names as stored
    english = [t for t in texts if re.search("[A-Za-z]{2,}", t)]
    assert english == [] and "эфирная справка" in texts and "Вернуть обычную практику" in texts

"""Each screen's filters are remembered between runs (issue 14.1): a combo's choice, a text, under the screen's
layout version; a link that opens the screen with its own filters (the dashboard's, "Show them") wins."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication

from tests.ui import programme_state
from ui.main_window import MainWindow
from ui.prefs import Prefs

programme_templates = programme_state.programme_templates
execution = programme_state.execution


def _open(qtbot: Any, services: Any, prefs: Prefs, name: str, filters: dict[str, Any] | None = None) -> tuple:
    window = MainWindow(services, prefs)
    qtbot.addWidget(window)
    window.resize(1280, 650)
    window.show()
    screen = window.show_screen(name, filters)
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    assert window.context.tasks.wait_for_done(30000)
    qtbot.waitUntil(lambda: bool(screen.property("coopdeskLayoutShown")))
    QApplication.processEvents()
    return window, screen


def _restart(qtbot: Any, window: MainWindow) -> None:
    window.save_layout()
    window.close()
    QApplication.processEvents()


def _shown_ids(screen: Any) -> set[int]:
    return {screen._model.row_at(r).id for r in range(screen._model.rowCount())}


def test_the_claims_filters_survive_a_restart(qtbot: Any, execution: Any, tmp_path: Path) -> None:
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    first, claims = _open(qtbot, execution.services, prefs, "claims")
    everything = _shown_ids(claims)
    claims._status.setCurrentIndex(claims._status.findData("open"))
    claims._filter.setText("инв")  # Cyrillic survives the settings file
    claims._quarter.setCurrentIndex(claims._quarter.findData(1))
    _restart(qtbot, first)

    second, claims = _open(qtbot, execution.services, prefs, "claims")
    assert claims._status.currentData() == "open" and claims._quarter.currentData() == 1
    assert claims._filter.text() == "инв"
    claims._filter.setText("")
    claims.refresh()
    open_q1 = _shown_ids(claims)
    assert execution.facts.waiting_claim in open_q1 and open_q1 < everything  # the list really is filtered
    _restart(qtbot, second)

    # a link with its own filters wins over what was remembered
    third, claims = _open(qtbot, execution.services, prefs, "claims", {"status": "approved"})
    assert claims._status.currentData() == "approved" and claims._quarter.currentData() is None
    _restart(qtbot, third)


def test_a_screens_layout_version_forgets_its_filters_only(
    qtbot: Any, execution: Any, tmp_path: Path, monkeypatch
) -> None:
    from ui.screens.claims import ClaimsScreen
    from ui.screens.payments import PaymentsScreen

    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    first, claims = _open(qtbot, execution.services, prefs, "claims")
    claims._filter.setText("INV")
    payments = first.show_screen("payments")
    payments._filter.setText("ПП")
    _restart(qtbot, first)

    monkeypatch.setattr(ClaimsScreen, "LAYOUT_VERSION", getattr(ClaimsScreen, "LAYOUT_VERSION", 1) + 1, raising=False)
    second, claims = _open(qtbot, execution.services, prefs, "claims")
    assert claims._filter.text() == ""
    assert isinstance(second.show_screen("payments"), PaymentsScreen)
    assert second.show_screen("payments")._filter.text() == "ПП"
    _restart(qtbot, second)


def test_a_remembered_choice_that_no_longer_exists_is_ignored(qtbot: Any, execution: Any, tmp_path: Path) -> None:
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    first, audit = _open(qtbot, execution.services, prefs, "audit")
    actors = [audit.actor.itemData(i) for i in range(1, audit.actor.count())]
    assert actors  # the filter has real choices
    audit.actor.setCurrentIndex(1)
    _restart(qtbot, first)
    second, audit = _open(qtbot, execution.services, prefs, "audit")
    assert audit.actor.currentData() == actors[0]  # remembered (a combo filled from the database)
    _restart(qtbot, second)

    for stale in (b'{"actor": "nobody-left", "text": 5}', b"not json", b"[1, 2]"):
        prefs.set_state("screen.audit.v1.filters", QByteArray(stale))
        window, audit = _open(qtbot, execution.services, prefs, "audit")
        assert audit.actor.currentIndex() == 0 and audit.text.text() == "", stale
        window.hide()

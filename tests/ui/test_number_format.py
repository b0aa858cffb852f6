"""The number format is a preference of its own (Settings → Numbers), kept in QSettings, used for every amount."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from coop_desk.text import Amount, Text
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.numbers import number_format, set_number_format
from ui.prefs import Prefs
from ui.screens.claims import ClaimsScreen
from ui.screens.settings import SettingsScreen
from ui.text import tr_text

NBSP = "\xa0"


@pytest.fixture
def restore_number_format() -> Iterator[None]:
    yield
    set_number_format("")


def _choose(screen: SettingsScreen, code: str) -> None:
    index = screen.number_format.findData(code)
    screen.number_format.setCurrentIndex(index)
    screen.number_format.activated.emit(index)


@pytest.mark.usefixtures("restore_number_format")
def test_choosing_a_number_format_rewrites_every_amount(qtbot, execution: Programme, tmp_path: Path) -> None:
    context = make_context(execution, tmp_path)
    settings = open_screen(qtbot, SettingsScreen, context)
    assert settings.number_format.currentData() == ""  # as the window language by default
    assert context.money(Decimal("12345.67"), "EUR") == "€12,345.67"
    redraws: list[str] = []
    context.hub.language_change_requested.connect(redraws.append)

    _choose(settings, "de")
    assert number_format() == "de" and redraws == ["en"]  # the window language stays; screens are redrawn
    assert context.money(Decimal("12345.67"), "EUR") == f"12.345,67{NBSP}€"
    assert tr_text(Text("total {total}", total=Amount(Decimal("12345.67"), "EUR"))) == f"total 12.345,67{NBSP}€"
    claims = open_screen(qtbot, ClaimsScreen, context)
    amount = claims._model.index(0, claims._model.Column.INVOICED).data(Qt.ItemDataRole.DisplayRole)
    assert "," in amount and amount.endswith("€"), amount
    # kept for the next start
    assert Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)).number_format == "de"

    _choose(settings, "")
    assert context.money(Decimal("12345.67"), "EUR") == "€12,345.67"


def test_an_unknown_number_format_is_refused(tmp_path: Path) -> None:
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    with pytest.raises(ValueError):
        prefs.number_format = "xx"
    with pytest.raises(ValueError):
        set_number_format("xx")
    assert prefs.number_format == ""

"""Help → Open log folder and About CoopDesk (issue 15.4); settings that survive an upgrade."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

import coop_desk
from tests.ui import shell_state
from tests.ui.shell_state import show
from ui.about import AboutDialog
from ui.main_window import MainWindow

allocation_shell = shell_state.allocation_shell
shell_templates = shell_state.shell_templates


@pytest.fixture
def window(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    w = MainWindow(ctx.services, ctx.prefs, lang="en")
    show(qtbot, w, (1090, 540))
    yield w
    w.context.tasks.wait_for_done()


def test_help_is_the_last_menu_with_the_log_folder_and_about(window):  # type: ignore[no-untyped-def]
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert menus[-1] is window.help_menu
    assert [a.text() for a in window.help_menu.actions() if a.text()] == ["Open &log folder", "&About CoopDesk"]


def test_open_log_folder_makes_the_folder_of_the_crash_log_and_opens_it(window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from coop_desk.database import error_log_file

    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.help_menu.open_logs.trigger()
    logs = tmp_path / "data" / "logs"
    assert logs.is_dir()  # before the first error too
    assert error_log_file().parent == logs
    assert [u.toLocalFile() for u in opened] == [str(logs)]


def test_open_log_folder_without_a_file_manager_says_where_the_logs_are(window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    assert not window.help_menu.open_log_folder()
    assert told == [f"CoopDesk's logs are in {tmp_path / 'data' / 'logs'}"]


def test_open_log_folder_that_cannot_be_made_says_why(window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    (tmp_path / "data").write_text("a file where the data folder should be")
    monkeypatch.setenv("COOP_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("nothing to open"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    assert not window.help_menu.open_log_folder()
    assert len(warned) == 1 and str(tmp_path / "data" / "logs") in warned[0]


def test_about_shows_the_version_and_every_bundled_licence(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("ui.about.__version__", "9.8.7")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "CoopDesk 9.8.7"
    names = dialog.component_names()
    for expected in ("Qt 6 and PySide6", "DejaVu fonts", "SQLAlchemy", "openpyxl", "reportlab", "alembic"):
        assert any(n.startswith(expected) for n in names), (expected, names)
    assert names == sorted(names, key=str.lower)
    assert dialog.licence.toPlainText().startswith(names[0])  # the first shown at once
    qt = next(i for i, n in enumerate(names) if n.startswith("Qt 6"))
    dialog.components.setCurrentRow(qt)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()
    dejavu = names.index("DejaVu fonts")
    dialog.components.setCurrentRow(dejavu)
    assert "Bitstream Vera" in dialog.licence.toPlainText()


def test_about_in_russian_has_no_english_left(qtbot, russian):  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "О программе CoopDesk"
    assert dialog.heading.text() == f"CoopDesk {coop_desk.__version__}"
    assert "Журналы" in dialog.details.text()


def test_settings_do_not_depend_on_the_version(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """An upgrade keeps the preferences: the settings' organisation and application names are fixed."""
    from ui import app

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    before = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, app.ORGANISATION, app.APPLICATION)
    before.setValue("language", "ru")
    before.sync()
    monkeypatch.setattr(coop_desk, "__version__", "99.0.0")  # the next release
    after = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, app.ORGANISATION, app.APPLICATION)
    assert after.value("language") == "ru"
    assert after.fileName() == before.fileName()
    assert coop_desk.__version__ not in after.fileName() and "0.1" not in app.ORGANISATION + app.APPLICATION

"""The main window fits the laptops people have (issues 13 and 14.1).

Windows' usual settings leave a maximised window about 1090×540 logical pixels (1366×768 at 125 %) and
1280×650 (1920×1080 at 150 %); 1366×768 at 100 % is checked too. In English and Russian, every screen of the
sidebar is opened at each size: the window keeps the size asked for (nothing inside needs more), and every
visible button of the screen lies wholly inside the window, not cut off by a parent. A screen that does not
fit yet is marked xfail (strict) naming what it needs, so it flips to a failure once it is fixed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QSplitter, QWidget

from tests.ui import programme_state
from tests.ui.programme_state import programme
from ui import screens as registry
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.prefs import Prefs
from ui.sidebar import NARROW, WIDE
from ui.window_layout import (
    GEOMETRY_KEY,
    MAIN_WINDOW_LAYOUT,
    MINIMUM_SIZE,
    NARROW_WIDTH,
    VERSION_KEY,
    SidebarMode,
    WindowLayout,
)

programme_templates = programme_state.programme_templates
execution = programme_state.execution

SIZES = {"1366x768@125%": (1090, 540), "1920x1080@150%": (1280, 650), "1366x768@100%": (1366, 768)}
SCREENS = [entry.name for entry in registry.registered()]

# What does not fit yet: (language, screen, size id) -> (the window the case needs, why), each a strict xfail
# that fails once the screen is fixed. Since 2026-12-03 every screen fits every size in both languages: empty.
NOT_YET: dict[tuple[str, str, str], tuple[str, str]] = {}


def _cases() -> list[Any]:
    cases = []
    for lang in ("en", "ru"):
        for name in SCREENS:
            for size_id, size in SIZES.items():
                marks = []
                if (lang, name, size_id) in NOT_YET:
                    needs, why = NOT_YET[lang, name, size_id]
                    reason = f"issue 14: {name} needs {needs} at {size[0]}×{size[1]} ({lang}: {why})"
                    marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason))
                cases.append(pytest.param(lang, name, size, id=f"{lang}-{name}-{size_id}", marks=marks))
    return cases


@pytest.fixture(scope="module", params=["en", "ru"])
def window(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    programme_templates: dict[str, tuple[Path, object]],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MainWindow]:
    """One window per language on the execution programme (mockups waiting, claims to pay), for every case."""
    lang = request.param
    assert install_translators(qapp, lang)
    tmp = tmp_path_factory.mktemp(f"fits-{lang}")
    state = programme(programme_templates, "execution", tmp)
    prefs = Prefs(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    w = MainWindow(state.services, prefs, lang=lang)
    w.show()
    try:
        yield w
    finally:
        w.context.tasks.wait_for_done(30000)
        w.hide()
        w.deleteLater()
        QApplication.processEvents()
        state.close()
        install_translators(qapp, "en")


def _settle(qtbot: Any, window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
    assert window.context.tasks.wait_for_done(30000), "background tasks did not finish"
    qtbot.wait(1)  # the screens' queued refreshes and layout requests run
    QApplication.processEvents()


def _visible_rect(widget: QWidget, top: QWidget) -> tuple[QRect, QRect]:
    """The widget's rectangle in ``top``'s coordinates, and the part of it no ancestor cuts off."""
    full = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    seen = QRect(full)
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        seen = seen.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return full, seen.intersected(top.rect())


def _cut_buttons(screen: QWidget, window: MainWindow) -> list[str]:
    out = []
    for button in screen.findChildren(QPushButton):
        if not button.isVisibleTo(window):
            continue
        full, seen = _visible_rect(button, window)
        squeezed = (
            button.width() < button.minimumSizeHint().width() or button.height() < button.minimumSizeHint().height()
        )
        if seen != full or squeezed:
            out.append(f"{button.text() or button.toolTip()!r} at {full.getRect()} (seen {seen.getRect()})")
    return out


@pytest.mark.parametrize(("window", "name", "size"), _cases(), indirect=["window"])
def test_every_screen_fits_the_window_and_shows_its_buttons(
    qtbot: Any, window: MainWindow, name: str, size: tuple[int, int]
) -> None:
    window.resize(*size)
    screen = window.show_screen(name)
    assert screen is not None
    qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible() and screen.isVisible())
    _settle(qtbot, window)
    needs = window.minimumSizeHint()
    report = (
        f"{name} at {size}: screen minimumSizeHint {screen.minimumSizeHint().toTuple()}, window needs {needs.toTuple()}"
    )
    assert window.size() == QSize(*size), report
    assert needs.width() <= size[0] and needs.height() <= size[1], report
    assert _cut_buttons(screen, window) == [], report


@pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
def test_the_stage_bar_and_sidebar_fit_every_size(qtbot: Any, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.show_screen("dashboard")
    _settle(qtbot, window)
    assert _cut_buttons(window.stage_bar, window) == []
    assert window.sidebar_panel.collapsed is (size[0] < NARROW_WIDTH)
    assert window.sidebar_panel.width() == (NARROW if size[0] < NARROW_WIDTH else WIDE)
    last = window.sidebar.item(window.sidebar.count() - 1)
    assert window.sidebar.visualItemRect(last).bottom() < window.sidebar.viewport().height(), "a screen is out of reach"
    english = {"Show the screens' names", "Show icons only"}
    assert (window.sidebar_panel.toggle.toolTip() in english) is (window.context.lang == "en")
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        title = registry.registered()[row].title
        # the name is there when only the icon shows, with the key that opens it (Ctrl+1…9)
        assert item.toolTip() == (f"{title} (Ctrl+{row + 1})" if row < 9 else title)
        assert item.text() == ("" if size[0] < NARROW_WIDTH else title)


def test_the_window_can_be_as_small_as_1000_by_520(qtbot: Any, window: MainWindow) -> None:
    assert window.minimumSize() == MINIMUM_SIZE
    assert MINIMUM_SIZE.width() <= 1000 and MINIMUM_SIZE.height() <= 520
    window.resize(800, 400)  # never smaller than the minimum
    assert window.size() == MINIMUM_SIZE
    window.show_screen("dashboard")
    _settle(qtbot, window)
    assert window.minimumSizeHint().width() <= MINIMUM_SIZE.width()
    assert _cut_buttons(window.stage_bar, window) == []


# -- remembered between runs ---------------------------------------------------------------------


def _prefs(tmp_path: Path) -> Prefs:
    return Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


def test_the_sidebar_toggle_is_remembered_and_returns_to_automatic(qtbot: Any, execution: Any, tmp_path: Path) -> None:
    prefs = _prefs(tmp_path)
    first = MainWindow(execution.services, prefs)
    qtbot.addWidget(first)
    first.resize(1090, 540)
    first.show()
    assert first.sidebar_panel.collapsed
    first.sidebar_panel.toggle.click()  # the person wants the names in a narrow window
    assert not first.sidebar_panel.collapsed and first.sidebar.item(0).toolTip().startswith(
        first.sidebar.item(0).text()
    )
    assert first.sidebar.item(0).text()
    assert WindowLayout(prefs).sidebar_mode is SidebarMode.NAMES
    first.resize(1500, 800)
    assert not first.sidebar_panel.collapsed
    first.resize(1090, 540)
    assert not first.sidebar_panel.collapsed  # the choice, not the width, decides now
    second = MainWindow(execution.services, prefs)
    qtbot.addWidget(second)
    second.resize(1090, 540)
    second.show()
    assert not second.sidebar_panel.collapsed  # remembered in the next run
    second.sidebar_panel.toggle.click()  # icons again: what the width gives anyway, so automatic again
    assert second.sidebar_panel.collapsed
    assert WindowLayout(prefs).sidebar_mode is SidebarMode.AUTO
    second.resize(1500, 800)
    assert not second.sidebar_panel.collapsed
    second.sidebar_panel.toggle.click()  # icons in a wide window: a choice of its own
    assert second.sidebar_panel.collapsed and WindowLayout(prefs).sidebar_mode is SidebarMode.ICONS
    for w in (first, second):
        w.context.tasks.wait_for_done(30000)


def test_first_start_fills_the_available_screen_and_then_the_geometry_is_restored(
    qtbot: Any, execution: Any, tmp_path: Path
) -> None:
    prefs = _prefs(tmp_path)
    window = MainWindow(execution.services, prefs)
    qtbot.addWidget(window)
    window.place_on_screen()  # nothing saved: the available area, maximised on this (small) screen
    area = window.screen().availableGeometry()
    assert window.geometry().topLeft() == area.topLeft()
    assert window.isMaximized() is (area.width() < 1600 or area.height() < 900)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(0, 0, 1000, 560)  # the offscreen screen is small: a size it does not clamp
    window.save_layout()
    again = MainWindow(execution.services, prefs)
    qtbot.addWidget(again)
    again.place_on_screen()
    assert again.size() == QSize(1000, 560) and not again.isMaximized()
    again.show()
    again.resize(1000, 530)  # (the offscreen screen is 800 wide: only the height tells)
    assert again.close()  # closing remembers where the window was
    third = MainWindow(execution.services, prefs)
    qtbot.addWidget(third)
    third.place_on_screen()
    assert third.size() == QSize(1000, 530)
    for w in (window, again, third):
        w.context.tasks.wait_for_done(30000)


def test_a_new_layout_version_drops_the_geometry_only(execution: Any, tmp_path: Path) -> None:
    prefs = _prefs(tmp_path)
    prefs.language = "ru"
    prefs.set_state(GEOMETRY_KEY, QByteArray(b"geometry of the 1100x700 window"))
    layout = WindowLayout(prefs)  # no version stored: saved by the window before the layout version
    assert prefs.state(GEOMETRY_KEY) is None
    assert prefs.state(VERSION_KEY) == QByteArray(str(MAIN_WINDOW_LAYOUT).encode())
    layout.sidebar_mode = SidebarMode.ICONS
    prefs.set_state(GEOMETRY_KEY, QByteArray(b"this layout's geometry"))
    WindowLayout(prefs)  # same version: kept
    assert prefs.state(GEOMETRY_KEY) == QByteArray(b"this layout's geometry")
    prefs.set_state(VERSION_KEY, QByteArray(str(MAIN_WINDOW_LAYOUT - 1).encode()))
    assert WindowLayout(prefs).sidebar_mode is SidebarMode.ICONS  # the choice survives the reset
    assert prefs.state(GEOMETRY_KEY) is None
    assert prefs.language == "ru"


def test_splitter_positions_are_restored_per_screen_and_version(qtbot: Any, execution: Any, tmp_path: Path) -> None:
    prefs = _prefs(tmp_path)
    window = MainWindow(execution.services, prefs)
    qtbot.addWidget(window)
    window.resize(1280, 650)
    window.show()
    screen = window.show_screen("mockups")
    assert screen is not None
    splitter = screen.findChildren(QSplitter)[0]
    _settle(qtbot, window)
    sizes = splitter.sizes()
    moved = [sizes[0] + 60, *sizes[1:-1], sizes[-1] - 60] if len(sizes) > 1 else sizes
    splitter.setSizes(moved)
    moved = splitter.sizes()
    window.save_layout()
    again = MainWindow(execution.services, prefs)
    qtbot.addWidget(again)
    again.resize(1280, 650)
    again.show()
    restored = again.show_screen("mockups")
    assert restored is not None
    _settle(qtbot, again)
    assert restored.findChildren(QSplitter)[0].sizes() == moved
    layout = WindowLayout(prefs)
    type(restored).LAYOUT_VERSION = 2  # type: ignore[attr-defined]  # the screen's layout changed
    try:
        assert not layout.restore_splitters("mockups", restored)
    finally:
        del type(restored).LAYOUT_VERSION  # type: ignore[attr-defined]
    assert layout.restore_splitters("mockups", restored)
    for w in (window, again):
        w.context.tasks.wait_for_done(30000)

"""The built program's proof that its window opens: with ``COOP_DESK_SMOKE=<seconds>`` the window, once the
dashboard is shown with the year's figures, says so on stderr and exits 0 (3 if it is not shown in time).

It is the real start (``ui.app.run_app``: the application, translators, style, the database, the main
window and its first screen); only the first-start offer is skipped (nobody is there to answer it).
tests/frozen/test_frozen_build.py runs the one-folder ``CoopDesk`` so, offscreen, with no Python installed.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.screens.dashboard import DashboardScreen

__all__ = ["SMOKE_VARIABLE", "arm", "armed"]

SMOKE_VARIABLE = "COOP_DESK_SMOKE"
_STEP_MS = 100


def armed() -> bool:
    return _seconds() > 0


def _seconds() -> int:
    value = os.environ.get(SMOKE_VARIABLE, "")
    return int(value) if value.isdigit() else 0


def _say(line: str) -> None:
    if sys.stderr is not None:  # a windowed program on Windows has none
        print(line, file=sys.stderr, flush=True)


def _shown(window: MainWindow) -> str | None:
    """The dashboard's first figure ("caption: value") when it is the window's current, visible screen."""
    screen = window.current_screen()
    if window.context.year is None or not (
        window.isVisible() and isinstance(screen, DashboardScreen) and screen.isVisible()
    ):
        return None  # no year: the dashboard has no figures to show
    card = screen._cards["budget"]
    value = card.value.text().strip()
    return f"{card.caption.text()}: {value}" if value else None


def arm(app: QApplication, window: MainWindow) -> None:
    """When armed: watch the window until the dashboard shows its figures, then leave ``app.exec()``."""
    if not armed():
        return
    waited, limit = [0], _seconds() * 1000

    def check() -> None:
        figure = _shown(window)
        if figure is not None:
            _say(f"smoke: the dashboard is shown ({window.windowTitle()}; {window.context.year}; {figure})")
            app.exit(0)
            return
        waited[0] += _STEP_MS
        if waited[0] >= limit:
            _say(f"smoke: the dashboard was not shown within {limit // 1000} s")
            app.exit(3)
            return
        QTimer.singleShot(_STEP_MS, check)

    QTimer.singleShot(0, check)

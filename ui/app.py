"""``run_app(args)``: the QApplication, translators, crash handler, the database and the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

ORGANISATION = "CoopDesk"
APPLICATION = "CoopDesk"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setOrganizationDomain("coopdesk.example")
    QApplication.setApplicationName(APPLICATION)
    QApplication.setDesktopFileName("coopdesk")  # packaging/linux/coopdesk.desktop: its icon on Wayland
    return QApplication(argv if argv is not None else sys.argv[:1])


def apply_style(app: QApplication) -> None:
    from ui.style import STYLESHEET

    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)


def run_app(args: argparse.Namespace) -> int:
    """Open the window on the last database (or ``--db``, or the default file); return the exit code."""
    app = make_application()
    from coop_desk.database import error_log_file, resolve_url
    from ui.crash import CrashHandler
    from ui.i18n import install_translators
    from ui.prefs import Prefs

    prefs = Prefs()
    lang = prefs.language
    install_translators(app, lang)
    from ui.numbers import set_number_format

    set_number_format(prefs.number_format)
    apply_style(app)
    CrashHandler(error_log_file()).install()

    from ui.main_window import MainWindow
    from ui.session import offer_first_start, open_services

    explicit = getattr(args, "db", None)
    url = resolve_url(explicit) if explicit else (prefs.last_database or resolve_url(None))
    services = open_services(None, url)
    if services is None and url != resolve_url(None):
        url = resolve_url(None)
        services = open_services(None, url)
    if services is None:
        return 1
    prefs.last_database = url
    window = MainWindow(services, prefs, lang=lang)
    window.place_on_screen()  # the saved geometry, else the screen's available area (ui/window_layout.py)
    window.show()
    from ui import smoke

    smoke.arm(app, window)  # COOP_DESK_SMOKE=<seconds>: exit once the dashboard is shown (the frozen build test)
    if window.context.year is None and not smoke.armed():
        offer_first_start(window)
    return int(app.exec())

"""Renders every registered screen to PNG offscreen on freshly built demo databases (for docs/)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from coop_desk.demo_states import build_demo_databases

#: Which demo state each screen is shown on; screens not named here are shown on the closed year.
STATE_OF_SCREEN = {
    "dealers": "allocation",
    "allocation": "allocation",
    "settings": "allocation",
    "mockups": "execution",
}


def render_screenshots(
    out: Path,
    *,
    langs: list[str],
    year: int,
    dealers: int = 24,
    size: tuple[int, int] = (1360, 860),
    only: list[str] | None = None,
) -> list[Path]:
    from ui.app import apply_style, make_application

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory(prefix="coopdesk-shots-") as tmp:
        folder = Path(tmp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        apply_style(app)
        urls = build_demo_databases(folder, year=year, dealers=dealers)
        files: list[Path] = []
        for lang in langs:
            files += _render_language(app, out, lang, urls, size, only)
        return files


def _render_language(app, out: Path, lang: str, urls: dict[str, str], size: tuple[int, int], only):  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.prefs import Prefs
    from ui.session import open_services

    install_translators(app, lang)
    files = []
    for db_name, url in urls.items():
        services = open_services(None, url)
        assert services is not None, url
        window = MainWindow(services, Prefs(), lang=lang)
        window.resize(*size)
        window.show()
        QCoreApplication.processEvents()
        for name in window.screen_names():
            if STATE_OF_SCREEN.get(name, "closed") != db_name or (only and name not in only):
                continue
            window.show_screen(name)
            for _ in range(3):
                QCoreApplication.processEvents()
            window.context.tasks.wait_for_done(30000)
            QCoreApplication.processEvents()
            target = out / f"{lang}-{name}.png"
            window.grab().save(str(target))
            files.append(target)
        window.context.tasks.wait_for_done(30000)
        window.close()
        window.deleteLater()
        services.ctx.db.dispose()
        QCoreApplication.processEvents()
    return files

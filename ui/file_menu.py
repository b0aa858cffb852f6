"""The File menu: new/open database file, PostgreSQL, recent databases, backup and restore, start a year, quit."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from coop_desk.database import shown_url, sqlite_path, sqlite_url

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class FileMenu(QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("FileMenu", "&File"), window)
        self._window = window
        self.new_db = QAction(self.tr("&New database file…"), self)
        self.new_db.setShortcut(QKeySequence.StandardKey.New)
        self.open_db = QAction(self.tr("&Open database file…"), self)
        self.open_db.setShortcut(QKeySequence.StandardKey.Open)
        self.connect_pg = QAction(self.tr("Connect to a &PostgreSQL database…"), self)
        self.recent = QMenu(self.tr("&Recent databases"), self)
        self.backup = QAction(self.tr("&Back up the database…"), self)
        self.restore = QAction(self.tr("&Restore from backup…"), self)
        self.new_year = QAction(self.tr("&Start a programme year…"), self)
        self.demo = QAction(self.tr("Open the &demo programme"), self)
        self.quit = QAction(self.tr("&Quit"), self)
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.new_db, self.open_db, self.connect_pg):
            self.addAction(action)
        self.addMenu(self.recent)
        self.addSeparator()
        self.addAction(self.new_year)
        self.addAction(self.demo)
        self.addSeparator()
        self.addAction(self.backup)
        self.addAction(self.restore)
        self.addSeparator()
        self.addAction(self.quit)
        self._fill_recent()
        is_file = sqlite_path(window.context.db_url) is not None
        self.backup.setEnabled(is_file)
        if not is_file:
            self.backup.setToolTip(
                self.tr("Only a database file can be backed up here; back up a server database on the server")
            )
        if not is_file:
            self.restore.setToolTip(self.tr("A server database is restored on the command line (the action says how)"))
        window.context.gate(self.new_year, "years.create_year")
        self.setToolTipsVisible(True)  # a disabled action says why
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.new_db.triggered.connect(self._on_new_db_triggered)
        self.open_db.triggered.connect(self._on_open_db_triggered)
        self.connect_pg.triggered.connect(self._on_connect_pg_triggered)
        self.backup.triggered.connect(self._on_backup_triggered)
        self.restore.triggered.connect(self._on_restore_triggered)
        self.new_year.triggered.connect(self.start_year)
        self.demo.triggered.connect(self._on_demo_triggered)
        self.quit.triggered.connect(self._window.close)
        self.recent.triggered.connect(self._on_recent_triggered)

    def _fill_recent(self) -> None:
        self.recent.clear()
        urls = self._window.prefs.recent_databases
        for url in urls:
            action = self.recent.addAction(_short(url))
            action.setData(url)
            action.setToolTip(shown_url(url))
        self.recent.setEnabled(bool(urls))

    def _folder(self) -> str:
        return self._window.prefs.last_folder or str(Path.home())

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_new_db_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("New database file"), self._folder(), self.tr("CoopDesk database (*.sqlite)")
        )
        if name:
            path = Path(name).with_suffix(".sqlite")
            self._window.prefs.last_folder = str(path.parent)
            self._window.open_database(sqlite_url(path))

    @Slot()
    def _on_open_db_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open a database file"),
            self._folder(),
            self.tr("CoopDesk database (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self._window.prefs.last_folder = str(Path(name).parent)
            self._window.open_database(sqlite_url(Path(name)))

    @Slot()
    def _on_connect_pg_triggered(self) -> None:
        from ui.dialogs import DatabaseUrlDialog

        dialog = DatabaseUrlDialog(self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.url.text().strip():
            from ui.dialogs import connection_url

            self._window.open_database(connection_url(dialog.url.text(), dialog.password.text()))

    @Slot(QAction)
    def _on_recent_triggered(self, action: QAction) -> None:
        url = action.data()
        if isinstance(url, str) and url:
            self._window.open_database(url)

    @Slot()
    def _on_backup_triggered(self) -> None:
        """One backup file holding the database and its attachments (coop_desk.backup)."""
        from coop_desk import backup as backups
        from coop_desk.errors import CoopDeskError

        source = sqlite_path(self._window.context.db_url)
        if source is None:
            return
        suggested = str(Path(self._folder()) / f"{source.stem}{backups.SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back up the database"),
            suggested,
            self.tr("CoopDesk backup (*{0})").format(backups.SUFFIX),
        )
        if not name:
            return
        target = Path(name)
        if target.resolve() == source.resolve():
            QMessageBox.warning(
                self._window, self.tr("Backup"), self.tr("Choose another file than the database itself.")
            )
            return
        try:
            backups.backup(self._window.context.db_url, target)
        except (CoopDeskError, sqlite3.Error, OSError) as exc:
            QMessageBox.warning(self._window, self.tr("Backup"), self.tr("The backup failed: {0}").format(exc))
            return
        self._window.prefs.last_folder = str(target.parent)
        self._window.hub.status_message.emit(self.tr("Backed up to {0}").format(target))

    @Slot()
    def _on_restore_triggered(self) -> None:
        """A database file restored from a backup (ui.restore_dialog); a server database: how, on the command line."""
        from ui.restore_dialog import Restorer

        Restorer(self._window).choose_and_restore()

    @Slot()
    def start_year(self) -> None:
        from ui.session import start_year

        start_year(self._window)

    @Slot()
    def _on_demo_triggered(self) -> None:
        answer = QMessageBox.question(
            self._window,
            self.tr("Demo programme"),
            self.tr("Build the demo programme in its own file (demo.sqlite, replaced) and open it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            from ui.session import build_demo

            build_demo(self._window)


def backup_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (the sqlite3 online backup API)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _short(url: str) -> str:
    return shown_url(url)

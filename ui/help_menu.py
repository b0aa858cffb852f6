"""The Help menu: open the folder of the logs (the crash log), and About CoopDesk (version, licences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox

from coop_desk.database import error_log_file

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class HelpMenu(QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("HelpMenu", "&Help"), window)
        self._window = window
        self.open_logs = QAction(self.tr("Open &log folder"), self)
        self.open_logs.setToolTip(self.tr("The folder of CoopDesk's logs, with the log of unexpected errors"))
        self.about = QAction(self.tr("&About CoopDesk"), self)
        self.addAction(self.open_logs)
        self.addSeparator()
        self.addAction(self.about)
        self.setToolTipsVisible(True)
        self.open_logs.triggered.connect(self._on_open_logs_triggered)
        self.about.triggered.connect(self._on_about_triggered)

    @Slot()
    def _on_open_logs_triggered(self) -> None:
        self.open_log_folder()

    def open_log_folder(self) -> bool:
        """Open the logs' folder in the file manager (made first: it exists before the first error)."""
        folder = error_log_file().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(
                self._window,
                self.tr("Log folder"),
                self.tr("The folder {0} cannot be made: {1}").format(folder, exc.strerror or exc),
            )
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        QMessageBox.information(
            self._window, self.tr("Log folder"), self.tr("CoopDesk's logs are in {0}").format(folder)
        )
        return False

    @Slot()
    def _on_about_triggered(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self._window).exec()

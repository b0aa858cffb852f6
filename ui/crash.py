"""Unexpected errors: logged to a file in the data directory and shown once, politely."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("coop_desk.ui")


class CrashHandler:
    """Installed as ``sys.excepthook``; worker errors come here too (``ui.tasks``)."""

    def __init__(self, log_file: Path, *, show_dialog: bool = True) -> None:
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._showing = False
        self.count = 0

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.count += 1
        from coop_desk.database import masked

        text = masked("".join(traceback.format_exception(kind, exc, tb)))  # never a database password
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            with self.log_file.open("a", encoding="utf-8") as f:
                import datetime as dt

                f.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        except OSError:
            pass
        log.error("unexpected error\n%s", text)
        if not self.show_dialog or self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
            box.setText(
                QCoreApplication.translate(
                    "Crash",
                    "CoopDesk met an unexpected problem. What you saved before is safe; "
                    "the last action may not have been completed.",
                )
            )
            box.setInformativeText(
                QCoreApplication.translate("Crash", "The details were written to {0}").format(self.log_file)
            )
            box.setDetailedText(text)
            box.exec()
        finally:
            self._showing = False

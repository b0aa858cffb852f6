"""Files dropped anywhere on the window go to the import of their kind, whichever screen is open.

Each dropped workbook's kind is read from its identification sheet at a glance
(:func:`reports.xlsx.meta.glance_kind`: the safety checks first, no spreadsheet reader); the files are
grouped by kind and each group handed to its screen's import, that screen shown:

==============  ===================  ===========================================
kind            screen               what comes
==============  ===================  ===========================================
plan            Plans                dealers' plan drafts; folders (as before)
consolidation   Consolidation        the agency's consolidation workbook
claims          Claims               claims workbooks; a .zip (claims with scans)
efficiency      Evaluation           the agency's efficiency report
==============  ===================  ===========================================

A workbook whose kind cannot be read (no identification sheet, a LibreOffice .ods, a damaged one) is
asked about (:class:`ImportKindDialog`); any other file is refused by name. A drop onto a claim's
details (scans) never reaches the window: that panel takes it first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from reports.xlsx.meta import glance_kind

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["KINDS", "SCREENS", "ImportKindDialog", "group_by_kind", "route_drop"]

# The import kinds, in the order the dialog offers them.
KINDS = ("plan", "consolidation", "claims", "efficiency")
# The screen whose import takes each kind.
SCREENS = {"plan": "plans", "consolidation": "consolidation", "claims": "claims", "efficiency": "evaluation"}
WORKBOOKS = (".xlsx", ".xlsm", ".ods")


class ImportKindDialog(QMessageBox):
    """ "Which import is D014.xlsx for?" — the four imports and Cancel; :meth:`choose` gives the kind or None."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a file name is no markup
        self.setWindowTitle(self.tr("Import a workbook"))
        self.setText(self.tr("Which import is {name} for?").format(name=name))
        self.setInformativeText(self.tr("The workbook does not say which CoopDesk template it is."))
        words = {
            "plan": self.tr("Dealer plan draft"),
            "consolidation": self.tr("Consolidation"),
            "claims": self.tr("Quarterly claims"),
            "efficiency": self.tr("Efficiency report"),
        }
        self.kind_buttons: dict[str, QPushButton] = {}
        for kind in KINDS:
            button = self.addButton(words[kind], QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(self._on_kind_button_clicked)
            self.kind_buttons[kind] = button
        self.setEscapeButton(self.addButton(QMessageBox.StandardButton.Cancel))
        self.chosen: str | None = None

    @Slot()
    def _on_kind_button_clicked(self) -> None:
        self.chosen = next((k for k, b in self.kind_buttons.items() if b is self.sender()), None)

    def choose(self) -> str | None:
        self.chosen = None
        self.exec()
        return self.chosen


def group_by_kind(
    paths: Sequence[Path], ask: Callable[[Path], str | None]
) -> tuple[dict[str, list[Path]], list[Path], list[Path]]:
    """(kind → its files in drop order, files refused as no workbook, workbooks the person did not place).

    ``ask`` is asked for each workbook whose kind cannot be read; None leaves it out."""
    groups: dict[str, list[Path]] = {}
    refused: list[Path] = []
    cancelled: list[Path] = []
    for path in paths:
        suffix = path.suffix.lower()
        kind: str | None
        if path.is_dir():
            kind = "plan"  # a folder of returned drafts, as the window has always taken it
        elif suffix == ".zip":
            kind = "claims"
        elif suffix in WORKBOOKS:
            kind = (glance_kind(path) if suffix != ".ods" else None) or ask(path)
            if kind is None:
                cancelled.append(path)
                continue
        else:
            refused.append(path)
            continue
        groups.setdefault(kind, []).append(path)
    return groups, refused, cancelled


def route_drop(window: MainWindow, paths: Sequence[Path]) -> None:
    """Hand the dropped files to the imports of their kinds (see the module docstring)."""

    def ask(path: Path) -> str | None:
        return ImportKindDialog(path.name, window).choose()

    groups, refused, cancelled = group_by_kind(paths, ask)
    if refused:
        names = ", ".join(p.name for p in refused)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("DropRouter", "Not imported"),
            QCoreApplication.translate(
                "DropRouter", "Not a workbook CoopDesk imports (.xlsx, .xlsm, .ods or a .zip of claims): {names}"
            ).format(names=names),
        )
    if cancelled:
        names = ", ".join(p.name for p in cancelled)
        window.statusBar().showMessage(
            QCoreApplication.translate("DropRouter", "Not imported: {names}").format(names=names), 6000
        )
    for kind in KINDS:
        files = groups.get(kind)
        if not files:
            continue
        screen = window.show_screen(SCREENS[kind])
        if screen is None or not hasattr(screen, "import_files"):
            continue
        screen.ensure_fresh()  # its import button's gate (role, stage) is up to date
        screen.import_files([str(p) for p in files])

"""About CoopDesk: the version, where the data and logs are, and the licence of every bundled component."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coop_desk import __version__
from coop_desk.database import error_log_file
from resources import licences


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CoopDesk"))
        self.heading = QLabel(self.tr("CoopDesk {0}").format(__version__))
        self.heading.setObjectName("about-heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel(
            self.tr("The dealer co-op marketing programme desk. Qt {0}, PySide6 {1}.").format(
                qVersion(), pyside_version
            )
            + "\n"
            + self.tr("Logs: {0}").format(error_log_file().parent)
        )
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.components = QListWidget()
        self.components.setObjectName("about-components")
        self.licence = QPlainTextEdit()
        self.licence.setObjectName("about-licence")
        self.licence.setReadOnly(True)
        self._texts = licences()
        for name, _text in self._texts:
            self.components.addItem(name)
        split = QSplitter()
        split.addWidget(self.components)
        split.addWidget(self.licence)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(QLabel(self.tr("Components that ship with CoopDesk and their licences:")))
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.components.currentRowChanged.connect(self._on_components_current_row_changed)
        self.components.setCurrentRow(0)
        self.resize(820, 480)

    def component_names(self) -> list[str]:
        return [name for name, _text in self._texts]

    @Slot(int)
    def _on_components_current_row_changed(self, row: int) -> None:
        self.licence.setPlainText(self._texts[row][1] if 0 <= row < len(self._texts) else "")

"""The report of an import: one line per file and per problem; the selected line's file, sheet and cell beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.models.import_problems import ImportProblemRow, ImportProblemsTableModel
from ui.widgets.tables import fit_columns, make_proxy, make_table, selected_row


class ImportReportPanel(QGroupBox):
    """Hidden until a report is shown; the first problem naming a cell is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = ImportProblemsTableModel(self)
        self._proxy = make_proxy(self._model, self)
        self._view = make_table(self._proxy, self)
        self._view.sortByColumn(ImportProblemsTableModel.Column.FILE, Qt.SortOrder.AscendingOrder)
        self._file = QLabel(self)
        self._sheet = QLabel(self)
        self._cell = QLabel(self)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        for label in (self._file, self._sheet, self._cell, self._message):
            label.setTextFormat(Qt.TextFormat.PlainText)  # file names and cell values: shown as text
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QWidget(self)
        form = QFormLayout(details)
        form.addRow(self.tr("File:"), self._file)
        form.addRow(self.tr("Sheet:"), self._sheet)
        form.addRow(self.tr("Cell:"), self._cell)
        form.addRow(self.tr("Problem:"), self._message)
        self._close = QPushButton(self.tr("Hide report"), self)
        scroll = QScrollArea(self)  # a long problem (a row's scans, in Russian) wraps and scrolls, never clipped
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(details)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._view)
        split.addWidget(scroll)
        split.setSizes([640, 360])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(buttons)
        self._connect_signals()
        self.hide()

    def _connect_signals(self) -> None:
        self._view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self._close.clicked.connect(self.hide)

    def show_rows(self, rows: Sequence[ImportProblemRow], title: str) -> None:
        self._model.set_rows(rows)
        fit_columns(self._view)
        self.setTitle(title)
        self.show()
        shown = [self._proxy.row_at(i) for i in range(self._proxy.rowCount())]
        first = next((i for i, r in enumerate(shown) if r.cell), next((i for i, r in enumerate(shown) if not r.ok), 0))
        if shown:
            self._view.selectRow(first)

    def rows(self) -> list[ImportProblemRow]:
        return self._model.rows()

    def proxy_row_of(self, row_id: int) -> int:
        return self._proxy.mapFromSource(self._model.index(self._model.row_of(row_id), 0)).row()

    def select_row(self, proxy_row: int) -> None:
        self._view.selectRow(proxy_row)

    def details(self) -> dict[str, str]:
        return {
            "file": self._file.text(),
            "sheet": self._sheet.text(),
            "cell": self._cell.text(),
            "message": self._message.text(),
        }

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = selected_row(self._view, self._proxy)
        if not isinstance(row, ImportProblemRow):
            for label in (self._file, self._sheet, self._cell, self._message):
                label.clear()
            return
        self._file.setText(row.file)
        self._sheet.setText(row.sheet or "—")
        self._cell.setText(row.cell or "—")
        self._message.setText(row.message)

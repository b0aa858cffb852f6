"""Settings, tab "Names": each channel of the year by its code (what activities store, never edited here) with
its Russian and English name, and each scoring criterion the same way (its code is what the scores and the score
workbooks refer to). The window, the workbooks and the PDFs name them by these; the rules and their checks live
in ``coop_desk.channel_names`` (``YearService.update_settings(channel_names=…)``) and
``coop_desk.criterion_names`` (``YearService.set_criterion_names``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coop_desk.services.year_views import YearView
from ui.context import ScreenContext
from ui.widgets.tables import leave_on_tab

__all__ = ["ChannelNamesEditor", "CriterionNamesEditor"]

CODE, RUSSIAN, ENGLISH = range(3)


class ChannelNamesEditor(QWidget):
    """The year's channel names, edited in a table and saved at once (stale edits refused by the service)."""

    #: The use case that saves the names (the window asks it whether the role and the stage allow it).
    USE_CASE = "years.update_settings"

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._view: YearView | None = None
        self._editable = False
        self.table = QTableWidget(0, 3)
        leave_on_tab(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Russian name"), self.tr("English name")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        for column in (CODE, RUSSIAN, ENGLISH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.help = QLabel(
            self.tr(
                "Activities keep the channel's code, so renaming a channel changes no plan or claim. The window, "
                "the workbooks and the PDFs name it in their language; a workbook may name it by its code or "
                "either name. Add or remove channels on the Programme tab."
            )
        )
        self.help.setObjectName("Hint")
        self.help.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.save = QPushButton(self.tr("Save channel names"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.save.clicked.connect(self._on_save_clicked)

    # -- loading -------------------------------------------------------------------------------
    def load(self, view: YearView | None) -> None:
        """Show the year's channels and names; editable only while the year is open and the role may."""
        self._view = view
        self.setEnabled(view is not None)
        self.table.setRowCount(0)
        if view is None:
            self.note.clear()
            self.note.hide()
            return
        closed = not self.context.stage_allows(self.USE_CASE, view)
        why = self.tr("The year is closed: its settings cannot change.") if closed else ""
        self.note.setText(self.context.role_refusal(self.USE_CASE) or why)
        self.note.setVisible(bool(self.note.text()))
        self._editable = self.context.gate(self.save, self.USE_CASE, not closed, why)
        for code, ru, en in self._stored(view):
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in ((CODE, code), (RUSSIAN, ru), (ENGLISH, en)):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if column != CODE and self._editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                self.table.setItem(row, column, item)

    # -- reading -------------------------------------------------------------------------------
    def names(self) -> dict[str, dict[str, str]]:
        """The table as the service takes it: code → {"ru": …, "en": …}."""
        out = {}
        for row in range(self.table.rowCount()):
            code, ru, en = (self.table.item(row, c) for c in (CODE, RUSSIAN, ENGLISH))
            assert code is not None and ru is not None and en is not None
            out[code.text()] = {"ru": ru.text().strip(), "en": en.text().strip()}
        return out

    def has_unsaved_changes(self) -> bool:
        """Whether a name differs from the stored one (only where it could be saved)."""
        view = self._view
        if view is None or not self._editable:
            return False
        stored = {code: {"ru": ru, "en": en} for code, ru, en in self._stored(view)}
        return self.names() != stored

    def _stored(self, view: YearView) -> tuple[tuple[str, str, str], ...]:
        """The rows as stored: (code, Russian name, English name)."""
        return view.channel_names.channels

    def _save_names(self, view: YearView) -> None:
        years = self.context.services.years
        if self.context.attempt(self, years.update_settings, view.year, view.version, channel_names=self.names()):
            self.context.hub.status_message.emit(self.tr("The channel names are saved."))

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_save_clicked(self) -> None:
        view = self._view
        if view is not None:
            self._save_names(view)


class CriterionNamesEditor(ChannelNamesEditor):
    """The year's scoring criteria by their code with their Russian and English names (the scores stay)."""

    USE_CASE = "years.set_criterion_names"

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.help.setText(
            self.tr(
                "The scores keep the criterion's code, so renaming a criterion changes no score. The window and "
                "the letters name it in their language. Add or remove criteria on the Programme tab."
            )
        )
        self.save.setText(self.tr("Save criterion names"))

    def _stored(self, view: YearView) -> tuple[tuple[str, str, str], ...]:
        return tuple((c.name, c.title("ru"), c.title("en")) for c in view.criteria)

    def _save_names(self, view: YearView) -> None:
        years = self.context.services.years
        if self.context.attempt(self, years.set_criterion_names, view.year, self.names(), view.version):
            self.context.hub.status_message.emit(self.tr("The criterion names are saved."))

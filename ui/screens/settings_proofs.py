"""Settings, tab "Proofs of performance": which proofs a claim of each channel carries and whether each is
required (R7). One row per (channel, proof); the rule and its checks live in the services
(``coop_desk.rules_proofs``, ``YearService.update_settings(proofs=…)``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coop_desk import rules
from coop_desk.services.year_views import YearView
from coop_desk.words import document_kind
from models.enums import DocumentKind
from ui.context import ScreenContext
from ui.text import tr_text
from ui.widgets.tables import leave_on_tab

__all__ = ["PROOF_KINDS", "ProofsEditor"]

PROOF_KINDS = tuple(k for k in DocumentKind if k.is_proof)
CHANNEL, PROOF, REQUIRED = range(3)


class _RowCombo(QComboBox):
    """A combo in a table cell that makes its row the current one when it takes the focus (so Remove takes
    the row the clerk is in)."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__()
        self._table = table

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        row = self._table.indexAt(self.pos()).row()
        if row >= 0:
            self._table.selectRow(row)


class ProofsEditor(QWidget):
    """The year's table of proofs, edited as rows and saved at once (stale edits refused by the service)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._view: YearView | None = None
        self._editable = False
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Proof"), self.tr("Required")])
        self.table.verticalHeader().hide()
        leave_on_tab(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CHANNEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROOF, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REQUIRED, QHeaderView.ResizeMode.ResizeToContents)
        self.help = QLabel(
            self.tr(
                "A claim without a required proof is returned naming it; a proof's date must lie between the "
                "mockup's approval and the acceptance act. An optional proof is asked for but not required."
            )
        )
        self.help.setObjectName("Hint")
        self.help.setWordWrap(True)
        self.unproven = QLabel()
        self.unproven.setObjectName("Hint")
        self.unproven.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.add = QPushButton(self.tr("Add a proof"))
        self.remove = QPushButton(self.tr("Remove"))
        self.restore = QPushButton(self.tr("Restore common practice"))
        self.restore.setToolTip(self.tr("The usual proofs for each channel of the year (saved with Save proofs)"))
        self.save = QPushButton(self.tr("Save proofs"))
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unproven)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.add.clicked.connect(self._on_add_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.save.clicked.connect(self._on_save_clicked)

    # -- loading -------------------------------------------------------------------------------
    def load(self, view: YearView | None) -> None:
        """Show the year's stored table; editable only while the year is open and the role may."""
        self._view = view
        self.setEnabled(view is not None)
        if view is None:
            self.table.setRowCount(0)
            self.unproven.clear()
            self.note.clear()
            self.note.hide()
            return
        closed = not self.context.stage_allows("years.update_settings", view)
        why = self.tr("The year is closed: its settings cannot change.") if closed else ""
        self.note.setText(self.context.role_refusal("years.update_settings") or why)
        self.note.setVisible(bool(self.note.text()))
        self._editable = all(
            [self.context.gate(b, "years.update_settings", not closed, why) for b in (self.save, self.add, self.remove)]
        )
        self.context.gate(self.restore, "years.update_settings", not closed, why, self.restore.toolTip())
        self.fill(view.proofs)

    def fill(self, table: rules.ProofTable) -> None:
        """Rows for ``table`` in the order of the year's channels."""
        view = self._view
        self.table.setRowCount(0)
        if view is None:
            return
        for channel in view.channels:
            for proof in rules.proofs_for(table, channel):
                self._append(channel, proof.kind, proof.required)
        self._update_unproven()

    def _append(self, channel: str, kind: DocumentKind, required: bool) -> None:
        view = self._view
        assert view is not None
        row = self.table.rowCount()
        self.table.insertRow(row)
        channels = _RowCombo(self.table)
        for name in view.channels:
            channels.addItem(view.channel(name, self.context.lang), name)
        channels.setCurrentIndex(max(0, channels.findData(channel)))
        kinds = _RowCombo(self.table)
        for k in PROOF_KINDS:
            kinds.addItem(tr_text(document_kind(k)), k.value)
        kinds.setCurrentIndex(max(0, kinds.findData(kind.value)))
        for combo in (channels, kinds):
            combo.setEnabled(self._editable)
            combo.currentIndexChanged.connect(self._update_unproven)
        self.table.setCellWidget(row, CHANNEL, channels)
        self.table.setCellWidget(row, PROOF, kinds)
        check = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        check.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if self._editable else Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if required else Qt.CheckState.Unchecked)
        check.setToolTip(self.tr("Required: a claim without it is returned"))
        self.table.setItem(row, REQUIRED, check)

    # -- reading -------------------------------------------------------------------------------
    def rows(self) -> list[tuple[str, DocumentKind, bool]]:
        """(channel, proof, required) of each row, in the table's order."""
        out = []
        for row in range(self.table.rowCount()):
            channel = self.table.cellWidget(row, CHANNEL)
            kind = self.table.cellWidget(row, PROOF)
            check = self.table.item(row, REQUIRED)
            assert isinstance(channel, QComboBox) and isinstance(kind, QComboBox) and check is not None
            required = check.checkState() == Qt.CheckState.Checked
            out.append((str(channel.currentData()), DocumentKind(kind.currentData()), required))
        return out

    def proofs(self) -> dict[str, list[dict[str, Any]]]:
        """The table as the service takes it (every channel of the year; an empty list: no proofs)."""
        view = self._view
        table: dict[str, list[dict[str, Any]]] = {c: [] for c in (view.channels if view else ())}
        for channel, kind, required in self.rows():
            table.setdefault(channel, []).append({"kind": kind.value, "required": required})
        return table

    def has_unsaved_changes(self) -> bool:
        """Whether the table differs from the stored one (only where it could be saved)."""
        view = self._view
        if view is None or not self._editable:
            return False
        stored = {
            c: [{"kind": p.kind.value, "required": p.required} for p in rules.proofs_for(view.proofs, c)]
            for c in view.channels
        }
        return self.proofs() != stored

    @Slot()
    def _update_unproven(self) -> None:
        view = self._view
        named = {channel for channel, _, _ in self.rows()}
        free = [c for c in (view.channels if view else ()) if c not in named]
        shown = ", ".join(view.channel(c, self.context.lang) for c in free) if view else ""
        self.unproven.setText(self.tr("No proof asked for: {0}").format(shown) if free else "")

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_add_clicked(self) -> None:
        view = self._view
        if view is None or not view.channels:
            return
        current = self.table.currentRow()
        rows = self.rows()
        channel = rows[current][0] if 0 <= current < len(rows) else view.channels[0]
        used = {k for c, k, _ in rows if c == channel}
        kind = next((k for k in PROOF_KINDS if k not in used), PROOF_KINDS[-1])
        self._append(channel, kind, True)
        self.table.setCurrentCell(self.table.rowCount() - 1, PROOF)
        self._update_unproven()

    @Slot()
    def _on_remove_clicked(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self._update_unproven()

    @Slot()
    def _on_restore_clicked(self) -> None:
        if self._view is None:
            return
        self.fill(rules.default_table(self._view.channels))
        self.context.hub.status_message.emit(self.tr("Common practice is filled in: save the proofs to keep it."))

    @Slot()
    def _on_save_clicked(self) -> None:
        view = self._view
        if view is None:
            return
        years = self.context.services.years
        if self.context.attempt(self, years.update_settings, view.year, view.version, proofs=self.proofs()):
            self.context.hub.status_message.emit(self.tr("The proofs of performance are saved."))

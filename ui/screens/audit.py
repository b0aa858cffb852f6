"""The audit trail: every recorded change, newest first, filtered by year, person, action and text.

Pages of ``PAGE`` records are fetched as the list scrolls to its end ("Load more" does the same), so a trail of
a million records opens at once. The detail pane shows the selected record before → after. Export writes the
trail (the year's, or all) to xlsx in the background. Everything is shown as plain text.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coop_desk.services.audit import AuditEntry
from ui.context import ScreenContext, show_refusal
from ui.dates import moment_text, zone_label
from ui.labels import audit_action_label, audit_subject_label
from ui.models.row_table import ROW_ROLE, RowTableModel
from ui.screens.base import Screen, give_key
from ui.text import tr_stored
from ui.widgets.history import entry_detail
from ui.widgets.tables import fit_columns, make_proxy, make_table
from ui.widgets.text_box import tab_leaves
from ui.window_layout import remember_filter

PAGE = 500
ALL = ""


class AuditTableModel(RowTableModel):
    class Column(IntEnum):
        AT = 0
        ACTOR = 1
        ACTION = 2
        ENTITY = 3
        YEAR = 4
        SUMMARY = 5

    numeric = frozenset({Column.YEAR})

    def headers(self) -> list[str]:
        return [
            self.tr("When ({0})").format(zone_label()),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("About"),
            self.tr("Year"),
            self.tr("What"),
        ]

    def display(self, row: AuditEntry, column: int) -> str:
        c = self.Column
        if column == c.AT:
            return moment_text(row.at, seconds=True)
        if column == c.ACTOR:
            return row.actor
        if column == c.ACTION:
            return audit_action_label(row.action)
        if column == c.ENTITY:
            return audit_subject_label(row.entity, row.entity_id)
        if column == c.YEAR:
            return "" if row.year is None else str(row.year)
        return tr_stored(row.summary)

    def sort_key(self, row: AuditEntry, column: int) -> Any:
        if column == self.Column.AT:
            return row.id
        if column == self.Column.YEAR:
            return row.year
        return self.display(row, column)

    def tooltip(self, row: AuditEntry, column: int) -> str | None:
        if column == self.Column.ACTION:
            return row.action  # the code, as the export and the command line show it
        return tr_stored(row.summary) if column == self.Column.SUMMARY else None

    def append_rows(self, rows: list[AuditEntry]) -> None:
        """Add a page at the end (the order is the database's: newest first)."""
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self._search.extend([None] * len(rows))
        self.endInsertRows()


class AuditScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._exhausted = False
        self._filters: dict[str, Any] = {}
        self.export_path = ""
        self.model = AuditTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self.proxy, self, stretch=AuditTableModel.Column.SUMMARY)
        self.table.setSortingEnabled(False)  # newest first, as fetched page by page
        self.year = QComboBox()
        self.actor = QComboBox()
        remember_filter(self.actor, "actor")
        self.action = QComboBox()
        remember_filter(self.action, "action")
        self.text = QLineEdit()
        remember_filter(self.text, "text")
        self.text.setPlaceholderText(self.tr("Text in the summary…"))
        self.text.setClearButtonEnabled(True)
        self.more = QPushButton(self.tr("Load more"))
        self.export = QPushButton(self.tr("Export to xlsx…"))
        give_key(self.export, "Ctrl+E")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        tab_leaves(self.detail)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Year"), self.year),
            (self.tr("Who"), self.actor),
            (self.tr("Action"), self.action),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.export)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.year.activated.connect(self._on_filter_changed)
        self.actor.activated.connect(self._on_filter_changed)
        self.action.activated.connect(self._on_filter_changed)
        self.text.textChanged.connect(self._on_text_changed)
        self._debounce.timeout.connect(self._on_filter_changed)
        self.more.clicked.connect(self._on_more_clicked)
        self.export.clicked.connect(self._on_export_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.context.hub.changes_published.connect(self._on_hub_changes)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        audit = self.context.services.audit
        _fill(
            self.year,
            [(self.tr("All years"), 0)] + [(str(y.year), y.year) for y in self.context.services.years.list_years()],
            self.context.year or 0,
        )
        _fill(self.actor, [(self.tr("Everybody"), ALL)] + [(a, a) for a in audit.actors()], ALL, keep=True)
        actions = [(audit_action_label(a), a) for a in audit.actions()]
        _fill(self.action, [(self.tr("Every action"), ALL), *actions], ALL, keep=True)
        self._reload()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        for key, combo in (("actor", self.actor), ("action", self.action)):
            if key in filters:
                index = combo.findData(filters[key])
                if index >= 0:
                    combo.setCurrentIndex(index)
        if "text" in filters:
            self.text.setText(str(filters["text"]))
        self._reload()

    def _query(self) -> dict[str, Any]:
        return {
            "year": self.year.currentData() or None,
            "actor": self.actor.currentData() or None,
            "action": self.action.currentData() or None,
            "contains": self.text.text().strip() or None,
        }

    def _reload(self) -> None:
        self._filters = self._query()
        self._exhausted = False
        self._consumed = 0  # records read from the database (more than shown when filtering here)
        self.model.set_rows([])
        self.detail.clear()
        self.fetch_more()

    def fetch_more(self) -> None:
        """The next page of records with the current filters.

        The summaries are stored in English but shown translated, with amounts and dates the window's way, so
        the text is looked for here, in what the window shows (and in the stored English), reading page after
        page until a page of matches is found."""
        if self._exhausted:
            return
        query = dict(self._filters)
        needle = (query.get("contains") or "").casefold()
        if needle:
            query["contains"] = None
        added: list[AuditEntry] = []
        first = self.model.rowCount() == 0
        while len(added) < PAGE and not self._exhausted:
            rows = self.context.services.audit.entries(**query, newest_first=True, limit=PAGE, offset=self._consumed)
            self._consumed += len(rows)
            self._exhausted = len(rows) < PAGE
            added += [r for r in rows if not needle or needle in _shown_text(r)]
        self.model.append_rows(added)
        if first and added:
            fit_columns(self.table)
        self.more.setEnabled(not self._exhausted)
        shown = self.model.rowCount()
        self.status.setText(
            self.tr("{0} record(s)").format(shown)
            if self._exhausted
            else self.tr("{0} record(s) shown; more below").format(shown)
        )

    def selected(self) -> AuditEntry | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self) -> None:
        if self._query() != self._filters:
            self._reload()

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def _on_more_clicked(self) -> None:
        self.fetch_more()

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        if value and value >= self.table.verticalScrollBar().maximum():
            self.fetch_more()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.proxy.data(current, ROW_ROLE) if current.isValid() else None
        self.detail.setPlainText(entry_detail(entry) if entry is not None else "")

    @Slot(object)
    def _on_hub_changes(self, _changes: object) -> None:
        self.mark_stale()  # every change writes a record

    @Slot()
    def _on_export_clicked(self) -> None:
        year = self.year.currentData() or None
        name = f"audit-{year}.xlsx" if year is not None else "audit.xlsx"
        folder = self.context.prefs.last_folder or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(Path(folder) / name), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.start_export(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def start_export(self, path: str) -> None:
        """Write the audit trail (the chosen year's, or all) to ``path`` in the background."""
        year = self.year.currentData() or None
        self.context.prefs.last_folder = str(Path(path).parent)
        self.export.setEnabled(False)
        handle = self.context.tasks.run(
            _export_task(year, path),
            description=self.tr("Exporting the audit trail…"),
            on_success=self._on_export_succeeded,
            on_refused=self._on_export_refused,
        )
        handle.finished.connect(self._on_export_finished)

    @Slot(object)
    def _on_export_succeeded(self, path: object) -> None:
        self.export_path = str(path)
        self.context.hub.status_message.emit(self.tr("Exported the audit trail to {0}").format(path))

    @Slot(list)
    def _on_export_refused(self, lines: list[str]) -> None:
        show_refusal(self, lines, self.tr("Export"))

    @Slot()
    def _on_export_finished(self) -> None:
        self.export.setEnabled(True)


def _export_task(year: int | None, path: str):  # type: ignore[no-untyped-def]
    def run(services: Any, _job: Any) -> str:
        from reports.documents import AUDIT_LIST, DocumentRequest

        try:
            done = AUDIT_LIST.write(AUDIT_LIST.build(services, DocumentRequest(year)), Path(path), "en")
        except OSError as exc:
            from coop_desk.errors import Refused

            raise Refused(f"{path} cannot be written: {exc.strerror or exc}") from exc
        return str(done.path)

    return run


def _shown_text(entry: AuditEntry) -> str:
    """Everything a person may search a record for: what the window shows and the stored English."""
    shown = (
        entry.actor,
        audit_action_label(entry.action),
        audit_subject_label(entry.entity, entry.entity_id),
        tr_stored(entry.summary),
        entry.summary,
    )
    return "\n".join(shown).casefold()


def _fill(combo: QComboBox, items: list[tuple[str, Any]], default: Any, *, keep: bool = True) -> None:
    """Refill a filter, keeping the current choice when it is still there (else ``default``)."""
    current = combo.currentData() if combo.count() else default
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current if keep else default)
    combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(default)))
    combo.blockSignals(False)

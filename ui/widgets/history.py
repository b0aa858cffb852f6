"""The history of one dealer, mockup or claim, from the audit trail (newest first), and the before → after text
shared with the audit screen. Everything shown is plain text: names come from workbooks."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.text import tr_stored

if TYPE_CHECKING:
    from coop_desk.services.audit import AuditEntry
    from ui.context import ScreenContext

HISTORY_LIMIT = 500


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def change_lines(before: Any, after: Any) -> list[str]:
    """One line per field: ``field: before → after`` (a field only before or only after shows — on the other side)."""
    if not isinstance(before, dict) and not isinstance(after, dict):
        if before is None and after is None:
            return []
        return [f"{_text(before)} → {_text(after)}"]
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    lines = []
    for key in dict.fromkeys([*old, *new]):
        a, b = old.get(key), new.get(key)
        if key in old and key in new and a == b:
            lines.append(f"{key}: {_text(a)} (unchanged)")
        else:
            lines.append(f"{key}: {_text(a) if key in old else '—'} → {_text(b) if key in new else '—'}")
    return lines


def entry_detail(entry: AuditEntry) -> str:
    """The whole record as plain text: who, when, what, then before → after field by field."""
    head = [
        f"{entry.at:%Y-%m-%d %H:%M:%S} UTC — {entry.actor}",
        f"{entry.action} on {entry.entity}" + (f" #{entry.entity_id}" if entry.entity_id is not None else ""),
        tr_stored(entry.summary),
        "",
    ]
    return "\n".join(head + (change_lines(entry.before, entry.after) or ["(no before/after recorded)"]))


class HistoryPanel(QGroupBox):
    """The audit records of one thing (``entity`` as the services record it: "dealer", "mockup", "claim")."""

    def __init__(self, context: ScreenContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entity = entity
        self.setTitle(self.tr("History"))
        self._tree = QTreeWidget()
        self._tree.setRootIsDecorated(False)
        self._tree.setAlternatingRowColors(True)
        self._tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self._tree.setColumnWidth(0, 120)
        self._tree.setColumnWidth(1, 80)
        self._tree.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._tree)

    def load(self, entity_id: int | None, label: str = "") -> None:
        """Show the records of this one (None: nothing)."""
        self._tree.clear()
        if entity_id is None:
            self.setTitle(self.tr("History"))
            return
        entries = self.context.services.audit.entries(
            entity=self.entity, entity_id=entity_id, newest_first=True, limit=HISTORY_LIMIT
        )
        items = []
        for entry in entries:
            item = QTreeWidgetItem([entry.at.strftime("%Y-%m-%d %H:%M"), entry.actor, tr_stored(entry.summary)])
            item.setToolTip(2, entry_detail(entry))  # a tooltip of plain text (no tags in it) is shown as text
            items.append(item)
        self._tree.addTopLevelItems(items)
        self.setTitle(self.tr("History of {0} ({1})").format(label or f"#{entity_id}", len(items)))

    def count(self) -> int:
        return self._tree.topLevelItemCount()

    def text(self, row: int, column: int = 2) -> str:
        item = self._tree.topLevelItem(row)
        return item.text(column) if item is not None else ""

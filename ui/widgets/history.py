"""The history of one dealer, mockup or claim, from the audit trail (newest first), and the before → after text
shared with the audit screen. Everything shown is plain text: names come from workbooks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.audit_fields import field_label, value_text
from ui.dates import moment_text, zone_label
from ui.labels import audit_action_label, audit_subject_label
from ui.text import tr_stored

if TYPE_CHECKING:
    from coop_desk.services.audit import AuditEntry
    from ui.context import ScreenContext

HISTORY_LIMIT = 500


def change_lines(before: Any, after: Any, entity: str = "") -> list[str]:
    """One line per field: ``field: before → after``, the field by its name for people and each value written the
    window's way (ui.audit_fields); a field only before or only after shows — on the other side."""
    if not isinstance(before, dict) and not isinstance(after, dict):
        if before is None and after is None:
            return []
        return [f"{value_text('', before, entity)} → {value_text('', after, entity)}"]
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    lines = []
    unchanged = QCoreApplication.translate("History", "(unchanged)")
    for key in dict.fromkeys([*old, *new]):
        a, b = old.get(key), new.get(key)
        name = field_label(str(key))
        if key in old and key in new and a == b:
            lines.append(f"{name}: {value_text(key, a, entity)} {unchanged}")
        else:
            was = value_text(key, a, entity) if key in old else "—"
            now = value_text(key, b, entity) if key in new else "—"
            lines.append(f"{name}: {was} → {now}")
    return lines


def entry_detail(entry: AuditEntry) -> str:
    """The whole record as plain text: who, when (local time, its zone named), what, then before → after field
    by field."""
    head = [
        f"{moment_text(entry.at, seconds=True)} {zone_label()} — {entry.actor}",
        f"{audit_action_label(entry.action)}: {audit_subject_label(entry.entity, entry.entity_id)}",
        tr_stored(entry.summary),
        "",
    ]
    nothing = QCoreApplication.translate("History", "(no before/after recorded)")
    return "\n".join(head + (change_lines(entry.before, entry.after, entry.entity) or [nothing]))


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
        self._tree.setHeaderLabels([self.tr("When ({0})").format(zone_label()), self.tr("Who"), self.tr("What")])
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
            item = QTreeWidgetItem([moment_text(entry.at), entry.actor, tr_stored(entry.summary)])
            item.setToolTip(2, entry_detail(entry))  # a tooltip of plain text (no tags in it) is shown as text
            items.append(item)
        self._tree.addTopLevelItems(items)
        self.setTitle(self.tr("History of {0} ({1})").format(label or f"#{entity_id}", len(items)))

    def count(self) -> int:
        return self._tree.topLevelItemCount()

    def text(self, row: int, column: int = 2) -> str:
        item = self._tree.topLevelItem(row)
        return item.text(column) if item is not None else ""

"""A dealer's history from the audit trail: every recorded action that names the dealer, newest first."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.context import ScreenContext

HISTORY_LIMIT = 5000


class DealerHistoryPanel(QGroupBox):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("History"))
        self._tree = QTreeWidget()
        self._tree.setRootIsDecorated(False)
        self._tree.setAlternatingRowColors(True)
        self._tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self._tree.setColumnWidth(0, 120)
        self._tree.setColumnWidth(1, 80)
        self._tree.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tree)

    def load(self, code: str | None) -> None:
        self._tree.clear()
        if code is None:
            self.setTitle(self.tr("History"))
            return
        from coop_desk.commands.cycle import audit_events

        rows, _total = audit_events(self.context.services, limit=HISTORY_LIMIT)
        pattern = re.compile(rf"\b{re.escape(code)}\b")
        items = []
        for row in rows:
            if pattern.search(row.summary):
                item = QTreeWidgetItem([row.at.strftime("%Y-%m-%d %H:%M"), row.actor, row.summary])
                item.setToolTip(2, row.summary)
                items.append(item)
        self._tree.addTopLevelItems(items)
        self.setTitle(self.tr("History of {0} ({1})").format(code, len(items)))

    def count(self) -> int:
        return self._tree.topLevelItemCount()

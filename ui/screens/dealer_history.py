"""A dealer's history from the audit trail: the records about the dealer itself (edits, scores), newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coop_desk.errors import CoopDeskError
from ui.context import ScreenContext
from ui.widgets.history import HistoryPanel

HISTORY_LIMIT = 5000


class DealerHistoryPanel(HistoryPanel):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "dealer", parent)

    def load(self, code: str | None, label: str = "") -> None:  # type: ignore[override]
        if code is None:
            super().load(None)
            return
        try:
            dealer_id = self.context.services.dealers.get(code).id
        except CoopDeskError:
            super().load(None)
            return
        super().load(dealer_id, label or code)

"""Dashboard: where the year's money stands, charts by channel, quarter and region, and the to-do list."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coop_desk.services import Entity
from ui.charts import BarChartView
from ui.context import ScreenContext
from ui.dates import date_text
from ui.labels import stage_label
from ui.screens.base import Screen
from ui.text import tr_text


class _Card(QFrame):
    """One figure with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.value = QLabel("—")
        self.value.setObjectName("CardValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("CardCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)  # five cards side by side fit 1090 wide in Russian
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class DashboardScreen(Screen):
    """Figures from SummaryService; to-do counts open the filtered screen."""

    #: Every change: the to-do list counts a bit of everything.
    watches = frozenset(Entity)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._targets: dict[str, tuple[str, dict[str, Any]]] = {}
        self._counts: dict[str, int] = {}
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._title = QLabel()
        self._title.setObjectName("ScreenTitle")
        self._cards = {
            "budget": _Card(self.tr("Budget")),
            "allocated": _Card(self.tr("Allocated to dealers")),
            "approved": _Card(self.tr("Approved reimbursements")),
            "paid": _Card(self.tr("Paid to dealers")),
            "remaining": _Card(self.tr("Allocated, not yet claimed")),
        }
        cards = QGridLayout()  # three a row: the amounts stay whole beside the to-do list on a laptop
        cards.setSpacing(8)
        for i, card in enumerate(self._cards.values()):
            cards.addWidget(card, i // 3, i % 3)
        for column in range(3):
            cards.setColumnStretch(column, 1)
        self._by_channel = BarChartView(self.tr("Spending by channel"), horizontal=True)
        self._by_quarter = BarChartView(self.tr("Spending by quarter"))
        self._by_region = BarChartView(self.tr("Allocation by region"), horizontal=True)
        self._todo = self._build_todo()
        grid = QGridLayout()
        grid.setSpacing(10)
        # Channels and regions have long names: their charts take the whole width, so no name is cut to "…".
        grid.addWidget(self._by_channel, 0, 0, 1, 2)
        grid.addWidget(self._by_quarter, 1, 0, 1, 2)
        grid.addWidget(self._by_region, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._empty = QLabel()
        self._empty.setObjectName("Hint")
        self._empty.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._empty)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        # The to-do list stays in view beside the scrolling figures: its lines are never below the edge.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 12, 12)
        outer.addWidget(scroll, 3)
        outer.addWidget(self._todo, 1)  # as wide as its longest line needs, no wider than a quarter otherwise

    def _build_todo(self) -> QGroupBox:
        box = QGroupBox(self.tr("To do"))
        layout = QVBoxLayout(box)
        layout.setSpacing(2)
        self._dated = QListWidget()
        self._dated.setObjectName("todo-dated")
        self._dated.setWordWrap(True)
        self._dated.setResizeMode(QListView.ResizeMode.Adjust)
        self._dated.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._dated.setSpacing(2)
        self._dated.setMinimumHeight(90)
        self._dated.itemActivated.connect(self._on_dated_activated)
        self._dated.itemClicked.connect(self._on_dated_activated)
        layout.addWidget(self._dated, 1)
        self._todo_buttons: dict[str, QPushButton] = {}
        for key in ("drafts", "mockups", "claims", "late", "duplicates", "unused"):
            button = QPushButton()
            button.setObjectName(f"todo-{key}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; padding: 3px 4px;")
            button.setProperty("todo", key)
            layout.addWidget(button)
            self._todo_buttons[key] = button
        self._todo_hint = QLabel(self.tr("Click a line to open the list it counts."))
        self._todo_hint.setObjectName("Hint")
        self._todo_hint.setWordWrap(True)
        layout.addWidget(self._todo_hint)
        return box

    def _connect_signals(self) -> None:
        for button in self._todo_buttons.values():
            button.clicked.connect(self._on_todo_clicked)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.context.year
        if year is None:
            self._title.setText(self.tr("Dashboard"))
            self._empty.setText(self.tr("No programme year yet: start one from the File menu."))
            self._empty.show()
            return
        services = self.context.services
        summary = services.summary.year(year)
        money = self.context.money
        self._title.setText(self.tr("Programme year {0} — {1}").format(year, stage_label(summary.stage)))
        self._cards["budget"].value.setText(money(summary.budget, summary.currency))
        self._cards["allocated"].value.setText(money(summary.allocated, summary.currency))
        self._cards["approved"].value.setText(money(summary.approved, summary.currency))
        self._cards["paid"].value.setText(money(summary.paid, summary.currency))
        self._cards["remaining"].value.setText(money(summary.remaining, summary.currency))
        no_claims = not any(b.claims for b in summary.by_channel)
        self._empty.setVisible(no_claims)
        self._empty.setText(self.tr("No claims yet: the spending charts fill in once claims are approved."))
        approved, paid = self.tr("Approved"), self.tr("Paid")
        self._by_channel.set_data(
            [self.context.channel(b.key) for b in summary.by_channel],
            [(approved, [b.approved for b in summary.by_channel]), (paid, [b.paid for b in summary.by_channel])],
        )
        self._by_quarter.set_data(
            [b.key for b in summary.by_quarter],
            [(approved, [b.approved for b in summary.by_quarter]), (paid, [b.paid for b in summary.by_quarter])],
        )
        self._refresh_regions(summary)
        self._refresh_todo(year, summary)
        self._refresh_dated(year)

    def _refresh_dated(self, year: int) -> None:
        """The service's dated items (SummaryService.todo), earliest first; a click opens the screen."""
        self._dated.clear()
        window: Any = self.window()
        available = set(window.screen_names()) if hasattr(window, "screen_names") else None
        for item in self.context.services.summary.todo(year):
            row = QListWidgetItem(self.tr("{0} — {1}").format(date_text(item.due), tr_text(item.text)))
            reachable = available is None or item.screen in available
            row.setData(Qt.ItemDataRole.UserRole, (item.screen, dict(item.filters)) if reachable else None)
            self._dated.addItem(row)
        if not self._dated.count():
            self._dated.addItem(QListWidgetItem(self.tr("Nothing dated to do")))

    def _refresh_regions(self, summary: Any) -> None:
        # The regional allocation is summed here only as a bar height (never shown as an amount).
        per_region: dict[str, list[Decimal]] = defaultdict(list)
        for dealer in summary.dealers:
            per_region[dealer.region].append(dealer.allocated)
        regions = sorted(per_region)
        approved_by_region = {b.key: b.approved for b in summary.by_region}
        self._by_region.set_data(
            regions,
            [
                (self.tr("Allocated"), [_plot_total(per_region[r]) for r in regions]),
                (self.tr("Approved"), [approved_by_region.get(r, Decimal(0)) for r in regions]),
            ],
        )

    def _refresh_todo(self, year: int, summary: Any) -> None:
        services = self.context.services
        statuses = dict(summary.claims_by_status)
        at = self.context.stage_allows
        # drafts matter until the plan is consolidated
        drafting = at("plans.record_draft", summary.stage) or at("plans.record_consolidation", summary.stage)
        missing = len(services.plans.missing_drafts(year)) if drafting else 0
        waiting = len(services.mockups.queue(year))
        to_check = statuses.get("submitted", 0)
        unused = [d.code for d in summary.dealers if d.allocated and d.approved * 2 < d.allocated]
        claims_come_in = at("claims.file", summary.stage)
        likely_unused = unused if claims_come_in else []
        pairs = services.claims.duplicate_pairs(year)
        pair_dealers = {p.dealer_code for p in pairs}
        items: dict[str, tuple[int, str, str, dict[str, Any]]] = {
            "drafts": (missing, self.tr("{0} dealer draft(s) missing"), "plans", {"missing": True}),
            "mockups": (waiting, self.tr("{0} mockup(s) waiting for review"), "mockups", {"status": "submitted"}),
            "claims": (to_check, self.tr("{0} claim(s) to check"), "claims", {"status": "submitted"}),
            "late": (summary.late_claims, self.tr("{0} late claim(s)"), "claims", {"late": True}),
            "duplicates": (
                len(pairs),
                self.tr("{0} pair(s) of stored claims for the same invoice (R8): check them"),
                "claims",
                {"text": next(iter(pair_dealers))} if len(pair_dealers) == 1 else {},  # one dealer: its claims
            ),
            "unused": (
                len(likely_unused),
                self.tr("{0} dealer(s) likely to leave funds unused"),
                "dealers",
                {"codes": likely_unused},
            ),
        }
        window: Any = self.window()
        available = set(window.screen_names()) if hasattr(window, "screen_names") else None
        for key, (count, text, screen, filters) in items.items():
            button = self._todo_buttons[key]
            self._counts[key] = count
            button.setText(("●  " if count else "○  ") + text.format(count))
            reachable = available is None or screen in available
            button.setEnabled(bool(count) and reachable)
            button.setToolTip("" if reachable else self.tr("This list is not part of this version yet"))
            self._targets[key] = (screen, filters)
        # Claims stored before R8's normal form that it makes one invoice: a line only when there are any.
        self._todo_buttons["duplicates"].setVisible(bool(pairs))
        if pairs and self._todo_buttons["duplicates"].isEnabled():
            self._todo_buttons["duplicates"].setToolTip("\n".join(tr_text(p.text) for p in pairs))

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_todo_clicked(self) -> None:
        key = self.sender().property("todo")
        if key in self._targets:
            screen, filters = self._targets[key]
            self.context.open_screen(screen, **filters)

    @Slot(QListWidgetItem)
    def _on_dated_activated(self, row: QListWidgetItem) -> None:
        target = row.data(Qt.ItemDataRole.UserRole)
        if target:
            screen, filters = target
            self.context.open_screen(screen, **filters)

    def dated_rows(self) -> list[str]:
        """The dated to-do lines as shown ("<date> — <sentence>")."""
        return [self._dated.item(i).text() for i in range(self._dated.count())]

    def todo_count(self, key: str) -> int:
        """The count shown on a to-do line."""
        return self._counts.get(key, 0)


def _plot_total(amounts: list[Decimal]) -> Decimal:
    """Sum for plotting only (the bar height); never shown as text."""
    return sum(amounts, Decimal(0))

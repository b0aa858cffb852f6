"""Mockups: the review queue and the archive, the mockup as large as the screen allows, and the decision (R6).

Layout: the list (Queue | Decided) on the left, narrow and collapsible, with the details and the history under
it in a vertical splitter (collapsible too, never over the picture); the picture takes the rest; the decision
bar under it is always on screen. F or a double-click shows the picture full screen, Esc leaves.

Keys while the queue or the picture has the focus (in the comment box and the filters they type as usual):
0–9 set the count of other brands; A approve, C request changes, R reject (then the next mockup of the queue
is selected and the focus is back on the queue); J / K next / previous; "+" or "=" zoom in, "-" zoom out,
Ctrl+0 fit, Ctrl+1 100 %, Ctrl+wheel zooms; Page Up / Down change page; F full screen, Esc leaves it;
Ctrl+Z undoes the last decision while its Undo bar shows (ten seconds).

Approving at the own-brand rate (0 other brands) while part of the ad was never on screen at a legible scale
(``ImageViewer.unseen_pages``) asks once before approving.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from coop_desk import rules
from coop_desk.money import format_percent
from coop_desk.services import Entity
from coop_desk.services.mockups import MockupView
from coop_desk.services.plan_views import ConsolidatedRow
from models.enums import MockupStatus, Stage
from ui.context import ScreenContext
from ui.models.mockups import MockupQueueTableModel
from ui.numbers import number_locale
from ui.screens.base import Screen
from ui.screens.dealer_page import attach_dealer_page
from ui.screens.mockup_archive import MockupArchivePanel
from ui.screens.mockup_details import MockupDetails
from ui.screens.mockup_submit import MockupDrops, SubmitMockupButton
from ui.text import tr_text
from ui.widgets.mockup_decision import MockupDecisionBar
from ui.widgets.mockup_preview import MockupPreview
from ui.widgets.tables import fit_columns, make_proxy, make_table, select_id, selected_row
from ui.widgets.undo_bar import UNDO_MS, UndoBar
from ui.window_layout import remember_filter

#: Reads an attachment's bytes and media type by id (AttachmentService.read by default).
AttachmentReader = Callable[[int], tuple[bytes, str]]
QUEUE, DECIDED = 0, 1
LIST_WIDTH = 270  # the list column at first: narrow, so the picture takes most of the screen


class MockupsScreen(Screen):
    """Go through the mockups waiting for a decision: look, count the other brands, decide, next."""

    watches = frozenset({Entity.MOCKUPS, Entity.YEAR, Entity.ALLOCATION})

    def __init__(
        self,
        context: ScreenContext,
        parent: QWidget | None = None,
        *,
        attachment_reader: AttachmentReader | None = None,
        undo_ms: int = UNDO_MS,
    ) -> None:
        super().__init__(context, parent)
        self._read_attachment = attachment_reader or context.services.attachments.read
        self._base = Decimal("0.5")
        self._stage: Stage | None = None
        self._activities: dict[str, ConsolidatedRow] = {}
        self._shown: tuple[int, int | None] | None = None  # the mockup and file on screen
        self._undo_target: tuple[int, int] | None = None  # the mockup last decided and its version since
        self._full_window: QWidget | None = None  # the picture alone on the screen (F)
        self._full_keys: dict[str, QShortcut] = {}
        self._mode_chosen = False
        self._sized = False
        self._model = MockupQueueTableModel(self, lang=context.lang, channel=context.channel)
        self._proxy = make_proxy(self._model, self)
        self._build(undo_ms)
        self._connect_signals()

    # -- building ------------------------------------------------------------------------------
    def _build(self, undo_ms: int) -> None:
        self._filter = QLineEdit(self)
        remember_filter(self._filter, "text")
        self._filter.setPlaceholderText(self.tr("Filter the queue…"))
        self._filter.setClearButtonEnabled(True)
        self._view = make_table(self._proxy, self, stretch=MockupQueueTableModel.Column.TITLE)
        attach_dealer_page(self._view, self.context)
        queue = QWidget(self)
        queue_layout = QVBoxLayout(queue)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        self.submit_button = SubmitMockupButton(self.context, self)
        self.drops = MockupDrops(self, self.submit_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self._filter, 1)
        filter_row.addWidget(self.submit_button)
        queue_layout.addLayout(filter_row)
        queue_layout.addWidget(self._view, 1)
        self.archive = MockupArchivePanel(self.context, self)
        self._mode = QTabBar(self)
        self._mode.addTab(self.tr("Queue"))
        self._mode.addTab(self.tr("Decided"))
        self._mode.setExpanding(False)
        self._lists = QStackedWidget(self)
        self._lists.addWidget(queue)
        self._lists.addWidget(self.archive)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        top_layout.addWidget(self._mode)
        top_layout.addWidget(self._lists, 1)
        self.details = MockupDetails(self.context, self)
        self.history = self.details.history
        self._side = QSplitter(Qt.Orientation.Vertical, self)
        self._side.addWidget(top)
        self._side.addWidget(self.details)
        self._side.setSizes([300, 240])
        self.preview = MockupPreview(self)
        self._viewer = self.preview.viewer
        self._split = QSplitter(Qt.Orientation.Horizontal, self)
        self._split.addWidget(self._side)
        self._split.addWidget(self.preview)
        self._split.setStretchFactor(0, 0)
        self._split.setStretchFactor(1, 1)
        self._split.setSizes([LIST_WIDTH, 820])
        self.undo_bar = UndoBar(self, timeout_ms=undo_ms)
        self.decision = MockupDecisionBar(self)
        self._brands, self._rate, self._comment = self.decision.brands, self.decision.rate, self.decision.comment
        self._approve, self._reject, self._changes = self.decision.decision_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self._split, 1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.decision)
        self._shortcuts = self._bind_keys(self)

    def _connect_signals(self) -> None:
        self._filter.textChanged.connect(self._proxy.set_text)
        self._view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self._mode.currentChanged.connect(self._on_mode_current_changed)
        self.archive.selection_changed.connect(self._on_archive_selection_changed)
        self.archive.reopened.connect(self._on_archive_reopened)
        self._brands.valueChanged.connect(self._on_brands_value_changed)
        self._approve.clicked.connect(self.approve_current)
        self._reject.clicked.connect(self.reject_current)
        self._changes.clicked.connect(self.request_changes_current)
        self.decision.next.clicked.connect(self.select_next)
        self.decision.previous.clicked.connect(self.select_previous)
        self.preview.full_screen_requested.connect(self.toggle_full_screen)
        self.preview.list_toggled.connect(self._side.setVisible)
        self.undo_bar.undo_requested.connect(self.undo_last)

    def _bind_keys(self, parent: QWidget) -> dict[str, QShortcut]:
        """The screen's keys (module docstring) on ``parent``: the screen, or the full-screen window."""
        keys = ["A", "R", "C", "J", "K", "F", "Esc", "+", "=", "-", "Ctrl+0", "Ctrl+1", *"0123456789"]
        s = {
            key: QShortcut(QKeySequence(key), parent, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for key in keys
        }
        s["A"].activated.connect(self.approve_current)
        s["R"].activated.connect(self.reject_current)
        s["C"].activated.connect(self.request_changes_current)
        s["J"].activated.connect(self.select_next)
        s["K"].activated.connect(self.select_previous)
        s["F"].activated.connect(self.toggle_full_screen)
        s["Esc"].activated.connect(self.leave_full_screen)
        for key in ("+", "="):
            s[key].activated.connect(self._viewer.zoom_in)
        s["-"].activated.connect(self._viewer.zoom_out)
        s["Ctrl+0"].activated.connect(self._viewer.fit)
        s["Ctrl+1"].activated.connect(self._viewer.actual_size)
        for digit in "0123456789":
            s[digit].activated.connect(self._on_digit_activated)
        return s

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self._sized:  # the list keeps its narrow width whatever the window's: the picture gets the rest
            self._sized = True
            self._split.setSizes([LIST_WIDTH, max(self.width() - LIST_WIDTH, 1)])
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.leave_full_screen()  # another screen is shown: the picture comes back first
        super().hideEvent(event)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.context.year
        self.submit_button.update_state()
        current = self._queue_current()
        if year is None:
            self._model.set_rows([])
            self.archive.load(None)
            self._show(None)
            return
        services = self.context.services
        view = services.years.get(year)
        run = services.allocation.current(year) if view.stage != Stage.DRAFTING else None
        self._base = run.base_rate if run is not None and run.frozen else view.base_rate
        self._activities = {r.reference: r for r in services.plans.consolidated(year)}
        queue = services.mockups.queue(year)
        self._model.set_rows(queue)
        fit_columns(self._view)
        self._mode.setTabText(QUEUE, self.tr("Queue ({count})").format(count=len(queue)))
        self._stage = view.stage
        if not self._mode_chosen:  # after execution the queue is empty: the archive is what is left to see
            self._mode_chosen = True
            after = view.stage in (Stage.EVALUATION, Stage.CLOSED)
            self._mode.setCurrentIndex(DECIDED if after and not queue else QUEUE)
        self.archive.load(year)
        if not (current and select_id(self._view, self._proxy, self._model, current.id)):
            self._view.selectRow(0)
        self._show(self.current())
        self._on_brands_value_changed(self._brands.value())

    def apply_filter(self, filters: dict[str, Any]) -> None:
        self._filter.setText(str(filters.get("text", "")))

    def _queue_current(self) -> MockupView | None:
        row = selected_row(self._view, self._proxy)
        return row if isinstance(row, MockupView) else None

    def current(self) -> MockupView | None:
        """The mockup shown: the queue's selected one, or the archive's in the Decided view."""
        return self.archive.current() if self._mode.currentIndex() == DECIDED else self._queue_current()

    def queue_length(self) -> int:
        return self._proxy.rowCount()

    def show_archive(self, on: bool = True) -> None:
        self._mode.setCurrentIndex(DECIDED if on else QUEUE)

    # -- showing one mockup --------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        if self._mode.currentIndex() == QUEUE:
            self._show(self._queue_current())

    @Slot()
    def _on_archive_selection_changed(self) -> None:
        if self._mode.currentIndex() == DECIDED:
            self._show(self.archive.current())

    @Slot(int)
    def _on_mode_current_changed(self, index: int) -> None:
        self._lists.setCurrentIndex(index)
        self.decision.setVisible(index == QUEUE)
        self._show(self.current())

    def _show(self, m: MockupView | None) -> None:
        self._gate(m)
        reviewing = self._mode.currentIndex() == QUEUE
        key = (m.id, m.attachment_id) if m is not None else None
        if key == self._shown and m is not None:
            self.details.show_mockup(m, self._activities.get(m.reference))
            return  # the same mockup again (a refresh): what was seen, typed and zoomed stays
        self._shown = key
        if m is None:
            self.details.show_mockup(None, None)
            empty = self.tr("No mockup is waiting for a decision.") if reviewing else self.tr("No decided mockup.")
            self.preview.show_document(empty, None)
            self.preview.show_previous(None)
            return
        earlier = self.details.show_mockup(m, self._activities.get(m.reference))
        title = m.title or self.tr("Mockup {number} for {reference}").format(number=m.number, reference=m.reference)
        title = f"{m.reference} #{m.number} — {title}"
        if m.attachment_id is None:
            self.preview.show_document(title, None, self.tr("No file: the dealer sent only the title."))
        else:
            document = self._read_attachment(m.attachment_id)
            shown = self.preview.show_document(title, document)
            self.details.set_attachment_text(
                document[1] if shown else self.tr("{type}: cannot be shown").format(type=document[1])
            )
        previous = next((h for h in reversed(earlier) if h.number < m.number and h.attachment_id is not None), None)
        self.preview.show_previous(
            None
            if previous is None or previous.attachment_id is None
            else (
                self.tr("No. {number} ({status})").format(
                    number=previous.number, status=self.details.status_text(previous.status)
                ),
                self.tr("No. {number} (this one)").format(number=m.number),
                self._read_attachment(previous.attachment_id),
            )
        )
        if reviewing:
            self._brands.setValue(0)
            self._comment.clear()

    def _gate(self, m: MockupView | None) -> None:
        stage_why = self.tr("Mockups are decided on during the execution year.")
        waiting = m is not None and m.status == MockupStatus.SUBMITTED
        enabled = []
        for button, use_case in (
            (self._approve, "mockups.approve"),
            (self._reject, "mockups.reject"),
            (self._changes, "mockups.request_changes"),
        ):
            stage_ok = self.context.stage_allows(use_case, self._stage)
            enabled.append(self.context.gate(button, use_case, waiting and stage_ok, "" if stage_ok else stage_why))
        if enabled[0] and m is not None and m.approval_refusal:
            # nothing to look at: the mockup can only be rejected or sent back (issue 10, point 8)
            self._approve.setEnabled(False)
            self._approve.setToolTip(tr_text(m.approval_refusal))
        self._brands.setEnabled(any(enabled))
        self._comment.setEnabled(any(enabled))

    @Slot(int)
    def _on_brands_value_changed(self, value: int) -> None:
        self._rate.setText(self.tr("rate {formula}").format(formula=tr_text(rules.rate_explained(value, self._base))))

    @Slot()
    def _on_digit_activated(self) -> None:
        shortcut = self.sender()
        if isinstance(shortcut, QShortcut) and self._brands.isEnabled():
            self._brands.setValue(int(shortcut.key().toString()))

    # -- full screen ---------------------------------------------------------------------------
    def is_full_screen(self) -> bool:
        return self._full_window is not None

    @Slot()
    def toggle_full_screen(self) -> None:
        """The picture, the Undo bar and the decision bar alone on the screen, in a window of their own."""
        if self._full_window is not None:
            self.leave_full_screen()
            return
        full = QWidget(None, Qt.WindowType.Window)
        full.setWindowTitle(self.window().windowTitle())
        layout = QVBoxLayout(full)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.decision)
        self._full_keys = self._bind_keys(full)
        self._full_window = full
        full.showFullScreen()
        self._viewer.setFocus()

    @Slot()
    def leave_full_screen(self) -> None:
        full, self._full_window = self._full_window, None
        if full is None:
            return
        self._split.insertWidget(1, self.preview)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.undo_bar)
        layout.insertWidget(2, self.decision)
        self._full_keys = {}
        full.close()
        full.deleteLater()
        self._viewer.setFocus()

    # -- deciding ------------------------------------------------------------------------------
    def _reviewing(self) -> MockupView | None:
        return self._queue_current() if self._mode.currentIndex() == QUEUE else None

    @Slot()
    def approve_current(self) -> None:
        m = self._reviewing()
        if m is None or not self._approve.isEnabled() or not self._seen_enough():
            return
        self._decide(
            self.context.services.mockups.approve,
            m,
            self._brands.value(),
            comment=self._comment.toPlainText(),
            expected_version=m.version,
        )

    def _seen_enough(self) -> bool:
        """At the own-brand rate with part of the ad never on screen: ask once whether to approve anyway."""
        unseen = self._viewer.unseen_pages() if self._viewer.has_image() else []
        if self._brands.value() != 0 or not unseen:
            return True
        rate = format_percent(rules.reimbursement_rate(0, self._base), number_locale(self.context.lang))
        text = self.tr("Part of the ad was never on screen: approve at {rate}?").format(rate=rate)
        if self._viewer.page_count() > 1:
            pages = ", ".join(str(p) for p in unseen)
            text += "\n" + self.tr("Pages not yet seen in full: {pages}.").format(pages=pages)
        answer = QMessageBox.question(
            self,
            self.tr("Approve without seeing all of it?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def reject_current(self) -> None:
        m = self._reviewing()
        if m is not None and self._reject.isEnabled():
            fn = self.context.services.mockups.reject
            self._decide(fn, m, self._comment.toPlainText(), expected_version=m.version)

    @Slot()
    def request_changes_current(self) -> None:
        m = self._reviewing()
        if m is not None and self._changes.isEnabled():
            fn = self.context.services.mockups.request_changes
            self._decide(fn, m, self._comment.toPlainText(), expected_version=m.version)

    def _decide(self, fn: Callable[..., Any], m: MockupView, *args: Any, **kwargs: Any) -> None:
        row = self._view.currentIndex().row()
        if self.context.attempt(self, fn, m.id, *args, **kwargs) is None:
            return
        decided = self.context.services.mockups.get(m.id)
        self._undo_target = (decided.id, decided.version)
        self.undo_bar.offer(self._decided_text(decided))
        self.refresh()  # the decided mockup leaves the queue; the next one takes its place
        if self._proxy.rowCount():
            self._view.selectRow(min(max(row, 0), self._proxy.rowCount() - 1))
        self._view.setFocus()

    def _decided_text(self, m: MockupView) -> str:
        which = f"{m.reference} #{m.number}"
        if m.status == MockupStatus.APPROVED and m.rate is not None:
            rate = format_percent(m.rate, number_locale(self.context.lang))
            return self.tr("Approved {mockup} at {rate}").format(mockup=which, rate=rate)
        if m.status == MockupStatus.REJECTED:
            return self.tr("Rejected {mockup}").format(mockup=which)
        return self.tr("Changes requested for {mockup}").format(mockup=which)

    @Slot()
    def undo_last(self) -> None:
        """Take the last decision back (the Undo bar): the mockup is back in the queue, selected."""
        if self._undo_target is None:
            return
        mockup_id, version = self._undo_target
        self._undo_target = None
        fn = self.context.services.mockups.undo_decision
        if self.context.attempt(self, fn, mockup_id, expected_version=version) is None:
            return
        self._mode.setCurrentIndex(QUEUE)
        self.refresh()
        select_id(self._view, self._proxy, self._model, mockup_id)
        self._view.setFocus()

    @Slot(int)
    def _on_archive_reopened(self, mockup_id: int) -> None:
        self.refresh()

    @Slot()
    def select_next(self) -> None:
        self._step(1)

    @Slot()
    def select_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        view = self._view if self._mode.currentIndex() == QUEUE else self.archive.view
        count = view.model().rowCount()
        if count:
            view.selectRow(min(max(view.currentIndex().row() + delta, 0), count - 1))

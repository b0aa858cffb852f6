"""Mockups: the review queue, the mockup and its activity, and the decision (R6: the count of other brands).

Keyboard: A approve, R reject, C request changes, J next, K previous (while the comment box has the
focus, letters type into it as usual).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coop_desk import rules
from coop_desk.services import Entity
from coop_desk.services.mockups import MAX_OTHER_BRANDS, MockupView
from coop_desk.services.plan_views import ConsolidatedRow
from models.enums import MockupStatus, Stage
from ui.context import ScreenContext
from ui.models.mockups import MockupQueueTableModel
from ui.models.row_table import date_text
from ui.screens.base import Screen
from ui.text import tr_text
from ui.widgets.history import HistoryPanel
from ui.widgets.image_viewer import ImageViewer
from ui.widgets.tables import fit_columns, make_proxy, make_table, select_id, selected_row

#: Reads an attachment's bytes and media type by id (AttachmentService.read by default).
AttachmentReader = Callable[[int], tuple[bytes, str]]


class MockupsScreen(Screen):
    """Go through the mockups waiting for a decision: look, count the other brands, decide, next."""

    watches = frozenset({Entity.MOCKUPS, Entity.YEAR, Entity.ALLOCATION})

    def __init__(
        self,
        context: ScreenContext,
        parent: QWidget | None = None,
        *,
        attachment_reader: AttachmentReader | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._read_attachment = attachment_reader or context.services.attachments.read
        self._base = Decimal("0.5")
        self._stage: Stage | None = None
        self._activities: dict[str, ConsolidatedRow] = {}
        self._model = MockupQueueTableModel(self, lang=context.lang)
        self._proxy = make_proxy(self._model, self)
        self._build()
        self._connect_signals()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self._filter = QLineEdit(self)
        self._filter.setPlaceholderText(self.tr("Filter the queue…"))
        self._filter.setClearButtonEnabled(True)
        self._count = QLabel(self)
        C = MockupQueueTableModel.Column
        self._view = make_table(self._proxy, self, stretch=C.TITLE)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self._filter, 1)
        row.addWidget(self._count)
        left_layout.addLayout(row)
        left_layout.addWidget(self._view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_preview())
        right_layout.addWidget(self._build_details())
        self.history = HistoryPanel(self.context, "mockup", self)
        right_layout.addWidget(self.history)
        if self._read_attachment is None:
            right_layout.addStretch(1)
        right_layout.addWidget(self._build_decision())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._shortcuts = {
            key: QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for key in ("A", "R", "C", "J", "K")
        }

    def _build_preview(self) -> QWidget:
        """The title, and (when attachments can be read) the picture with its zoom buttons."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel(self)
        self._title.setTextFormat(Qt.TextFormat.PlainText)  # titles come from dealers: shown as text
        self._title.setWordWrap(True)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._title.setFont(font)
        self._viewer = ImageViewer(self)
        self._viewer.setMinimumHeight(260)
        self._viewer.setVisible(self._read_attachment is not None)
        self._zoom_buttons = QWidget(self)
        zoom = QHBoxLayout(self._zoom_buttons)
        zoom.setContentsMargins(0, 0, 0, 0)
        self._fit = QPushButton(self.tr("Fit"), self)
        self._zoom_in = QPushButton(self.tr("Zoom in"), self)
        self._zoom_out = QPushButton(self.tr("Zoom out"), self)
        for button in (self._fit, self._zoom_in, self._zoom_out):
            zoom.addWidget(button)
        zoom.addStretch(1)
        self._zoom_buttons.setVisible(self._read_attachment is not None)
        layout.addWidget(self._title)
        layout.addWidget(self._viewer, 1)
        layout.addWidget(self._zoom_buttons)
        return box

    def _build_details(self) -> QWidget:
        self._details = QFormLayout()
        self._fields: dict[str, QLabel] = {}
        for key, label in (
            ("dealer", self.tr("Dealer")),
            ("activity", self.tr("Activity")),
            ("channel", self.tr("Channel")),
            ("month", self.tr("Month")),
            ("cost", self.tr("Cost in the plan")),
            ("placement", self.tr("Placement / vendor")),
            ("idea", self.tr("Idea")),
            ("submitted", self.tr("Submitted")),
            ("history", self.tr("Earlier mockups")),
            ("attachment", self.tr("Attachment")),
        ):
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)  # names and ideas come from workbooks
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fields[key] = value
            self._details.addRow(label + ":", value)
        self._details_box = QGroupBox(self.tr("The activity"), self)
        self._details_box.setLayout(self._details)
        return self._details_box

    def _build_decision(self) -> QWidget:
        self._brands = QSpinBox(self)
        self._brands.setRange(0, MAX_OTHER_BRANDS)
        self._brands.setToolTip(self.tr("How many brands other than ours the mockup shows (R6)"))
        self._rate = QLabel(self)
        self._comment = QPlainTextEdit(self)
        self._comment.setPlaceholderText(self.tr("Comment (required to reject or to request changes)"))
        self._comment.setMaximumHeight(80)
        self._approve = QPushButton(self.tr("Approve  (A)"), self)
        self._reject = QPushButton(self.tr("Reject  (R)"), self)
        self._changes = QPushButton(self.tr("Request changes  (C)"), self)
        self._previous = QPushButton(self.tr("◀ Previous  (K)"), self)
        self._next = QPushButton(self.tr("Next  (J) ▶"), self)
        self._decision = QGroupBox(self.tr("Decision"), self)
        form = QFormLayout(self._decision)
        brands_row = QHBoxLayout()
        brands_row.addWidget(self._brands)
        brands_row.addWidget(self._rate, 1)
        form.addRow(self.tr("Other brands shown:"), brands_row)
        form.addRow(self.tr("Comment:"), self._comment)
        buttons = QHBoxLayout()
        for button in (self._approve, self._changes, self._reject):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self._previous)
        buttons.addWidget(self._next)
        form.addRow(buttons)
        return self._decision

    def _connect_signals(self) -> None:
        self._filter.textChanged.connect(self._proxy.set_text)
        self._view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self._brands.valueChanged.connect(self._on_brands_value_changed)
        self._approve.clicked.connect(self.approve_current)
        self._reject.clicked.connect(self.reject_current)
        self._changes.clicked.connect(self.request_changes_current)
        self._next.clicked.connect(self.select_next)
        self._previous.clicked.connect(self.select_previous)
        self._fit.clicked.connect(self._viewer.fit)
        self._zoom_in.clicked.connect(self._viewer.zoom_in)
        self._zoom_out.clicked.connect(self._viewer.zoom_out)
        self._shortcuts["A"].activated.connect(self.approve_current)
        self._shortcuts["R"].activated.connect(self.reject_current)
        self._shortcuts["C"].activated.connect(self.request_changes_current)
        self._shortcuts["J"].activated.connect(self.select_next)
        self._shortcuts["K"].activated.connect(self.select_previous)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.context.year
        current = self.current()
        if year is None:
            self._model.set_rows([])
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
        self._count.setText(self.tr("{count} waiting").format(count=len(queue)))
        self._stage = view.stage
        if not (current and select_id(self._view, self._proxy, self._model, current.id)):
            self._view.selectRow(0)
        if self._proxy.rowCount() == 0:
            self._show(None)
        self._on_brands_value_changed(self._brands.value())

    def apply_filter(self, filters: dict[str, Any]) -> None:
        self._filter.setText(str(filters.get("text", "")))

    def current(self) -> MockupView | None:
        row = selected_row(self._view, self._proxy)
        return row if isinstance(row, MockupView) else None

    def queue_length(self) -> int:
        return self._proxy.rowCount()

    # -- showing one mockup --------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show(self.current())

    def _show(self, m: MockupView | None) -> None:
        self.history.load(m.id if m is not None else None, f"{m.reference} #{m.number}" if m is not None else "")
        self._details_box.setVisible(m is not None)
        self._decision.setVisible(m is not None)
        stage_why = self.tr("Mockups are decided on during the execution year.")
        enabled = []
        for button, use_case in (
            (self._approve, "mockups.approve"),
            (self._reject, "mockups.reject"),
            (self._changes, "mockups.request_changes"),
        ):
            stage_ok = self.context.stage_allows(use_case, self._stage)
            why = "" if stage_ok else stage_why
            enabled.append(self.context.gate(button, use_case, m is not None and stage_ok, why))
        if enabled[0] and m is not None and m.approval_refusal:
            # nothing to look at: the mockup can only be rejected or sent back (issue 10, point 8)
            self._approve.setEnabled(False)
            self._approve.setToolTip(tr_text(m.approval_refusal))
        self._brands.setEnabled(any(enabled))
        self._comment.setEnabled(any(enabled))
        if m is None:
            self._title.setText(self.tr("No mockup is waiting for a decision."))
            for label in self._fields.values():
                label.clear()
            self._viewer.set_image(None)
            return
        fallback = self.tr("Mockup {number} for {reference}").format(number=m.number, reference=m.reference)
        self._title.setText(m.title or fallback)
        activity = self._activities.get(m.reference)
        currency = self.context.currency()
        f = self._fields
        f["dealer"].setText(f"{m.dealer_code} — {m.dealer_name} ({m.region})")
        f["activity"].setText(self.tr("{reference}, mockup {number}").format(reference=m.reference, number=m.number))
        f["channel"].setText(m.channel)
        f["submitted"].setText(date_text(m.submitted_on))
        if activity is not None:
            f["month"].setText(str(activity.month))
            f["cost"].setText(self.context.money(activity.cost, currency))
            f["placement"].setText(" / ".join(x for x in (activity.placement, activity.vendor) if x) or "—")
            f["idea"].setText(activity.idea)
        history = [
            h
            for h in self.context.services.mockups.list_mockups(m.year, reference=m.reference)
            if h.id != m.id and h.status != MockupStatus.SUBMITTED
        ]
        f["history"].setText(
            "\n".join(
                f"{h.number}: {self._status_text(h.status)} {date_text(h.decided_on)}"
                + (f" — {h.comment}" if h.comment else "")
                for h in history
            )
            or "—"
        )
        self._show_attachment(m)
        self._brands.setValue(0)
        self._comment.clear()

    def _status_text(self, status: MockupStatus) -> str:
        return {
            MockupStatus.SUBMITTED: self.tr("waiting"),
            MockupStatus.APPROVED: self.tr("approved"),
            MockupStatus.REJECTED: self.tr("rejected"),
            MockupStatus.CHANGES_REQUESTED: self.tr("changes requested"),
        }[status]

    def _show_attachment(self, m: MockupView) -> None:
        label = self._fields["attachment"]
        if m.attachment_id is None:
            label.setText(self.tr("none: the dealer sent only the title, so it cannot be approved"))
            self._viewer.set_image(None)
            return
        if self._read_attachment is None:
            label.setText(self.tr("file {id} (no preview in this version)").format(id=m.attachment_id))
            return
        data, media_type = self._read_attachment(m.attachment_id)
        shown = self._viewer.load(data, media_type)
        label.setText(media_type if shown else self.tr("{type}: cannot be shown").format(type=media_type))

    @Slot(int)
    def _on_brands_value_changed(self, value: int) -> None:
        self._rate.setText(self.tr("rate {formula}").format(formula=tr_text(rules.rate_explained(value, self._base))))

    # -- deciding ------------------------------------------------------------------------------
    @Slot()
    def approve_current(self) -> None:
        m = self.current()
        if m is None or not self._approve.isEnabled():
            return
        self._decide(
            self.context.services.mockups.approve,
            m.id,
            self._brands.value(),
            comment=self._comment.toPlainText(),
            expected_version=m.version,
        )

    @Slot()
    def reject_current(self) -> None:
        m = self.current()
        if m is None or not self._reject.isEnabled():
            return
        self._decide(
            self.context.services.mockups.reject, m.id, self._comment.toPlainText(), expected_version=m.version
        )

    @Slot()
    def request_changes_current(self) -> None:
        m = self.current()
        if m is None or not self._changes.isEnabled():
            return
        self._decide(
            self.context.services.mockups.request_changes,
            m.id,
            self._comment.toPlainText(),
            expected_version=m.version,
        )

    def _decide(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        row = self._view.currentIndex().row()
        if self.context.attempt(self, fn, *args, **kwargs) is None:
            return
        self.refresh()  # the decided mockup leaves the queue; the next one takes its place
        if self._proxy.rowCount():
            self._view.selectRow(min(max(row, 0), self._proxy.rowCount() - 1))

    @Slot()
    def select_next(self) -> None:
        self._step(1)

    @Slot()
    def select_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        count = self._proxy.rowCount()
        if not count:
            return
        row = self._view.currentIndex().row()
        self._view.selectRow(min(max(row + delta, 0), count - 1))

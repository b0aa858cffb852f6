"""The details of the mockup on the mockups screen: its activity, its decision and earlier versions, its history.

A vertical splitter of its own (the details, the history), each part collapsible; it sits under the list and
never over the picture."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from coop_desk.services.mockups import MockupView
from coop_desk.services.plan_views import ConsolidatedRow
from models.enums import MockupStatus
from ui.context import ScreenContext
from ui.labels import mockup_status_label
from ui.models.row_table import date_text
from ui.text import tr_text
from ui.widgets.history import HistoryPanel


class MockupDetails(QSplitter):
    """The activity and decision of one mockup (a form that scrolls) over its audit history."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.context = context
        form_widget = QWidget(self)
        self._form = QFormLayout(form_widget)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setContentsMargins(4, 4, 4, 4)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("title", self.tr("Title")),
            ("dealer", self.tr("Dealer")),
            ("activity", self.tr("Activity")),
            ("channel", self.tr("Channel")),
            ("month", self.tr("Month")),
            ("cost", self.tr("Cost in the plan")),
            ("placement", self.tr("Placement / vendor")),
            ("idea", self.tr("Idea")),
            ("submitted", self.tr("Submitted")),
            ("decision", self.tr("Decision")),
            ("history", self.tr("Earlier mockups")),
            ("attachment", self.tr("Attachment")),
        ):
            value = QLabel(form_widget)
            value.setTextFormat(Qt.TextFormat.PlainText)  # names and ideas come from workbooks
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self._form.addRow(label + ":", value)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_widget)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(scroll)
        self.addWidget(holder)
        self.history = HistoryPanel(context, "mockup", self)
        self.addWidget(self.history)
        self.setSizes([200, 120])

    def status_text(self, status: MockupStatus) -> str:
        return mockup_status_label(status)

    def set_attachment_text(self, text: str) -> None:
        self.fields["attachment"].setText(text)

    def show_mockup(self, m: MockupView | None, activity: ConsolidatedRow | None) -> list[MockupView]:
        """Fill the form (None: empty it); returns the other mockups of the same activity, by number."""
        self.history.load(m.id if m is not None else None, f"{m.reference} #{m.number}" if m is not None else "")
        f = self.fields
        for key, label in f.items():
            if key != "attachment" or m is None:  # the screen says what the file is once it has read it
                label.clear()
        if m is None:
            return []
        f["title"].setText(m.title or "—")
        f["dealer"].setText(f"{m.dealer_code} — {m.dealer_name} ({m.region})")
        f["activity"].setText(self.tr("{reference}, mockup {number}").format(reference=m.reference, number=m.number))
        f["channel"].setText(self.context.channel(m.channel))
        f["submitted"].setText(date_text(m.submitted_on))
        if activity is not None:
            f["month"].setText(str(activity.month))
            f["cost"].setText(self.context.money(activity.cost, self.context.currency()))
            f["placement"].setText(" / ".join(x for x in (activity.placement, activity.vendor) if x) or "—")
            f["idea"].setText(activity.idea)
        f["decision"].setText(self._decision_text(m))
        others = [h for h in self.context.services.mockups.list_mockups(m.year, reference=m.reference) if h.id != m.id]
        f["history"].setText(
            "\n".join(
                f"{h.number}: {self.status_text(h.status)} {date_text(h.decided_on)}"
                + (f" — {h.comment}" if h.comment else "")
                for h in others
                if h.status != MockupStatus.SUBMITTED
            )
            or "—"
        )
        if m.attachment_id is None:
            f["attachment"].setText(self.tr("none: the dealer sent only the title, so it cannot be approved"))
        return others

    def _decision_text(self, m: MockupView) -> str:
        if m.status == MockupStatus.SUBMITTED:
            return self.tr("waiting")
        text = self.tr("{status} on {day} by {who}").format(
            status=self.status_text(m.status), day=date_text(m.decided_on), who=m.decided_by
        )
        if m.rate_text:
            text += f"; {tr_text(m.rate_text)}"
        return text + (f" — {m.comment}" if m.comment else "")

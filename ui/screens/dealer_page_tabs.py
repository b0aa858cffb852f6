"""The sections of the dealer page, each filled from the services' ``DealerYearView`` (nothing added up here)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from babel.numbers import format_decimal
from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError
from coop_desk.words import document_kind
from ui.labels import mockup_status_label
from ui.models.claims import status_text
from ui.numbers import number_locale
from ui.text import tr_text
from ui.widgets.pages import thumbnail
from ui.widgets.tables import leave_on_tab

if TYPE_CHECKING:
    from coop_desk.services.dealer_year import DealerYearView
    from ui.context import ScreenContext

THUMB = 64  # pixels: the width of a mockup's thumbnail


def _table(headers: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    leave_on_tab(table)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class SummaryTab(QWidget):
    """Score, k, cap, the allocation with its versions, and the balance (the statement's figures)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.values: dict[str, QLabel] = {}
        score_box = QGroupBox(self.tr("Score and allocation"), self)
        score_form = QFormLayout(score_box)
        for key, label in (
            ("score", self.tr("Score S")),
            ("k", self.tr("Coefficient k")),
            ("cap", self.tr("Cap")),
            ("request", self.tr("Request")),
            ("demand", self.tr("Demand")),
            ("line", self.tr("Allocated amount")),
        ):
            score_form.addRow(label, self._value(key))
        balance_box = QGroupBox(self.tr("Balance"), self)
        balance_form = QFormLayout(balance_box)
        for key, label in (
            ("allocated", self.tr("Allocated")),
            ("approved", self.tr("Approved")),
            ("paid", self.tr("Paid")),
            ("unpaid", self.tr("Approved, not yet paid")),
            ("remaining", self.tr("Remaining")),
        ):
            balance_form.addRow(label, self._value(key))
        self.versions = _table([self.tr("Frozen"), self.tr("By"), self.tr("Amount")], self)
        self.versions.horizontalHeader().setStretchLastSection(False)
        self.versions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        versions_box = QGroupBox(self.tr("Versions of the allocation"), self)
        QVBoxLayout(versions_box).addWidget(self.versions)
        row = QHBoxLayout()
        row.addWidget(score_box, 1)
        row.addWidget(balance_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(versions_box, 1)

    def _value(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setObjectName(f"value_{key}")
        self.values[key] = label
        return label

    def _number(self, value: Decimal, places: str) -> str:
        return format_decimal(value, format=places, locale=number_locale(self.context.lang))

    def load(self, view: DealerYearView) -> None:
        money = self.context.money
        line, score = view.allocation, view.score
        dash = "—"
        if line is not None:
            of = f" / {self._number(line.max_score, '#,##0.##')}" if line.max_score is not None else ""
            self.values["score"].setText(self._number(line.score, "#,##0.##") + of)
            self.values["k"].setText(self._number(line.coefficient, "0.000###"))
            self.values["cap"].setText(money(line.cap, view.currency))
        elif score is not None:
            self.values["score"].setText(
                f"{self._number(score.score, '#,##0.##')} / {self._number(score.max_score, '#,##0.##')}"
            )
            self.values["k"].setText(self._number(score.coefficient, "0.000###"))
            self.values["cap"].setText(money(score.cap, view.currency))
        else:
            for key in ("score", "k", "cap"):
                self.values[key].setText(dash)
        for key, amount in (
            ("request", line.request if line else None),
            ("demand", line.demand if line else None),
        ):
            self.values[key].setText(money(amount, view.currency) if amount is not None else dash)
        self.values["line"].setText(
            money(line.amount, view.currency) if line is not None else self.tr("No allocation this year")
        )
        b = view.balance
        for key, amount in (
            ("allocated", b.allocated),
            ("approved", b.approved),
            ("paid", b.paid),
            ("unpaid", b.approved - b.paid),
            ("remaining", b.remaining),
        ):
            self.values[key].setText(money(amount, view.currency))
        rows = [
            [
                f"{v.at:%Y-%m-%d %H:%M}",
                v.actor,
                money(v.amount, view.currency) if v.amount is not None else self.tr("no line"),
            ]
            for v in view.versions
        ]
        _fill(self.versions, rows, numeric=(2,))


class PlanTab(QWidget):
    """The dealer's planned activities and what the consolidated plan did with each."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = _table(
            [
                self.tr("Activity"),
                self.tr("Channel"),
                self.tr("Month"),
                self.tr("Planned cost"),
                self.tr("Counted cost"),
                self.tr("Consolidated"),
                self.tr("Idea"),
            ],
            self,
        )
        QVBoxLayout(self).addWidget(self.table)

    def load(self, view: DealerYearView) -> None:
        money, cur = self.context.money, view.currency
        included = {None: self.tr("not yet"), True: self.tr("included"), False: self.tr("dropped")}
        rows = [
            [
                a.reference,
                view.statement.channel_names.name(a.channel, self.context.lang),
                str(a.month),
                money(a.planned_cost, cur),
                money(a.cost, cur),
                included[a.included] + (f" — {a.note}" if a.note else ""),
                a.idea,
            ]
            for a in view.activities
        ]
        _fill(self.table, rows, numeric=(2, 3, 4))


class MockupsTab(QWidget):
    """The dealer's mockups with a small picture of each (drawn when the tab is first shown)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = _table(
            [self.tr("Mockup"), self.tr("Activity"), self.tr("No."), self.tr("Status"), self.tr("Submitted")], self
        )
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        QVBoxLayout(self).addWidget(self.table)
        self._attachments: list[int | None] = []
        self._drawn = False

    def load(self, view: DealerYearView) -> None:
        rows = [
            ["", m.reference, str(m.number), mockup_status_label(m.status), f"{m.submitted_on:%Y-%m-%d}"]
            for m in view.mockups
        ]
        _fill(self.table, rows)
        self._attachments = [m.attachment_id for m in view.mockups]
        self._drawn = False
        if self.isVisible():
            self.draw_thumbnails()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self.draw_thumbnails()

    @Slot()
    def draw_thumbnails(self) -> None:
        """Draw every mockup's thumbnail once (a file that cannot be shown keeps an empty cell)."""
        if self._drawn:
            return
        self._drawn = True
        for row, attachment_id in enumerate(self._attachments):
            item = self.table.item(row, 0)
            if item is None or attachment_id is None:
                continue
            try:
                data, media_type = self.context.services.attachments.read(attachment_id)
            except CoopDeskError:
                continue
            image = thumbnail(data, media_type, THUMB)
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def thumbnails(self) -> int:
        """How many mockups show a picture."""
        return sum(
            1
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, 0)) is not None and not item.icon().isNull()
        )


class ClaimsTab(QWidget):
    """The dealer's claims, each with its documents beneath it; double-click a document to see it."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                self.tr("Claim"),
                self.tr("Quarter"),
                self.tr("Activity"),
                self.tr("Status"),
                self.tr("Invoice"),
                self.tr("Reimbursement"),
                self.tr("Paid"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._on_item_double_clicked)
        QVBoxLayout(self).addWidget(self.tree)

    def load(self, view: DealerYearView) -> None:
        money = self.context.money
        self.tree.clear()
        for c in view.claims:
            item = QTreeWidgetItem(
                [
                    str(c.id),
                    self.tr("Q{quarter}").format(quarter=c.quarter),
                    c.reference,
                    status_text(c.status),
                    money(c.invoice_amount, c.currency),
                    money(c.reimbursement, view.currency) if c.reimbursement is not None else "—",
                    money(c.paid, view.currency),
                ]
            )
            for d in view.documents.get(c.id, ()):
                kind = tr_text(document_kind(d.kind))
                proof = f"{d.proof_date:%Y-%m-%d}" if d.proof_date else ""
                child = QTreeWidgetItem([d.filename, proof, kind])
                child.setToolTip(
                    0, self.tr("{kind}: {file}, added by {who}").format(kind=kind, file=d.filename, who=d.added_by)
                )
                child.setData(0, Qt.ItemDataRole.UserRole, (d.attachment_id, d.media_type, f"{c.id} — {kind}"))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    @Slot(QTreeWidgetItem, int)
    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data:
            return
        from ui.widgets.document_dialog import DocumentDialog

        attachment_id, media_type, title = data
        content = self.context.attempt(self, self.context.services.attachments.read, attachment_id)
        if content is None:
            return
        dialog = DocumentDialog(content[0], media_type, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()


class PaymentsTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = _table(
            [self.tr("Paid on"), self.tr("Payment order"), self.tr("Amount"), self.tr("Claims"), self.tr("By")], self
        )
        QVBoxLayout(self).addWidget(self.table)

    def load(self, view: DealerYearView) -> None:
        rows = [
            [
                f"{p.paid_on:%Y-%m-%d}",
                p.reference,
                self.context.money(p.amount, view.currency),
                ", ".join(str(i.claim_id) for i in p.items),
                p.recorded_by,
            ]
            for p in view.payments
        ]
        _fill(self.table, rows, numeric=(2,))


class RequisitesTab(QWidget):
    """The dealer's requisites (what a payment order to it needs): read here, edited in Dealers & scores."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("legal_name", self.tr("Legal name")),
            ("inn", self.tr("INN")),
            ("kpp", self.tr("KPP")),
            ("ogrn", self.tr("OGRN/OGRNIP")),
            ("legal_address", self.tr("Legal address")),
            ("bank_name", self.tr("Bank")),
            ("bic", self.tr("BIC")),
            ("account", self.tr("Settlement account")),
            ("corr_account", self.tr("Correspondent account")),
        ):
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            self.values[key] = value
            form.addRow(label, value)
        self.hint = QLabel(self.tr("Not given yet: add them with Dealers & scores → Edit…"), self)
        self.hint.setObjectName("Hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def load(self, view: DealerYearView) -> None:
        given = dict(view.dealer.requisites) | {"legal_name": view.dealer.legal_name}
        for key, label in self.values.items():
            label.setText(given.get(key) or "—")
        self.hint.setVisible(not view.dealer.requisites)

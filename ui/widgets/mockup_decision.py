"""The decision bar under the mockup: the count of other brands with its rate (R6), the comment, the three
decisions, previous / next, and a line that names the keys. Always on screen; the screen gives it its logic."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coop_desk.services.mockups import MAX_OTHER_BRANDS
from ui.widgets.text_box import tab_leaves


class MockupDecisionBar(QFrame):
    """Brands, rate, comment and the buttons in two compact rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.brands = QSpinBox(self)
        self.brands.setRange(0, MAX_OTHER_BRANDS)
        self.brands.setToolTip(self.tr("How many brands other than ours the mockup shows (R6); digits 0–9 set it"))
        self.rate = QLabel(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment (required to reject or to request changes)"))
        tab_leaves(self.comment)
        line = QFontMetrics(self.comment.font()).lineSpacing()
        self.comment.setFixedHeight(line * 2 + 12)
        self.approve = QPushButton(self.tr("Approve  (A)"), self)
        self.reject = QPushButton(self.tr("Reject  (R)"), self)
        self.changes = QPushButton(self.tr("Request changes  (C)"), self)
        self.previous = QPushButton(self.tr("◀ Previous  (K)"), self)
        self.next = QPushButton(self.tr("Next  (J) ▶"), self)
        self.keys = QLabel(
            self.tr(
                "Keys in the queue and the picture: 0–9 other brands · A approve · C changes · R reject · "
                "J / K next / previous · + / − zoom · Ctrl+0 fit · Ctrl+1 100 % · F full screen · Esc leaves it"
            ),
            self,
        )
        self.keys.setToolTip(self.keys.text())
        self.keys.setText(self.tr("⌨ Keys"))
        self.keys.setForegroundRole(self.keys.foregroundRole().Link)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(3)
        brands = QHBoxLayout()
        brands.addWidget(QLabel(self.tr("Other brands shown:"), self))
        brands.addWidget(self.brands)
        brands.addWidget(self.rate, 1)
        brands.addWidget(self.keys)
        buttons = QHBoxLayout()
        for button in (self.approve, self.changes, self.reject):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        grid.addLayout(brands, 0, 0)
        grid.addWidget(self.comment, 0, 1, 2, 1)
        grid.addLayout(buttons, 1, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def decision_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.approve, self.reject, self.changes

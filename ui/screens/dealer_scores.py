"""The score editor of one dealer: points per criterion; S, k and the cap update as you type (R1, R2)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coop_desk.rules import score_figures
from coop_desk.services.dealers import ScoreView
from coop_desk.services.year_views import YearView
from ui.context import ScreenContext
from ui.mnemonics import fill_mnemonics
from ui.money_input import DecimalEdit
from ui.screens.base import give_key


class ScoreEditor(QGroupBox):
    """Edits one dealer's points for the current year; ``save`` records them through DealerService."""

    scores_saved = Signal(str)
    """The scores of this dealer (code) were recorded."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._year: YearView | None = None
        self._code: str | None = None
        self._edits: dict[str, DecimalEdit] = {}
        self._form = QFormLayout()
        self._score = QLabel()
        self._k = QLabel()
        self._k.setObjectName("ScoreK")
        self._score.setObjectName("ScoreS")
        self._cap = QLabel()
        self._cap.setObjectName("ScoreCap")
        self._problem = QLabel()
        self._problem.setTextFormat(Qt.TextFormat.PlainText)
        self._problem.setObjectName("Warning")
        self._problem.setWordWrap(True)
        self._save = QPushButton(self.tr("Save scores"))
        give_key(self._save, "Ctrl+S")
        self._revert = QPushButton(self.tr("Revert"))
        result = QFormLayout()
        result.addRow(self.tr("Score S"), self._score)
        result.addRow(self.tr("Coefficient k"), self._k)
        result.addRow(self.tr("Cap"), self._cap)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._revert)
        buttons.addWidget(self._save)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(self._form)
        fields_layout.addStretch(1)
        # many criteria scroll on a small screen; S, k, the cap and the buttons stay in view under them
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields_scroll, 1)
        layout.addLayout(result)
        layout.addWidget(self._problem)
        layout.addLayout(buttons)
        self._save.clicked.connect(self._on_save_clicked)
        self._revert.clicked.connect(self._on_revert_clicked)
        self._stored: ScoreView | None = None
        self._dirty = False  # nothing typed yet (also when no year was ever loaded)

    # -- loading -------------------------------------------------------------------------------
    def load(self, year: YearView | None, score: ScoreView | None, editable: bool, why_not: str = "") -> None:
        self._year, self._stored = year, score
        self._code = score.dealer_code if score is not None else None
        while self._form.rowCount():
            self._form.removeRow(0)
        self._edits.clear()
        if year is None or score is None:
            self.setTitle(self.tr("Scores"))
            self._set_result("", "", "")
            self._problem.setText(self.tr("Select a dealer to see its scores."))
            self.context.gate(self._save, "dealers.record_scores", stage_ok=False)
            self._revert.setEnabled(False)
            self._dirty = False
            return
        role_why = self.context.role_refusal("dealers.record_scores")
        self.setTitle(self.tr("Scores of {0} for {1}").format(score.dealer_code, year.year))
        points = dict(score.points)
        for criterion in year.criteria:
            edit = DecimalEdit(places=2)
            edit.setObjectName(f"points-{criterion.position}")
            edit.setMaximumWidth(90)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.set_value(points.get(criterion.name))
            edit.setPlaceholderText(self.tr("0–{0}").format(criterion.max_points))
            edit.setReadOnly(not editable or bool(role_why))
            weight = self.tr("Weight {0}, 0 to {1} points").format(criterion.weight.normalize(), criterion.max_points)
            edit.setToolTip("\n".join(x for x in (role_why, weight) if x))
            edit.textChanged.connect(self._on_points_changed)
            self._form.addRow(criterion.title(self.context.lang).replace("&", "&&"), edit)  # & shown, not a mnemonic
            self._edits[criterion.name] = edit
        fill_mnemonics(self._form)  # Alt+the first free letter of each criterion's name
        self._revert.setEnabled(self.context.gate(self._save, "dealers.record_scores", editable, why_not))
        self._recompute()
        self._set_dirty(False)

    def edit_for(self, criterion: str) -> DecimalEdit:
        return self._edits[criterion]

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def current_k_text(self) -> str:
        return self._k.text()

    def current_cap_text(self) -> str:
        return self._cap.text()

    # -- computing (the pure rules; nothing is written) ----------------------------------------
    def _points(self) -> dict[str, Decimal] | None:
        if self._year is None:
            return None
        values: dict[str, Decimal] = {}
        problems = []
        for criterion in self._year.criteria:
            value = self._edits[criterion.name].value()
            if value is None:
                value = Decimal(0)
            if value > criterion.max_points:
                problems.append(
                    self.tr("{0}: at most {1} points").format(criterion.title(self.context.lang), criterion.max_points)
                )
            values[criterion.name] = value
        self._problem.setText("\n".join(problems))
        return None if problems else values

    def _recompute(self) -> None:
        year = self._year
        points = self._points()
        if year is None or points is None:
            self._set_result("—", "—", "—")
            return
        # The same function as the service's (R1, R2): the cap comes from the exact k, the rounded one is shown.
        figures = score_figures(
            ((points[c.name], c.weight, c.max_points) for c in year.criteria),
            year.cap_floor,
            year.cap_ceiling,
            year.threshold,
        )
        self._set_result(
            f"{figures.score.normalize():f} / {figures.max_score.normalize():f}",
            f"{figures.coefficient:.3f}",
            self.context.money(figures.cap, year.currency),
        )
        if not figures.eligible:
            self._problem.setText(
                self.tr("k is below the eligibility threshold {0}: no budget for this dealer").format(year.threshold)
            )

    def _set_result(self, score: str, k: str, cap: str) -> None:
        self._score.setText(score)
        self._k.setText(k)
        self._cap.setText(cap)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty

    # -- slots ---------------------------------------------------------------------------------
    @Slot(str)
    def _on_points_changed(self, _text: str) -> None:
        self._set_dirty(True)
        self._recompute()

    @Slot()
    def _on_revert_clicked(self) -> None:
        if self._year is not None and self._stored is not None:
            self.load(self._year, self._stored, True)

    @Slot()
    def _on_save_clicked(self) -> None:
        points = self._points()
        if points is None or self._year is None or self._code is None:
            return
        entered = {name: value for name, value in points.items() if self._edits[name].text().strip()}
        changes = self.context.attempt(
            self, self.context.services.dealers.record_scores, self._year.year, self._code, entered
        )
        if changes is not None:
            self._set_dirty(False)
            self.scores_saved.emit(self._code)

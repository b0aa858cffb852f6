"""Settings: the programme year's settings and criteria (in the database), and personal preferences (QSettings);
the year's proofs of performance and its channel and criterion names on their own tabs (``settings_proofs``,
``settings_names``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coop_desk.database import shown_url
from coop_desk.services import Entity
from coop_desk.services.year_views import YearView
from models.enums import Stage
from ui.context import ScreenContext, show_refusal
from ui.dates import date_input_format
from ui.labels import stage_label
from ui.mnemonics import fill_mnemonics
from ui.money_input import DecimalEdit, MoneyEdit, parse_decimal
from ui.numbers import NUMBER_FORMATS, number_format_label, set_number_format
from ui.prefs import LANGUAGES
from ui.screens.base import Screen, give_key
from ui.screens.settings_names import ChannelNamesEditor, CriterionNamesEditor
from ui.screens.settings_proofs import ProofsEditor
from ui.widgets.tables import leave_on_tab
from ui.widgets.text_box import tab_leaves

DATE_FIELDS = ("drafting_from", "consolidation_from", "allocation_from", "execution_from", "evaluation_from")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}
#: Between a channel's code and its name in the Programme tab's channel list.
NAME_MARK = " — "


def channel_line(code: str, name: str) -> str:
    """A channel as the Programme tab lists it: "code — name" (the name in the window's language), or the code
    where the name is the code."""
    return code if name == code else f"{code}{NAME_MARK}{name}"


def channel_code(line: str) -> str:
    """The channel code a line of the Programme tab's list names (what is after " — " is its name, renamed on the
    Names tab)."""
    return line.split(NAME_MARK, 1)[0].strip()


class SettingsScreen(Screen):
    watches = frozenset({Entity.YEAR, Entity.ALLOCATION})

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._view: YearView | None = None
        self._build()
        self._connect_signals()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(self._build_programme(), 0, 0, 2, 1)
        grid.addWidget(self._build_criteria(), 0, 1)
        grid.addWidget(self._build_preferences(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        self.proofs = ProofsEditor(self.context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(page, self.tr("Programme"))
        self.tabs.addTab(self.proofs, self.tr("Proofs of performance"))
        self.channel_names = ChannelNamesEditor(self.context)
        self.criterion_names = CriterionNamesEditor(self.context)
        names = QTabWidget()  # channels and criteria, each with its code and its two names
        names.setDocumentMode(True)
        names.addTab(self.channel_names, self.tr("Channels"))
        names.addTab(self.criterion_names, self.tr("Scoring criteria"))
        self.tabs.addTab(names, self.tr("Names"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _build_programme(self) -> QGroupBox:
        self.programme_box = QGroupBox(self.tr("Programme year"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.doc_language = QComboBox()
        for code in LANGUAGES:
            self.doc_language.addItem(LANGUAGE_NAMES[code], code)
        self.budget = MoneyEdit()
        self.base_rate = DecimalEdit(places=4)
        self.base_rate.setToolTip(self.tr("The manufacturer's share of each activity: 0.5 is 50 %"))
        self.cap_floor = MoneyEdit()
        self.cap_ceiling = MoneyEdit()
        self.threshold = DecimalEdit(places=4)
        self.deadline = QSpinBox()
        self.deadline.setRange(0, 366)
        self.deadline.setSuffix(self.tr(" days"))
        self.channels = QPlainTextEdit()
        self.channels.setPlaceholderText(self.tr("One channel per line"))
        self.channels.setFixedHeight(150)
        tab_leaves(self.channels)
        self.channels.setToolTip(
            self.tr("One channel code per line; the name after the dash is changed on the Names tab.")
        )
        self.consolidating = QLineEdit()
        self.evaluating = QLineEdit()
        self.dates: dict[str, QDateEdit] = {}
        for name in DATE_FIELDS:
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_input_format())
            self.dates[name] = edit
        for amount in (self.budget, self.base_rate, self.cap_floor, self.cap_ceiling, self.threshold):
            amount.setMaximumWidth(160)
        for narrow in (self.doc_language, self.deadline, *self.dates.values()):
            narrow.setMaximumWidth(160)
        form = QFormLayout()
        form.addRow(self.tr("&Currency"), self.currency)
        form.addRow(self.tr("&Documents language"), self.doc_language)
        form.addRow(self.tr("&Budget"), self.budget)
        form.addRow(self.tr("Base &rate"), self.base_rate)
        form.addRow(self.tr("Cap &floor"), self.cap_floor)
        form.addRow(self.tr("Cap c&eiling"), self.cap_ceiling)
        form.addRow(self.tr("Eligibility &threshold k"), self.threshold)
        form.addRow(self.tr("Claim dead&line after quarter end"), self.deadline)
        form.addRow(self.tr("C&hannels"), self.channels)
        form.addRow(self.tr("Consolidating &agency"), self.consolidating)
        form.addRow(self.tr("E&valuating agency"), self.evaluating)
        for stage, name in zip(list(Stage)[:5], DATE_FIELDS, strict=True):
            form.addRow(self.tr("{0} from").format(stage_label(stage)), self.dates[name])
        fill_mnemonics(form)  # the stages' dates: a letter the fixed labels left free
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 8, 0)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        # the form scrolls on a small screen; its note and button stay in view under it
        self.programme_scroll = QScrollArea()
        self.programme_scroll.setWidgetResizable(True)
        self.programme_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.programme_scroll.setWidget(fields)
        self.save_settings = QPushButton(self.tr("Save programme settings"))
        give_key(self.save_settings, "Ctrl+S")
        self.settings_note = QLabel()
        self.settings_note.setObjectName("Hint")
        self.settings_note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.settings_note, 1)
        bar.addWidget(self.save_settings)
        layout = QVBoxLayout(self.programme_box)
        layout.addWidget(self.programme_scroll, 1)
        layout.addLayout(bar)
        return self.programme_box

    def _build_criteria(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scoring criteria"))
        self.criteria = QTableWidget(0, 4)  # the name (in the window's language) is renamed on the Names tab
        self.criteria.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Weight"), self.tr("Max points"), self.tr("Name")]
        )
        self.criteria.verticalHeader().hide()
        leave_on_tab(self.criteria)
        self.criteria.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.criteria.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_criterion = QPushButton(self.tr("Add"))
        self.remove_criterion = QPushButton(self.tr("Remove"))
        self.save_criteria = QPushButton(self.tr("Save criteria"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_criterion)
        buttons.addWidget(self.remove_criterion)
        buttons.addStretch(1)
        buttons.addWidget(self.save_criteria)
        self.criteria_note = QLabel(self.tr("A dealer's score is Σ weight × points; k = S / S max."))
        self.criteria_note.setObjectName("Hint")
        self.criteria_note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.criteria, 1)
        layout.addWidget(self.criteria_note)
        layout.addLayout(buttons)
        return box

    def _build_preferences(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preferences"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.number_format = QComboBox()
        for code in NUMBER_FORMATS:
            self.number_format.addItem(number_format_label(code), code)
        self.database = QLabel()
        self.database.setWordWrap(True)
        self.database.setObjectName("Hint")
        self.clear_recent = QPushButton(self.tr("Clear the recent databases"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Window language"), self.language)
        form.addRow(self.tr("&Numbers"), self.number_format)
        form.addRow(self.tr("Database"), self.database)
        form.addRow("", self.clear_recent)
        return box

    def _connect_signals(self) -> None:
        self.save_settings.clicked.connect(self._on_save_settings_clicked)
        self.save_criteria.clicked.connect(self._on_save_criteria_clicked)
        self.add_criterion.clicked.connect(self._on_add_criterion_clicked)
        self.remove_criterion.clicked.connect(self._on_remove_criterion_clicked)
        self.language.activated.connect(self._on_language_activated)
        self.number_format.activated.connect(self._on_number_format_activated)
        self.clear_recent.clicked.connect(self._on_clear_recent_clicked)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.lang)))
        self.number_format.setCurrentIndex(max(0, self.number_format.findData(self.context.prefs.number_format)))
        self.database.setText(shown_url(self.context.db_url))  # never the password
        view = self._view = self.context.year_view()
        self.proofs.load(view)
        self.channel_names.load(view)
        self.criterion_names.load(view)
        self.programme_box.setEnabled(view is not None)
        if view is None:
            self.programme_box.setTitle(self.tr("Programme year"))
            self.criteria.setRowCount(0)
            return
        self.programme_box.setTitle(self.tr("Programme year {0}").format(view.year))
        self.currency.setText(view.currency)
        self.doc_language.setCurrentIndex(max(0, self.doc_language.findData(view.language)))
        self.budget.set_value(view.budget)
        self.base_rate.set_value(view.base_rate)
        self.cap_floor.set_value(view.cap_floor)
        self.cap_ceiling.set_value(view.cap_ceiling)
        self.threshold.set_value(view.threshold)
        self.deadline.setValue(view.claim_deadline_days)
        self.channels.setPlainText(
            "\n".join(channel_line(c, view.channel(c, self.context.lang)) for c in view.channels)
        )
        self.consolidating.setText(view.consolidating_agency)
        self.evaluating.setText(view.evaluating_agency)
        for (_stage, day), name in zip(view.stage_dates, DATE_FIELDS, strict=True):
            self.dates[name].setDate(QDate(day.year, day.month, day.day))
        self.criteria.setRowCount(0)
        for criterion in view.criteria:
            self._append_criterion(
                criterion.name,
                f"{criterion.weight.normalize():f}",
                str(criterion.max_points),
                criterion.title(self.context.lang),
            )
        frozen = self.context.services.allocation.current(view.year) is not None
        closed = not self.context.stage_allows("years.update_settings", view)
        why = ""
        if closed:
            why = self.tr("The year is closed: its settings cannot change.")
        elif frozen:
            why = self.tr("The allocation is frozen: budget, rates, cap range, threshold and criteria cannot change.")
        self.settings_note.setText(self.context.role_refusal("years.update_settings") or why)
        self.context.gate(self.save_settings, "years.update_settings", not closed, why, why)
        editable = self.context.may("years.update_settings")  # a role that may not save sees them greyed
        for field in self._programme_fields():
            field.setEnabled(editable)
        criteria_ok = [
            self.context.gate(widget, "years.set_criteria", not frozen and not closed, why)
            for widget in (self.save_criteria, self.add_criterion, self.remove_criterion)
        ]
        triggers = QAbstractItemView.EditTrigger
        self.criteria.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
            if all(criteria_ok)
            else triggers.NoEditTriggers
        )

    def has_unsaved_changes(self) -> bool:
        return any(e.has_unsaved_changes() for e in (self.proofs, self.channel_names, self.criterion_names))

    def _programme_fields(self) -> list[QWidget]:
        amounts = (self.budget, self.base_rate, self.cap_floor, self.cap_ceiling, self.threshold)
        texts = (self.currency, self.doc_language, self.deadline, self.channels, self.consolidating, self.evaluating)
        return [*amounts, *texts, *self.dates.values()]

    def _append_criterion(self, name: str, weight: str, top: str, title: str = "") -> None:
        row = self.criteria.rowCount()
        self.criteria.insertRow(row)
        for column, text in enumerate((name, weight, top)):
            self.criteria.setItem(row, column, QTableWidgetItem(text))
        shown = QTableWidgetItem(title)  # read-only: renamed on the Names tab
        shown.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        shown.setToolTip(self.tr("Rename it on the Names tab."))
        self.criteria.setItem(row, 3, shown)

    # -- reading the form ----------------------------------------------------------------------
    def changed_settings(self) -> tuple[dict[str, Any], list[str]]:
        """The settings that differ from the stored year, and the fields that could not be read."""
        view = self._view
        if view is None:
            return {}, []
        bad: list[str] = []
        values: dict[str, Any] = {
            "currency": self.currency.text().strip().upper(),
            "language": self.doc_language.currentData(),
            "claim_deadline_days": self.deadline.value(),
            "channels": tuple(channel_code(c) for c in self.channels.toPlainText().splitlines() if channel_code(c)),
            "consolidating_agency": self.consolidating.text().strip(),
            "evaluating_agency": self.evaluating.text().strip(),
        }
        for name, edit, label in (
            ("budget", self.budget, self.tr("Budget")),
            ("base_rate", self.base_rate, self.tr("Base rate")),
            ("cap_floor", self.cap_floor, self.tr("Cap floor")),
            ("cap_ceiling", self.cap_ceiling, self.tr("Cap ceiling")),
            ("threshold", self.threshold, self.tr("Eligibility threshold k")),
        ):
            value = edit.value()
            if value is None:
                bad.append(label)
            else:
                values[name] = value
        for name in DATE_FIELDS:
            q = self.dates[name].date()
            values[name] = dt.date(q.year(), q.month(), q.day())
        stored = {name: getattr(view, name) for name in values if hasattr(view, name)}
        stored.update(dict(zip(DATE_FIELDS, (d for _, d in view.stage_dates), strict=True)))
        changed = {k: v for k, v in values.items() if stored.get(k) != v}
        if "channels" in changed:
            changed["channels"] = list(changed["channels"])
        return changed, bad

    def criteria_rows(self) -> tuple[list[tuple[str, Decimal, int]], list[str]]:
        rows: list[tuple[str, Decimal, int]] = []
        bad: list[str] = []
        for r in range(self.criteria.rowCount()):
            name = self._cell(r, 0)
            weight = parse_decimal(self._cell(r, 1), places=4)
            top_text = self._cell(r, 2)
            if weight is None:
                bad.append(self.tr("row {0}: the weight is not a number").format(r + 1))
            if not top_text.isdigit():
                bad.append(self.tr("row {0}: max points must be a whole number").format(r + 1))
            if weight is not None and top_text.isdigit():
                rows.append((name, weight, int(top_text)))
        return rows, bad

    def _cell(self, row: int, column: int) -> str:
        item = self.criteria.item(row, column)
        return item.text().strip() if item is not None else ""

    # -- slots ---------------------------------------------------------------------------------
    @Slot()
    def _on_save_settings_clicked(self) -> None:
        if self._view is None:
            return
        changed, bad = self.changed_settings()
        if bad:
            show_refusal(self, [self.tr("{0}: not a number").format(label) for label in bad])
            return
        if not changed:
            self.context.hub.status_message.emit(self.tr("Nothing changed."))
            return
        years = self.context.services.years
        if self.context.attempt(self, years.update_settings, self._view.year, self._view.version, **changed):
            self.context.hub.status_message.emit(self.tr("The programme settings are saved."))

    @Slot()
    def _on_save_criteria_clicked(self) -> None:
        if self._view is None:
            return
        rows, bad = self.criteria_rows()
        if bad:
            show_refusal(self, bad)
            return
        if self.context.attempt(self, self.context.services.years.set_criteria, self._view.year, rows):
            self.context.hub.status_message.emit(self.tr("The scoring criteria are saved."))

    @Slot()
    def _on_add_criterion_clicked(self) -> None:
        self._append_criterion("", "1", "10")
        item = self.criteria.item(self.criteria.rowCount() - 1, 0)
        if item is not None:
            self.criteria.editItem(item)

    @Slot()
    def _on_remove_criterion_clicked(self) -> None:
        rows = sorted({i.row() for i in self.criteria.selectedIndexes()}, reverse=True)
        for row in rows:
            self.criteria.removeRow(row)

    @Slot(int)
    def _on_language_activated(self, index: int) -> None:
        lang = self.language.itemData(index)
        if lang and lang != self.context.lang:
            self.context.hub.language_change_requested.emit(lang)

    @Slot(int)
    def _on_number_format_activated(self, index: int) -> None:
        code = self.number_format.itemData(index)
        if code is not None and code != self.context.prefs.number_format:
            self.context.prefs.number_format = code
            set_number_format(code)
            # every screen writes its amounts again (as after a change of language)
            self.context.hub.language_change_requested.emit(self.context.lang)

    @Slot()
    def _on_clear_recent_clicked(self) -> None:
        self.context.prefs.clear_recent()
        self.context.hub.status_message.emit(self.tr("The list of recent databases is cleared."))

"""Plans: every dealer's draft with its versions, activities and changes; importing returned workbooks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coop_desk.errors import CoopDeskError
from coop_desk.services import Entity
from coop_desk.services.plan_views import DraftView
from ui.context import ScreenContext, show_refusal
from ui.models.plans import ActivitiesTableModel, DealerDraftRow, DealerDraftsTableModel, DraftVersionsTableModel
from ui.screens.base import Screen, give_key
from ui.screens.dealer_page import attach_dealer_page
from ui.screens.plan_import import PlanImportPanel, plan_importer_available
from ui.templates_dialog import PLANS, TemplatesButton
from ui.text import tr_lines
from ui.widgets.tables import fit_columns, make_proxy, make_table, select_id, selected_row
from ui.widgets.text_box import tab_leaves
from ui.window_layout import remember_filter


class PlansScreen(Screen):
    """Drafts per dealer (missing ones flagged), the versions of the selected draft and what changed."""

    watches = frozenset({Entity.DRAFTS, Entity.PLANS, Entity.DEALERS, Entity.YEAR})

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._dealers = DealerDraftsTableModel(self, lang=context.lang)
        self._dealers_proxy = make_proxy(self._dealers, self)
        self._versions = DraftVersionsTableModel(self, lang=context.lang)
        self._versions_proxy = make_proxy(self._versions, self)
        self._activities = ActivitiesTableModel(self, lang=context.lang, channel=context.channel)
        self._activities_proxy = make_proxy(self._activities, self)
        self._build()
        self._connect_signals()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self._filter = QLineEdit(self)
        remember_filter(self._filter, "text")
        self._filter.setPlaceholderText(self.tr("Filter dealers…"))
        self._filter.setClearButtonEnabled(True)
        self._counts = QLabel(self)
        self._import_button = QPushButton(self.tr("Import returned workbooks…"), self)
        give_key(self._import_button, "Ctrl+I")
        self._import_button.setVisible(plan_importer_available())
        top = QHBoxLayout()
        top.addWidget(self._filter, 1)
        top.addWidget(self._counts)
        top.addStretch(1)
        top.addWidget(self._import_button)
        self.templates_button = TemplatesButton(self.context, PLANS, self)
        top.addWidget(self.templates_button)

        C = DealerDraftsTableModel.Column
        self._dealers_view = make_table(self._dealers_proxy, self, stretch=C.NAME)
        attach_dealer_page(self._dealers_view, self.context)
        self._versions_view = make_table(self._versions_proxy, self, stretch=DraftVersionsTableModel.Column.SOURCE)
        self._versions_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._activities_view = make_table(self._activities_proxy, self, stretch=ActivitiesTableModel.Column.IDEA)
        self._diff = QPlainTextEdit(self)
        self._diff.setReadOnly(True)
        self._notes = QPlainTextEdit(self)
        self._notes.setReadOnly(True)
        tab_leaves(self._diff)
        tab_leaves(self._notes)

        self._versions_box = QGroupBox(self.tr("Versions"), self)
        QVBoxLayout(self._versions_box).addWidget(self._versions_view)
        self._activities_box = QGroupBox(self.tr("Activities"), self)
        QVBoxLayout(self._activities_box).addWidget(self._activities_view)
        self._diff_box = QGroupBox(self.tr("Changes against the previous version"), self)
        QVBoxLayout(self._diff_box).addWidget(self._diff)
        notes_box = QGroupBox(self.tr("Dealer's review and regional notes"), self)
        QVBoxLayout(notes_box).addWidget(self._notes)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self._diff_box)
        lower.addWidget(notes_box)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self._versions_box)
        right.addWidget(self._activities_box)
        right.addWidget(lower)
        right.setSizes([150, 330, 220])

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self._dealers_view)
        main.addWidget(right)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 1)
        main.setSizes([600, 470])

        self.import_panel = PlanImportPanel(self.context, self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.import_panel.progress)
        layout.addWidget(main, 1)
        layout.addWidget(self.import_panel)

    def _connect_signals(self) -> None:
        self._filter.textChanged.connect(self._dealers_proxy.set_text)
        self._dealers_view.selectionModel().selectionChanged.connect(self._on_dealers_selection_changed)
        self._versions_view.selectionModel().selectionChanged.connect(self._on_versions_selection_changed)
        self._import_button.clicked.connect(self._on_import_clicked)
        self.import_panel.imported.connect(self._on_import_panel_imported)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.context.year
        previous = selected_row(self._dealers_view, self._dealers_proxy)
        self._update_import_button()
        self.templates_button.update_state()
        if year is None:
            self._dealers.set_rows([])
            self._show_dealer(None)
            return
        currency = self.context.currency()
        for model in (self._dealers, self._versions, self._activities):
            model.currency = currency
        services = self.context.services
        drafts = services.plans.drafts(year, all_versions=True)
        versions: dict[str, list[DraftView]] = {}
        for d in drafts:
            versions.setdefault(d.dealer_code, []).append(d)
        rows = []
        for dealer in services.dealers.list_dealers():
            mine = versions.get(dealer.code, [])
            if not dealer.active and not mine:
                continue
            current = next((d for d in mine if d.is_current), None)
            rows.append(DealerDraftRow(dealer.code, dealer.name, dealer.region, len(mine), current))
        self._dealers.set_rows(rows)
        fit_columns(self._dealers_view)
        missing = len(services.plans.missing_drafts(year))
        self._counts.setText(
            self.tr("{received} drafts received, {missing} missing").format(
                received=sum(1 for r in rows if r.current), missing=missing
            )
        )
        code = previous.dealer_code if isinstance(previous, DealerDraftRow) else None
        if not (code and select_id(self._dealers_view, self._dealers_proxy, self._dealers, code)):
            self._dealers_view.selectRow(0)
        if self._dealers_proxy.rowCount() == 0:
            self._show_dealer(None)

    def _update_import_button(self) -> None:
        view = self.context.year_view()
        drafting = self.context.stage_allows("plans.record_draft", view)
        self.context.gate(
            self._import_button,
            "plans.record_draft",
            drafting,
            self.tr("Drafts are imported only while the year is at the drafting stage."),
            self.tr("You can also drop the workbooks anywhere on the window."),
        )
        self.import_panel.allowed = drafting

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if filters.get("missing"):
            self._dealers_proxy.set_predicate(lambda row: row.current is None)
        else:
            self._dealers_proxy.set_predicate(None)

    # -- selection -----------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_dealers_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = selected_row(self._dealers_view, self._dealers_proxy)
        self._show_dealer(row if isinstance(row, DealerDraftRow) else None)

    def _show_dealer(self, row: DealerDraftRow | None) -> None:
        year = self.context.year
        if row is None or year is None or row.current is None:
            self._versions.set_rows([])
            self._activities.set_rows([])
            self._notes.setPlainText("")
            self._diff.setPlainText(
                self.tr("{code} has not returned a draft yet.").format(code=row.dealer_code) if row else ""
            )
            return
        versions = self.context.services.plans.drafts(year, row.dealer_code, all_versions=True)
        self._versions.set_rows(versions)
        fit_columns(self._versions_view)
        select_id(self._versions_view, self._versions_proxy, self._versions, row.current.id)
        diff = self.context.services.plans.draft_diff(year, row.dealer_code)
        if diff is None:
            self._diff_box.setTitle(self.tr("Changes against the previous version"))
            self._diff.setPlainText(self.tr("Only one version: nothing to compare."))
        else:
            n = row.current.number
            self._diff_box.setTitle(self.tr("Changes in v{new} against v{old}").format(new=n, old=n - 1))
            lines = tr_lines(diff.lines())
            self._diff.setPlainText("\n".join(lines) if not diff.empty else self.tr("No changes."))

    @Slot(QItemSelection, QItemSelection)
    def _on_versions_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        draft = selected_row(self._versions_view, self._versions_proxy)
        if not isinstance(draft, DraftView):
            self._activities.set_rows([])
            return
        self._activities.set_rows(draft.activities)
        fit_columns(self._activities_view)
        self._activities_box.setTitle(
            self.tr("Activities of v{number} ({count})").format(number=draft.number, count=len(draft.activities))
        )
        parts = []
        if draft.h1_review:
            parts.append(self.tr("First half-year review:") + "\n" + draft.h1_review)
        if draft.regional_notes:
            parts.append(self.tr("Regional notes:") + "\n" + draft.regional_notes)
        self._notes.setPlainText("\n\n".join(parts))

    # -- importing -----------------------------------------------------------------------------
    @Slot()
    def _on_import_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import returned plan workbooks"),
            self.context.prefs.last_folder,
            self.tr("Drafts: Excel or LibreOffice (*.xlsx *.xlsm *.ods);;All files (*)"),
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """Import dealers' returned workbooks in the background (the drop handler calls this too)."""
        try:
            self.import_panel.start(paths)
        except CoopDeskError as exc:
            show_refusal(self, exc.lines())

    @Slot(object)
    def _on_import_panel_imported(self, _report: object) -> None:
        self.mark_stale()

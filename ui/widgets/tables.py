"""The one way a list looks: a sortable, row-selecting table over a model and its proxy."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from ui.models.row_table import RowSortProxy, RowTableModel

OWN_WIDTHS = "coopdeskOwnWidths"
"""A header property: True once the person set the widths (ui.window_layout); fitting then leaves them."""


def make_proxy(model: QAbstractItemModel, parent: QWidget | None = None) -> RowSortProxy:
    proxy = RowSortProxy(parent)
    proxy.setSourceModel(model)
    return proxy


def make_table(
    proxy: RowSortProxy,
    parent: QWidget | None = None,
    *,
    stretch: int | None = None,
    sort_column: int = 0,
    widths: Iterable[tuple[int, int]] = (),
) -> QTableView:
    """A table view: whole-row single selection, sorted by ``sort_column``, ``stretch`` filling the width."""
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    leave_on_tab(view)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_columns(view, dict(widths))
    return view


def leave_on_tab(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab leave the table for the next / previous widget (the arrows move between cells)."""
    view.setTabKeyNavigation(False)


def fit_columns(view: QTableView | QTreeView, widths: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents (and header); fixed widths where given, never narrower than the header."""
    widths = widths or {}
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    model = view.model()
    if model is None or header.property(OWN_WIDTHS):
        return
    for column in range(model.columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        if column in widths:  # at least as wide as the (translated) header with its sort arrow
            view.setColumnWidth(column, max(widths[column], header.sectionSizeHint(column)))
        else:
            view.resizeColumnToContents(column)


def selected_row(view: QTableView, proxy: RowSortProxy) -> object | None:
    """The read model of the selected row, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return proxy.row_at(rows[0].row()) if rows else None


def select_id(view: QTableView, proxy: RowSortProxy, model: RowTableModel, row_id: object) -> bool:
    """Select the row with this id if it is shown."""
    source = model.row_of(row_id)
    if source < 0:
        return False
    index = proxy.mapFromSource(model.index(source, 0))
    if not index.isValid():
        return False
    view.selectRow(index.row())
    view.scrollTo(index)
    return True

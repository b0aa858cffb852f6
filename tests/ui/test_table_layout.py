"""A table's sort order and the column widths the person set are remembered per screen (issue 14.1).

Until the person drags a column's edge the columns keep fitting their contents; after it (and after a
restart) they stay as set. A screen's ``LAYOUT_VERSION`` forgets them, like its splitters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTreeView

from tests.ui import programme_state
from ui.main_window import MainWindow
from ui.prefs import Prefs
from ui.widgets.tables import OWN_WIDTHS
from ui.window_layout import WindowLayout, _headers, _pack

programme_templates = programme_state.programme_templates
execution = programme_state.execution
STATUS = 2  # the plans screen's dealers table: "Status", interactive, fitted to its contents
TOTAL = 5  # "Total"
DEALER = 0


def _open(qtbot: Any, services: Any, prefs: Prefs, name: str) -> tuple[MainWindow, Any, Any]:
    window = MainWindow(services, prefs)
    qtbot.addWidget(window)
    window.resize(1280, 650)
    window.show()
    screen = window.show_screen(name)
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    assert window.context.tasks.wait_for_done(30000)
    qtbot.waitUntil(lambda: bool(screen.property("coopdeskLayoutShown")))
    QApplication.processEvents()
    tables = screen.findChildren(QTableView) or screen.findChildren(QTreeView)
    return window, screen, tables[0]


def _drag_edge(qtbot: Any, header: QHeaderView, section: int, width: int) -> None:
    """What the person does: press on the section's edge, the section resizes, release."""
    edge = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) - 1, header.height() // 2)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    header.resizeSection(section, width)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)


def _column(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_sort_order_and_dragged_widths_survive_a_restart(qtbot: Any, execution: Any, tmp_path: Path) -> None:
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    first, screen, _ = _open(qtbot, execution.services, prefs, "plans")
    table = screen._dealers_view
    header = table.horizontalHeader()
    fitted = header.sectionSize(STATUS)
    header.resizeSection(STATUS, fitted + 40)  # the window itself sizing a column is not the person's choice
    assert not header.property(OWN_WIDTHS)
    screen.refresh()
    first.context.tasks.wait_for_done(30000)
    QApplication.processEvents()
    assert header.sectionSize(STATUS) == fitted  # still fitted to its contents
    _drag_edge(qtbot, header, STATUS, fitted + 90)
    assert header.property(OWN_WIDTHS)
    before = _column(table, DEALER)
    table.sortByColumn(TOTAL, Qt.SortOrder.DescendingOrder)
    order = _column(table, DEALER)
    assert order != before and len(order) > 2
    screen.refresh()  # the rows again: the person's widths stay
    first.context.tasks.wait_for_done(30000)
    QApplication.processEvents()
    assert header.sectionSize(STATUS) == fitted + 90
    first.save_layout()

    second, again, _ = _open(qtbot, execution.services, prefs, "plans")
    table2 = again._dealers_view
    header2 = table2.horizontalHeader()
    assert (header2.sortIndicatorSection(), header2.sortIndicatorOrder()) == (TOTAL, Qt.SortOrder.DescendingOrder)
    assert _column(table2, DEALER) == order
    assert header2.sectionSize(STATUS) == fitted + 90 and header2.property(OWN_WIDTHS)
    layout = WindowLayout(prefs)
    type(again).LAYOUT_VERSION = 2  # type: ignore[attr-defined]  # the screen's tables changed
    try:
        assert not layout.restore_headers("plans", again)
    finally:
        del type(again).LAYOUT_VERSION  # type: ignore[attr-defined]
    assert layout.restore_headers("plans", again)
    for w in (first, second):
        w.context.tasks.wait_for_done(30000)


def test_a_sorted_table_keeps_fitting_its_columns_and_a_changed_table_keeps_its_own(
    qtbot: Any, execution: Any, tmp_path: Path
) -> None:
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    first, screen, table = _open(qtbot, execution.services, prefs, "payments")
    last = table.model().columnCount() - 1
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first.save_layout()
    second, again, table2 = _open(qtbot, execution.services, prefs, "payments")
    header2 = table2.horizontalHeader()
    assert (header2.sortIndicatorSection(), header2.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    assert not header2.property(OWN_WIDTHS)  # only sorted: the columns still fit what they show
    header2.setSortIndicator(last, Qt.SortOrder.AscendingOrder)
    other = header2.saveState()  # this table sorted otherwise, saved as if it had had 99 columns
    header2.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    marked = [x for h in _headers(again) for x in (QByteArray(b"99:own"), other if h is header2 else h.saveState())]
    prefs.set_state("screen.payments.v1.headers", _pack(marked))
    assert WindowLayout(prefs).restore_headers("payments", again)
    assert (header2.sortIndicatorSection(), header2.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    assert not header2.property(OWN_WIDTHS)  # nothing restored from another shape of the table
    for w in (first, second):
        w.context.tasks.wait_for_done(30000)


@pytest.mark.parametrize(
    ("name", "table_of", "column"),
    [
        ("dealers", lambda s: s.table, 0),
        ("allocation", lambda s: s.table, 0),
        ("consolidation", lambda s: s._view, 1),
    ],
)
def test_a_fitted_table_keeps_the_width_the_person_dragged(
    qtbot: Any, execution: Any, tmp_path: Path, name: str, table_of: Any, column: int
) -> None:
    """Dealers, Allocation and Consolidation fit their columns to the contents, and stop once one is dragged."""
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    first, screen, _ = _open(qtbot, execution.services, prefs, name)
    table = table_of(screen)
    header = (
        table.header() if hasattr(table, "header") and not isinstance(table, QTableView) else table.horizontalHeader()
    )
    assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive  # the person can drag it
    fitted = header.sectionSize(column)
    _drag_edge(qtbot, header, column, fitted + 70)
    assert header.property(OWN_WIDTHS)
    screen.refresh()
    first.context.tasks.wait_for_done(30000)
    QApplication.processEvents()
    assert header.sectionSize(column) == fitted + 70  # refreshing the rows does not refit it
    first.save_layout()
    second, again, _ = _open(qtbot, execution.services, prefs, name)
    table2 = table_of(again)
    header2 = table2.horizontalHeader() if isinstance(table2, QTableView) else table2.header()
    assert header2.sectionSize(column) == fitted + 70 and header2.property(OWN_WIDTHS)
    for w in (first, second):
        w.context.tasks.wait_for_done(30000)


def test_fitted_widths_saved_in_english_are_fitted_again_in_russian(
    qtbot: Any, execution: Any, tmp_path: Path, qapp: Any
) -> None:
    """Widths the window fitted (not the person) are not restored as they were: the Russian headers are wider."""
    from ui.i18n import install_translators

    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    first, screen, _ = _open(qtbot, execution.services, prefs, "plans")
    screen._dealers_view.selectRow(0)
    first.context.tasks.wait_for_done(30000)
    QApplication.processEvents()
    first.save_layout()
    first.close()
    assert install_translators(qapp, "ru")
    try:
        second, again, _ = _open(qtbot, execution.services, prefs, "plans")
        again._dealers_view.selectRow(0)
        second.context.tasks.wait_for_done(30000)
        QApplication.processEvents()
        for view in (again._dealers_view, again._activities_view):
            header = view.horizontalHeader()
            assert not header.property(OWN_WIDTHS)
            for column in range(header.count()):
                if header.sectionResizeMode(
                    column
                ) == QHeaderView.ResizeMode.Interactive and not header.isSectionHidden(column):
                    text = view.model().headerData(column, Qt.Orientation.Horizontal)
                    assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                        text,
                        header.sectionSize(column),
                    )
        second.context.tasks.wait_for_done(30000)
    finally:
        install_translators(qapp, "en")

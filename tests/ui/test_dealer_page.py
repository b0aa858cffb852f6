"""The dealer page (issue 14.3): the dealer's year from any list, its figures the statement's, its documents
written in the background, and fitting the laptop's window (1090×540, 1280×650) in English and Russian."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import finish_tasks, make_context, open_screen
from ui.i18n import install_translators
from ui.models.row_table import ROW_ROLE
from ui.screens.dealer_page import DealerPage
from ui.screens.dealers import DealersScreen
from ui.screens.payments import PaymentsScreen
from ui.screens.reports import ReportsScreen


def _pages() -> list[DealerPage]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DealerPage) and w.isVisible()]


def _close_pages() -> None:
    for page in _pages():
        page.close()
    QApplication.processEvents()


def test_the_pages_figures_are_the_statements(qtbot: Any, full_year: Programme, tmp_path: Path) -> None:
    context = make_context(full_year, tmp_path)
    services, year = full_year.services, full_year.year
    payer = next(b for b in services.summary.year(year).dealers if b.paid > 0 and b.approved > 0)
    page = DealerPage(context, payer.code)
    qtbot.addWidget(page)
    statement = services.statements.statement(year, payer.code)
    b, line = statement.balance, statement.allocation
    assert line is not None
    values = {k: v.text() for k, v in page.summary.values.items()}
    money = context.money
    assert values["allocated"] == money(b.allocated) == money(payer.allocated)
    assert values["approved"] == money(b.approved)
    assert values["paid"] == money(b.paid)
    assert values["unpaid"] == money(b.approved - b.paid)
    assert values["remaining"] == money(b.remaining)
    assert values["cap"] == money(line.cap) and values["line"] == money(line.amount)
    assert page.plan.table.rowCount() == len(statement.activities) > 0
    assert page.claims.tree.topLevelItemCount() == len(statement.claims) > 0
    documents = sum(page.claims.tree.topLevelItem(i).childCount() for i in range(len(statement.claims)))
    assert documents == sum(len(services.claims.documents(c.id)) for c in statement.claims) > 0
    assert page.payments.table.rowCount() == len(statement.payments) > 0
    assert page.summary.versions.rowCount() >= 1
    assert page.history.count() > 0
    page.show()
    page.tabs.setCurrentWidget(page.mockups)
    qtbot.waitUntil(lambda: page.mockups.thumbnails() > 0)
    assert page.mockups.thumbnails() == sum(1 for m in statement.mockups if m.attachment_id is not None)


def test_the_statement_is_written_in_the_background(qtbot: Any, execution: Programme, tmp_path: Path) -> None:
    context = make_context(execution, tmp_path)
    page = DealerPage(context, execution.facts.payer)  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    path = tmp_path / "st.pdf"
    page.write("statement", str(path))
    finish_tasks(context)
    qtbot.waitUntil(lambda: page.path == str(path))
    assert execution.facts.payer in PdfReader(str(path)).pages[0].extract_text()  # type: ignore[attr-defined]
    letter = tmp_path / "letter.pdf"
    page.write("letters", str(letter))
    finish_tasks(context)
    qtbot.waitUntil(lambda: page.path == str(letter))
    assert letter.stat().st_size > 1000 and page.letter_button.isEnabled()


def _open_from(qtbot: Any, view: Any, row: int) -> DealerPage:
    _close_pages()
    view.setFocus()
    view.selectRow(row)
    view.setCurrentIndex(view.model().index(row, 0))
    action = next(a for a in view.actions() if isinstance(a, QAction) and a.objectName() == "OpenDealerPage")
    action.trigger()
    qtbot.waitUntil(lambda: len(_pages()) == 1)
    page = _pages()[0]
    qtbot.addWidget(page)
    return page


def test_opened_from_two_lists(qtbot: Any, full_year: Programme, tmp_path: Path) -> None:
    context = make_context(full_year, tmp_path)
    dealers = open_screen(qtbot, DealersScreen, context)
    view = dealers.table
    code = view.model().index(2, 0).data()
    page = _open_from(qtbot, view, 2)
    assert page.code == code and code in page.windowTitle()
    payments = open_screen(qtbot, PaymentsScreen, context)
    view = payments._view
    paid_to = view.model().index(0, 0).data(ROW_ROLE)
    page = _open_from(qtbot, view, 0)
    assert page.code == paid_to.dealer_code
    assert page.payments.table.rowCount() >= 1
    _close_pages()


def test_a_dealer_with_no_allocation(qtbot: Any, execution: Programme, tmp_path: Path) -> None:
    services = execution.services
    services.dealers.register("Z901", "Новый дилер", services.dealers.list_regions()[0])
    context = make_context(execution, tmp_path)
    page = DealerPage(context, "Z901")
    qtbot.addWidget(page)
    assert page.view is not None and page.view.allocation is None
    assert page.summary.values["line"].text() == "No allocation this year"
    assert page.summary.values["remaining"].text() == context.money(0)
    assert not page.letter_button.isEnabled() and page.statement_button.isEnabled()
    assert page.plan.table.rowCount() == page.claims.tree.topLevelItemCount() == 0
    assert page.requisites.values["inn"].text() == "—" and page.requisites.hint.isVisibleTo(page.requisites)


def test_the_page_shows_the_requisites(qtbot: Any, execution: Programme, tmp_path: Path) -> None:
    from tests.unit.test_rules_requisites import SBER

    code = execution.services.dealers.list_dealers()[0].code
    execution.services.dealers.edit(code, **SBER, legal_address="Москва, ул. Вавилова, 19")
    page = DealerPage(make_context(execution, tmp_path), code)
    qtbot.addWidget(page)
    values = {key: label.text() for key, label in page.requisites.values.items()}
    assert {key: values[key] for key in SBER} == SBER
    assert values["legal_address"] == "Москва, ул. Вавилова, 19" and values["account"] == "—"
    assert not page.requisites.hint.isVisibleTo(page.requisites)
    assert page.tabs.tabText(page.tabs.indexOf(page.requisites)) == "Requisites"
    page.resize(1090, 540)
    page.tabs.setCurrentWidget(page.requisites)
    page.show()
    qtbot.waitExposed(page)
    page.grab().save("/tmp/dealer-page-requisites.png")


def test_every_statement_from_the_reports_screen(qtbot: Any, execution: Programme, tmp_path: Path) -> None:
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, ReportsScreen, context)
    box = screen.all_statements
    assert box.write_button.isEnabled()
    box.merged.setChecked(True)
    folder = tmp_path / "statements"
    box.start(str(folder))
    finish_tasks(context)
    qtbot.waitUntil(lambda: box.open_folder.isVisible())
    codes = {d.code for d in execution.services.dealers.list_dealers(active_only=True)}
    files = sorted(folder.glob("statement-*.pdf"))
    assert {f.stem.rsplit("-", 1)[1] for f in files} == codes
    merged = PdfReader(str(folder / f"statements-{execution.year}.pdf"))
    assert len(merged.pages) >= len(codes)
    assert str(len(codes)) in box.result.text()


def _cut_buttons(page: QWidget) -> list[str]:
    out = []
    for button in page.findChildren(QPushButton):
        if not button.isVisibleTo(page):
            continue
        full = QRect(button.mapTo(page, QPoint(0, 0)), button.size())
        squeezed = button.width() < button.minimumSizeHint().width()
        if not page.rect().contains(full) or squeezed:
            out.append(f"{button.text()!r} at {full.getRect()}")
    return out


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1090, 540), (1280, 650)], ids=["1366x768@125%", "1920x1080@150%"])
def test_the_page_fits_the_laptop(
    qtbot: Any, qapp: Any, full_year: Programme, tmp_path: Path, lang: str, size: Any
) -> None:
    assert install_translators(qapp, lang)
    try:
        context = make_context(full_year, tmp_path, lang=lang)
        code = next(b.code for b in full_year.services.summary.year(full_year.year).dealers if b.paid > 0)
        page = DealerPage(context, code)
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        qtbot.waitExposed(page)
        assert page.size() == QSize(*size)
        hint = page.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], hint
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            assert _cut_buttons(page) == []
        page.tabs.setCurrentIndex(0)
        QApplication.processEvents()
        page.grab().save(f"/tmp/dealer-page-{lang}-{size[0]}x{size[1]}.png")
        if lang == "ru":
            assert page.statement_button.text() == "Выписка…"
            english = {"Summary", "Plan", "Mockups", "Claims", "Payments", "Requisites", "History"}
            assert not english & {page.tabs.tabText(i) for i in range(page.tabs.count())}
            assert page.summary.values["remaining"].text().endswith("€")  # the Russian way of amounts
    finally:
        install_translators(qapp, "en")


LISTS = [  # (screen, its list, the programme where that list has rows)
    ("dealers", "table", "execution"),
    ("allocation", "table", "execution"),
    ("plans", "_dealers_view", "execution"),
    ("consolidation", "_view", "execution"),
    ("mockups", "_view", "execution"),
    ("mockups", "archive.view", "full_year"),
    ("claims", "_view", "execution"),
    ("payments", "_view", "full_year"),
]


@pytest.mark.parametrize(("screen_name", "attribute", "state"), LISTS, ids=[f"{s}-{a}" for s, a, _ in LISTS])
def test_every_list_of_dealers_offers_the_page(
    qtbot: Any, request: pytest.FixtureRequest, tmp_path: Path, screen_name: str, attribute: str, state: str
) -> None:
    from ui import screens as registry
    from ui.screens.dealer_page import row_dealer_code

    programme: Programme = request.getfixturevalue(state)
    context = make_context(programme, tmp_path)
    entry = next(e for e in registry.registered() if e.name == screen_name)
    screen = open_screen(qtbot, entry.load(), context)
    screen.refresh()
    view: Any = screen
    for part in attribute.split("."):
        view = getattr(view, part)
    assert any(a.objectName() == "OpenDealerPage" for a in view.actions())
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    index = model.index(0, 0)
    if screen_name == "consolidation":  # a region: its first activity
        index = model.index(0, 0, index)
    assert row_dealer_code(index) in {d.code for d in programme.services.dealers.list_dealers()}
    assert row_dealer_code(QModelIndex()) is None


def test_ctrl_d_opens_the_selected_dealers_page(qtbot: Any, execution: Programme, tmp_path: Path) -> None:
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, DealersScreen, context)
    view = screen.table
    _close_pages()
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    code = view.model().index(1, 0).data()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_pages()) == 1)
    page = _pages()[0]
    qtbot.addWidget(page)
    assert page.code == code
    _close_pages()


def test_no_page_without_a_year_or_a_dealer(qtbot: Any, execution: Programme, tmp_path: Path) -> None:
    from ui.screens.dealer_page import open_dealer_page

    context = make_context(execution, tmp_path)
    assert open_dealer_page(context, None) is None
    context.year = None
    assert open_dealer_page(context, "D001") is None
    assert _pages() == []

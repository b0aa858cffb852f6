"""The audit screen (filters, pages, before → after, export), the history panels, and text from workbooks
shown as text (no rich-text injection into labels and tables)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models.db import Database
from tests.factories import approve_mockup, claim_input, year_in_execution
from ui.context import ScreenContext
from ui.events import ChangeHub
from ui.prefs import Prefs
from ui.screens import audit as audit_screen
from ui.screens.audit import AuditScreen, AuditTableModel
from ui.tasks import TaskRunner
from ui.widgets.history import HistoryPanel, change_lines

HOSTILE = '<b>x</b><img src="file:///etc/passwd">'


def _context(services: Services, tmp_path: Path, year: int | None = None) -> ScreenContext:
    tasks = TaskRunner(str(services.ctx.db.url), actor="tester")
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    return ScreenContext(services, ChangeHub(), tasks, prefs, year=year)


def _open(qtbot, screen):  # type: ignore[no-untyped-def]
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_the_audit_screen_filters_pages_and_shows_before_and_after(
    qtbot, qtmodeltester, sqlite_db: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services = Services(ServiceContext(sqlite_db, actor="anna"))
    ex = year_in_execution(services)
    services.ctx.actor = "boris"
    for n in range(7):
        services.dealers.edit("D001", phone=f"+7 {n}")
    monkeypatch.setattr(audit_screen, "PAGE", 5)
    context = _context(services, tmp_path)
    screen = _open(qtbot, AuditScreen(context))
    total = services.audit.count()
    assert screen.model.rowCount() == 5  # one page
    qtmodeltester.check(screen.model)
    newest = screen.model.row_at(0)
    assert newest.action == "dealer.edit" and newest.actor == "boris"  # newest first
    screen.fetch_more()
    assert screen.model.rowCount() == 10
    while screen.more.isEnabled():
        qtbot.mouseClick(screen.more, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == total
    ids = [screen.model.row_at(i).id for i in range(total)]
    assert ids == sorted(ids, reverse=True)
    monkeypatch.setattr(audit_screen, "PAGE", 500)

    screen.actor.setCurrentIndex(screen.actor.findData("boris"))
    screen.actor.activated.emit(screen.actor.currentIndex())
    assert screen.model.rowCount() == 7
    screen.text.setText("+7 3")  # debounced text filter, in the summary
    screen.actor.setCurrentIndex(screen.actor.findData(""))
    screen.text.setText("froze")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.model.row_at(0).action == "allocation.freeze"

    screen.text.setText("")
    screen.year.setCurrentIndex(screen.year.findData(ex.year))
    screen.year.activated.emit(screen.year.currentIndex())
    qtbot.waitUntil(lambda: screen.model.rowCount() == services.audit.count(year=ex.year))

    screen.text.setText("edited dealer D001")
    screen.year.setCurrentIndex(screen.year.findData(0))
    screen.year.activated.emit(screen.year.currentIndex())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 7)
    screen.table.selectRow(0)
    assert "phone: +7 5 → +7 6" in screen.detail.toPlainText()
    assert "boris" in screen.detail.toPlainText()

    out = tmp_path / "audit.xlsx"
    screen.start_export(str(out))
    assert context.tasks.wait_for_done(30000)
    qtbot.waitUntil(lambda: screen.export_path == str(out))
    ws = load_workbook(out).active
    assert ws.max_row - 1 == total


def test_change_lines() -> None:
    assert change_lines({"a": 1, "b": "x"}, {"b": "y", "c": None}) == ["a: 1 → —", "b: x → y", "c: — → —"]
    assert change_lines(None, {"n": "1"}) == ["n: — → 1"]
    assert change_lines(None, None) == []


def test_history_panels_of_dealer_mockup_and_claim(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    services = Services(ServiceContext(sqlite_db, actor="anna"))
    ex = year_in_execution(services)
    services.dealers.edit("D001", phone="+7 1")
    ex.clock.set(dt.date(2027, 3, 1))
    mockup_id = approve_mockup(services, ex.year, ex.ref("D001"))
    ex.clock.set(dt.date(2027, 3, 10))
    claim = services.claims.file(ex.year, "D001", claim_input(ex.ref("D001"), Decimal(1000), dt.date(2027, 3, 5)))
    services.claims.approve(claim.claim_id)
    context = _context(services, tmp_path, ex.year)
    for entity, entity_id, first in (
        ("dealer", services.dealers.get("D001").id, "edited dealer D001"),
        ("mockup", mockup_id, "approved"),
        ("claim", claim.claim_id, "approved"),
    ):
        panel = HistoryPanel(context, entity)
        qtbot.addWidget(panel)
        panel.load(entity_id)
        assert panel.count() >= 2, entity
        assert first in panel.text(0), (entity, panel.text(0))
        panel.load(None)
        assert panel.count() == 0


def test_text_from_workbooks_is_shown_as_text(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from ui.screens.claim_detail import ClaimDetailPanel
    from ui.screens.dealers import DealersScreen
    from ui.screens.mockups import MockupsScreen

    services = Services(ServiceContext(sqlite_db, actor="anna"))
    services.dealers.register("D009", HOSTILE, "North", city=HOSTILE)
    ex = year_in_execution(services, dealers={"D009": [Decimal(20000)]})
    ex.clock.set(dt.date(2027, 3, 1))
    services.mockups.submit(ex.year, ex.ref("D009"), title=HOSTILE)
    context = _context(services, tmp_path, ex.year)

    dealers = _open(qtbot, DealersScreen(context))
    model = dealers.model
    shown = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert HOSTILE in shown  # an item view shows the text itself

    mockups = _open(qtbot, MockupsScreen(context))
    qtbot.waitUntil(lambda: mockups.preview.title.full_text().endswith(HOSTILE))
    hostile_labels = [lb for lb in mockups.findChildren(QLabel) if "<b>" in lb.text()]
    assert hostile_labels, "the dealer's name and the title are shown"
    for label in hostile_labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()

    detail = ClaimDetailPanel(context)
    qtbot.addWidget(detail)
    for label in detail.findChildren(QLabel):
        if label.wordWrap():
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_audit_table_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AuditTableModel()
    qtmodeltester.check(model)

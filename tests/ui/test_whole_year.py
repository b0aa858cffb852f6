"""A whole programme year driven through the main window: drafts dropped, stages moved on the stage bar,
consolidation, what-if then freeze, a mockup and a claim approved, a payment recorded, the quarterly report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coop_desk import rules
from coop_desk.demo import DemoProgramme
from coop_desk.demo_scans import proof_file
from coop_desk.demo_states import score_for_allocation
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from coop_desk.services.claim_views import ClaimInput, DocumentInput
from models import ClaimStatus, MockupStatus, Stage
from models.db import Database, sqlite_url
from tests.ui.shell_state import show
from ui.main_window import MainWindow
from ui.prefs import Prefs

YEAR = 2027
DEALERS = 3


class Today:
    """The in-window services' clock, moved on as the year goes by."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    db = Database(sqlite_url(tmp_path / "year.sqlite"))
    services = Services(ServiceContext(db, actor="tester"))
    DemoProgramme(services, year=YEAR, dealers=DEALERS, until=Stage.DRAFTING).run()
    services.ctx.today = Today(dt.date(YEAR - 1, 8, 1))
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    w = MainWindow(services, prefs, lang="en")
    w.set_year(YEAR)
    show(qtbot, w, (1360, 860))
    yield w
    assert w.context.tasks.wait_for_done(30000), "background tasks still running"
    assert QThreadPool.globalInstance().waitForDone(30000)
    w.close()
    db.dispose()


def _fill_plan(path: Path, rows: list[tuple[str, int, str, str]]) -> None:
    from reports.xlsx.plan_layout import LAYOUT, PLAN_SHEET, month_label

    wb = openpyxl.load_workbook(path)
    ws = wb[PLAN_SHEET]
    for n, (channel, month, cost, idea) in enumerate(rows):
        for col, value in zip("BCDE", (channel, month_label(month), cost, idea), strict=True):
            ws[f"{col}{LAYOUT.first_row + n}"] = value
    wb.save(path)


def _fill_consolidation(path: Path, references: list[str]) -> None:
    import reports.xlsx.consolidation as cons

    wb = openpyxl.load_workbook(path)
    ws = wb[cons.SHEET]
    ws[cons.AGENCY_CELL] = "Агентство Север"
    for row in range(cons.FIRST_ROW, ws.max_row + 1):
        if str(ws.cell(row=row, column=1).value or "") in references:
            ws.cell(row=row, column=cons.COL["include"], value="да")
    wb.save(path)


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def _move_on(qtbot: Any, window: MainWindow, to: Stage) -> None:
    with qtbot.waitSignal(window.hub.stage_changed, timeout=10000):
        qtbot.mouseClick(window.stage_bar._move, Qt.MouseButton.LeftButton)
    assert window.context.services.years.get(YEAR).stage == to


def test_a_whole_year_through_the_window(qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    from reports.xlsx.plan_template import write_plan_template

    s: Services = window.context.services
    today: Today = s.ctx.today  # type: ignore[assignment]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    codes = [d.code for d in s.dealers.list_dealers(active_only=True)]
    assert len(codes) == DEALERS

    # 1. Drafting: every dealer's returned workbook is dropped on the window.
    drafts = []
    for n, code in enumerate(codes):
        path = write_plan_template(s, YEAR, code, tmp_path / f"draft_{code}.xlsx")
        _fill_plan(path, [("radio", 3, "12000.50", "Весенняя кампания"), ("press", 5 + n, "8000", "Журнал")])
        drafts.append(path)
    _drop(window, drafts)
    plans = window.screen_named("plans")
    assert window.current_screen() is plans
    qtbot.waitUntil(lambda: all(s.plans.drafts(YEAR, c) for c in codes), timeout=30000)
    assert window.context.tasks.wait_for_done(30000)
    assert s.plans.missing_drafts(YEAR) == []
    assert len(s.plans.activities(YEAR)) == 2 * DEALERS

    # 2. On to consolidation through the stage bar; the agency's workbook out and back through the screen.
    today.day = dt.date(YEAR - 1, 9, 20)
    _move_on(qtbot, window, Stage.CONSOLIDATION)
    consolidation = window.show_screen("consolidation")
    workbook = tmp_path / "consolidation.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(workbook), ""))
    consolidation._export.click()
    qtbot.waitUntil(workbook.exists, timeout=30000)
    assert window.context.tasks.wait_for_done(30000)
    references = [a.reference for a in s.plans.activities(YEAR)]
    _fill_consolidation(workbook, references)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    consolidation._import.click()
    qtbot.waitUntil(lambda: bool(s.plans.consolidated(YEAR)), timeout=30000)
    assert window.context.tasks.wait_for_done(30000)
    assert not warnings, warnings
    qtbot.waitUntil(lambda: consolidation.group_count() > 0, timeout=10000)
    regions, grand = s.plans.region_totals(YEAR)
    assert grand.included == 2 * DEALERS

    # 3. Allocation: scores, then a what-if that writes nothing, then freeze through the button.
    today.day = dt.date(YEAR - 1, 10, 10)
    _move_on(qtbot, window, Stage.ALLOCATION)
    score_for_allocation(s, YEAR)
    allocation = window.show_screen("allocation")
    allocation.refresh()
    budget_before = s.years.get(YEAR).budget
    with qtbot.waitSignal(allocation.recomputed, timeout=5000):
        allocation.budget.setText("20000.00")
    assert allocation.run is not None and allocation.run.total_allocated <= Decimal("20000.00")
    assert s.allocation.current(YEAR) is None
    assert s.years.get(YEAR).budget == budget_before
    assert not allocation.letters_button.isEnabled()
    qtbot.mouseClick(allocation.freeze_button, Qt.MouseButton.LeftButton)
    frozen = s.allocation.current(YEAR)
    assert frozen is not None and frozen.budget == Decimal("20000.00")
    assert s.years.get(YEAR).budget == Decimal("20000.00")
    qtbot.waitUntil(allocation.letters_button.isEnabled, timeout=5000)

    # 4. Execution: a mockup submitted (by the dealer, through the service) is approved on the mockups screen.
    today.day = dt.date(YEAR, 1, 5)
    _move_on(qtbot, window, Stage.EXECUTION)
    lines = {ln.dealer_code: ln.amount for ln in frozen.lines}
    activity = next(a for a in s.plans.consolidated(YEAR) if a.included and lines.get(a.dealer_code, 0) > 0)
    from coop_desk.demo_mockups import mockup_png  # a mockup is approved only with its file

    picture = s.attachments.add(mockup_png("Весна", "ООО «Родник»", "Тула", 1, seed=3), "spring.png").id
    mockup_id = s.mockups.submit(YEAR, activity.reference, title="Макет весенней кампании", attachment_id=picture).ids[
        0
    ]
    today.day = dt.date(YEAR, 1, 8)
    mockups = window.show_screen("mockups")
    mockups.refresh()
    assert mockups.current() is not None and mockups.current().id == mockup_id
    mockups._brands.setValue(1)
    qtbot.mouseClick(mockups._approve, Qt.MouseButton.LeftButton)
    assert s.mockups.get(mockup_id).status == MockupStatus.APPROVED

    # 5. A claim filed through the service is approved on the claims screen.
    today.day = dt.date(YEAR, 2, 1)
    proofs = []  # the proofs of performance its channel asks for (R7), dated between the approval and the act
    for proof in rules.proofs_for(s.years.get(YEAR).proofs, activity.channel):
        data, name = proof_file(proof.kind, day=dt.date(YEAR, 1, 16), dealer="ООО «Родник»", idea="Весна", seed=1)
        proofs.append(DocumentInput(proof.kind, s.attachments.add(data, name).id, dt.date(YEAR, 1, 16)))
    claim = ClaimInput(
        documents=tuple(proofs),
        reference=activity.reference,
        invoice_number="INV-1",
        invoice_date=dt.date(YEAR, 1, 15),
        invoice_amount=Decimal("3000.00"),
        payment_order_number="PO-1",
        payment_order_date=dt.date(YEAR, 1, 18),
        paid_amount=Decimal("3000.00"),
        act_number="A-1",
        act_date=dt.date(YEAR, 1, 20),
        quarter=1,
    )
    claim_id = s.claims.file(YEAR, activity.dealer_code, claim).claim_id
    claims = window.show_screen("claims")
    claims.refresh()
    assert claims.select_claim(claim_id)
    qtbot.mouseClick(claims.detail._approve, Qt.MouseButton.LeftButton)
    approved = s.claims.get(claim_id)
    assert approved.status == ClaimStatus.APPROVED and approved.reimbursement is not None
    assert approved.reimbursement > 0

    # 6. The payment is recorded on the payments screen.
    today.day = dt.date(YEAR, 2, 10)
    payments = window.show_screen("payments")
    payments.refresh()
    form = payments.form
    form.select_dealer(activity.dealer_code)
    form.check_claims([claim_id])
    form.amount.setText(str(approved.reimbursement))
    form.reference.setText("ПП-1")
    qtbot.mouseClick(form.record, Qt.MouseButton.LeftButton)
    assert s.claims.get(claim_id).status == ClaimStatus.PAID
    assert [p.reference for p in s.claims.payments(YEAR)] == ["ПП-1"]

    # 7. The quarterly report, generated in the background on the reports screen.
    reports = window.show_screen("reports")
    reports.choose("quarterly", quarter=1, lang="en")
    target = tmp_path / "quarterly.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(reports._generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.result_path == str(target), timeout=60000)
    assert window.context.tasks.wait_for_done(30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(str(target)).pages) >= 1
    assert not warnings, warnings

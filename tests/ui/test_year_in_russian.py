"""Issue 14's "done when": a marketer and a finance clerk run a whole year in the Russian window alone, on a
1366×768 laptop at 125 % (1090×540 logical pixels), from an empty database, without the command line.

Every step goes through the window's own widgets: the sidebar, the stage bar, the buttons (each asserted to lie
wholly inside the window, visible and enabled, before it is clicked), text typed into the real fields and files
dropped on the window. What a person answers in a file, folder or question box is monkeypatched (their answer);
what a dealer or the agency does outside the program (filling a workbook) is done with openpyxl. The services'
calendar (``ctx.today``) is moved on as the year goes by; after each step the services say it happened.
"""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from coop_desk import rules
from coop_desk.demo_mockups import mockup_png
from coop_desk.demo_scans import claim_scan, proof_file
from coop_desk.services import Services
from coop_desk.services.base import ServiceContext
from models import ClaimStatus, DocumentKind, MockupStatus, Stage
from models.db import Database, sqlite_url
from ui.main_window import MainWindow
from ui.prefs import Prefs
from ui.sidebar import NAME_ROLE

pytestmark = pytest.mark.slow

YEAR = 2027
SIZE = (1090, 540)  # the client area of a maximised window on 1366×768 at 125 %
DEALERS = (
    ("D001", "ООО «Родник»", "Центр", "Тула"),
    ("D002", "ООО «Берег»", "Северо-Запад", "Псков"),
    ("D003", "ООО «Кедр»", "Сибирь", "Томск"),
)


class Today:
    """The services' calendar, moved on as the year goes by (the window's and its background tasks')."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def _fits(top: QWidget, widget: QWidget, *, whole_label: bool = True) -> None:
    """``widget`` is visible, enabled and wholly inside ``top`` (the 1090×540 window or a dialog that fits it),
    not clipped by a scroll area or a parent."""
    assert widget.isVisible() and widget.isEnabled(), (widget.objectName(), widget.toolTip())
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    assert top.rect().contains(rect), (rect, top.rect())
    assert widget.visibleRegion().boundingRect() == widget.rect(), "partly hidden"
    assert top.width() <= SIZE[0] and top.height() <= SIZE[1], top.size()
    if (
        whole_label and isinstance(widget, QAbstractButton) and widget.text()
    ):  # its whole label shows, not cut at both ends
        assert widget.width() >= widget.sizeHint().width(), (widget.text(), widget.width(), widget.sizeHint())


def _click(qtbot: Any, top: QWidget, button: QWidget, *, whole_label: bool = True) -> None:
    _fits(top, button, whole_label=whole_label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _go(qtbot: Any, window: MainWindow, name: str) -> Any:
    """Click the screen's entry in the sidebar."""
    bar = window.sidebar
    row = next(r for r in range(bar.count()) if bar.item(r).data(NAME_ROLE) == name)
    bar.scrollToItem(bar.item(row))
    rect = bar.visualItemRect(bar.item(row))
    where = QRect(bar.viewport().mapTo(window, rect.topLeft()), rect.size())
    assert window.rect().contains(where), (name, where)
    qtbot.mouseClick(bar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    screen = window.screen_named(name)
    assert window.current_screen() is screen
    return screen


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def _answer(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None]) -> list[Any]:
    """The next dialogs of ``cls`` are shown, filled and answered by ``fill`` (the person) instead of waiting."""
    seen: list[Any] = []

    def run(dialog: Any) -> int:
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        if dialog.isVisible():
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return seen


def _move_on(qtbot: Any, window: MainWindow, to: Stage) -> None:
    # The stage bar sits in the menu bar's corner: once the first year is started in the window it needs more room
    # than before (the stage, its dates); the window lays it out again, so the button's label shows whole.
    with qtbot.waitSignal(window.hub.stage_changed, timeout=10000):
        _click(qtbot, window, window.stage_bar._move)
    assert window.context.services.years.get(YEAR).stage == to
    _done(window)


def _done(window: MainWindow) -> None:
    """The background tasks finished and what they sent the window (queued signals) delivered."""
    assert window.context.tasks.wait_for_done(30000), "background tasks did not finish"
    QApplication.processEvents()
    QApplication.processEvents()


@pytest.fixture
def window(qtbot: Any, russian: None, tmp_path: Path) -> Iterator[MainWindow]:
    db = Database(sqlite_url(tmp_path / "empty.sqlite"))
    services = Services(ServiceContext(db, actor="tester"))
    today = Today(dt.date(YEAR - 1, 8, 1))
    services.ctx.today = today
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    w = MainWindow(services, prefs, lang="ru")
    opener = w.context.tasks.open_services

    def on_the_same_calendar() -> Any:  # the background tasks read the same calendar
        opened = opener()
        opened.ctx.today = today
        return opened

    w.context.tasks.open_services = on_the_same_calendar  # type: ignore[method-assign]
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    assert (w.width(), w.height()) == SIZE
    yield w
    assert w.context.tasks.wait_for_done(30000), "background tasks still running"
    assert QThreadPool.globalInstance().waitForDone(30000)
    w.close()
    db.dispose()


def _fill_plan(path: Path, month: int, cost: str, idea: str) -> None:
    from reports.xlsx.plan_layout import LAYOUT, PLAN_SHEET, month_label

    wb = openpyxl.load_workbook(path)
    ws = wb[PLAN_SHEET]
    for col, value in zip("BCDE", ("radio", month_label(month), cost, idea), strict=True):
        ws[f"{col}{LAYOUT.first_row}"] = value
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


def _fill_claims(path: Path, s: Services, activity: Any, dealer: str, n: int) -> None:
    """The dealer's claim for its activity in the first row, each scan's file beside the workbook."""
    from reports.xlsx import claims as claims_xlsx

    folder = path.parent
    invoice, order, act = dt.date(YEAR, 1, 15), dt.date(YEAR, 1, 18), dt.date(YEAR, 1, 20)
    amount = Decimal(3000 + 500 * n)
    wb = openpyxl.load_workbook(path)
    ws = wb[claims_xlsx.SHEET]
    at = {str(c.value).split("\n")[-1]: c.column for c in ws[claims_xlsx.HEADER_ROW] if c.value}
    row = claims_xlsx.FIRST_ROW
    values = [activity.reference, f"СЧ-{n + 1}", invoice, amount, None, None, "ООО «Эфир»"]
    values += [f"ПП-{n + 1}", order, amount, f"АКТ-{n + 1}", act]
    for column, value in enumerate(values, start=1):
        ws.cell(row=row, column=column, value=value)
    for kind, title, number, day in (
        (DocumentKind.INVOICE, "Invoice scan file", f"СЧ-{n + 1}", invoice),
        (DocumentKind.PAYMENT_ORDER, "Payment order scan file", f"ПП-{n + 1}", order),
        (DocumentKind.ACT, "Act scan file", f"АКТ-{n + 1}", act),
    ):
        name = f"{kind.value}-{n}.jpg"
        scan = claim_scan(
            kind,
            number=number,
            day=day,
            dealer=dealer,
            vendor="ООО «Эфир»",
            idea=activity.idea,
            amount=amount,
            currency="EUR",
        )
        (folder / name).write_bytes(scan)
        ws.cell(row=row, column=at[title], value=name)
    for proof in rules.proofs_for(s.years.get(YEAR).proofs, activity.channel):
        data, name = proof_file(proof.kind, day=dt.date(YEAR, 1, 16), dealer=dealer, idea=activity.idea, seed=n)
        (folder / name).write_bytes(data)
        words = str(proof.kind.value).replace("_", " ").capitalize()
        ws.cell(row=row, column=at[f"{words}: file"], value=name)
        ws.cell(row=row, column=at[f"{words}: date"], value=dt.date(YEAR, 1, 16))
    wb.save(path)


def _registering(qtbot: Any, code: str, name: str, region: str, city: str) -> Callable[[Any], None]:
    """The person types the dealer's fields in the "New dealer…" dialog and presses Save."""

    def register(dialog: Any) -> None:
        for key, value in (("code", code), ("name", name), ("city", city)):
            dialog.edits[key].setText(value)
        dialog.region.setEditText(region)
        _click(qtbot, dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    return register


def _write_templates(qtbot: Any, monkeypatch: pytest.MonkeyPatch, screen: Any, folder: Path) -> list[str]:
    """The screen's "Write templates…" dialog: the folder typed, "Write" pressed, the dialog closed."""
    from ui.templates_dialog import TemplatesDialog

    def fill(dialog: TemplatesDialog) -> None:
        dialog.folder.setText(str(folder))
        _click(qtbot, dialog, dialog.write)
        qtbot.waitUntil(lambda: dialog.handle is None, timeout=30000)
        dialog.reject()

    seen = _answer(monkeypatch, TemplatesDialog, fill)
    _click(qtbot, screen.window(), screen.templates_button)
    assert len(seen) == 1
    return list(seen[0].written)


def test_a_whole_year_in_the_russian_window_on_a_laptop(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs import NewYearDialog
    from ui.screens.dealer_form import DealerDialog

    s: Services = window.context.services
    today: Today = s.ctx.today  # type: ignore[assignment]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: warnings.append(text))
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        asked.append(text)  # the person says yes to each step, and no to opening the written files
        return QMessageBox.StandardButton.No if "Открыть" in text else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    assert s.years.latest_year() is None

    # 1. The year: an empty database offers the first start (as the program does when it opens one); the person
    # presses "Start a programme year…" there and fills the new-year dialog.
    from ui.dialogs import FirstStartDialog
    from ui.session import offer_first_start

    def new_year(dialog: NewYearDialog) -> None:
        dialog.year.setValue(YEAR)
        dialog.budget.setText("100000")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        _click(qtbot, dialog, buttons.button(QDialogButtonBox.StandardButton.Ok))

    def first_start(dialog: FirstStartDialog) -> None:
        assert dialog.new_year.text() == "Начать программный год…"
        _click(qtbot, dialog, dialog.new_year)

    _answer(monkeypatch, FirstStartDialog, first_start)
    _answer(monkeypatch, NewYearDialog, new_year)
    offer_first_start(window)
    # the same dialog from the File menu, which lies inside the window too
    file_menu = window.menuBar().actionGeometry(window.file_menu.menuAction())
    assert window.rect().contains(QRect(window.menuBar().mapTo(window, file_menu.topLeft()), file_menu.size()))
    assert window.file_menu.new_year.isEnabled()
    assert s.years.get(YEAR).stage == Stage.DRAFTING and window.context.year == YEAR

    # 2. Three dealers, each with "New dealer…", then their scores in the score editor beside the list.
    dealers = _go(qtbot, window, "dealers")
    for code, name, region, city in DEALERS:
        _answer(monkeypatch, DealerDialog, _registering(qtbot, code, name, region, city))
        _click(qtbot, window, dealers.new_dealer)
        assert s.dealers.get(code).region == region
    assert [d.code for d in s.dealers.list_dealers(active_only=True)] == [d[0] for d in DEALERS]
    criteria = [c.name for c in s.years.get(YEAR).criteria]
    for n, (code, *_rest) in enumerate(DEALERS):
        table = dealers.table
        row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == code)
        rect = table.visualRect(table.model().index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert dealers.selected_code() == code
        editor = dealers.scores
        for criterion in criteria:
            edit = editor.edit_for(criterion)
            edit.clear()
            qtbot.keyClicks(edit, str(6 + n))
        with qtbot.waitSignal(editor.scores_saved, timeout=5000):
            _click(qtbot, window, editor._save)
        stored = s.dealers.score(YEAR, code)
        assert dict(stored.points) == {c: Decimal(6 + n) for c in criteria} and stored.cap > 0

    # 3. Plan templates written from the Plans screen, filled by the dealers, dropped on the window.
    plans = _go(qtbot, window, "plans")
    written = _write_templates(qtbot, monkeypatch, plans, tmp_path / "plans")
    assert len(written) == len(DEALERS)
    for n, path in enumerate(sorted(written)):
        _fill_plan(Path(path), 3 + n, f"{12000 + 1000 * n}.50", f"Весенняя кампания {n + 1}")
    _drop(window, [Path(p) for p in written])
    qtbot.waitUntil(lambda: all(s.plans.drafts(YEAR, d[0]) for d in DEALERS), timeout=30000)
    _done(window)
    assert s.plans.missing_drafts(YEAR) == [] and len(s.plans.activities(YEAR)) == len(DEALERS)
    assert not warnings, warnings

    # 4. On to consolidation with the stage bar; the agency's workbook out and back through the screen.
    today.day = dt.date(YEAR - 1, 9, 20)
    _move_on(qtbot, window, Stage.CONSOLIDATION)
    consolidation = _go(qtbot, window, "consolidation")
    workbook = tmp_path / "consolidation.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(workbook), ""))
    _click(qtbot, window, consolidation._export)
    qtbot.waitUntil(workbook.exists, timeout=30000)
    _done(window)
    _fill_consolidation(workbook, [a.reference for a in s.plans.activities(YEAR)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    _click(qtbot, window, consolidation._import)
    qtbot.waitUntil(lambda: len(s.plans.consolidated(YEAR)) == len(DEALERS), timeout=30000)
    _done(window)
    assert s.plans.region_totals(YEAR)[1].included == len(DEALERS)
    assert not warnings, warnings

    # 5. Allocation: the budget typed, the allocation frozen, the commitment letters written.
    today.day = dt.date(YEAR - 1, 10, 10)
    _move_on(qtbot, window, Stage.ALLOCATION)
    allocation = _go(qtbot, window, "allocation")
    qtbot.waitUntil(lambda: allocation.budget.value() == Decimal(100000), timeout=5000)  # the year's, shown
    allocation.budget.clear()
    qtbot.keyClicks(allocation.budget, "30000")
    qtbot.waitUntil(lambda: allocation.run is not None and allocation.run.budget == Decimal(30000), timeout=10000)
    assert s.allocation.current(YEAR) is None
    _click(qtbot, window, allocation.freeze_button)
    frozen = s.allocation.current(YEAR)
    assert frozen is not None and frozen.budget == Decimal(30000)
    qtbot.waitUntil(allocation.letters_button.isEnabled, timeout=5000)
    letters = tmp_path / "letters"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(letters))
    with qtbot.waitSignal(allocation.letters_button.letters_written, timeout=60000):
        _click(qtbot, window, allocation.letters_button)
    _done(window)
    assert sorted(p.name for p in letters.glob("commitment-letter-*.pdf")) == [
        f"commitment-letter-{YEAR}-{d[0]}.pdf" for d in DEALERS
    ]
    assert not warnings, warnings

    # 6. Execution: each dealer's mockup submitted with "Submit mockup…", then approved on the mockups desk.
    from ui.screens.mockup_submit import MockupSubmitDialog

    today.day = dt.date(YEAR, 1, 5)
    _move_on(qtbot, window, Stage.EXECUTION)
    mockups = _go(qtbot, window, "mockups")
    activities = {a.dealer_code: a for a in s.plans.consolidated(YEAR) if a.included}
    for n, (code, name, _region, city) in enumerate(DEALERS):
        picture = tmp_path / f"mockup-{code}.png"
        picture.write_bytes(mockup_png(activities[code].idea, name, city, 0, seed=n))

        def submit(
            dialog: MockupSubmitDialog, reference: str = activities[code].reference, file: Path = picture
        ) -> None:
            assert dialog.choose_activity(reference)
            dialog.file.setText(str(file))
            dialog.title.setText(f"Макет: {reference}")
            _click(qtbot, dialog, dialog.submit)

        _answer(monkeypatch, MockupSubmitDialog, submit)
        _click(qtbot, window, mockups.submit_button)
    submitted = s.mockups.list_mockups(YEAR)
    assert sorted(m.dealer_code for m in submitted) == [d[0] for d in DEALERS]
    assert all(m.status == MockupStatus.SUBMITTED and m.attachment_id is not None for m in submitted)
    today.day = dt.date(YEAR, 1, 8)
    for _ in DEALERS:
        qtbot.waitUntil(lambda: mockups.current() is not None, timeout=5000)
        _click(qtbot, window, mockups._approve)
    assert all(m.status == MockupStatus.APPROVED for m in s.mockups.list_mockups(YEAR))
    assert not warnings, warnings

    # 7. Claims: the templates written from the Claims screen, filled with the scans beside them, dropped.
    today.day = dt.date(YEAR, 2, 1)
    claims = _go(qtbot, window, "claims")
    sent = tmp_path / "claims"
    workbooks = _write_templates(qtbot, monkeypatch, claims, sent)
    assert len(workbooks) == len(DEALERS)
    for n, path in enumerate(sorted(workbooks)):
        code = DEALERS[n][0]
        _fill_claims(Path(path), s, activities[code], DEALERS[n][1], n)
    _drop(window, [Path(p) for p in workbooks])
    assert window.current_screen() is window.screen_named("claims")  # the drop showed the Claims screen
    qtbot.waitUntil(lambda: len(s.claims.list_claims(YEAR)) == len(DEALERS), timeout=30000)
    _done(window)
    filed = s.claims.list_claims(YEAR)
    assert all(c.status == ClaimStatus.SUBMITTED for c in filed), [(c.status, c.reason) for c in filed]
    assert not warnings, warnings
    for claim in filed:
        assert claims.select_claim(claim.id)
        _click(qtbot, window, claims.detail._approve)
        approved = s.claims.get(claim.id)
        assert approved.status == ClaimStatus.APPROVED and approved.reimbursement, approved.reason
    assert not warnings, warnings
    assert all(c.attachment_id is not None for c in s.claims.list_claims(YEAR))  # the scans came with the rows

    # 8. Finance: the first dealer's claim paid on the Payments screen.
    today.day = dt.date(YEAR, 2, 10)
    payments = _go(qtbot, window, "payments")
    paid = next(c for c in s.claims.list_claims(YEAR) if c.dealer_code == DEALERS[0][0])
    form = payments.form
    form.select_dealer(paid.dealer_code)
    form.check_claims([paid.id])
    form.amount.clear()
    qtbot.keyClicks(form.amount, str(paid.reimbursement).replace(".", ","))
    form.reference.setText("ПП-1")  # QTest cannot type Cyrillic key by key (it aborts): the text set at once
    _click(qtbot, window, form.record)
    assert s.claims.get(paid.id).status == ClaimStatus.PAID
    assert [p.reference for p in s.claims.payments(YEAR)] == ["ПП-1"]
    assert not warnings, warnings

    # 9. The quarter closed after its deadline (the calendar moved on), confirmed in the question box.
    today.day = dt.date(YEAR, 5, 15)
    payments.refresh()  # the calendar moved on outside the window: the screen reads it again (as on a new day)
    assert payments._quarter.currentData() == 1
    _click(qtbot, window, payments._close)
    assert s.claims.closed_quarters(YEAR) == [1]
    assert not warnings, warnings

    # 10. The efficiency form written from the Evaluation screen, filled by the agency, imported.
    # The evaluating agency is named first, in Settings (the import refuses a form with no agency named).
    from PySide6.QtWidgets import QScrollArea

    from reports.xlsx import efficiency as eff_xlsx

    settings = _go(qtbot, window, "settings")
    settings.evaluating.setText("Агентство «Оценка»")
    area = settings.save_settings.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:  # the person scrolls down to the button
        area.ensureWidgetVisible(settings.save_settings)
    _click(qtbot, window, settings.save_settings)
    assert s.years.get(YEAR).evaluating_agency == "Агентство «Оценка»"
    evaluation = _go(qtbot, window, "evaluation")
    (form_path,) = _write_templates(qtbot, monkeypatch, evaluation, tmp_path / "evaluation")
    wb = openpyxl.load_workbook(form_path)
    ws = wb.worksheets[0]
    keys = [c.key for c in eff_xlsx.COLUMNS]
    for row in range(eff_xlsx.HEADER_ROW + 1, eff_xlsx.HEADER_ROW + 1 + len(DEALERS)):
        for key, value in (("reach", 1200), ("leads", 30), ("sales", 4), ("comment", "Окупилось")):
            ws.cell(row=row, column=keys.index(key) + 1, value=value)
    wb.save(form_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(form_path), ""))
    _click(qtbot, window, evaluation._import)
    _done(window)
    assert not warnings, warnings
    qtbot.waitUntil(lambda: len(s.evaluation.results(YEAR)) == len(DEALERS), timeout=30000)
    assert sorted(r.reference for r in s.evaluation.results(YEAR)) == sorted(a.reference for a in activities.values())
    assert not warnings, warnings

    # 11. Reports: the quarterly report, then every dealer's statement into a folder.
    reports = _go(qtbot, window, "reports")
    reports.choose("quarterly", quarter=1, lang="ru")  # the report's combo boxes, as the screen's own tests set them
    target = tmp_path / "quarterly.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _click(qtbot, window, reports._generate)
    qtbot.waitUntil(lambda: reports.result_path == str(target), timeout=60000)
    _done(window)
    assert target.read_bytes().startswith(b"%PDF")
    statements = tmp_path / "statements"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(statements))
    box = reports.all_statements
    _click(qtbot, window, box.write_button)
    qtbot.waitUntil(lambda: box.folder == str(statements), timeout=60000)
    _done(window)
    assert sorted(p.name for p in statements.iterdir()) == [f"statement-{YEAR}-{d[0]}.pdf" for d in DEALERS]
    assert all(p.read_bytes().startswith(b"%PDF") for p in statements.iterdir())
    assert not warnings, warnings

    # 12. A dealer's page, from the dealers list (Ctrl+D on the chosen row).
    from ui.screens.dealer_page import DealerPage

    dealers = _go(qtbot, window, "dealers")
    table = dealers.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dealers.selected_code() == DEALERS[0][0]
    window.activateWindow()  # the dialogs shown before took the focus
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    def pages() -> list[DealerPage]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, DealerPage) and w.isVisible()]

    qtbot.waitUntil(lambda: len(pages()) == 1, timeout=5000)
    page = pages()[0]  # deleted on close: not handed to qtbot
    assert page.code == dealers.selected_code() == DEALERS[0][0]
    assert page.payments.table.rowCount() == 1
    _fits(page, page.statement_button)
    page.close()
    assert not warnings, warnings

    # 13. No English word is left on the key screens of the Russian window; nothing asked but the steps' questions.
    from tests.ui.test_claim_scans_ru import ENGLISH, _texts

    left = {}
    for name in (
        "dashboard",
        "dealers",
        "plans",
        "allocation",
        "mockups",
        "claims",
        "payments",
        "evaluation",
        "reports",
    ):
        screen = _go(qtbot, window, name)
        texts = [  # the scans' and the folders' names are the person's, not the window's words
            re.sub(r"[\w.-]+\.jpg", "", text.replace(str(tmp_path), "")) for text in _texts(screen)
        ]
        found = [text for text in texts if ENGLISH.search(text)]
        if found:
            left[name] = found
    window.grab().save(str(tmp_path / "year-in-russian.png"))
    assert left == {}, left
    move = "Перевести год 2027 с этапа «{}» на этап «{}»"
    assert [q.split("?")[0] for q in asked] == [
        move.format("Черновики", "Консолидация"),
        move.format("Консолидация", "Распределение"),
        "Зафиксировать распределение 2027 года",
        f"Писем сформировано: 3, папка {tmp_path / 'letters'}. Открыть письма",
        move.format("Распределение", "Исполнение"),
        "Закрыть 1 кв. 2027",
    ]
    assert opened == []

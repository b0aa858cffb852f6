"""The review desk, point 2: decide with the keyboard, undo within the bar's time, ask once before approving
an ad partly unseen at the own-brand rate; the archive with its filters and the owner's Reopen; the closed year."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coop_desk.services.claim_views import ClaimInput
from models import MockupStatus, Role
from tests.ui.programme_state import Programme, execution, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import finish_tasks, make_context, open_screen
from tests.ui.test_mockup_desk import attach, three_page_pdf
from ui.screens.mockups import MockupsScreen


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def _desk(qtbot, programme: Programme, tmp_path: Path, seen: bool = True, **kwargs) -> MockupsScreen:  # type: ignore[no-untyped-def]
    context = make_context(programme, tmp_path)
    screen = MockupsScreen(context, **kwargs)
    qtbot.addWidget(screen)
    screen.resize(1090, 540)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    if seen:
        qtbot.waitUntil(screen._viewer.all_seen)  # the first ad is painted, fitted
    return screen


def test_decide_with_digits_and_a_then_undo_within_the_bar(
    qtbot, execution: Programme, tmp_path: Path, warnings: list[str]
) -> None:
    services = execution.services
    screen = _desk(qtbot, execution, tmp_path)
    first, second = execution.facts.queued_mockups[:2]
    before = services.mockups.get(first)
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_1)
    qtbot.keyClick(screen._view, Qt.Key.Key_A)
    decided = services.mockups.get(first)
    assert decided.status == MockupStatus.APPROVED and decided.other_brands == 1
    assert screen.current().id == second and QApplication.focusWidget() is screen._view
    assert screen.undo_bar.isVisible()
    assert screen.undo_bar.text() == f"Approved {before.reference} #{before.number} at 25\xa0%"
    qtbot.mouseClick(screen.undo_bar._button, Qt.MouseButton.LeftButton)
    after = services.mockups.get(first)
    assert (after.status, after.other_brands, after.decided_on, after.decided_by, after.comment) == (
        before.status,
        before.other_brands,
        before.decided_on,
        before.decided_by,
        before.comment,
    )
    assert after.version == decided.version + 1
    assert services.audit.entries(entity="mockup", entity_id=first, newest_first=True)[0].action == "mockup.undo"
    assert screen.current().id == first and not screen.undo_bar.isVisible() and not warnings
    # C and R want a comment; a refused decision offers no undo
    qtbot.keyClick(screen._view, Qt.Key.Key_R)
    assert warnings and "say why" in warnings[0] and not screen.undo_bar.isVisible()
    screen._comment.setPlainText("Чужой логотип")
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_C)
    assert services.mockups.get(first).status == MockupStatus.CHANGES_REQUESTED
    assert screen.undo_bar.text().startswith("Changes requested for")
    finish_tasks(screen.context)


def test_the_undo_bar_goes_after_its_time(qtbot, execution: Programme, tmp_path: Path) -> None:
    services = execution.services
    screen = _desk(qtbot, execution, tmp_path, undo_ms=30)
    first = screen.current().id
    screen._comment.setPlainText("Нет")
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_R)
    assert screen.undo_bar.text().startswith("Rejected") and screen.undo_bar.is_offering()
    qtbot.waitUntil(lambda: not screen.undo_bar.isVisible(), timeout=2000)
    screen.undo_bar._button.click()  # too late: nothing happens
    assert services.mockups.get(first).status == MockupStatus.REJECTED


def test_undo_is_refused_once_a_claim_rests_on_the_mockup(
    qtbot, execution: Programme, tmp_path: Path, warnings: list[str]
) -> None:
    services = execution.services
    screen = _desk(qtbot, execution, tmp_path)
    m = screen.current()
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_A)
    assert services.mockups.get(m.id).status == MockupStatus.APPROVED
    claim = ClaimInput(
        reference=m.reference,
        invoice_number="UNDO-1",
        invoice_date=dt.date(2027, 1, 20),
        invoice_amount=Decimal("500.00"),
        payment_order_number="PO-U",
        payment_order_date=dt.date(2027, 1, 22),
        paid_amount=Decimal("500.00"),
        act_number="A-U",
        act_date=dt.date(2027, 1, 25),
        quarter=1,
    )
    claim_id = services.claims.file(2027, m.dealer_code, claim).claim_id
    qtbot.mouseClick(screen.undo_bar._button, Qt.MouseButton.LeftButton)
    assert warnings and f"claim {claim_id} (invoice UNDO-1, " in warnings[0]
    assert services.mockups.get(m.id).status == MockupStatus.APPROVED


def test_approving_a_partly_unseen_ad_at_the_own_brand_rate_asks_once(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = execution.services
    first = execution.facts.queued_mockups[0]
    attach(execution, first, three_page_pdf(), "three.pdf")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a, **k: asked.append(text) or answer[0])
    screen = _desk(qtbot, execution, tmp_path, seen=False)
    qtbot.waitUntil(lambda: screen._viewer.unseen_pages() == [2, 3])
    screen._view.setFocus()
    qtbot.keyClick(screen._view, Qt.Key.Key_A)
    assert len(asked) == 1
    assert asked[0] == "Part of the ad was never on screen: approve at 50\xa0%?\nPages not yet seen in full: 2, 3."
    assert services.mockups.get(first).status == MockupStatus.SUBMITTED  # "No": nothing decided
    screen._brands.setValue(2)  # another brand counted: the rate is lower already, no question
    qtbot.keyClick(screen._view, Qt.Key.Key_A)
    assert len(asked) == 1 and services.mockups.get(first).other_brands == 2
    # the next one: a picture seen whole at fit is approved without a question
    screen.undo_last()
    screen.select_next()
    qtbot.waitUntil(screen._viewer.all_seen)
    second = screen.current().id
    qtbot.keyClick(screen._view, Qt.Key.Key_A)
    assert len(asked) == 1 and services.mockups.get(second).status == MockupStatus.APPROVED
    # back to the PDF: "Yes" approves at the own-brand rate
    screen.undo_last()
    select = [r for r in range(screen.queue_length()) if screen._proxy.row_at(r).id == first][0]
    screen._view.selectRow(select)
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(screen._view, Qt.Key.Key_A)
    assert len(asked) == 2 and services.mockups.get(first).rate == Decimal("0.5")


def test_the_archive_filters_and_the_owner_reopens_with_a_reason(
    qtbot, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    services = execution.services
    queued = execution.facts.queued_mockups
    services.mockups.reject(queued[0], "Не наш бренд")
    services.mockups.request_changes(queued[1], "Крупнее логотип")
    screen = _desk(qtbot, execution, tmp_path)
    screen.show_archive()
    archive = screen.archive
    assert not screen.decision.isVisible()
    claimed = {services.claims.get(c).mockup_id for c in execution.facts.approved_claims}  # type: ignore[attr-defined]
    assert set(archive.shown_ids()) >= {queued[0], queued[1], *claimed}
    archive.decision.setCurrentIndex(archive.decision.findData(MockupStatus.REJECTED))
    assert archive.shown_ids() == [queued[0]]
    assert screen.current().id == queued[0] and screen._viewer.has_image()
    assert "rejected on" in screen.details.fields["decision"].text()
    archive.decision.setCurrentIndex(0)
    archive.dealer.setCurrentIndex(archive.dealer.findData(execution.facts.payer))
    payer = execution.facts.payer
    assert archive.shown_ids() == [m.id for m in services.mockups.decided(2027, dealer_code=payer)]
    assert archive.shown_ids() and all(services.mockups.get(m).dealer_code == payer for m in archive.shown_ids())
    archive.dealer.setCurrentIndex(0)
    archive.dated.setChecked(True)
    archive.date_from.setDate(archive.date_to.date().addDays(1))
    assert archive.shown_ids() == []
    archive.dated.setChecked(False)
    # reopen the rejection, with a reason
    archive.view.selectRow(archive.shown_ids().index(queued[0]))
    monkeypatch.setattr("ui.screens.mockup_archive.ask_reason", lambda *a, **k: ("Ошибся: бренд наш", True))
    assert archive.reopen_button.isEnabled()
    archive.reopen_button.click()
    assert services.mockups.get(queued[0]).status == MockupStatus.SUBMITTED
    entry = services.audit.entries(entity="mockup", entity_id=queued[0], newest_first=True)[0]
    assert entry.action == "mockup.reopen" and "Ошибся: бренд наш" in entry.summary
    assert queued[0] not in archive.shown_ids()
    # a mockup that claims rest on: refused, naming them
    mockup = next(iter(claimed))
    archive.view.selectRow(archive.shown_ids().index(mockup))
    archive.reopen_button.click()
    assert warnings and "claims rest on it" in warnings[0] and "(invoice INV-" in warnings[0]
    assert services.mockups.get(mockup).status == MockupStatus.APPROVED


def test_reopen_is_the_owners(qtbot, execution: Programme, tmp_path: Path) -> None:
    execution.services.mockups.reject(execution.facts.queued_mockups[0], "Нет")
    execution.services.ctx.role = Role.MARKETER
    screen = _desk(qtbot, execution, tmp_path)
    screen.show_archive()
    assert screen.archive.current() is not None
    assert not screen.archive.reopen_button.isEnabled()
    assert screen.archive.reopen_button.toolTip() == "Your role (marketer) may not reopen mockup decisions."


def test_the_closed_year_keeps_its_mockups_viewable(qtbot, full_year: Programme, tmp_path: Path) -> None:
    context = make_context(full_year, tmp_path)
    screen = open_screen(qtbot, MockupsScreen, context, size=(1280, 650))
    assert screen.archive.isVisible() and not screen.decision.isVisible()  # the archive is what is left
    assert len(screen.archive.shown_ids()) == len(full_year.services.mockups.decided(full_year.year)) > 0
    shown = screen.current()
    assert shown is not None and shown.status != MockupStatus.SUBMITTED
    assert screen._viewer.has_image() == (shown.attachment_id is not None)
    assert not screen.archive.reopen_button.isEnabled()
    assert "execution year" in screen.archive.reopen_button.toolTip()
    screen.archive.channel.setCurrentIndex(1)
    channel = screen.archive.channel.currentData()
    assert all(full_year.services.mockups.get(m).channel == channel for m in screen.archive.shown_ids())
    screen.show_archive(False)
    assert screen.queue_length() == 0 and not screen._approve.isEnabled()

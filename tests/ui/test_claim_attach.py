"""Claims: scans attached from the window — dropped on the viewer or chosen with Attach…, each file's kind asked
(guessed from its name) and a proof's date; R8's refusal shown with nothing stored; Remove; the role gates it."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import dataclasses
import datetime as dt
import warnings
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from coop_desk.services.claim_views import ClaimInput
from models import Attachment
from models.enums import DocumentKind, Role
from tests.fixtures.scans import pdf_pages, png
from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.dates import date_text
from ui.screens.claims import ClaimsScreen
from ui.widgets.attach_dialog import AttachDialog, guess_kind


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(viewer: QWidget, paths: list[Path]) -> bool:
    """Drag the files over the widget (the viewer, the claim panel) and drop them; whether the drag was taken."""
    mime = _mime(paths)
    with warnings.catch_warnings():  # PySide6 marks the only constructor Qt has as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            viewer.rect().center(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(viewer, enter)
    event = QDropEvent(
        QPointF(viewer.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewer, event)
    return enter.isAccepted()


@pytest.fixture
def choose(monkeypatch):  # type: ignore[no-untyped-def]
    """The attach dialog answers with these kinds (None: as guessed) and records what it offered."""
    offered: list[list[tuple[str, DocumentKind]]] = []
    answers: dict[str, DocumentKind] = {}

    def exec_(self: AttachDialog) -> int:
        offered.append([(p.name, DocumentKind(k.currentData())) for p, k in zip(self.files, self.kinds, strict=True)])
        for row, path in enumerate(self.files):
            if path.name in answers:
                self.set_kind(row, answers[path.name])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AttachDialog, "exec", exec_)
    return answers, offered


def _files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "scans"
    folder.mkdir()
    files = {
        "Счёт 17.pdf": pdf_pages("Счёт 17", 2),
        "payment-order.png": png(rgb=(10, 20, 30)),
        "scan-0042.png": png(rgb=(90, 20, 30)),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in files}


def test_guessing_the_kind_from_the_file_name() -> None:
    assert guess_kind("Счёт 17.pdf") == DocumentKind.INVOICE
    assert guess_kind("invoice_2027-01.PDF") == DocumentKind.INVOICE
    assert guess_kind("платёжка-5.jpg") == DocumentKind.PAYMENT_ORDER
    assert guess_kind("PO 5 payment.pdf") == DocumentKind.PAYMENT_ORDER
    assert guess_kind("Акт приёмки.pdf") == DocumentKind.ACT
    assert guess_kind("act-A-3.pdf") == DocumentKind.ACT
    assert guess_kind("contract.pdf") == DocumentKind.OTHER_PROOF  # "act" inside a word is not an act
    assert guess_kind("эфирная справка.pdf") == DocumentKind.AIRPLAY_CERTIFICATE
    assert guess_kind("scan-0042.png", DocumentKind.SITE_PHOTOS) == DocumentKind.SITE_PHOTOS


def test_dropped_files_are_attached_with_the_kinds_chosen(qtbot, execution: Programme, tmp_path: Path, choose) -> None:
    answers, offered = choose
    files = _files(tmp_path)
    answers["scan-0042.png"] = DocumentKind.SITE_PHOTOS
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, ClaimsScreen, context)
    claim_id = execution.facts.waiting_claim
    assert screen.select_claim(claim_id)
    viewer = screen.detail.scans.viewer
    with qtbot.waitSignal(context.hub.changed):
        assert drop(viewer, list(files.values()))
    assert offered == [
        [
            ("Счёт 17.pdf", DocumentKind.INVOICE),
            ("payment-order.png", DocumentKind.PAYMENT_ORDER),
            ("scan-0042.png", DocumentKind.OTHER_PROOF),
        ]
    ]
    documents = execution.services.claims.documents(claim_id)
    assert [(d.kind, d.filename) for d in documents] == [
        (DocumentKind.INVOICE, "Счёт 17.pdf"),
        (DocumentKind.PAYMENT_ORDER, "payment-order.png"),
        (DocumentKind.SITE_PHOTOS, "scan-0042.png"),
    ]
    act_date = execution.services.claims.get(claim_id).act_date
    assert [d.proof_date for d in documents] == [None, None, act_date]  # a proof is dated (the act's day offered)
    assert viewer.tab_texts()[-1] == f"dated photos of the sites: scan-0042.png ({date_text(act_date)})"
    assert viewer.tabs.currentIndex() == 2  # the newest is shown
    assert (
        screen.detail.claim is not None
        and screen.detail.claim.version == execution.services.claims.get(claim_id).version
    )


def test_attach_button_asks_for_files(qtbot, execution: Programme, tmp_path: Path, choose, monkeypatch) -> None:
    files = _files(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(files["payment-order.png"])], ""))
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.waiting_claim)
    qtbot.mouseClick(screen.detail.scans.viewer.attach_button, Qt.MouseButton.LeftButton)
    assert [d.kind for d in execution.services.claims.documents(execution.facts.waiting_claim)] == [
        DocumentKind.PAYMENT_ORDER
    ]


def test_cancelling_the_kinds_attaches_nothing(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(AttachDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.waiting_claim)
    drop(screen.detail.scans.viewer, list(_files(tmp_path).values()))
    assert execution.services.claims.documents(execution.facts.waiting_claim) == ()


def _second_claim(p: Programme) -> int:
    """Another undecided claim of the same dealer, on the waiting claim's activity."""
    s = p.services
    waiting = s.claims.get(p.facts.waiting_claim)
    claim = ClaimInput(
        reference=waiting.reference,
        invoice_number="INV-SECOND",
        invoice_date=dt.date(p.year, 1, 16),
        invoice_amount=Decimal("700.00"),
    )
    return s.claims.file(p.year, p.facts.payer, dataclasses.replace(claim, quarter=1)).claim_id


def test_an_invoice_scan_of_another_claim_is_refused_and_nothing_stored(
    qtbot, execution: Programme, tmp_path: Path, choose, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    s = execution.services
    invoice = pdf_pages("Invoice INV-3", 3)
    s.claims.attach_data(execution.facts.waiting_claim, DocumentKind.INVOICE, invoice, "invoice.pdf")
    second = _second_claim(execution)
    (tmp_path / "same-invoice.pdf").write_bytes(invoice)
    (tmp_path / "act.png").write_bytes(png(rgb=(1, 2, 3)))
    with s.ctx.db.reading() as session:
        stored = session.scalar(select(func.count()).select_from(Attachment))
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(second)
    before = s.claims.get(second).version
    drop(screen.detail.scans.viewer, [tmp_path / "same-invoice.pdf", tmp_path / "act.png"])
    assert len(shown) == 1
    assert shown[0].splitlines()[0] == "• same-invoice.pdf: not attached"
    assert "duplicate" in shown[0] and f"claim {execution.facts.waiting_claim}" in shown[0]
    assert s.claims.documents(second) == ()  # the refusal stops there: the act after it is not attached either
    assert s.claims.get(second).version == before
    with s.ctx.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == stored
    assert screen.detail.scans.viewer.tab_texts() == []


def test_a_file_that_is_no_scan_is_refused(qtbot, execution: Programme, tmp_path: Path, choose, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    (tmp_path / "invoice.txt").write_text("not a scan")
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.waiting_claim)
    drop(screen.detail.scans.viewer, [tmp_path / "invoice.txt"])
    assert shown and shown[0].startswith("• invoice.txt: not attached")
    assert execution.services.claims.documents(execution.facts.waiting_claim) == ()


def test_remove_takes_the_shown_scan_off_after_asking(qtbot, execution: Programme, tmp_path: Path, monkeypatch) -> None:
    from tests.ui.scans_state import scanned_claim

    scanned = scanned_claim(execution)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(scanned.claim_id)
    viewer = screen.detail.scans.viewer
    viewer.tabs.setCurrentIndex(1)
    qtbot.mouseClick(viewer.remove_button, Qt.MouseButton.LeftButton)  # "No": nothing happens
    assert len(execution.services.claims.documents(scanned.claim_id)) == 4
    qtbot.mouseClick(viewer.remove_button, Qt.MouseButton.LeftButton)
    assert "payment order payment-PO-3.png" in asked[1]
    kinds = [d.kind for d in execution.services.claims.documents(scanned.claim_id)]
    assert kinds == [DocumentKind.INVOICE, DocumentKind.ACT, DocumentKind.OTHER_PROOF]
    assert len(viewer.tab_texts()) == 3


@pytest.mark.parametrize("role", [Role.AGENCY, Role.AUDITOR])
def test_agency_and_auditor_cannot_attach_or_remove(
    qtbot, execution: Programme, tmp_path: Path, role: Role, choose, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    from tests.ui.scans_state import scanned_claim

    scanned = scanned_claim(execution)
    execution.services.ctx.role = role
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(scanned.claim_id)
    viewer = screen.detail.scans.viewer
    assert len(viewer.tab_texts()) == 4  # they read the scans
    assert not viewer.attach_button.isEnabled() and not viewer.remove_button.isEnabled()
    assert viewer.attach_button.toolTip() == f"Your role ({role.value}) may not attach claim documents."
    assert viewer.remove_button.toolTip() == f"Your role ({role.value}) may not take documents off claims."
    (tmp_path / "x.png").write_bytes(png(rgb=(9, 9, 9)))
    assert drop(viewer, [tmp_path / "x.png"])  # the claim takes the drop (the window would import it as a plan)
    assert shown == [f"Your role ({role.value}) may not attach claim documents."]  # and says why not
    assert len(execution.services.claims.documents(scanned.claim_id)) == 4


@pytest.mark.parametrize("role", [Role.MARKETER, Role.FINANCE])
def test_marketer_and_finance_may_attach(qtbot, execution: Programme, tmp_path: Path, role: Role, choose) -> None:
    execution.services.ctx.role = role
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.waiting_claim)
    viewer = screen.detail.scans.viewer
    assert viewer.attach_button.isEnabled()
    (tmp_path / "act.png").write_bytes(png(rgb=(9, 9, 9)))
    assert drop(viewer, [tmp_path / "act.png"])
    assert [d.kind for d in execution.services.claims.documents(execution.facts.waiting_claim)] == [DocumentKind.ACT]


def test_files_dropped_anywhere_on_the_claim_are_attached(qtbot, execution: Programme, tmp_path: Path, choose) -> None:
    files = _files(tmp_path)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    assert screen.select_claim(execution.facts.waiting_claim)
    assert drop(screen.detail._steps, [files["payment-order.png"]])  # on the R7 steps: the claim panel takes it
    assert [d.kind for d in execution.services.claims.documents(execution.facts.waiting_claim)] == [
        DocumentKind.PAYMENT_ORDER
    ]


def test_a_drop_on_a_decided_claim_says_why_and_attaches_nothing(
    qtbot, execution: Programme, tmp_path: Path, choose, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    answers, offered = choose
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    approved = execution.facts.approved_claims[0]
    assert screen.select_claim(approved)
    assert drop(screen.detail.scans.viewer, [_files(tmp_path)["payment-order.png"]])
    assert shown == ["Documents are attached to a claim before it is decided."] and offered == []
    assert execution.services.claims.documents(approved) == ()


def test_no_claim_shown_takes_no_drop(qtbot, execution: Programme, tmp_path: Path, choose) -> None:
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path))
    screen.detail.show_claim(None, stage=None)
    photo = _files(tmp_path)["payment-order.png"]
    assert not drop(screen.detail.scans.viewer, [photo])  # passed on to the window (a plan workbook, perhaps)
    assert not drop(screen.detail, [photo])


def test_a_file_whose_name_says_nothing_is_offered_as_the_channels_missing_proof(
    qtbot, execution: Programme, tmp_path: Path, choose
) -> None:
    _answers, offered = choose
    files = _files(tmp_path)
    s = execution.services
    claim_id = execution.facts.waiting_claim
    channel = s.claims.get(claim_id).channel
    year = s.claims.get(claim_id).year
    s.years.update_settings(year, proofs={channel: [("site_photos", False), ("airplay_certificate", True)]})
    context = make_context(execution, tmp_path)
    screen = open_screen(qtbot, ClaimsScreen, context)
    assert screen.select_claim(claim_id)
    with qtbot.waitSignal(context.hub.changed):
        assert drop(screen.detail.scans.viewer, [files["scan-0042.png"]])
    assert offered == [[("scan-0042.png", DocumentKind.SITE_PHOTOS)]]  # the first the channel asks for
    with qtbot.waitSignal(context.hub.changed):
        assert drop(screen.detail.scans.viewer, [files["payment-order.png"]])  # its name says what it is
    assert offered[-1] == [("payment-order.png", DocumentKind.PAYMENT_ORDER)]
    shutil_copy = tmp_path / "another.png"
    shutil_copy.write_bytes(png(rgb=(1, 2, 3)))
    with qtbot.waitSignal(context.hub.changed):
        assert drop(screen.detail.scans.viewer, [shutil_copy])
    assert offered[-1] == [("another.png", DocumentKind.AIRPLAY_CERTIFICATE)]  # the photos are there: the next

"""The claim's scans and the completion form in the Russian window: kinds, the check strip, the viewer's buttons,
the dialog of kinds and the form read in Russian (only file names, numbers and codes stay as they are)."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.programme_state import Programme, execution, programme_templates  # noqa: F401
from tests.ui.scans_state import scanned_claim
from tests.ui.screen_helpers import make_context, open_screen
from tests.ui.test_claim_completion import _returned_claim
from ui.screens.claims import ClaimsScreen
from ui.widgets.attach_dialog import AttachDialog

ENGLISH = re.compile(
    r"\b(check|scan|scans|invoice|payment|order|act|paid|vendor|dated|mockup|approval|planned|attach|remove|fit|"
    r"window|pages|complete|number|date|amount|missing|history|computation|of|the|and|for|no|file|what)\b",
    re.IGNORECASE,
)
FILES = re.compile(r"[\w.-]+\.(pdf|png)")


def _texts(root: QWidget) -> list[str]:
    """What the visible labels, buttons and tabs of ``root`` say, file names taken out."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        elif hasattr(widget, "tabText") and hasattr(widget, "count"):
            out += [widget.tabText(i) for i in range(widget.count())]  # type: ignore[attr-defined]
    return [FILES.sub("", text) for text in out if text]


def test_the_viewer_reads_in_russian(qtbot, russian: None, execution: Programme, tmp_path: Path) -> None:
    scanned = scanned_claim(execution)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path, lang="ru"))
    assert screen.select_claim(scanned.claim_id)
    viewer = screen.detail.scans.viewer
    assert viewer.tab_texts() == [
        "счёт: invoice-INV-3.pdf",
        "платёжное поручение: payment-PO-3.png",
        "акт приёмки: act-A-3.pdf",
        "иное подтверждение: photo.png (19.01.2027)",
    ]
    assert viewer.strip.text() == "Сверьте со сканом — счёт № INV-3 от 15.01.2027, 3\u00a0000,50\u00a0€"
    assert viewer.pages_label.text() == "3 стр."
    for index in range(4):
        viewer.tabs.setCurrentIndex(index)
        left = [t for t in _texts(screen.detail) if ENGLISH.search(t)]
        assert left == [], left
    assert "по плану — " in viewer.strip.text() and "2027" in viewer.strip.text()
    assert (viewer.attach_button.text(), viewer.remove_button.text()) == ("Прикрепить…", "Открепить")


def test_the_empty_viewer_the_dialog_and_the_completion_read_in_russian(
    qtbot, russian: None, execution: Programme, tmp_path: Path
) -> None:
    claim_id = _returned_claim(execution)
    screen = open_screen(qtbot, ClaimsScreen, make_context(execution, tmp_path, lang="ru"))
    assert screen.select_claim(claim_id)
    assert screen.detail.scans.viewer.empty.text() == "Сканов нет — перетащите файлы сюда или «Прикрепить…»"
    form = screen.detail.completion
    assert form.missing.text() == "не хватает: акт приёмки"
    assert form.complete_button.text() == "Дополнить"
    left = [t for t in _texts(screen.detail) if ENGLISH.search(t)]
    assert left == [], left
    dialog = AttachDialog(
        [tmp_path / "Счёт 5.pdf", tmp_path / "фото.png"],
        proof_date=execution.services.ctx.today(),
        latest=execution.services.ctx.today(),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert [k.currentText() for k in dialog.kinds] == ["счёт", "иное подтверждение"]
    assert [d.isEnabled() for d in dialog.dates] == [False, True]
    left = [t for t in _texts(dialog) if ENGLISH.search(t)]
    assert left == [], left

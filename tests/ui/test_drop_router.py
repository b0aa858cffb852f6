"""Workbooks dropped anywhere on the window go to the import of their kind (issue 14.2): read from the
identification sheet, asked when a workbook has none, a file that is no workbook refused by name."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from reports.xlsx import efficiency as eff_xlsx
from reports.xlsx.meta import TemplateMeta, write_meta
from tests.ui.programme_state import Programme, consolidation, execution, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context
from tests.ui.test_claim_attach import choose  # noqa: F401  (the attach dialog answers)
from ui.drop_router import ImportKindDialog
from ui.main_window import MainWindow
from ui.screens.claims_import import ClaimsImportPanel
from ui.screens.plan_import import PlanImportPanel


def _window(qtbot: Any, programme: Programme, tmp_path: Path, opened: str, lang: str = "en") -> MainWindow:
    context = make_context(programme, tmp_path, lang=lang)
    window = MainWindow(context.services, context.prefs, lang=lang)
    programme.task_runners.append(window.context.tasks)
    qtbot.addWidget(window)
    window.resize(1090, 540)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen(opened)
    return window


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert event.isAccepted()


def _filled_efficiency_form(programme: Programme, path: Path) -> tuple[Path, str]:
    """The efficiency form CoopDesk writes, one activity rated."""
    path = eff_xlsx.write_efficiency_template(programme.services, programme.year, path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    keys = [c.key for c in eff_xlsx.COLUMNS]
    first = eff_xlsx.HEADER_ROW + 1
    reference = str(ws.cell(row=first, column=1).value)
    for key, value in (("reach", 1200), ("leads", 30), ("sales", 4)):
        ws.cell(row=first, column=keys.index(key) + 1, value=value)
    for row in range(first + 1, ws.max_row + 1):
        for column in range(1, len(keys) + 1):
            ws.cell(row=row, column=column, value=None)
    wb.save(path)
    return path, reference


def _identified(path: Path, meta: TemplateMeta) -> Path:
    wb = Workbook()
    write_meta(wb, meta)
    wb.save(path)
    return path


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[list[str]]]]:
    """The plan and claims imports' starts, recorded (their own tests run them in full)."""
    calls: dict[str, list[list[str]]] = {"plan": [], "claims": []}
    monkeypatch.setattr(PlanImportPanel, "start", lambda self, paths: calls["plan"].append(list(paths)))
    monkeypatch.setattr(ClaimsImportPanel, "start", lambda self, paths: calls["claims"].append(list(paths)))
    yield calls


def test_efficiency_form_dropped_on_another_screen_is_imported(
    qtbot: Any, execution: Programme, tmp_path: Path, warnings_shown: list[str]
) -> None:
    path, reference = _filled_efficiency_form(execution, tmp_path / "eff.xlsx")
    window = _window(qtbot, execution, tmp_path, "payments")
    with qtbot.waitSignal(window.hub.changes_published, timeout=30000):
        _drop(window, [path])
    assert window.current_screen() is window.screen_named("evaluation")
    assert [r.reference for r in execution.services.evaluation.results(execution.year)] == [reference]
    assert warnings_shown == []


def test_consolidation_workbook_dropped_on_another_screen_is_imported(
    qtbot: Any, consolidation: Programme, tmp_path: Path, warnings_shown: list[str]
) -> None:
    from reports.xlsx.consolidation import write_consolidation

    s, year = consolidation.services, consolidation.year
    path = write_consolidation(s, year, tmp_path / "agency.xlsx")
    window = _window(qtbot, consolidation, tmp_path, "dashboard")
    with qtbot.waitSignal(window.hub.changes_published, timeout=30000):
        _drop(window, [path])
    assert window.current_screen() is window.screen_named("consolidation")
    assert len(s.plans.consolidated(year)) == len(s.plans.activities(year)) > 0
    assert warnings_shown == []


def test_each_kind_goes_to_its_import_and_other_files_are_refused_by_name(
    qtbot: Any, execution: Programme, tmp_path: Path, warnings_shown: list[str], started: dict[str, list[list[str]]]
) -> None:
    year = execution.year
    plan = _identified(tmp_path / "D001.xlsx", TemplateMeta("plan", 1, year, "D001"))
    claims = _identified(tmp_path / "D002-Q1.xlsx", TemplateMeta("claims", 1, year, "D002", "Q1"))
    scans = tmp_path / "D003-with-scans.zip"
    scans.write_bytes(b"PK\x05\x06" + bytes(18))
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    folder = tmp_path / "returned"
    folder.mkdir()
    window = _window(qtbot, execution, tmp_path, "allocation")
    _drop(window, [notes, claims, plan, scans, folder])
    assert started == {"plan": [[str(plan), str(folder)]], "claims": [[str(claims), str(scans)]]}
    assert window.current_screen() is window.screen_named("claims")  # the last import started
    assert len(warnings_shown) == 1 and "notes.txt" in warnings_shown[0]
    assert "D001.xlsx" not in warnings_shown[0]


def test_a_text_file_alone_is_refused_and_nothing_else_happens(
    qtbot: Any, execution: Programme, tmp_path: Path, warnings_shown: list[str], started: dict[str, list[list[str]]]
) -> None:
    notes = tmp_path / "прочти.txt"
    notes.write_text("hello", encoding="utf-8")
    window = _window(qtbot, execution, tmp_path, "allocation")
    _drop(window, [notes])
    assert warnings_shown == ["Not a workbook CoopDesk imports (.xlsx, .xlsm, .ods or a .zip of claims): прочти.txt"]
    assert started == {"plan": [], "claims": []}
    assert window.current_screen() is window.screen_named("allocation")


def test_workbook_without_identification_asks_and_goes_to_the_chosen_import(
    qtbot: Any, execution: Programme, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]
) -> None:
    path, reference = _filled_efficiency_form(execution, tmp_path / "own.xlsx")
    wb = load_workbook(path)
    del wb["coopdesk_id"]  # the agency's own copy: no identification sheet
    wb.save(path)
    asked: list[tuple[str, list[str]]] = []

    def choose_efficiency(dialog: ImportKindDialog) -> int:
        asked.append((dialog.text(), [b.text() for b in dialog.kind_buttons.values()]))
        dialog.kind_buttons["efficiency"].click()
        return 0

    monkeypatch.setattr(ImportKindDialog, "exec", choose_efficiency)
    window = _window(qtbot, execution, tmp_path, "mockups")
    with qtbot.waitSignal(window.hub.changes_published, timeout=30000):
        _drop(window, [path])
    assert asked == [
        (
            "Which import is own.xlsx for?",
            ["Dealer plan draft", "Consolidation", "Quarterly claims", "Efficiency report"],
        )
    ]
    assert window.current_screen() is window.screen_named("evaluation")
    assert [r.reference for r in execution.services.evaluation.results(execution.year)] == [reference]


def test_cancelling_the_question_imports_nothing(
    qtbot: Any,
    execution: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    started: dict[str, list[list[str]]],
) -> None:
    unknown = tmp_path / "D014.xlsx"
    Workbook().save(unknown)
    draft = tmp_path / "D014.ods"  # an .ods cannot be glanced at: asked too
    draft.write_bytes(b"PK\x05\x06" + bytes(18))
    answers = iter([None, "plan"])

    def answer(dialog: ImportKindDialog) -> int:
        kind = next(answers)
        (dialog.kind_buttons[kind] if kind else dialog.escapeButton()).click()
        return 0

    monkeypatch.setattr(ImportKindDialog, "exec", answer)
    window = _window(qtbot, execution, tmp_path, "mockups")
    _drop(window, [unknown, draft])
    assert started == {"plan": [[str(draft)]], "claims": []}
    assert "Not imported: D014.xlsx" in window.statusBar().currentMessage()


def test_a_consolidation_workbook_outside_its_stage_is_refused_with_the_reason(
    qtbot: Any, execution: Programme, tmp_path: Path, warnings_shown: list[str]
) -> None:
    path = _identified(tmp_path / "agency.xlsx", TemplateMeta("consolidation", 1, execution.year))
    window = _window(qtbot, execution, tmp_path, "dashboard")
    _drop(window, [path])
    assert window.current_screen() is window.screen_named("consolidation")
    assert warnings_shown == ["The agency's workbook is imported at the consolidation stage."]
    assert execution.services.plans.consolidated(execution.year)  # the year's plan is as it was


def test_two_efficiency_reports_at_once_are_refused_by_name(
    qtbot: Any, execution: Programme, tmp_path: Path, warnings_shown: list[str]
) -> None:
    one, _ = _filled_efficiency_form(execution, tmp_path / "one.xlsx")
    two, _ = _filled_efficiency_form(execution, tmp_path / "two.xlsx")
    window = _window(qtbot, execution, tmp_path, "dashboard")
    _drop(window, [one, two])
    assert warnings_shown == ["Import one efficiency report at a time (dropped: one.xlsx, two.xlsx)."]
    assert execution.services.evaluation.results(execution.year) == []


def test_the_question_and_the_refusal_in_russian(qtbot: Any, russian: None, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    def _tr(text: str) -> str:
        return QCoreApplication.translate("DropRouter", text)

    dialog = ImportKindDialog("D014.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.text() == "Для какого импорта файл D014.xlsx?"
    texts = [b.text() for b in dialog.kind_buttons.values()] + [dialog.windowTitle(), dialog.informativeText()]
    for text in texts + [_tr("Not imported"), _tr("Not imported: {names}").format(names="")]:
        assert text and not any("a" <= ch.lower() <= "z" for ch in text.replace("CoopDesk", "")), text
    refusal = _tr("Not a workbook CoopDesk imports (.xlsx, .xlsm, .ods or a .zip of claims): {names}")
    assert refusal.startswith("Не рабочая книга")


def test_scans_dropped_on_a_claim_still_go_to_the_claim_not_the_router(
    qtbot: Any,
    execution: Programme,
    tmp_path: Path,
    choose: Any,
    warnings_shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from models.enums import DocumentKind
    from tests.fixtures.scans import png
    from tests.ui.test_claim_attach import drop

    routed: list[list[Path]] = []
    monkeypatch.setattr("ui.drop_router.route_drop", lambda window, paths: routed.append(list(paths)))
    scan = tmp_path / "payment-order.png"
    scan.write_bytes(png(rgb=(10, 20, 30)))
    window = _window(qtbot, execution, tmp_path, "claims")
    screen = window.screen_named("claims")
    assert screen is not None and screen.select_claim(execution.facts.waiting_claim)
    assert drop(screen.detail._steps, [scan])  # the claim panel takes it before the window
    assert routed == []
    kinds = [d.kind for d in execution.services.claims.documents(execution.facts.waiting_claim)]
    assert kinds == [DocumentKind.PAYMENT_ORDER]
    screen.detail.show_claim(None, stage=None)  # no claim shown: the drop goes on to the window's router
    drop(screen.detail, [scan])
    assert routed == [[scan]]

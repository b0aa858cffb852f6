"""The shell's screens on demo data: dashboard, dealers & scores, allocation, settings."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coop_desk import rules
from coop_desk.money import format_money
from tests.ui import shell_state
from tests.ui.shell_state import YEAR, audit_count, show
from ui.models.dealers import DealerColumn
from ui.screens.allocation import AllocationScreen
from ui.screens.dashboard import DashboardScreen
from ui.screens.dealers import DealersScreen
from ui.screens.settings import SettingsScreen

allocation_shell = shell_state.allocation_shell
closed_shell = shell_state.closed_shell
shell_templates = shell_state.shell_templates


class Messages:
    """Records QMessageBox static calls instead of showing them."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes):  # type: ignore[no-untyped-def]
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer
        for kind in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _record(self, kind):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def _question(self, parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.shown.append(("question", title, text))
        return self.answer

    def text(self) -> str:
        return "\n".join(f"{t}\n{x}" for _, t, x in self.shown)


# -- dashboard -------------------------------------------------------------------------------------
def test_dashboard_shows_the_summary_and_opens_the_filtered_list(qtbot, closed_shell):  # type: ignore[no-untyped-def]
    ctx = closed_shell.context
    screen = show(qtbot, DashboardScreen(ctx))
    summary = ctx.services.summary.year(YEAR)
    assert screen._cards["budget"].value.text() == format_money(summary.budget, summary.currency, "en")
    assert screen._cards["paid"].value.text() == format_money(summary.paid, summary.currency, "en")
    assert screen._cards["remaining"].value.text() == format_money(summary.remaining, summary.currency, "en")
    assert screen.todo_count("late") == summary.late_claims > 0
    button = screen._todo_buttons["late"]
    button.setEnabled(True)
    with qtbot.waitSignal(ctx.hub.navigate_requested) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["claims", {"late": True}]


def test_dashboard_at_allocation_counts_and_refreshes_on_changes(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    screen = show(qtbot, DashboardScreen(ctx))
    assert screen._empty.isVisible()  # no claims yet
    assert screen._cards["allocated"].value.text() == format_money(Decimal(0), "EUR", "en")
    ctx.publish(ctx.services.allocation.freeze(YEAR))
    allocated = ctx.services.summary.year(YEAR).allocated
    assert allocated > 0
    assert screen._cards["allocated"].value.text() == format_money(allocated, "EUR", "en")


# -- dealers & scores ------------------------------------------------------------------------------
def test_dealers_screen_opens_with_k_and_cap(qtbot, qtmodeltester, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    screen = show(qtbot, DealersScreen(ctx))
    qtmodeltester.check(screen.model)
    assert screen.model.rowCount() == 12
    first = ctx.services.dealers.scores(YEAR)[0]
    row = screen.model.row_of(first.dealer_code)
    assert screen.model.index(row, DealerColumn.K).data() == f"{first.coefficient:.3f}"
    assert screen.model.index(row, DealerColumn.CAP).data() == format_money(first.cap, "EUR", "en")
    screen._filter.setText("D00")
    assert screen.proxy.rowCount() == 9
    screen.apply_filter({"codes": ["D002", "D005"]})
    assert screen.proxy.rowCount() == 2


def test_editing_a_dealer_in_place_saves_it(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    screen = show(qtbot, DealersScreen(ctx))
    before = audit_count(ctx.services)
    index = screen.proxy.index(0, DealerColumn.CITY)
    code = index.data(Qt.ItemDataRole.UserRole + 2)
    with qtbot.waitSignal(ctx.hub.changed):
        assert screen.proxy.setData(index, "Калуга")
    assert ctx.services.dealers.get(code).city == "Калуга"
    assert screen.proxy.index(0, DealerColumn.CITY).data() == "Калуга"
    assert audit_count(ctx.services) == before + 1
    assert "edited dealer" in screen.history._tree.topLevelItem(0).text(2)


def test_an_invalid_e_mail_is_refused_with_its_message(qtbot, monkeypatch, allocation_shell):  # type: ignore[no-untyped-def]
    messages = Messages(monkeypatch)
    ctx = allocation_shell.context
    screen = show(qtbot, DealersScreen(ctx))
    index = screen.proxy.index(0, DealerColumn.EMAIL)
    code = index.data(Qt.ItemDataRole.UserRole + 2)
    old = ctx.services.dealers.get(code).email
    assert not screen.proxy.setData(index, "not-an-address")
    assert "is not an e-mail address" in messages.text()
    assert ctx.services.dealers.get(code).email == old


def test_an_edit_conflict_says_so(qtbot, monkeypatch, allocation_shell):  # type: ignore[no-untyped-def]
    messages = Messages(monkeypatch)
    ctx = allocation_shell.context
    screen = show(qtbot, DealersScreen(ctx))
    index = screen.proxy.index(0, DealerColumn.PHONE)
    code = index.data(Qt.ItemDataRole.UserRole + 2)
    ctx.services.dealers.edit(code, phone="+7 000")  # somebody else, without telling the screen
    assert not screen.proxy.setData(index, "+7 111")
    assert "somebody else" in messages.text()


def test_the_score_editor_updates_k_and_cap_as_you_type(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    screen = show(qtbot, DealersScreen(ctx))
    assert screen.select_code("D001")
    view = ctx.services.years.get(YEAR)
    editor = screen.scores
    for criterion in view.criteria:
        edit = editor.edit_for(criterion.name)
        edit.clear()
        qtbot.keyClicks(edit, "5")
    k = rules.coefficient(Decimal(25), view.max_score)
    assert editor.current_k_text() == f"{k:.3f}" == "0.500"
    cap = rules.dealer_cap(k, view.cap_floor, view.cap_ceiling, view.threshold)
    assert editor.current_cap_text() == format_money(cap, "EUR", "en") == "€25,000.00"
    qtbot.keyClicks(editor.edit_for(view.criteria[0].name), "0")  # 50 points: above the maximum
    assert "at most 10 points" in editor._problem.text()
    assert editor.has_unsaved_changes()
    editor.edit_for(view.criteria[0].name).setText("10")
    with qtbot.waitSignal(editor.scores_saved):
        qtbot.mouseClick(editor._save, Qt.MouseButton.LeftButton)
    assert ctx.services.dealers.score(YEAR, "D001").coefficient == Decimal("0.600000")


# -- allocation ------------------------------------------------------------------------------------
def test_a_what_if_changes_nothing_until_frozen(qtbot, qtmodeltester, monkeypatch, allocation_shell):  # type: ignore[no-untyped-def]
    messages = Messages(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    ctx = allocation_shell.context
    screen = show(qtbot, AllocationScreen(ctx))
    qtmodeltester.check(screen.model)
    before_audit = audit_count(ctx.services)
    before_total = screen.run.total_allocated
    with qtbot.waitSignal(screen.recomputed, timeout=2000):
        screen.budget.setText("60000")
    assert screen.run.total_allocated == Decimal(60000) != before_total
    with qtbot.waitSignal(screen.recomputed, timeout=2000):
        screen.threshold.setText("0.5")
    assert all(ln.cap == 0 for ln in screen.run.lines if ln.coefficient < Decimal("0.5"))
    assert audit_count(ctx.services) == before_audit
    assert ctx.services.allocation.current(YEAR) is None
    assert ctx.services.years.get(YEAR).budget != Decimal(60000)
    assert screen.has_unsaved_changes()
    screen.select_code("D002")
    qtbot.mouseClick(screen.explain_button, Qt.MouseButton.LeftButton)
    assert "coefficient k" in screen.explanation.toPlainText()
    # freeze via the button
    with qtbot.waitSignal(ctx.hub.changed):
        qtbot.mouseClick(screen.freeze_button, Qt.MouseButton.LeftButton)
    assert "Freeze the 2027 allocation?" in messages.text()
    frozen = ctx.services.allocation.current(YEAR)
    assert frozen is not None and frozen.total_allocated == Decimal(60000) and frozen.threshold == Decimal("0.5")
    assert audit_count(ctx.services) == before_audit + 1


def test_freezing_can_be_cancelled(qtbot, monkeypatch, allocation_shell):  # type: ignore[no-untyped-def]
    Messages(monkeypatch, answer=QMessageBox.StandardButton.Cancel)
    ctx = allocation_shell.context
    screen = show(qtbot, AllocationScreen(ctx))
    qtbot.mouseClick(screen.freeze_button, Qt.MouseButton.LeftButton)
    assert ctx.services.allocation.current(YEAR) is None


def test_allocation_is_disabled_with_a_reason_outside_its_stage(qtbot, closed_shell):  # type: ignore[no-untyped-def]
    screen = show(qtbot, AllocationScreen(closed_shell.context))
    assert not screen.freeze_button.isEnabled()
    assert "only at the allocation stage" in screen.freeze_button.toolTip()
    assert screen.run is not None and screen.run.frozen
    assert "Frozen on" in screen.status.text()


def test_an_invalid_what_if_shows_the_problem_without_a_dialog(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    screen = show(qtbot, AllocationScreen(allocation_shell.context))
    screen.cap_ceiling.setText("5000")
    screen.recompute()
    assert "cap_ceiling" in screen.problem.text()


# -- settings --------------------------------------------------------------------------------------
def test_settings_save_and_a_refusal_is_shown(qtbot, monkeypatch, allocation_shell):  # type: ignore[no-untyped-def]
    messages = Messages(monkeypatch)
    ctx = allocation_shell.context
    screen = show(qtbot, SettingsScreen(ctx))
    screen.deadline.setValue(45)
    screen.channels.setPlainText("press\nradio\nonline")
    with qtbot.waitSignal(ctx.hub.year_changed):
        qtbot.mouseClick(screen.save_settings, Qt.MouseButton.LeftButton)
    view = ctx.services.years.get(YEAR)
    assert view.claim_deadline_days == 45 and view.channels == ("press", "radio", "online")
    screen.cap_ceiling.setText("100")  # below the floor: the service refuses
    qtbot.mouseClick(screen.save_settings, Qt.MouseButton.LeftButton)
    assert "cap_ceiling" in messages.text() and "at least the floor" in messages.text()
    assert ctx.services.years.get(YEAR).cap_ceiling == Decimal(50000)


def test_settings_criteria_and_language(qtbot, allocation_shell):  # type: ignore[no-untyped-def]
    ctx = allocation_shell.context
    screen = show(qtbot, SettingsScreen(ctx))
    screen.criteria.item(0, 1).setText("2")
    qtbot.mouseClick(screen.save_criteria, Qt.MouseButton.LeftButton)
    assert ctx.services.years.get(YEAR).criteria[0].weight == Decimal(2)
    with qtbot.waitSignal(ctx.hub.language_change_requested) as blocker:
        screen.language.activated.emit(screen.language.findData("ru"))
    assert blocker.args == ["ru"]

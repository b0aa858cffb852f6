"""Actions the signed-in role may not run are disabled (not hidden), with a tooltip saying why.

The role comes from ``services.ctx.role`` (None: the local owner of a personal file). A button is enabled only
when both the role and the year's stage allow it; the tooltip gives the role's reason first.
"""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from coop_desk.errors import Refused
from coop_desk.permissions import may
from models.enums import Role
from tests.ui.programme_state import (  # noqa: F401
    Programme,
    consolidation,
    drafting,
    execution,
    full_year,
    programme_templates,
)
from tests.ui.screen_helpers import make_context, open_screen
from tests.ui.shell_state import Shell, allocation_shell, shell_templates, show  # noqa: F401
from ui.context import ScreenContext
from ui.models.dealers import DealerColumn
from ui.screens.allocation import AllocationScreen
from ui.screens.claims import ClaimsScreen
from ui.screens.consolidation import ConsolidationScreen
from ui.screens.dealers import DealersScreen
from ui.screens.evaluation import EvaluationScreen
from ui.screens.mockups import MockupsScreen
from ui.screens.payments import PaymentsScreen
from ui.screens.plans import PlansScreen
from ui.screens.settings import SettingsScreen
from ui.screens.users import UsersScreen
from ui.stage_bar import StageBar

ROLES = [None, *Role]
ROLE_IDS = ["local", *(r.value for r in Role)]


def signed_in(programme: Programme, tmp_path: Path, role: Role | None) -> ScreenContext:
    programme.services.ctx.role = role
    return make_context(programme, tmp_path)


def refusal(role: Role | None, what: str) -> str:
    return f"Your role ({role.value if role else 'owner'}) may not {what}."


def _stage_bar(qtbot: Any, context: ScreenContext) -> StageBar:
    bar = StageBar(context)
    qtbot.addWidget(bar)
    bar.refresh()
    return bar


def _claims(qtbot: Any, context: ScreenContext, programme: Programme) -> ClaimsScreen:
    screen = open_screen(qtbot, ClaimsScreen, context)
    assert screen.select_claim(programme.facts.waiting_claim)
    return screen


Opener = Callable[[Any, ScreenContext, Programme], Any]

#: In the execution stage every one of these is allowed by the stage; only the role decides.
EXECUTION_ACTIONS: list[tuple[str, Opener, str, str, str]] = [
    (
        "mockup approve",
        lambda q, c, p: open_screen(q, MockupsScreen, c),
        "_approve",
        "mockups.approve",
        "approve mockups",
    ),
    ("mockup reject", lambda q, c, p: open_screen(q, MockupsScreen, c), "_reject", "mockups.reject", "reject mockups"),
    (
        "mockup changes",
        lambda q, c, p: open_screen(q, MockupsScreen, c),
        "_changes",
        "mockups.request_changes",
        "ask for changes to mockups",
    ),
    ("claim approve", _claims, "detail._approve", "claims.approve", "approve claims"),
    ("claim return", _claims, "detail._return", "claims.return_claim", "return claims"),
    ("claim reject", _claims, "detail._reject", "claims.reject", "reject claims"),
    (
        "claim attach",
        _claims,
        "detail.scans.viewer.attach_button",
        "claims.attach",
        "attach claim documents",
    ),
    ("claims import", lambda q, c, p: open_screen(q, ClaimsScreen, c), "_import", "claims.file", "file claims"),
    ("payment", lambda q, c, p: open_screen(q, PaymentsScreen, c), "form", "claims.record_payment", "record payments"),
    (
        "close quarter",
        lambda q, c, p: open_screen(q, PaymentsScreen, c),
        "_close",
        "claims.close_quarter",
        "close a quarter",
    ),
    (
        "efficiency import",
        lambda q, c, p: open_screen(q, EvaluationScreen, c),
        "_import",
        "evaluation.import_results",
        "import efficiency results",
    ),
    (
        "settings",
        lambda q, c, p: open_screen(q, SettingsScreen, c),
        "save_settings",
        "years.update_settings",
        "change a year's settings",
    ),
    ("advance", lambda q, c, p: _stage_bar(q, c), "_move", "years.advance", "move a year to its next stage"),
    ("add user", lambda q, c, p: open_screen(q, UsersScreen, c), "add", "users.add", "add users"),
    ("disable user", lambda q, c, p: open_screen(q, UsersScreen, c), "disable", "users.disable", "disable users"),
]


@pytest.mark.parametrize("role", ROLES, ids=ROLE_IDS)
@pytest.mark.parametrize(
    ("name", "opener", "attribute", "use_case", "what"), EXECUTION_ACTIONS, ids=[a[0] for a in EXECUTION_ACTIONS]
)
def test_execution_actions_follow_the_role(
    qtbot, execution: Programme, tmp_path: Path, role, name, opener, attribute, use_case, what
) -> None:
    screen = opener(qtbot, signed_in(execution, tmp_path, role), execution)
    widget = attrgetter(attribute)(screen)
    if may(role, use_case):
        assert widget.isEnabled(), f"{name}: {role} may, but it is disabled ({widget.toolTip()!r})"
        assert "Your role" not in widget.toolTip()
    else:
        assert not widget.isEnabled(), f"{name}: {role} may not, but it is enabled"
        assert widget.toolTip().startswith(refusal(role, what))


@pytest.mark.parametrize(
    ("role", "enabled", "disabled"),
    [
        (Role.FINANCE, ["form", "_close"], []),
        (Role.MARKETER, [], ["form", "_close"]),
        (Role.AUDITOR, [], ["form", "_close"]),
    ],
    ids=["finance", "marketer", "auditor"],
)
def test_payments_are_for_finance(qtbot, execution: Programme, tmp_path: Path, role, enabled, disabled) -> None:
    screen = open_screen(qtbot, PaymentsScreen, signed_in(execution, tmp_path, role))
    for attribute in enabled:
        assert getattr(screen, attribute).isEnabled()
    for attribute in disabled:
        assert not getattr(screen, attribute).isEnabled()
        assert f"Your role ({role.value})" in getattr(screen, attribute).toolTip()
    if disabled:
        assert not screen.form.record.isEnabled()  # a disabled form disables its button


def test_finance_may_not_approve_mockups_but_may_approve_claims(qtbot, execution: Programme, tmp_path: Path) -> None:
    context = signed_in(execution, tmp_path, Role.FINANCE)
    mockups = open_screen(qtbot, MockupsScreen, context)
    assert not mockups._approve.isEnabled()
    assert mockups._approve.toolTip() == "Your role (finance) may not approve mockups."
    assert not mockups._comment.isEnabled() and not mockups._brands.isEnabled()
    claims = _claims(qtbot, context, execution)
    assert claims.detail._approve.isEnabled()


def test_agency_may_not_approve_claims(qtbot, execution: Programme, tmp_path: Path) -> None:
    screen = _claims(qtbot, signed_in(execution, tmp_path, Role.AGENCY), execution)
    for button in (screen.detail._approve, screen.detail._return, screen.detail._reject):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Your role (agency) may not")


def test_role_reason_comes_before_the_stage_reason(qtbot, full_year: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, PaymentsScreen, signed_in(full_year, tmp_path, Role.AUDITOR))
    lines = screen._close.toolTip().splitlines()
    assert lines == [
        "Your role (auditor) may not close a quarter.",
        "Quarters are closed during execution and evaluation.",
    ]
    owner = open_screen(qtbot, PaymentsScreen, signed_in(full_year, tmp_path, Role.FINANCE))
    assert owner._close.toolTip() == "Quarters are closed during execution and evaluation."


def test_the_auditor_changes_nothing(qtbot, execution: Programme, tmp_path: Path) -> None:
    context = signed_in(execution, tmp_path, Role.AUDITOR)
    allocation = open_screen(qtbot, AllocationScreen, context)
    assert not allocation.freeze_button.isEnabled()
    assert allocation.freeze_button.toolTip().startswith("Your role (auditor) may not freeze the allocation.")
    settings = open_screen(qtbot, SettingsScreen, context)
    for widget in (settings.save_settings, settings.save_criteria, settings.add_criterion, settings.remove_criterion):
        assert not widget.isEnabled() and widget.toolTip().startswith("Your role (auditor) may not")
    assert settings.criteria.editTriggers() == settings.criteria.EditTrigger.NoEditTriggers
    bar = _stage_bar(qtbot, context)
    assert not bar._move.isEnabled()


@pytest.mark.parametrize("role", ROLES, ids=ROLE_IDS)
def test_drafts_import_and_scores_follow_the_role(qtbot, drafting: Programme, tmp_path: Path, role) -> None:
    context = signed_in(drafting, tmp_path, role)
    plans = open_screen(qtbot, PlansScreen, context)
    assert plans._import_button.isEnabled() is may(role, "plans.record_draft")
    dealers = open_screen(qtbot, DealersScreen, context)
    assert dealers.scores._save.isEnabled() is may(role, "dealers.record_scores")
    edits = list(dealers.scores._edits.values())
    assert edits and all(e.isReadOnly() is not may(role, "dealers.record_scores") for e in edits)
    if not may(role, "dealers.record_scores"):
        assert dealers.scores._save.toolTip() == refusal(role, "record dealer scores")


@pytest.mark.parametrize("role", ROLES, ids=ROLE_IDS)
def test_programme_settings_are_greyed_for_a_role_that_may_not_change_them(
    qtbot, drafting: Programme, tmp_path: Path, role
) -> None:
    screen = open_screen(qtbot, SettingsScreen, signed_in(drafting, tmp_path, role))
    allowed = may(role, "years.update_settings")
    assert screen.save_settings.isEnabled() is allowed
    assert all(field.isEnabled() is allowed for field in (screen.budget, screen.currency, screen.channels))
    assert screen.settings_note.text() == ("" if allowed else refusal(role, "change a year's settings"))


@pytest.mark.parametrize("role", ROLES, ids=ROLE_IDS)
def test_the_agency_imports_the_consolidated_plan(qtbot, consolidation: Programme, tmp_path: Path, role) -> None:
    screen = open_screen(qtbot, ConsolidationScreen, signed_in(consolidation, tmp_path, role))
    allowed = role in (None, Role.OWNER, Role.MARKETER, Role.AGENCY)
    assert screen._import.isEnabled() is allowed
    assert screen._export.isEnabled()  # writing the workbook changes nothing
    if not allowed:
        assert screen._import.toolTip().startswith(refusal(role, "edit the consolidated plan"))


def _name_cell(screen: DealersScreen) -> QModelIndex:
    return screen.model.index(0, DealerColumn.NAME)


def test_the_auditor_cannot_edit_a_dealer_cell(qtbot, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, DealersScreen, signed_in(drafting, tmp_path, Role.AUDITOR))
    index = _name_cell(screen)
    before = index.data()
    assert not screen.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not screen.model.setData(index, "Renamed", Qt.ItemDataRole.EditRole)
    view_index = screen.proxy.mapFromSource(index)
    screen.table.setCurrentIndex(view_index)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    assert screen.table.indexWidget(view_index) is None
    assert screen.table.state() != screen.table.State.EditingState
    assert screen.model.index(0, DealerColumn.NAME).data() == before
    assert drafting.services.dealers.get(screen.model.row_at(0).dealer.code).name == before


def test_the_marketer_can_still_edit_a_dealer_cell(qtbot, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, DealersScreen, signed_in(drafting, tmp_path, Role.MARKETER))
    assert screen.model.flags(_name_cell(screen)) & Qt.ItemFlag.ItemIsEditable


def test_the_refusal_names_the_role_and_the_use_case(qtbot, execution: Programme, tmp_path: Path) -> None:
    context = signed_in(execution, tmp_path, Role.FINANCE)
    assert context.may("claims.record_payment") and not context.may("mockups.approve")
    assert context.role_refusal("claims.record_payment") == ""
    assert context.role_refusal("mockups.approve") == "Your role (finance) may not approve mockups."
    assert signed_in(execution, tmp_path, None).role_refusal("users.add") == ""


@pytest.mark.parametrize(("role", "may_freeze"), [(Role.MARKETER, True), (Role.FINANCE, False), (None, True)])
def test_freezing_the_allocation_follows_the_role(qtbot, allocation_shell: Shell, role, may_freeze) -> None:
    allocation_shell.services.ctx.role = role
    screen = show(qtbot, AllocationScreen(allocation_shell.context))
    assert screen.freeze_button.isEnabled() is may_freeze
    assert screen.budget.isEnabled()  # a what-if changes nothing: every role may try one
    if not may_freeze:
        assert screen.freeze_button.toolTip() == refusal(role, "freeze the allocation")


def test_the_window_gates_the_menu_and_the_stage_bar(qtbot, allocation_shell: Shell) -> None:
    from ui.main_window import MainWindow

    ctx = allocation_shell.context
    ctx.services.ctx.role = Role.FINANCE
    window = show(qtbot, MainWindow(ctx.services, ctx.prefs, lang="en"), (1360, 860))
    assert window.who.text().endswith("(finance)")
    action = window.file_menu.new_year
    assert not action.isEnabled() and action.toolTip() == refusal(Role.FINANCE, "create a programme year")
    assert window.file_menu.toolTipsVisible()
    assert not window.stage_bar._move.isEnabled()
    assert window.stage_bar._move.toolTip() == refusal(Role.FINANCE, "move a year to its next stage")
    window.context.tasks.wait_for_done()


def test_dropped_drafts_are_refused_for_a_role_that_may_not_import(qtbot, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, PlansScreen, signed_in(drafting, tmp_path, Role.AUDITOR))
    with pytest.raises(Refused) as refused:
        screen.import_panel.start([str(tmp_path / "draft.xlsx")])
    assert str(refused.value) == refusal(Role.AUDITOR, "import dealer drafts")


@pytest.mark.parametrize(("role", "may_start"), [(None, True), (Role.MARKETER, True), (Role.FINANCE, False)])
def test_the_first_start_offers_a_new_year_only_to_who_may_create_one(qtbot, role, may_start) -> None:
    from ui.dialogs import FirstStartDialog

    why = "" if may_start else refusal(role, "create a programme year")
    dialog = FirstStartDialog(may_start=may(role, "years.create_year"), why_not=why)
    qtbot.addWidget(dialog)
    assert dialog.new_year.isEnabled() is may_start
    assert dialog.new_year.toolTip() == why

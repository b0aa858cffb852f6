"""Actions not allowed in the year's stage are disabled, with a tooltip saying why."""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.programme_state import Programme, drafting, full_year, programme_templates  # noqa: F401
from tests.ui.screen_helpers import make_context, open_screen
from ui.screens.claims import ClaimsScreen
from ui.screens.consolidation import ConsolidationScreen
from ui.screens.evaluation import EvaluationScreen
from ui.screens.mockups import MockupsScreen
from ui.screens.payments import PaymentsScreen
from ui.screens.plans import PlansScreen

CLOSED_YEAR = [
    (PlansScreen, "_import_button", "drafting"),
    (ConsolidationScreen, "_import", "consolidation"),
    (ConsolidationScreen, "_export", "closed"),
    (EvaluationScreen, "_import", "evaluation"),
    (ClaimsScreen, "_import", "execution"),
    (PaymentsScreen, "form", "execution"),
    (PaymentsScreen, "_close", "execution"),
]


@pytest.mark.parametrize(("cls", "attribute", "why"), CLOSED_YEAR)
def test_a_closed_year_disables_with_a_reason(qtbot, full_year: Programme, tmp_path: Path, cls, attribute, why) -> None:
    screen = open_screen(qtbot, cls, make_context(full_year, tmp_path))
    widget = getattr(screen, attribute)
    assert not widget.isEnabled()
    assert why in widget.toolTip()


def test_claim_decisions_outside_execution_say_why(qtbot, full_year: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ClaimsScreen, make_context(full_year, tmp_path))
    assert screen.detail.claim is not None
    for button in (screen.detail._approve, screen.detail._return, screen.detail._reject):
        assert not button.isEnabled()
        assert "execution and evaluation" in button.toolTip()


def test_mockup_decisions_wait_for_execution(qtbot, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, MockupsScreen, make_context(drafting, tmp_path))
    for button in (screen._approve, screen._reject, screen._changes):
        assert not button.isEnabled()
        assert "execution" in button.toolTip()


def test_drafts_can_be_imported_while_drafting(qtbot, drafting: Programme, tmp_path: Path) -> None:
    screen = open_screen(qtbot, PlansScreen, make_context(drafting, tmp_path))
    assert screen._import_button.isEnabled()
    consolidation = open_screen(qtbot, ConsolidationScreen, make_context(drafting, tmp_path))
    assert not consolidation._import.isEnabled() and "consolidation" in consolidation._import.toolTip()


def test_the_context_asks_the_matrix_for_role_and_stage(qtbot, drafting: Programme, tmp_path: Path) -> None:
    from models.enums import Role, Stage

    context = make_context(drafting, tmp_path)
    assert context.allows("plans.record_draft") and context.stage_allows("plans.record_draft")
    assert not context.allows("claims.file") and not context.stage_allows("claims.file")
    assert context.stage_allows("claims.file", Stage.EVALUATION) and not context.stage_allows("claims.file", None)
    context.services.ctx.role = Role.AGENCY  # the stage allows drafts, the agency's role does not
    assert context.stage_allows("plans.record_draft") and not context.allows("plans.record_draft")

"""The stages of each use case, declared once in the permission matrix and read by ``require_stage``."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest

from coop_desk import permissions
from coop_desk.errors import Refused
from coop_desk.permissions import MATRIX
from coop_desk.services import Services, StageRequired
from coop_desk.services.base import require_stage
from models.enums import Role, Stage

ROOT = Path(__file__).resolve().parents[2]
Y = 2099

#: The stage refusals as the services worded them before the matrix held them (byte for byte).
WORDS = {
    "dealers.record_scores": ("recording scores", "drafting, consolidation, allocation"),
    "plans.record_draft": ("recording a dealer draft", "drafting"),
    "plans.record_consolidation": ("importing the consolidated plan", "consolidation"),
    "allocation.freeze": ("freezing the allocation", "allocation"),
    "mockups.submit": ("submitting a mockup", "execution"),
    "mockups.approve": ("deciding on a mockup", "execution"),
    "mockups.reject": ("deciding on a mockup", "execution"),
    "mockups.request_changes": ("deciding on a mockup", "execution"),
    "mockups.undo_decision": ("undoing a mockup decision", "execution"),
    "mockups.reopen": ("reopening a mockup decision", "execution"),
    "claims.file": ("filing a claim", "execution, evaluation"),
    "claims.complete": ("completing a claim", "execution, evaluation"),
    "claims.set_rate": ("setting an exchange rate", "execution, evaluation"),
    "claims.attach": ("attaching a claim document", "execution, evaluation"),
    "claims.attach_data": ("attaching a claim document", "execution, evaluation"),
    "claims.detach": ("taking a document off a claim", "execution, evaluation"),
    "claims.approve": ("approving a claim", "execution, evaluation"),
    "claims.reject": ("rejecting a claim", "execution, evaluation"),
    "claims.return_claim": ("returning a claim", "execution, evaluation"),
    "claims.override_late": ("overriding a late claim", "execution, evaluation"),
    "claims.reopen": ("reopening a claim decision", "execution, evaluation"),
    "claims.record_payment": ("recording a payment", "execution, evaluation"),
    "claims.reverse_payment": ("reversing a payment", "execution, evaluation"),
    "claims.close_quarter": ("closing a quarter", "execution, evaluation"),
    "claims.reopen_quarter": ("reopening a quarter", "execution, evaluation"),
    "evaluation.import_results": ("importing efficiency results", "execution, evaluation"),
}


@pytest.mark.parametrize("use_case", sorted(WORDS))
def test_a_stage_refusal_reads_as_before_at_every_stage_it_is_refused(use_case: str) -> None:
    doing, allowed = WORDS[use_case]
    entry = MATRIX[use_case]
    for stage in Stage:
        programme_year = SimpleNamespace(year=Y, stage=stage)
        if entry.at(stage):
            require_stage(programme_year, use_case)  # type: ignore[arg-type]
            assert stage.value in allowed
            continue
        with pytest.raises(StageRequired) as refused:
            require_stage(programme_year, use_case)  # type: ignore[arg-type]
        assert str(refused.value) == (f"{doing} is not allowed in year {Y} at stage {stage.value} (only at: {allowed})")
        assert isinstance(refused.value, Refused)
        assert (refused.value.use_case, refused.value.year, refused.value.stage) == (use_case, Y, stage)
        assert [s.value for s in refused.value.allowed] == allowed.split(", ")


def _require_stage_calls() -> list[tuple[str, ast.Call]]:
    calls = []
    for path in sorted((ROOT / "coop_desk" / "services").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "require_stage":
                calls.append((path.name, node))
    return calls


def test_every_require_stage_names_a_stage_bound_use_case_of_the_matrix() -> None:
    named: set[str] = set()
    calls = _require_stage_calls()
    assert calls
    for file, call in calls:
        assert len(call.args) == 2 and not call.keywords, (
            f"{file}:{call.lineno}: require_stage(programme_year, use_case)"
        )
        literals = [n.value for n in ast.walk(call.args[1]) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        assert literals or file == "mockups.py", f"{file}:{call.lineno}: name the use case"
        named.update(literals)
    from coop_desk.services.mockups import _DECISIONS

    named.update(_DECISIONS.values())
    bound = {name for name, entry in MATRIX.items() if entry.doing is not None}
    assert named == bound == set(WORDS)
    for name in bound:
        assert MATRIX[name].stages, name


def test_at_stage_and_allows_read_the_matrix() -> None:
    assert permissions.at_stage("claims.file", Stage.EVALUATION)
    assert not permissions.at_stage("claims.file", Stage.ALLOCATION)
    assert permissions.at_stage("claims.list_claims", Stage.DRAFTING)  # reads run at any stage
    assert permissions.at_stage("dealers.register", Stage.CLOSED)  # bound to no stage
    assert not permissions.at_stage("years.update_settings", Stage.CLOSED)
    assert permissions.allows(Role.FINANCE, "claims.file", Stage.EXECUTION)
    assert not permissions.allows(Role.AGENCY, "claims.file", Stage.EXECUTION)  # the role may not
    assert not permissions.allows(Role.FINANCE, "claims.file", Stage.CONSOLIDATION)  # the stage does not allow
    assert not permissions.allows(None, "claims.file", None)  # no year: nothing stage-bound
    assert permissions.allows(None, "dealers.register", None)


def test_a_service_refuses_out_of_stage_with_the_typed_refusal(services: Services) -> None:
    services.years.create_year(Y)
    with pytest.raises(StageRequired) as refused:
        services.allocation.freeze(Y)
    assert refused.value.use_case == "allocation.freeze" and refused.value.stage == Stage.DRAFTING
    assert refused.value.allowed == (Stage.ALLOCATION,)

"""Translated names of domain values shown in several screens (stages, statuses, roles)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coop_desk.words import role_name
from models import Stage
from models.enums import Role
from ui.text import tr_text

_STAGES = {
    Stage.DRAFTING: QT_TRANSLATE_NOOP("Stage", "Drafting"),
    Stage.CONSOLIDATION: QT_TRANSLATE_NOOP("Stage", "Consolidation"),
    Stage.ALLOCATION: QT_TRANSLATE_NOOP("Stage", "Allocation"),
    Stage.EXECUTION: QT_TRANSLATE_NOOP("Stage", "Execution"),
    Stage.EVALUATION: QT_TRANSLATE_NOOP("Stage", "Evaluation"),
    Stage.CLOSED: QT_TRANSLATE_NOOP("Stage", "Closed"),
}


def stage_label(stage: Stage | str) -> str:
    return QCoreApplication.translate("Stage", str(_STAGES[Stage(stage)]))


def role_label(role: Role | str | None) -> str:
    """The role's name in the window's language; ``None`` (a personal file's local user) is the owner."""
    return tr_text(role_name(role or Role.OWNER))

"""Translated names of domain values shown in several screens (stages, statuses)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models import Stage

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

"""Translated names of domain values shown in several screens (stages, statuses, roles)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coop_desk.words import role_name
from models.enums import MockupStatus, Role, Stage
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


_MOCKUP_STATUSES = {
    MockupStatus.SUBMITTED: QT_TRANSLATE_NOOP("MockupStatus", "waiting"),
    MockupStatus.APPROVED: QT_TRANSLATE_NOOP("MockupStatus", "approved"),
    MockupStatus.REJECTED: QT_TRANSLATE_NOOP("MockupStatus", "rejected"),
    MockupStatus.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("MockupStatus", "changes requested"),
}


def mockup_status_label(status: MockupStatus | str) -> str:
    """A mockup's decision in the window's language ("waiting", "approved", …)."""
    return QCoreApplication.translate("MockupStatus", str(_MOCKUP_STATUSES[MockupStatus(status)]))


def role_label(role: Role | str | None) -> str:
    """The role's name in the window's language; ``None`` (a personal file's local user) is the owner."""
    return tr_text(role_name(role or Role.OWNER))


_AUDIT_ACTIONS = {
    "allocation.freeze": QT_TRANSLATE_NOOP("AuditAction", "Allocation frozen"),
    "attachment.add": QT_TRANSLATE_NOOP("AuditAction", "Document attached"),
    "claim.approve": QT_TRANSLATE_NOOP("AuditAction", "Claim approved"),
    "claim.complete": QT_TRANSLATE_NOOP("AuditAction", "Claim completed"),
    "claim.file": QT_TRANSLATE_NOOP("AuditAction", "Claim filed"),
    "claim.override_late": QT_TRANSLATE_NOOP("AuditAction", "Late claim accepted"),
    "claim.reject": QT_TRANSLATE_NOOP("AuditAction", "Claim rejected"),
    "claim.reopen": QT_TRANSLATE_NOOP("AuditAction", "Claim decision reopened"),
    "claim.return": QT_TRANSLATE_NOOP("AuditAction", "Claim returned"),
    "claim.set_rate": QT_TRANSLATE_NOOP("AuditAction", "Claim exchange rate set"),
    "consolidation.record": QT_TRANSLATE_NOOP("AuditAction", "Consolidated plan recorded"),
    "dealer.deactivate": QT_TRANSLATE_NOOP("AuditAction", "Dealer deactivated"),
    "dealer.edit": QT_TRANSLATE_NOOP("AuditAction", "Dealer edited"),
    "dealer.reactivate": QT_TRANSLATE_NOOP("AuditAction", "Dealer reactivated"),
    "dealer.register": QT_TRANSLATE_NOOP("AuditAction", "Dealer registered"),
    "draft.record": QT_TRANSLATE_NOOP("AuditAction", "Draft recorded"),
    "efficiency.import": QT_TRANSLATE_NOOP("AuditAction", "Efficiency results imported"),
    "mockup.approve": QT_TRANSLATE_NOOP("AuditAction", "Mockup approved"),
    "mockup.reject": QT_TRANSLATE_NOOP("AuditAction", "Mockup rejected"),
    "mockup.request_changes": QT_TRANSLATE_NOOP("AuditAction", "Mockup changes requested"),
    "mockup.undo": QT_TRANSLATE_NOOP("AuditAction", "Mockup decision undone"),
    "mockup.reopen": QT_TRANSLATE_NOOP("AuditAction", "Mockup decision reopened"),
    "mockup.submit": QT_TRANSLATE_NOOP("AuditAction", "Mockup submitted"),
    "payment.record": QT_TRANSLATE_NOOP("AuditAction", "Payment recorded"),
    "payment.reverse": QT_TRANSLATE_NOOP("AuditAction", "Payment reversed"),
    "quarter.close": QT_TRANSLATE_NOOP("AuditAction", "Quarter closed"),
    "score.record": QT_TRANSLATE_NOOP("AuditAction", "Scores recorded"),
    "user.add": QT_TRANSLATE_NOOP("AuditAction", "User added"),
    "user.disable": QT_TRANSLATE_NOOP("AuditAction", "User disabled"),
    "user.locked": QT_TRANSLATE_NOOP("AuditAction", "User locked out"),
    "user.password": QT_TRANSLATE_NOOP("AuditAction", "Password changed"),
    "year.advance": QT_TRANSLATE_NOOP("AuditAction", "Stage moved on"),
    "year.create": QT_TRANSLATE_NOOP("AuditAction", "Year created"),
    "year.criteria": QT_TRANSLATE_NOOP("AuditAction", "Criteria changed"),
    "year.criterion_names": QT_TRANSLATE_NOOP("AuditAction", "Criteria renamed"),
    "year.reopen": QT_TRANSLATE_NOOP("AuditAction", "Stage re-opened"),
    "year.settings": QT_TRANSLATE_NOOP("AuditAction", "Settings changed"),
}

_AUDIT_SUBJECTS = {
    "allocation": QT_TRANSLATE_NOOP("AuditSubject", "allocation {0}"),
    "attachment": QT_TRANSLATE_NOOP("AuditSubject", "document {0}"),
    "claim": QT_TRANSLATE_NOOP("AuditSubject", "claim {0}"),
    "consolidated_plan": QT_TRANSLATE_NOOP("AuditSubject", "consolidated plan {0}"),
    "dealer": QT_TRANSLATE_NOOP("AuditSubject", "dealer {0}"),
    "efficiency_result": QT_TRANSLATE_NOOP("AuditSubject", "efficiency results {0}"),
    "mockup": QT_TRANSLATE_NOOP("AuditSubject", "mockup {0}"),
    "payment": QT_TRANSLATE_NOOP("AuditSubject", "payment {0}"),
    "plan_draft": QT_TRANSLATE_NOOP("AuditSubject", "draft {0}"),
    "programme_year": QT_TRANSLATE_NOOP("AuditSubject", "programme year"),  # the Year column says which
    "quarter_close": QT_TRANSLATE_NOOP("AuditSubject", "quarter closing"),  # its row number is no quarter
    "user": QT_TRANSLATE_NOOP("AuditSubject", "user {0}"),
}


def audit_action_label(action: str) -> str:
    """An audit record's action (``claim.approve``) for people; an unknown code is shown as it is."""
    source = _AUDIT_ACTIONS.get(action)
    return QCoreApplication.translate("AuditAction", str(source)) if source else action


def audit_subject_label(entity: str, entity_id: int | None) -> str:
    """What an audit record is about (``claim``, 79) for people: "claim 79"; unknown kinds as they are."""
    number = "" if entity_id is None else str(entity_id)
    source = _AUDIT_SUBJECTS.get(entity)
    if source is None:
        return f"{entity} #{number}" if number else entity
    return QCoreApplication.translate("AuditSubject", str(source)).format(number).strip()

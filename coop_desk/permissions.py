"""Who may do what: the permission matrix in ONE place, enforced by the ``Services`` bundle.

Every public method of every service is classified here: either it is a read (``READS``; every role may
call it, the auditor included) or it is a mutating use case in ``MATRIX`` with the roles that may call it.
A method that is in neither is refused for everybody but the programme owner (fail closed), and a test
checks that no such method exists.

Decisions (DESIGN.md "Who uses it" and issue 6):

* **owner** (programme owner): everything, including re-opening stages and managing users.
* **marketer**: the cycle — years, settings, criteria, dealers, scores, drafts, consolidation, allocation
  freeze (re-opening a stage is the owner's), mockup review, claim checks, efficiency import — but no
  payments, no quarter close, no late-claim override and no users.
* **agency** (the consolidating agency): edits the consolidated plan, submits mockups and adds their files;
  it cannot approve mockups or claims, cannot allocate, and cannot import efficiency results (the evaluating
  agency must be another one; its report comes in by Excel through the marketer).
* **finance**: files, completes, approves, returns and rejects claims, sets their exchange rates, overrides
  late claims, records payments and closes quarters; it cannot approve mockups or change allocations, scores
  or settings.
  Closing a quarter before its filing deadline and reopening a closed quarter are the owner's (audited).
  Finance reverses a payment (so does the owner): it recorded the payment and is the one who learns that the
  bank returned it or that it was booked twice; a reversal deletes nothing, carries a reason in the audit
  trail, counts on its own date and is refused inside a closed quarter, so it needs no second person.
  Reopening a claim decision is the owner's alone (DESIGN.md R7): it unfixes an approved amount.
* **auditor**: reads everything and changes nothing.

Role ``None`` on a ``ServiceContext`` is the implicit local owner of a personal SQLite file.

A use case may also be bound to stages of the programme year (``UseCase.stages``; None = any stage): the
services refuse it elsewhere (``require_stage(programme_year, "claims.file")`` raises ``StageRequired``, saying what
was being done — ``UseCase.doing``), and the window, importers and commands ask the same entry
(:func:`at_stage`, :func:`allows`) instead of keeping stage lists of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from coop_desk.errors import PermissionDenied
from coop_desk.text import Text
from coop_desk.words import role_name
from models.enums import Role, Stage

OWNER, MARKETER, AGENCY, FINANCE, AUDITOR = Role.OWNER, Role.MARKETER, Role.AGENCY, Role.FINANCE, Role.AUDITOR
EVERYONE = frozenset(Role)

DRAFTING, CONSOLIDATION, ALLOCATION = Stage.DRAFTING, Stage.CONSOLIDATION, Stage.ALLOCATION
EXECUTION, EVALUATION = Stage.EXECUTION, Stage.EVALUATION
#: Claims, payments and quarters: during execution, and late ones during evaluation.
_OPEN = frozenset((EXECUTION, EVALUATION))
#: Dealer scores: from drafting until the allocation is frozen.
_SCORING = frozenset((DRAFTING, CONSOLIDATION, ALLOCATION))
#: Every stage but closed.
_UNTIL_CLOSED = frozenset(Stage) - {Stage.CLOSED}


@dataclass(frozen=True)
class UseCase:
    """A mutating use case: the roles that may run it and what it is called in a role refusal (``what``:
    "file claims"); the stages it may run at (None: any) and what it is called in a stage refusal
    (``doing``: "filing a claim")."""

    roles: frozenset[Role]
    what: Text
    stages: frozenset[Stage] | None = None
    doing: Text | None = None

    def at(self, stage: Stage) -> bool:
        """Whether the use case may run while the year is at ``stage``."""
        return self.stages is None or stage in self.stages

    def stage_list(self) -> tuple[Stage, ...]:
        """The stages it may run at, in the cycle's order (all of them when not bound)."""
        return tuple(s for s in Stage if self.at(s))


def _uc(what: Text, *roles: Role, stages: frozenset[Stage] | None = None, doing: Text | None = None) -> UseCase:
    return UseCase(frozenset((OWNER, *roles)), what, stages, doing)


def _at(*stages: Stage) -> frozenset[Stage]:
    return frozenset(stages)


#: Mutating use cases ("service.method") and who may run them. The owner may run every one.
MATRIX: dict[str, UseCase] = {
    # the programme year
    "years.create_year": _uc(Text("create a programme year"), MARKETER),
    # a closed year's settings are kept as they were (the service says so in its own words)
    "years.update_settings": _uc(Text("change a year's settings"), MARKETER, stages=_UNTIL_CLOSED),
    "years.set_criteria": _uc(Text("change the scoring criteria"), MARKETER),
    "years.set_criterion_names": _uc(Text("rename the scoring criteria"), MARKETER, stages=_UNTIL_CLOSED),
    "years.advance": _uc(Text("move a year to its next stage"), MARKETER),
    "years.reopen": _uc(Text("re-open an earlier stage")),
    # dealers and scores
    "dealers.register": _uc(Text("register dealers"), MARKETER),
    "dealers.edit": _uc(Text("edit dealers"), MARKETER),
    "dealers.deactivate": _uc(Text("deactivate dealers"), MARKETER),
    "dealers.reactivate": _uc(Text("reactivate dealers"), MARKETER),
    "dealers.record_scores": _uc(
        Text("record dealer scores"), MARKETER, stages=_SCORING, doing=Text("recording scores")
    ),
    # plans
    "plans.record_draft": _uc(
        Text("import dealer drafts"), MARKETER, stages=_at(DRAFTING), doing=Text("recording a dealer draft")
    ),
    "plans.record_consolidation": _uc(
        Text("edit the consolidated plan"),
        MARKETER,
        AGENCY,
        stages=_at(CONSOLIDATION),
        doing=Text("importing the consolidated plan"),
    ),
    # allocation
    "allocation.freeze": _uc(
        Text("freeze the allocation"), MARKETER, stages=_at(ALLOCATION), doing=Text("freezing the allocation")
    ),
    # mockups
    "mockups.submit": _uc(
        Text("submit mockups"), MARKETER, AGENCY, stages=_at(EXECUTION), doing=Text("submitting a mockup")
    ),
    "mockups.approve": _uc(
        Text("approve mockups"), MARKETER, stages=_at(EXECUTION), doing=Text("deciding on a mockup")
    ),
    "mockups.reject": _uc(Text("reject mockups"), MARKETER, stages=_at(EXECUTION), doing=Text("deciding on a mockup")),
    "mockups.request_changes": _uc(
        Text("ask for changes to mockups"), MARKETER, stages=_at(EXECUTION), doing=Text("deciding on a mockup")
    ),
    # taking a decision back: one's own at once (the Undo bar), anybody's later with a reason (the owner)
    "mockups.undo_decision": _uc(
        Text("undo mockup decisions"), MARKETER, stages=_at(EXECUTION), doing=Text("undoing a mockup decision")
    ),
    "mockups.reopen": _uc(
        Text("reopen mockup decisions"), stages=_at(EXECUTION), doing=Text("reopening a mockup decision")
    ),
    # claims and payments
    "claims.file": _uc(Text("file claims"), MARKETER, FINANCE, stages=_OPEN, doing=Text("filing a claim")),
    "claims.complete": _uc(Text("complete claims"), MARKETER, FINANCE, stages=_OPEN, doing=Text("completing a claim")),
    "claims.attach": _uc(
        Text("attach claim documents"), MARKETER, FINANCE, stages=_OPEN, doing=Text("attaching a claim document")
    ),
    "claims.attach_data": _uc(
        Text("attach claim documents"), MARKETER, FINANCE, stages=_OPEN, doing=Text("attaching a claim document")
    ),
    "claims.detach": _uc(
        Text("take documents off claims"), MARKETER, FINANCE, stages=_OPEN, doing=Text("taking a document off a claim")
    ),
    "claims.set_rate": _uc(
        Text("set the exchange rate of claims"),
        FINANCE,
        stages=_OPEN,
        doing=Text("setting an exchange rate"),
    ),
    "claims.approve": _uc(Text("approve claims"), MARKETER, FINANCE, stages=_OPEN, doing=Text("approving a claim")),
    "claims.reject": _uc(Text("reject claims"), MARKETER, FINANCE, stages=_OPEN, doing=Text("rejecting a claim")),
    "claims.return_claim": _uc(Text("return claims"), MARKETER, FINANCE, stages=_OPEN, doing=Text("returning a claim")),
    "claims.override_late": _uc(
        Text("override a late claim"), FINANCE, stages=_OPEN, doing=Text("overriding a late claim")
    ),
    "claims.reopen": _uc(Text("reopen claim decisions"), stages=_OPEN, doing=Text("reopening a claim decision")),
    "claims.record_payment": _uc(Text("record payments"), FINANCE, stages=_OPEN, doing=Text("recording a payment")),
    "claims.reverse_payment": _uc(Text("reverse payments"), FINANCE, stages=_OPEN, doing=Text("reversing a payment")),
    "claims.close_quarter": _uc(Text("close a quarter"), FINANCE, stages=_OPEN, doing=Text("closing a quarter")),
    "claims.reopen_quarter": _uc(Text("reopen a quarter"), stages=_OPEN, doing=Text("reopening a quarter")),
    # evaluation
    "evaluation.import_results": _uc(
        Text("import efficiency results"),
        MARKETER,
        stages=_at(EXECUTION, EVALUATION),
        doing=Text("importing efficiency results"),
    ),
    # attachments
    "attachments.add": _uc(Text("add attachments"), MARKETER, AGENCY, FINANCE),
    "attachments.add_file": _uc(Text("add attachments"), MARKETER, AGENCY, FINANCE),
    # people
    "users.add": _uc(Text("add users")),
    "users.disable": _uc(Text("disable users")),
    "users.set_password": _uc(Text("set passwords")),
    # signing in counts failures, so it writes; everybody may try
    "users.authenticate": UseCase(EVERYONE, Text("sign in")),
}

#: Reads: every role may call them (they change nothing; what-if runs are not saved).
READS: frozenset[str] = frozenset(
    {
        "years.check",
        "years.get",
        "years.latest_year",
        "years.list_years",
        "dealers.get",
        "dealers.list_dealers",
        "dealers.list_regions",
        "dealers.open_claims",
        "dealers.score",
        "dealers.scores",
        "plans.activities",
        "plans.consolidated",
        "plans.draft_diff",
        "plans.drafts",
        "plans.missing_drafts",
        "plans.region_totals",
        "plans.require_plan",
        "allocation.current",
        "allocation.what_if",
        "mockups.get",
        "mockups.list_mockups",
        "mockups.queue",
        "mockups.decided",
        "claims.closed_quarters",
        "claims.count",
        "claims.duplicate_pairs",
        "claims.list_ids",
        "claims.rows",
        "claims.get",
        "claims.documents",
        "claims.list_claims",
        "claims.payments",
        "claims.pending_at_close",
        "claims.quarter_closes",
        "claims.remaining",
        "evaluation.results",
        "summary.year",
        "summary.todo",
        "statements.all_statements",
        "statements.dealer_year",
        "statements.letter",
        "statements.letters",
        "statements.statement",
        "annual.report",
        "quarterly.report",
        "audit.actions",
        "audit.actors",
        "audit.count",
        "audit.entries",
        "attachments.get",
        "attachments.read",
        "users.list_users",
        "users.count",
        "users.get",
    }
)


def is_read(use_case: str) -> bool:
    return use_case in READS


def may(role: Role | None, use_case: str) -> bool:
    """Whether ``role`` may run ``use_case``; ``None`` is the implicit local owner."""
    if role is None or role is OWNER or use_case in READS:
        return True
    entry = MATRIX.get(use_case)
    return entry is not None and role in entry.roles


def describe(use_case: str) -> str:  # a Text for the use cases of the matrix
    entry = MATRIX.get(use_case)
    return entry.what if entry is not None else use_case.replace(".", " ").replace("_", " ")


def check(actor: str, role: Role | None, use_case: str) -> None:
    """Raise PermissionDenied("<user> (<role>) may not <what>") unless ``role`` may run ``use_case``."""
    if not may(role, use_case):
        shown = role_name(role) if role is not None else "?"
        raise PermissionDenied(
            Text("{actor} ({role}) may not {what}", actor=actor, role=shown, what=describe(use_case))
        )


def use_case(name: str) -> UseCase:
    """The matrix entry of a mutating use case (KeyError for a read or an unknown name)."""
    return MATRIX[name]


def at_stage(name: str, stage: Stage) -> bool:
    """Whether use case ``name`` may run while the year is at ``stage`` (reads run at any stage)."""
    entry = MATRIX.get(name)
    return entry is None or entry.at(stage)


def allows(role: Role | None, name: str, stage: Stage | None) -> bool:
    """Whether ``role`` may run ``name`` now: the role may, and the year's ``stage`` allows it (``None``: there
    is no year, so a stage-bound use case may not run)."""
    if not may(role, name):
        return False
    entry = MATRIX.get(name)
    if entry is None or entry.stages is None:
        return True
    return stage is not None and entry.at(stage)


def allowed_use_cases(role: Role | None) -> list[str]:
    """The mutating use cases ``role`` may run (for screens that hide what cannot be done)."""
    return [name for name in MATRIX if may(role, name)]

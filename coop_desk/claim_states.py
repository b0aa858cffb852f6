"""What can be done to a claim in each state: the one table the services refuse by and the window shows.

A claim is filed ``submitted`` (complete) or ``returned`` (something is missing); a submitted claim is
approved (R6, R7), returned to the dealer or rejected; a returned one is completed (and so submitted
again) or rejected; an approved claim is paid (``paid`` once nothing is left to pay). Until it is decided
(submitted or returned) a claim in another currency may have its exchange rate set, and a claim filed
after its deadline must have its late filing accepted (an override) before it can be approved. The programme
owner may reopen a decision (approved, rejected or returned → submitted again), never one a payment rests on
(a paid or part-paid claim: its payment is reversed first).

Pure: the stage of the year, the role and the quarter are checked elsewhere (``coop_desk.permissions``,
``require_open``); so are the amounts.
"""

from __future__ import annotations

from enum import StrEnum

from models.enums import ClaimStatus

SUBMITTED, APPROVED, PAID, RETURNED, REJECTED = (
    ClaimStatus.SUBMITTED,
    ClaimStatus.APPROVED,
    ClaimStatus.PAID,
    ClaimStatus.RETURNED,
    ClaimStatus.REJECTED,
)


class ClaimAction(StrEnum):
    APPROVE = "approve"
    RETURN = "return"
    REJECT = "reject"
    OVERRIDE_LATE = "override_late"
    COMPLETE = "complete"
    SET_RATE = "set_rate"
    PAY = "pay"
    REOPEN = "reopen"


#: The statuses each action starts from (the services refuse it from any other, each in its own words).
FROM: dict[ClaimAction, frozenset[ClaimStatus]] = {
    ClaimAction.APPROVE: frozenset({SUBMITTED}),
    ClaimAction.RETURN: frozenset({SUBMITTED}),
    ClaimAction.REJECT: frozenset({SUBMITTED, RETURNED}),
    ClaimAction.OVERRIDE_LATE: frozenset({SUBMITTED, RETURNED}),
    ClaimAction.COMPLETE: frozenset({RETURNED}),
    ClaimAction.SET_RATE: frozenset({SUBMITTED, RETURNED}),
    ClaimAction.PAY: frozenset({APPROVED}),
    ClaimAction.REOPEN: frozenset({APPROVED, REJECTED, RETURNED}),
}

#: The use case of the permission matrix that carries each action out.
USE_CASE: dict[ClaimAction, str] = {
    ClaimAction.APPROVE: "claims.approve",
    ClaimAction.RETURN: "claims.return_claim",
    ClaimAction.REJECT: "claims.reject",
    ClaimAction.OVERRIDE_LATE: "claims.override_late",
    ClaimAction.COMPLETE: "claims.complete",
    ClaimAction.SET_RATE: "claims.set_rate",
    ClaimAction.PAY: "claims.record_payment",
    ClaimAction.REOPEN: "claims.reopen",
}


def needs_override(late: bool, overridden: bool) -> bool:
    """A late claim whose late filing nobody has accepted yet."""
    return late and not overridden


def claim_actions(status: ClaimStatus, late: bool, overridden: bool) -> frozenset[ClaimAction]:
    """What may be done to a claim with this ``status`` that was filed ``late`` (or not) and whose late
    filing was accepted (``overridden``) or not."""
    actions = {action for action, starts in FROM.items() if status in starts}
    if not needs_override(late, overridden):
        actions.discard(ClaimAction.OVERRIDE_LATE)  # on time, or accepted already: nothing to override
    else:
        actions.discard(ClaimAction.APPROVE)  # accept the late filing first
    return frozenset(actions)

"""Typed domain errors. Each carries the problems found; the UI and CLI turn them into text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from coop_desk.text import join


@dataclass(frozen=True)
class Problem:
    """One problem: where it is (a field, a file and cell, a dealer) and what is wrong."""

    where: str
    message: str

    def __str__(self) -> str:
        return str.__str__(self.text())

    def text(self) -> str:
        """``where: message`` — a :class:`coop_desk.text.Text` when the parts are, so the window translates it."""
        return join((self.where, self.message), ": ") if self.where else self.message


class CoopDeskError(Exception):
    """A refusal. Nothing was changed."""

    def __init__(self, *problems: Problem | str) -> None:
        self.problems: tuple[Problem, ...] = tuple(p if isinstance(p, Problem) else Problem("", p) for p in problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        """One line per problem (English ``str``; the window passes them through ``ui.text.tr_text``)."""
        return [p.text() for p in self.problems]


class InvalidInput(CoopDeskError):
    """The data given is wrong (a negative cost, a missing field, an unknown channel)."""


class NotFound(CoopDeskError):
    """The thing named does not exist (an unknown dealer code, a claim number)."""


class Refused(CoopDeskError):
    """The request is valid but the rules forbid it now (stage, guard, duplicate, limit)."""


class Conflict(CoopDeskError):
    """Somebody else changed the same row since it was read; nothing was overwritten."""


class PermissionDenied(CoopDeskError):
    """The acting person's role may not do this."""


# --------------------------------------------------------------------------- refusals callers tell apart
# Subclasses of the classes above: ``except Refused`` still catches them and the message is the same; a
# caller that must tell one refusal from another tests the type and reads the fields, never the text.


class DuplicateClaim(Refused):
    """R8: the invoice (or the attached file) was claimed already, by claim ``first_id``."""

    def __init__(self, *problems: Problem | str, first_id: int, same: str = "invoice") -> None:
        super().__init__(*problems)
        self.first_id = first_id
        #: What is the same: ``"invoice"`` (dealer, date and number) or ``"file"`` (the attached file).
        self.same = same

    def __reduce__(self) -> tuple[Any, ...]:  # through a process pool or a queue with its fields
        return (partial(DuplicateClaim, first_id=self.first_id, same=self.same), self.problems)


class NoApprovedMockup(Refused):
    """A claim for an activity whose mockup is not approved (``pending``: the number of one still waiting)."""

    def __init__(self, *problems: Problem | str, reference: str, pending: int | None = None) -> None:
        super().__init__(*problems)
        self.reference = reference
        self.pending = pending

    def __reduce__(self) -> tuple[Any, ...]:
        return (partial(NoApprovedMockup, reference=self.reference, pending=self.pending), self.problems)


class ClaimsRestOnMockup(Refused):
    """A mockup decision cannot be undone or reopened: the claims ``claim_ids`` were filed on the mockup."""

    def __init__(self, *problems: Problem | str, claim_ids: tuple[int, ...]) -> None:
        super().__init__(*problems)
        self.claim_ids = claim_ids

    def __reduce__(self) -> tuple[Any, ...]:
        return (partial(ClaimsRestOnMockup, claim_ids=self.claim_ids), self.problems)

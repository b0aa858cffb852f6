"""What became of a claims import: each file (:class:`reports.xlsx.report.ImportReport`) and each invoice row
(:class:`RowOutcome`) — filed, late, returned, rejected, completed (a returned claim the row completes),
duplicate (R8), no approved mockup, or refused for another reason (a scan missing or unreadable among them)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from coop_desk.text import Text, join
from reports.xlsx.report import FileOutcome, ImportReport

FILED = "filed"  # submitted for review
LATE = "late"  # submitted, filed after the deadline: approving it needs an override
RETURNED = "returned"  # stored, returned to the dealer: a document is missing
REJECTED = "rejected"  # stored as rejected: the act is dated before the mockup's approval (R7)
DUPLICATE = "duplicate"  # not stored: the invoice was claimed already (R8)
NO_MOCKUP = "no mockup"  # not stored: the activity has no approved mockup
NOT_FILED = "refused"  # not stored, for another reason (not in the plan, another dealer's, a scan missing…)
COMPLETED = "completed"  # a returned claim of the same invoice, completed by the row (and submitted again)
STORED = (FILED, LATE, RETURNED, REJECTED, COMPLETED)
#: The outcomes as words for people (translatable); the constants above are the outcome values.
OUTCOME_WORDS = {
    FILED: Text("filed"),
    LATE: Text("late"),
    RETURNED: Text("returned"),
    REJECTED: Text("rejected"),
    DUPLICATE: Text("duplicate"),
    NO_MOCKUP: Text("no mockup"),
    NOT_FILED: Text("refused"),
    COMPLETED: Text("completed"),
}


@dataclass(frozen=True)
class RowOutcome:
    """What became of one invoice row of a claims file."""

    file: str
    sheet: str
    row: int
    reference: str
    invoice_number: str
    outcome: str  # one of FILED, LATE, RETURNED, REJECTED, COMPLETED, DUPLICATE, NO_MOCKUP, NOT_FILED
    message: str  # a coop_desk.text.Text (or a join of them): the window translates it
    claim_id: int | None = None
    late: bool = False
    duplicate_of: int | None = None

    @property
    def stored(self) -> bool:
        return self.outcome in STORED

    @property
    def outcome_text(self) -> str:
        """The outcome as words for people (``filed``, ``duplicate``…), translatable."""
        return OUTCOME_WORDS.get(self.outcome, self.outcome)

    def outcome_line(self) -> Text:
        """``filed → claim 12: <message>`` (the outcome, the claim stored, what the service said)."""
        head = (
            Text("{outcome} → claim {claim}", outcome=self.outcome_text, claim=str(self.claim_id))
            if self.claim_id is not None
            else self.outcome_text
        )
        return join((head, self.message), ": ")

    def row_text(self) -> Text:
        where = Text(
            "row {row} ({reference}, invoice {invoice})",
            row=str(self.row),
            reference=self.reference,
            invoice=self.invoice_number,
        )
        return join((where, self.outcome_line()), ": ")

    def __str__(self) -> str:
        return str.__str__(self.text())

    def text(self) -> Text:
        return join((self.file, Text("sheet {sheet}", sheet=self.sheet), self.row_text()), ", ")


@dataclass
class ClaimsImportReport:
    """The files of a claims import (:class:`ImportReport`) and the outcome of every row filed from them."""

    report: ImportReport = field(default_factory=ImportReport)
    rows: list[RowOutcome] = field(default_factory=list)

    @property
    def outcomes(self) -> list[FileOutcome]:
        return self.report.outcomes

    @property
    def not_filed(self) -> list[RowOutcome]:
        return [r for r in self.rows if not r.stored]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rows:
            out[r.outcome] = out.get(r.outcome, 0) + 1
        return out

    @property
    def exit_code(self) -> int:
        """1 when a file was refused or a row was not filed (duplicate, no mockup, other reason)."""
        return 1 if self.report.exit_code or self.not_filed else 0

    def summary(self) -> str:
        parts = [count_text(what, n) for what, n in self.counts().items()]
        counts = join(parts, ", ") if parts else Text("no rows filed")
        return Text("{files}; rows: {counts}", files=self.report.summary(), counts=counts)

    def lines(self) -> list[str]:
        out: list[str] = []
        for o in self.report.outcomes:
            out += o.lines()
            out += [join(("    ", r.row_text()), "") for r in self.rows if r.file == o.name]
        return [*out, self.summary()]

    def refused_lines(self) -> list[str]:
        """One line per refused file and per row that was not filed (for stderr)."""
        files = [o.lines()[0] for o in self.report.refused]
        return files + [r.text() for r in self.not_filed]

    def to_dict(self) -> dict[str, Any]:
        return self.report.to_dict() | {"rows": [asdict(r) for r in self.rows], "counts": self.counts()}


def count_text(outcome: str, n: int) -> Text:
    """``3 filed``, ``1 duplicate``… for the summary, translatable."""
    count = str(n)
    if outcome == FILED:
        return Text("{count} filed", count=count)
    if outcome == LATE:
        return Text("{count} late", count=count)
    if outcome == RETURNED:
        return Text("{count} returned", count=count)
    if outcome == REJECTED:
        return Text("{count} rejected", count=count)
    if outcome == DUPLICATE:
        return Text("{count} duplicate", count=count)
    if outcome == NO_MOCKUP:
        return Text("{count} no mockup", count=count)
    if outcome == COMPLETED:
        return Text("{count} completed", count=count)
    return Text("{count} refused", count=count)

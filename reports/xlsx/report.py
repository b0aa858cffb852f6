"""What an import did, file by file: imported or refused, every problem by file, sheet and cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coop_desk.text import Text, join
from reports.xlsx.cells import CellProblem, formula_error

__all__ = [
    "IMPORTED",
    "REFUSED",
    "SKIPPED",
    "STATUS_WORDS",
    "FileOutcome",
    "ImportProblem",
    "ImportReport",
    "problems_message",
    "refusal_text",
]

IMPORTED = "imported"
REFUSED = "refused"
SKIPPED = "skipped"  # a file of a folder that is no spreadsheet (a Word document, a lock file…): listed, not read
#: The status as words for people (translatable); the constants above are the status values.
STATUS_WORDS = {IMPORTED: Text("imported"), REFUSED: Text("refused"), SKIPPED: Text("skipped")}


@dataclass(frozen=True)
class ImportProblem:
    """One wrong cell: ``draft_D014.xlsx, sheet Plan, C14: found "abc", expected an amount ≥ 0``.

    ``expected`` is a :class:`coop_desk.text.Text` (the window translates it); ``text()`` is the whole
    line, translatable part by part, with the file name, sheet name, cell and value kept as they are.
    """

    file: str
    sheet: str
    cell: str
    found: str
    expected: str

    @classmethod
    def of(cls, file: str, sheet: str, cell: str, problem: CellProblem) -> ImportProblem:
        return cls(file, sheet, cell, problem.found, problem.expected)

    def __str__(self) -> str:
        return str.__str__(self.text())

    def where(self) -> Text:
        """``draft_D014.xlsx, sheet Plan, C14`` (the parts there are)."""
        sheet = Text("sheet {sheet}", sheet=self.sheet) if self.sheet else ""
        return join([part for part in (self.file, sheet, self.cell) if part], ", ")

    def what(self) -> Text:
        """``found "abc", expected an amount ≥ 0`` (``found nothing, …`` for an empty cell; ``the cell holds
        the formula error #DIV/0!, …`` for a formula that failed)."""
        if error := formula_error(self.found):
            return Text(
                "the cell holds the formula error {error}, expected {expected}", error=error, expected=self.expected
            )
        if self.found:
            return Text('found "{found}", expected {expected}', found=self.found, expected=self.expected)
        return Text("found nothing, expected {expected}", expected=self.expected)

    def text(self) -> Text:
        return join((self.where(), self.what()), ": ")


@dataclass
class FileOutcome:
    """One file: ``status`` is ``imported``, ``refused`` or ``skipped`` (in a folder, not a spreadsheet);
    ``message`` says what happened in one line
    (a :class:`coop_desk.text.Text`, as are the diff lines and the problems' wording)."""

    path: str
    status: str
    problems: list[ImportProblem] = field(default_factory=list)
    message: str = ""
    diff_lines: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def imported(self) -> bool:
        return self.status == IMPORTED

    @property
    def status_text(self) -> str:
        """The status as words for people (``imported`` / ``refused``, translatable)."""
        return STATUS_WORDS.get(self.status, self.status)

    def head(self) -> Text:
        """``imported: <message>`` / ``refused: <message>`` without the file name."""
        return join([self.status_text, self.message] if self.message else [self.status_text], ": ")

    def lines(self) -> list[str]:
        """The outcome line, then the diff (imported) or one line per problem (refused), indented."""
        parts = [self.name, self.status_text, self.message] if self.message else [self.name, self.status_text]
        head = join(parts, ": ")  # flat, not nested: the window translates each part
        return [head, *(_indented(d) for d in self.diff_lines), *(_indented(p.text()) for p in self.problems)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "file": self.name,
            "status": self.status,
            "message": self.message,
            "problems": [
                {"text": str(p), "sheet": p.sheet, "cell": p.cell, "found": p.found, "expected": p.expected}
                for p in self.problems
            ],
            "diff": list(self.diff_lines),
        }


@dataclass
class ImportReport:
    """Every file of one import run, in the order they were given."""

    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def imported(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == IMPORTED]

    @property
    def refused(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == REFUSED]

    @property
    def skipped(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == SKIPPED]

    @property
    def exit_code(self) -> int:
        """0 when everything was imported, 1 when anything was refused (or nothing was given); files of a
        folder skipped as no spreadsheet do not count."""
        return 1 if self.refused or not (self.outcomes and len(self.skipped) < len(self.outcomes)) else 0

    def summary(self) -> str:
        n_in, n_out = str(len(self.imported)), str(len(self.refused))
        if self.skipped:
            return Text(
                "files: {imported} imported, {refused} refused, {skipped} skipped (not spreadsheets)",
                imported=n_in,
                refused=n_out,
                skipped=str(len(self.skipped)),
            )
        if n_in == "1":
            return Text("1 file imported, {refused} refused", refused=n_out)
        return Text("{imported} files imported, {refused} refused", imported=n_in, refused=n_out)

    def lines(self) -> list[str]:
        return [line for o in self.outcomes for line in o.lines()] + [self.summary()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": [o.name for o in self.imported],
            "refused": [o.name for o in self.refused],
            "skipped": [o.name for o in self.skipped],
            "files": [o.to_dict() for o in self.outcomes],
        }


def problems_message(count: int, consequence: Text) -> Text:
    """``3 problems; nothing was imported`` (``1 problem; …``), translatable."""
    if count == 1:
        return Text("1 problem; {consequence}", consequence=consequence)
    return Text("{count} problems; {consequence}", count=str(count), consequence=consequence)


def refusal_text(lines: list[str]) -> str:
    """A refusal's lines (``CoopDeskError.lines()``) as one message: the line itself when there is one
    (no extra level for the window to unwrap), else joined with "; "."""
    return lines[0] if len(lines) == 1 else join(lines, "; ")


def _indented(line: str) -> Text:
    """``"    " + line``, the line still translatable."""
    return join(("    ", line), "")

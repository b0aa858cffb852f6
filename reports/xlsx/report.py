"""What an import did, file by file: imported or refused, every problem by file, sheet and cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reports.xlsx.cells import CellProblem

__all__ = ["IMPORTED", "REFUSED", "FileOutcome", "ImportProblem", "ImportReport"]

IMPORTED = "imported"
REFUSED = "refused"


@dataclass(frozen=True)
class ImportProblem:
    """One wrong cell: ``draft_D014.xlsx, sheet Plan, C14: found "abc", expected an amount ≥ 0``."""

    file: str
    sheet: str
    cell: str
    found: str
    expected: str

    @classmethod
    def of(cls, file: str, sheet: str, cell: str, problem: CellProblem) -> ImportProblem:
        return cls(file, sheet, cell, problem.found, problem.expected)

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.file, f"sheet {self.sheet}" if self.sheet else "", self.cell) if part)
        found = f'"{self.found}"' if self.found else "nothing"
        return f"{where}: found {found}, expected {self.expected}"


@dataclass
class FileOutcome:
    """One file: ``status`` is ``imported`` or ``refused``; ``message`` says what happened in one line."""

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

    def lines(self) -> list[str]:
        """The outcome line, then the diff (imported) or one line per problem (refused), indented."""
        head = f"{self.name}: {self.status}" + (f": {self.message}" if self.message else "")
        return [head, *(f"    {d}" for d in self.diff_lines), *(f"    {p}" for p in self.problems)]

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
    def exit_code(self) -> int:
        """0 when everything was imported, 1 when anything was refused (or nothing was given)."""
        return 1 if self.refused or not self.outcomes else 0

    def summary(self) -> str:
        n_in, n_out = len(self.imported), len(self.refused)
        return f"{n_in} file{'s' if n_in != 1 else ''} imported, {n_out} refused"

    def lines(self) -> list[str]:
        return [line for o in self.outcomes for line in o.lines()] + [self.summary()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": [o.name for o in self.imported],
            "refused": [o.name for o in self.refused],
            "files": [o.to_dict() for o in self.outcomes],
        }

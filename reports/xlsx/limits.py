"""What an incoming workbook may be (:class:`Limits`), what a check hands on (:class:`CheckedFile`) and how
it says no (:class:`WorkbookRefused`; inside the checks, :class:`Unreadable` and :class:`Bomb` carry the reason).

Shared by the checks of :mod:`reports.xlsx.safety` (file kind, zip entries, sheet extents), the readers of
:mod:`reports.xlsx.reading` and the .ods checks of :mod:`reports.xlsx.ods`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coop_desk.errors import CoopDeskError, Problem

__all__ = [
    "DEFAULT_LIMITS",
    "FAULT_VARIABLE",
    "MB",
    "Bomb",
    "CheckedFile",
    "Limits",
    "Unreadable",
    "WorkbookRefused",
    "short",
]

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What an incoming workbook may be. Override per call (tests use tiny limits)."""

    max_file_bytes: int = 20 * MB
    max_uncompressed_bytes: int = 200 * MB
    max_ratio: int = 100
    ratio_floor_bytes: int = 1 * MB  # an entry smaller than this inflated may have any ratio
    max_entries: int = 10_000
    # A sheet's extent (its <dimension>, its furthest cell): our templates use a few hundred rows and
    # fewer than 20 columns; an agency's report may be longer. calamine allocates the whole rectangle.
    max_sheet_rows: int = 20_000
    max_sheet_columns: int = 200
    max_sheet_cells: int = 2_000_000


DEFAULT_LIMITS = Limits()
#: Tests only: a reader given a file of this name aborts the process (see reports.xlsx.isolated).
FAULT_VARIABLE = "COOPDESK_READER_FAULT"


class WorkbookRefused(CoopDeskError):
    """The file cannot be read as a workbook; ``reason`` says why in one line, ``str()`` names the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason  # a coop_desk.text.Text: the window translates it
        super().__init__(Problem(self.path.name, reason))


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed every check: its bytes (parse these, not the path again) and their sha256."""

    path: Path
    data: bytes = field(repr=False)
    sha256: str
    extents: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)  # worksheet part → size
    date1904: bool = False  # the workbook counts serial dates from 1904 (Excel for Mac's old default)
    only: frozenset[str] | None = None  # checked for a quick look at these sheets only (case-folded names)
    formula_errors: frozenset[str] = frozenset()  # the worksheet parts holding a formula error cell (t="e")

    @property
    def max_extent(self) -> tuple[int, int]:
        """The largest (rows, columns) of any sheet: a bound for readers that would pad rows."""
        return max((r for r, _ in self.extents.values()), default=0), max(
            (c for _, c in self.extents.values()), default=0
        )


class Unreadable(Exception):
    pass


class Bomb(Exception):
    pass


def short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"

"""Reading dealer drafts back: the filled plan templates, checked cell by cell, recorded through the services.

``import_plans(services, paths)`` takes files and folders (folders are searched recursively for
``*.xlsx`` and ``*.xlsm``; any other file named explicitly is checked and refused with what it is).
For every file:

1. :func:`reports.xlsx.safety.check_file` — a readable .xlsx/.xlsm, not encrypted, not a bomb;
2. the hidden identification sheet — a CoopDesk plan template of the current version, unaltered; its
   year and dealer are the draft's (``year``/``dealer`` may insist on particular ones);
3. every cell of the activity table and the review: channel (one of the year's, any case), month
   (number, name, date), planned cost (amount ≥ 0 in the programme currency, text or number), idea.
   Blank rows are skipped. *Every* problem is collected: a file with any problem is refused whole.

Then each good file is recorded with ``PlanService.record_draft`` in its own transaction: a dealer's new
draft replaces the current one, which is kept as an earlier version, and the report shows the diff. A
dealer with two files in one batch is refused (which one is right?). Nothing here raises for a bad file:
each one ends as an ``imported`` or ``refused`` :class:`~reports.xlsx.report.FileOutcome`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from coop_desk.errors import CoopDeskError
from coop_desk.money import format_money
from coop_desk.services import Services
from coop_desk.services.plans import ActivityInput
from coop_desk.services.years import YearView
from reports.xlsx.cells import MONTH_EXPECTED, CellProblem, is_blank, parse_money, parse_month, parse_text
from reports.xlsx.meta import TemplateMeta, read_meta
from reports.xlsx.plan_template import CODE_LABEL, COLUMNS, PLAN_SHEET, REVIEW_LABELS, TOTAL_LABEL
from reports.xlsx.report import IMPORTED, REFUSED, FileOutcome, ImportProblem, ImportReport
from reports.xlsx.safety import DEFAULT_LIMITS, Limits, SheetValues, WorkbookRefused, cell_ref, read_values

__all__ = ["ParsedDraft", "YearLookup", "find_workbooks", "import_plans", "read_plan"]

log = logging.getLogger(__name__)

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
Progress = Callable[[int, int, str], None]


@dataclass
class ParsedDraft:
    """A plan template read back: who it is for and what the dealer wrote (valid when no problems)."""

    path: Path
    sha256: str
    meta: TemplateMeta
    activities: list[ActivityInput] = field(default_factory=list)
    h1_review: str = ""
    regional_notes: str = ""
    problems: list[ImportProblem] = field(default_factory=list)


# -- finding the files ---------------------------------------------------------------------------
def find_workbooks(paths: Iterable[Path | str]) -> tuple[list[Path], list[FileOutcome]]:
    """The files to read (folders searched recursively, each file once) and refusals for paths that
    do not exist or folders holding no workbook."""
    files: list[Path] = []
    refused: list[FileOutcome] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in WORKBOOK_SUFFIXES and not p.name.startswith(("~$", ".~")) and p.is_file()
            )
            if not found:
                refused.append(FileOutcome(str(path), REFUSED, message="no .xlsx or .xlsm files in this folder"))
        elif path.exists():
            found = [path]
        else:
            refused.append(FileOutcome(str(path), REFUSED, message="no such file or folder"))
            continue
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                files.append(p)
    return files, refused


# -- reading one file ----------------------------------------------------------------------------
class _Layout:
    """Where the table and the review are on this file's plan sheet, found by their labels."""

    def __init__(self, sheet: SheetValues) -> None:
        labels = {
            r: " ".join(v.split())
            for r, v in ((r, sheet.value(r, 1)) for r in range(1, sheet.max_row + 1))
            if isinstance(v, str)
        }
        self.code_row = next((r for r, t in labels.items() if t.startswith(CODE_LABEL)), None)
        self.head_row = next((r for r, t in labels.items() if t == "№"), None)
        after = self.head_row or 0
        self.total_row = next((r for r, t in labels.items() if r > after and t.startswith(TOTAL_LABEL)), None)
        self.review_rows = {
            key: next((r for r, t in labels.items() if t.startswith(ru)), None)
            for key, (ru, _) in REVIEW_LABELS.items()
        }

    def missing(self) -> str:
        if self.code_row is None:
            return "the dealer block"
        if self.head_row is None or self.total_row is None:
            return "the activity table"
        return ""  # a review whose label was deleted is read as empty


def _channel_expected(channels: tuple[str, ...]) -> str:
    return "a channel from the list: " + ", ".join(channels)


def _read_rows(draft: ParsedDraft, sheet: SheetValues, lay: _Layout, year: YearView) -> None:
    name = draft.path.name
    channels = {c.casefold(): c for c in year.channels}
    assert lay.head_row is not None and lay.total_row is not None

    def problem(row: int, column: int, found: CellProblem) -> None:
        draft.problems.append(ImportProblem.of(name, sheet.name, cell_ref(row, column), found))

    first = lay.head_row + 1
    for row in range(first, lay.total_row):
        raw = {key: sheet.value(row, col) for key, col in COLUMNS.items() if key != "no"}
        number = sheet.value(row, COLUMNS["no"])
        if all(is_blank(v) for v in raw.values()) or (isinstance(number, str) and number.strip() == "No."):
            continue  # a blank row, or the English titles under the Russian ones
        before = len(draft.problems)
        channel_text, _ = parse_text(raw["channel"])
        channel = channels.get(channel_text.casefold())
        if channel is None:
            problem(row, COLUMNS["channel"], CellProblem(channel_text, _channel_expected(year.channels)))
        month, month_problem = parse_month(raw["month"])
        if month_problem or month is None:
            problem(row, COLUMNS["month"], month_problem or CellProblem("", MONTH_EXPECTED))
        cost, cost_problem = parse_money(raw["cost"], minimum=Decimal(0), currency=year.currency)
        if cost_problem or cost is None:
            expected = f"an amount ≥ 0 in {year.currency} such as 12 500,50"
            problem(row, COLUMNS["cost"], cost_problem or CellProblem("", expected))
        idea, _ = parse_text(raw["idea"], multiline=True)
        if len(draft.problems) == before and channel is not None and month is not None and cost is not None:
            where = f"{name}, sheet {sheet.name}, row {row}"
            draft.activities.append(ActivityInput(channel, month, cost, idea, where))
    if not draft.activities and not draft.problems:
        draft.problems.append(
            ImportProblem(
                name,
                sheet.name,
                cell_ref(first + 1, COLUMNS["channel"]),
                "",
                "at least one activity (channel, month and planned cost)",
            )
        )


def _read_review(draft: ParsedDraft, sheet: SheetValues, lay: _Layout) -> None:
    text = {key: parse_text(sheet.value(row + 1, 1), multiline=True)[0] for key, row in lay.review_rows.items() if row}
    parts = []
    if text.get("ran"):
        parts.append(f"Что было проведено / What ran:\n{text['ran']}")
    if text.get("worked"):
        parts.append(f"Что сработало / What worked:\n{text['worked']}")
    draft.h1_review = "\n\n".join(parts)
    draft.regional_notes = text.get("notes", "")


def _read_file(
    path: Path,
    years: Callable[[int], YearView],
    *,
    year: int | None,
    dealer: str | None,
    limits: Limits,
    engine: str | None,
) -> ParsedDraft:
    """The draft in one file; raises WorkbookRefused / CoopDeskError for a file-level refusal."""
    values = read_values(path, engine=engine, limits=limits)
    try:
        meta = read_meta(values, "plan", year=year, dealer=dealer)
        view = years(meta.year)
        draft = ParsedDraft(path, values.checked.sha256, meta)
        name = values.find(PLAN_SHEET)
        if name is None:
            raise WorkbookRefused(path, f"the sheet «{PLAN_SHEET}» is missing (was it renamed or deleted?)")
        sheet = values.sheet(name)
        lay = _Layout(sheet)
        if lay.missing():
            raise WorkbookRefused(path, f"the plan sheet was rearranged: {lay.missing()} was not found")
        assert lay.code_row is not None
        shown_code, _ = parse_text(sheet.value(lay.code_row, 3))
        if shown_code.upper() != meta.dealer:
            raise WorkbookRefused(
                path,
                f"this template belongs to dealer {meta.dealer}, not {shown_code or 'an empty code'} "
                f"(the dealer code on the sheet, {cell_ref(lay.code_row, 3)}, was changed)",
            )
        _read_rows(draft, sheet, lay, view)
        _read_review(draft, sheet, lay)
        return draft
    finally:
        values.close()


def read_plan(
    services: Services,
    path: Path | str,
    *,
    year: int | None = None,
    dealer: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    engine: str | None = None,
    years: Callable[[int], YearView] | None = None,
) -> ParsedDraft:
    """One returned template read and checked, without recording anything (its ``problems`` may be
    non-empty); raises :class:`WorkbookRefused` or another ``CoopDeskError`` for a file-level refusal.
    Pass one ``years=YearLookup(services)`` when reading many files."""
    lookup = years or YearLookup(services)
    return _read_file(Path(path), lookup, year=year, dealer=dealer, limits=limits, engine=engine)


# -- the import ----------------------------------------------------------------------------------
class YearLookup:
    """Programme years by number, each read once (per import)."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._views: dict[int, YearView] = {}

    def __call__(self, year: int) -> YearView:
        if year not in self._views:
            self._views[year] = self._services.years.get(year)
        return self._views[year]


def import_plans(
    services: Services,
    paths: Iterable[Path | str],
    *,
    year: int | None = None,
    dealer: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    engine: str | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Read every draft and record the good ones; see the module docstring. Never raises for a bad file."""
    files, outcomes = find_workbooks(paths)
    years = YearLookup(services)
    order = {str(p): i for i, p in enumerate(files)}
    drafts: list[ParsedDraft] = []
    total = len(files)
    for i, path in enumerate(files, start=1):
        if should_cancel is not None and should_cancel():
            outcomes += [
                FileOutcome(str(p), REFUSED, message="not read: the import was cancelled") for p in files[i - 1 :]
            ]
            break
        outcome = _parse_one(path, years, year=year, dealer=dealer, limits=limits, engine=engine)
        if isinstance(outcome, FileOutcome):
            outcomes.append(outcome)
        else:
            drafts.append(outcome)
        if progress is not None:
            progress(i, total * 2 if total else 0, path.name)
    outcomes += _record(services, drafts, years, progress, total, should_cancel)
    outcomes.sort(key=lambda o: order.get(o.path, -1))
    return ImportReport(outcomes)


def _parse_one(
    path: Path, years: YearLookup, *, year: int | None, dealer: str | None, limits: Limits, engine: str | None
) -> ParsedDraft | FileOutcome:
    try:
        draft = _read_file(path, years, year=year, dealer=dealer, limits=limits, engine=engine)
    except WorkbookRefused as exc:
        return FileOutcome(str(path), REFUSED, message=exc.reason)
    except CoopDeskError as exc:  # an unknown year, for instance
        return FileOutcome(str(path), REFUSED, message="; ".join(exc.lines()))
    except Exception as exc:  # a reader bug on odd input must not stop the batch or show a traceback
        log.exception("reading %s failed", path)
        return FileOutcome(str(path), REFUSED, message=f"could not be read: {type(exc).__name__}: {exc}")
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return FileOutcome(str(path), REFUSED, message=f"has the extension {path.suffix or '(none)'}, not .xlsx")
    if draft.problems:
        n = len(draft.problems)
        message = f"{n} problem{'s' if n != 1 else ''}; nothing was imported from this file"
        return FileOutcome(str(path), REFUSED, problems=draft.problems, message=message)
    return draft


def _record(
    services: Services,
    drafts: list[ParsedDraft],
    years: YearLookup,
    progress: Progress | None,
    total: int,
    should_cancel: Callable[[], bool] | None,
) -> list[FileOutcome]:
    outcomes: list[FileOutcome] = []
    per_dealer = Counter((d.meta.year, d.meta.dealer) for d in drafts)
    names: dict[str, str] = {}
    had_draft: dict[int, set[str]] = {}
    for i, draft in enumerate(drafts, start=1):
        meta = draft.meta
        if per_dealer[(meta.year, meta.dealer)] > 1:
            others = sorted(d.path.name for d in drafts if (d.meta.year, d.meta.dealer) == (meta.year, meta.dealer))
            outcomes.append(
                FileOutcome(
                    str(draft.path),
                    REFUSED,
                    message=f"this batch holds {len(others)} drafts of dealer {meta.dealer} for {meta.year} "
                    f"({', '.join(others)}): import the right one alone",
                )
            )
            continue
        if should_cancel is not None and should_cancel():
            outcomes.append(FileOutcome(str(draft.path), REFUSED, message="not recorded: the import was cancelled"))
            continue
        outcomes.append(_record_one(services, draft, years(meta.year), names, had_draft))
        if progress is not None:
            progress(total + i, total * 2, draft.path.name)
    return outcomes


def _record_one(
    services: Services, draft: ParsedDraft, year: YearView, names: dict[str, str], had_draft: dict[int, set[str]]
) -> FileOutcome:
    meta = draft.meta
    try:
        if meta.year not in had_draft:
            active = {d.code: d.name for d in services.dealers.list_dealers(active_only=True)}
            names.update(active)
            had_draft[meta.year] = set(active) - set(services.plans.missing_drafts(meta.year))
        services.plans.record_draft(
            meta.year,
            meta.dealer,
            draft.activities,
            h1_review=draft.h1_review,
            regional_notes=draft.regional_notes,
            source=draft.path.name,
            file_sha256=draft.sha256,
        )
        replaced = meta.dealer in had_draft[meta.year]
        diff = services.plans.draft_diff(meta.year, meta.dealer) if replaced else None
    except CoopDeskError as exc:
        return FileOutcome(str(draft.path), REFUSED, message="; ".join(exc.lines()))
    had_draft[meta.year].add(meta.dealer)
    total = sum((a.planned_cost for a in draft.activities), Decimal(0))
    n = len(draft.activities)
    who = f"{meta.dealer} ({names[meta.dealer]})" if meta.dealer in names else meta.dealer
    message = (
        f"draft of {who} for {meta.year}: {n} activit{'ies' if n != 1 else 'y'}, "
        f"{format_money(total, year.currency, 'en')}"
    )
    lines: list[str] = []
    if replaced:
        message += "; replaces the current draft (kept as an earlier version)"
        lines = diff.lines() if diff is not None and not diff.empty else ["no changes from the earlier version"]
    return FileOutcome(str(draft.path), IMPORTED, message=message, diff_lines=lines)

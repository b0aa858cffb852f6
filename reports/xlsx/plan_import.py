"""Reading dealer drafts back: the filled plan templates, checked cell by cell, recorded through the services.

``import_plans(services, paths)`` takes files and folders. Folders are searched recursively and every file
in them is listed (:func:`folder_entry`): ``.xlsx``, ``.xlsm`` and ``.ods`` (a draft LibreOffice saved in its
own format, :mod:`reports.xlsx.ods`) are read; another spreadsheet format (.xls, .xlsb, .csv…) is refused
saying how to save it; anything else is *skipped* by name, saying what it is (a lock file, a Word
document, not a spreadsheet). Any file named explicitly is checked and refused with what it is.
For every file:

1. :func:`reports.xlsx.safety.check_file` — a readable .xlsx/.xlsm, not encrypted, not a bomb;
2. the hidden identification sheet — a CoopDesk plan template of the current version, unaltered; its
   year and dealer are the draft's (``year``/``dealer`` may insist on particular ones);
3. every cell of the activity table and the review: channel (one of the year's, any case), month
   (number, name, date), planned cost (amount ≥ 0 in the programme currency, text or number), idea.
   Blank rows are skipped. *Every* problem is collected: a file with any problem is refused whole.

Each good file is recorded with ``PlanService.record_draft`` in its own transaction: a dealer's new
draft replaces the current one, which is kept as an earlier version, and the report shows the diff. A
dealer with two files in one batch is refused (which one is right?). Nothing here raises for a bad file:
each one ends as an ``imported`` or ``refused`` :class:`~reports.xlsx.report.FileOutcome`.

Speed (``python -m bench plans``): a batch of :data:`~reports.xlsx.plan_pool.PARALLEL_MIN_FILES` files
or more is read by worker processes (:mod:`reports.xlsx.plan_pool`) while this process records the
drafts already read. A glance at each file's identification sheet first tells which dealers appear
only once in the batch: their drafts are recorded as soon as they are read; the others are held to the
end, where two drafts of one dealer are both refused. Cancelling keeps what was recorded (each draft
is its own transaction, as after a crash) and reads no further.
"""

from __future__ import annotations

import logging
import os
import stat
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from coop_desk.errors import CoopDeskError
from coop_desk.services import Services
from coop_desk.services.plan_inputs import ActivityInput
from coop_desk.services.year_views import YearView
from coop_desk.text import Amount, Text, join
from reports.xlsx import isolated, plan_pool
from reports.xlsx.cells import (
    MONTH_EXPECTED,
    CellProblem,
    amount_expected,
    formula_error,
    is_blank,
    parse_money,
    parse_month,
    parse_text,
    title_matches,
)
from reports.xlsx.meta import TemplateMeta, glance
from reports.xlsx.ods import ODS_SUFFIX, SAVE_AS_XLSX
from reports.xlsx.plan_template import CODE_LABEL, COLUMNS, PLAN_SHEET, REVIEW_LABELS, TABLE, TOTAL_LABEL
from reports.xlsx.report import (
    IMPORTED,
    REFUSED,
    SKIPPED,
    FileOutcome,
    ImportProblem,
    ImportReport,
    problems_message,
    refusal_text,
)
from reports.xlsx.returned import open_returned
from reports.xlsx.safety import DEFAULT_LIMITS, Limits, SheetValues, WorkbookRefused, cell_ref

__all__ = [
    "ParsedDraft",
    "YearLookup",
    "find_workbooks",
    "folder_entry",
    "import_plans",
    "list_paths",
    "parse_one",
    "read_plan",
]

log = logging.getLogger(__name__)

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
READ_SUFFIXES = (*WORKBOOK_SUFFIXES, ODS_SUFFIX)  # an .ods draft is read as LibreOffice saved it (reports.xlsx.ods)
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
#: Other spreadsheet formats a dealer may have saved the draft in: refused, saying how to save it.
OTHER_SPREADSHEETS = {
    ".xls": Text("an Excel 97–2003 workbook (.xls)"),
    ".xlsb": Text("an Excel binary workbook (.xlsb)"),
    ".xlt": Text("an Excel template (.xlt)"),
    ".xltx": Text("an Excel template (.xltx)"),
    ".xltm": Text("an Excel template (.xltm)"),
    ".fods": Text("a flat OpenDocument spreadsheet (.fods)"),
    ".ots": Text("an OpenDocument spreadsheet template (.ots)"),
    ".csv": Text("a CSV file (.csv)"),
    ".numbers": Text("an Apple Numbers spreadsheet (.numbers)"),
    ".et": Text("a WPS spreadsheet (.et)"),
}
_NOT_SPREADSHEETS = (
    ((".doc", ".docx", ".docm", ".dot", ".dotx", ".odt", ".rtf"), Text("a Word document, not a spreadsheet")),
    ((".pdf",), Text("a PDF document, not a spreadsheet")),
    (
        (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"),
        Text("an image, not a spreadsheet"),
    ),
    ((".zip", ".rar", ".7z", ".gz", ".tar"), Text("an archive, not a spreadsheet: unpack it and import the folder")),
    ((".ppt", ".pptx", ".odp"), Text("a presentation, not a spreadsheet")),
    ((".eml", ".msg"), Text("an e-mail message, not a spreadsheet: save its attachment")),
)


def folder_entry(path: Path) -> FileOutcome | None:
    """What becomes of a file found in a folder: None when it is read as a draft (.xlsx, .xlsm, .ods), else
    its outcome — refused (another spreadsheet format: how to save it) or skipped (a lock or hidden file, a
    Word document, not a spreadsheet), never left out of the report."""
    name, suffix = path.name, path.suffix.lower()
    if name.startswith("~$"):
        return FileOutcome(str(path), SKIPPED, message=Text("an Excel lock file (~$…), left while a workbook is open"))
    if name.startswith(".~lock."):
        return FileOutcome(
            str(path), SKIPPED, message=Text("a LibreOffice lock file (.~lock…#), left while a file is open")
        )
    if name.startswith("."):
        return FileOutcome(str(path), SKIPPED, message=Text("a hidden file"))
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError:
        regular = False  # a broken link
    if not regular:
        return FileOutcome(str(path), SKIPPED, message=Text("not a regular file"))
    if suffix in READ_SUFFIXES:
        return None
    if suffix in OTHER_SPREADSHEETS:
        message = Text("{kind}, not .xlsx: {save_as}", kind=OTHER_SPREADSHEETS[suffix], save_as=SAVE_AS_XLSX)
        return FileOutcome(str(path), REFUSED, message=message)
    for suffixes, words in _NOT_SPREADSHEETS:
        if suffix in suffixes:
            return FileOutcome(str(path), SKIPPED, message=words)
    return FileOutcome(str(path), SKIPPED, message=Text("not a spreadsheet"))


def _walk(folder: Path) -> Generator[Path | FileOutcome, None, None]:
    """Every entry of a folder and its sub-folders, by name; hidden folders and links to folders are
    named, not searched."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield FileOutcome(str(folder), REFUSED, message=Text("cannot be read: {error}", error=exc.strerror or str(exc)))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            link_to_dir = not is_dir and entry.is_symlink() and path.is_dir()
        except OSError:
            is_dir = link_to_dir = False
        if link_to_dir:
            yield FileOutcome(str(path), SKIPPED, message=Text("a link to a folder, not searched"))
        elif is_dir and entry.name.startswith((".", "__MACOSX")):
            yield FileOutcome(str(path), SKIPPED, message=Text("a hidden folder, not searched"))
        elif is_dir:
            yield from _walk(path)
        else:
            yield path


def list_paths(paths: Iterable[Path | str]) -> list[Path | FileOutcome]:
    """Every file given or found in a folder given (sub-folders searched), in order, each once: a path to
    read, or the outcome of a path that is not read (missing; in a folder, another spreadsheet format or no
    spreadsheet at all, see :func:`folder_entry`; a folder without a draft in it)."""
    entries: list[Path | FileOutcome] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path | FileOutcome] = []
            for item in _walk(path):
                found.append(item if isinstance(item, FileOutcome) else folder_entry(item) or item)
            if not any(isinstance(f, Path) or f.status == REFUSED for f in found):
                found.append(FileOutcome(str(path), REFUSED, message=Text("no .xlsx or .xlsm files in this folder")))
        elif path.exists():
            found = [path]
        else:
            entries.append(FileOutcome(str(path), REFUSED, message=Text("no such file or folder")))
            continue
        for item in found:
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            entries.append(item)
    return entries


def find_workbooks(paths: Iterable[Path | str]) -> tuple[list[Path], list[FileOutcome]]:
    """The files to read (folders searched recursively, each file once) and the outcomes of the paths
    not read (:func:`list_paths`, in order)."""
    entries = list_paths(paths)
    return [e for e in entries if isinstance(e, Path)], [e for e in entries if isinstance(e, FileOutcome)]


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
            return Text("the dealer block")
        if self.head_row is None or self.total_row is None:
            return Text("the activity table")
        return ""  # a review whose label was deleted is read as empty


def _channel_expected(channels: tuple[str, ...]) -> Text:
    return Text("a channel from the list: {channels}", channels=", ".join(channels))


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
        month, month_problem = parse_month(raw["month"], date1904=sheet.date1904)
        if month_problem or month is None:
            problem(row, COLUMNS["month"], month_problem or CellProblem("", MONTH_EXPECTED))
        cost, cost_problem = parse_money(raw["cost"], minimum=Decimal(0), currency=year.currency)
        if cost_problem or cost is None:
            expected = amount_expected(Decimal(0), year.currency)
            problem(row, COLUMNS["cost"], cost_problem or CellProblem("", expected))
        idea, _ = parse_text(raw["idea"], multiline=True)
        if error := formula_error(raw["idea"]):
            problem(row, COLUMNS["idea"], CellProblem(error, Text("a text")))
        if len(draft.problems) == before and channel is not None and month is not None and cost is not None:
            where = Text("{file}, sheet {sheet}, row {row}", file=name, sheet=sheet.name, row=str(row))
            draft.activities.append(ActivityInput(channel, month, cost, idea, where))
    if not draft.activities and not draft.problems:
        draft.problems.append(
            ImportProblem(
                name,
                sheet.name,
                cell_ref(first + 1, COLUMNS["channel"]),
                "",
                Text("at least one activity (channel, month and planned cost)"),
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
    found: list[_Layout] = []
    view: list[YearView] = []

    def title_rows(sheet: SheetValues, meta: TemplateMeta | None) -> list[int]:
        """Where the table's titles are, once the dealer block and the table are found and the dealer code
        on the sheet is the identification's; the English titles too when they are under the Russian ones
        (a column inserted, deleted or moved would otherwise be read as another field)."""
        assert meta is not None
        lay = _Layout(sheet)
        if lay.missing():
            raise WorkbookRefused(path, Text("the plan sheet was rearranged: {part} was not found", part=lay.missing()))
        assert lay.code_row is not None and lay.head_row is not None
        shown_code, _ = parse_text(sheet.value(lay.code_row, 3))
        if shown_code.upper() != meta.dealer:
            raise WorkbookRefused(
                path,
                Text(
                    "this template belongs to dealer {dealer}, not {code} "
                    "(the dealer code on the sheet, {cell}, was changed)",
                    dealer=meta.dealer,
                    code=shown_code or Text("an empty code"),
                    cell=cell_ref(lay.code_row, 3),
                ),
            )
        found.append(lay)
        english = sheet.value(lay.head_row + 1, COLUMNS["no"])
        if isinstance(english, str) and title_matches(english, TABLE[0].ru, TABLE[0].en):
            return [lay.head_row, lay.head_row + 1]  # the English titles under the Russian ones
        return [lay.head_row]

    with open_returned(
        path,
        "plan",
        (PLAN_SHEET,),
        missing=Text("the sheet «{sheet}» is missing (was it renamed or deleted?)", sheet=PLAN_SHEET),
        columns=TABLE,
        title_rows=title_rows,
        year=year,
        dealer=dealer,
        identified=lambda meta: view.append(years(meta.year)),
        limits=limits,
        engine=engine,
    ) as returned:
        assert returned.meta is not None
        draft = ParsedDraft(path, returned.values.checked.sha256, returned.meta, problems=returned.problems)
        if draft.problems:
            return draft  # the rows would be read as the wrong fields
        sheet, lay = returned.sheet, found[0]
        _read_rows(draft, sheet, lay, view[0])
        _read_review(draft, sheet, lay)
        return draft


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

    def all(self) -> list[YearView]:
        """Every programme year (remembered, so the files read afterwards find them)."""
        views = self._services.years.list_years()
        self._views.update((v.year, v) for v in views)
        return views


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
    entries = list_paths(paths)
    files = [e for e in entries if isinstance(e, Path)]
    outcomes = [e for e in entries if isinstance(e, FileOutcome)]
    years = YearLookup(services)
    order = {str(e) if isinstance(e, Path) else e.path: i for i, e in enumerate(entries)}
    total = len(files)
    steps = total * 2  # each file is read, each good one recorded
    done = 0

    def step(name: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps, name)

    # who each file says it is for, at a glance: a draft whose dealer no other file of the batch names
    # is recorded as soon as it is read (while the next files are still being read); the others wait
    # for the end, where two drafts of one dealer are both refused
    parsed = _parse_all(files, years, year=year, dealer=dealer, limits=limits, engine=engine)
    expected = {path: _identify(path, limits) for path in files}
    named = Counter(key for key in expected.values() if key is not None)
    recorder = _Recorder(services, years)
    held: list[ParsedDraft] = []
    try:
        for i, path in enumerate(files, start=1):
            if should_cancel is not None and should_cancel():
                outcomes += [
                    FileOutcome(str(p), REFUSED, message=Text("not read: the import was cancelled"))
                    for p in files[i - 1 :]
                ]
                break
            outcome = next(parsed)
            step(path.name)
            if isinstance(outcome, FileOutcome):
                outcomes.append(outcome)
                continue
            key = (outcome.meta.year, outcome.meta.dealer)
            if expected[path] == key and named[key] == 1:
                outcomes.append(recorder.record(outcome))
                step(path.name)
            else:
                held.append(outcome)
    finally:
        parsed.close()  # a cancelled batch stops the readers
    outcomes += _record(recorder, held, step, should_cancel)
    outcomes.sort(key=lambda o: order.get(o.path, -1))
    return ImportReport(outcomes)


def _identify(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[int, str] | None:
    """(year, dealer) from the identification sheet, at a glance (reports.xlsx.meta.glance: checked
    first, then read without a native reader, so it runs here safely); None when unsure.

    Only decides *when* a draft is recorded (at once, or after the whole batch was read); every file
    is still read and checked in full, the identification sheet included.
    """
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return None
    return glance(path, limits)


def _parse_all(
    files: list[Path],
    years: YearLookup,
    *,
    year: int | None,
    dealer: str | None,
    limits: Limits,
    engine: str | None,
) -> Generator[ParsedDraft | FileOutcome, None, None] | plan_pool.PoolReading:
    """Every file read and checked, in order (call ``close()`` when done): by worker processes for a large
    batch (reports.xlsx.plan_pool), which start before this returns."""

    views = {view.year: view for view in years.all()}  # what the readers may resolve

    def here(path: Path) -> ParsedDraft | FileOutcome:
        """One file read in the reader process (reports.xlsx.isolated), never in this one."""
        for _ in range(2):
            try:
                result = isolated.run(path, plan_pool.parse_isolated, path, views, year, dealer, limits, engine)
            except WorkbookRefused as exc:  # it crashed the reader process twice
                return FileOutcome(str(path), REFUSED, message=exc.reason)
            if not isinstance(result, plan_pool.HandBack):
                return result  # type: ignore[no-any-return]
            try:  # a year the readers were not given: refused as parse_one refuses it, or read again with it
                views[result.year] = years(result.year)
            except CoopDeskError as exc:
                return FileOutcome(str(path), REFUSED, message=refusal_text(exc.lines()))
        return FileOutcome(str(path), REFUSED, message=Text("could not be read: {error}", error=str(result.year)))

    def here_many(paths: list[Path]) -> list[Any]:
        """A chunk taken back from the workers, read in the reader process in one call; when a file of it
        crashes the reader, each file is read alone (the crashing one is then refused by name)."""
        try:
            return isolated.run(paths[0], plan_pool.parse_many_isolated, paths, views, year, dealer, limits, engine)
        except WorkbookRefused:
            return [here(path) for path in paths]

    workers = plan_pool.worker_count(len(files))
    if not workers:
        return (here(path) for path in files)
    isolated.prestart()  # the files read here go through it: let it boot while the workers do
    return plan_pool.PoolReading(
        files,
        views,
        here,
        year=year,
        dealer=dealer,
        limits=limits,
        engine=engine,
        workers=workers,
        at_home=plan_pool.AT_HOME,  # read here while the workers start
        parse_chunk_here=here_many,
    )


def parse_one(
    path: Path,
    years: Callable[[int], YearView],
    *,
    year: int | None,
    dealer: str | None,
    limits: Limits,
    engine: str | None,
) -> ParsedDraft | FileOutcome:
    """One file read and checked: the draft, or the file's refusal (never raises for a bad file)."""
    try:
        draft = _read_file(path, years, year=year, dealer=dealer, limits=limits, engine=engine)
    except WorkbookRefused as exc:
        return FileOutcome(str(path), REFUSED, message=exc.reason)
    except CoopDeskError as exc:  # an unknown year, for instance
        return FileOutcome(str(path), REFUSED, message=refusal_text(exc.lines()))
    except Exception as exc:  # a reader bug on odd input must not stop the batch or show a traceback
        log.exception("reading %s failed", path)
        error = f"{type(exc).__name__}: {exc}"
        return FileOutcome(str(path), REFUSED, message=Text("could not be read: {error}", error=error))
    if path.suffix.lower() not in READ_SUFFIXES:
        suffix = path.suffix or Text("(none)")
        return FileOutcome(str(path), REFUSED, message=Text("has the extension {suffix}, not .xlsx", suffix=suffix))
    if draft.problems:
        message = problems_message(len(draft.problems), Text("nothing was imported from this file"))
        return FileOutcome(str(path), REFUSED, problems=draft.problems, message=message)
    return draft


class _Recorder:
    """Records drafts one by one, each in its own transaction, remembering what the batch recorded."""

    def __init__(self, services: Services, years: YearLookup) -> None:
        self.services = services
        self.years = years
        self.names: dict[str, str] = {}
        self.had_draft: dict[int, set[str]] = {}
        self.recorded: dict[tuple[int, str], str] = {}  # (year, dealer) → the file's name

    def record(self, draft: ParsedDraft) -> FileOutcome:
        outcome = _record_one(self.services, draft, self.years(draft.meta.year), self.names, self.had_draft)
        if outcome.status == IMPORTED:
            self.recorded[(draft.meta.year, draft.meta.dealer)] = draft.path.name
        return outcome


def _record(
    recorder: _Recorder,
    drafts: list[ParsedDraft],
    step: Callable[[str], None],
    should_cancel: Callable[[], bool] | None,
) -> list[FileOutcome]:
    """The drafts held back until the whole batch was read: two of one dealer are both refused."""
    outcomes: list[FileOutcome] = []
    per_dealer = Counter((d.meta.year, d.meta.dealer) for d in drafts)
    for draft in drafts:
        meta = draft.meta
        key = (meta.year, meta.dealer)
        if per_dealer[key] > 1 or key in recorder.recorded:
            others = sorted(
                [d.path.name for d in drafts if (d.meta.year, d.meta.dealer) == key]
                + ([recorder.recorded[key]] if key in recorder.recorded else [])
            )
            outcomes.append(
                FileOutcome(
                    str(draft.path),
                    REFUSED,
                    message=Text(
                        "this batch holds {count} drafts of dealer {dealer} for {year} ({files}): "
                        "import the right one alone",
                        count=str(len(others)),
                        dealer=meta.dealer,
                        year=str(meta.year),
                        files=", ".join(others),
                    ),
                )
            )
            continue
        if should_cancel is not None and should_cancel():
            outcomes.append(
                FileOutcome(str(draft.path), REFUSED, message=Text("not recorded: the import was cancelled"))
            )
            continue
        outcomes.append(recorder.record(draft))
        step(draft.path.name)
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
        return FileOutcome(str(draft.path), REFUSED, message=refusal_text(exc.lines()))
    had_draft[meta.year].add(meta.dealer)
    total = sum((a.planned_cost for a in draft.activities), Decimal(0))
    n = len(draft.activities)
    who = f"{meta.dealer} ({names[meta.dealer]})" if meta.dealer in names else meta.dealer
    money = Amount(total, year.currency)  # the window shows it in its own number format
    message = (
        Text("draft of {who} for {year}: 1 activity, {total}", who=who, year=str(meta.year), total=money)
        if n == 1
        else Text(
            "draft of {who} for {year}: {count} activities, {total}",
            who=who,
            year=str(meta.year),
            count=str(n),
            total=money,
        )
    )
    lines: list[str] = []
    if replaced:
        message = join((message, Text("replaces the current draft (kept as an earlier version)")), "; ")
        lines = diff.lines() if diff is not None and not diff.empty else [Text("no changes from the earlier version")]
    return FileOutcome(str(draft.path), IMPORTED, message=message, diff_lines=lines)

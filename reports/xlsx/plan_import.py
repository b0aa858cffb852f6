"""Reading dealer drafts back: the filled plan templates, checked cell by cell, recorded through the services.

``import_plans(services, paths)`` takes files and folders. Folders are searched recursively and every file
in them is listed (:func:`reports.xlsx.folder_listing.folder_entry`): ``.xlsx``, ``.xlsm`` and ``.ods`` are
read, another spreadsheet format is refused saying how to save it, anything else is *skipped* by name.
Any file named explicitly is checked and refused with what it is. Every file is read and checked cell by
cell as :mod:`reports.xlsx.plan_reading` says (:func:`~reports.xlsx.plan_reading.parse_one`).

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

from collections import Counter
from collections.abc import Callable, Generator, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from coop_desk.errors import CoopDeskError
from coop_desk.services import Services
from coop_desk.services.year_views import YearView
from coop_desk.text import Amount, Text, join
from reports.xlsx import isolated, plan_pool
from reports.xlsx.folder_listing import WORKBOOK_SUFFIXES, list_paths
from reports.xlsx.meta import glance
from reports.xlsx.plan_reading import ParsedDraft, ReadingYear, YearLookup
from reports.xlsx.report import IMPORTED, REFUSED, FileOutcome, ImportReport, refusal_text
from reports.xlsx.safety import DEFAULT_LIMITS, Limits, WorkbookRefused

__all__ = ["Progress", "import_plans"]

Progress = Callable[[int, int, str], None]


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

    # what the readers may resolve: plain data, so the reader processes need not import the database layer
    views = {view.year: ReadingYear.of(view) for view in years.all()}

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
                views[result.year] = ReadingYear.of(years(result.year))
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

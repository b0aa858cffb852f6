"""Reading one dealer draft: a filled plan template, checked cell by cell, into a :class:`ParsedDraft`.

For every file:

1. :func:`reports.xlsx.safety.check_file` — a readable .xlsx/.xlsm, not encrypted, not a bomb;
2. the hidden identification sheet — a CoopDesk plan template of the current version, unaltered; its
   year and dealer are the draft's (``year``/``dealer`` may insist on particular ones);
3. every cell of the activity table and the review: channel (one of the year's, by its code or
   either name, any case and spacing: read as its code), month
   (number, name, date), planned cost (amount ≥ 0 in the programme currency, text or number), idea.
   Blank rows are skipped. *Every* problem is collected: a file with any problem is refused whole.

:func:`parse_one` is what the import and its worker processes (:mod:`reports.xlsx.plan_pool`) call for a
file: the draft or the file's refusal; :func:`read_plan` reads one file without recording anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from coop_desk.channel_names import ChannelNames, names_of
from coop_desk.errors import CoopDeskError
from coop_desk.plan_inputs import ActivityInput
from coop_desk.text import Text
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
from reports.xlsx.extent_scan import cell_ref
from reports.xlsx.folder_listing import READ_SUFFIXES
from reports.xlsx.meta import TemplateMeta
from reports.xlsx.plan_layout import CODE_LABEL, COLUMNS, PLAN_SHEET, REVIEW_LABELS, TABLE, TOTAL_LABEL
from reports.xlsx.report import REFUSED, FileOutcome, ImportProblem, problems_message, refusal_text
from reports.xlsx.returned import open_returned
from reports.xlsx.safety import DEFAULT_LIMITS, Limits, SheetValues, WorkbookRefused

if TYPE_CHECKING:  # not at run time: the reader processes import this module, and neither the services nor
    from coop_desk.services import Services  # the database layer (tests/integration/test_reader_imports.py)
    from coop_desk.services.year_views import YearView

__all__ = ["ParsedDraft", "PlanYear", "ReadingYear", "YearLookup", "parse_one", "read_plan"]

log = logging.getLogger(__name__)


class PlanYear(Protocol):
    """What reading a draft needs of its programme year (a YearView has it, and so has a ReadingYear)."""

    @property
    def year(self) -> int: ...

    @property
    def channels(self) -> tuple[str, ...]: ...

    @property
    def currency(self) -> str: ...

    @property
    def channel_names(self) -> ChannelNames: ...

    @property
    def language(self) -> str: ...


@dataclass(frozen=True)
class ReadingYear:
    """A programme year as the reader processes get it: only what reading a draft needs, plain data (a
    whole YearView would make each process import the database layer to unpickle it)."""

    year: int
    channels: tuple[str, ...]
    currency: str
    channel_names: ChannelNames = ChannelNames()
    language: str = "ru"

    @classmethod
    def of(cls, view: PlanYear) -> ReadingYear:
        return cls(view.year, tuple(view.channels), view.currency, view.channel_names, view.language)


def _names(year: PlanYear) -> ChannelNames:
    """The year's channels with their names (a year given by its channels only: the default names)."""
    return year.channel_names if year.channel_names.channels else names_of(year.channels)


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


def _channel_expected(year: PlanYear) -> Text:
    """The channels a cell may name: each by its code or its Russian or English name."""
    return Text("a channel from the list: {channels}", channels=", ".join(_names(year).names(year.language)))


def _read_rows(draft: ParsedDraft, sheet: SheetValues, lay: _Layout, year: PlanYear) -> None:
    name = draft.path.name
    channels = _names(year)
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
        channel = channels.code(channel_text)
        if channel is None:
            problem(row, COLUMNS["channel"], CellProblem(channel_text, _channel_expected(year)))
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
    years: Callable[[int], PlanYear],
    *,
    year: int | None,
    dealer: str | None,
    limits: Limits,
    engine: str | None,
) -> ParsedDraft:
    """The draft in one file; raises WorkbookRefused / CoopDeskError for a file-level refusal."""
    found: list[_Layout] = []
    view: list[PlanYear] = []

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


def parse_one(
    path: Path,
    years: Callable[[int], PlanYear],
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

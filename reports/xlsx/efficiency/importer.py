"""The evaluating agency's efficiency report read back (its form: :mod:`.template`).

The agency may send any plain workbook: its first sheet needs a header row with the columns
reference, reach, leads and sales (sales amount and comment optional), in Russian or English, in any
order and case; other columns are ignored. The form CoopDesk wrote carries the identification sheet
(kind ``efficiency``): when a workbook has one it is checked (altered, another kind or an old version is
refused) and its year must be the references' year; a workbook without one is read as a plain report.
``import_efficiency`` checks every cell and records the whole report through
``EvaluationService.import_results``, or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl.utils import get_column_letter

from coop_desk.errors import CoopDeskError
from coop_desk.services import Services
from coop_desk.services.evaluation import EfficiencyInput
from coop_desk.text import Text, join
from reports.xlsx import isolated
from reports.xlsx.cells import REFERENCE, CellProblem, is_blank, parse_money, parse_text, parse_whole, shown
from reports.xlsx.efficiency.template import COUNTS, KIND, MAX_COUNT
from reports.xlsx.meta import META_SHEET, TemplateMeta, read_meta
from reports.xlsx.report import (
    IMPORTED,
    REFUSED,
    FileOutcome,
    ImportProblem,
    ImportReport,
    problems_message,
    refusal_text,
)
from reports.xlsx.returned import open_returned
from reports.xlsx.safety import SheetValues, WorkbookRefused

HEADER_SCAN_ROWS = 30

#: Field → the header words that name it (compared casefolded, punctuation and units in brackets ignored).
HEADERS: dict[str, tuple[str, ...]] = {
    "reference": (
        "reference",
        "ref",
        "activity reference",
        "activity",
        "референс",
        "референс мероприятия",
        "код мероприятия",
        "мероприятие",
        "ссылка",
    ),
    "reach": ("reach", "охват", "охват аудитории", "audience reach"),
    "leads": ("leads", "лиды", "лидов", "обращения", "число обращений", "заявки"),
    "sales": ("sales", "продажи", "число продаж", "количество продаж", "sales count", "number of sales", "deals"),
    "sales_amount": (
        "sales amount",
        "amount of sales",
        "sales value",
        "revenue",
        "сумма продаж",
        "объём продаж",
        "объем продаж",
        "выручка",
    ),
    "comment": ("comment", "comments", "комментарий", "комментарии", "примечание", "note", "notes"),
}
REQUIRED = ("reference", "reach", "leads", "sales")
_COUNT_EXPECTED = {
    "reach": Text("the reach as a whole number ≥ 0 (0 if none)"),
    "leads": Text("the leads as a whole number ≥ 0 (0 if none)"),
    "sales": Text("the sales as a whole number ≥ 0 (0 if none)"),
}


_BRACKETS = re.compile(r"\([^)]*\)|\[[^]]*\]")
_NOT_WORD = re.compile(r"[^\w ]+")
_WORDS = {word: key for key, words in HEADERS.items() for word in words}


def header_key(value: object) -> str | None:
    """The field a header cell names (``"Охват\\nReach"``, ``"REACH"``, ``"Sales amount, €"``), or None."""
    text = parse_text(value, multiline=True)[0]
    if not text:
        return None
    keys = set()
    for part in re.split(r"[\n/|]", text):
        clean = _NOT_WORD.sub(" ", _BRACKETS.sub(" ", part)).replace("_", " ")
        clean = " ".join(clean.casefold().split())
        for candidate in (clean, clean.removesuffix(" eur").removesuffix(" евро").removesuffix(" руб")):
            if candidate in _WORDS:
                keys.add(_WORDS[candidate])
    return keys.pop() if len(keys) == 1 else None


def find_header(sheet: SheetValues) -> tuple[int, dict[str, int]] | None:
    """The first row (within the first 30) naming reference, reach, leads and sales: (row, field → column)."""
    for row in range(1, min(sheet.max_row, HEADER_SCAN_ROWS) + 1):
        columns: dict[str, int] = {}
        for col in range(1, min(sheet.max_column, 200) + 1):
            key = header_key(sheet.value(row, col))
            if key and key not in columns:
                columns[key] = col
        if all(k in columns for k in REQUIRED):
            return row, columns
    return None


@dataclass
class _Parsed:
    rows: list[EfficiencyInput]
    problems: list[ImportProblem]
    skipped: int
    year: int | None
    cells: dict[str, str]  # reference → the cell that names it


def _read_rows(sheet: SheetValues, file: str, header: int, columns: dict[str, int]) -> _Parsed:
    problems: list[ImportProblem] = []
    out: list[EfficiencyInput] = []
    seen: dict[str, int] = {}
    years: dict[int, str] = {}
    skipped = 0
    fields = [k for k in HEADERS if k in columns]
    for row in range(header + 1, sheet.max_row + 1):
        raw = {k: sheet.value(row, columns[k]) for k in fields}

        def bad(key: str, found: object, expected: str, row: int = row) -> None:
            problems.append(
                ImportProblem(file, sheet.name, f"{get_column_letter(columns[key])}{row}", shown(found), expected)
            )

        measures = [k for k in fields if k != "reference"]
        if all(is_blank(raw[k]) for k in measures):
            if not is_blank(raw["reference"]):
                skipped += 1  # an activity the agency did not rate
            continue
        ref = parse_text(raw["reference"])[0].upper()
        if not REFERENCE.match(ref):
            bad("reference", raw["reference"], Text("an activity reference such as D014-2027-03"))
            continue
        if ref in seen:
            bad("reference", ref, Text("each activity once (it is in row {row} already)", row=str(seen[ref])))
        seen.setdefault(ref, row)
        years.setdefault(int(ref.rsplit("-", 2)[1]), f"{get_column_letter(columns['reference'])}{row}")
        counts: dict[str, int] = {}
        for key in COUNTS:
            value, problem = parse_whole(raw[key], minimum=0)
            if problem is None and value is None:
                problem = CellProblem("", _COUNT_EXPECTED[key])
            if problem is None and value is not None and value > MAX_COUNT:
                problem = CellProblem(shown(raw[key]), Text("a whole number up to {limit}", limit=str(MAX_COUNT)))
            if problem:
                bad(key, raw[key], problem.expected)
            else:
                counts[key] = value or 0
        amount: Decimal | None = None
        if "sales_amount" in raw:
            amount, problem = parse_money(raw["sales_amount"], minimum=Decimal(0))
            if problem:
                bad("sales_amount", raw["sales_amount"], problem.expected)
        comment = parse_text(raw["comment"], multiline=True)[0] if "comment" in raw else ""
        if len(comment) > 5000:
            bad("comment", raw["comment"], Text("a comment of at most 5000 characters"))
        if len(counts) == len(COUNTS):
            out.append(
                EfficiencyInput(
                    ref, counts["reach"], counts["leads"], counts["sales"], amount, comment, f"{sheet.name}!A{row}"
                )
            )
    year = None
    if len(years) > 1:
        listed = join(
            [Text("{year} (first at {cell})", year=str(y), cell=cell) for y, cell in sorted(years.items())], ", "
        )
        problems.append(ImportProblem(file, sheet.name, "", listed, Text("references of one programme year")))
    elif years:
        year = next(iter(years))
    ref_col = get_column_letter(columns["reference"])
    return _Parsed(out, problems, skipped, year, {ref: f"{ref_col}{row}" for ref, row in seen.items()})


def import_efficiency(services: Services, path: Path | str, *, agency: str = "") -> ImportReport:
    """Import the evaluating agency's report (the year comes from the references); all or nothing."""
    return ImportReport([_import_file(services, Path(path), agency)])


def _read(path: Path) -> tuple[TemplateMeta | None, SheetValues]:
    """The identification (None for a plain workbook without one) and the report's first visible sheet;
    run in the reader process (reports.xlsx.isolated)."""
    with open_returned(path, None, (), missing=Text("has no visible sheet"), ods=False) as returned:
        has_meta = returned.values.find(META_SHEET) is not None
        return (read_meta(returned.values, KIND) if has_meta else None), returned.sheet


def _import_file(services: Services, path: Path, agency: str) -> FileOutcome:
    file = path.name
    try:
        meta, sheet = isolated.run(path, _read, path)
    except CoopDeskError as exc:
        return FileOutcome(str(path), REFUSED, message=_reason(exc))
    found = find_header(sheet)
    if found is None:
        return FileOutcome(
            str(path),
            REFUSED,
            message=Text(
                "sheet “{sheet}” has no header row with the columns reference, reach, leads and sales "
                "(Референс, Охват, Обращения, Продажи) in its first {rows} rows",
                sheet=sheet.name,
                rows=str(HEADER_SCAN_ROWS),
            ),
        )
    header, columns = found
    parsed = _read_rows(sheet, file, header, columns)
    message = ""
    if not parsed.rows and not parsed.problems:
        message = Text("the report has no results (every activity row is blank)")
    elif meta is not None and parsed.year is not None and parsed.year != meta.year:
        message = Text(
            "this form was made for {made_for}, and its references are of {year}",
            made_for=str(meta.year),
            year=str(parsed.year),
        )
    elif parsed.year is not None and not any(y.year == parsed.year for y in services.years.list_years()):
        message = Text("the references are of {year}, and there is no programme year {year}", year=str(parsed.year))
    elif parsed.year is not None:
        planned = {r.reference for r in services.plans.consolidated(parsed.year) if r.included}
        parsed.problems += [
            ImportProblem(
                file, sheet.name, cell, ref, Text("an activity of the {year} consolidated plan", year=str(parsed.year))
            )
            for ref, cell in parsed.cells.items()
            if ref not in planned
        ]
    if parsed.problems or message:
        message = message or problems_message(len(parsed.problems), Text("nothing was imported"))
        return FileOutcome(str(path), REFUSED, parsed.problems, message)
    assert parsed.year is not None
    try:
        services.evaluation.import_results(parsed.year, parsed.rows, agency=agency, source=file)
    except CoopDeskError as exc:
        return FileOutcome(str(path), REFUSED, message=_reason(exc))
    message = Text(
        "efficiency results for {year}: {count} activities", year=str(parsed.year), count=str(len(parsed.rows))
    )
    if parsed.skipped:
        skipped = Text("{count} activities without results skipped", count=str(parsed.skipped))
        message = join((message, skipped), "; ")
    return FileOutcome(str(path), IMPORTED, message=message)


def _reason(exc: CoopDeskError) -> str:
    if isinstance(exc, WorkbookRefused):
        return exc.reason
    return refusal_text(exc.lines())

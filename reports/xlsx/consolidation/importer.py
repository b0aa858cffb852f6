"""The consolidation workbook read back (written by :mod:`.template`): the agency's choices, checked cell by
cell; any problem refuses the whole file (every problem listed, nothing written), else it becomes the
consolidated plan through ``PlanService.record_consolidation``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from coop_desk import permissions
from coop_desk.errors import CoopDeskError
from coop_desk.services import Services
from coop_desk.services.base import column_length
from coop_desk.services.plan_inputs import ConsolidationInput
from coop_desk.text import Text
from coop_desk.words import stage_name
from models import ConsolidatedItem, ConsolidatedPlan
from reports.xlsx import isolated
from reports.xlsx.cells import REFERENCE, CellProblem, formula_error, is_blank, parse_money, parse_text, shown
from reports.xlsx.consolidation.template import (
    AGENCY_CELL,
    AGENCY_KEYS,
    COL,
    COLUMNS,
    FIRST_ROW,
    HEADER_ROW,
    KIND,
    LETTER,
    SHEET,
)
from reports.xlsx.meta import TemplateMeta
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

#: The longest texts the agency may give: the lengths of the columns they are stored in (the note is free).
TEXT_LIMITS = {
    "placement": column_length(ConsolidatedItem.placement) or 0,
    "vendor": column_length(ConsolidatedItem.vendor) or 0,
    "note": 5000,
}
AGENCY_LIMIT = column_length(ConsolidatedPlan.agency) or 0
YES = ("да", "д", "yes", "y", "1", "true", "истина", "+", "включить", "include", "included")
NO = ("нет", "н", "no", "n", "0", "false", "ложь", "-", "исключить", "drop", "dropped", "exclude")
SUBTOTAL_PREFIXES = ("итого", "всего", "subtotal", "total")


def parse_yes_no(value: object) -> tuple[bool | None, CellProblem | None]:
    """да/нет, yes/no (and a few more ways to say it, any case); blank is (None, None)."""
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        return value, None
    text = parse_text(value)[0].casefold().rstrip(".!")
    if text in YES:
        return True, None
    if text in NO:
        return False, None
    return None, CellProblem(shown(value), Text("да or нет (yes or no); blank means yes"))


@dataclass
class _Parsed:
    rows: list[ConsolidationInput]
    agency: str
    problems: list[ImportProblem]


# Long: reads and checks each column of the agency's rows in the sheet's order, collecting every problem.
def _read_rows(sheet: SheetValues, file: str, currency: str, expected: set[str], year: int) -> _Parsed:
    problems: list[ImportProblem] = []

    def bad(row: int, key: str, found: object, what: str) -> None:
        problems.append(ImportProblem(file, sheet.name, f"{LETTER[key]}{row}", shown(found), what))

    out: list[ConsolidationInput] = []
    seen: dict[str, int] = {}
    for row in range(FIRST_ROW, sheet.max_row + 1):
        raw = {key: sheet.value(row, COL[key]) for key in ("reference", *AGENCY_KEYS)}
        ref = parse_text(raw["reference"])[0]
        if not ref:
            for key in AGENCY_KEYS:
                if not is_blank(raw[key]):
                    bad(row, key, raw[key], Text("nothing here: the row has no activity reference (column A)"))
            continue
        if ref.casefold().startswith(SUBTOTAL_PREFIXES):
            continue  # a subtotal or the total: computed, never read
        ref = ref.upper()
        if not REFERENCE.match(ref):
            bad(row, "reference", raw["reference"], Text("an activity reference such as D014-2027-03"))
            continue
        if ref in seen:
            bad(row, "reference", ref, Text("each activity once (it is in row {row} already)", row=str(seen[ref])))
        elif ref not in expected:
            bad(
                row,
                "reference",
                ref,
                Text("the reference of an activity in a dealer's current draft for {year}", year=str(year)),
            )
        seen.setdefault(ref, row)
        included, problem = parse_yes_no(raw["include"])
        if problem:
            bad(row, "include", raw["include"], problem.expected)
        costed, problem = parse_money(raw["costed_amount"], minimum=Decimal(0), currency=currency)
        if problem:
            bad(row, "costed_amount", raw["costed_amount"], problem.expected)
        texts = {}
        for key, limit in TEXT_LIMITS.items():
            texts[key] = parse_text(raw[key], multiline=key == "note")[0]
            if error := formula_error(raw[key]):
                bad(row, key, error, Text("a text"))
            elif len(texts[key]) > limit:
                bad(row, key, raw[key], Text("a text of at most {limit} characters", limit=str(limit)))
        out.append(
            ConsolidationInput(
                ref,
                included is not False,  # a blank cell means include
                placement=texts["placement"],
                vendor=texts["vendor"],
                costed_amount=costed,
                note=texts["note"],
                where=f"{sheet.name}!A{row}",
            )
        )
    missing = sorted(expected - seen.keys())
    if missing:
        listed = ", ".join(missing[:20])
        every_row = (
            Text(
                "a row for every activity of the current drafts; missing: {listed} and {more} more",
                listed=listed,
                more=str(len(missing) - 20),
            )
            if len(missing) > 20
            else Text("a row for every activity of the current drafts; missing: {listed}", listed=listed)
        )
        problems.append(ImportProblem(file, sheet.name, "", "", every_row))
    agency = parse_text(sheet.at(AGENCY_CELL))[0]
    if len(agency) > AGENCY_LIMIT:
        problems.append(
            ImportProblem(
                file,
                sheet.name,
                AGENCY_CELL,
                shown(agency),
                Text("an agency name of at most {limit} characters", limit=str(AGENCY_LIMIT)),
            )
        )
    return _Parsed(out, agency, problems)


def import_consolidation(services: Services, path: Path | str, *, agency: str = "") -> ImportReport:
    """Read a returned consolidation workbook; on any problem nothing is written (every problem listed).

    ``agency`` overrides the name in the workbook (cell C3); both blank means the year's setting.
    """
    return ImportReport([_import_file(services, Path(path), agency)])


def _read(path: Path) -> tuple[TemplateMeta | None, SheetValues, list[ImportProblem]]:
    """The identification, the consolidation sheet and its misplaced column titles; run in the reader
    process (reports.xlsx.isolated)."""
    with open_returned(
        path,
        KIND,
        (SHEET, "Consolidation"),
        missing=Text("has no sheet “{sheet}”: send back the workbook CoopDesk wrote", sheet=SHEET),
        columns=COLUMNS,
        title_rows=HEADER_ROW,
        ods=False,
    ) as returned:
        return returned.meta, returned.sheet, returned.problems


def _import_file(services: Services, path: Path, agency: str) -> FileOutcome:
    file = path.name
    try:
        meta, sheet, problems = isolated.run(path, _read, path)
        assert meta is not None
        view = services.years.get(meta.year)
    except CoopDeskError as exc:
        return FileOutcome(str(path), REFUSED, message=_reason(exc))
    if problems:
        return FileOutcome(str(path), REFUSED, problems, Text("the sheet's columns were moved or renamed"))
    expected = {a.reference for a in services.plans.activities(meta.year)}
    parsed = _read_rows(sheet, file, view.currency, expected, meta.year)
    stage = (
        ""
        if permissions.at_stage("plans.record_consolidation", view.stage)
        else Text(
            "year {year} is at stage {stage}: the consolidated plan is imported at stage consolidation",
            year=str(meta.year),
            stage=stage_name(view.stage),
        )
    )
    if parsed.problems or stage:
        message = stage or problems_message(len(parsed.problems), Text("nothing was imported"))
        return FileOutcome(str(path), REFUSED, parsed.problems, message)
    try:
        services.plans.record_consolidation(meta.year, parsed.rows, agency=agency.strip() or parsed.agency, source=file)
    except CoopDeskError as exc:
        return FileOutcome(str(path), REFUSED, message=_reason(exc))
    kept = sum(1 for r in parsed.rows if r.included)
    costed = sum(1 for r in parsed.rows if r.costed_amount is not None)
    return FileOutcome(
        str(path),
        IMPORTED,
        message=Text(
            "consolidated plan {year}: {kept} of {count} activities included, {dropped} dropped, "
            "{costed} costed by the agency",
            year=str(meta.year),
            kept=str(kept),
            count=str(len(parsed.rows)),
            dropped=str(len(parsed.rows) - kept),
            costed=str(costed),
        ),
    )


def _reason(exc: CoopDeskError) -> str:
    if isinstance(exc, WorkbookRefused):
        return exc.reason
    return refusal_text(exc.lines())

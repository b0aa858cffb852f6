"""Where things are in the dealer plan template: its sheets, the plan sheet's rows, the activity table's
columns and the labels the importer finds them by. The template's writer (:mod:`reports.xlsx.plan_template`)
and its reader (:mod:`reports.xlsx.plan_reading`) both take them from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from reports.xlsx.cells import MONTHS_EN, MONTHS_RU
from reports.xlsx.columns import Column, column_index

__all__ = [
    "ACTIVITY_ROWS",
    "CODE_LABEL",
    "COLUMNS",
    "INSTRUCTIONS_SHEET",
    "KIND",
    "LAYOUT",
    "PLAN_SHEET",
    "REVIEW_LABELS",
    "TABLE",
    "TOTAL_LABEL",
    "PlanLayout",
    "month_label",
]

PLAN_SHEET = "План - Plan"
INSTRUCTIONS_SHEET = "Инструкция - Instructions"
ACTIVITY_ROWS = 50
KIND = "plan"


@dataclass(frozen=True)
class PlanLayout:
    """Where things are on the plan sheet (1-based rows; columns A–E). The importer finds the table and
    the review by their labels, so a dealer who inserts a row does not break it; these are the defaults."""

    code_row: int = 5
    name_row: int = 6
    region_row: int = 7
    city_row: int = 8
    cap_row: int = 9
    share_row: int = 10
    head_row: int = 12  # Russian titles; English titles on the next row
    first_row: int = 14
    rows: int = ACTIVITY_ROWS

    @property
    def last_row(self) -> int:
        return self.first_row + self.rows - 1

    @property
    def total_row(self) -> int:
        return self.last_row + 1

    @property
    def review_row(self) -> int:
        return self.total_row + 2

    def review_fields(self) -> list[tuple[str, int]]:
        """(key, label row) of the three review texts; each input spans the 4 rows below its label."""
        return [(key, self.review_row + 1 + 5 * i) for i, key in enumerate(("ran", "worked", "notes"))]


LAYOUT = PlanLayout()
#: The activity table: its columns, Russian titles over English ones (the cost's with the currency).
TABLE = (
    Column("no", "№", "No.", 7),
    Column("channel", "Канал", "Channel", 30, agency=True),
    Column("month", "Месяц", "Month", 20, agency=True),
    Column("cost", "Планируемая стоимость", "Planned cost", 26, agency=True),
    Column("idea", "Идея: что, где, для кого", "Idea: what, where, for whom", 62, agency=True),
)
#: Column of each activity field.
COLUMNS = column_index(TABLE)
CODE_LABEL = "Код дилера"
TOTAL_LABEL = "Итого"
REVIEW_LABELS = {
    "ran": ("Что было проведено в первом полугодии", "What ran in the first half-year"),
    "worked": ("Что сработало лучше всего", "What worked best"),
    "notes": ("Особенности региона, пожелания", "Regional notes and wishes"),
}


def month_label(month: int) -> str:
    """The dropdown text of a month: ``Март / March``."""
    return f"{MONTHS_RU[month - 1].capitalize()} / {MONTHS_EN[month - 1]}"

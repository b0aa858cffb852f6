"""Opening a returned workbook: the one way every importer (plan, claims, consolidation, efficiency) does it.

:func:`open_returned` runs, in order: the safety checks and the read (:func:`reports.xlsx.ods.open_values`
for the exchanges that take a LibreOffice .ods, :func:`reports.xlsx.safety.read_values` for the others);
the identification sheet (:mod:`reports.xlsx.meta`) of the kind expected, and the importer's own check of
it (``identified``: is there such a programme year?); the sheet to read, by name (or the first visible
one); where its column titles are (``title_rows``: a row, or a function that finds the rows and refuses a
rearranged sheet); and the titles themselves against the template's column table
(:func:`reports.xlsx.layout.check_titles`). A file-level refusal raises :class:`WorkbookRefused` (or the
``CoopDeskError`` of ``identified``); misplaced titles are returned as problems, one per cell, for the
importer to report when it is ready to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from reports.xlsx.columns import Column, check_titles
from reports.xlsx.meta import TemplateMeta, read_meta
from reports.xlsx.ods import open_values, read_template_meta
from reports.xlsx.report import ImportProblem
from reports.xlsx.safety import DEFAULT_LIMITS, Limits, SheetValues, WorkbookRefused, WorkbookValues, read_values

__all__ = ["Returned", "TitleRows", "open_returned"]

#: Where a sheet's column titles are: a row, or a function of the sheet and its identification that finds
#: the rows (and raises WorkbookRefused for a sheet rearranged beyond reading).
TitleRows = int | Callable[[SheetValues, TemplateMeta | None], Sequence[int]]


@dataclass
class Returned:
    """A returned workbook, open: its values (close them), identification, the sheet to read, and the
    column titles that are not where the template put them. A context manager closing the values."""

    values: WorkbookValues
    meta: TemplateMeta | None
    sheet: SheetValues
    problems: list[ImportProblem] = field(default_factory=list)

    def close(self) -> None:
        self.values.close()

    def __enter__(self) -> Returned:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def open_returned(
    path: Path | str,
    kind: str | None,
    sheets: Sequence[str],
    *,
    missing: str,
    columns: tuple[Column, ...] = (),
    title_rows: TitleRows | None = None,
    year: int | None = None,
    dealer: str | None = None,
    identified: Callable[[TemplateMeta], object] | None = None,
    ods: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    engine: str | None = None,
) -> Returned:
    """Open a returned workbook and check it (see the module docstring).

    ``kind`` is the template kind its identification sheet must name (None: a plain workbook, no
    identification); ``year``/``dealer`` insist on the ones it was made for. ``sheets`` are the names the
    sheet to read may have (the first found is read; none given: the first visible sheet), ``missing`` the
    refusal when there is none. ``ods`` reads a LibreOffice .ods as well.
    """
    path = Path(path)
    values = open_values(path, engine=engine, limits=limits) if ods else read_values(path, engine=engine, limits=limits)
    try:
        meta = None
        if kind is not None:
            read = read_template_meta if ods else read_meta
            meta = read(values, kind, year=year, dealer=dealer)
            if identified is not None:
                identified(meta)
        if sheets:
            name = values.find(*sheets)
        else:
            name = next((n for n in values.sheet_names if values.visibility(n) == "visible"), None)
        if name is None:
            raise WorkbookRefused(path, missing)
        sheet = values.sheet(name)
        rows: Sequence[int] = ()
        if callable(title_rows):
            rows = title_rows(sheet, meta)
        elif title_rows is not None:
            rows = (title_rows,)
        problems = [p for row in rows for p in check_titles(sheet, row, columns, path.name)]
    except BaseException:
        values.close()
        raise
    return Returned(values, meta, sheet, problems)

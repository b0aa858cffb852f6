"""Every document CoopDesk writes, described once: its id, title, what it needs and how it is written.

The window's report screen, the command line's ``report`` commands and the demo (``coop-desk demo --out``)
take the documents from here. A document is built in two steps: ``build`` gathers its data through the
services (a read model), ``write`` renders that data into a file; :meth:`Document.produce` does both. A
document written one file per dealer (the commitment letters) also has ``each``, and
:meth:`Document.write_each` writes its files into a folder with progress and a cancel check. The
writers' modules are imported only when a document is written (openpyxl and reportlab load on demand).
No Qt here.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from coop_desk.services import Services

PDF = "pdf"
XLSX = "xlsx"

#: ``progress(done, total, message)``: how far a long write is (STYLE.md point 11).
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DocumentRequest:
    """Which document of the programme: the year and, as the document needs, a quarter, a dealer, a language."""

    year: int | None  # None: every year (the dealers list, the audit trail)
    quarter: int | None = None
    dealer: str | None = None  # None with ``all_dealers``: every dealer's, in one file
    lang: str = "ru"
    cost_per_sale_limit: Decimal | None = None  # the annual report's threshold (None: the programme's default)

    @property
    def of_year(self) -> int:
        """The year, for the documents that are always of one programme year."""
        if self.year is None:
            raise ValueError("this document is of one programme year: name the year")
        return self.year


@dataclass(frozen=True)
class Document:
    id: str
    title: str  # English; the window shows its own translation of it
    format: str  # PDF or XLSX
    module: str  # the writer's module: the document is offered only when it is there
    build: Callable[[Services, DocumentRequest], Any]
    write: Callable[[Any, Path, str], Any]
    needs_quarter: bool = False
    needs_dealer: bool = False
    all_dealers: bool = False  # "all dealers" is a choice (one merged file)
    # one file per dealer: writes one item of the data into a folder (the path written), and names the item
    each: Callable[[Any, Path, str], Path] | None = None
    each_label: Callable[[Any], str] = str

    def available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def produce(self, services: Services, request: DocumentRequest, path: Path | str) -> Path:
        """Build the document's data through the services and write it to ``path``."""
        written = self.write(self.build(services, request), Path(path), request.lang)
        written = getattr(written, "path", written)  # a list workbook says what it wrote, its path among it
        return Path(written) if isinstance(written, str | Path) else Path(path)

    def write_each(
        self,
        items: Sequence[Any],
        folder: Path | str,
        lang: str,
        *,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> list[Path] | None:
        """One file per item (per dealer) into ``folder`` (made if missing), in order; the files written.

        Before each file it asks ``should_cancel()`` (None when cancelled) and reports
        ``progress(done, len(items), label)``."""
        if self.each is None:
            raise ValueError(f"the {self.id} document is not written one file per dealer")
        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        files: list[Path] = []
        for done, item in enumerate(items):
            if should_cancel is not None and should_cancel():
                return None
            if progress is not None:
                progress(done, len(items), self.each_label(item))
            files.append(self.each(item, target, lang))
        return files


def _writer(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    return call


def _letters(services: Services, request: DocumentRequest) -> Any:
    if request.dealer:
        return services.statements.letter(request.of_year, request.dealer)
    return services.statements.letters(request.of_year)


def _write_letters(data: Any, path: Path, lang: str) -> Path:
    name = "write_letters_merged" if isinstance(data, list | tuple) else "write_letter"
    written: Path = _writer("reports.pdf.letters", name)(data, path, lang)
    return written


def _write_letter(letter: Any, folder: Path, lang: str) -> Path:
    letters = importlib.import_module("reports.pdf.letters")
    return letters.write_letter(letter, folder / letters.letter_file_name(letter), lang)  # type: ignore[no-any-return]


def _of_year(services: Services, request: DocumentRequest) -> tuple[Services, DocumentRequest]:
    """A workbook's data is the services and the request: its writer reads what it needs."""
    return services, request


def _list(name: str) -> Callable[[Any, Path, str], Any]:
    """A list workbook (reports.xlsx.exports): writes it and gives back what was written (path, rows, title)."""

    def write(data: tuple[Services, DocumentRequest], path: Path, lang: str) -> Any:
        services, request = data
        return _writer("reports.xlsx.exports", name)(services, request.year, path, lang=lang)

    return write


QUARTERLY = Document(
    "quarterly",
    "Quarterly finance report",
    PDF,
    "reports.pdf.quarterly",
    build=lambda s, r: s.quarterly.report(r.of_year, r.quarter or 1),
    write=_writer("reports.pdf.quarterly", "write_quarterly_report"),
    needs_quarter=True,
)
LETTERS = Document(
    "letters",
    "Commitment letters",
    PDF,
    "reports.pdf.letters",
    build=_letters,
    write=_write_letters,
    needs_dealer=True,
    all_dealers=True,
    each=_write_letter,
    each_label=lambda letter: str(letter.dealer.code),
)
STATEMENT = Document(
    "statement",
    "Dealer statement",
    PDF,
    "reports.pdf.statement",
    build=lambda s, r: s.statements.statement(r.of_year, r.dealer or ""),
    write=_writer("reports.pdf.statement", "write_statement"),
    needs_dealer=True,
)


def _write_statement(statement: Any, folder: Path, lang: str) -> Path:
    module = importlib.import_module("reports.pdf.statement")
    return module.write_statement(statement, folder / module.statement_file_name(statement), lang)  # type: ignore[no-any-return]


#: Every dealer's statement: one PDF each into a folder (``write_each``), or all in one (``write``).
STATEMENTS = Document(
    "statements",
    "Every dealer's statement",
    PDF,
    "reports.pdf.statement",
    build=lambda s, r: s.statements.all_statements(r.of_year),
    write=_writer("reports.pdf.statement", "write_statements_merged"),
    each=_write_statement,
    each_label=lambda statement: str(statement.dealer.code),
)
ANNUAL = Document(
    "annual",
    "Annual programme report",
    PDF,
    "reports.pdf.annual",
    build=lambda s, r: s.annual.report(r.of_year, cost_per_sale_limit=r.cost_per_sale_limit),
    write=_writer("reports.pdf.annual", "write_annual"),
)
CONSOLIDATION = Document(
    "consolidation",
    "Consolidated plan for the agency",
    XLSX,
    "reports.xlsx.consolidation",
    build=_of_year,
    write=lambda d, path, _lang: _writer("reports.xlsx.consolidation", "write_consolidation")(d[0], d[1].of_year, path),
)
PLAN_TEMPLATES = Document(
    "plan-templates",
    "Plan templates for the dealers (a folder)",
    XLSX,
    "reports.xlsx.plan_template",
    build=_of_year,
    write=lambda d, folder, _lang: _writer("reports.xlsx.plan_template", "write_plan_templates")(
        d[0], d[1].of_year, folder, dealer=d[1].dealer
    ),
)
CLAIMS_TEMPLATES = Document(
    "claims-templates",
    "Claims templates for the dealers (a folder)",
    XLSX,
    "reports.xlsx.claims",
    build=_of_year,
    write=lambda d, folder, _lang: _writer("reports.xlsx.claims", "write_claims_templates")(
        d[0], d[1].of_year, d[1].quarter, folder, dealer=d[1].dealer
    ),
    needs_quarter=True,
)
EFFICIENCY_TEMPLATE = Document(
    "efficiency-template",
    "Efficiency form for the agency",
    XLSX,
    "reports.xlsx.efficiency",
    build=_of_year,
    write=lambda d, path, _lang: _writer("reports.xlsx.efficiency", "write_efficiency_template")(
        d[0], d[1].of_year, path
    ),
)
DEALERS_LIST = Document("dealers", "Dealers list", XLSX, "reports.xlsx.exports", _of_year, _list("export_dealers"))
ALLOCATION_LIST = Document(
    "allocation", "Allocation list", XLSX, "reports.xlsx.exports", _of_year, _list("export_allocation")
)
CLAIMS_LIST = Document("claims", "Claims list", XLSX, "reports.xlsx.exports", _of_year, _list("export_claims"))
AUDIT_LIST = Document("audit", "Audit trail", XLSX, "reports.xlsx.exports", _of_year, _list("export_audit"))

#: The PDF reports, in the order the window offers them.
REPORTS = (QUARTERLY, LETTERS, STATEMENT, ANNUAL)
#: The list workbooks of ``coop-desk export``, by their kind.
LISTS = {d.id: d for d in (DEALERS_LIST, ALLOCATION_LIST, CLAIMS_LIST, AUDIT_LIST)}
#: Every document by its id.
DOCUMENTS = {
    d.id: d
    for d in (
        *REPORTS,
        STATEMENTS,
        CONSOLIDATION,
        PLAN_TEMPLATES,
        CLAIMS_TEMPLATES,
        EFFICIENCY_TEMPLATE,
        *LISTS.values(),
    )
}

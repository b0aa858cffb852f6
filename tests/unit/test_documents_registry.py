"""One registry of documents (issue #12 point 5): the window, the command line and the demo write every
document through reports.documents, never by calling a PDF or workbook writer themselves."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reports import documents

ROOT = Path(__file__).resolve().parents[2]
WRITER_PACKAGES = ("reports.pdf", "reports.xlsx")
WRITER_PREFIXES = ("write_", "build_")  # a document's writers; the importers (import_*, read_*) are not documents


def _callers() -> list[Path]:
    """The sources that offer documents: the command line's commands, the window and the demo."""
    files = [*(ROOT / "coop_desk" / "commands").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    files += (ROOT / "coop_desk").glob("demo*.py")
    return sorted(files)


def _is_writer_module(module: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in WRITER_PACKAGES)


def _is_writer(name: str) -> bool:
    return name.startswith(WRITER_PREFIXES)


def direct_writer_uses(source: str) -> list[str]:
    """The writers of reports.pdf.* / reports.xlsx.* a source imports or reaches through a module it imports."""
    tree = ast.parse(source)
    modules: set[str] = set()  # local names bound to a writer package's module
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if _is_writer_module(node.module) and _is_writer(alias.name):
                    found.append(f"line {node.lineno}: from {node.module} import {alias.name}")
                elif _is_writer_module(full) or (node.module == "reports" and alias.name in ("pdf", "xlsx")):
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _is_writer_module(alias.name):
                    modules.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _is_writer(node.attr):
            base = ast.unparse(node.value)
            if base in modules or base.partition(".")[0] in modules or _is_writer_module(base):
                found.append(f"line {node.lineno}: {base}.{node.attr}")
    return found


def test_no_caller_writes_a_document_around_the_registry() -> None:
    callers = _callers()
    assert any(p.name == "allocation_letters.py" for p in callers)  # the scan does see the window's sources
    offending = {
        str(p.relative_to(ROOT)): uses for p in callers if (uses := direct_writer_uses(p.read_text(encoding="utf-8")))
    }
    assert offending == {}, "write these documents through reports.documents (its Document entries)"


@pytest.mark.parametrize(
    "source",
    [
        "from reports.pdf.letters import write_letters",
        "from reports.xlsx.claims import write_claims_templates as w",
        "def f():\n    from reports.xlsx.efficiency import write_efficiency_template",
        "from reports.xlsx import claims as c\nc.write_claims_templates(s, 1, 1, p)",
        "import reports.pdf.letters\nreports.pdf.letters.write_letter(x, p)",
        "from reports.pdf import quarterly\nquarterly.build_story(x)",
    ],
)
def test_the_scan_sees_a_direct_writer(source: str) -> None:
    assert direct_writer_uses(source)


@pytest.mark.parametrize(
    "source",
    [
        "from reports.xlsx.claims import import_claims",
        "from reports.xlsx.plan_import import import_plans",
        "from reports.documents import LETTERS, DocumentRequest",
        "from reports.xlsx.report import ImportReport",
        'IMPORTER = ("reports.xlsx.efficiency", "import_efficiency")',
    ],
)
def test_importers_and_the_registry_stay_allowed(source: str) -> None:
    assert direct_writer_uses(source) == []


def test_the_templates_and_the_letters_are_in_the_registry() -> None:
    claims = documents.DOCUMENTS["claims-templates"]
    efficiency = documents.DOCUMENTS["efficiency-template"]
    assert (claims.format, claims.module, claims.needs_quarter) == (documents.XLSX, "reports.xlsx.claims", True)
    assert (efficiency.format, efficiency.module) == (documents.XLSX, "reports.xlsx.efficiency")
    assert claims.available() and efficiency.available()
    assert documents.LETTERS.each is not None  # the letters are also written one file per dealer


def test_write_each_reports_progress_and_stops_when_cancelled(tmp_path: Path) -> None:
    written: list[str] = []

    def each(item: str, folder: Path, _lang: str) -> Path:
        path = folder / f"{item}.txt"
        path.write_text(item, encoding="utf-8")
        written.append(item)
        return path

    doc = documents.Document("test", "Test", documents.PDF, "reports", build=lambda s, r: None, write=each, each=each)
    seen: list[tuple[int, int, str]] = []
    files = doc.write_each(["a", "b"], tmp_path / "new", "en", progress=lambda *a: seen.append(a))
    assert files == [tmp_path / "new" / "a.txt", tmp_path / "new" / "b.txt"]
    assert seen == [(0, 2, "a"), (1, 2, "b")]

    asked: list[int] = []

    def cancel_second() -> bool:
        asked.append(1)
        return len(asked) > 1

    written.clear()
    assert doc.write_each(["a", "b"], tmp_path / "other", "en", should_cancel=cancel_second) is None
    assert written == ["a"]
    with pytest.raises(ValueError):
        documents.QUARTERLY.write_each([], tmp_path, "en")

"""No workbook can kill the process (issue 11, point 1).

A workbook whose cells claim an absurd extent (a cell at XFD1048576, a declared range A1:XFD1048576) made
python-calamine allocate the whole rectangle and abort the process. The files here are real templates
with their sheet XML edited as a hostile dealer would: the far cell on any sheet (the very hidden
identification sheet included), its ``r`` written with single quotes, spaces around ``=``, a namespace
prefix, in lower case; the checks parse the XML as XML does and refuse every one by name.

Defence in depth: the importers read dealer files in a reader process (reports.xlsx.isolated) or in the
pool's workers, so a reader that aborts anyway costs that one file. It is tested with an abort injected
into the reader (``COOPDESK_READER_FAULT``), since the checks alone catch every file known to crash it.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk.services import Services
from reports.xlsx import claims as claims_xlsx
from reports.xlsx import consolidation as cons_xlsx
from reports.xlsx import efficiency as eff_xlsx
from reports.xlsx import plan_pool
from reports.xlsx.isolated import CRASHED, FAULT_VARIABLE
from reports.xlsx.meta import META_SHEET
from reports.xlsx.plan_import import import_plans
from reports.xlsx.plan_layout import PLAN_SHEET
from reports.xlsx.plan_template import write_plan_template
from reports.xlsx.safety import DEFAULT_LIMITS, WorkbookRefused, check_file, sheet_extent
from tests.factories import ExecutionYear, approve_mockup, fingerprint, year_in_execution
from tests.integration.test_agency_exchange import (
    YEAR,
    claim_row,
    fill_claims,
    fill_consolidation,
    year_in_consolidation,
)
from tests.integration.test_plan_exchange import drafting_year, fill

BEYOND = "beyond the 20 000 rows × 200 columns CoopDesk reads"

#: How a hostile file writes its far cell; ``{r}`` is the reference.
FAR_CELLS = {
    "double-quotes": '<row r="1048576"><c r="{r}" t="n"><v>1</v></c></row>',
    "single-quotes": "<row r='1048576'><c r='{r}' t='n'><v>1</v></c></row>",
    "spaces-around-equals": '<row r = "1048576"><c r = "{r}" t = "n"><v>1</v></c></row>',
    "single-quotes-and-spaces": "<row r =\n'1048576'><c t='n' r\t= '{r}'><v>1</v></c></row>",
    "lower-case": '<row r="1048576"><c r="{lower}" t="n"><v>1</v></c></row>',
    "prefixed": (
        '<row r="1048576"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        ' r="{r}" t="n"><x:v>1</x:v></x:c></row>'
    ),
    "character-reference": '<row r="1048576"><c r="&#88;FD1048576" t="n"><v>1</v></c></row>',
    "formula-only": "<row r='1048576'><c r='{r}'><f>1+1</f></c></row>",
    "implied-by-the-row": "<row r='1048576'><c t='n'><v>1</v></c></row>",
}


def sheet_part(path: Path, title: str) -> str:
    """The zip entry of the sheet called ``title`` (via the workbook and its relationships)."""
    with zipfile.ZipFile(path) as zf:
        book = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet name="{re.escape(title)}"[^>]*r:id="(\w+)"', book)
    assert rid, title
    target = re.search(rf'Id="{rid.group(1)}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
    assert target
    name = target.group(1) or target.group(2)
    return name.lstrip("/") if name.startswith("/") else f"xl/{name}"


def edited(path: Path, part: str, edit: Callable[[bytes], bytes], out: Path | None = None) -> Path:
    """``path`` with one zip entry's XML edited (every other entry copied as it is)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, edit(data) if info.filename == part else data)
    target = out or path
    target.write_bytes(buffer.getvalue())
    return target


def far_cell(
    path: Path, sheet: str, style: str = "single-quotes", ref: str = "XFD1048576", out: Path | None = None
) -> Path:
    xml = FAR_CELLS[style].format(r=ref, lower=ref.lower()).encode()
    return edited(path, sheet_part(path, sheet), lambda d: d.replace(b"</sheetData>", xml + b"</sheetData>"), out)


def far_dimension(path: Path, sheet: str, ref: str = "A1:XFD1048576", quote: str = "'") -> Path:
    def edit(data: bytes) -> bytes:
        return re.sub(rb"<dimension ref=\"[^\"]*\"", f"<dimension ref = {quote}{ref}{quote}".encode(), data)

    return edited(path, sheet_part(path, sheet), edit)


@pytest.fixture
def plan_template(services: Services, tmp_path: Path) -> Path:
    drafting_year(services)
    return write_plan_template(services, YEAR, "D014", tmp_path / "template.xlsx")


# -- the checks ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sheet", [PLAN_SHEET, META_SHEET], ids=["plan-sheet", "identification-sheet"])
@pytest.mark.parametrize("style", sorted(FAR_CELLS))
def test_a_far_cell_on_any_sheet_is_refused_by_the_checks(plan_template: Path, sheet: str, style: str) -> None:
    path = far_cell(plan_template, sheet, style)
    with pytest.raises(WorkbookRefused) as refused:
        check_file(path)
    message = str(refused.value)
    assert message.startswith("template.xlsx: not a readable workbook: ")
    assert f"the sheet «{sheet}» has a cell at " in message and BEYOND in message, message


@pytest.mark.parametrize("quote", ["'", '"'])
@pytest.mark.parametrize("ref", ["A1:XFD1048576", "A1:A20001", "A1:GS5", "B2:XFD1"])
def test_a_declared_range_beyond_the_limits_is_refused(plan_template: Path, quote: str, ref: str) -> None:
    path = far_dimension(plan_template, META_SHEET, ref, quote)
    with pytest.raises(WorkbookRefused) as refused:
        check_file(path)
    assert f"the sheet «{META_SHEET}» declares the range {ref}, {BEYOND}" in str(refused.value)


def test_the_limits_themselves_and_formatting_far_away_pass(plan_template: Path, tmp_path: Path) -> None:
    wide = far_cell(plan_template, PLAN_SHEET, "double-quotes", "GR100", tmp_path / "wide.xlsx")  # column 200
    assert check_file(wide).max_extent == (100, 200)
    long = far_cell(plan_template, PLAN_SHEET, "single-quotes", "B20000", tmp_path / "long.xlsx")
    assert check_file(long).max_extent == (20_000, 5)
    check_file(far_dimension(Path(shutil.copy(plan_template, tmp_path / "dim.xlsx")), PLAN_SHEET, "A1:GR9999"))
    # A formatted empty cell (what LibreOffice writes for a styled row) allocates nothing: not refused.
    styled = edited(
        plan_template,
        sheet_part(plan_template, PLAN_SHEET),
        lambda d: d.replace(b"</sheetData>", b"<row r='1048576'><c r='XFD1048576' s='1'/></row></sheetData>"),
        tmp_path / "styled.xlsx",
    )
    check_file(styled)
    for ref in ("GS1", "A20001"):
        with pytest.raises(WorkbookRefused, match=BEYOND):
            check_file(far_cell(plan_template, PLAN_SHEET, "double-quotes", ref, tmp_path / f"{ref}.xlsx"))
    # Within both limits but more cells in all than a reader should allocate (20 000 × 200 = 4 000 000).
    with pytest.raises(WorkbookRefused, match="spans 20 000 rows × 200 columns, more than the 2 000 000 cells"):
        check_file(far_cell(plan_template, PLAN_SHEET, "double-quotes", "GR20000", tmp_path / "big.xlsx"))


def test_a_malformed_reference_or_a_doctype_inside_is_refused(plan_template: Path, tmp_path: Path) -> None:
    part = sheet_part(plan_template, META_SHEET)
    bad_ref = edited(plan_template, part, lambda d: re.sub(rb"r=([\"'])B3\1", b"r='3B'", d), tmp_path / "ref.xlsx")
    with pytest.raises(WorkbookRefused, match=r"malformed cell reference \(3B\)"):
        check_file(bad_ref)
    late_doctype = edited(
        plan_template,
        part,
        lambda d: d.replace(b"<worksheet", b"<!--" + b" " * 5000 + b'--><!DOCTYPE w [<!ENTITY a "b">]><worksheet', 1),
        tmp_path / "doctype.xlsx",
    )
    with pytest.raises(WorkbookRefused, match="DOCTYPE"):
        check_file(late_doctype)


CELL = st.tuples(st.integers(1, 60), st.integers(1, 40), st.booleans())  # row, column, holds a value


def _column(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@settings(max_examples=150, deadline=None)
@given(
    cells=st.lists(CELL, min_size=1, max_size=30),
    quote=st.sampled_from(["'", '"']),
    space=st.sampled_from(["", " ", "\n\t"]),
    prefix=st.sampled_from(["", "x:"]),
)
def test_the_extent_is_the_furthest_cell_holding_a_value_however_it_is_written(
    cells: list[tuple[int, int, bool]], quote: str, space: str, prefix: str
) -> None:
    """Property: whatever the quoting, spacing or prefix, the extent is that of the valued cells."""
    rows: dict[int, list[str]] = {}
    for row, col, valued in sorted(set(cells)):
        ref = f"{space}r{space}={space}{quote}{_column(col)}{row}{quote}"
        body = f"><{prefix}v>1</{prefix}v></{prefix}c>" if valued else "/>"
        rows.setdefault(row, []).append(f"<{prefix}c {ref}{body}")
    xml = "".join(f"<{prefix}row r={quote}{r}{quote}>{''.join(cs)}</{prefix}row>" for r, cs in rows.items())
    valued = [(r, c) for r, c, v in cells if v]
    expected = (max((r for r, _ in valued), default=0), max((c for _, c in valued), default=0))
    assert sheet_extent(xml.encode()) == expected


# -- the importers: a bad file in the middle of a batch, the process survives ---------------------------
def _plan_batch(services: Services, folder: Path, bad: Callable[[Path], Path]) -> Path:
    """Good drafts of D014 and D015 around ``b_bad.xlsx``."""
    folder.mkdir()
    for name, code in (("a_good.xlsx", "D014"), ("c_good.xlsx", "D015")):
        fill(write_plan_template(services, YEAR, code, folder / name), [("press", "март", "1 500,50", "idea")])
    template = write_plan_template(services, YEAR, "D014", folder.parent / "for_bad.xlsx")
    bad(Path(shutil.copy(template, folder / "b_bad.xlsx")))
    return folder


def _outcomes(report) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {Path(o.path).name: (o.status, str(o.message)) for o in report.outcomes}


@pytest.mark.parametrize("pooled", [False, True], ids=["one-reader", "worker-pool"])
def test_plans_batch_imports_the_good_files_and_names_the_absurd_one(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pooled: bool
) -> None:
    drafting_year(services, score=None)
    if pooled:
        monkeypatch.setattr(plan_pool, "worker_count", lambda files: 1)
        monkeypatch.setattr(plan_pool, "AT_HOME", 0)
    folder = _plan_batch(services, tmp_path / "in", lambda p: far_cell(p, META_SHEET, "spaces-around-equals"))
    report = import_plans(services, [folder])
    got = _outcomes(report)
    assert got["a_good.xlsx"][0] == got["c_good.xlsx"][0] == "imported", report.lines()
    status, message = got["b_bad.xlsx"]
    assert status == "refused" and f"«{META_SHEET}» has a cell at XFD1048576, {BEYOND}" in message
    assert {d.dealer_code for d in services.plans.drafts(YEAR)} == {"D014", "D015"}


def test_the_command_survives_and_names_the_file(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a process of its own, as a person runs it: exit code 1, the bad file named, the rest imported."""
    from tests.signin import sign_in_the_command_line

    drafting_year(services, score=None)
    sign_in_the_command_line(services.ctx.db, monkeypatch)
    folder = _plan_batch(services, tmp_path / "in", lambda p: far_cell(p, PLAN_SHEET, "single-quotes"))
    services.ctx.db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", "from coop_desk.cli import main; main()", "import", "plans", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
        env=dict(os.environ, COOP_DESK_DB=services.ctx.db.url),
    )
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "b_bad.xlsx: refused: not a readable workbook: the sheet «" in done.stdout + done.stderr
    assert "a_good.xlsx: imported" in done.stdout and "c_good.xlsx: imported" in done.stdout
    assert "Traceback" not in done.stderr


@pytest.fixture
def claims_year(services: Services) -> ExecutionYear:
    ex = year_in_execution(
        services, dealers={"D001": [D(20000)], "D002": [D(20000)], "D003": [D(20000)]}, today=dt.date(YEAR, 2, 1)
    )
    for code in ("D001", "D002", "D003"):
        approve_mockup(services, YEAR, ex.ref(code, 1))
    return ex


def _claims_batch(services: Services, ex: ExecutionYear, folder: Path) -> list[Path]:
    paths = claims_xlsx.write_claims_templates(services, YEAR, 1, folder)
    for path in paths:
        code = path.stem.rsplit("-", 1)[-1]
        fill_claims(path, [claim_row(ex.ref(code, 1), f"INV-{code}", D(1000))])
    ex.clock.set(dt.date(YEAR, 4, 10))
    return paths


def test_claims_batch_files_the_good_files_and_names_the_absurd_one(
    services: Services, claims_year: ExecutionYear, tmp_path: Path
) -> None:
    paths = _claims_batch(services, claims_year, tmp_path / "in")
    far_cell(paths[1], claims_xlsx.SHEET, "single-quotes-and-spaces")
    result = claims_xlsx.import_claims(services, paths)
    got = _outcomes(result.report)
    bad = paths[1].name
    assert got[bad][0] == "refused" and f"«{claims_xlsx.SHEET}» has a cell at XFD1048576, {BEYOND}" in got[bad][1]
    assert [o for name, (o, _) in got.items() if name != bad] == ["imported", "imported"], result.lines()
    assert {c.invoice_number for c in services.claims.list_claims(YEAR)} == {"INV-D001", "INV-D003"}


def test_consolidation_refuses_an_absurd_file_by_name(services: Services, tmp_path: Path) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs)
    before = fingerprint(services)
    far_dimension(path, META_SHEET)
    [outcome] = cons_xlsx.import_consolidation(services, path).outcomes
    assert outcome.status == "refused" and f"declares the range A1:XFD1048576, {BEYOND}" in outcome.message
    far_cell(path, cons_xlsx.SHEET, "prefixed")
    [outcome] = cons_xlsx.import_consolidation(services, path).outcomes
    assert outcome.status == "refused" and BEYOND in outcome.message
    assert fingerprint(services) == before


def test_efficiency_refuses_an_absurd_file_by_name(services: Services, tmp_path: Path) -> None:
    year_in_execution(services, dealers={"D001": [D(20000)]}, evaluating_agency="Eval Co")
    path = eff_xlsx.write_efficiency_template(services, YEAR, tmp_path / "eff.xlsx")
    before = fingerprint(services)
    with zipfile.ZipFile(path) as zf:
        first = sorted(n for n in zf.namelist() if n.startswith("xl/worksheets/sheet"))[0]
    edited(
        path,
        first,
        lambda d: d.replace(
            b"</sheetData>", FAR_CELLS["lower-case"].format(lower="xfd1048576").encode() + b"</sheetData>"
        ),
    )
    [outcome] = eff_xlsx.import_efficiency(services, path).outcomes
    assert outcome.status == "refused" and "has a cell at xfd1048576" in outcome.message and BEYOND in outcome.message
    assert fingerprint(services) == before


# -- defence in depth: an abort inside the reader -----------------------------------------------------
@pytest.mark.parametrize("pooled", [False, True], ids=["one-reader", "worker-pool"])
def test_a_reader_that_aborts_costs_only_its_file_in_a_plans_batch(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pooled: bool
) -> None:
    drafting_year(services, score=None)
    if pooled:
        monkeypatch.setattr(plan_pool, "worker_count", lambda files: 1)
        monkeypatch.setattr(plan_pool, "AT_HOME", 0)
    folder = _plan_batch(services, tmp_path / "in", lambda p: fill(p, [("radio", 5, 100, "")]))
    monkeypatch.setenv(FAULT_VARIABLE, "b_bad.xlsx")  # a good draft, but its reader dies
    report = import_plans(services, [folder])
    got = _outcomes(report)
    assert got["b_bad.xlsx"] == ("refused", CRASHED), report.lines()
    assert got["a_good.xlsx"][0] == got["c_good.xlsx"][0] == "imported", report.lines()


def test_a_reader_that_aborts_costs_only_its_file_in_a_claims_batch(
    services: Services, claims_year: ExecutionYear, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _claims_batch(services, claims_year, tmp_path / "in")
    monkeypatch.setenv(FAULT_VARIABLE, paths[1].name)
    result = claims_xlsx.import_claims(services, paths)
    got = _outcomes(result.report)
    assert got[paths[1].name] == ("refused", CRASHED)
    assert {c.invoice_number for c in services.claims.list_claims(YEAR)} == {"INV-D001", "INV-D003"}


def test_a_reader_that_aborts_refuses_a_single_file_by_name(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refs = year_in_consolidation(services)
    path = cons_xlsx.write_consolidation(services, YEAR, tmp_path / "cons.xlsx")
    fill_consolidation(path, refs)
    report = tmp_path / "agency-report.xlsx"
    shutil.copy(path, report)
    before = fingerprint(services)
    monkeypatch.setenv(FAULT_VARIABLE, "cons.xlsx")
    [outcome] = cons_xlsx.import_consolidation(services, path).outcomes
    assert (outcome.status, outcome.message) == ("refused", CRASHED)
    assert report.exists() and DEFAULT_LIMITS.max_sheet_rows == 20_000
    monkeypatch.setenv(FAULT_VARIABLE, report.name)
    [outcome] = eff_xlsx.import_efficiency(services, report).outcomes
    assert (outcome.status, outcome.message) == ("refused", CRASHED)
    assert fingerprint(services) == before
    monkeypatch.delenv(FAULT_VARIABLE)
    assert cons_xlsx.import_consolidation(services, path).exit_code == 0  # the next read works again

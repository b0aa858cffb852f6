"""A folder import names every file it saw (issue 11, point 7).

Every file of a folder (sub-folders too) ends in the report: imported, refused with the reason (another
spreadsheet format: how to save it), or skipped saying what it is (a lock or hidden file, a Word
document, not a spreadsheet). A draft LibreOffice saved in its own format (.ods) is read like the .xlsx
when the identification sheet survived; the .ods passes the size, zip-bomb and extent checks first.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coop_desk.cli import run
from coop_desk.services import Services
from reports.xlsx import claims as claims_xlsx
from reports.xlsx.folder_listing import folder_entry
from reports.xlsx.ods import check_ods, table_extents
from reports.xlsx.plan_import import import_plans
from reports.xlsx.report import SKIPPED
from reports.xlsx.safety import Limits, WorkbookRefused
from tests.factories import ExecutionYear, fingerprint
from tests.integration.test_agency_exchange import _round_trip_rows, claims_year, fill_claims  # noqa: F401
from tests.integration.test_plan_exchange import GOOD, YEAR, current, drafting_year, fill, template

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
SAVE_AS = "save it as Excel workbook (.xlsx) from the template we sent"


def to_ods(path: Path, out: Path) -> Path:
    """``soffice --headless --calc --convert-to ods``: the draft as LibreOffice saves it in its own format."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    out.mkdir(parents=True, exist_ok=True)
    profile = out.parent / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--calc", "--convert-to", "ods"]
        + ["--outdir", str(out), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = out / (path.stem + ".ods")
    assert result.exists(), f"LibreOffice wrote nothing for {path.name}"
    return result


_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def content_xml(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="S">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )


def make_ods(path: Path, body: str, *, manifest: str = "", extra: dict[str, bytes] | None = None) -> Path:
    """A minimal .ods by hand (a hostile one, for the checks)."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content_xml(body), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest or "<manifest/>", compress_type=zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def value_cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p></table:table-cell>'


def mail_folder(services: Services, tmp_path: Path) -> Path:
    """What a week of dealers' mail looks like once saved to a folder."""
    drafting_year(services, ("D014", "D015", "D016"))
    folder = tmp_path / "mail"
    (folder / "week 2").mkdir(parents=True)
    (folder / "empty").mkdir()
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("[core]")
    fill(template(services, tmp_path, "D014"), GOOD, out=folder / "draft_D014.xlsx")
    fill(template(services, tmp_path, "D015"), GOOD, out=folder / "week 2" / "draft_D015.xlsx")
    to_ods(fill(template(services, tmp_path, "D016"), GOOD), folder)  # draft_D016.ods
    (folder / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (folder / "binary.xlsb").write_bytes(b"any bytes at all")
    (folder / "letter.docx").write_bytes(b"PK\x03\x04 a Word document")
    (folder / "~$lock.xlsx").write_bytes(b"owner")
    (folder / ".~lock.draft_D014.xlsx#").write_text("someone,host,12.08.2026")
    (folder / "notes.txt").write_text("call D015 on Monday")
    return folder


EXPECTED = {
    "draft_D014.xlsx": ("imported", "draft of D014"),
    "draft_D015.xlsx": ("imported", "draft of D015"),
    "draft_D016.ods": ("imported", "draft of D016"),
    "old.xls": ("refused", "an Excel 97–2003 workbook (.xls), not .xlsx: " + SAVE_AS),
    "binary.xlsb": ("refused", "an Excel binary workbook (.xlsb), not .xlsx: " + SAVE_AS),
    "letter.docx": ("skipped", "a Word document, not a spreadsheet"),
    "~$lock.xlsx": ("skipped", "an Excel lock file (~$…), left while a workbook is open"),
    ".~lock.draft_D014.xlsx#": ("skipped", "a LibreOffice lock file (.~lock…#), left while a file is open"),
    "notes.txt": ("skipped", "not a spreadsheet"),
    ".git": ("skipped", "a hidden folder, not searched"),
}


def test_a_folder_import_names_every_file_it_saw(services: Services, tmp_path: Path) -> None:
    folder = mail_folder(services, tmp_path)
    report = import_plans(services, [folder])
    got = {o.name: (o.status, o.message) for o in report.outcomes}
    assert set(got) == set(EXPECTED), report.lines()
    for name, (status, words) in EXPECTED.items():
        assert got[name][0] == status and str(got[name][1]).startswith(words), (name, got[name])
    # the .ods draft is read to the cent like the .xlsx it was made from
    assert current(services, "D016") == current(services, "D014") != []
    assert report.exit_code == 1  # two files refused
    assert report.summary() == "files: 3 imported, 2 refused, 5 skipped (not spreadsheets)"
    # in the order of the folder's listing (sub-folders where they sort)
    assert [o.name for o in report.outcomes][:3] == [".git", ".~lock.draft_D014.xlsx#", "binary.xlsb"]


def test_the_command_line_lists_every_file_and_json_too(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.signin import sign_in_the_command_line

    sign_in_the_command_line(services.ctx.db, monkeypatch)
    folder = mail_folder(services, tmp_path)
    url = services.ctx.db.url
    assert run(["--db", url, "import", "plans", str(folder)]) == 1
    captured = capsys.readouterr()
    for name, (status, words) in EXPECTED.items():
        stream = captured.err if status == "refused" else captured.out
        assert f"{name}: {status}: {words}" in stream, (name, captured)
    assert "files: 3 imported, 2 refused, 5 skipped" in captured.out
    assert "Traceback" not in captured.err
    assert run(["--db", url, "--json", "import", "plans", str(folder)]) == 1
    payload = json.loads(capsys.readouterr().out)["result"]
    files = {f["file"]: (f["status"], f["message"]) for f in payload["files"]}
    assert {name: status for name, (status, _) in files.items()} == {n: s for n, (s, _) in EXPECTED.items()}
    assert sorted(payload["skipped"]) == sorted(n for n, (s, _) in EXPECTED.items() if s == "skipped")
    assert sorted(payload["refused"]) == ["binary.xlsb", "old.xls"]


def test_a_folder_without_a_draft_says_so_and_names_what_it_holds(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    folder = tmp_path / "only-words"
    folder.mkdir()
    (folder / "letter.doc").write_bytes(b"x")
    (folder / "scan.PDF").write_bytes(b"%PDF-1.4")
    report = import_plans(services, [folder])
    assert [(o.name, o.status) for o in report.outcomes] == [
        ("letter.doc", "skipped"),
        ("scan.PDF", "skipped"),
        ("only-words", "refused"),
    ]
    assert report.exit_code == 1 and report.outcomes[1].message == "a PDF document, not a spreadsheet"


def test_folder_entries_by_kind(tmp_path: Path) -> None:
    for name in ("a.xlsx", "b.XLSM", "c.ods"):
        (tmp_path / name).write_bytes(b"x")
        assert folder_entry(tmp_path / name) is None, name  # read (and checked) as a draft
    for name, words in (("a.csv", "a CSV file (.csv)"), ("t.xltx", "an Excel template (.xltx)")):
        (tmp_path / name).write_bytes(b"x")
        outcome = folder_entry(tmp_path / name)
        assert outcome is not None and outcome.status == "refused" and outcome.message.startswith(words)
        assert outcome.message.endswith(SAVE_AS)
    fifo = tmp_path / "pipe.xlsx"
    import os

    os.mkfifo(fifo)
    outcome = folder_entry(fifo)  # never opened (it would block)
    assert outcome is not None and (outcome.status, outcome.message) == (SKIPPED, "not a regular file")
    (tmp_path / "gone.xlsx").symlink_to(tmp_path / "nowhere.xlsx")
    assert folder_entry(tmp_path / "gone.xlsx").message == "not a regular file"  # type: ignore[union-attr]


# -- .ods ------------------------------------------------------------------------------------------
def test_an_ods_without_the_identification_sheet_is_refused_saying_how_to_save_it(
    services: Services, tmp_path: Path
) -> None:
    drafting_year(services)
    plain = tmp_path / "my_plan.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "press"
    wb.save(plain)
    ods = to_ods(plain, tmp_path / "out")
    stripped = fill(template(services, tmp_path), GOOD)
    wb = openpyxl.load_workbook(stripped)
    del wb["coopdesk_id"]  # as if the conversion lost the hidden sheet
    wb.save(stripped)
    lost = to_ods(stripped, tmp_path / "out")
    before = fingerprint(services)
    report = import_plans(services, [ods, lost])
    assert [o.status for o in report.outcomes] == ["refused", "refused"]
    for outcome in report.outcomes:
        assert "OpenDocument spreadsheet (.ods) without CoopDesk's identification sheet" in outcome.message
        assert outcome.message.endswith(SAVE_AS)
    assert fingerprint(services) == before


def test_an_ods_draft_with_problems_names_its_cells(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    bad = fill(template(services, tmp_path), [("radio", 4, "двенадцать", "idea")])
    ods = to_ods(bad, tmp_path / "out")
    report = import_plans(services, [ods])
    [outcome] = report.outcomes
    assert outcome.status == "refused" and [p.found for p in outcome.problems] == ["двенадцать"]
    assert outcome.problems[0].file == "draft_D014.ods"


def test_ods_safety_checks(tmp_path: Path) -> None:
    # a value repeated 999,999,999 × 999,999,999 times (calamine's issue 594) must never reach the reader
    dos = make_ods(
        tmp_path / "dos.ods",
        f'<table:table-row table:number-rows-repeated="999999999">{value_cell("X", 999999999)}</table:table-row>',
    )
    with pytest.raises(WorkbookRefused, match="a sheet spans 999 999 999 rows × 999 999 999 columns"):
        check_ods(dos)
    wide = make_ods(
        tmp_path / "wide.ods",
        f'<table:table-row table:number-rows-repeated="3000">{value_cell("X", 1000)}</table:table-row>',
    )
    with pytest.raises(WorkbookRefused, match="3 000 rows × 1 000 columns"):
        check_ods(wide)
    # empty cells take no room however often repeated (LibreOffice writes them to the sheet's edge)
    edge = make_ods(
        tmp_path / "edge.ods",
        f'<table:table-row>{value_cell("X")}<table:table-cell table:number-columns-repeated="16383"/>'
        '</table:table-row><table:table-row table:number-rows-repeated="1048575">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    )
    assert check_ods(edge).extents == {"S": (1, 1)}
    with pytest.raises(WorkbookRefused, match="zip bomb"):
        check_ods(make_ods(tmp_path / "bomb.ods", "", extra={"pad.xml": b" " * 3_000_000}))
    with pytest.raises(WorkbookRefused, match="zip bomb"):
        check_ods(edge, Limits(max_uncompressed_bytes=100))
    with pytest.raises(WorkbookRefused, match="too large"):
        check_ods(edge, Limits(max_file_bytes=100))
    with pytest.raises(WorkbookRefused, match="password-protected"):
        check_ods(make_ods(tmp_path / "secret.ods", "", manifest="<m><manifest:encryption-data/></m>"))
    with pytest.raises(WorkbookRefused, match="DOCTYPE"):
        check_ods(make_ods(tmp_path / "dtd.ods", "", extra={"styles.xml": b'<!DOCTYPE x [<!ENTITY a "b">]><x/>'}))
    xlsx = tmp_path / "renamed.ods"
    wb = openpyxl.Workbook()
    wb.save(xlsx)
    with pytest.raises(WorkbookRefused, match="not an OpenDocument spreadsheet"):
        check_ods(xlsx)
    (tmp_path / "text.ods").write_text("a;b\n1;2\n")
    with pytest.raises(WorkbookRefused, match="CSV"):
        check_ods(tmp_path / "text.ods")


def test_a_hostile_ods_in_a_batch_is_refused_and_the_good_ones_imported(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    folder = tmp_path / "batch"
    folder.mkdir()
    fill(template(services, tmp_path), GOOD, out=folder / "a_D014.xlsx")
    make_ods(
        folder / "b_dos.ods",
        f'<table:table-row table:number-rows-repeated="999999999">{value_cell("X", 999999999)}</table:table-row>',
    )
    report = import_plans(services, [folder])
    assert [(o.name, o.status) for o in report.outcomes] == [("a_D014.xlsx", "imported"), ("b_dos.ods", "refused")]
    assert "a sheet spans" in report.outcomes[1].message


_CELL = st.one_of(st.none(), st.sampled_from(["x", "12", "Пермь"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.tuples(st.integers(1, 4), st.lists(st.tuples(_CELL, st.integers(1, 5)), max_size=5)), max_size=6)
)
def test_table_extents_are_what_calamine_reads(tmp_path: Path, rows: list[tuple[int, list[Any]]]) -> None:
    """The extent the check computes is the rectangle python-calamine gives (so the limit is on what it
    allocates): repeated rows and cells counted, empty ones at the end taking no room."""
    from python_calamine import CalamineWorkbook

    body = ""
    for row_repeat, cells in rows:
        inner = "".join(
            value_cell(v, n) if v is not None else f'<table:table-cell table:number-columns-repeated="{n}"/>'
            for v, n in cells
        )
        body += f'<table:table-row table:number-rows-repeated="{row_repeat}">{inner}</table:table-row>'
    path = make_ods(tmp_path / "h.ods", body)
    got = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    rect = (len(got), max((len(r) for r in got), default=0))
    assert table_extents(content_xml(body).encode()) == {"S": rect if rect[1] else (0, 0)}


# -- claims ----------------------------------------------------------------------------------------
def test_a_claims_folder_names_every_file_and_reads_an_ods(
    services: Services,
    claims_year: ExecutionYear,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = claims_xlsx.write_claims_templates(services, YEAR, 1, tmp_path, dealer="D001")[0]
    fill_claims(path, _round_trip_rows(claims_year))
    folder = tmp_path / "claims"
    to_ods(path, folder)
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "old.xls").write_bytes(b"x")
    (folder / "~$claims.xlsx").write_bytes(b"x")
    claims_year.clock.set(dt.date(YEAR, 4, 10))
    result = claims_xlsx.import_claims(services, [folder])
    got = {o.name: o.status for o in result.outcomes}
    assert got == {
        "~$claims.xlsx": "skipped",
        path.stem + ".ods": "imported",
        "old.xls": "refused",
        "scan.jpg": "skipped",
    }, result.lines()
    assert [r.outcome for r in result.rows] == [claims_xlsx.FILED] * 3
    assert {c.invoice_number for c in services.claims.list_claims(YEAR)} == {"INV-1", "0012", "USD-7"}
    assert any("scan.jpg: skipped: an image, not a spreadsheet" in line for line in result.lines())

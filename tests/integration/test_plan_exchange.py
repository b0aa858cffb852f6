"""The dealer plan exchange: templates out, drafts back in, on SQLite and PostgreSQL.

A dealer fills the template's unlocked cells (here with openpyxl, and through a LibreOffice re-save);
the import must give back the same data to the cent, accept what people really type, report every
problem by file, sheet and cell, and change nothing for a file with any problem.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Sequence
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coop_desk.channel_names import DEFAULT_NAMES
from coop_desk.cli import run
from coop_desk.errors import Refused
from coop_desk.services import Services
from reports.xlsx.cells import MONTHS_EN, MONTHS_RU
from reports.xlsx.meta import META_SHEET, IdentificationRefused, TemplateMeta, checksum, read_meta
from reports.xlsx.plan_import import import_plans
from reports.xlsx.plan_layout import ACTIVITY_ROWS, INSTRUCTIONS_SHEET, LAYOUT, PLAN_SHEET, month_label
from reports.xlsx.plan_template import write_plan_template, write_plan_templates
from reports.xlsx.safety import Limits, read_values
from tests.factories import fingerprint, use_clock

YEAR = 2027
FIRST = LAYOUT.first_row
CHANNELS = ("press", "outdoor", "radio", "TV", "exhibition", "seminar", "online", "point-of-sale materials", "other")

Row = tuple[Any, Any, Any, Any]  # channel, month, cost, idea as the dealer types them


# -- set-up --------------------------------------------------------------------------------------
def drafting_year(services: Services, codes: Sequence[str] = ("D014", "D015"), *, score: str | None = "D014") -> None:
    """Year 2027 at stage drafting with dealers registered; ``score`` is scored 5 on every criterion."""
    use_clock(services, dt.date(YEAR - 1, 7, 1))
    services.years.create_year(YEAR)
    for i, code in enumerate(codes):
        services.dealers.register(code, f"Дилер {code} «Ромашка»", "Северо-Запад" if i % 2 else "Урал", city="Пермь")
    if score:
        criteria = [c.name for c in services.years.get(YEAR).criteria]
        services.dealers.record_scores(YEAR, score, {name: D(5) for name in criteria})


def fill(
    path: Path, rows: Sequence[Row | None], *, review: Sequence[str] = (), out: Path | None = None, start: int = FIRST
) -> Path:
    """Type ``rows`` into the activity table (None: leave the row blank) and the review texts, as a dealer
    does: only into unlocked cells."""
    wb = openpyxl.load_workbook(path)
    ws = wb[PLAN_SHEET]
    for offset, row in enumerate(rows):
        if row is None:
            continue
        for col, value in zip("BCDE", row, strict=True):
            cell = ws[f"{col}{start + offset}"]
            assert cell.protection.locked is False, f"{cell.coordinate} is locked"
            cell.value = value
    for (_, label_row), text in zip(LAYOUT.review_fields(), review, strict=False):
        cell = ws.cell(row=label_row + 1, column=1)
        assert cell.protection.locked is False
        cell.value = text
    target = out or path
    wb.save(target)
    return target


def template(services: Services, tmp_path: Path, code: str = "D014") -> Path:
    return write_plan_template(services, YEAR, code, tmp_path / f"draft_{code}.xlsx")


def current(services: Services, code: str = "D014") -> list[tuple[str, int, D, str]]:
    return [(a.channel, a.month, a.planned_cost, a.idea) for a in services.plans.activities(YEAR, code)]


def libreoffice_resave(path: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    out_dir.mkdir(exist_ok=True)
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile.as_posix()}",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out_dir),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = out_dir / path.name
    assert result.exists(), "LibreOffice wrote nothing"
    return result


def rewrite_meta(path: Path, **fields: Any) -> None:
    """Change fields of the hidden sheet; ``checksum=True`` recomputes a matching checksum (a forgery
    or an old template), otherwise the old checksum stays (an edit)."""
    wb = openpyxl.load_workbook(path)
    ws = wb[META_SHEET]
    rows = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    fix = fields.pop("checksum", False)
    for key, value in fields.items():
        ws.cell(row=rows[key], column=2, value=value)
    if fix:
        v = {k: ws.cell(row=r, column=2).value for k, r in rows.items()}
        ws.cell(
            row=rows["checksum"], column=2, value=checksum(v["kind"], int(v["version"]), v["dealer"], int(v["year"]))
        )
    wb.save(path)


GOOD: list[Row | None] = [
    ("press", "Март / March", D("12500.50"), "Spring campaign in Perm"),
    None,
    ("radio", 4, 3000, "Radio spots"),
]
GOOD_EXPECTED = [("press", 3, D("12500.50"), "Spring campaign in Perm"), ("radio", 4, D("3000.00"), "Radio spots")]


# -- the template ----------------------------------------------------------------------------------
def test_template_is_prefilled_protected_and_validated(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    paths = write_plan_templates(services, YEAR, tmp_path)
    assert [p.name for p in paths] == ["plan_2027_D014.xlsx", "plan_2027_D015.xlsx"]
    wb = openpyxl.load_workbook(paths[0])
    assert wb.sheetnames == [PLAN_SHEET, INSTRUCTIONS_SHEET, META_SHEET]
    assert wb[META_SHEET].sheet_state == "veryHidden" and wb[META_SHEET].protection.sheet
    ws = wb[PLAN_SHEET]
    assert ws.protection.sheet and wb[INSTRUCTIONS_SHEET].protection.sheet
    assert ws[f"C{LAYOUT.code_row}"].value == "D014"
    assert ws[f"C{LAYOUT.name_row}"].value == "Дилер D014 «Ромашка»"
    assert ws[f"C{LAYOUT.region_row}"].value == "Урал" and ws[f"C{LAYOUT.city_row}"].value == "Пермь"
    # Scored 5 of 10 everywhere: k = 0.5, cap 25 000 (R2); written as an exact number with a money format.
    assert D(str(ws[f"C{LAYOUT.cap_row}"].value)) == D(25000)
    assert "€" in ws[f"C{LAYOUT.cap_row}"].number_format
    unscored = openpyxl.load_workbook(paths[1])[PLAN_SHEET]
    assert unscored[f"C{LAYOUT.cap_row}"].value is None
    assert "not scored yet" in unscored[f"E{LAYOUT.cap_row}"].value
    # Russian titles with English below; at least 50 numbered activity rows.
    assert [ws.cell(LAYOUT.head_row, c).value for c in (2, 3)] == ["Канал", "Месяц"]
    assert [ws.cell(LAYOUT.head_row + 1, c).value for c in (2, 3)] == ["Channel", "Month"]
    assert ACTIVITY_ROWS >= 50 and ws.cell(LAYOUT.last_row, 1).value == ACTIVITY_ROWS
    # Inputs unlocked, everything else locked.
    for col in "BCDE":
        assert ws[f"{col}{FIRST}"].protection.locked is False
        assert ws[f"{col}{LAYOUT.last_row}"].protection.locked is False
    for ref in ("A1", f"C{LAYOUT.code_row}", f"C{LAYOUT.cap_row}", f"A{FIRST}", f"D{LAYOUT.total_row}"):
        assert ws[ref].protection.locked is not False, ref
    # Dropdowns from the instructions sheet's lists, decimal ≥ 0 for the cost.
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    channel, month, cost = (
        rules[f"B{FIRST}:B{LAYOUT.last_row}"],
        rules[f"C{FIRST}:C{LAYOUT.last_row}"],
        rules[f"D{FIRST}:D{LAYOUT.last_row}"],
    )
    assert channel.type == "list" and month.type == "list"
    assert (cost.type, cost.operator, cost.formula1) == ("decimal", "greaterThanOrEqual", "0")
    lists = wb[INSTRUCTIONS_SHEET]
    values = [c.value for c in lists["A"]]
    # the year's documents are in Russian: the dropdown names the channels in Russian (read back as their codes)
    names = [DEFAULT_NAMES[c][0] for c in CHANNELS]
    assert names == values[values.index("Каналы / Channels") + 1 :][: len(CHANNELS)]
    assert month_label(3) in values
    assert wb.security is not None and wb.security.lockStructure


def test_templates_only_at_drafting_and_for_active_dealers(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    services.dealers.edit("D015", active=False)
    assert [p.name for p in write_plan_templates(services, YEAR, tmp_path)] == ["plan_2027_D014.xlsx"]
    with pytest.raises(Refused, match="inactive"):
        write_plan_templates(services, YEAR, tmp_path, dealer="D015")
    services.plans.record_draft(YEAR, "D014", [])
    services.years.advance(YEAR, confirm_missing=True)
    with pytest.raises(Refused, match="drafting"):
        write_plan_templates(services, YEAR, tmp_path)


# -- round trips -----------------------------------------------------------------------------------
def test_round_trip_to_the_cent(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD, review=("Ads in March", "Radio worked", "Long winter\nroads"))
    report = import_plans(services, [path])
    assert report.exit_code == 0, report.lines()
    assert [o.name for o in report.imported] == ["draft_D014.xlsx"]
    assert current(services) == GOOD_EXPECTED
    draft = services.plans.drafts(YEAR, "D014")[0]
    assert draft.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert draft.source == "draft_D014.xlsx"
    assert "Ads in March" in draft.h1_review and "Radio worked" in draft.h1_review
    assert draft.regional_notes == "Long winter\nroads"
    assert [a.reference for a in draft.activities] == ["D014-2027-01", "D014-2027-02"]


def test_round_trip_through_a_libreoffice_resave(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    filled = fill(template(services, tmp_path), GOOD, review=("Ads", "", "Notes"))
    resaved = libreoffice_resave(filled, tmp_path / "lo")
    assert hashlib.sha256(resaved.read_bytes()).digest() != hashlib.sha256(filled.read_bytes()).digest()
    report = import_plans(services, [resaved])
    assert report.exit_code == 0, report.lines()
    assert current(services) == GOOD_EXPECTED
    assert services.plans.drafts(YEAR, "D014")[0].regional_notes == "Notes"


def values_only_resave(path: Path, out: Path) -> Path:
    """Rewrite a workbook the way an online spreadsheet's "Download as .xlsx" does: the same sheets and
    values in a freshly written file, without the template's styles, protection or very-hidden state."""
    source = openpyxl.load_workbook(path)
    target = openpyxl.Workbook()
    target.remove(target.active)  # type: ignore[arg-type]
    for ws in source.worksheets:
        copy = target.create_sheet(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    copy.cell(row=cell.row, column=cell.column, value=cell.value)
        copy.sheet_state = "hidden" if ws.sheet_state != "visible" else "visible"
    target.save(out)
    return out


def test_round_trip_through_a_values_only_resave_like_google_sheets(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    filled = fill(template(services, tmp_path), GOOD, review=("Ads", "", "Notes"))
    resaved = values_only_resave(filled, tmp_path / "downloaded.xlsx")
    report = import_plans(services, [resaved])
    assert report.exit_code == 0, report.lines()
    assert current(services) == GOOD_EXPECTED


def test_what_people_really_type_is_accepted(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    rows: list[Row | None] = [
        ("  Press ", "января", "12 500,50", "  Idea   with   spaces "),
        None,
        None,
        ("RADIO", "Фев.", "12,500.50", None),
        ("tv", "MAR", "€ 1 200", "x"),
        (" Point-Of-Sale Materials", "Апрель / April", "1\u00a0200.5 €", ""),
        ("online", dt.datetime(2027, 5, 20), 99.99, "date as month"),
        ("other", "июнь", "12\u202f500,50 ", ""),
        ("seminar", "7", D("0"), "free seminar"),
        ("exhibition", 8.0, 2500, "float month"),
    ]
    assert import_plans(services, [fill(template(services, tmp_path), rows)]).exit_code == 0
    assert current(services) == [
        ("press", 1, D("12500.50"), "Idea with spaces"),
        ("radio", 2, D("12500.50"), ""),
        ("TV", 3, D("1200.00"), "x"),
        ("point-of-sale materials", 4, D("1200.50"), ""),
        ("online", 5, D("99.99"), "date as month"),
        ("other", 6, D("12500.50"), ""),
        ("seminar", 7, D("0.00"), "free seminar"),
        ("exhibition", 8, D("2500.00"), "float month"),
    ]


def test_reimporting_a_corrected_file_replaces_the_draft_keeps_the_old_one_and_shows_the_diff(
    services: Services, tmp_path: Path
) -> None:
    drafting_year(services)
    blank = template(services, tmp_path)
    first = fill(blank, GOOD, out=tmp_path / "v1.xlsx")
    assert import_plans(services, [first]).exit_code == 0
    corrected = fill(
        blank,
        [("press", 3, D("10000"), "Spring campaign in Perm"), ("radio", 4, 3000, "Radio spots"), ("TV", 9, 500, "")],
        out=tmp_path / "v2.xlsx",
    )
    report = import_plans(services, [corrected])
    assert report.exit_code == 0
    outcome = report.imported[0]
    assert "replaces" in outcome.message
    assert outcome.diff_lines == ["+ D014-2027-03", "~ D014-2027-01: cost 12500.50 → 10000.00"]
    versions = services.plans.drafts(YEAR, "D014", all_versions=True)
    assert [(v.number, v.is_current) for v in versions] == [(1, False), (2, True)]
    assert [a.planned_cost for a in versions[0].activities] == [D("12500.50"), D("3000.00")]


# -- refusals: cells ------------------------------------------------------------------------------
def test_every_bad_cell_is_reported_at_once_and_the_file_changes_nothing(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    good = fill(template(services, tmp_path, "D015"), GOOD)
    rows: list[Row | None] = [
        ("press", 3, "abc", "bad cost"),  # row 14
        ("radoi", 4, 100, ""),  # 15: unknown channel
        ("radio", "Martober", 100, ""),  # 16: bad month
        (None, None, 500, "cost without a channel"),  # 17
        ("press", 5, -1, ""),  # 18: negative
        ("press", 6, "12500 руб.", ""),  # 19: another currency
        ("press", 7, "1,005", ""),  # 20: ambiguous (1005.00 or 1.005)
        ("press", 8, 10.005, ""),  # 21: three decimals
    ]
    bad = fill(template(services, tmp_path), rows)
    before = fingerprint(services)
    report = import_plans(services, [bad, good])
    assert report.exit_code == 1
    assert [o.name for o in report.imported] == ["draft_D015.xlsx"]
    refused = report.refused[0]
    assert refused.name == "draft_D014.xlsx" and "nothing was imported" in refused.message
    cells = [(p.cell, p.found) for p in refused.problems]
    assert cells == [
        ("D14", "abc"),
        ("B15", "radoi"),
        ("C16", "Martober"),
        ("B17", ""),
        ("C17", ""),
        ("D18", "-1"),
        ("D19", "12500 руб."),
        ("D20", "1,005"),
        ("D21", "10.005"),
    ]
    assert str(refused.problems[0]) == (
        'draft_D014.xlsx, sheet План - Plan, D14: found "abc", expected an amount ≥ 0 in EUR such as 12 500,50'
    )
    assert "found nothing, expected a channel from the list: пресса, наружная реклама" in str(refused.problems[3])
    assert services.plans.drafts(YEAR, "D014") == []
    after = fingerprint(services)
    changed = {t for t in before if before[t] != after[t]}
    assert changed <= {"plan_draft", "planned_activity", "audit_event"}  # only D015's draft was written
    assert len(services.plans.drafts(YEAR)) == 1


def test_an_empty_template_is_refused(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    before = fingerprint(services)
    report = import_plans(services, [template(services, tmp_path)])
    assert report.exit_code == 1
    assert "at least one activity" in str(report.refused[0].problems[0])
    assert fingerprint(services) == before


# -- refusals: whose file is it ----------------------------------------------------------------------
def _refused_reason(services: Services, path: Path, **options: Any) -> str:
    before = fingerprint(services)
    report = import_plans(services, [path], **options)
    assert report.exit_code == 1 and not report.imported, report.lines()
    assert fingerprint(services) == before
    [line] = [ln for ln in report.lines() if ln.startswith(path.name)]
    return line


def test_another_dealers_file_is_refused(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD)
    assert "belongs to dealer D014, not D015" in _refused_reason(services, path, dealer="D015")
    wb = openpyxl.load_workbook(path)
    wb[PLAN_SHEET].protection.sheet = False  # a dealer who unprotects and retypes the code
    wb[PLAN_SHEET][f"C{LAYOUT.code_row}"] = "D015"
    wb.save(path)
    assert "belongs to dealer D014, not D015" in _refused_reason(services, path)


def test_another_years_file_is_refused(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD)
    assert "made for 2027, not 2028" in _refused_reason(services, path, year=2028)
    rewrite_meta(path, year=2031, checksum=True)
    assert "there is no programme year 2031" in _refused_reason(services, path)


def test_an_out_of_date_template_is_refused(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD)
    rewrite_meta(path, version=0, checksum=True)
    line = _refused_reason(services, path)
    assert "template version 0 is out of date (current 1): send the dealer a new template" in line


def test_an_altered_identification_sheet_is_refused(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD)
    edited = tmp_path / "edited.xlsx"
    shutil.copy(path, edited)
    rewrite_meta(edited, dealer="D015")  # checksum left as it was
    assert "identification sheet is missing or altered" in _refused_reason(services, edited)
    gone = tmp_path / "gone.xlsx"
    wb = openpyxl.load_workbook(path)
    del wb[META_SHEET]
    wb.save(gone)
    assert "identification sheet is missing or altered" in _refused_reason(services, gone)
    assert TemplateMeta("plan", 1, YEAR, "D014").checksum == checksum("plan", 1, "D014", YEAR)


def test_an_altered_identification_sheet_is_a_typed_refusal(services: Services, tmp_path: Path) -> None:
    """What was wrong with the identification sheet is a field of the refusal, not words to match."""
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD)
    edited = tmp_path / "edited.xlsx"
    shutil.copy(path, edited)
    rewrite_meta(edited, dealer="D015")  # checksum left as it was
    gone = tmp_path / "gone.xlsx"
    wb = openpyxl.load_workbook(path)
    del wb[META_SHEET]
    wb.save(gone)
    for file, fault in ((edited, IdentificationRefused.CHECKSUM), (gone, IdentificationRefused.MISSING)):
        values = read_values(file)
        try:
            with pytest.raises(IdentificationRefused) as refused:
                read_meta(values, "plan")
        finally:
            values.close()
        assert refused.value.fault == fault
        assert str(refused.value.reason).startswith("the identification sheet is missing or altered")


def test_two_drafts_of_one_dealer_in_a_batch_are_both_refused(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    blank = template(services, tmp_path)
    a = fill(blank, GOOD, out=tmp_path / "a.xlsx")
    b = fill(blank, GOOD[:1], out=tmp_path / "b.xlsx")
    before = fingerprint(services)
    report = import_plans(services, [tmp_path])
    assert {o.name for o in report.refused} >= {a.name, b.name}
    assert all("2 drafts of dealer D014" in o.message for o in report.refused if o.name in (a.name, b.name))
    assert fingerprint(services) == before


def test_a_year_past_drafting_refuses_the_draft(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD)
    services.plans.record_draft(YEAR, "D015", [])
    services.years.advance(YEAR, confirm_missing=True)
    assert "stage consolidation" in _refused_reason(services, path)


# -- refusals: not a workbook ----------------------------------------------------------------------
def _ole2(*stream_names: str) -> bytes:
    head = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504
    return head + b"".join(name.encode("utf-16-le") + b"\x00" * 8 for name in stream_names) + b"\x00" * 1024


def _bomb(path: Path, template_path: Path) -> Path:
    """The template plus a 5 MB entry of zeros (inflates ~1000 times)."""
    buffer = io.BytesIO(template_path.read_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/zeros.bin", b"\x00" * (5 * 1024 * 1024))
    path.write_bytes(buffer.getvalue())
    return path


def _far_cell(path: Path) -> Path:
    """A tiny workbook with values in A1 and XFD1048576: a dense reader would allocate 17 billion cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"], ws["XFD1048576"] = 1, 2
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("text.xlsx", lambda p, t: p.write_text("channel;month;cost\npress;3;100\n"), "CSV or text file"),
        ("empty.xlsx", lambda p, t: p.write_bytes(b""), "the file is empty"),
        ("scan.xlsx", lambda p, t: p.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100), "a PDF document"),
        ("photo.xlsx", lambda p, t: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), "PNG image"),
        ("locked.xlsx", lambda p, t: p.write_bytes(_ole2("EncryptionInfo", "EncryptedPackage")), "password-protected"),
        ("old.xls", lambda p, t: p.write_bytes(_ole2("Workbook")), "Excel 97–2003 workbook (.xls)"),
        ("cut.xlsx", lambda p, t: p.write_bytes(t.read_bytes()[:3000]), "not a readable workbook"),
        ("bomb.xlsx", _bomb, "zip bomb"),
        ("far.xlsx", lambda p, t: _far_cell(p), "A1:XFD1048576, beyond the 20 000 rows × 200 columns"),
        ("huge.xlsx", lambda p, t: p.open("wb").truncate(21 * 1024 * 1024), "too large"),
    ],
)
def test_files_that_are_not_readable_workbooks_are_refused_with_the_reason(
    services: Services, tmp_path: Path, name: str, make: Any, reason: str
) -> None:
    drafting_year(services)
    path = tmp_path / "in" / name
    path.parent.mkdir()
    make(path, template(services, tmp_path))
    line = _refused_reason(services, path)
    assert line.startswith(f"{name}: refused: ") and reason in line, line


def test_zip_limits_are_configurable(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    path = fill(template(services, tmp_path), GOOD)
    assert "zip bomb" in _refused_reason(services, path, limits=Limits(max_uncompressed_bytes=10_000))
    assert "zip bomb" in _refused_reason(services, path, limits=Limits(max_entries=5))
    assert "too large" in _refused_reason(services, path, limits=Limits(max_file_bytes=1000))


def test_folders_are_searched_and_missing_paths_reported(services: Services, tmp_path: Path) -> None:
    drafting_year(services)
    folder = tmp_path / "mail" / "week 32"
    folder.mkdir(parents=True)
    fill(template(services, tmp_path), GOOD, out=folder / "D014.xlsm")
    (folder / "~$D014.xlsx").write_bytes(b"lock file of an open workbook")  # skipped in folders
    (folder / "notes.txt").write_text("not looked at in a folder")
    (tmp_path / "empty").mkdir()
    report = import_plans(services, [tmp_path / "mail", tmp_path / "nowhere.xlsx", tmp_path / "empty"])
    assert [o.name for o in report.imported] == ["D014.xlsm"]
    assert {o.name: o.message for o in report.refused} == {
        "nowhere.xlsx": "no such file or folder",
        "empty": "no .xlsx or .xlsm files in this folder",
    }


# -- the command line ------------------------------------------------------------------------------
def test_command_line(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.signin import sign_in_the_command_line

    sign_in_the_command_line(services.ctx.db, monkeypatch)  # a shared database needs a signed-in person
    drafting_year(services)
    url = services.ctx.db.url
    out = tmp_path / "templates"
    assert run(["--db", url, "templates", "plans", "--year", str(YEAR), "--out", str(out), "--dealer", "D014"]) == 0
    assert "1 plan template for 2027" in capsys.readouterr().out
    good = fill(out / "plan_2027_D014.xlsx", GOOD)
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert run(["--db", url, "import", "plans", str(good), str(bad)]) == 1
    captured = capsys.readouterr()
    assert "plan_2027_D014.xlsx: imported" in captured.out and "1 file imported, 1 refused" in captured.out
    assert captured.err.strip() == "bad.xlsx: refused: a text file, not a workbook"
    assert run(["--db", url, "--json", "import", "plans", str(good)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] and payload["result"]["imported"] == ["plan_2027_D014.xlsx"]
    assert payload["result"]["files"][0]["diff"] == ["no changes from the earlier version"]


# -- property --------------------------------------------------------------------------------------
def _month_as_typed(month: int, style: int) -> Any:
    return [
        month,
        MONTHS_RU[month - 1],
        MONTHS_EN[month - 1][:3].upper(),
        month_label(month),
        dt.date(YEAR, month, 1),
        f"{month:02d}",
    ][style]


def _cost_as_typed(cost: D, style: int) -> Any:
    if style == 0:
        return cost
    whole, cents = divmod(int(cost * 100), 100)
    grouped = f"{whole:,}"
    return [
        f"{grouped.replace(',', ' ')},{cents:02d}",
        f"{grouped}.{cents:02d}",
        f"€ {grouped.replace(',', ' ')}.{cents:02d}",
    ][style - 1]


activity = st.tuples(
    st.sampled_from(CHANNELS),
    st.integers(1, 12),
    st.decimals(min_value=0, max_value=D("999999999.99"), places=2, allow_nan=False, allow_infinity=False),
    st.lists(
        st.text("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789,.!?", min_size=1), max_size=4
    ),
    st.integers(0, 5),  # how the month is typed
    st.integers(0, 3),  # how the cost is typed
    st.booleans(),  # channel in capitals
    st.booleans(),  # a blank row before it
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(activity, min_size=1, max_size=20))
def test_random_valid_drafts_round_trip_exactly(
    services: Services, tmp_path_factory: pytest.TempPathFactory, draft: Any
) -> None:
    if not services.years.list_years():
        drafting_year(services, ("D014",), score=None)
    folder = tmp_path_factory.mktemp("prop")
    rows: list[Row | None] = []
    expected = []
    for channel, month, cost, words, month_style, cost_style, upper, blank_before in draft:
        if blank_before:
            rows.append(None)
        idea = " ".join(words)
        rows.append(
            (
                channel.upper() if upper else channel,
                _month_as_typed(month, month_style),
                _cost_as_typed(cost, cost_style),
                idea,
            )
        )
        expected.append((channel, month, cost.quantize(D("0.01")), idea))
    rows = rows[:ACTIVITY_ROWS]
    expected = expected[: sum(1 for r in rows if r is not None)]
    path = fill(template(services, folder), rows)
    report = import_plans(services, [path])
    assert report.exit_code == 0, report.lines()
    assert current(services) == expected

"""Hostile input: malformed files fed to every workbook importer and to attachment intake (hypothesis).

Random bytes, truncated and bit-flipped templates, zips with odd members, and real templates with random
cell values (text with control characters and RTL marks, huge and negative numbers, NaN-like text, formulas,
dates). Whatever comes in: never an exception other than a CoopDeskError, never a partial write (a refused
file changes no table), and always a message that names the problem.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from coop_desk.errors import CoopDeskError
from coop_desk.services import Services
from coop_desk.services.attachments import AttachmentService, clean_filename
from coop_desk.services.base import ServiceContext
from coop_desk.services.plan_inputs import ActivityInput, ConsolidationInput
from models.db import Database
from reports.xlsx.claims import import_claims, write_claims_templates
from reports.xlsx.consolidation import import_consolidation, write_consolidation
from reports.xlsx.efficiency import import_efficiency, write_efficiency_template
from reports.xlsx.plan_import import import_plans
from reports.xlsx.plan_template import write_plan_template
from tests.factories import approve_mockup, fingerprint, use_clock, year_in_execution

EXAMPLES = 150
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass
class World:
    """One database with a year at each stage an importer needs, and a valid template for each importer."""

    services: Services
    folder: Path
    templates: dict[str, bytes]


def _world(db: Database, folder: Path) -> World:
    services = Services(ServiceContext(db, actor="fuzzer"))
    ex = year_in_execution(services)  # 2027: execution (claims, efficiency)
    ex.clock.set(dt.date(2027, 3, 1))
    approve_mockup(services, 2027, ex.ref("D001"))
    # 2028 at consolidation, 2029 at drafting
    clock = use_clock(services, dt.date(2027, 7, 1))
    for year in (2028, 2029):
        services.years.create_year(year)
    services.plans.record_draft(2028, "D001", [ActivityInput("press", 3, Decimal(1000), idea="a")])
    services.years.advance(2028, confirm_missing=True)
    clock.set(dt.date(2027, 9, 15))
    templates = {}
    out = folder / "templates"
    out.mkdir()
    templates["plans"] = write_plan_template(services, 2029, "D001", out / "plan.xlsx").read_bytes()
    templates["consolidation"] = write_consolidation(services, 2028, out / "consolidation.xlsx").read_bytes()
    templates["efficiency"] = write_efficiency_template(services, 2027, out / "efficiency.xlsx").read_bytes()
    clock.set(dt.date(2027, 4, 2))
    [claims] = write_claims_templates(services, 2027, 1, out, dealer="D001")
    templates["claims"] = claims.read_bytes()
    _ = ConsolidationInput  # (the consolidation year is recorded by the fuzzed imports, or not)
    return World(services, folder, templates)


@pytest.fixture
def world(sqlite_db: Database, tmp_path: Path) -> World:
    return _world(sqlite_db, tmp_path)


# -- what comes in ---------------------------------------------------------------------------------
CELL_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("\x00\x07\x1b\u202e\u200f"),
    max_size=60,
)
CELL_VALUE = st.one_of(
    CELL_TEXT,
    st.sampled_from(
        [
            "NaN",
            "nan",
            "inf",
            "-Infinity",
            "1e309",
            "=1/0",
            "=A1*2",
            '=HYPERLINK("x")',
            "#REF!",
            "<b>x</b>",
            "D001-2027-01",
        ]
    ),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-(10**12), max_value=10**12),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 12, 31)),
    st.booleans(),
    st.none(),
)


def _with_cells(base: bytes, cells: list[tuple[int, int, Any]], sheet: int) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(base))
    ws = wb.worksheets[sheet % len(wb.worksheets)]
    for row, col, value in cells:
        try:
            ws.cell(row=row, column=col).value = value
        except (ValueError, TypeError, AttributeError, IllegalCharacterError):  # bad XML characters, merged cells
            continue
    buf = io.BytesIO()
    try:
        wb.save(buf)
    except Exception:  # openpyxl cannot write some values it accepted (control characters): not our reader's case
        return base
    return buf.getvalue()


def _bitflip(base: bytes, seed: int, flips: int) -> bytes:
    rnd = random.Random(seed)
    data = bytearray(base)
    for _ in range(flips):
        i = rnd.randrange(len(data))
        data[i] ^= 1 << rnd.randrange(8)
    return bytes(data)


def _odd_zip(members: list[tuple[str, bytes]], base: bytes, keep: int) -> bytes:
    buf = io.BytesIO()
    try:
        with zipfile.ZipFile(buf, "w") as zf:
            with zipfile.ZipFile(io.BytesIO(base)) as original:
                for info in original.infolist()[:keep]:
                    zf.writestr(info.filename, original.read(info))
            for name, data in members:
                try:
                    zf.writestr(name or "x", data)
                except Exception:  # zipfile refuses some names (NUL, …): a writer limit, not the reader under test
                    continue
    except Exception:  # whatever zipfile managed to write is hostile enough
        pass
    return buf.getvalue()


MEMBER_NAMES = st.one_of(
    st.sampled_from(
        [
            "xl/workbook.xml",
            "xl/worksheets/sheet1.xml",
            "[Content_Types].xml",
            "../../etc/passwd",
            "/abs/path.xml",
            "xl/sharedStrings.xml",
            "xl/styles.xml",
            "C:\\evil.xml",
        ]
    ),
    st.text(min_size=1, max_size=40),
)
MEMBER_DATA = st.one_of(
    st.binary(max_size=300),
    st.sampled_from(
        [
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
            b"<worksheet><sheetData><row r='1048576'><c r='XFD1048576'><v>1</v></c></row></sheetData></worksheet>",
            b"",
        ]
    ),
)


def hostile_files(kind: str) -> st.SearchStrategy[Callable[[bytes], bytes]]:
    """A recipe turning the valid template of ``kind`` into a hostile file."""
    return st.one_of(
        st.binary(max_size=3000).map(lambda data: lambda _base: data),
        st.floats(min_value=0, max_value=1).map(lambda f: lambda base: base[: int(len(base) * f)]),
        st.tuples(st.integers(0, 2**32), st.integers(1, 40)).map(lambda a: lambda base: _bitflip(base, *a)),
        st.tuples(st.lists(st.tuples(MEMBER_NAMES, MEMBER_DATA), max_size=6), st.integers(0, 12)).map(
            lambda a: lambda base: _odd_zip(a[0], base, a[1])
        ),
        st.tuples(
            st.lists(st.tuples(st.integers(1, 40), st.integers(1, 14), CELL_VALUE), min_size=1, max_size=25),
            st.integers(0, 3),
        ).map(lambda a: lambda base: _with_cells(base, a[0], a[1])),
    )


# -- the importers ---------------------------------------------------------------------------------
def _outcomes(result: Any) -> tuple[list[Any], bool]:
    """The file outcomes of an import and whether anything was written (a file imported or a claim filed)."""
    if hasattr(result, "report"):  # claims: the files, and each row filed on its own
        filed = any(getattr(r, "claim_id", None) for r in result.rows)
        return result.report.outcomes, filed or bool(result.report.imported)
    return result.outcomes, bool(result.imported)


IMPORTERS: dict[str, Callable[[Services, Path], Any]] = {
    "plans": lambda s, p: import_plans(s, [p]),
    "consolidation": lambda s, p: import_consolidation(s, p, agency="Agency"),
    "claims": lambda s, p: import_claims(s, [p], filed_on=dt.date(2027, 4, 2)),
    "efficiency": lambda s, p: import_efficiency(s, p, agency="Evaluator"),
}


def _check_one(world: World, kind: str, data: bytes) -> None:
    path = world.folder / f"incoming_{kind}.xlsx"
    path.write_bytes(data)
    before = fingerprint(world.services)
    try:
        result = IMPORTERS[kind](world.services, path)
    except CoopDeskError as exc:
        assert exc.lines() and all(line.strip() for line in exc.lines())
        assert fingerprint(world.services) == before, "a refusal wrote something"
        return
    outcomes, wrote = _outcomes(result)
    assert outcomes, "every file gets an outcome"
    for outcome in outcomes:
        if not outcome.imported:
            assert outcome.message or outcome.problems, "a refusal says why"
            head = outcome.lines()[0]
            assert head.startswith(f"{path.name}: refused"), head
            assert "Traceback" not in "\n".join(outcome.lines())
    if not wrote:
        assert fingerprint(world.services) == before, "nothing imported, yet something was written"


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(IMPORTERS))
def test_importers_survive_hostile_files(world: World, kind: str) -> None:
    base = world.templates[kind]

    @FUZZ
    @given(recipe=hostile_files(kind))
    def check(recipe: Callable[[bytes], bytes]) -> None:
        _check_one(world, kind, recipe(base))

    check()


def test_the_untouched_templates_are_refused_or_imported_cleanly(world: World) -> None:
    for kind in IMPORTERS:
        _check_one(world, kind, world.templates[kind])


# -- attachments -----------------------------------------------------------------------------------
MAGIC = st.sampled_from(
    [b"", b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"RIFF\0\0\0\0WEBP"]
)
NAMES = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        ["../../etc/passwd", "C:\\Windows\\x.pdf", "a\x00b.png", ".", "..", "", "\u202egnp.exe", "con.pdf"]
    ),
)


@pytest.mark.slow
def test_attachment_intake_survives_hostile_files(services: Services) -> None:
    limited = AttachmentService(services.ctx, limit=4096)

    @FUZZ
    @given(magic=MAGIC, body=st.binary(max_size=5000), name=NAMES)
    def check(magic: bytes, body: bytes, name: str) -> None:
        before = fingerprint(services)
        try:
            view = limited.add(magic + body, name)
        except CoopDeskError as exc:
            assert exc.lines() and all(line.strip() for line in exc.lines())
            assert fingerprint(services) == before
            return
        assert view.media_type in {"application/pdf", "image/png", "image/jpeg", "image/tiff", "image/webp"}
        assert view.filename == clean_filename(view.filename)
        assert "/" not in view.filename and "\\" not in view.filename
        assert not any(ord(ch) < 32 for ch in view.filename)
        assert limited.read(view.id)[0] == magic + body

    check()


@pytest.mark.slow
def test_the_atheris_harness_runs_briefly() -> None:
    """Optional: only where atheris is installed (it is not a test dependency)."""
    import importlib.util
    import subprocess
    import sys

    if importlib.util.find_spec("atheris") is None:
        pytest.skip("atheris is not installed (optional: pip install atheris)")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "bench.fuzz_atheris", "-runs=200", "-max_len=100000"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done 200 runs" in done.stderr

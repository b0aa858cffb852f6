"""`coop-desk demo --out DIR` receives the documents its year produced."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from coop_desk.cli import run


def test_a_whole_demo_year_writes_its_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = run(["--db", str(tmp_path / "d.sqlite"), "--json", "demo", "--dealers", "8", "--out", str(out)])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["result"]["reconciles"]
    names = {Path(p).name for p in payload["result"]["documents"]}
    year = payload["result"]["year"]
    expected = {f"quarterly-report-{year}-Q{q}.pdf" for q in range(1, 5)} | {
        f"letters-{year}.pdf",
        f"annual-report-{year}.pdf",
        f"consolidation-{year}.xlsx",
        f"claims-{year}.xlsx",
        f"demo-{year}-summary.json",
    }
    assert expected <= names
    for name in names:
        path = out / name
        assert path.is_file() and path.stat().st_size > 0
        if name.endswith(".pdf"):
            assert len(PdfReader(path).pages) >= 1
        if name.endswith(".xlsx"):
            openpyxl.load_workbook(path, read_only=True).close()


def test_a_demo_left_in_drafting_writes_the_plan_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = ["--db", str(tmp_path / "d.sqlite"), "demo", "--dealers", "4", "--until", "drafting", "--out", str(out)]
    assert run(args) == 0
    templates = sorted(p.name for p in (out / "plan-templates").iterdir())
    assert len(templates) == 4 and templates[0].endswith("_D001.xlsx")
    assert not list(out.glob("letters-*.pdf"))

"""The program's version lives in one place, coop_desk.__version__ (issue 15.1)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import coop_desk
from coop_desk.cli import run

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_reads_the_version_from_coop_desk():  # type: ignore[no-untyped-def]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "coop_desk.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", coop_desk.__version__)


@pytest.mark.parametrize("argv", [["--version"], ["--json", "--version"], ["--data-dir", "/nowhere", "--version"]])
def test_version_prints_it_and_opens_nothing(argv, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(coop_desk, "__version__", "4.5.6")
    monkeypatch.setattr("coop_desk.cli.open_window", lambda args: pytest.fail("the window opened"))
    monkeypatch.setattr("coop_desk.cli.open_services", lambda *a: pytest.fail("a database opened"))
    assert run(argv) == 0
    assert capsys.readouterr().out == "coop-desk 4.5.6\n"

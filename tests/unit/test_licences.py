"""Every component CoopDesk ships with has its licence in resources/licences (issue 15.4)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import resources

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "licences"


def _collect():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("collect_licences", FOLDER / "collect.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_runtime_dependency_has_its_licence_file():  # type: ignore[no-untyped-def]
    collect = _collect()
    dists = collect.runtime_distributions()
    names = {collect.normal(d.metadata["Name"]) for d in dists}
    # the ones the issue names, and an extra's (psycopg[binary]) and a dependency's dependency (Mako)
    assert {"pyside6", "sqlalchemy", "openpyxl", "reportlab", "psycopg-binary", "mako"} <= names
    missing = [n for n in names - collect.QT if not (FOLDER / f"{n}.txt").is_file()]
    assert not missing, f"run resources/licences/collect.py: no licence for {missing}"
    stale = {p.stem for p in FOLDER.glob("*.txt")} - names - {"qt-pyside6"}
    assert not stale, f"licences of components no longer shipped: {stale}"


def test_the_qt_notice_carries_the_lgpl_and_gpl_texts():  # type: ignore[no-untyped-def]
    text = (FOLDER / "qt-pyside6.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text  # the LGPL-3.0 is a set of permissions on top of the GPL-3.0
    assert "replace them" in text and "code.qt.io" in text


def test_licences_lists_each_file_once_with_the_fonts():  # type: ignore[no-untyped-def]
    found = resources.licences()
    names = [name for name, _ in found]
    assert len(names) == len(set(names)) == len(list(FOLDER.glob("*.txt"))) + 1
    assert ("DejaVu fonts", (ROOT / "resources/fonts/LICENSE-DejaVu.txt").read_text(encoding="utf-8")) in found
    assert all(text.strip() and re.search(r"(?i)licen[cs]e|permission|copyright", text) for _, text in found)

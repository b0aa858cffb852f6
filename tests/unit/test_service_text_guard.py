"""Refusals stay translatable: no error or problem in the Qt-free layers is made from a bare English string.

A message must be a ``coop_desk.text.Text`` (or a value passed on from one), never an f-string or a str
literal, or the Russian window would show it in English. ``LAYERS`` lists the packages checked. The
importers (reports/xlsx) carry their messages in their own constructors too (``REPORT_MESSAGES``): a
refused workbook's reason, a file's outcome, a cell's "expected", a claims row's outcome.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ["coop_desk", "models", "reports"]
ERRORS = {"Refused", "InvalidInput", "NotFound", "Conflict", "PermissionDenied", "CoopDeskError"}
#: The importers' constructors → (position, keyword) of their message argument (reports/xlsx).
REPORT_MESSAGES = {
    "WorkbookRefused": (1, "reason"),
    "_Unreadable": (0, None),
    "_Bomb": (0, None),
    "_Other": (0, None),
    "FileOutcome": (3, "message"),
    "ImportProblem": (4, "expected"),
    "CellProblem": (1, "expected"),
    "RowOutcome": (6, "message"),
}


def _is_bare_text(node: ast.AST) -> bool:
    """An f-string, a str literal, or a concatenation/%-format that involves one."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.BinOp):
        return _is_bare_text(node.left) or _is_bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_bare_text(node.body) or _is_bare_text(node.orelse)
    return False


def _name(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def bare_messages(layer: str) -> list[str]:
    """``file:line`` of every error or Problem made from a bare English string in ``layer``."""
    wrong = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in ERRORS:
                suspects = list(node.args)
            elif name == "Problem":
                suspects = node.args[1:2] + [k.value for k in node.keywords if k.arg == "message"]
            elif name in REPORT_MESSAGES:
                position, keyword = REPORT_MESSAGES[name]
                suspects = node.args[position : position + 1] + [k.value for k in node.keywords if k.arg == keyword]
                suspects = [arg for arg in suspects if not (isinstance(arg, ast.Constant) and arg.value == "")]
            else:
                continue
            if any(_is_bare_text(arg) for arg in suspects):
                wrong.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    return wrong


@pytest.mark.parametrize("layer", LAYERS)
def test_errors_and_problems_are_made_of_translatable_text(layer: str) -> None:
    assert bare_messages(layer) == [], "make these messages coop_desk.text.Text(...)"


def test_the_guard_catches_a_bare_message(tmp_path: Path) -> None:
    source = 'raise Refused(f"claim {n} is late")\nProblem("where", "is wrong")\nRefused(Text("fine"))\n'
    tree = ast.parse(source)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _name(n.func) in {*ERRORS, "Problem"}]
    flagged = [
        c.lineno for c in calls if any(_is_bare_text(a) for a in (c.args if _name(c.func) in ERRORS else c.args[1:2]))
    ]
    assert flagged == [1, 2]


def test_the_guard_catches_a_bare_importer_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "m.py").write_text(
        'WorkbookRefused(path, f"too large: {n}")\n'
        'FileOutcome(p, REFUSED, message="no such file")\n'
        'CellProblem(shown(v), "a date")\n'
        'ImportProblem(f, s, c, "", f"row {r}")\n'
        'FileOutcome(p, REFUSED, message="")\n'
        'WorkbookRefused(path, Text("fine"))\n',
        encoding="utf-8",
    )
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert bare_messages("pkg") == ["pkg/m.py:1", "pkg/m.py:2", "pkg/m.py:3", "pkg/m.py:4"]

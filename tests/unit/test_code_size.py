"""Size follows jobs (STYLE.md 29, issue 12): no hand-written function over 80 lines without a comment
saying why (``# Long: …`` just above it), and no hand-written module over 500 lines (migrations and
generated code aside): a module that grows past it is split along its jobs."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("coop_desk", "models", "reports", "ui")
MAX_FUNCTION = 80
MAX_MODULE = 500


def _sources() -> list[Path]:
    return [
        p
        for package in PACKAGES
        for p in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in p.parts and p.name != "service_strings.py"  # migrations and generated code
    ]


def test_no_long_function_without_a_reason() -> None:
    unexplained = []
    for path in _sources():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
                length = node.end_lineno - node.lineno + 1
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                above = [line.strip() for line in lines[max(0, first - 6) : first - 1]]
                if length > MAX_FUNCTION and not any(line.startswith("# Long: ") for line in above):
                    unexplained.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    assert not unexplained, "functions over 80 lines need a '# Long: why' comment above them:\n" + "\n".join(
        unexplained
    )


def test_no_module_over_500_lines() -> None:
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in _sources()}
    too_long = {name: n for name, n in sizes.items() if n > MAX_MODULE}
    assert not too_long, f"modules over {MAX_MODULE} lines (split them by job, STYLE.md 29): {too_long}"

"""Every folder of tests is collected by the test command: pytest skips folders named like build output
(its default ``norecursedirs``), so a ``tests/build`` would silently never run in CI."""

from __future__ import annotations

import fnmatch
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
SKIPPED_BY_PYTEST = ("*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}")


def test_no_folder_of_tests_is_one_pytest_skips() -> None:
    folders = {p.parent for p in TESTS.rglob("test_*.py")}
    skipped = [
        f.relative_to(TESTS)
        for f in folders
        for part in f.relative_to(TESTS).parts
        if any(fnmatch.fnmatch(part, pattern) for pattern in SKIPPED_BY_PYTEST)
    ]
    assert folders and not skipped, skipped


def test_the_test_modules_have_distinct_names() -> None:
    """The folders have no __init__.py: two test modules of one name stop the collection."""
    names = [p.name for p in TESTS.rglob("test_*.py")]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)

"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translators


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """The window in Russian for one test; English again afterwards (the other tests expect it)."""
    assert install_translators(qapp, "ru")
    try:
        yield
    finally:
        install_translators(qapp, "en")

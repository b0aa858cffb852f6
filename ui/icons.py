"""Icons from resources/icons, loaded once each through importlib.resources (works from a wheel too)."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg``, or an empty icon if there is none."""
    resource = files("resources").joinpath("icons", f"{name}.svg")
    if not resource.is_file():
        return QIcon()
    with as_file(resource) as path:  # a real file for an installed package; the SVG engine renders it sharply
        return QIcon(str(path))

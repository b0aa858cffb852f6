"""Files that ship with CoopDesk (fonts, later icons and translations), found through importlib.resources.

Loading through :mod:`importlib.resources` rather than paths relative to ``__file__`` keeps wheels,
zip imports and frozen builds behaving the same.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["font_path", "licences"]


@cache
def font_path(name: str) -> Path:
    """The file of the font ``name`` under ``resources/fonts/`` (``"DejaVuSans.ttf"``).

    Raises ``FileNotFoundError`` when no such font ships. The path is a real file on disk
    (reportlab and Qt need one); for an installed package that is the package directory.
    """
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"font name {name!r} must be a plain file name")
    ref = resources.files(__name__).joinpath("fonts", name)
    if not ref.is_file():
        raise FileNotFoundError(f"font {name} is not shipped in resources/fonts/")
    return Path(str(ref))


def licences() -> list[tuple[str, str]]:
    """(component, licence text) for every component that ships with CoopDesk, sorted by name: the files of
    ``resources/licences/`` (written by its collect.py) and the fonts' ``resources/fonts/LICENSE-*.txt``.
    A component is named by the first line of its file (the fonts: "DejaVu fonts")."""
    root = resources.files(__name__)
    found: list[tuple[str, str]] = []
    for entry in root.joinpath("licences").iterdir():
        if entry.name.endswith(".txt"):
            text = entry.read_text(encoding="utf-8")
            found.append((text.split("\n", 1)[0].strip(), text))
    for entry in root.joinpath("fonts").iterdir():
        if entry.name.startswith("LICENSE-") and entry.name.endswith(".txt"):
            found.append((f"{entry.name[len('LICENSE-') : -len('.txt')]} fonts", entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda item: item[0].lower())

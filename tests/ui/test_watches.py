"""Screens watch typed entities that the services really emit (``Screen.watches`` against ``Changes``)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import ui.screens
from coop_desk.services import Changes, Entity
from ui.screens.base import Screen

ROOT = Path(__file__).resolve().parents[2]


def emitted_entities() -> set[Entity]:
    """Every ``Entity.X`` named inside a ``Changes(...)`` built in coop_desk/services."""
    found: set[Entity] = set()
    for path in sorted((ROOT / "coop_desk" / "services").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Changes"):
                continue
            for part in ast.walk(node):
                if isinstance(part, ast.Attribute) and getattr(part.value, "id", None) == "Entity":
                    found.add(Entity[part.attr])
    return found


def screen_classes() -> list[type[Screen]]:
    for info in pkgutil.iter_modules(ui.screens.__path__):
        importlib.import_module(f"ui.screens.{info.name}")
    todo, seen = list(Screen.__subclasses__()), []
    while todo:
        cls = todo.pop()
        seen.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(seen, key=lambda c: c.__qualname__)


def test_the_services_emit_every_entity() -> None:
    assert emitted_entities() == set(Entity)


@pytest.mark.parametrize("screen", screen_classes(), ids=lambda c: c.__name__)
def test_a_screen_watches_only_what_a_service_emits(screen: type[Screen]) -> None:
    assert all(isinstance(e, Entity) for e in screen.watches)
    assert screen.watches <= emitted_entities(), screen.watches - emitted_entities()


def test_the_allocation_screen_watches_the_plans_the_services_emit() -> None:
    from ui.screens.allocation import AllocationScreen

    assert Entity.PLANS in AllocationScreen.watches


def test_changes_name_entities_not_strings() -> None:
    with pytest.raises(TypeError):
        Changes("plan")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Changes(Entity.YEAR, also=("stage",))  # type: ignore[arg-type]
    assert Changes(Entity.YEAR, also=(Entity.STAGE, Entity.YEAR)).entities == (Entity.YEAR, Entity.STAGE)

"""The screen registry: the sidebar lists the registered screens in the order of the programme cycle.

To add a screen, add ONE line to ``SCREENS``: its name, its sidebar title (marked for translation) and
``"module:Class"``. The class takes ``(context: ScreenContext)`` (see ``ui.screens.base.Screen``).
A line whose module does not exist yet is simply absent from the sidebar (no placeholder page).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class ScreenEntry:
    name: str
    title_source: object  # a str marked with QT_TRANSLATE_NOOP (typed as object by the stubs)
    target: str  # "ui.screens.module:ClassName"

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Navigation", str(self.title_source))

    @property
    def module(self) -> str:
        return self.target.split(":", 1)[0]

    def available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def load(self) -> type:
        module_name, class_name = self.target.split(":", 1)
        return getattr(importlib.import_module(module_name), class_name)


# fmt: off
SCREENS: list[ScreenEntry] = [
    ScreenEntry("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "ui.screens.dashboard:DashboardScreen"),
    ScreenEntry("dealers", QT_TRANSLATE_NOOP("Navigation", "Dealers & scores"), "ui.screens.dealers:DealersScreen"),
    ScreenEntry("plans", QT_TRANSLATE_NOOP("Navigation", "Plans"), "ui.screens.plans:PlansScreen"),
    ScreenEntry("consolidation", QT_TRANSLATE_NOOP("Navigation", "Consolidation"), "ui.screens.consolidation:ConsolidationScreen"),  # noqa: E501
    ScreenEntry("allocation", QT_TRANSLATE_NOOP("Navigation", "Allocation"), "ui.screens.allocation:AllocationScreen"),
    ScreenEntry("mockups", QT_TRANSLATE_NOOP("Navigation", "Mockups"), "ui.screens.mockups:MockupsScreen"),
    ScreenEntry("claims", QT_TRANSLATE_NOOP("Navigation", "Claims"), "ui.screens.claims:ClaimsScreen"),
    ScreenEntry("payments", QT_TRANSLATE_NOOP("Navigation", "Payments"), "ui.screens.payments:PaymentsScreen"),
    ScreenEntry("evaluation", QT_TRANSLATE_NOOP("Navigation", "Evaluation"), "ui.screens.evaluation:EvaluationScreen"),
    ScreenEntry("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "ui.screens.reports:ReportsScreen"),
    ScreenEntry("audit", QT_TRANSLATE_NOOP("Navigation", "Audit"), "ui.screens.audit:AuditScreen"),
    ScreenEntry("users", QT_TRANSLATE_NOOP("Navigation", "Users"), "ui.screens.users:UsersScreen"),
    ScreenEntry("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "ui.screens.settings:SettingsScreen"),
]
# fmt: on


def registered() -> list[ScreenEntry]:
    """The screens whose module exists, in sidebar order."""
    return [entry for entry in SCREENS if entry.available()]


def entry(name: str) -> ScreenEntry | None:
    return next((e for e in SCREENS if e.name == name), None)

"""What every screen gets: the services, the change hub, the task runner, the current year, the language."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from coop_desk import permissions
from coop_desk.channel_names import ChannelNames
from coop_desk.errors import CoopDeskError
from coop_desk.money import format_money
from ui.events import ChangeHub
from ui.labels import role_label
from ui.numbers import number_locale
from ui.prefs import Prefs
from ui.tasks import TaskRunner
from ui.text import tr_text

if TYPE_CHECKING:
    from coop_desk.services import Changes, Services
    from coop_desk.services.year_views import YearView
    from models.enums import Role, Stage

#: ``ScreenContext.allows(use_case)`` without a view: the current year's stage.
_CURRENT = object()


class ScreenContext:
    """Passed to every screen's constructor. The main window owns it and keeps ``year`` current."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        tasks: TaskRunner,
        prefs: Prefs,
        *,
        year: int | None = None,
        lang: str = "en",
    ) -> None:
        self.services = services
        self.hub = hub
        self.tasks = tasks
        self.prefs = prefs
        self.year: int | None = year
        self.lang = lang
        self._currencies: dict[int, str] = {}
        self._channel_names: dict[int, ChannelNames] = {}
        hub.year_changed.connect(self._forget_currency)

    @property
    def db_url(self) -> str:
        return str(self.services.ctx.db.url)

    @property
    def role(self) -> Role | None:
        """The signed-in person's role; None is the implicit local owner of a personal file."""
        return getattr(self.services.ctx, "role", None)

    def may(self, use_case: str) -> bool:
        """Whether the signed-in role may run ``use_case`` ("mockups.approve"); the services enforce the same."""
        return permissions.may(self.role, use_case)

    def stage_allows(self, use_case: str, view: YearView | Stage | None | object = _CURRENT) -> bool:
        """Whether the year's stage allows ``use_case`` by the matrix (the services refuse the same); the
        current year is looked up unless its ``view`` (or stage) is given. Without a year only use cases
        bound to no stage may run."""
        return permissions.allows(None, use_case, self._stage(view))

    def allows(self, use_case: str, view: YearView | Stage | None | object = _CURRENT) -> bool:
        """Whether the signed-in role may run ``use_case`` now: its role may and the year's stage allows it."""
        return permissions.allows(self.role, use_case, self._stage(view))

    def _stage(self, view: YearView | Stage | None | object) -> Stage | None:
        if view is _CURRENT:
            view = self.year_view()
        return view if isinstance(view, str) or view is None else getattr(view, "stage", None)  # type: ignore[return-value]

    def role_refusal(self, use_case: str) -> str:
        """ "Your role (finance) may not approve mockups." — or "" when the role may."""
        if self.may(use_case):
            return ""
        return QCoreApplication.translate("Permissions", "Your role ({0}) may not {1}.").format(
            role_label(self.role), tr_text(permissions.describe(use_case))
        )

    def gate(
        self, widget: QWidget | QAction, use_case: str, stage_ok: bool = True, stage_why: str = "", tip: str = ""
    ) -> bool:
        """Enable ``widget`` only when both the role and the stage allow ``use_case``; say why not.

        The tooltip gives the role's reason first, then ``stage_why`` if the stage forbids too; when
        enabled it is ``tip``. Returns whether the widget is enabled.
        """
        role_why = self.role_refusal(use_case)
        reasons = [why for why in (role_why, "" if stage_ok else stage_why) if why]
        enabled = not role_why and stage_ok
        widget.setEnabled(enabled)
        widget.setToolTip("\n".join(reasons) if reasons else tip)
        return enabled

    def year_view(self) -> YearView | None:
        """The current programme year's settings and stage (fresh from the database), or None."""
        if self.year is None:
            return None
        return self.services.years.get(self.year)

    def currency(self) -> str:
        """The current year's currency (cached until the year's settings change)."""
        if self.year is None:
            return "EUR"
        if self.year not in self._currencies:
            self._currencies[self.year] = self.services.years.get(self.year).currency
        return self._currencies[self.year]

    def _forget_currency(self, year: int) -> None:
        self._currencies.pop(year, None)
        self._channel_names.pop(year, None)

    def channel_names(self) -> ChannelNames:
        """The current year's channels with their names (cached until the year's settings change)."""
        if self.year is None:
            return ChannelNames()
        if self.year not in self._channel_names:
            self._channel_names[self.year] = self.services.years.get(self.year).channel_names
        return self._channel_names[self.year]

    def channel(self, code: str) -> str:
        """A channel's name (by its stored code) in the window's language: the one rule, ChannelNames.name."""
        return self.channel_names().name(code, self.lang)

    def money(self, amount: Decimal | None, currency: str | None = None) -> str:
        """The one money formatter (coop_desk.money.format_money) in the window's language."""
        if amount is None:
            return ""
        return format_money(amount, currency or self.currency(), number_locale(self.lang))

    def publish(self, changes: Changes) -> None:
        """Tell every open screen what a service changed."""
        self.hub.publish(changes)

    def open_screen(self, name: str, **filters: object) -> None:
        """Ask the main window to show a screen, optionally filtered (e.g. ``open_screen("claims", late=True)``)."""
        self.hub.navigate_requested.emit(name, dict(filters))

    def attempt(self, parent: QWidget, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Call a service; publish its Changes; show a refusal as a message. Returns the result or None."""
        try:
            result = fn(*args, **kwargs)
        except CoopDeskError as exc:
            show_refusal(parent, exc.lines())
            return None
        from coop_desk.services import Changes

        if isinstance(result, Changes):
            self.publish(result)
        return result


def show_refusal(parent: QWidget | None, lines: list[str], title: str | None = None) -> None:
    """A service refused: one clear message (never a traceback)."""
    from ui.text import tr_text

    shown = [tr_text(line) for line in lines]
    text = "\n".join(f"• {line}" if len(shown) > 1 else line for line in shown) or "?"
    box_title = title or QCoreApplication.translate("Messages", "Not done")
    QMessageBox.warning(parent, box_title, text)

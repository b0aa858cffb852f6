"""What every screen gets: the services, the change hub, the task runner, the current year, the language."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coop_desk.errors import CoopDeskError
from coop_desk.money import format_money
from ui.events import ChangeHub
from ui.prefs import Prefs
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from coop_desk.services import Changes, Services
    from coop_desk.services.years import YearView


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
        hub.year_changed.connect(self._forget_currency)

    @property
    def db_url(self) -> str:
        return str(self.services.ctx.db.url)

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

    def money(self, amount: Decimal | None, currency: str | None = None) -> str:
        """The one money formatter (coop_desk.money.format_money) in the window's language."""
        if amount is None:
            return ""
        return format_money(amount, currency or self.currency(), self.lang)

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

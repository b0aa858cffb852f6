"""Per-user preferences in QSettings, behind one small typed accessor (language, number format, databases,
window state)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QSettings

from coop_desk.database import without_password
from ui.numbers import NUMBER_FORMATS

LANGUAGES = ("en", "ru")
MAX_RECENT = 8


class Prefs:
    """Typed access to QSettings with defaults; nothing else in ``ui`` touches QSettings keys."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()
        self.forget_passwords()

    # -- language ------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "", str) or "")
        if value in LANGUAGES:
            return value
        system = QLocale.system().name().split("_")[0]
        return system if system in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language {value!r}")
        self._s.setValue("ui/language", value)

    @property
    def number_format(self) -> str:
        """How numbers are written: "" (as the window language), "en", "ru" or "de" (see ui.numbers)."""
        value = str(self._s.value("ui/number_format", "", str) or "")
        return value if value in NUMBER_FORMATS else ""

    @number_format.setter
    def number_format(self, value: str) -> None:
        if value not in NUMBER_FORMATS:
            raise ValueError(f"unknown number format {value!r}")
        self._s.setValue("ui/number_format", value)

    # -- databases -----------------------------------------------------------------------------
    # A database is stored without its password (the server asks for it again when it is needed).
    @property
    def last_database(self) -> str:
        return without_password(str(self._s.value("db/last", "", str) or ""))

    @last_database.setter
    def last_database(self, url: str) -> None:
        url = without_password(url)
        self._s.setValue("db/last", url)
        recent = [u for u in self.recent_databases if u != url]
        self._s.setValue("db/recent", [url, *recent][:MAX_RECENT])

    @property
    def recent_databases(self) -> list[str]:
        value = self._s.value("db/recent", [])
        if isinstance(value, str):
            urls = [value] if value else []
        else:
            urls = [str(v) for v in value] if isinstance(value, list | tuple) else []
        return list(dict.fromkeys(without_password(u) for u in urls))

    def forget_passwords(self) -> None:
        """Rewrite databases an older version stored with their passwords, without them."""
        if self._s.contains("db/last"):
            self._s.setValue("db/last", self.last_database)
        if self._s.contains("db/recent"):
            self._s.setValue("db/recent", self.recent_databases)

    def clear_recent(self) -> None:
        self._s.setValue("db/recent", [])

    # -- window state --------------------------------------------------------------------------
    def state(self, key: str) -> QByteArray | None:
        value = self._s.value(f"state/{key}", QByteArray())
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._s.setValue(f"state/{key}", value)

    @property
    def last_folder(self) -> str:
        return str(self._s.value("ui/last_folder", "", str) or "")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._s.setValue("ui/last_folder", folder)

    def sync(self) -> None:
        self._s.sync()

"""The main window: sidebar by the cycle, the stage bar, the stacked screens, the File menu, drops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import screens as registry
from ui.context import ScreenContext
from ui.events import ChangeHub
from ui.prefs import Prefs
from ui.screens.base import Screen
from ui.sidebar import NAME_ROLE, Sidebar
from ui.stage_bar import StageBar
from ui.tasks import TaskHandle, TaskRunner
from ui.window_layout import MINIMUM_SIZE, SidebarMode, WindowLayout

__all__ = ["NAME_ROLE", "MainWindow"]


class MainWindow(QMainWindow):
    """Holds one ScreenContext per open database; screens are built the first time they are shown."""

    files_dropped = Signal(list)
    """Files or folders (local paths) were dropped onto the window (ui.drop_router hands each workbook to
    the import of its kind: plans, consolidation, claims, evaluation)."""
    screen_shown = Signal(str)
    """The screen with this name is now the current one."""
    database_open_requested = Signal(str)
    """The person chose another database (URL); the app opens it."""

    def __init__(self, services: Any, prefs: Prefs, *, lang: str = "en", hub: ChangeHub | None = None) -> None:
        super().__init__()
        self.prefs = prefs
        self.hub = hub or ChangeHub(self)
        self.setAcceptDrops(True)
        self.window_layout = WindowLayout(prefs)
        self.setMinimumSize(MINIMUM_SIZE)  # 1366×768 at 125 % leaves about 1090×540
        self._screens: dict[str, Screen] = {}
        self._holders: dict[str, QWidget] = {}
        self.context: ScreenContext
        self._task_bar = _TaskIndicator()
        self.statusBar().addPermanentWidget(self._task_bar)
        self.who = QLabel()  # the signed-in person and role
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.who)
        self.hub.navigate_requested.connect(self._on_hub_navigate_requested)
        self.hub.status_message.connect(self._on_hub_status_message)
        self.hub.language_change_requested.connect(self._on_hub_language_change_requested)
        self.set_services(services, lang=lang)

    # -- building ------------------------------------------------------------------------------
    def set_services(self, services: Any, *, lang: str | None = None, year: int | None = None) -> None:
        """(Re)build the window for these services: a new context, new screens, same hub."""
        if lang is not None:
            self.lang = lang
        old = getattr(self, "context", None)
        if old is not None:
            old.tasks.cancel_all()
            old.tasks.wait_for_done(10000)
        tasks = TaskRunner(str(services.ctx.db.url), actor=services.ctx.actor, role=services.ctx.role, parent=self)
        tasks.task_started.connect(self._task_bar.track)
        self.context = ScreenContext(
            services, self.hub, tasks, self.prefs, year=year or services.years.latest_year(), lang=self.lang
        )
        self._build_body()
        self._build_menus()
        self._fit_stage_bar(self.width())
        self._update_title()
        from ui.sign_in import who_text

        self.who.setText(who_text(services))
        self.hub.database_opened.emit(self.context.db_url)

    def _build_body(self) -> None:
        self._save_splitters()
        for screen in self._screens.values():
            screen.deleteLater()
        self._screens.clear()
        self._holders.clear()
        self.sidebar_panel = Sidebar(self.window_layout.sidebar_mode)
        self.sidebar_panel.fit_width(self.width())
        self.sidebar_panel.mode_chosen.connect(self._on_sidebar_mode_chosen)
        self.sidebar = self.sidebar_panel.list
        self.stack = QStackedWidget()
        for entry in registry.registered():
            self.sidebar_panel.add_screen(entry.name, entry.title)
            holder = QWidget()
            holder.setObjectName(f"holder-{entry.name}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[entry.name] = holder
            self.stack.addWidget(holder)
        # The stage bar shares the menu bar's row: the screens get its height (issue 14.1).
        old_bar = getattr(self, "stage_bar", None)
        self.stage_bar = StageBar(self.context)
        self.stage_bar.year_picked.connect(self._on_stage_bar_year_picked)
        self.stage_bar.new_year_requested.connect(self._on_new_year_requested)
        self.menuBar().setCornerWidget(self.stage_bar, Qt.Corner.TopRightCorner)
        if old_bar is not None:
            old_bar.deleteLater()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar_panel)
        layout.addWidget(self.stack, 1)
        old = self.centralWidget()
        self.setCentralWidget(body)
        if old is not None:
            old.deleteLater()
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        self.stage_bar.refresh()
        if self.sidebar.count():
            self.sidebar.setCurrentRow(0)

    def _build_menus(self) -> None:
        from ui.file_menu import FileMenu
        from ui.help_menu import HelpMenu
        from ui.keyboard import install_keyboard

        self.menuBar().clear()
        self.file_menu = FileMenu(self)
        self.menuBar().addMenu(self.file_menu)
        self.actions_menu = install_keyboard(self)  # Actions (the current screen's buttons), Ctrl+1…9
        self.help_menu = HelpMenu(self)  # Help stays the last menu
        self.menuBar().addMenu(self.help_menu)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("CoopDesk — {0}").format(_display_url(self.context.db_url)))

    # -- screens -------------------------------------------------------------------------------
    def screen_names(self) -> list[str]:
        return list(self._holders)

    def screen_named(self, name: str) -> Screen | None:
        """The screen by name, built now if it was never shown; None if it is not registered."""
        if name in self._screens:
            return self._screens[name]
        holder = self._holders.get(name)
        entry = registry.entry(name)
        if holder is None or entry is None:
            return None
        screen = entry.load()(self.context)
        screen.setObjectName(f"screen-{name}")
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(screen)
        self._screens[name] = screen
        self.window_layout.restore_filters(name, screen)
        self.window_layout.restore_when_shown(name, screen)
        return screen

    def show_screen(self, name: str, filters: dict[str, Any] | None = None) -> Screen | None:
        screen = self.screen_named(name)
        if screen is None:
            return None
        row = next(i for i in range(self.sidebar.count()) if self.sidebar.item(i).data(NAME_ROLE) == name)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        if filters:
            screen.ensure_fresh()
            screen.apply_filter(filters)
        return screen

    def current_screen(self) -> Screen | None:
        item = self.sidebar.currentItem()
        return self.screen_named(item.data(NAME_ROLE)) if item is not None else None

    def open_database(self, url: str) -> bool:
        """Open (and migrate) another database and rebuild the screens on it; False if it could not open."""
        from coop_desk.database import normalise_url
        from ui.session import open_services

        if not url:
            return False
        url = normalise_url(url)
        services = open_services(self, url)
        if services is None:
            return False
        old = self.context.services
        self.set_services(services)
        old.ctx.db.dispose()
        self.prefs.last_database = url
        if self.context.year is None:
            from ui.session import offer_first_start

            offer_first_start(self)
        return True

    def place_on_screen(self) -> None:
        """Where the window was last time, else over the available screen (maximised on a small one)."""
        self.window_layout.place(self)

    def save_layout(self) -> None:
        """Remember the geometry and the open screens' splitters and columns (the sidebar choice is kept as made)."""
        self.window_layout.save(self)
        self._save_splitters()

    def _save_splitters(self) -> None:
        for name, screen in self._screens.items():
            self.window_layout.save_screen(name, screen)

    def set_year(self, year: int) -> None:
        self.context.year = year
        self.hub.year_selected.emit(year)

    # -- slots ---------------------------------------------------------------------------------
    @Slot(int)
    def _on_sidebar_row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self.sidebar.item(row).data(NAME_ROLE)
        self.screen_named(name)
        # Only the current screen's minimum size counts: one large screen must not enlarge all the others.
        for index, holder in enumerate(self._holders.values()):
            policy = QSizePolicy.Policy.Preferred if index == row else QSizePolicy.Policy.Ignored
            holder.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(row)
        self.screen_shown.emit(name)

    @Slot(str)
    def _on_sidebar_mode_chosen(self, mode: str) -> None:
        self.window_layout.sidebar_mode = SidebarMode(mode)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.sidebar_panel.fit_width(event.size().width())
        self._fit_stage_bar(event.size().width())

    def _fit_stage_bar(self, width: int) -> None:
        bar = self.menuBar()
        menus = max((bar.actionGeometry(a).right() for a in bar.actions()), default=0)
        self.stage_bar.fit_width(width - menus - 24)

    @Slot(int)
    def _on_stage_bar_year_picked(self, year: int) -> None:
        self.set_year(year)

    @Slot()
    def _on_new_year_requested(self) -> None:
        self.file_menu.start_year()

    @Slot(str, dict)
    def _on_hub_navigate_requested(self, name: str, filters: dict[str, Any]) -> None:
        self.show_screen(name, filters)

    @Slot(str)
    def _on_hub_language_change_requested(self, lang: str) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.i18n import install_translators

        self.prefs.language = lang
        app = QApplication.instance()
        if app is not None:
            install_translators(app, lang)
        current = self.sidebar.currentItem()
        name = current.data(NAME_ROLE) if current is not None else None
        self.set_services(self.context.services, lang=lang, year=self.context.year)
        if name:
            self.show_screen(name)

    @Slot(str)
    def _on_hub_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = _local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
            # Each workbook goes to the import of its kind, its screen shown (ui.drop_router).
            from ui.drop_router import route_drop

            route_drop(self, paths)

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        unsaved = [name for name, screen in self._screens.items() if screen.has_unsaved_changes()]
        if unsaved:
            titles = ", ".join(e.title for e in registry.SCREENS if e.name in unsaved)
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("There are unsaved changes on: {0}. Close anyway and lose them?").format(titles),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if self.context.tasks.busy:
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr("A background task is still running. Cancel it and close?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.context.tasks.cancel_all()
        self.context.tasks.wait_for_done(30000)
        self.save_layout()
        event.accept()


class _TaskIndicator(QWidget):
    """In the status bar: the running task's message, a progress bar and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # progress names files
        self._bar = QProgressBar()
        self._bar.setFixedWidth(160)
        self._cancel = QPushButton(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        layout.addWidget(self._cancel)
        self._handle: TaskHandle | None = None
        self._cancel.clicked.connect(self._on_cancel_clicked)
        self.hide()

    @Slot(object)
    def track(self, handle: TaskHandle) -> None:
        self._handle = handle
        self._label.setText(handle.description)
        self._bar.setRange(0, 0)
        handle.progressed.connect(self._on_progressed)
        handle.finished.connect(self._on_finished)
        self.show()

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, message: str) -> None:
        self._bar.setRange(0, max(total, 0))
        self._bar.setValue(min(done, total) if total else 0)
        if message:
            self._label.setText(message)

    @Slot()
    def _on_finished(self) -> None:
        if self.sender() is self._handle:
            self._handle = None
            self.hide()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()


def _local_paths(urls: list[Any]) -> list[Path]:
    """Every local file and folder dropped: none is left out here, the import names each one."""
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]


def _display_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    from coop_desk.database import shown_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return Path(parsed.database or "").name or shown_url(url)
    return shown_url(url)

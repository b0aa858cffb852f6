"""The main window's sidebar: the screens by the cycle, as names or (in a narrow window) icons only."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

from ui.icons import icon
from ui.window_layout import NARROW_WIDTH, SidebarMode

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
WIDE = 210
NARROW = 52  # the 18-px icon, the item's padding and the selection mark


class Sidebar(QFrame):
    """``list`` holds one item per screen (``NAME_ROLE``: its name); ``toggle`` switches names / icons only.

    In ``SidebarMode.AUTO`` the window decides by its width (``fit_width``); the toggle stores the person's
    choice (``mode_chosen``), or AUTO again when the choice is what the width would give anyway.
    """

    mode_chosen = Signal(str)
    """The person chose how the sidebar shows (a ``SidebarMode`` value)."""

    def __init__(self, mode: SidebarMode = SidebarMode.AUTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidebarPanel")
        self.mode = mode
        self._window_width = NARROW_WIDTH
        self.list = QListWidget()
        self.list.setObjectName("Sidebar")
        self.list.setIconSize(QSize(18, 18))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toggle = QToolButton()
        self.toggle.setObjectName("SidebarToggle")
        self.toggle.setAutoRaise(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.toggle)
        self.toggle.clicked.connect(self._on_toggle_clicked)
        self._collapsed = False
        self._applied = False
        self._show(self._wanted(mode))

    def add_screen(self, name: str, title: str) -> None:
        item = QListWidgetItem(icon(name), "" if self._collapsed else title)
        item.setData(NAME_ROLE, name)
        item.setData(TITLE_ROLE, title)
        item.setToolTip(title)
        item.setSizeHint(QSize((NARROW if self._collapsed else WIDE) - 10, 34))
        self.list.addItem(item)

    @property
    def collapsed(self) -> bool:
        return self._collapsed

    def fit_width(self, window_width: int) -> None:
        """The window is this wide: in AUTO, icons only below ``NARROW_WIDTH``."""
        self._window_width = window_width
        self._show(self._wanted(self.mode))

    def _wanted(self, mode: SidebarMode) -> bool:
        if mode is SidebarMode.AUTO:
            return self._window_width < NARROW_WIDTH
        return mode is SidebarMode.ICONS

    def _show(self, collapsed: bool) -> None:
        if collapsed == self._collapsed and self._applied:
            return
        self._applied = True
        self._collapsed = collapsed
        width = NARROW if collapsed else WIDE
        self.setFixedWidth(width)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText("" if collapsed else str(item.data(TITLE_ROLE)))
            item.setSizeHint(QSize(width - 10, 34))
        self.toggle.setText("»" if collapsed else "«")
        self.toggle.setToolTip(self.tr("Show the screens' names") if collapsed else self.tr("Show icons only"))

    @Slot()
    def _on_toggle_clicked(self) -> None:
        collapsed = not self._collapsed
        wanted = SidebarMode.ICONS if collapsed else SidebarMode.NAMES
        self.mode = SidebarMode.AUTO if self._wanted(SidebarMode.AUTO) == collapsed else wanted
        self._show(collapsed)
        self.mode_chosen.emit(self.mode.value)

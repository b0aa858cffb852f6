"""Python's cyclic garbage collector runs in the window's thread only.

The window's background tasks run on worker threads. Left to itself, Python collects reference cycles on
whichever thread happens to allocate when a generation's threshold is passed, so a cycle holding a Qt object
(a dialog and a slot that refers to it, a widget in a closure) could be destroyed on a worker thread, and Qt
objects destroyed off their own thread crash the process (seen as a segmentation fault while a task ran).
So the automatic collector is switched off and a timer in the window's thread collects instead, generation by
generation, by the same thresholds Python would use (the approach of pyqtgraph's GarbageCollector).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 100
"""How often the window's thread looks at the collector's counts."""


class GuiThreadCollector(QObject):
    """Collects reference cycles on the thread it lives on (the application's), by the usual thresholds."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> int:
        """Collect the oldest generation past its threshold (as the automatic collector would); the number of
        objects found unreachable, 0 when nothing was due."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return 0
        generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 2 if counts[2] > self.thresholds[2] else 1
        return gc.collect(generation)


def collect_in_gui_thread() -> GuiThreadCollector | None:
    """Install the collector once, on the running application (called from the window's thread); None when
    there is no application yet or this is not its thread."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)

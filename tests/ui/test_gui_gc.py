"""Reference cycles are collected in the window's thread only, never on a task's worker thread (a Qt object
destroyed off its thread crashes the process)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.gui_gc import GuiThreadCollector, collect_in_gui_thread
from ui.tasks import TaskRunner


def test_the_window_thread_collects_and_a_worker_thread_does_not(qapp: Any, tmp_path: Any) -> None:
    runner = TaskRunner(f"sqlite:///{tmp_path / 'x.sqlite'}")
    collector = collect_in_gui_thread()
    assert isinstance(collector, GuiThreadCollector) and collector is collect_in_gui_thread()  # once
    assert not gc.isenabled()  # the automatic collector would run on whichever thread allocates
    seen: list[object] = []
    worker = threading.Thread(target=lambda: seen.append(collect_in_gui_thread()))
    worker.start()
    worker.join()
    assert seen == [None]  # not installed from a worker thread

    class Holder:
        pass

    def cycle() -> None:
        holder = Holder()
        holder.me = holder  # type: ignore[attr-defined]
        holder.widget = QWidget()  # type: ignore[attr-defined]  # a Qt object kept only by the cycle

    for _ in range(collector.thresholds[0] + 10):
        cycle()
    assert collector.check() > 0  # due, and collected here, in the window's thread
    assert collector.check() == 0  # nothing due right after
    runner.deleteLater()

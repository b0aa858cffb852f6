"""The one background helper: QThreadPool + QRunnable, with success, error, progress and cancel.

A task is a plain function ``fn(services, job) -> result``. It runs on a worker thread with its own
``Services`` (its own ``Database`` opened from the URL: sessions never cross threads). ``job.progress(done,
total, message)`` reports progress and ``job.should_cancel()`` says whether the person pressed cancel; both
fit the Qt-free ``progress``/``should_cancel`` arguments of the long-running services.

Results come back on the GUI thread as signals of the :class:`TaskHandle`:

- ``succeeded(result)`` — the function returned;
- ``refused(lines)`` — it raised a ``CoopDeskError`` (its ``lines()``, ready to show);
- ``progressed(done, total, message)``;
- ``finished()`` — always, last.

Any other exception goes to ``sys.excepthook`` (logged to a file and shown politely, see ``ui.crash``).
Tasks started with ``write=True`` run one at a time on a single-thread pool (SQLite takes one writer).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from coop_desk.errors import CoopDeskError


class Job:
    """What a task function gets besides its services: progress and the cancel check (no Qt inside)."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle
        self._cancel = handle._cancel_event

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._handle._progress_from_worker.emit(int(done), int(total), str(message))

    def should_cancel(self) -> bool:
        return self._cancel.is_set()


class TaskHandle(QObject):
    """One running task. Keep it to cancel it or connect its signals; the runner keeps it alive until done."""

    succeeded = Signal(object)
    """The task returned this result."""
    refused = Signal(object)  # list of lines; object keeps each Text (its template) for tr_text
    """The task raised a CoopDeskError: its message lines."""
    progressed = Signal(int, int, str)
    """Progress: done, total, message."""
    finished = Signal()
    """The task is over, whatever the outcome (emitted last)."""

    _result_from_worker = Signal(object)
    _refused_from_worker = Signal(object)
    _crash_from_worker = Signal(object)
    _progress_from_worker = Signal(int, int, str)

    def __init__(self, description: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.description = description
        self._cancel_event = threading.Event()
        self.done = False
        self.result: Any = None
        self.error_lines: list[str] = []
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._result_from_worker.connect(self._on_worker_result)
        self._refused_from_worker.connect(self._on_worker_refused)
        self._crash_from_worker.connect(self._on_worker_crash)
        self._progress_from_worker.connect(self._on_worker_progress)

    def cancel(self) -> None:
        """Ask the task to stop at its next ``should_cancel()`` check."""
        self._cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    @Slot(object)
    def _on_worker_result(self, result: object) -> None:
        self.result = result
        self.succeeded.emit(result)
        self._finish()

    @Slot(list)
    def _on_worker_refused(self, lines: list[str]) -> None:
        self.error_lines = list(lines)
        self.refused.emit(self.error_lines)
        self._finish()

    @Slot(object)
    def _on_worker_crash(self, exc: BaseException) -> None:
        self.error_lines = [str(exc)]
        self._finish()
        sys.excepthook(type(exc), exc, exc.__traceback__)

    @Slot(int, int, str)
    def _on_worker_progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()


TaskFn = Callable[[Any, Job], Any]


class _Worker(QRunnable):
    def __init__(self, fn: TaskFn, handle: TaskHandle, open_services: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._handle = handle
        self._open_services = open_services

    def run(self) -> None:
        handle = self._handle
        services = None
        try:
            services = self._open_services()
            result = self._fn(services, Job(handle))
        except CoopDeskError as exc:
            handle._refused_from_worker.emit(exc.lines())
        except BaseException as exc:  # noqa: BLE001 - every other error goes to the crash path
            handle._crash_from_worker.emit(exc)
        else:
            handle._result_from_worker.emit(result)
        finally:
            if services is not None:
                services.ctx.db.dispose()


def _no_services() -> None:
    return None


class TaskRunner(QObject):
    """Starts tasks on worker threads, each with its own Services opened from the database URL."""

    task_started = Signal(object)
    """A task started (its TaskHandle): the window shows its progress."""
    busy_changed = Signal(bool)
    """Whether any task is running."""

    def __init__(
        self, db_url: str, *, actor: str | None = None, role: Any = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.actor = actor
        self.role = role  # the signed-in person's role: workers are held to the same permissions
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._running: set[TaskHandle] = set()

    def open_services(self) -> Any:
        """A fresh Services on its own Database (called on the worker thread)."""
        from coop_desk.database import services_on

        return services_on(self.db_url, migrate=False, actor=self.actor, role=self.role)

    def run(
        self,
        fn: TaskFn,
        *,
        description: str = "",
        write: bool = False,
        on_success: Callable[[Any], None] | None = None,
        on_refused: Callable[[list[str]], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        with_services: bool = True,
    ) -> TaskHandle:
        """Run ``fn(services, job)`` in the background; the callbacks are called on the GUI thread.

        ``with_services=False`` passes ``None`` instead of services (for tasks that open another database).
        """
        handle = TaskHandle(description, self)
        if on_success is not None:
            handle.succeeded.connect(on_success)
        if on_refused is not None:
            handle.refused.connect(on_refused)
        if on_progress is not None:
            handle.progressed.connect(on_progress)
        handle.finished.connect(self._on_task_finished)
        self._running.add(handle)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.task_started.emit(handle)
        opener = self.open_services if with_services else _no_services
        (self._writes if write else self._reads).start(_Worker(fn, handle, opener))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for handle in list(self._running):
            handle.cancel()

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until every worker thread is idle (for closing the window and for tests). A runner destroyed
        with its window is idle: its pools waited for their threads as they were destroyed."""
        if not (shiboken6.isValid(self._reads) and shiboken6.isValid(self._writes)):
            return True
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)

    @Slot()
    def _on_task_finished(self) -> None:
        handle = self.sender()
        if isinstance(handle, TaskHandle):
            self._running.discard(handle)
            handle.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

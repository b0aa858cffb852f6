"""Reading a dealer's file in a child process, where a reader that aborts cannot take the application down.

The checks of :mod:`reports.xlsx.safety` refuse every file known to make python-calamine abort (an absurd
extent), but a native reader may still die on a file nobody foresaw, and an abort ends the whole process:
the window, or a batch half-recorded. So the importers never parse a dealer's file in the calling
process: :func:`run` calls a reading function in a *reader process* and gets its result back.

* **spawn**, never fork (the window runs Qt threads); the reader process is started at the first read
  and kept for the next ones (starting one costs ~0.5 s); it ends with the process that started it;
* a read whose process dies (abort, crash, killed) is tried once more in a new reader process (the
  file that killed it may have been another thread's, when two imports run at once); a file that
  kills its reader twice is refused by name: ``the spreadsheet reader crashed on this file``;
* when no process can be started at all, the file is read here, as before (logged);
* :data:`FAULT_VARIABLE` (for tests): a reader opening a file of that name calls ``os.abort()``
  (:func:`reports.xlsx.safety.read_values`), so the defence is tested with an abort in the reader itself,
  since the checks alone catch every known file. The calling process's value is passed with each read.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from coop_desk.text import Text
from reports.xlsx.safety import FAULT_VARIABLE, WorkbookRefused

__all__ = ["CRASHED", "FAULT_VARIABLE", "run"]

log = logging.getLogger(__name__)
T = TypeVar("T")

CRASHED = Text("the spreadsheet reader crashed on this file (it was stopped; nothing was read from it)")

_lock = threading.Lock()
_reader: ProcessPoolExecutor | None = None


@dataclass(frozen=True)
class _Refusal:
    """A WorkbookRefused raised in the reader process (sent back as data: it does not pickle)."""

    path: str
    reason: str


def _call(fault: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """In the reader process: ``fn(*args)``, with the caller's fault injection (tests)."""
    if fault:
        os.environ[FAULT_VARIABLE] = fault
    else:
        os.environ.pop(FAULT_VARIABLE, None)
    try:
        return fn(*args)
    except WorkbookRefused as exc:
        return _Refusal(str(exc.path), exc.reason)


def _start() -> ProcessPoolExecutor:
    from reports.xlsx.plan_pool import exit_with_parent

    return ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=exit_with_parent
    )


def _ping() -> bool:
    return True


def _executor() -> ProcessPoolExecutor:
    """The reader process, started (and seen to run) if need be; OSError when processes cannot run here."""
    global _reader
    with _lock:
        if _reader is None:
            executor = _start()
            try:
                executor.submit(_ping).result()
            except BrokenProcessPool as exc:  # it died before reading anything: no reader processes here
                executor.shutdown(wait=False, cancel_futures=True)
                raise OSError(f"a reader process does not start ({exc})") from None
            _reader = executor
        return _reader


def prestart() -> None:
    """Start the reader process in the background (a batch that will need it soon): the caller goes on
    while it boots; the first :func:`run` waits for it. Nothing is raised here (``run`` reports)."""

    def start() -> None:
        try:
            _executor()
        except Exception as exc:  # no processes here: run() falls back and says so
            log.debug("the reader process did not start in advance (%s)", exc)

    threading.Thread(target=start, name="coopdesk-reader-start", daemon=True).start()


def _discard(executor: ProcessPoolExecutor) -> None:
    global _reader
    with _lock:
        if _reader is executor:
            _reader = None
    executor.shutdown(wait=False, cancel_futures=True)


def run(path: Path | str, fn: Callable[..., T], *args: Any, attempts: int = 2) -> T:
    """``fn(*args)`` (a module-level function reading ``path``) in the reader process; its result, or the
    WorkbookRefused it raised. A reader process that dies ``attempts`` times on it refuses ``path`` by name."""
    fault = os.environ.get(FAULT_VARIABLE, "")
    for _attempt in range(attempts):
        try:
            executor = _executor()
            future = executor.submit(_call, fault, fn, args)
        except BrokenProcessPool:  # it died under another thread's read: start a new one
            _discard(executor)
            continue
        except (OSError, ValueError, NotImplementedError, RuntimeError) as exc:  # no processes here
            log.warning("reading %s in this process: cannot start a reader process (%s)", Path(path).name, exc)
            return fn(*args)
        try:
            result: T | _Refusal = future.result()
        except BrokenProcessPool:
            log.warning("the reader process died reading %s", Path(path).name)
            _discard(executor)
            continue
        if isinstance(result, _Refusal):
            raise WorkbookRefused(result.path, result.reason)
        return result
    raise WorkbookRefused(path, CRASHED)

"""Reading many returned drafts on every core: a spawn-context process pool for large batches.

Reading and checking a draft (unzip, parse the sheet XML, check every cell) is pure CPU work that needs
no database, so a batch of hundreds of files is read by worker processes while recording stays in the
calling process, serially, as before. Only ``import_plans`` uses this, and only for batches of
:data:`PARALLEL_MIN_FILES` files or more: starting a worker costs a fresh interpreter (~0.15 s: what a
worker imports and unpickles, this module, :mod:`reports.xlsx.plan_reading` and the plain
:class:`~reports.xlsx.plan_reading.ReadingYear`, pulls in neither the services nor SQLAlchemy nor openpyxl;
tests/integration/test_reader_imports.py keeps it so).

* **spawn, never fork**: the window imports from a Qt worker thread, and forking a process that runs
  threads (Qt's among them) can deadlock the child; spawn is also the only method on Windows.
* the workers get the programme years the batch may name (read once, up front); a file naming a year
  they do not know is handed back with the year, which the calling process looks up (and refuses);
* a worker watches the process that started it and ends with it, so a killed import leaves no
  processes behind;
* whatever goes wrong with the pool itself (no way to start processes, a worker killed) falls back to
  ``parse_here`` for the remaining files: the pool is an optimisation, never a new way to fail. The
  importer's ``parse_here`` reads each file in the reader process (reports.xlsx.isolated), so a worker
  killed by an aborting reader costs the batch nothing but that one file, refused by name when it kills
  the reader process too; nothing of a dealer's file is ever parsed in the calling process. Results
  come back in the files' order, one per file.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import threading
from collections.abc import Callable, Generator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coop_desk.errors import NotFound
from reports.xlsx.safety import Limits

if TYPE_CHECKING:
    from reports.xlsx.plan_reading import PlanYear

__all__ = ["PARALLEL_MIN_FILES", "PoolReading", "worker_count"]

log = logging.getLogger(__name__)

#: Below this many files the batch is read in the calling process (a worker's start-up would not pay).
PARALLEL_MIN_FILES = 64
#: Files read with ``parse_here`` (the reader process) while the workers start (an interpreter each).
AT_HOME = 48
_MAX_WORKERS = 8
_CHUNK = 16  # files a worker is given at a time, at most


def worker_count(files: int) -> int:
    """How many worker processes a batch of ``files`` drafts gets: one per core but the one recording."""
    if files < PARALLEL_MIN_FILES:
        return 0
    cores = os.cpu_count() or 1
    return max(1, min(cores - 1, _MAX_WORKERS, files // 32))  # one core stays with the recording


@dataclass(frozen=True)
class HandBack:
    """The worker could not decide this file (its year is not one it was given): the caller looks the
    year up (a refusal naming it, or the file read again with it)."""

    path: Path
    year: int = 0


# -- in the worker process -----------------------------------------------------------------------
_worker_state: dict[str, Any] = {}


def _init(
    views: Mapping[int, PlanYear], year: int | None, dealer: str | None, limits: Limits, engine: str | None
) -> None:
    _worker_state.update(views=views, year=year, dealer=dealer, limits=limits, engine=engine)
    exit_with_parent()


def exit_with_parent() -> None:
    """A worker ends as soon as the process that started it is gone (killed, crashed): never an orphan."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="coopdesk-parent-watch", daemon=True).start()


def _lookup(year: int) -> PlanYear:
    views: Mapping[int, PlanYear] = _worker_state["views"]
    if year not in views:
        _worker_state["unknown_year"] = year  # parse_one turns the raise into a refusal; hand the file back
        raise NotFound()  # never shown: the file is read again in the calling process
    return views[year]


def _parse(path: Path) -> Any:
    from reports.xlsx.plan_reading import parse_one  # here: a process importing this module loads no reader yet

    s = _worker_state
    s["unknown_year"] = None
    result = parse_one(path, _lookup, year=s["year"], dealer=s["dealer"], limits=s["limits"], engine=s["engine"])
    return HandBack(path, s["unknown_year"]) if s["unknown_year"] is not None else result


def parse_isolated(
    path: Path, views: Mapping[int, PlanYear], year: int | None, dealer: str | None, limits: Limits, engine: str | None
) -> Any:
    """One file read as a worker reads it, in the reader process (reports.xlsx.isolated)."""
    _worker_state.update(views=views, year=year, dealer=dealer, limits=limits, engine=engine)
    return _parse(path)


def parse_many_isolated(
    paths: list[Path],
    views: Mapping[int, PlanYear],
    year: int | None,
    dealer: str | None,
    limits: Limits,
    engine: str | None,
) -> list[Any]:
    """A chunk of files read as a worker reads them, in the reader process (a chunk the caller took back)."""
    _worker_state.update(views=views, year=year, dealer=dealer, limits=limits, engine=engine)
    return [_parse(path) for path in paths]


# -- in the calling process ----------------------------------------------------------------------
def _parse_many(paths: Sequence[Path]) -> list[Any]:
    """A chunk of files read by a worker, in order."""
    return [_parse(path) for path in paths]


class PoolReading:
    """``parse_here(path)``'s result for every file, in order (an iterator), computed by worker processes.

    The workers start at once, when this is made, and get the whole batch in chunks, so they read on
    while the caller does other work (the glance at every file, recording); the first ``at_home`` files
    are read with ``parse_here`` meanwhile (they are asked for first). When the caller asks for a file
    whose chunk is not back yet, it does not wait idle: it takes back the last chunk no worker has
    started and reads it itself (work stealing), so the caller and the workers finish together whatever
    the cores and however long recording takes. A :class:`HandBack` from a worker, and every file left
    when the pool breaks, is read with ``parse_here`` instead. :meth:`close` cancels: pending files are
    dropped, the workers end.
    """

    def __init__(
        self,
        files: Sequence[Path],
        views: Mapping[int, PlanYear],
        parse_here: Callable[[Path], Any],
        *,
        year: int | None,
        dealer: str | None,
        limits: Limits,
        engine: str | None,
        workers: int,
        at_home: int = 0,
        parse_chunk_here: Callable[[list[Path]], list[Any]] | None = None,
    ) -> None:
        self._files = files
        self._parse_here = parse_here
        self._parse_chunk_here = parse_chunk_here  # a stolen chunk in one go (one round trip to the reader)
        self._pool: ProcessPoolExecutor | None = None
        at_home = min(at_home, len(files))
        self._sent: dict[int, Future[list[Any]]] = {}  # index → the future of the chunk that holds it
        self._chunks: dict[Future[list[Any]], list[int]] = {}  # a chunk's future → its files' indexes
        self._order: list[Future[list[Any]]] = []  # the chunks in the order they were given out
        self._done: dict[int, Any] = {}  # index → result, read but not yet taken
        self.from_workers = 0  # files a worker process read (logged at the end: the frozen build's test)
        try:
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init,
                initargs=(views, year, dealer, limits, engine),
            )
            size = max(1, min(_CHUNK, (len(files) - at_home) // (max(1, workers) * 4)))
            for start in range(at_home, len(files), size):  # all of it: the workers start now and read on
                chunk = list(range(start, min(start + size, len(files))))
                future = self._pool.submit(_parse_many, [files[i] for i in chunk])
                self._chunks[future] = chunk
                self._order.append(future)
                for index in chunk:
                    self._sent[index] = future
        except (OSError, ValueError, NotImplementedError, BrokenProcessPool, RuntimeError) as exc:  # no processes
            log.warning("reading drafts in one process: cannot start workers (%s)", exc)
            self._stop_pool()
        self._iterator = self._collect(at_home)

    def __iter__(self) -> PoolReading:
        return self

    def __next__(self) -> Any:
        return next(self._iterator)

    def close(self) -> None:
        if hasattr(self, "_iterator"):
            self._iterator.close()
        self._stop_pool()
        log.info("%d of %d drafts were read by worker processes", self.from_workers, len(self._files))

    def _stop_pool(self) -> None:
        """No more workers: the files they did not deliver are read here (a broken pool, a cancel, the end)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        for index, future in list(self._sent.items()):
            if not (future.done() and not future.cancelled() and future.exception() is None):
                del self._sent[index]  # read here when asked for

    def _take(self, future: Future[list[Any]]) -> None:
        """A finished chunk's results into ``_done``."""
        results = future.result()
        self.from_workers += len(results)
        for index, result in zip(self._chunks.pop(future), results, strict=True):
            self._sent.pop(index, None)
            self._done[index] = result

    def _steal(self) -> bool:
        """Take back the last chunk no worker has started and read it here; False when there is none
        (chunks start in the order given out, so only the last can still be pending)."""
        while self._order and self._order[-1] not in self._chunks:
            self._order.pop()  # taken already
        if not self._order or not self._order[-1].cancel():
            return False
        chunk = self._chunks.pop(self._order.pop())
        for index in chunk:
            del self._sent[index]
        if self._parse_chunk_here is not None:
            results = self._parse_chunk_here([self._files[i] for i in chunk])
        else:
            results = [self._here(index) for index in chunk]
        self._done.update(zip(chunk, results, strict=True))
        return True

    def _here(self, index: int) -> Any:
        return self._parse_here(self._files[index])

    def _collect(self, at_home: int) -> Generator[Any, None, None]:
        for index in range(at_home):
            yield self._here(index)
        for index in range(at_home, len(self._files)):
            while index not in self._done:
                future = self._sent.get(index)
                try:
                    if future is None:  # no pool, or it broke: read it here
                        self._done[index] = self._here(index)
                    elif future.done():
                        self._take(future)
                    elif not self._steal():
                        wait([future], return_when=FIRST_COMPLETED)
                except (BrokenProcessPool, OSError, EOFError, pickle.PicklingError) as exc:
                    log.warning("the draft reader pool broke at file %d (%s); reading the rest here", index, exc)
                    self._stop_pool()
            result = self._done.pop(index)
            yield self._here(index) if isinstance(result, HandBack) else result
        self._stop_pool()

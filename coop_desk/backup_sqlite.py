"""SQLite backup and restore: a consistent copy of the live file and its attachments, and the restore that
checks and upgrades the backup's database in a temporary file beside the target, then puts it in place in
one rename holding the target's exclusive lock (the target is untouched until then)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from coop_desk.backup_checks import check_copy, check_sqlite
from coop_desk.backup_manifest import ATTACHMENTS, SQLITE_MEMBER
from coop_desk.backup_target import LOCK_TIMEOUT, uri
from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.schema_refusals import schema_refusal
from coop_desk.text import Text
from models.db import SchemaRefused, make_engine, sqlite_url, upgrade

__all__ = ["attachment_files", "restore_sqlite", "sqlite_copy"]


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (the online backup API), as a single file (no WAL)."""
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise Refused(Problem(str(source), Text("cannot be backed up: {reason}", reason=str(exc)))) from exc
    finally:
        src.close()


def attachment_files(folder: Path) -> list[tuple[Path, str]]:
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith(".incoming-"):
            out.append((path, f"{ATTACHMENTS}/{path.relative_to(folder).as_posix()}"))
    return out


def restore_sqlite(backup_file: Path, target: Path, revision: str, expected: dict[str, int]) -> int:
    """Check the backup's database in a temporary folder beside ``target``, upgrade it there, then put it in
    place with one rename (after the attachments, which merge). The target is untouched until the rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".restoring"))
    try:
        copy = work / target.name
        with zipfile.ZipFile(backup_file) as zf:
            with zf.open(SQLITE_MEMBER) as src, open(copy, "wb") as out:
                shutil.copyfileobj(src, out)
                out.flush()
                os.fsync(out.fileno())
            check_sqlite(copy, backup_file)
            check_copy(copy, backup_file, revision, expected)
            _upgrade_copy(copy, backup_file)
            count = _restore_attachments(zf, target.parent / ATTACHMENTS)
        _seal(copy, target)
        _put_in_place(copy, target)
        return count
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InvalidInput(Problem(str(backup_file), Text("cannot be restored: {reason}", reason=str(exc)))) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _upgrade_copy(copy: Path, backup_file: Path) -> None:
    """An older backup is brought to this version's schema in its temporary place (no pre-upgrade copy)."""
    engine = make_engine(sqlite_url(copy))
    try:
        upgrade(engine, copy_first=False)
    except SchemaRefused as exc:
        raise schema_refusal(exc) from None
    finally:
        engine.dispose()


def _seal(copy: Path, target: Path) -> None:
    """The copy as one self-contained file (no WAL beside it), on disk, with the target's permissions."""
    conn = sqlite3.connect(str(copy), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    with open(copy, "rb+") as fh:
        os.fsync(fh.fileno())
    if target.exists():
        mode = stat.S_IMODE(target.stat().st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(copy, mode)


def _put_in_place(copy: Path, target: Path) -> None:
    """Replace ``target`` by ``copy`` in one rename, holding the target's exclusive lock so that no other
    connection has it open (refused when one has: another CoopDesk is using it)."""
    lock = _exclusive_lock(target)
    try:
        if lock is not None and os.name == "nt":  # Windows cannot rename over an open file
            lock.close()
            lock = None
        os.replace(copy, target)
        for suffix in ("-wal", "-shm", "-journal"):  # the old file's (empty) logs must not meet the new one
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        _fsync_folder(target.parent)
    finally:
        if lock is not None:
            lock.close()


def _exclusive_lock(target: Path) -> sqlite3.Connection | None:
    """A connection holding ``target``'s exclusive lock, or a refusal naming the file when another
    connection (another CoopDesk, another program) has it open; None when there is no database there yet.
    A log left by a crash is merged first, so that it cannot be applied to the restored file."""
    if not target.exists() or target.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(uri(target, "rw"), uri=True, timeout=LOCK_TIMEOUT, isolation_level=None)
    except sqlite3.Error as exc:
        why = Text("cannot be replaced: {reason}", reason=str(exc))
        raise Refused(Problem(str(target), why)) from exc
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        if Path(f"{target}-wal").is_file() and Path(f"{target}-wal").stat().st_size:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.Error as exc:
        conn.close()
        why = Text(
            "is open in another CoopDesk window or program; close it there, then restore again (nothing was changed)"
        )
        raise Refused(Problem(str(target), why)) from exc
    return conn


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _restore_attachments(zf: zipfile.ZipFile, folder: Path) -> int:
    """Attachments are named by their hash, so restoring merges: a file already there is the same file."""
    count = 0
    for info in zf.infolist():
        parts = PurePosixPath(info.filename).parts
        if len(parts) != 3 or parts[0] != ATTACHMENTS or info.is_dir():
            continue
        path = folder / parts[1] / parts[2]
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(path, "wb") as out:
                shutil.copyfileobj(src, out)
        count += 1
    return count

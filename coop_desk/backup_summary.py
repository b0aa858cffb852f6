"""What a backup file holds, told before it is restored: when and by which version it was written, its
kind, its programme years and its row counts (the window shows this and asks to confirm a restore).

The manifest is checked as a restore checks it (:func:`coop_desk.backup_manifest.read_manifest`): a file that is
not a CoopDesk backup is refused by name. The years are read from a SQLite backup's database, copied to a
temporary file (the backup is never opened in place); a PostgreSQL dump is not read (its years are not told).
No Qt here.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from coop_desk.backup_manifest import SQLITE_MEMBER, manifest_rows, read_manifest
from coop_desk.errors import InvalidInput, Problem
from coop_desk.text import Text

__all__ = ["BackupSummary", "summarise_backup"]


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    kind: str  # "sqlite" or "postgresql"
    created: str  # ISO 8601, as the manifest has it ("" when it does not say)
    version: str  # the CoopDesk version that wrote it ("" when it does not say)
    revision: str
    attachments: int
    rows: dict[str, int] = field(default_factory=dict)
    years: tuple[int, ...] = ()  # the programme years in the backup (empty for a PostgreSQL dump)

    def count(self, table: str) -> int:
        return self.rows.get(table, 0)


def summarise_backup(backup_file: Path | str) -> BackupSummary:
    """The backup's manifest and years; InvalidInput naming the file when it is not a readable backup."""
    path = Path(backup_file)
    manifest = read_manifest(path)
    rows = manifest_rows(manifest, path)
    kind = str(manifest["kind"])
    attachments = manifest.get("attachments")
    return BackupSummary(
        path=path,
        kind=kind,
        created=str(manifest.get("created") or ""),
        version=str(manifest.get("version") or ""),
        revision=str(manifest.get("revision") or ""),
        attachments=attachments if type(attachments) is int else 0,
        rows=rows,
        years=_years(path) if kind == "sqlite" else (),
    )


def _years(path: Path) -> tuple[int, ...]:
    with tempfile.TemporaryDirectory(prefix="coopdesk-summary-") as tmp:
        copy = Path(tmp) / SQLITE_MEMBER
        try:
            with zipfile.ZipFile(path) as zf, zf.open(SQLITE_MEMBER) as src, open(copy, "wb") as out:
                shutil.copyfileobj(src, out)
            conn = sqlite3.connect(f"file:{copy.as_posix()}?mode=ro", uri=True)
            try:
                found = conn.execute("SELECT year FROM programme_year ORDER BY year").fetchall()
            finally:
                conn.close()
        except (zipfile.BadZipFile, OSError, EOFError, sqlite3.Error) as exc:
            why = Text("is not a readable CoopDesk backup: {reason}", reason=str(exc))
            raise InvalidInput(Problem(str(path), why)) from exc
    return tuple(int(y) for (y,) in found)

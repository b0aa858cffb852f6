"""The format of a backup file (its members and ``manifest.json``) and the checks of its manifest: a CoopDesk
backup with safe member names, a schema revision this version knows, row counts for every table."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path, PurePosixPath

from coop_desk.errors import InvalidInput, Problem, Refused
from coop_desk.text import Text
from models.db import known_revisions, program_version

__all__ = [
    "ATTACHMENTS",
    "FORMAT",
    "MANIFEST",
    "PG_MEMBER",
    "SQLITE_MEMBER",
    "SUFFIX",
    "known_revision",
    "manifest_rows",
    "read_manifest",
]


FORMAT = 1


SUFFIX = ".coopdesk-backup"


MANIFEST = "manifest.json"


SQLITE_MEMBER = "database.sqlite"


PG_MEMBER = "database.pgdump"


ATTACHMENTS = "attachments"


def read_manifest(backup_file: Path | str) -> dict[str, object]:
    """The backup's manifest, after checking the file is a CoopDesk backup with safe member names."""
    path = Path(backup_file)
    where = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                pure = PurePosixPath(name)
                if pure.is_absolute() or ".." in pure.parts or "\\" in name or ":" in name:
                    why = Text("holds a member with an unsafe name: {name}", name=repr(name))
                    raise InvalidInput(Problem(where, why))
            try:
                manifest = json.loads(zf.read(MANIFEST))
            except KeyError:
                raise InvalidInput(Problem(where, Text("is not a CoopDesk backup (no manifest.json)"))) from None
            if not isinstance(manifest, dict):
                raise InvalidInput(Problem(where, Text("is not a CoopDesk backup: its manifest is not a JSON object")))
            member = SQLITE_MEMBER if manifest.get("kind") == "sqlite" else PG_MEMBER
            if member not in zf.namelist():
                raise InvalidInput(Problem(where, Text("is incomplete: {member} is missing", member=member)))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RecursionError) as exc:
        why = Text("is not a readable CoopDesk backup: {reason}", reason=str(exc))
        raise InvalidInput(Problem(where, why)) from exc
    if manifest.get("format") != FORMAT:
        raise InvalidInput(Problem(where, Text("is a backup of an unknown format (written by a newer CoopDesk?)")))
    if manifest.get("kind") not in ("sqlite", "postgresql"):
        why = Text("names an unknown database kind {kind}", kind=repr(manifest.get("kind")))
        raise InvalidInput(Problem(where, why))
    return manifest


def known_revision(manifest: dict[str, object], backup_file: Path) -> str:
    """The backup's schema revision, refused when this version does not know it (a newer CoopDesk made it)."""
    revision = manifest.get("revision")
    if not isinstance(revision, str) or not revision:
        raise InvalidInput(Problem(str(backup_file), Text("its manifest names no schema revision")))
    if revision not in known_revisions():
        made_by = manifest.get("version")
        raise Refused(
            Problem(
                str(backup_file),
                Text(
                    "was made by CoopDesk {version} at schema revision {revision}, which this version ({ours}) "
                    "does not know; restore it with CoopDesk {version} or newer",
                    version=str(made_by) if isinstance(made_by, str) and made_by else Text("(a newer version)"),
                    revision=revision,
                    ours=program_version(),
                ),
            )
        )
    return revision


def manifest_rows(manifest: dict[str, object], backup_file: Path) -> dict[str, int]:
    rows = manifest.get("rows")
    if not isinstance(rows, dict) or not all(isinstance(k, str) and type(v) is int and v >= 0 for k, v in rows.items()):
        why = Text("its manifest has no row counts (a table name and a whole number for each table)")
        raise InvalidInput(Problem(str(backup_file), why))
    return dict(rows)

"""Opening a database: URL resolution, engine set-up, migrations and the unit of work."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

ENV_VAR = "COOP_DESK_DB"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def default_data_dir() -> Path:
    """The user's data directory (platformdirs), overridable with COOP_DESK_DATA_DIR."""
    override = os.environ.get("COOP_DESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("CoopDesk", appauthor=False)


def error_log_file() -> Path:
    """Where unexpected errors are logged, by the window and the command line alike."""
    return default_data_dir() / "logs" / "coopdesk-errors.log"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve().as_posix()}"


def resolve_url(cli_url: str | None = None) -> str:
    """``--db`` wins over ``COOP_DESK_DB``, which wins over the default file."""
    if cli_url:
        return normalise_url(cli_url)
    env = os.environ.get(ENV_VAR)
    if env:
        return normalise_url(env)
    return sqlite_url(default_data_dir() / "coopdesk.sqlite")


def normalise_url(url: str) -> str:
    """Accept a bare file path for SQLite and plain ``postgresql://`` for psycopg 3."""
    if "://" not in url:
        return sqlite_url(Path(url))
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # The driver would open a transaction only at the first INSERT/UPDATE, after the reads that decided
    # it (a duplicate check, the remaining allocation) ran outside any transaction. With its own BEGIN
    # switched off, _sqlite_begin opens every transaction, and decides how.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


#: Execution option of a connection whose transactions only read (``Database.reading``): on SQLite they
#: begin DEFERRED and take no write lock.
READ_ONLY = "coop_desk_read_only"


def _sqlite_begin(conn: Any) -> None:
    """Every unit of work on SQLite begins IMMEDIATE: it takes the write lock before its first read, so
    two processes that read and then write (file a claim after the duplicate check, approve within the
    remaining allocation) run one after the other, as row locks make them on PostgreSQL. The second one
    waits (busy timeout) and then reads what the first committed. Reading sessions begin DEFERRED."""
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def _sqlite_read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def read_only_folder(url: str) -> Path | None:
    """The folder of an existing SQLite file when this process cannot write there (no journal, WAL or copy can
    be made beside the file), else None."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    folder = path.resolve().parent
    return None if os.access(folder, os.W_OK) else folder


def _read_only_uri(path: Path) -> str:
    """``file:…?mode=ro``; with ``immutable=1`` when there is no WAL to read (its shared-memory file cannot be
    made in a read-only folder, and nothing can write the file there meanwhile)."""
    from urllib.parse import quote

    resolved = path.resolve()
    uri = f"file:{quote(resolved.as_posix(), safe='/:')}?mode=ro"
    wal, shm = resolved.with_name(resolved.name + "-wal"), resolved.with_name(resolved.name + "-shm")
    has_wal = wal.is_file() and wal.stat().st_size > 0
    if not has_wal or not (shm.is_file() and os.access(shm, os.R_OK)):
        uri += "&immutable=1"
    return uri


def make_engine(url: str) -> Engine:
    """An engine with the project's settings (SQLite: WAL, foreign keys, a busy timeout, BEGIN IMMEDIATE).

    A SQLite file in a folder this process cannot write is opened read-only (``mode=ro``, no WAL switch):
    reading works; :attr:`Database.read_only` tells the services to refuse writing."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None and read_only_folder(url) is not None:
            import sqlite3

            uri = _read_only_uri(path)
            engine = create_engine(
                url, creator=lambda: sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
            )
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
            event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
            return engine
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config  # alembic is imported only when needed: start-up stays fast

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _file_heads() -> set[str] | None:
    """The head revisions, read from the ``revision``/``down_revision`` lines of the migration files without
    importing alembic (a third of a second at start-up); None when a file is not that simple."""
    import ast
    import re

    line = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        if path.name == "__init__.py":
            continue
        try:
            found = {key: ast.literal_eval(value) for key, value in line.findall(path.read_text(encoding="utf-8"))}
        except (ValueError, SyntaxError, OSError):
            return None
        if not isinstance(found.get("revision"), str):
            return None
        revisions.add(found["revision"])
        down = found.get("down_revision")
        parents.update([down] if isinstance(down, str) else list(down or ()))
    return revisions - parents or None


def _at_head(engine: Engine) -> bool:
    """True when the database is known to be at the one head revision (read with plain SQL)."""
    heads = _file_heads()
    if heads is None or len(heads) != 1:
        return False
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))} == heads


class SchemaRefused(ValueError):
    """This version cannot open the database; nothing was changed (no table added, no copy made).

    ``reason`` names the case (a key of SENTENCES) and ``details`` fill its sentence; ``coop_desk.schema_refusals``
    turns it into a translated refusal (``schema_refusal``). Plain English here: models sits below
    coop_desk and its Text."""

    SENTENCES = {
        "not_a_database": "is not a SQLite database ({detail}); CoopDesk opens only its own database files",
        "foreign": "is not a CoopDesk database: it holds other tables ({tables}) and no CoopDesk schema "
        "revision; CoopDesk does not add its tables to another application's database",
        "newer": "was written by a newer CoopDesk: its schema revision {revision} is not one that this version "
        "({version}) knows; open it with the version that wrote it, or a newer one",
        "read_only_old": "is in a read-only folder ({folder}) and at schema revision {revision}: it needs an "
        "upgrade (and a copy made first), which cannot be written there; open it where it can be written",
        "foreign_key": "the schema upgrade to revision {revision} was stopped because it would leave rows that "
        "refer to missing rows ({detail}); the database stays at its previous revision",
    }

    def __init__(self, where: str, reason: str, **details: str) -> None:
        self.where = where
        self.reason = reason
        self.details = details
        super().__init__(f"{where}: {self.SENTENCES[reason].format(**details)}")


class ReadOnlyDatabase(RuntimeError):
    """A change asked of a SQLite file opened read-only (its folder cannot be written); nothing was changed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(f"the database folder is read-only: {folder}; nothing was changed (reading works)")


def program_version() -> str:
    """This CoopDesk's version (the installed package's, else pyproject's)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coop-desk")
    except PackageNotFoundError:
        return "0.1.0"


def known_revisions() -> set[str]:
    """Every schema revision this version's migrations know."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def database_label(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def _not_a_database(exc: BaseException) -> BaseException | None:
    """The driver's "file is not a database" (not a lock or a missing folder), else None."""
    import sqlite3

    inner = getattr(exc, "orig", None) or exc
    if type(inner) is sqlite3.DatabaseError:  # SQLITE_NOTADB, SQLITE_CORRUPT: not a lock, not a constraint
        return inner
    return None


def checked_revision(engine: Engine, where: str | None = None) -> str | None:
    """The database's revision, after refusing what this version must not touch: a file that is not a
    database, another application's tables without CoopDesk's revision, a revision this version does not
    know (a newer CoopDesk). Only reads (a DEFERRED transaction on SQLite)."""
    import sqlite3

    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError

    where = where or database_label(str(engine.url))
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as conn:
            tables = set(inspect(conn).get_table_names())
            versions: list[str] = []
            if "alembic_version" in tables:
                versions = [str(row[0]) for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        inner = _not_a_database(exc)
        if inner is None:
            raise
        raise SchemaRefused(where, "not_a_database", detail=str(inner)) from None
    unknown = sorted(set(versions) - known_revisions())
    if unknown:
        raise SchemaRefused(where, "newer", revision=", ".join(unknown), version=program_version())
    others = sorted(t for t in tables - {"alembic_version"} if not t.startswith("sqlite_"))
    if not versions and others:
        shown = ", ".join(others[:5]) + (", …" if len(others) > 5 else "")
        raise SchemaRefused(where, "foreign", tables=shown)
    return versions[0] if versions else None


def check_sqlite_untouched(path: Path, where: str) -> None:
    """:func:`checked_revision` of an existing SQLite file read as it is: opened read-only, without the
    project's pragmas, so a file this version must refuse (another application's, a newer CoopDesk's, not
    a database) is refused before anything is written to it: not even its journal mode is changed (the
    everyday connection switches a file to WAL, which rewrites its header)."""
    import sqlite3

    from sqlalchemy.pool import NullPool

    try:
        with path.open("rb") as fh:
            header = fh.read(20)
    except OSError:
        return  # the everyday open says what is wrong
    if header[:16] == b"SQLite format 3\x00" and header[18:20] == b"\x02\x02":
        return  # already in WAL mode (as every CoopDesk file is): the everyday connection changes nothing
    uri = path.resolve().as_uri() + "?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool)
    try:
        checked_revision(engine, where)
    except SchemaRefused:
        raise
    except Exception as exc:  # noqa: BLE001  (a lock, say: the everyday open decides, as before)
        log.debug("the untouched check of %s could not run (%s)", path, exc)
    finally:
        engine.dispose()


def upgrade(engine: Engine, revision: str = "head", *, copy_first: bool = True) -> None:
    """Bring the schema to ``revision``; a SQLite file is copied aside first if it holds data (unless
    ``copy_first`` is False: a restore upgrades its own temporary copy).

    Refuses (SchemaRefused, before any copy or change) a file that is not a database, another application's
    database and one written by a newer CoopDesk. Each migration runs in one transaction with its revision
    stamp (models/migrations/env.py): a kill leaves the old or the new revision, never a schema between."""
    try:
        if revision == "head" and _at_head(engine):
            return  # the usual case, checked without loading alembic at all
    except Exception as exc:  # noqa: BLE001  (a text file given as --db: refused below, by checked_revision)
        if _not_a_database(exc) is None:
            raise
    current = checked_revision(engine)
    if current is not None and current == head_revision() and revision == "head":
        return  # the usual case: nothing to do, and alembic's command machinery is not even loaded
    if current is not None and revision == "head" and copy_first:
        backup_before_upgrade(engine, current)
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def backup_before_upgrade(engine: Engine, current: str) -> Path | None:
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.before-{current}-{stamp}{path.suffix}")
    import sqlite3

    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("backed up %s to %s before upgrading the schema", path, target)
    return target


class Database:
    """One database: its engine, its session factory and the unit of work."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        #: The folder of a SQLite file opened read-only (this process cannot write there), else None.
        self.read_only_folder = read_only_folder(url)
        self.engine = make_engine(url)
        if migrate:
            try:
                if self.read_only_folder is None:
                    path = sqlite_path(url)
                    if path is not None and path.is_file() and path.stat().st_size > 0:
                        check_sqlite_untouched(path, database_label(url))
                    upgrade(self.engine)
                else:  # no upgrade and no copy can be written there: the schema must be current already
                    current = checked_revision(self.engine)
                    if current != head_revision():
                        raise SchemaRefused(
                            database_label(url),
                            "read_only_old",
                            folder=str(self.read_only_folder),
                            revision=current or "none",
                        )
            except BaseException:
                self.engine.dispose()
                raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)

    @classmethod
    def from_engine(cls, engine: Engine) -> Database:
        db = cls.__new__(cls)
        db.url = str(engine.url)
        db.read_only_folder = None
        db.engine = engine
        db._sessions = sessionmaker(engine, expire_on_commit=False)
        db._readers = sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
        return db

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def directory(self) -> Path | None:
        """Where files beside a SQLite database go (None for a server database)."""
        path = sqlite_path(self.url)
        return path.parent if path is not None else None

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session whose work is committed once at the end, or rolled back on any error.

        Raises :class:`ReadOnlyDatabase` at once on a SQLite file opened read-only."""
        if self.read_only_folder is not None:
            raise ReadOnlyDatabase(self.read_only_folder)
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads (rolled back at the end; on SQLite it takes no write lock)."""
        session = self._readers()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

"""The PostgreSQL roles of a shared database: who owns the schema, what the application role may do.

Two kinds of PostgreSQL role meet a shared CoopDesk database:

* the **database owner** (the role that owns the database, e.g. ``coopdesk_owner``): it creates and upgrades
  the schema, so it owns every table; CoopDesk connects as it only for ``db init``, ``db grant``,
  ``db upgrade``, ``restore`` and ``demo --replace``, with credentials asked for each time;
* the **application role(s)** (e.g. ``coopdesk_app``, the user of the everyday ``--db`` URL): they own no
  table, so they cannot alter the schema, disable a trigger or truncate; they may SELECT/INSERT/UPDATE/DELETE
  the programme's tables (the users table included: the services decide who may change it), only SELECT and
  INSERT the audit trail, only SELECT the schema revision, and use the sequences.

The everyday connection never changes the schema: a database at another revision is refused, naming the
command that brings it up to date (:func:`require_current_schema`). No Qt here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from coop_desk.connection_errors import connection_refusal
from coop_desk.errors import PermissionDenied, Refused
from coop_desk.text import Text
from models.db import Database, current_revision, head_revision, is_sqlite, make_engine, upgrade

#: Tables the application role may only read and append to, or only read.
APPEND_ONLY = ("audit_event",)
READ_ONLY = ("alembic_version",)


def label(url: str) -> str:
    """The database named for people: host and database, never the password."""
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}/{parsed.database or ''}"


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


# -- the everyday connection --------------------------------------------------------------------------------
def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from models.db import MIGRATIONS

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def require_current_schema(engine: Engine) -> None:
    """Refuse a PostgreSQL database whose schema is not this version's (the everyday role cannot upgrade it)."""
    url = str(engine.url)
    try:
        revision = current_revision(engine)
    except OperationalError as exc:
        raise connection_refusal(url, exc) from exc
    head = head_revision()
    if revision == head:
        return
    if revision is None:
        raise Refused(
            Text(
                "the database {database} holds no CoopDesk schema yet: the PostgreSQL role that owns it sets it up "
                "with `coop-desk db init --admin-user ROLE --owner NAME`",
                database=label(url),
            )
        )
    if revision not in _known_revisions():
        raise Refused(
            Text(
                "the database {database} is at revision {revision}, which this CoopDesk does not know "
                "(a newer CoopDesk wrote it): use that version",
                database=label(url),
                revision=revision,
            )
        )
    raise Refused(
        Text(
            "the database is at revision {revision}, this CoopDesk needs {head}: run `coop-desk db upgrade "
            "--admin-user ROLE` with the database owner's credentials",
            revision=revision,
            head=head,
        )
    )


def open_database(url: str) -> Database:
    """The database for everyday work: a SQLite file is migrated as it opens; PostgreSQL must be at head."""
    if is_sqlite(url):
        return Database(url)
    db = Database(url, migrate=False)
    try:
        require_current_schema(db.engine)
    except BaseException:
        db.dispose()
        raise
    return db


# -- the database owner -------------------------------------------------------------------------------------
def owner_url(url: str, role: str, password: str) -> str:
    """``url`` with the database owner's credentials instead of the everyday ones."""
    return make_url(url).set(username=role, password=password).render_as_string(hide_password=False)


def connect_as_owner(url: str, role: str, password: str) -> Engine:
    """An engine connected as ``role``, after checking that it owns the database (or is a superuser)."""
    engine = make_engine(owner_url(url, role, password))
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT pg_get_userbyid(d.datdba), r.rolsuper, pg_has_role(current_user, d.datdba, 'USAGE') "
                    "FROM pg_database d JOIN pg_roles r ON r.rolname = current_user "
                    "WHERE d.datname = current_database()"
                )
            ).one()
    except OperationalError as exc:  # not reached, or the owner's password refused: one sentence, no traceback
        engine.dispose()
        raise connection_refusal(url, exc, role=role) from exc
    except DBAPIError as exc:
        engine.dispose()
        raise PermissionDenied(
            Text(
                "cannot connect to {database} as {role}: {reason}", database=label(url), role=role, reason=_reason(exc)
            )
        ) from exc
    owner, superuser, member = row
    if not (superuser or member):
        engine.dispose()
        raise PermissionDenied(
            Text(
                "{role} does not own the database {database} (its owner is {owner}): give the owner's credentials "
                "with --admin-user",
                role=role,
                database=label(url),
                owner=owner,
            )
        )
    return engine


def has_schema(conn: Connection) -> bool:
    return inspect(conn).has_table("app_user")


def user_count(conn: Connection) -> int:
    return int(conn.scalar(text("SELECT count(*) FROM app_user")) or 0) if has_schema(conn) else 0


def upgrade_as_owner(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to head as the owner, then grant the application roles what is new; (before, after)."""
    before = current_revision(engine)
    if before is not None and before not in _known_revisions():
        raise Refused(
            Text(
                "the database {database} is at revision {revision}, which this CoopDesk does not know "
                "(a newer CoopDesk wrote it): use that version",
                database=label(str(engine.url)),
                revision=before,
            )
        )
    upgrade(engine)
    with engine.begin() as conn:
        for role in app_roles(conn):
            grant_app_role(conn, role)
    return before, head_revision()


# -- the application roles ----------------------------------------------------------------------------------
def app_roles(conn: Connection) -> list[str]:
    """The roles granted the everyday work: those, other than its owner, that may append to the audit trail."""
    if not inspect(conn).has_table("audit_event"):
        return []
    rows = conn.execute(
        text(
            "SELECT DISTINCT r.rolname FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a "
            "JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE c.oid = to_regclass('audit_event') AND a.privilege_type = 'INSERT' AND a.grantee <> c.relowner "
            "ORDER BY r.rolname"
        )
    )
    return [row[0] for row in rows]


def everyday_roles(conn: Connection, url: str, admin: str, known: list[str]) -> list[str]:
    """``known`` and the user of the everyday URL, when that is another existing role and not a superuser."""
    roles = list(known)
    everyday = make_url(url).username
    if everyday and everyday != admin and everyday not in roles:
        superuser = conn.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"), {"r": everyday})
        if superuser is False:
            roles.append(everyday)
    return roles


def role_exists(conn: Connection, role: str) -> bool:
    count: int | None = conn.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :r"), {"r": role})
    return count == 1


def _execute(conn: Connection, query: Any) -> None:
    """A statement composed with psycopg.sql (identifiers and literals quoted by the driver)."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cur = raw.cursor()
    try:
        cur.execute(query)
    finally:
        cur.close()


def _run(conn: Connection, query: Any) -> None:
    import psycopg

    try:
        _execute(conn, query)
    except psycopg.Error as exc:
        raise Refused(Text("PostgreSQL refused to grant the privileges: {reason}", reason=_reason(exc))) from exc


def create_role(conn: Connection, role: str, password: str) -> None:
    """A LOGIN role for everyday work (the owner needs CREATEROLE, else the DBA creates it)."""
    import psycopg
    from psycopg import sql

    try:
        _execute(conn, sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password)))
    except psycopg.Error as exc:
        raise Refused(
            Text(
                "cannot create the role {role}: {reason}; ask the server's administrator to run "
                "CREATE ROLE {role} LOGIN PASSWORD '…', then run `coop-desk db grant` again",
                role=role,
                reason=_reason(exc),
            )
        ) from exc


def grant_app_role(conn: Connection, role: str) -> None:
    """Give ``role`` exactly the everyday privileges (what it had before on these tables is revoked first)."""
    from psycopg import sql

    found = conn.execute(
        text(
            "SELECT r.rolsuper, pg_has_role(:r, c.relowner, 'MEMBER'), pg_has_role(:r, d.datdba, 'MEMBER') "
            "FROM pg_roles r, pg_class c, pg_database d WHERE r.rolname = :r AND c.oid = to_regclass('audit_event') "
            "AND d.datname = current_database()"
        ),
        {"r": role},
    ).one_or_none()
    if found is None:
        raise Refused(Text("there is no role {role} (or no CoopDesk schema: run `coop-desk db init` first)", role=role))
    superuser, owns_tables, owns_database = found
    if superuser:
        raise Refused(
            Text(
                "{role} is a superuser: PostgreSQL lets it do anything, so it cannot be the application role", role=role
            )
        )
    if owns_tables or owns_database:
        raise Refused(
            Text(
                "{role} owns the database or its tables (or is a member of their owner): the application role "
                "must be another role",
                role=role,
            )
        )
    who = sql.Identifier(role)
    database = sql.Identifier(conn.scalar(text("SELECT current_database()")))
    schema = sql.Identifier(conn.scalar(text("SELECT current_schema()")))
    statements = [
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, who),
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM {}").format(schema, who),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, who),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(schema, who),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(schema, who),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(schema, who),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(schema, who),
    ]
    for table in APPEND_ONLY:
        statements += [
            sql.SQL("REVOKE ALL ON {} FROM {}").format(sql.Identifier(table), who),
            sql.SQL("GRANT SELECT, INSERT ON {} TO {}").format(sql.Identifier(table), who),
        ]
    for table in READ_ONLY:
        statements += [
            sql.SQL("REVOKE ALL ON {} FROM {}").format(sql.Identifier(table), who),
            sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(table), who),
        ]
    for statement in statements:
        _run(conn, statement)
    _revoke_public_create(conn, schema)


def _revoke_public_create(conn: Connection, schema: Any) -> None:
    """Nobody but the owner creates objects in the schema (PostgreSQL 15 and later do this by default)."""
    from psycopg import sql

    owns = conn.scalar(
        text(
            "SELECT pg_has_role(current_user, n.nspowner, 'USAGE') OR r.rolsuper FROM pg_namespace n, pg_roles r "
            "WHERE n.nspname = current_schema() AND r.rolname = current_user"
        )
    )
    if owns:
        _run(conn, sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(schema))

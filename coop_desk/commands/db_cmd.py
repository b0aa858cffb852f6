"""``coop-desk db init | grant | upgrade``: set up a shared PostgreSQL database and its roles (see coop_desk.pg_roles).

Each connects as the PostgreSQL role that owns the database (``--admin-user ROLE``, password from
``$COOP_DESK_ADMIN_PASSWORD`` or asked for): those credentials are what authorises them, since that role can
change anything in the database anyway. ``db init`` is the only way the first programme owner of a shared
database is made.
"""

from __future__ import annotations

import argparse
import getpass
import os

from sqlalchemy.engine import Engine, make_url

from coop_desk import pg_roles
from coop_desk.commands.access import add_admin_option, admin_credentials, in_a_terminal
from coop_desk.commands.common import Outcome
from coop_desk.errors import InvalidInput, Refused
from coop_desk.text import Text
from models.enums import Role

APP_PASSWORD_ENV = "COOP_DESK_APP_PASSWORD"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser(
        "db", help="set up a shared PostgreSQL database: init, grant, upgrade (as the database's owner role)"
    ).add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = db.add_parser(
        "init",
        help="create the schema, the first programme owner and the application role's privileges",
        description="Connects as the PostgreSQL role that owns the database, creates CoopDesk's tables (owned by "
        "it), the first programme owner (password from $COOP_DESK_NEW_PASSWORD or asked for twice) and grants the "
        "application role(s) their everyday privileges. Refused once the database has users.",
    )
    add_admin_option(p)
    p.add_argument("--owner", required=True, metavar="NAME", help="user name of the first programme owner")
    p.add_argument("--full-name", default="", metavar="TEXT")
    _app_role_option(p)
    p.set_defaults(handler=db_init, opens_db=False)
    p = db.add_parser(
        "grant",
        help="give application role(s) the everyday privileges (created if missing)",
        description="The role gets SELECT/INSERT/UPDATE/DELETE on the programme's tables, SELECT/INSERT on the "
        "audit trail, SELECT on the schema revision and USAGE on the sequences; it owns nothing. A missing role is "
        f"created (LOGIN, password from ${APP_PASSWORD_ENV} or asked for) if the owner role may create roles.",
    )
    add_admin_option(p)
    _app_role_option(p)
    p.set_defaults(handler=db_grant, opens_db=False)
    p = db.add_parser(
        "upgrade",
        help="bring the schema to this version (as the database's owner role)",
        description="Upgrades the schema as the role that owns the database and grants the application roles "
        "the privileges on anything new. A personal SQLite file is upgraded as it opens; this does the same.",
    )
    add_admin_option(p)
    p.set_defaults(handler=db_upgrade, opens_db=False)


def _app_role_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--app-role",
        action="append",
        metavar="ROLE",
        help="the application role (repeatable; default: the user of the --db URL, if it is not the owner role)",
    )


def _shared_url(args: argparse.Namespace, what: Text) -> str:
    from models.db import is_sqlite, resolve_url

    url = resolve_url(getattr(args, "db", None))
    if is_sqlite(url):
        raise Refused(
            Text(
                "{what} is for a shared PostgreSQL database; a personal SQLite file needs no set-up (its user is "
                "its owner)",
                what=what,
            )
        )
    return url


def _wanted_roles(args: argparse.Namespace, url: str, admin: str) -> list[str]:
    if args.app_role:
        return list(dict.fromkeys(args.app_role))
    everyday = make_url(url).username
    return [everyday] if everyday and everyday != admin else []


def _app_password(role: str) -> str:
    password = os.environ.get(APP_PASSWORD_ENV)
    if password is not None:
        return password
    if not in_a_terminal():
        raise InvalidInput(
            Text(
                "no password for the new role {role}: set {env} or run in a terminal (or create it yourself)",
                role=role,
                env=APP_PASSWORD_ENV,
            )
        )
    first = getpass.getpass(f"password for the new PostgreSQL role {role}: ")
    if getpass.getpass("the same again: ") != first:
        raise InvalidInput(Text("the two passwords differ; nothing was changed"))
    return first


def _new_role_passwords(engine: Engine, roles: list[str]) -> dict[str, str]:
    """The passwords of the roles still to create, asked for before anything is changed."""
    with engine.connect() as conn:
        missing = [role for role in roles if not pg_roles.role_exists(conn, role)]
    return {role: _app_password(role) for role in missing}


def _grant(engine: Engine, roles: list[str], passwords: dict[str, str], *, named: bool) -> tuple[list[str], list[str]]:
    """Grant each role (creating a missing one) in one transaction; (granted, skipped superusers). A superuser
    named with --app-role is refused; the default one (the --db URL's user) is only skipped, with a line."""
    from sqlalchemy import text

    granted, skipped = [], []
    with engine.begin() as conn:
        for role in roles:
            if role in passwords:
                pg_roles.create_role(conn, role, passwords[role])
            elif conn.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"), {"r": role}) and not named:
                skipped.append(role)
                continue
            pg_roles.grant_app_role(conn, role)
            granted.append(role)
    return granted, skipped


def _grant_lines(granted: list[str], skipped: list[str]) -> list[str]:
    lines = [f"application role {r}: everyday privileges granted (it owns no table)" for r in granted]
    lines += [f"{r} is a superuser: no privileges granted (it bypasses them all; use another role)" for r in skipped]
    return lines


def db_init(_services: object, args: argparse.Namespace) -> Outcome:
    from coop_desk.commands.users_cmd import new_password
    from coop_desk.services import ServiceContext, Services
    from models.db import Database

    what = Text("setting up the database")
    url = _shared_url(args, what)
    admin, password = admin_credentials(args, what)
    engine = pg_roles.connect_as_owner(url, admin, password)
    try:
        with engine.connect() as conn:
            count = pg_roles.user_count(conn)
        if count:
            raise Refused(
                Text(
                    "the database {database} has {count} user(s) already: a programme owner signs in and adds "
                    "people with `coop-desk users add`",
                    database=pg_roles.label(url),
                    count=count,
                )
            )
        owner_password = new_password(args.owner)
        roles = _wanted_roles(args, url, admin)
        passwords = _new_role_passwords(engine, roles)
        before, head = pg_roles.upgrade_as_owner(engine)
        services = Services(ServiceContext(Database.from_engine(engine), actor=admin))
        view = services.users.add(args.owner, Role.OWNER, owner_password, args.full_name)
        granted, skipped = _grant(engine, roles, passwords, named=bool(args.app_role))
    finally:
        engine.dispose()
    schema = f"created the schema (revision {head})" if before is None else f"the schema is at revision {head}"
    lines = [
        f"set up {pg_roles.label(url)} as {admin}: {schema}",
        f"first programme owner: {view.username}",
        *_grant_lines(granted, skipped),
    ]
    data = {"revision": head, "owner": view.username, "granted": granted, "skipped": skipped}
    return Outcome(lines=lines, data=data)


def db_grant(_services: object, args: argparse.Namespace) -> Outcome:
    what = Text("granting privileges")
    url = _shared_url(args, what)
    admin, password = admin_credentials(args, what)
    engine = pg_roles.connect_as_owner(url, admin, password)
    try:
        pg_roles.require_current_schema(engine)
        roles = _wanted_roles(args, url, admin)
        if not roles:
            raise InvalidInput(Text("name the application role with --app-role ROLE"))
        granted, skipped = _grant(engine, roles, _new_role_passwords(engine, roles), named=bool(args.app_role))
    finally:
        engine.dispose()
    return Outcome(lines=_grant_lines(granted, skipped), data={"granted": granted, "skipped": skipped})


def db_upgrade(_services: object, args: argparse.Namespace) -> Outcome:
    from models.db import Database, current_revision, is_sqlite, resolve_url

    url = resolve_url(getattr(args, "db", None))
    if is_sqlite(url):
        db = Database(url)  # a personal file upgrades as it opens
        try:
            revision = current_revision(db.engine)
        finally:
            db.dispose()
        return Outcome(lines=[f"the database is at schema revision {revision}"], data={"revision": revision})
    admin, password = admin_credentials(args, Text("upgrading the schema"))
    engine = pg_roles.connect_as_owner(url, admin, password)
    try:
        before, head = pg_roles.upgrade_as_owner(engine)
        from sqlalchemy import inspect

        with engine.connect() as conn:
            roles = pg_roles.app_roles(conn) if inspect(conn).has_table("audit_event") else []
    finally:
        engine.dispose()
    if before == head:
        line = f"the database is at schema revision {head} already"
    else:
        line = f"upgraded {pg_roles.label(url)} from revision {before or 'none'} to {head}"
    extra = [f"application roles granted again: {', '.join(roles)}"] if roles else []
    return Outcome(lines=[line, *extra], data={"before": before, "revision": head, "app_roles": roles})

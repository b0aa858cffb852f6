"""Who may run a command: signing in, the owner-only commands, the database owner's credentials.

On a shared (PostgreSQL) database every command that opens it needs a signed-in CoopDesk user (``--user``,
or ``$COOP_DESK_USER``); ``backup``, ``restore`` and ``demo --replace`` need a programme owner. What changes
the schema or replaces the data (``db init/grant/upgrade``, ``restore``, ``demo --replace``) also connects
as the PostgreSQL role that owns the database: ``--admin-user ROLE``, its password from
``$COOP_DESK_ADMIN_PASSWORD`` or asked for each time (never on the command line). A personal SQLite file keeps
its implicit local owner (the OS user).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from coop_desk.errors import InvalidInput, PermissionDenied
from coop_desk.services import Services
from coop_desk.text import Text
from coop_desk.words import role_name
from models.enums import Role

if TYPE_CHECKING:
    from models.db import Database

ADMIN_USER_ENV = "COOP_DESK_ADMIN_USER"
ADMIN_PASSWORD_ENV = "COOP_DESK_ADMIN_PASSWORD"


def add_admin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--admin-user",
        metavar="ROLE",
        help="the PostgreSQL role that owns the database (password from "
        f"${ADMIN_PASSWORD_ENV} or the prompt; default ${ADMIN_USER_ENV})",
    )


def in_a_terminal() -> bool:
    """Whether a password can be asked for (stdin is a terminal; a closed or missing stdin is not)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def signed_in(db_url: str | None, user: str | None, *, database: Database | None = None) -> Services:
    """Services on the database with the signed-in person acting (required on a shared database)."""
    from coop_desk.commands.users_cmd import USER_ENV, sign_in_password
    from coop_desk.database import open_for_work
    from coop_desk.services.users import needs_sign_in, sign_in
    from models.db import resolve_url

    services = open_for_work(resolve_url(db_url), database=database)
    try:
        if not user and needs_sign_in(services):
            user = os.environ.get(USER_ENV) or None
        sign_in(services, user, sign_in_password(user) if user else None)
    except BaseException:
        services.ctx.db.dispose()
        raise
    return services


def require_owner(services: Services, what: Text) -> None:
    """Refuse unless the acting person is a programme owner (or the local owner of a personal file)."""
    role = services.ctx.role
    if role is None or role is Role.OWNER:
        return
    raise PermissionDenied(
        Text("{actor} ({role}) may not {what}", actor=services.ctx.actor, role=role_name(role), what=what)
    )


def owner_signed_in(
    db_url: str, args: argparse.Namespace, what: Text, *, database: Database | None = None
) -> tuple[str, Role | None]:
    """Sign in on a shared database and require a programme owner; (actor, role) of the person."""
    services = signed_in(db_url, getattr(args, "user", None), database=database)
    try:
        require_owner(services, what)
        return services.ctx.actor, services.ctx.role
    finally:
        services.ctx.db.dispose()


def admin_credentials(args: argparse.Namespace, what: Text) -> tuple[str, str]:
    """The database owner's role and password: --admin-user (or $COOP_DESK_ADMIN_USER) and the password."""
    role = getattr(args, "admin_user", None) or os.environ.get(ADMIN_USER_ENV)
    if not role:
        raise PermissionDenied(
            Text(
                "{what} connects as the PostgreSQL role that owns the database: give --admin-user ROLE "
                "(its password from {env} or the prompt)",
                what=what,
                env=ADMIN_PASSWORD_ENV,
            )
        )
    password = os.environ.get(ADMIN_PASSWORD_ENV)
    if password is not None:
        return role, password
    if in_a_terminal():
        return role, getpass.getpass(f"password of the PostgreSQL role {role}: ")
    raise InvalidInput(
        Text(
            "no password for the PostgreSQL role {role}: set {env} or run in a terminal",
            role=role,
            env=ADMIN_PASSWORD_ENV,
        )
    )

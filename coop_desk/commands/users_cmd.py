"""``coop-desk users add/list/disable/passwd``: the people who sign in to a shared database.

Passwords never go on the command line: a new password comes from ``COOP_DESK_NEW_PASSWORD`` or is prompted
(twice) in a terminal; signing in (``--user NAME``, or ``COOP_DESK_USER`` on a shared database) reads
``COOP_DESK_PASSWORD`` or prompts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os

from coop_desk.commands.access import in_a_terminal
from coop_desk.commands.common import Outcome
from coop_desk.errors import InvalidInput
from coop_desk.services import Services
from coop_desk.text import Text
from models.enums import Role

#: The default for --user on a shared database (ignored on a personal SQLite file).
USER_ENV = "COOP_DESK_USER"
PASSWORD_ENV = "COOP_DESK_PASSWORD"
NEW_PASSWORD_ENV = "COOP_DESK_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser(
        "users", help="people who sign in to a shared database: add, list, disable, passwd"
    ).add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = users.add_parser(
        "add",
        help="add a user (the first user of a personal file must be an owner; "
        "on a shared database the first owner is made by `db init`)",
        description=f"Add a user. The password comes from ${NEW_PASSWORD_ENV} or is asked for (twice).",
    )
    p.add_argument("username", metavar="NAME")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--full-name", default="", metavar="TEXT")
    p.set_defaults(handler=users_add)
    p = users.add_parser("list", help="the users, their roles and whether they are disabled or locked")
    p.set_defaults(handler=users_list)
    p = users.add_parser("disable", help="stop a user from signing in")
    p.add_argument("username", metavar="NAME")
    p.set_defaults(handler=users_disable)
    p = users.add_parser(
        "passwd",
        help="set a user's password (and release a lock-out)",
        description=f"Set a password. It comes from ${NEW_PASSWORD_ENV} or is asked for (twice).",
    )
    p.add_argument("username", metavar="NAME")
    p.set_defaults(handler=users_passwd)


def sign_in_password(username: str) -> str:
    """The password to sign in with: $COOP_DESK_PASSWORD, else asked for in a terminal."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if in_a_terminal():  # a closed stdin (None) is no terminal
        return getpass.getpass(f"password for {username}: ")
    raise InvalidInput(
        Text("no password to sign in as {name}: set {env} or run in a terminal", name=username, env=PASSWORD_ENV)
    )


def new_password(username: str) -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is not None:
        return password
    if not in_a_terminal():
        raise InvalidInput(
            Text("no password for {name}: set {env} or run in a terminal", name=username, env=NEW_PASSWORD_ENV)
        )
    first = getpass.getpass(f"new password for {username}: ")
    if getpass.getpass("the same again: ") != first:
        raise InvalidInput(Text("the two passwords differ; nothing was changed"))
    return first


def users_add(services: Services, args: argparse.Namespace) -> Outcome:
    view = services.users.add(args.username, Role(args.role), new_password(args.username), args.full_name)
    return Outcome(lines=[f"added user {view.username} ({view.role.value})"], data=view)


def users_list(services: Services, args: argparse.Namespace) -> Outcome:
    rows = services.users.list_users()
    lines = []
    for u in rows:
        locked = u.locked_until is not None and u.locked_until > dt.datetime.now(dt.UTC)
        state = "disabled" if u.disabled else (f"locked until {u.locked_until:%Y-%m-%d %H:%M} UTC" if locked else "")
        lines.append(
            "  ".join(part for part in (f"{u.username:<20}", f"{u.role.value:<9}", u.full_name, state) if part)
        )
    return Outcome(lines=lines or ["no users (on a personal file the local owner is implicit)"], data=rows)


def users_disable(services: Services, args: argparse.Namespace) -> Outcome:
    view = services.users.disable(args.username)
    return Outcome(lines=[f"disabled user {view.username}"], data=view)


def users_passwd(services: Services, args: argparse.Namespace) -> Outcome:
    view = services.users.set_password(args.username, new_password(args.username))
    return Outcome(lines=[f"set the password of {view.username}"], data=view)

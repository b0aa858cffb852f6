"""People who sign in to a shared database: add, list, disable, set passwords, authenticate.

Passwords are stored only as a salted scrypt hash (``scrypt$n$r$p$salt_b64$hash_b64``); five failed
sign-ins lock the user out for 15 minutes (counted in the database). Audit records never hold a password
or a hash.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coop_desk.errors import InvalidInput, NotFound, PermissionDenied, Refused
from coop_desk.services.base import ServiceContext, audit
from coop_desk.text import Text, join
from coop_desk.words import role_name
from models.enums import Role
from models.system import User

MIN_PASSWORD = 10
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
WRONG = Text("user name or password is wrong")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives back naive datetimes: they were stored as UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, encoded: str | None) -> bool:
    """Whether ``password`` matches ``encoded`` (constant-time comparison of the hashes)."""
    try:
        scheme, n, r, p, salt_b64, hash_b64 = (encoded or "").split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        digest = hashlib.scrypt(password.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the user is unknown; made on first use (a scrypt at import slowed start-up)."""
    return hash_password("not a password of anybody", salt=b"\0" * SALT_BYTES)


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: Role
    disabled: bool
    failed_logins: int
    locked_until: dt.datetime | None
    version: int


def _view(u: User) -> UserView:
    return UserView(
        u.id, u.username, u.full_name, u.role, u.disabled, u.failed_logins, _aware(u.locked_until), u.version
    )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(Text("the password must have at least {count} characters", count=MIN_PASSWORD))


def _clean_username(username: str) -> str:
    name = (username or "").strip()
    if not name or len(name) > 80 or any(c.isspace() or not c.isprintable() for c in name):
        raise InvalidInput(Text("a user name is 1 to 80 printable characters without spaces"))
    return name


class UserService:
    def __init__(self, ctx: ServiceContext, *, now: Callable[[], dt.datetime] = utc_now) -> None:
        self._ctx = ctx
        self._now = now

    # -- reads
    def list_users(self) -> list[UserView]:
        with self._ctx.db.reading() as s:
            return [_view(u) for u in s.scalars(select(User).order_by(User.username))]

    def count(self) -> int:
        with self._ctx.db.reading() as s:
            return int(s.scalar(select(func.count()).select_from(User)) or 0)

    def get(self, username: str) -> UserView:
        with self._ctx.db.reading() as s:
            return _view(self._user(s, username))

    # -- changes
    def add(self, username: str, role: Role | str, password: str, full_name: str = "") -> UserView:
        name = _clean_username(username)
        try:
            role = Role(role)
        except ValueError as exc:
            raise InvalidInput(
                Text("unknown role {role} (one of: {roles})", role=repr(role), roles=", ".join(r.value for r in Role))
            ) from exc
        _check_password(password)
        with self._ctx.unit() as s:
            if s.scalar(select(func.count()).select_from(User)) == 0 and role is not Role.OWNER:
                raise Refused(Text("the first user must be a programme owner (--role owner)"))
            if s.scalars(select(User).where(User.username == name)).one_or_none() is not None:
                raise Refused(Text("user {name} exists already", name=name))
            user = User(username=name, full_name=full_name.strip(), role=role, password_hash=hash_password(password))
            s.add(user)
            s.flush()
            after = {"username": name, "full_name": user.full_name, "role": role.value}
            summary = Text("added user {name} ({role})", name=name, role=role_name(role))
            audit(s, self._ctx, "user.add", "user", user.id, summary=summary, after=after)
            return _view(user)

    def disable(self, username: str) -> UserView:
        with self._ctx.unit() as s:
            user = self._user(s, username)
            if user.disabled:
                return _view(user)
            if user.role is Role.OWNER and self._active_owners(s) <= 1:
                raise Refused(
                    Text("{name} is the last active programme owner and cannot be disabled", name=user.username)
                )
            user.disabled = True
            audit(
                s,
                self._ctx,
                "user.disable",
                "user",
                user.id,
                summary=Text("disabled user {name}", name=user.username),
                before={"disabled": False},
                after={"disabled": True},
            )
            s.flush()
            return _view(user)

    def set_password(self, username: str, password: str) -> UserView:
        _check_password(password)
        with self._ctx.unit() as s:
            user = self._user(s, username)
            user.password_hash = hash_password(password)
            user.failed_logins = 0
            user.locked_until = None
            summary = Text("set the password of {name}", name=user.username)
            audit(s, self._ctx, "user.password", "user", user.id, summary=summary)
            s.flush()
            return _view(user)

    def authenticate(self, username: str, password: str) -> UserView:
        """The user's view if the name and password are right; else PermissionDenied (failures are counted)."""
        name = (username or "").strip()
        now = self._now()
        outcome: UserView | str
        with self._ctx.unit() as s:
            user = s.scalars(select(User).where(User.username == name)).one_or_none()
            if user is None:
                verify_password(password, _dummy_hash())  # the same time as for a real user
                outcome = WRONG
            elif user.disabled:
                outcome = Text("{name} is disabled; ask a programme owner", name=user.username)
            elif (locked := _aware(user.locked_until)) is not None and locked > now:
                outcome = Text(
                    "{name} is locked after {count} failed sign-ins until {time} UTC",
                    name=user.username,
                    count=MAX_FAILURES,
                    time=f"{locked:%H:%M}",
                )
            elif verify_password(password, user.password_hash):
                if user.failed_logins or user.locked_until is not None:
                    user.failed_logins, user.locked_until = 0, None
                outcome = _view(user)
            else:
                outcome = self._failed(s, user, now)
        if isinstance(outcome, str):
            raise PermissionDenied(Text("sign-in refused: {reason}", reason=outcome))
        return outcome

    # -- helpers
    def _failed(self, s: Session, user: User, now: dt.datetime) -> str:
        if user.locked_until is not None:  # an earlier lock-out has run out: count afresh
            user.failed_logins, user.locked_until = 0, None
        user.failed_logins += 1
        if user.failed_logins < MAX_FAILURES:
            return WRONG
        user.locked_until = now + LOCKOUT
        audit(
            s,
            self._ctx,
            "user.locked",
            "user",
            user.id,
            summary=Text(
                "{name} locked for {minutes} minutes after {count} failed sign-ins",
                name=user.username,
                minutes=LOCKOUT.seconds // 60,
                count=MAX_FAILURES,
            ),
        )
        return join(
            [
                WRONG,
                Text("{name} is now locked for {minutes} minutes", name=user.username, minutes=LOCKOUT.seconds // 60),
            ]
        )

    @staticmethod
    def _user(s: Session, username: str) -> User:
        user = s.scalars(select(User).where(User.username == (username or "").strip())).one_or_none()
        if user is None:
            raise NotFound(Text("there is no user {name}", name=username))
        return user

    @staticmethod
    def _active_owners(s: Session) -> int:
        stmt = select(func.count()).select_from(User).where(User.role == Role.OWNER, User.disabled.is_(False))
        return int(s.scalar(stmt) or 0)


# -- signing in: used by the command line and the window -------------------------------------------------------
SIGN_IN_NEEDED = Text(
    "this is a shared database: sign in with --user NAME (password from COOP_DESK_PASSWORD or the prompt)"
)
NO_USERS_YET = Text(
    "there are no users yet: the PostgreSQL role that owns the database must create the first owner with "
    "`coop-desk db init --admin-user ROLE --owner NAME`"
)


def needs_sign_in(services: Any) -> bool:
    """People sign in on a shared (server) database; a personal SQLite file has an implicit local owner."""
    return not services.ctx.db.is_sqlite


def sign_in(services: Any, username: str | None, password: str | None) -> UserView | None:
    """Make the signed-in person the acting one (name in the audit, role for the permission matrix).

    Without a user name: on SQLite the OS user acts as the implicit owner; on a shared database this is refused,
    also while the user table is empty (emptying it must not open the door): there the first owner is made only
    by ``coop-desk db init`` with the credentials of the PostgreSQL role that owns the database.
    """
    if username:
        if services.users.count() == 0:
            raise PermissionDenied(Text("cannot sign in as {name}: {reason}", name=username, reason=NO_USERS_YET))
        view: UserView = services.users.authenticate(username, password or "")
        services.ctx.actor, services.ctx.role = view.username, view.role
        return view
    if not needs_sign_in(services):
        return None
    empty = services.users.count() == 0
    raise PermissionDenied(join([SIGN_IN_NEEDED, NO_USERS_YET]) if empty else SIGN_IN_NEEDED)

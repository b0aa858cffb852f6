"""People: scrypt hashes, lock-out after five failures, disabled users, an audit without secrets."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from coop_desk.errors import InvalidInput, NotFound, PermissionDenied, Refused
from coop_desk.services import ServiceContext, Services
from coop_desk.services.users import UserService, hash_password, verify_password
from models.enums import Role
from models.system import User

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def users(ctx: ServiceContext, clock: Clock) -> UserService:
    return UserService(ctx, now=clock)


def stored_hashes(ctx: ServiceContext) -> dict[str, str | None]:
    with ctx.db.reading() as s:
        return {u.username: u.password_hash for u in s.scalars(select(User))}


def test_passwords_are_stored_only_as_salted_scrypt_hashes(users: UserService, ctx: ServiceContext) -> None:
    users.add("ann", Role.OWNER, PASSWORD, "Ann Owner")
    users.add("bob", Role.FINANCE, PASSWORD)
    hashes = stored_hashes(ctx)
    for encoded in hashes.values():
        assert encoded is not None and PASSWORD not in encoded
        scheme, n, r, p, salt, digest = encoded.split("$")
        assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
        assert verify_password(PASSWORD, encoded) and not verify_password(PASSWORD + "!", encoded)
    assert hashes["ann"].split("$")[4] != hashes["bob"].split("$")[4]  # type: ignore[union-attr]
    assert hash_password(PASSWORD) != hash_password(PASSWORD)
    view = users.authenticate("ann", PASSWORD)
    assert (view.username, view.role, view.full_name) == ("ann", Role.OWNER, "Ann Owner")


def test_the_rules_for_new_users(users: UserService) -> None:
    with pytest.raises(Refused, match="first user must be a programme owner"):
        users.add("bob", Role.FINANCE, PASSWORD)
    with pytest.raises(InvalidInput, match="at least 10"):
        users.add("ann", Role.OWNER, "short")
    with pytest.raises(InvalidInput, match="role"):
        users.add("ann", "boss", PASSWORD)
    users.add("ann", "owner", PASSWORD)
    with pytest.raises(Refused, match="exists already"):
        users.add("ann", Role.MARKETER, PASSWORD)
    assert [u.username for u in users.list_users()] == ["ann"] and users.count() == 1


def test_five_failures_lock_the_user_out_for_fifteen_minutes(users: UserService, clock: Clock) -> None:
    users.add("ann", Role.OWNER, PASSWORD)
    for _ in range(4):
        with pytest.raises(PermissionDenied, match="user name or password is wrong"):
            users.authenticate("ann", "wrong password")
    assert users.get("ann").failed_logins == 4
    with pytest.raises(PermissionDenied, match="now locked for 15 minutes"):
        users.authenticate("ann", "wrong password")
    clock.now += dt.timedelta(minutes=14)
    with pytest.raises(PermissionDenied, match="locked"):
        users.authenticate("ann", PASSWORD)  # even the right password while locked
    clock.now += dt.timedelta(minutes=1, seconds=1)
    assert users.authenticate("ann", PASSWORD).username == "ann"
    assert users.get("ann").failed_logins == 0 and users.get("ann").locked_until is None


def test_a_success_resets_the_count_and_unknown_names_say_the_same(users: UserService) -> None:
    users.add("ann", Role.OWNER, PASSWORD)
    with pytest.raises(PermissionDenied, match="user name or password is wrong"):
        users.authenticate("ann", "wrong password")
    users.authenticate("ann", PASSWORD)
    assert users.get("ann").failed_logins == 0
    with pytest.raises(PermissionDenied, match="user name or password is wrong"):
        users.authenticate("nobody", PASSWORD)


def test_disabled_users_are_refused_and_the_last_owner_stays(users: UserService) -> None:
    users.add("ann", Role.OWNER, PASSWORD)
    users.add("bob", Role.MARKETER, PASSWORD)
    users.disable("bob")
    with pytest.raises(PermissionDenied, match="bob is disabled"):
        users.authenticate("bob", PASSWORD)
    with pytest.raises(Refused, match="last active programme owner"):
        users.disable("ann")
    with pytest.raises(NotFound):
        users.disable("nobody")


def test_set_password_replaces_the_hash_and_releases_a_lock(users: UserService) -> None:
    users.add("ann", Role.OWNER, PASSWORD)
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            users.authenticate("ann", "wrong password")
    users.set_password("ann", "another long password")
    with pytest.raises(PermissionDenied):
        users.authenticate("ann", PASSWORD)
    assert users.authenticate("ann", "another long password").username == "ann"


def test_the_audit_records_every_change_but_no_secret(services: Services, ctx: ServiceContext) -> None:
    services.users.add("ann", Role.OWNER, PASSWORD)
    services.users.add("bob", Role.AGENCY, PASSWORD)
    services.users.set_password("bob", "another long password")
    services.users.disable("bob")
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            services.users.authenticate("ann", "wrong password")
    entries = services.audit.entries(entity="user")
    assert [e.action for e in entries] == ["user.add", "user.add", "user.password", "user.disable", "user.locked"]
    text = json.dumps([[e.summary, e.before, e.after] for e in entries])
    hashes = [h for h in stored_hashes(ctx).values() if h]
    for secret in [PASSWORD, "another long password", "wrong password", "scrypt$", *hashes]:
        assert secret not in text
    assert all(e.actor == "tester" for e in entries)


def test_only_an_owner_manages_users(services: Services) -> None:
    services.users.add("ann", Role.OWNER, PASSWORD)
    services.ctx.role, services.ctx.actor = Role.MARKETER, "mia"
    with pytest.raises(PermissionDenied, match=r"mia \(marketer\) may not add users"):
        services.users.add("eve", Role.OWNER, PASSWORD)
    assert [u.username for u in services.users.list_users()] == ["ann"]

"""The thin proxy the ``Services`` bundle hands out: it checks the permission matrix before a change runs."""

from __future__ import annotations

import functools
from typing import Any, TypeVar, cast

from coop_desk.permissions import check, is_read
from coop_desk.services.base import ServiceContext

T = TypeVar("T")


class GuardedService:
    """Forwards everything to the service; a mutating public method first checks the acting person's role.

    The role is read from the shared context at call time, so signing in after the bundle was built counts.
    A refused call raises PermissionDenied before the method runs: nothing is written.
    """

    __slots__ = ("_ctx", "_name", "_target")

    def __init__(self, name: str, target: object, ctx: ServiceContext) -> None:
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_ctx", ctx)

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # isinstance() sees the service's own class
        return type(self._target)

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._target, attr)
        if attr.startswith("_") or not callable(value):
            return value
        use_case = f"{self._name}.{attr}"
        if is_read(use_case):
            return value
        ctx = self._ctx

        @functools.wraps(value)
        def checked(*args: Any, **kwargs: Any) -> Any:
            check(ctx.actor, ctx.role, use_case)
            return value(*args, **kwargs)

        return checked

    def __setattr__(self, attr: str, value: Any) -> None:
        setattr(self._target, attr, value)

    def __delattr__(self, attr: str) -> None:
        delattr(self._target, attr)

    def __repr__(self) -> str:
        return f"<guarded {self._target!r}>"


def guarded(name: str, service: T, ctx: ServiceContext) -> T:
    """``service`` behind the permission check, typed as the service itself."""
    return cast(T, GuardedService(name, service, ctx))


def unwrap(service: object) -> object:
    """The service behind a guard (for tests that inspect the class)."""
    return object.__getattribute__(service, "_target") if type(service) is GuardedService else service

"""Deactivating and reactivating a dealer (issue 14.2): one audited, versioned step each, in the service and the CLI.

A deactivated dealer gets no score, draft or share of an allocation; its claims are untouched (listed by
``open_claims``, empty here where no claim was filed).
"""
# ruff: noqa: F811  (pytest fixtures are imported by name and used as parameters)

from __future__ import annotations

import pytest
from sqlalchemy import select

from coop_desk.errors import Conflict, PermissionDenied, Refused
from coop_desk.services import Services
from models import AuditEvent
from models.enums import Role
from tests.integration.test_cli import Cli, cli, data_dir  # noqa: F401

YEAR = 2027


def _audit(services: Services, action: str) -> list[tuple[str, object, object, str]]:
    with services.ctx.db.reading() as s:
        rows = s.execute(
            select(AuditEvent.actor, AuditEvent.before, AuditEvent.after, AuditEvent.summary).where(
                AuditEvent.action == action
            )
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


@pytest.fixture
def two(services: Services) -> Services:
    services.years.create_year(YEAR)
    services.dealers.register("D001", "One", "North")
    services.dealers.register("D002", "Two", "South")
    return services


def test_deactivate_then_reactivate_is_audited_and_versioned(two: Services) -> None:
    v1 = two.dealers.get("D001").version
    changes = two.dealers.deactivate("D001", expected_version=v1)
    assert changes.entity == "dealer" and len(changes.ids) == 1
    d = two.dealers.get("D001")
    assert (d.active, d.version) == (False, v1 + 1)
    assert [v.code for v in two.dealers.list_dealers(active_only=True)] == ["D002"]
    assert [v.code for v in two.dealers.list_dealers()] == ["D001", "D002"]
    assert [v.dealer_code for v in two.dealers.scores(YEAR)] == ["D002"]  # takes no part in the year
    assert _audit(two, "dealer.deactivate") == [
        ("tester", {"active": True}, {"active": False}, "deactivated dealer D001")
    ]
    two.dealers.reactivate("D001", expected_version=v1 + 1)
    assert two.dealers.get("D001").active and two.dealers.get("D001").version == v1 + 2
    assert [v.dealer_code for v in two.dealers.scores(YEAR)] == ["D001", "D002"]
    assert _audit(two, "dealer.reactivate") == [
        ("tester", {"active": False}, {"active": True}, "reactivated dealer D001")
    ]


def test_a_stale_or_repeated_deactivation_is_refused_and_writes_nothing(two: Services) -> None:
    v1 = two.dealers.get("D001").version
    two.dealers.edit("D001", city="Omsk")  # somebody else saved meanwhile
    with pytest.raises(Conflict, match="D001 was changed by somebody else"):
        two.dealers.deactivate("D001", expected_version=v1)
    assert two.dealers.get("D001").active
    two.dealers.deactivate("D001")
    with pytest.raises(Refused, match="dealer D001: is inactive already"):
        two.dealers.deactivate("D001")
    with pytest.raises(Refused, match="dealer D002: is active already"):
        two.dealers.reactivate("D002")
    assert len(_audit(two, "dealer.deactivate")) == 1 and _audit(two, "dealer.reactivate") == []


def test_only_roles_that_may_deactivate(two: Services) -> None:
    two.ctx.role = Role.FINANCE
    with pytest.raises(PermissionDenied, match="may not deactivate dealers"):
        two.dealers.deactivate("D001")
    assert two.dealers.open_claims("D001") == []  # a read: every role may
    two.ctx.role = Role.MARKETER
    two.dealers.deactivate("D001")
    assert not two.dealers.get("D001").active


def test_the_cli_deactivates_and_reactivates(cli: Cli) -> None:
    cli.ok("dealer", "add", "D001", "--name", "One", "--region", "North")
    assert cli.ok("dealer", "deactivate", "d001").out.strip() == "deactivated dealer D001 One"
    assert cli.ok("dealer", "show", "D001", as_json=True).data["active"] is False
    assert "D001" not in cli.ok("dealer", "list").out and "inactive" in cli.ok("dealer", "list", "--all").out
    assert "is inactive already" in cli.refused("dealer", "deactivate", "D001").err
    assert cli.ok("dealer", "reactivate", "D001").out.strip() == "reactivated dealer D001 One"
    assert cli.ok("dealer", "show", "D001", as_json=True).data["active"] is True
    assert "no such dealer" in cli.refused("dealer", "deactivate", "D999").err

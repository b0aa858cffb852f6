"""Every mutating use case with every role against the permission matrix (coop_desk.permissions)."""

from __future__ import annotations

import datetime as dt
import inspect
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from coop_desk import permissions
from coop_desk.errors import PermissionDenied
from coop_desk.permissions import MATRIX, READS
from coop_desk.services import ServiceContext, Services
from coop_desk.services.guard import unwrap
from models.enums import Role, Stage

Y = 2099

#: One call per use case: arguments that get past argument parsing (the call may then be refused by the rules).
SAMPLES: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "years.create_year": ((Y,), {}),
    "years.update_settings": ((Y,), {"budget": Decimal("1000.00")}),
    "years.set_criteria": ((Y, [("turnover", Decimal(1), 10)]), {}),
    "years.set_criterion_names": ((Y, {"Service quality": {"ru": "Сервис"}}), {}),
    "years.advance": ((Y,), {}),
    "years.reopen": ((Y, Stage.DRAFTING, "a mistake"), {}),
    "dealers.register": (("D999", "Dealer", "North"), {}),
    "dealers.edit": (("D999",), {"name": "Renamed"}),
    "dealers.deactivate": (("D999",), {}),
    "dealers.reactivate": (("D999",), {}),
    "dealers.record_scores": ((Y, "D999", {}), {}),
    "plans.record_draft": ((Y, "D999", []), {}),
    "plans.record_consolidation": ((Y, []), {}),
    "allocation.freeze": ((Y,), {}),
    "mockups.submit": ((Y, "D999-2099-01"), {}),
    "mockups.approve": ((1, 0), {}),
    "mockups.reject": ((1, "no"), {}),
    "mockups.request_changes": ((1, "no"), {}),
    "mockups.undo_decision": ((1,), {"expected_version": 1}),
    "mockups.reopen": ((1, "a mistake"), {}),
    "claims.file": ((Y, "D999", None), {}),
    "claims.complete": ((1,), {}),
    "claims.set_rate": ((1, Decimal("0.9")), {}),
    "claims.attach": ((1, "invoice", Path("scan.pdf")), {}),
    "claims.attach_data": ((1, "invoice", b"%PDF-1.4", "scan.pdf"), {}),
    "claims.detach": ((1,), {}),
    "claims.approve": ((1,), {}),
    "claims.reject": ((1, "no"), {}),
    "claims.return_claim": ((1, "no"), {}),
    "claims.override_late": ((1, "ok"), {}),
    "claims.reopen": ((1, "decided by mistake"), {}),
    "claims.record_payment": ((Y, "D999", dt.date(2099, 5, 1), Decimal("1.00"), [1]), {}),
    "claims.reverse_payment": ((1, "the bank returned it"), {}),
    "claims.close_quarter": ((Y, 1), {}),
    "claims.reopen_quarter": ((Y, 1, "a late claim"), {}),
    "evaluation.import_results": ((Y, []), {}),
    "attachments.add": ((b"plain text, not a document", "x.txt"), {}),
    "attachments.add_file": ((Path("/no/such/file.pdf"),), {}),
    "users.add": (("someone", Role.OWNER, "a long password"), {}),
    "users.disable": (("nobody",), {}),
    "users.set_password": (("nobody", "a long password"), {}),
    "users.authenticate": (("nobody", "a long password"), {}),
}


def service_names() -> list[str]:
    return [n for n, v in vars(Services).items() if isinstance(v, cached_property)]


def call(services: Services, use_case: str) -> Any:
    service, method = use_case.split(".")
    args, kwargs = SAMPLES[use_case]
    return getattr(getattr(services, service), method)(*args, **kwargs)


def test_every_public_service_method_is_classified(services: Services) -> None:
    seen: set[str] = set()
    for name in service_names():
        cls = type(unwrap(getattr(services, name)))
        for method, fn in inspect.getmembers(cls):
            if method.startswith("_") or not callable(fn):
                continue
            key = f"{name}.{method}"
            seen.add(key)
            assert (key in READS) != (key in MATRIX), f"{key}: classify it in coop_desk/permissions.py"
    assert set(MATRIX) | READS == seen, "the matrix names methods that do not exist"
    assert set(SAMPLES) == set(MATRIX)


@pytest.mark.parametrize("use_case", sorted(MATRIX))
def test_each_role_gets_exactly_what_the_matrix_says(db, use_case: str) -> None:  # type: ignore[no-untyped-def]
    for role in [*Role, None]:
        actor = f"{role.value if role else 'local'}-person"
        services = Services(ServiceContext(db, actor=actor, role=role))
        before = services.audit.count()
        if permissions.may(role, use_case):
            try:
                call(services, use_case)
            except PermissionDenied as exc:
                # the one permitted refusal of this kind: a wrong sign-in
                assert use_case == "users.authenticate" and "sign-in refused" in str(exc)
            except Exception:  # noqa: BLE001 - refused by the rules, after the permission check
                pass
        else:
            with pytest.raises(PermissionDenied) as refused:
                call(services, use_case)
            assert str(refused.value) == f"{actor} ({role.value}) may not {permissions.describe(use_case)}"  # type: ignore[union-attr]
            assert services.audit.count() == before, "a refused call wrote something"


def test_the_auditor_changes_nothing_but_reads_everything(services: Services) -> None:
    assert permissions.allowed_use_cases(Role.AUDITOR) == ["users.authenticate"]
    services.years.create_year(Y)
    services.ctx.role = Role.AUDITOR
    assert services.years.get(Y).year == Y
    assert services.audit.count() >= 1
    with pytest.raises(PermissionDenied):
        services.years.update_settings(Y, budget=Decimal("5.00"))
    assert services.years.get(Y).budget != Decimal("5.00")


def test_the_rules_of_the_issue() -> None:
    may = permissions.may
    assert may(Role.FINANCE, "claims.record_payment")
    assert may(Role.FINANCE, "claims.reverse_payment") and not may(Role.MARKETER, "claims.reverse_payment")
    assert not any(may(role, "claims.reopen") for role in Role if role is not Role.OWNER)  # the owner's alone
    assert not may(Role.FINANCE, "mockups.approve") and not may(Role.FINANCE, "allocation.freeze")
    assert not may(Role.FINANCE, "dealers.record_scores") and not may(Role.FINANCE, "years.update_settings")
    assert may(Role.AGENCY, "plans.record_consolidation") and not may(Role.AGENCY, "claims.approve")
    assert not may(Role.AGENCY, "evaluation.import_results")
    assert may(Role.MARKETER, "allocation.freeze") and not may(Role.MARKETER, "years.reopen")
    assert may(Role.FINANCE, "claims.close_quarter") and not may(Role.FINANCE, "claims.reopen_quarter")
    assert not may(Role.MARKETER, "claims.record_payment") and not may(Role.MARKETER, "users.add")
    assert all(may(Role.OWNER, uc) for uc in MATRIX) and all(may(None, uc) for uc in MATRIX)
    assert all(may(role, read) for role in Role for read in READS)

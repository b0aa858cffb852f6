"""DealerService with requisites: registered and edited with the rest of the dealer (audit before/after, version),
checked as a whole (an account against the stored BIC), refused under the field, nothing written."""

from __future__ import annotations

import pytest

from coop_desk.errors import Conflict, InvalidInput
from coop_desk.rules import REQUISITE_FIELDS
from coop_desk.services import Services
from tests.unit.test_dealer_service import _db, nothing_written, one_audit
from tests.unit.test_rules_requisites import SBER, make_account

ACCOUNT = make_account(SBER["bic"], "40702810", "38000000001")
FULL = SBER | {"account": ACCOUNT, "legal_address": "117312, Москва, ул. Вавилова, 19", "bank_name": "ПАО Сбербанк"}


def _wheres(err: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [str(p.where) for p in err.value.problems]


def test_a_dealer_without_requisites_has_none(services: Services) -> None:
    services.dealers.register("D001", "Dealer", "North")
    assert services.dealers.get("D001").requisites == dict.fromkeys(REQUISITE_FIELDS, "")


def test_register_with_requisites_stores_and_audits_them(services: Services) -> None:
    typed = FULL | {"inn": " 7707 083893", "account": " ".join(ACCOUNT[i : i + 4] for i in range(0, 20, 4))}
    with one_audit(_db(services), "dealer.register") as events:
        services.dealers.register("D001", "Сбер", "Москва", **typed)
    view = services.dealers.get("D001")
    assert view.requisites == FULL  # spaces dropped
    assert {k: events[0].after[k] for k in REQUISITE_FIELDS} == FULL


def test_register_refuses_bad_requisites_under_their_field_and_writes_nothing(services: Services) -> None:
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.register("D001", "Dealer", "North", inn="500100732259", kpp="773601001", bic="12")
    assert _wheres(err) == ["KPP", "BIC"]


def test_edit_sets_requisites_with_the_audit_and_the_version(services: Services) -> None:
    services.dealers.register("D001", "Dealer", "North")
    version = services.dealers.get("D001").version
    with one_audit(_db(services), "dealer.edit") as events:
        services.dealers.edit("D001", version, inn=SBER["inn"], kpp="773601001", bic=SBER["bic"], account=ACCOUNT)
    view = services.dealers.get("D001")
    assert (view.inn, view.kpp, view.bic, view.account, view.version) == (
        SBER["inn"],
        "773601001",
        SBER["bic"],
        ACCOUNT,
        version + 1,
    )
    assert events[0].before == {"inn": "", "kpp": "", "bic": "", "account": ""}
    assert events[0].after == {"inn": SBER["inn"], "kpp": "773601001", "bic": SBER["bic"], "account": ACCOUNT}
    with nothing_written(_db(services)), pytest.raises(Conflict, match="D001"):
        services.dealers.edit("D001", version, bank_name="ПАО Сбербанк")  # a stale edit


def test_an_edit_is_checked_against_the_stored_requisites(services: Services) -> None:
    services.dealers.register("D001", "Dealer", "North", **FULL)
    # another BIC (other 5th-6th and last digits): the stored accounts no longer fit it
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.edit("D001", bic="044030653")
    assert _wheres(err) == ["dealer D001: settlement account", "dealer D001: correspondent account"]
    # a 12-digit INN: the stored KPP and the 13-digit OGRN no longer fit
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.edit("D001", inn="500100732259")
    assert _wheres(err) == ["dealer D001: KPP", "dealer D001: OGRN"]
    # clearing the INN, KPP and OGRN together is fine; so is a new account that fits the stored BIC
    services.dealers.edit("D001", inn="", kpp="", ogrn="")
    other = make_account(SBER["bic"], "40702810", "12345678901")
    services.dealers.edit("D001", account=other)
    assert services.dealers.get("D001").requisites == FULL | {"inn": "", "kpp": "", "ogrn": "", "account": other}


def test_an_edit_of_other_fields_does_not_check_requisites(services: Services) -> None:
    services.dealers.register("D001", "Dealer", "North", **FULL)
    services.dealers.edit("D001", city="Тула")
    assert services.dealers.get("D001").requisites == FULL


def test_the_address_and_bank_have_a_length_limit(services: Services) -> None:
    with nothing_written(_db(services)), pytest.raises(InvalidInput) as err:
        services.dealers.register("D001", "Dealer", "North", legal_address="x" * 301, bank_name="y" * 201)
    assert _wheres(err) == ["legal address", "bank"]

"""A dealer's requisites (реквизиты): the Russian identifiers a finance clerk needs to pay it by payment order.

Pure checks, their one home. Every field is optional (a dealer registered before requisites existed has none),
but a value given must be valid:

* INN (ИНН): 10 digits for a company, 12 for an individual entrepreneur, with the Federal Tax Service's check
  digits (weighted sums mod 11, then mod 10);
* KPP (КПП): 9 characters (4 digits, 2 digits or capital Latin letters, 3 digits); only a company (a 10-digit
  INN) has one, so a KPP needs a 10-digit INN;
* OGRN (ОГРН, 13 digits, a company) or OGRNIP (ОГРНИП, 15 digits, an individual entrepreneur): the first 12
  (14) digits as a number mod 11 (13), then mod 10, is the last digit; with an INN, the kind must match;
* BIC (БИК): 9 digits;
* the settlement account (расчётный счёт) and the correspondent account (корреспондентский счёт): 20 digits each,
  checked against the BIC with the Central Bank's control key (weights 7, 1, 3 over the 23 digits "three
  digits from the BIC + account"; the sum is a multiple of 10). The three digits are the BIC's last three for a
  settlement account, and "0" + its 5th and 6th digits for a correspondent account or for an account held at a
  Bank of Russia unit (a BIC ending in 000, 001 or 002). A correspondent account starts with 301. So an
  account needs the BIC.

Spaces inside the numbers are dropped (a clerk pastes "4070 2810 …"); the KPP is upper-cased.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from coop_desk.errors import Problem
from coop_desk.text import Text

__all__ = [
    "REQUISITE_FIELDS",
    "REQUISITE_LABELS",
    "account_key_ok",
    "check_requisites",
    "inn_check_ok",
    "normal_requisites",
    "ogrn_check_ok",
]

#: The dealer's requisite fields, in the order forms and documents show them.
REQUISITE_FIELDS = ("inn", "kpp", "ogrn", "legal_address", "bank_name", "bic", "account", "corr_account")
#: The name each field has in a Problem (a literal template each, so that the window translates it).
_WHERE = {
    "inn": Text("INN"),
    "kpp": Text("KPP"),
    "ogrn": Text("OGRN"),
    "legal_address": Text("legal address"),
    "bank_name": Text("bank"),
    "bic": Text("BIC"),
    "account": Text("settlement account"),
    "corr_account": Text("correspondent account"),
}
#: The same names as English text (the window's labels translate them).
REQUISITE_LABELS = {key: str(name) for key, name in _WHERE.items()}
_NUMBERS = ("inn", "ogrn", "bic", "account", "corr_account")
_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_KPP = re.compile(r"[0-9]{4}[0-9A-Z]{2}[0-9]{3}")
_BANK_OF_RUSSIA = ("000", "001", "002")


def _digits(value: str, count: int) -> bool:
    return len(value) == count and value.isascii() and value.isdigit()


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10


def inn_check_ok(inn: str) -> bool:
    """A 10- or 12-digit INN whose check digit(s) match."""
    if _digits(inn, 10):
        return _weighted(inn[:9], _INN10) == int(inn[9])
    if _digits(inn, 12):
        return _weighted(inn[:10], _INN11) == int(inn[10]) and _weighted(inn[:11], _INN12) == int(inn[11])
    return False


def ogrn_check_ok(ogrn: str) -> bool:
    """A 13-digit OGRN or 15-digit OGRNIP whose last digit matches."""
    if _digits(ogrn, 13):
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if _digits(ogrn, 15):
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


def account_key_ok(account: str, bic: str, *, correspondent: bool = False) -> bool:
    """The Central Bank's control key of a 20-digit account with a 9-digit BIC."""
    if not (_digits(account, 20) and _digits(bic, 9)):
        return False
    prefix = "0" + bic[4:6] if correspondent or bic[6:] in _BANK_OF_RUSSIA else bic[6:]
    number = prefix + account
    return sum(int(d) * (7, 1, 3)[i % 3] for i, d in enumerate(number)) % 10 == 0


def normal_requisites(values: Mapping[str, object]) -> dict[str, str]:
    """The requisite fields among ``values``, as stored: stripped, numbers without spaces, the KPP upper-case."""
    out: dict[str, str] = {}
    for key in REQUISITE_FIELDS:
        if key in values:
            text = str(values[key] or "").strip()
            if key in _NUMBERS or key == "kpp":
                text = "".join(text.split())
            out[key] = text.upper() if key == "kpp" else text
    return out


def _where(key: str) -> Text:
    return _WHERE[key]


def check_requisites(values: Mapping[str, str]) -> list[Problem]:
    """What is wrong with a dealer's requisites (all of them, normalised; empty = not given), field by field."""
    v = {key: values.get(key, "") for key in REQUISITE_FIELDS}
    problems: list[Problem] = []

    def bad(key: str, message: Text) -> None:
        problems.append(Problem(_where(key), message))

    inn, kpp, ogrn, bic = v["inn"], v["kpp"], v["ogrn"], v["bic"]
    if inn and not (_digits(inn, 10) or _digits(inn, 12)):
        bad("inn", Text("must be 10 digits (a company) or 12 (an individual entrepreneur), got {value}", value=inn))
    elif inn and not inn_check_ok(inn):
        bad("inn", Text("{value}: the check digits do not match; mistyped?", value=inn))
    if kpp and not _KPP.fullmatch(kpp):
        bad("kpp", Text("must be 9 characters (e.g. 773601001), got {value}", value=kpp))
    elif kpp and len(inn) != 10:
        bad("kpp", Text("only a company has a KPP: it needs a 10-digit INN"))
    if ogrn and not (_digits(ogrn, 13) or _digits(ogrn, 15)):
        bad("ogrn", Text("must be 13 digits (OGRN) or 15 (OGRNIP), got {value}", value=ogrn))
    elif ogrn and not ogrn_check_ok(ogrn):
        bad("ogrn", Text("{value}: the check digit does not match; mistyped?", value=ogrn))
    elif ogrn and len(inn) in (10, 12) and (len(inn) == 10) != (len(ogrn) == 13):
        bad("ogrn", Text("a 10-digit INN goes with a 13-digit OGRN, a 12-digit INN with a 15-digit OGRNIP"))
    if bic and not _digits(bic, 9):
        bad("bic", Text("must be 9 digits, got {value}", value=bic))
    for key, correspondent in (("account", False), ("corr_account", True)):
        account = v[key]
        if not account:
            continue
        if not _digits(account, 20):
            bad(key, Text("must be 20 digits, got {value}", value=account))
        elif correspondent and not account.startswith("301"):
            bad(key, Text("a correspondent account starts with 301, got {value}", value=account))
        elif not _digits(bic, 9):
            bad(key, Text("needs the bank's BIC to be checked"))
        elif not account_key_ok(account, bic, correspondent=correspondent):
            bad(key, Text("{value} does not match the BIC {bic} (control key); mistyped?", value=account, bic=bic))
    return problems

"""R8 invoice keys: the normal form invoice numbers are compared on, so that duplicates are found; pure
functions of the rules home (:mod:`coop_desk.rules`, which re-exports them)."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping

__all__ = ["INVOICE_IGNORED", "INVOICE_KEY_LIMIT", "INVOICE_LOOKALIKES", "invoice_ignores", "invoice_key"]

# --------------------------------------------------------------------------- R8 duplicates

#: Upper-case letters that look like a letter of another alphabet, and the Latin capital they are
#: compared as (R8). Folded AFTER upper-casing: lower-case в and b, н and h, т and m no longer look
#: alike as capitals, so they stay apart. Cyrillic Һ/Ԁ are here because their lower-case forms are the
#: glyphs of h and d. Greek capitals that are drawn as Latin ones are folded too (a third alphabet on
#: the same keyboards). Letters with accents fold through their base letter (Ѐ → È, Ї → Ï).
#: Ё (and Latin Ë, its look-alike) is compared as E: Russian writes ё as е as often as not, so
#: «СЧЁТ-1» and «СЧЕТ-1» are the same invoice; Й stays Й (nobody writes й as и).
INVOICE_LOOKALIKES: Mapping[str, str] = {
    # Cyrillic
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "Ү": "Y",
    "І": "I",
    "Ӏ": "I",
    "Ј": "J",
    "Ѕ": "S",
    "Ԛ": "Q",
    "Ԝ": "W",
    "Һ": "H",
    "Ԁ": "D",
    "Ѵ": "V",
    # Greek
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
}
_LOOKALIKES = str.maketrans(dict(INVOICE_LOOKALIKES))
#: Characters an invoice number is compared without, besides the categories in ``invoice_ignores``:
#: the minus sign, dots, slashes of every kind and the invisible marks that are not format characters.
INVOICE_IGNORED = frozenset(
    "\u2212"  # − minus sign
    ".\u00b7\u2024\u2027\u30fb\uff0e\uff65"  # dots: full stop, middle dot, one-dot leader, hyphenation point
    "/\\\u2044\u2215\u2216\u29f8\u29f9\uff0f\uff3c"  # slashes: solidus, reverse solidus, fraction/division slash
    "\u034f\u115f\u1160\u3164\uffa0\u17b4\u17b5"  # combining grapheme joiner, Hangul fillers, Khmer vowels
    + "".join(map(chr, range(0xFE00, 0xFE10)))  # variation selectors
    + "".join(map(chr, range(0xE0100, 0xE01F0)))  # variation selectors supplement
)
_IGNORED_CATEGORIES = frozenset({"Cf", "Cc", "Pd", "Zs", "Zl", "Zp"})
_DIAERESIS_ON_E = {"E\u0308": "E"}
#: A key longer than this is stored as ``#`` and its SHA-256 (upper-case hex), so it fits its column.
INVOICE_KEY_LIMIT = 100


def invoice_ignores(ch: str) -> bool:
    """Whether ``ch`` is left out when invoice numbers are compared (R8): invisible format and control
    characters, whitespace, dashes of every kind, the minus sign, dots and slashes."""
    return unicodedata.category(ch) in _IGNORED_CATEGORIES or ch.isspace() or ch in INVOICE_IGNORED


def _strip_ignored(text: str) -> str:
    return "".join(ch for ch in text if not invoice_ignores(ch))


def _key_pass(text: str) -> str:
    s = _strip_ignored(unicodedata.normalize("NFKC", _strip_ignored(text)))
    s = unicodedata.normalize("NFD", s.casefold().upper()).translate(_LOOKALIKES)
    for composed, plain in _DIAERESIS_ON_E.items():  # Ё (Е ¨) and Ë (E ¨) are compared as E
        s = s.replace(composed, plain)
    return unicodedata.normalize("NFC", s)


def invoice_key(number: str) -> str:
    """R8: the normal form invoice numbers are compared on; the number as typed is kept for display.

    Unicode NFKC; without invisible format and control characters (category Cf, Cc: U+200B, U+2060,
    U+FEFF, the soft hyphen…), whitespace, dashes of every kind (category Pd, and U+2212 minus), dots
    and slashes (``/``, ``\\``, the fraction and division slashes); case folded and upper-cased; then
    the look-alike capitals of :data:`INVOICE_LOOKALIKES` folded into Latin (after upper-casing). So
    ``INV-7``, ``inv 7`` and ``ІNV‑7`` (Cyrillic І, non-breaking hyphen) all give ``INV7``.
    The steps are repeated until nothing changes, so the key of a key is the key itself; a key longer
    than :data:`INVOICE_KEY_LIMIT` characters is ``#`` and its SHA-256 in upper-case hex.
    """
    if not isinstance(number, str):
        raise TypeError(f"invoice number must be text, not {type(number).__name__}")
    key = number
    for _ in range(8):
        nxt = _key_pass(key)
        if nxt == key:
            break
        key = nxt
    if len(key) > INVOICE_KEY_LIMIT:
        key = "#" + hashlib.sha256(key.encode("utf-8")).hexdigest().upper()
    return key

"""Work-arounds for bugs of the Qt binding in use.

PySide6 6.12.0 on CPython 3.11 loses references to ``None`` (and ``True``/``False``) when Python reads
an empty ``QVariant`` — ``QModelIndex.data(role)`` for a role a model does not answer, for instance
(``sys.getrefcount(None)`` drops by one per call). CPython 3.11 does not make these singletons immortal
(3.12 does), so after enough reads the interpreter aborts, typically at exit ("Fatal Python error:
none_dealloc" / "bool_dealloc"). We make them effectively immortal, as 3.12 does, by raising their
reference counts by 2**40. Remove once the binding is fixed.
"""

from __future__ import annotations

import sys


def _pin_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every object
        count.value += 1 << 40


_pin_singletons()

"""The refusals of models.db to open a database (a foreign file, a newer schema, a read-only old one, an
upgrade stopped), as translatable refusals: the command line, the window and a restore all give these texts."""

from __future__ import annotations

from coop_desk.errors import Problem, Refused
from coop_desk.text import Text
from models.db import SchemaRefused

__all__ = ["schema_refusal"]


def schema_refusal(exc: SchemaRefused) -> Refused:
    """models.db's refusal to open a database, as a translatable refusal."""
    d = exc.details
    if exc.reason == "not_a_database":
        why = Text(
            "is not a SQLite database ({detail}); CoopDesk opens only its own database files", detail=d["detail"]
        )
    elif exc.reason == "foreign":
        why = Text(
            "is not a CoopDesk database: it holds other tables ({tables}) and no CoopDesk schema revision; "
            "CoopDesk does not add its tables to another application's database",
            tables=d["tables"],
        )
    elif exc.reason == "newer":
        why = Text(
            "was written by a newer CoopDesk: its schema revision {revision} is not one that this version "
            "({version}) knows; open it with the version that wrote it, or a newer one",
            revision=d["revision"],
            version=d["version"],
        )
    elif exc.reason == "read_only_old":
        why = Text(
            "is in a read-only folder ({folder}) and at schema revision {revision}: it needs an upgrade (and a "
            "copy made first), which cannot be written there; open it where it can be written",
            folder=d["folder"],
            revision=d["revision"],
        )
    else:
        why = Text(
            "the schema upgrade to revision {revision} was stopped because it would leave rows that refer to "
            "missing rows ({detail}); the database stays at its previous revision",
            revision=d["revision"],
            detail=d["detail"],
        )
    return Refused(Problem(exc.where, why))

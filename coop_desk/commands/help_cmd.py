"""``coop-desk help TOPIC``: reference tables that are not a command's own help (``help amounts``)."""

from __future__ import annotations

import argparse

from coop_desk.amounts import FORMS, forms_table
from coop_desk.commands.common import Outcome

#: The lines before the table (README's section "Amounts in workbooks and on the command line" says the same).
AMOUNTS_INTRO = (
    "Amounts typed in workbook cells and given to amount options (--budget, --amount, --paid, --cost, ...)",
    "are read one way only: a text with two readings is refused with both, never guessed. In the window the",
    "number format chosen in Settings settles it (12.500 is 12500 in 12.345,67 and 12.5 in 12,345.67).",
    "Numeric cells are read as the number they hold.",
)
TOPICS = {"amounts": "the accepted and refused ways of writing an amount"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "help",
        help="reference tables: " + ", ".join(f"{k} ({v})" for k, v in TOPICS.items()),
        description="Reference tables that are not a command's own --help.",
    )
    p.add_argument("topic", choices=sorted(TOPICS), help="what to show")
    p.set_defaults(handler=show_help, opens_db=False)


def show_help(_services: object, args: argparse.Namespace) -> Outcome:
    rows = [{"typed": f.typed, "read_as": f.read_as, "amount": f.value, "refused": f.kind} for f in FORMS]
    return Outcome(lines=[*AMOUNTS_INTRO, "", *forms_table()], data=rows)

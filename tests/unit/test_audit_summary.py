"""Audit records keep their summary's template and values (revision 0009); older records keep their words."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import insert, select

from coop_desk.services import Services
from coop_desk.text import Amount, Number, Text, from_stored, join, params_of, parts_of, to_stored
from models import AuditEvent
from tests.factories import year_in_execution


def test_a_summary_round_trips_through_its_template_and_values() -> None:
    inner = Text("missing: {items}", items=join([Text("payment order"), Text("acceptance act date")], ", "))
    summary = Text(
        "{a} on {day} for {amount} ({rate}, {sum})",
        a=inner,
        day=dt.date(2027, 1, 2),
        amount=Amount(Decimal("1.50"), "EUR"),
        rate=Number(Decimal("2.25")),
        sum=Decimal("3.75"),
    )
    template, values = to_stored(summary)
    assert template == summary.template
    values = json.loads(json.dumps(values))  # as the JSON column gives them back
    back = from_stored(str(summary), template, values)
    assert back == summary and isinstance(back, Text) and back.template == summary.template
    params = params_of(back)
    assert params["day"] == dt.date(2027, 1, 2) and params["amount"] == Amount(Decimal("1.50"), "EUR")
    assert params["rate"] == Number(Decimal("2.25")) and params["sum"] == Decimal("3.75")
    assert params["a"].template == "missing: {items}"
    assert parts_of(params_of(params["a"])["items"]) == ("payment order", "acceptance act date")
    joined = join([Text("claim {number}", number=3), Text("filed late")])
    template, values = to_stored(joined)
    back = from_stored(str(joined), template, json.loads(json.dumps(values)))
    assert template == "" and back == "claim 3; filed late" and parts_of(back) == ("claim 3", "filed late")
    assert to_stored("typed by a person") == (None, None)
    assert type(from_stored("written before", None, None)) is str


def test_audit_stores_the_template_and_entries_give_it_back(services: Services) -> None:
    year_in_execution(services)
    services.dealers.edit("D001", phone="+7 1")
    with services.ctx.db.reading() as s:
        rows = s.execute(select(AuditEvent.summary, AuditEvent.summary_template, AuditEvent.summary_values)).all()
    assert rows and all(r.summary_template is not None for r in rows)
    with services.ctx.db.unit_of_work() as s:  # a record as revision 0008 wrote it
        s.execute(insert(AuditEvent), [{"actor": "old", "action": "x.y", "entity": "x", "summary": "froze it"}])
    entries = services.audit.entries()
    assert [e.summary for e in entries[:-1]] == [r.summary for r in rows]
    assert all(isinstance(e.summary, Text) for e in entries[:-1])
    assert type(entries[-1].summary) is str and entries[-1].summary == "froze it"

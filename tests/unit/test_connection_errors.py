"""A database that cannot be used says why in one sentence; a URL is never shown or stored with its password."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from coop_desk.connection_errors import (
    BAD_PASSWORD,
    NO_DATABASE,
    NO_PASSWORD,
    OTHER,
    REFUSED,
    UNKNOWN_HOST,
    UNREACHABLE,
    connection_refusal,
    server_of,
)
from coop_desk.database import masked, shown_url, with_password, without_password

URL = "postgresql+psycopg://clerk:S3cret!@127.0.0.1:5999/coop"
AT = 'connection failed: connection to server at "127.0.0.1", port 5999 failed: '


def _driver_error(message: str) -> OperationalError:
    return OperationalError("SELECT 1", {}, Exception(message))


@pytest.mark.parametrize(
    ("message", "kind", "sentence"),
    [
        (
            AT + "Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?",
            UNREACHABLE,
            "Cannot reach the server 127.0.0.1:5999 — is it running?",
        ),
        (AT + "timeout expired", UNREACHABLE, "Cannot reach the server 127.0.0.1:5999 — is it running?"),
        (
            'failed to resolve host "db.invalid": [Errno -2] Name or service not known',
            UNKNOWN_HOST,
            "There is no server named 127.0.0.1 — is the address right?",
        ),
        (
            AT + 'FATAL:  password authentication failed for user "clerk"',
            BAD_PASSWORD,
            "The server 127.0.0.1:5999 refused the user name or password of clerk.",
        ),
        (AT + 'FATAL:  role "clerk" does not exist', BAD_PASSWORD, None),
        (
            AT + "fe_sendauth: no password supplied",
            NO_PASSWORD,
            "The server 127.0.0.1:5999 asks for the password of clerk.",
        ),
        (AT + 'FATAL:  database "coop" does not exist', NO_DATABASE, "The server 127.0.0.1:5999 has no database coop."),
        (
            AT + 'FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "clerk", database "coop", no encryption',
            REFUSED,
            "The server 127.0.0.1:5999 does not let clerk connect from here.",
        ),
        (AT + "FATAL:  sorry, too many clients already", OTHER, None),
    ],
)
def test_each_failure_has_its_own_sentence(message: str, kind: str, sentence: str | None) -> None:
    refusal = connection_refusal(URL, _driver_error(message))
    assert refusal.kind == kind
    (line,) = refusal.lines()
    if sentence is not None:
        assert line == sentence
    assert "S3cret" not in line and "Traceback" not in line and "\n" not in line


def test_an_unexpected_failure_names_the_server_and_the_drivers_last_line() -> None:
    refusal = connection_refusal(URL, _driver_error(AT + "FATAL:  sorry, too many clients already"))
    assert refusal.lines() == ["Cannot connect to the server 127.0.0.1:5999: FATAL:  sorry, too many clients already"]


def test_the_owners_role_is_named_instead_of_the_urls_user() -> None:
    refusal = connection_refusal(URL, _driver_error(AT + "password authentication failed"), role="coop_owner")
    assert refusal.lines() == ["The server 127.0.0.1:5999 refused the user name or password of coop_owner."]


def test_the_server_has_postgresqls_port_when_none_is_given() -> None:
    assert server_of("postgresql+psycopg://clerk@db.example/coop") == "db.example:5432"
    assert server_of("postgresql+psycopg:///coop") == "localhost:5432"


def test_a_url_is_shown_without_its_password() -> None:
    assert shown_url(URL) == "postgresql+psycopg://clerk:***@127.0.0.1:5999/coop"
    assert shown_url("postgresql+psycopg://clerk@127.0.0.1/coop") == "postgresql+psycopg://clerk@127.0.0.1/coop"
    assert shown_url("sqlite:////tmp/x/coopdesk.sqlite") == "/tmp/x/coopdesk.sqlite"
    assert shown_url("/tmp/x/coopdesk.sqlite") == "/tmp/x/coopdesk.sqlite"


def test_passwords_are_masked_in_any_text() -> None:
    text = f"coop-desk --db {URL} year list; also postgresql://a:b%40c@h/d and sqlite:////tmp/f.sqlite"
    assert masked(text) == (
        "coop-desk --db postgresql+psycopg://clerk:***@127.0.0.1:5999/coop year list; "
        "also postgresql://a:***@h/d and sqlite:////tmp/f.sqlite"
    )
    assert masked("a time 12:30 @ noon, user@example.org") == "a time 12:30 @ noon, user@example.org"


def test_a_url_is_stored_without_its_password_and_given_it_back_in_memory() -> None:
    stored = without_password(URL)
    assert stored == "postgresql+psycopg://clerk@127.0.0.1:5999/coop"
    assert without_password(stored) == stored
    assert without_password("sqlite:////tmp/f.sqlite") == "sqlite:////tmp/f.sqlite"
    assert without_password("/tmp/f.sqlite") == "/tmp/f.sqlite"
    from sqlalchemy.engine import make_url

    assert make_url(with_password(stored, "p@ss:w/rd")).password == "p@ss:w/rd"


def test_a_server_lost_after_opening_is_its_sentence_too() -> None:
    from coop_desk.cli import database_refusal
    from coop_desk.database import opening_refusal, server_refusal

    lost = _driver_error(AT + "Connection refused")
    assert database_refusal(lost, URL) == "Cannot reach the server 127.0.0.1:5999 — is it running?"
    refusal = opening_refusal(lost, URL)
    assert refusal is not None and refusal.lines() == ["Cannot reach the server 127.0.0.1:5999 — is it running?"]
    full = _driver_error("database or disk is full")
    assert server_refusal(full, URL) is None  # no connection failure: the driver's reason, as before
    assert database_refusal(full, "sqlite:////tmp/x.sqlite").startswith("the database could not be read or written")
    assert server_refusal(lost, "sqlite:////tmp/x.sqlite") is None and server_refusal(lost, "") is None
    assert opening_refusal(ValueError("x"), URL) is None
    assert server_refusal(lost, "postgresql://clerk@h:notaport/coop") is None


def test_the_refusal_keeps_its_kind_through_a_process_pool() -> None:
    import pickle

    refusal = connection_refusal(URL, _driver_error(AT + "fe_sendauth: no password supplied"))
    copy = pickle.loads(pickle.dumps(refusal))
    assert (copy.kind, copy.lines()) == (NO_PASSWORD, refusal.lines())

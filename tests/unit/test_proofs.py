"""Proof of performance per medium (issue 13, point 5; R7): the year's table, a required proof missing returns
the claim naming it, a proof's date lies between the mockup's approval and the act."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desk import rules
from coop_desk.errors import InvalidInput, Refused
from coop_desk.rules import ProofRequirement
from coop_desk.services import Services
from coop_desk.services.claim_views import DocumentInput
from models import ClaimStatus, DocumentKind
from tests.factories import ExecutionYear, approve_mockup, claim_input, unchanged, year_in_execution
from tests.unit.test_claim_documents import pdf, png

FEB, MAR, APR = dt.date(2027, 2, 1), dt.date(2027, 3, 10), dt.date(2027, 4, 10)
D = Decimal
K = DocumentKind
RADIO = {"radio": [("airplay_certificate", True), ("other_proof", False)]}


# --------------------------------------------------------------------------- the rule


def test_the_defaults_follow_common_practice_by_channel_name() -> None:
    table = rules.default_table(["Press", "radio", "TV", "outdoor", "online", "exhibition", "seminar", "cinema"])
    assert table["Press"] == (ProofRequirement(K.PRINTED_PAGE),)
    assert table["radio"] == table["TV"] == (ProofRequirement(K.AIRPLAY_CERTIFICATE),)
    assert table["outdoor"] == (ProofRequirement(K.SITE_PHOTOS),)
    assert [r.kind for r in table["online"]] == [K.SCREENSHOTS, K.PLATFORM_STATISTICS]
    assert [r.kind for r in table["seminar"]] == [K.EVENT_PHOTOS, K.PARTICIPANT_LIST]
    assert "cinema" not in table  # a channel of its own needs no proof unless the year says so
    assert rules.proofs_for(table, "RADIO ") == table["radio"]
    assert rules.proofs_for(table, "cinema") == ()
    assert rules.read_table(rules.stored_table(table)) == table
    assert rules.read_table(None) == {}


@settings(max_examples=200, deadline=None)
@given(
    st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
    st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
    st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
)
def test_a_proof_date_is_in_its_window_exactly_when_between_approval_and_act(
    day: dt.date, approved: dt.date | None, act: dt.date | None
) -> None:
    inside = (approved is None or approved <= day) and (act is None or day <= act)
    assert rules.proof_date_in_window(day, approved, act) is inside


@given(st.sets(st.sampled_from([k for k in K if k.is_proof])), st.sets(st.sampled_from(list(K))))
def test_missing_proofs_are_the_required_ones_not_carried(required: set[K], present: set[K]) -> None:
    table = [ProofRequirement(k, True) for k in sorted(required)] + [ProofRequirement(K.OTHER_PROOF, False)]
    missing = rules.missing_proofs(table, present)
    assert set(missing) == required - present
    assert missing == [k for k in sorted(required) if k not in present]  # in the table's order


# --------------------------------------------------------------------------- the year's table


def test_a_first_year_starts_from_common_practice_and_the_table_can_be_changed(services: Services) -> None:
    services.years.create_year(2027, budget=D(1000))
    view = services.years.get(2027)
    assert view.proofs["radio"] == (ProofRequirement(K.AIRPLAY_CERTIFICATE),)
    assert set(view.proofs) == {c for c in view.channels if c.casefold() in rules.DEFAULT_PROOFS}
    services.years.update_settings(2027, proofs={"Radio": [("airplay_certificate", False)], "other": ["screenshots"]})
    view = services.years.get(2027)
    assert view.proofs == {
        "radio": (ProofRequirement(K.AIRPLAY_CERTIFICATE, False),),
        "other": (ProofRequirement(K.SCREENSHOTS),),
    }
    # the next year copies it; a channel that goes takes its proofs along
    services.years.create_year(2028, budget=D(1000))
    assert services.years.get(2028).proofs == view.proofs
    services.years.update_settings(2028, channels=["press", "other"])
    assert services.years.get(2028).proofs == {"other": (ProofRequirement(K.SCREENSHOTS),)}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"cinema": ["screenshots"]}, r"proofs \(cinema\): is not a channel of the year"),
        ({"radio": ["invoice"]}, r"proofs \(radio\): 'invoice' is not a proof of performance"),
        ({"radio": ["selfie"]}, "'selfie' is not a proof of performance"),
        ({"radio": [("site_photos", "yes")]}, "is not a proof of performance"),
        (
            {"radio": ["site_photos", {"kind": "site_photos", "required": False}]},
            "names dated photos of the sites twice",
        ),
        (["radio"], "must be a table of channels and their proofs"),
    ],
)
def test_a_bad_table_is_refused_naming_the_channel(services: Services, table: object, message: str) -> None:
    services.years.create_year(2027, budget=D(1000))
    with unchanged(services), pytest.raises(InvalidInput, match=message):
        services.years.update_settings(2027, proofs=table)


# --------------------------------------------------------------------------- R7 with proofs


@pytest.fixture
def radio(services: Services) -> ExecutionYear:
    """D001 with two radio activities; the year requires the airplay certificate (and takes another proof)."""
    year = year_in_execution(services, dealers={"D001": [D(30000), D(30000)]}, channel="radio", proofs=RADIO)
    year.clock.set(FEB)
    for ref in year.references["D001"]:
        approve_mockup(services, 2027, ref, other_brands=0)
    year.clock.set(APR)
    return year


def test_a_claim_without_its_required_proof_is_returned_naming_it_and_completed_with_it(
    services: Services, radio: ExecutionYear
) -> None:
    result = services.claims.file(2027, "D001", claim_input(radio.ref("D001"), D(1000), MAR))
    assert result.status == ClaimStatus.RETURNED
    view = services.claims.get(result.claim_id)
    assert view.reason == "missing: airplay certificate"
    assert view.proofs == (ProofRequirement(K.AIRPLAY_CERTIFICATE), ProofRequirement(K.OTHER_PROOF, False))
    assert view.approved_on == FEB
    services.claims.attach_data(
        result.claim_id, "airplay_certificate", pdf("airplay"), "эфирная справка.pdf", proof_date=dt.date(2027, 3, 1)
    )
    assert services.claims.get(result.claim_id).status == ClaimStatus.RETURNED  # attaching decides nothing
    completed = services.claims.complete(result.claim_id)
    assert completed.status == ClaimStatus.SUBMITTED
    services.claims.approve(result.claim_id)
    assert services.claims.get(result.claim_id).status == ClaimStatus.APPROVED


def test_a_claim_filed_with_its_proof_is_submitted(services: Services, radio: ExecutionYear) -> None:
    certificate = services.attachments.add(pdf("airplay 2"), "airplay.pdf").id
    proof = DocumentInput(K.AIRPLAY_CERTIFICATE, certificate, dt.date(2027, 2, 20))
    result = services.claims.file(2027, "D001", claim_input(radio.ref("D001"), D(1000), MAR, documents=(proof,)))
    assert result.status == ClaimStatus.SUBMITTED, result.message


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (
            dt.date(2027, 1, 31),
            "dated 2027-01-31, outside the time the ad could run: from the mockup's approval "
            "(2027-02-01) to the acceptance act (2027-03-10) (R7)",
        ),
        (dt.date(2027, 3, 11), "dated 2027-03-11, outside the time the ad could run"),
        (None, "missing: the date of the airplay certificate"),
    ],
)
def test_a_proof_dated_outside_its_window_or_undated_returns_the_claim(
    services: Services, radio: ExecutionYear, day: dt.date | None, reason: str
) -> None:
    certificate = services.attachments.add(pdf(f"airplay {day}"), "airplay.pdf").id
    proof = DocumentInput(K.AIRPLAY_CERTIFICATE, certificate, day)
    result = services.claims.file(2027, "D001", claim_input(radio.ref("D001"), D(1000), MAR, documents=(proof,)))
    assert result.status == ClaimStatus.RETURNED
    assert reason in services.claims.get(result.claim_id).reason


def test_the_edges_of_the_window_count_and_an_optional_proof_may_be_left_out(
    services: Services, radio: ExecutionYear
) -> None:
    for n, day in ((1, FEB), (2, MAR)):  # the approval day and the act day themselves
        certificate = services.attachments.add(pdf(f"edge {n}"), "airplay.pdf").id
        proof = DocumentInput(K.AIRPLAY_CERTIFICATE, certificate, day)
        claim = claim_input(radio.ref("D001", n), D(1000), MAR, number=f"E-{n}", documents=(proof,))
        assert services.claims.file(2027, "D001", claim).status == ClaimStatus.SUBMITTED


def test_a_required_proof_taken_off_a_submitted_claim_stops_its_approval(
    services: Services, radio: ExecutionYear
) -> None:
    certificate = services.attachments.add(png(40), "airplay.png").id
    proof = DocumentInput(K.AIRPLAY_CERTIFICATE, certificate, dt.date(2027, 3, 1))
    claim_id = services.claims.file(
        2027, "D001", claim_input(radio.ref("D001"), D(1000), MAR, documents=(proof,))
    ).claim_id
    (document,) = services.claims.documents(claim_id)
    services.claims.detach(document.id)
    with unchanged(services), pytest.raises(Refused, match="has no airplay certificate, which its channel requires"):
        services.claims.approve(claim_id)


def test_a_year_stored_before_proofs_existed_requires_none(services: Services) -> None:
    ex = year_in_execution(services, dealers={"D001": [D(30000)]}, channel="radio", proofs=RADIO)
    assert services.years.get(2027).proofs["radio"]
    with services.ctx.db.unit_of_work() as s:  # as migration 0011 leaves an older year
        from models import ProgrammeYear

        s.query(ProgrammeYear).update({"proofs": None})
    assert services.years.get(2027).proofs == {}
    ex.clock.set(FEB)
    approve_mockup(services, 2027, ex.ref("D001"))
    ex.clock.set(APR)
    assert services.claims.file(2027, "D001", claim_input(ex.ref("D001"), D(10), MAR)).status == ClaimStatus.SUBMITTED

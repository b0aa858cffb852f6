"""Mockups: every ad is reviewed before it runs; the reviewer records the other brands it shows (R6)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, func, select

from coop_desk import rules
from coop_desk.errors import Conflict, InvalidInput, NotFound, Problem, Refused
from coop_desk.services.attachments import IncomingFile, store_file
from coop_desk.services.base import (
    Changes,
    Entity,
    ServiceContext,
    audit,
    get_year,
    integrity_as,
    require_stage,
    snapshot,
)
from coop_desk.services.lookup import base_rate, check_attachment, frozen_amounts, pending_mockup, plan_activity
from coop_desk.services.mockup_reversals import DECISION_SNAPSHOT, MockupReversals
from coop_desk.services.mockup_views import NO_FILE, MockupView, mockup_views
from coop_desk.text import Text
from coop_desk.words import mockup_status
from models import Dealer, Mockup, MockupStatus, PlannedActivity, ProgrammeYear

__all__ = ["MAX_OTHER_BRANDS", "NO_FILE", "MockupService", "MockupView"]

MAX_OTHER_BRANDS = 20
_SNAPSHOT = DECISION_SNAPSHOT
_ACTIONS = {
    MockupStatus.APPROVED: "mockup.approve",
    MockupStatus.REJECTED: "mockup.reject",
    MockupStatus.CHANGES_REQUESTED: "mockup.request_changes",
}


#: The use case of each decision on a mockup (the matrix says who may take it and at which stage).
_DECISIONS = {
    MockupStatus.APPROVED: "mockups.approve",
    MockupStatus.REJECTED: "mockups.reject",
    MockupStatus.CHANGES_REQUESTED: "mockups.request_changes",
}


def _day(value: object, name: str, today: dt.date) -> tuple[dt.date, list[Problem]]:
    if value is None:
        return today, []
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return today, [Problem(name, Text("must be a date, got {value}", value=repr(value)))]
    if value > today:
        return value, [Problem(name, Text("{value} is in the future (today is {today})", value=value, today=today))]
    return value, []


def _decided_summary(number: int, reference: str, status: Text, day: dt.date, rate: str, comment: str) -> Text:
    """ "mockup 2 of A-01 approved on 2027-02-01 (50 % / 2 brands = 25 %): fine" (one sentence, as stored)."""
    values = {"number": number, "reference": reference, "status": status, "day": day}
    if rate and comment:
        return Text(
            "mockup {number} of {reference} {status} on {day} ({rate}): {comment}", rate=rate, comment=comment, **values
        )
    if rate:
        return Text("mockup {number} of {reference} {status} on {day} ({rate})", rate=rate, **values)
    if comment:
        return Text("mockup {number} of {reference} {status} on {day}: {comment}", comment=comment, **values)
    return Text("mockup {number} of {reference} {status} on {day}", **values)


def _at_noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.UTC)


class MockupService(MockupReversals):
    """Submitting and deciding mockups; undoing and reopening decisions (:mod:`mockup_reversals`)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- changing ------------------------------------------------------------------------------
    # Long: one unit of work: the activity, the stage, the pending version and the file are checked, then
    # the mockup and its audit record are stored.
    def submit(
        self,
        year: int,
        reference: str,
        title: str = "",
        attachment_id: int | None = None,
        submitted_on: dt.date | None = None,
        file: IncomingFile | None = None,
    ) -> Changes:
        """A dealer's mockup for an activity of the frozen plan; one at a time per activity.

        Its image is an attachment stored before (``attachment_id``) or ``file``, stored in the same unit of
        work once every check has passed: a refused mockup stores no file and writes no audit record."""
        day, problems = _day(submitted_on, Text("submitted on"), self._ctx.today())
        title = title.strip()
        if len(title) > 300:
            problems.append(Problem(Text("title"), Text("is longer than {limit} characters", limit=300)))
        with self._ctx.unit() as s:
            programme_year = get_year(s, year)
            require_stage(programme_year, "mockups.submit")
            if frozen_amounts(s, programme_year.id) is None:
                raise Refused(Problem(Text("year {year}", year=year), Text("the allocation is not frozen yet")))
            activity = plan_activity(
                s, programme_year, reference, Text("mockup for {reference}", reference=reference.strip())
            )
            problems += check_attachment(s, attachment_id)
            if problems:
                raise InvalidInput(*problems)
            pending = pending_mockup(s, activity.id)
            if pending is not None:
                raise Refused(
                    Problem(
                        Text("mockup for {reference}", reference=activity.reference),
                        Text(
                            "mockup {number} (id {id}, submitted {submitted}) is still waiting for a decision",
                            number=pending.number,
                            id=pending.id,
                            submitted=pending.submitted.date(),
                        ),
                    )
                )
            number = (s.scalar(select(func.max(Mockup.number)).where(Mockup.activity_id == activity.id)) or 0) + 1
            if file is not None:
                if attachment_id is not None:
                    raise InvalidInput(
                        Problem(Text("mockup"), Text("give either a stored attachment or a file, not both"))
                    )
                attachment_id = store_file(s, self._ctx, file).id
            mockup = Mockup(
                activity_id=activity.id,
                number=number,
                title=title,
                attachment_id=attachment_id,
                submitted=_at_noon(day),
                status=MockupStatus.SUBMITTED,
                decided_by="",
                comment="",
            )
            s.add(mockup)
            with integrity_as(
                Text("{reference}: somebody else submitted a mockup at the same moment", reference=activity.reference)
            ):
                s.flush()
            audit(
                s,
                self._ctx,
                "mockup.submit",
                "mockup",
                mockup.id,
                year=year,
                summary=(
                    Text(
                        "mockup {number} for {reference} submitted on {day}: {title}",
                        number=number,
                        reference=activity.reference,
                        day=day,
                        title=title,
                    )
                    if title
                    else Text(
                        "mockup {number} for {reference} submitted on {day}",
                        number=number,
                        reference=activity.reference,
                        day=day,
                    )
                ),
                after={"reference": activity.reference, "number": number, "title": title, "submitted_on": day}
                | ({"attachment_id": attachment_id} if attachment_id is not None else {}),
            )
            return Changes(Entity.MOCKUPS, (mockup.id,), year)

    def approve(
        self,
        mockup_id: int,
        other_brands: int,
        decided_on: dt.date | None = None,
        comment: str = "",
        expected_version: int | None = None,
    ) -> Changes:
        """Approve a submitted mockup, recording how many other brands it shows (R6)."""
        if (
            isinstance(other_brands, bool)
            or not isinstance(other_brands, int)
            or not 0 <= other_brands <= MAX_OTHER_BRANDS
        ):
            raise InvalidInput(
                Problem(
                    Text("other brands"),
                    Text(
                        "must be a whole number from 0 to {top}, got {value}",
                        top=MAX_OTHER_BRANDS,
                        value=repr(other_brands),
                    ),
                )
            )
        return self._decide(mockup_id, MockupStatus.APPROVED, comment, decided_on, expected_version, other_brands)

    def reject(
        self,
        mockup_id: int,
        comment: str,
        *,
        decided_on: dt.date | None = None,
        expected_version: int | None = None,
    ) -> Changes:
        """Reject a submitted mockup (the comment says why)."""
        return self._decide(mockup_id, MockupStatus.REJECTED, comment, decided_on, expected_version)

    def request_changes(
        self,
        mockup_id: int,
        comment: str,
        *,
        decided_on: dt.date | None = None,
        expected_version: int | None = None,
    ) -> Changes:
        """Send a submitted mockup back with the changes wanted; the dealer submits a new one."""
        return self._decide(mockup_id, MockupStatus.CHANGES_REQUESTED, comment, decided_on, expected_version)

    def _decide(
        self,
        mockup_id: int,
        status: MockupStatus,
        comment: str,
        decided_on: dt.date | None,
        expected_version: int | None,
        other_brands: int | None = None,
    ) -> Changes:
        comment = comment.strip()
        if status != MockupStatus.APPROVED and not comment:
            raise InvalidInput(
                Problem(Text("comment"), Text("say why the mockup is {status}", status=mockup_status(status)))
            )
        day, problems = _day(decided_on, Text("decided on"), self._ctx.today())
        if problems:
            raise InvalidInput(*problems)
        with self._ctx.unit() as s:
            mockup = s.get(Mockup, mockup_id)
            if mockup is None:
                raise NotFound(Text("there is no mockup {id}", id=mockup_id))
            programme_year = s.get_one(ProgrammeYear, mockup.activity.year_id)
            ref = mockup.activity.reference
            require_stage(programme_year, _DECISIONS[status])
            which = Text("mockup {number} of {reference}", number=mockup.number, reference=ref)
            if expected_version is not None and mockup.version != expected_version:
                raise Conflict(Text("{mockup} was changed by somebody else; reload it", mockup=which))
            if mockup.status != MockupStatus.SUBMITTED:
                raise Refused(
                    Problem(which, Text("is {status}, not waiting for a decision", status=mockup_status(mockup.status)))
                )
            if day < mockup.submitted.date():
                raise InvalidInput(
                    Problem(
                        Text("decided on"),
                        Text(
                            "{day} is before the submission ({submitted})", day=day, submitted=mockup.submitted.date()
                        ),
                    )
                )
            if status == MockupStatus.APPROVED and mockup.attachment_id is None:
                raise Refused(Problem(which, NO_FILE))
            before = snapshot(mockup, *_SNAPSHOT)
            mockup.status = status
            mockup.other_brands = other_brands
            mockup.decided_on = day
            mockup.decided_at = dt.datetime.now(dt.UTC)
            mockup.decided_by = self._ctx.actor
            mockup.comment = comment
            s.flush()
            summary = _decided_summary(
                mockup.number,
                ref,
                mockup_status(status),
                day,
                rules.rate_explained(other_brands, base_rate(s, programme_year)) if other_brands is not None else "",
                comment,
            )
            audit(
                s,
                self._ctx,
                _ACTIONS[status],
                "mockup",
                mockup.id,
                year=programme_year.year,
                summary=summary,
                before=before,
                after=snapshot(mockup, *_SNAPSHOT),
            )
            return Changes(
                Entity.MOCKUPS,
                (mockup.id,),
                programme_year.year,
                also=(Entity.CLAIMS,) if other_brands is not None else (),
            )

    # -- reading -------------------------------------------------------------------------------
    def list_mockups(
        self,
        year: int,
        status: MockupStatus | None = None,
        dealer_code: str | None = None,
        reference: str | None = None,
    ) -> list[MockupView]:
        """The year's mockups by dealer, activity and number."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            where: list[ColumnElement[bool]] = [PlannedActivity.year_id == programme_year.id]
            if status is not None:
                where.append(Mockup.status == status)
            if dealer_code:
                where.append(Dealer.code == dealer_code.strip().upper())
            if reference:
                where.append(PlannedActivity.reference == reference.strip())
            return mockup_views(s, programme_year, where, (Dealer.code, PlannedActivity.seq, Mockup.number))

    def queue(self, year: int) -> list[MockupView]:
        """The mockups waiting for a decision, oldest first."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            where = [PlannedActivity.year_id == programme_year.id, Mockup.status == MockupStatus.SUBMITTED]
            return mockup_views(s, programme_year, where, (Mockup.submitted, Mockup.id))

    def decided(
        self,
        year: int,
        *,
        dealer_code: str | None = None,
        channel: str | None = None,
        status: MockupStatus | None = None,
        decided_from: dt.date | None = None,
        decided_to: dt.date | None = None,
    ) -> list[MockupView]:
        """The archive: the year's decided mockups (any stage, the closed year too), latest decision first,
        filtered by dealer, channel, decision and the day of the decision (both ends included)."""
        with self._ctx.db.reading() as s:
            programme_year = get_year(s, year)
            where: list[ColumnElement[bool]] = [
                PlannedActivity.year_id == programme_year.id,
                Mockup.status != MockupStatus.SUBMITTED,
            ]
            if status is not None:
                where.append(Mockup.status == status)
            if dealer_code:
                where.append(Dealer.code == dealer_code.strip().upper())
            if channel:
                where.append(PlannedActivity.channel == channel)
            if decided_from is not None:
                where.append(Mockup.decided_on >= decided_from)
            if decided_to is not None:
                where.append(Mockup.decided_on <= decided_to)
            return mockup_views(s, programme_year, where, (Mockup.decided_on.desc(), Mockup.id.desc()))

    def get(self, mockup_id: int) -> MockupView:
        with self._ctx.db.reading() as s:
            year_id = s.scalar(
                select(PlannedActivity.year_id)
                .join(Mockup, Mockup.activity_id == PlannedActivity.id)
                .where(Mockup.id == mockup_id)
            )
            if year_id is None:
                raise NotFound(Text("there is no mockup {id}", id=mockup_id))
            return mockup_views(s, s.get_one(ProgrammeYear, year_id), [Mockup.id == mockup_id], (Mockup.id,))[0]

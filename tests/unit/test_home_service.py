"""What the Home tab is given: the rep's leads, the week's counts since Monday 00:00 UTC, their CRM agent
by the owner rules, and which reps' Homes follow a lead."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.owners import OwnerSource, StoredMapping
from bot.domain.surface import Surface
from bot.services.home import HomeService, week_start
from bot.services.owners import LeadOwners

NOW = datetime(2024, 5, 8, 14, 3, tzinfo=UTC)  # a Wednesday


class _Clock:
    def now(self) -> datetime:
        return NOW


class _History:
    def __init__(self) -> None:
        self.asked: list[tuple[object, ...]] = []

    def earlier_lead(self, team_id: str | None, *, email_key: str | None, phone_key: str | None,
                     since: datetime, excluding_capture_key: str | None = None) -> LeadRecord | None:
        return None

    def recent_for(self, team_id: str | None, user_id: str, limit: int) -> list[LeadRecord]:
        self.asked.append(("recent", team_id, user_id, limit))
        return [_lead(user_id)]

    def counts_for(self, team_id: str | None, user_id: str, since: datetime) -> dict[str, int]:
        self.asked.append(("counts", team_id, user_id, since))
        return {"captured": 4, "delivered": 2, "failed": 1}

    def claim_feed_post(self, lead_id: str, now: datetime) -> bool:
        return False


class _Owners:
    def __init__(self, mapped: dict[OwnerSource, str]) -> None:
        self.mapped = mapped

    def agents_of(self, team_id: str, user_id: str) -> dict[OwnerSource, str]:
        return dict(self.mapped)

    def set_own(self, team_id: str, user_id: str, agent_id: str | None, now: datetime) -> None: ...

    def replace_imported(self, team_id: str, rows: list[tuple[str, str, str | None]], now: datetime) -> int:
        return 0

    def entries(self, team_id: str | None = None) -> list[StoredMapping]:
        return []


def _lead(user_id: str, owner_id: str | None = None, team_id: str | None = "T1") -> LeadRecord:
    return LeadRecord(id="L1", capture_key="k", status=LeadStatus.PENDING, body=json.dumps({"lead": {}}),
                      surface=Surface.MODAL, user_id=user_id, owner_id=owner_id, team_id=team_id, created_at=NOW,
                      updated_at=NOW, next_attempt_at=NOW, queued_at=NOW)


def _service(mapped: dict[OwnerSource, str] | None = None, default: str | None = "agent-default") -> HomeService:
    return HomeService(_History(), LeadOwners(_Owners(mapped or {}), _Clock(), default_agent=default), _Clock())


def test_the_week_starts_on_monday_at_midnight_utc() -> None:
    assert week_start(NOW) == datetime(2024, 5, 6, tzinfo=UTC)
    assert week_start(datetime(2024, 5, 6, 0, 0, tzinfo=UTC)) == datetime(2024, 5, 6, tzinfo=UTC)
    assert week_start(datetime(2024, 5, 5, 23, 59, tzinfo=UTC)) == datetime(2024, 4, 29, tzinfo=UTC)


def test_a_page_has_the_leads_the_counts_and_the_most_specific_agent() -> None:
    history = _History()
    owners = LeadOwners(_Owners({OwnerSource.IMPORTED: "agent-csv", OwnerSource.SELF: "agent-mine"}), _Clock(),
                        default_agent="agent-default")
    home = HomeService(history, owners, _Clock(), recent=30)
    page = home.page("T1", "U1")
    assert [lead.user_id for lead in page.leads] == ["U1"]
    assert page.week is not None and (page.week.since, page.week.captured, page.week.delivered,
                                      page.week.failed) == (datetime(2024, 5, 6, tzinfo=UTC), 4, 2, 1)
    assert page.agent is not None and (page.agent.agent_id, page.agent.source) == ("agent-mine", OwnerSource.SELF)
    assert ("recent", "T1", "U1", 30) in history.asked
    default = _service().page("T1", "U1").agent
    assert default is not None and default.source is OwnerSource.DEFAULT
    assert _service(default=None).page("T1", "U1").agent is None


def test_only_reps_who_opened_home_follow_their_leads() -> None:
    home = _service()
    lead = _lead("U1", owner_id="U2")
    assert home.readers_of(lead) == []
    home.opened("T1", "U2")
    assert home.readers_of(lead) == [("T1", "U2")]
    home.opened("T1", "U1")
    assert home.readers_of(lead) == [("T1", "U1"), ("T1", "U2")]
    assert home.readers_of(_lead("U1", team_id="T2")) == []  # another workspace's U1
    assert home.readers_of(_lead("U1", team_id=None)) == []  # the terminal shell's leads are nobody's Home

"""The rep's name is never waited for: the cache or the payload answers at once, Slack in the background."""

from __future__ import annotations

import socket
import threading

from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Bot

from bot.slack.clients import SlackClients
from bot.slack.users import UserDirectory, name_in_profile
from tests.support.fake_slack import FakeSlack
from tests.support.log_scan import LogRecords
from tests.support.waiting import wait_until


def test_a_name_comes_from_the_payload_while_slack_hangs() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True).start()
    client = WebClient(token="xoxb-1", base_url=f"http://127.0.0.1:{server.getsockname()[1]}/api/")
    users = UserDirectory(SlackClients(single=client), timeout=30)
    try:
        assert users.name("U0REP001", "jamie", team="T0001") == "jamie"
        wait_until(lambda: accepted)  # the lookup is on the wire, and hangs...
        assert users.name("U0REP001", "", team="T0001") == "U0REP001"  # ...while names are still answered at once
        assert users.cached("U0REP001") is None
    finally:
        users.close()
        server.close()
        for conn in accepted:
            conn.close()


def test_a_looked_up_name_is_cached(fake_slack: FakeSlack) -> None:
    fake_slack.users["U0REP001"] = {"id": "U0REP001", "name": "jamie",
                                    "profile": {"display_name": "", "real_name": "Jamie Doe"}}
    users = UserDirectory(SlackClients(single=WebClient(token="xoxb-1", base_url=fake_slack.api_url)))
    users.warm("U0REP001", team="T0001")
    wait_until(lambda: users.cached("U0REP001") == "Jamie Doe")
    assert users.name("U0REP001", "jamie", team="T0001") == "Jamie Doe"
    assert len(fake_slack.calls_to("users.info")) == 1
    users.close()


def test_a_failed_lookup_keeps_the_fallback(fake_slack: FakeSlack, log_records: LogRecords) -> None:
    fake_slack.failures["users.info"] = "user_not_found"
    users = UserDirectory(SlackClients(single=WebClient(token="xoxb-1", base_url=fake_slack.api_url)))
    users.warm("U0GONE01", team="T0001")
    wait_until(lambda: any(r.getMessage().startswith("users.info failed") for r in log_records.records),
               expected="the failed lookup logged")  # the lookup is over
    assert users.name("U0GONE01", "gone", team="T0001") == "gone"
    users.close()


class _Installed:
    """Two installed workspaces' bots, as the installation store opens them."""

    def bot_for(self, team_key: str) -> Bot | None:
        if team_key not in ("T0ONE", "E0ORG"):
            return None
        return Bot(bot_token=f"xoxb-{team_key}", bot_id="B1", bot_user_id="UBOT", installed_at=0.0,
                   team_id=team_key if team_key.startswith("T") else None,
                   enterprise_id=team_key if team_key.startswith("E") else None)


def test_many_workspaces_each_name_is_asked_with_its_workspaces_token(fake_slack: FakeSlack) -> None:
    fake_slack.users["U0ONE001"] = {"id": "U0ONE001", "real_name": "Ana Lima"}
    fake_slack.users["W0ORG001"] = {"id": "W0ORG001", "real_name": "Bo Chen"}
    clients = SlackClients(bots=_Installed(), build=lambda token: WebClient(token=token, base_url=fake_slack.api_url))
    users = UserDirectory(clients)
    try:
        assert users.name_now("U0ONE001", team="T0ONE") == "Ana Lima"
        assert users.name_now("W0ORG001", team="E0ORG") == "Bo Chen"
        assert users.name_now("U0NOBODY", team="T0GONE") == "U0NOBODY"  # not installed there: nothing asked
        assert [c.token for c in fake_slack.calls_to("users.info")] == ["xoxb-T0ONE", "xoxb-E0ORG"]
    finally:
        users.close()


def test_names_in_profiles() -> None:
    assert name_in_profile({"profile": {"display_name": " ", "real_name": "Ann Lee"}}) == "Ann Lee"
    assert name_in_profile({"real_name": "Bo", "name": "bo"}) == "Bo"
    assert name_in_profile(None) == "" and name_in_profile({"profile": "x"}) == ""

"""The database going away under a running LeadBot: a real PostgreSQL behind a loopback proxy that
the test cuts, so every pooled connection breaks and every new one is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness, make_settings
from tests.support.tcp_proxy import TcpProxy


@pytest.fixture
def proxy(postgres_url: str) -> Iterator[TcpProxy]:
    url = make_url(postgres_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432).start()
    yield proxy
    proxy.cut()


@pytest.fixture
def bot_behind_proxy(postgres_url: str, proxy: TcpProxy, fake_slack: FakeSlack,
                     fake_crm: FakeCrm) -> Iterator[BotHarness]:
    proxied = make_url(postgres_url).set(host="127.0.0.1", port=proxy.port, query={"connect_timeout": "3"})
    harness = BotHarness(make_settings(
        slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url,
        database_url=proxied.render_as_string(hide_password=False),
    )).start()
    yield harness
    harness.close()


def test_healthz_says_when_the_database_is_unreachable(bot_behind_proxy: BotHarness, proxy: TcpProxy) -> None:
    before = bot_behind_proxy.http.get("/healthz")
    assert before.status_code == 200 and before.json()["database"] == "ok"  # pooled connections exist now
    proxy.cut()
    response = bot_behind_proxy.http.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"ok": False, "database": "unreachable"}

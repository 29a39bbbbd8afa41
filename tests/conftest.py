"""Shared fixtures: the loopback fakes, LeadBot's real server, databases, and the reference schemas
kept in tests/data (copies of ../shared, so a user's own clone runs every test)."""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.fault_replay import SHORT_SLACK_TIMEOUT
from tests.support.harness import BotHarness, make_settings
from tests.support.log_scan import LogCollector, LogRecords, violations
from tests.support.processes import STDERR_SEEN

# Speed is the benchmarks' business (bench/), never a timed assertion in a test: a property test that took
# 325 ms once on a busy machine (phonenumbers loading a region's metadata on first use) is no failure.
settings.register_profile("leadbot", deadline=None)
settings.load_profile("leadbot")

DATA = Path(__file__).resolve().parent / "data"
PG_ADMIN_URL = os.environ.get("LEADBOT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
UNDER_CI = os.environ.get("CI", "").lower() == "true"


def _json(relative: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((DATA / relative).read_text())
    return loaded


@pytest.fixture(scope="session")
def lead_schema() -> dict[str, Any]:
    """The CRM's Create Lead V3 request schema (ours)."""
    return _json("crm/lead-v3.request.schema.json")


@pytest.fixture(scope="session")
def manifest_schema() -> dict[str, Any]:
    """Slack's published app-manifest schema (MIT, tests/data/slack/LICENSE)."""
    return _json("slack/manifest.schema.1.0.0.json")


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    slack = FakeSlack().start()
    yield slack
    slack.stop()


@pytest.fixture
def fake_crm() -> Iterator[FakeCrm]:
    crm = FakeCrm().start()
    yield crm
    crm.stop()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'leadbot.sqlite3'}"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The admin URL of the machine's PostgreSQL; skips locally when absent, fails under CI."""
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_ADMIN_URL)
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:
        message = f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {type(exc).__name__}"
        if UNDER_CI:
            pytest.fail(message + " (CI=true: PostgreSQL tests must run)")
        pytest.skip(message)
    finally:
        engine.dispose()
    return PG_ADMIN_URL


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh database for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"leadbot_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest) -> str:
    """A fresh database on each backend LeadBot supports: a test using it runs once per backend."""
    url: str = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    return url


@pytest.fixture
def short_timeout_bot(fake_slack: FakeSlack, fake_crm: FakeCrm, sqlite_url: str) -> Iterator[BotHarness]:
    """LeadBot's real server with SLACK_TIMEOUT_SECONDS=0.5, for replays against a misbehaving Slack."""
    harness = BotHarness(make_settings(
        slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url, database_url=sqlite_url,
        slack_timeout_seconds=SHORT_SLACK_TIMEOUT, status_catch_up_seconds=1,
    )).start()
    yield harness
    harness.close()


@pytest.fixture
def bot(fake_slack: FakeSlack, fake_crm: FakeCrm, sqlite_url: str) -> Iterator[BotHarness]:
    harness = BotHarness(make_settings(
        slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url, database_url=sqlite_url,
    )).start()
    yield harness
    harness.close()


@pytest.fixture
def log_records() -> Iterator[LogRecords]:
    handler = LogRecords()
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


_COLLECTOR = LogCollector()


@pytest.fixture(scope="session", autouse=True)
def collect_logs() -> Iterator[None]:
    """Every in-process log record at INFO and above goes through LeadBot's formatter for the scan."""
    root = logging.getLogger()
    previous = root.level
    root.addHandler(_COLLECTOR)
    root.setLevel(min(previous, logging.INFO) if previous else logging.INFO)
    yield
    root.removeHandler(_COLLECTOR)
    root.setLevel(previous)


@pytest.fixture(autouse=True)
def no_real_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """LeadBot's default database is under XDG_DATA_HOME (or ~/.local/share): never the real home."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    found = violations(_COLLECTOR.lines + STDERR_SEEN)
    lines = len(_COLLECTOR.lines) + sum(text.count("\n") for text in STDERR_SEEN)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if found:
        if reporter is not None:
            reporter.write_line(f"LOG SCAN FAILED: {len(found)} leak(s) in {lines} log lines:", red=True)
            for item in found[:20]:
                reporter.write_line(f"  {item}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif reporter is not None and lines:
        reporter.write_line(f"log scan: {lines} log lines, no token, email or phone number in clear")

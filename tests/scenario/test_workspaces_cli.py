"""``python -m bot workspaces …`` as real processes: ``crm`` takes the token from stdin and stores it sealed,
``list`` never shows it, ``rotate-key`` reseals every token under the newest key, and ``doctor`` reports
the workspaces."""

from __future__ import annotations

from pathlib import Path

from slack_sdk.oauth.installation_store import Installation
from sqlalchemy import create_engine, text

from bot.adapters.installations import SealedInstallationStore
from bot.adapters.migrate import upgrade
from bot.adapters.secrets import SecretBox, new_secret_key
from tests.support.fake_slack import FakeSlack
from tests.support.processes import bot_env, run_bot

TOKEN = "acme-crm-token-123456"


def _env(sqlite_url: str, key: str) -> dict[str, str]:
    return bot_env(DATABASE_URL=sqlite_url, SLACK_CLIENT_ID="1111.2222", SLACK_CLIENT_SECRET="app-secret",
                   SLACK_SIGNING_SECRET="8f742231b10e8888abcd99yyyzzz85a5", LEADBOT_SECRET_KEY=key,
                   CRM_BASE_URL="https://crm.default.example")


def _raw(sqlite_url: str) -> str:
    engine = create_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            return repr(conn.execute(text("select * from workspaces")).all())
    finally:
        engine.dispose()


def test_connect_list_rotate_and_doctor(sqlite_url: str) -> None:
    old = new_secret_key()
    env = _env(sqlite_url, old)

    connected = run_bot("workspaces", "crm", "T0ACME", "--agent-id", "agent-acme", env=env, input_text=TOKEN + "\n")
    assert connected.returncode == 0, connected.stderr
    assert "https://crm.default.example" in connected.stdout and TOKEN not in connected.stdout
    sealed = _raw(sqlite_url)
    assert TOKEN not in sealed

    run_bot("workspaces", "crm", "T0GLOBEX", "--agent-id", "agent-g", "--base-url", "https://crm.globex.example",
            env=env, input_text="globex-token\n")
    listed = run_bot("workspaces", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "T0ACME" in listed.stdout and "https://crm.globex.example" in listed.stdout
    assert "agent-acme" in listed.stdout
    assert TOKEN not in listed.stdout + listed.stderr and "globex-token" not in listed.stdout

    channel = run_bot("workspaces", "channel", "T0ACME", "C0LEADS01", env=env)
    assert channel.returncode == 0 and "leads the CRM accepts are posted in C0LEADS01" in channel.stdout
    assert "C0LEADS01" in run_bot("workspaces", "list", env=env).stdout
    not_a_channel = run_bot("workspaces", "channel", "T0ACME", "#sales", env=env)
    assert not_a_channel.returncode == 1 and "Pick a channel" in not_a_channel.stderr
    off = run_bot("workspaces", "channel", "T0ACME", "off", env=env)
    assert off.returncode == 0 and "are not posted in a channel" in off.stdout

    new = new_secret_key()
    rotated = run_bot("workspaces", "rotate-key", env=_env(sqlite_url, f"{new},{old}"))
    assert rotated.returncode == 0, rotated.stderr
    assert "2 CRM token(s)" in rotated.stdout
    assert _raw(sqlite_url) != sealed

    doctor = run_bot("doctor", env=_env(sqlite_url, new))  # the old key is gone: every token still opens
    assert "2 workspace(s); CRM tokens open with LEADBOT_SECRET_KEY" in doctor.stdout, doctor.stdout
    stale = run_bot("doctor", env=_env(sqlite_url, old))
    assert "cannot be decrypted" in stale.stdout


def test_no_token_on_stdin_stores_nothing(sqlite_url: str) -> None:
    env = _env(sqlite_url, new_secret_key())
    refused = run_bot("workspaces", "crm", "T0ACME", "--agent-id", "agent-acme", env=env, input_text="")
    assert refused.returncode == 2
    assert "No token on stdin" in refused.stderr
    listed = run_bot("workspaces", "list", env=env)
    assert "No LeadBot database" in listed.stderr  # the token is read first: nothing was even created


def test_owners_import_asks_slack_with_the_installed_workspaces_own_token(
        sqlite_url: str, tmp_path: Path, fake_slack: FakeSlack) -> None:
    """Many workspaces have no SLACK_BOT_TOKEN: an owners file's emails are matched with the token of
    the workspace named by --team, as installed; a workspace LeadBot is not installed in is told so."""
    key = new_secret_key()
    env = {**_env(sqlite_url, key), "SLACK_API_BASE_URL": fake_slack.api_url}
    engine = create_engine(sqlite_url)
    try:
        upgrade(engine)
        SealedInstallationStore("1111.2222", engine, SecretBox(key)).save(Installation(
            app_id="A0LEADBOT", team_id="T0ACME", user_id="U0ADMIN1", bot_token="xoxb-acme-installed",
            bot_id="B0ACME", bot_user_id="UBOT0001", bot_scopes=["users:read.email"]))
    finally:
        engine.dispose()
    fake_slack.emails["jane@acme.io"] = "U0JANE01"
    owners = tmp_path / "owners.csv"
    owners.write_text("slack_user,agent_id\njane@acme.io,agent-jane\n", encoding="utf-8")

    imported = run_bot("owners", "import", "--team", "T0ACME", str(owners), env=env)
    assert imported.returncode == 0, imported.stderr
    assert [c.token for c in fake_slack.calls_to("users.lookupByEmail")] == ["xoxb-acme-installed"]

    elsewhere = run_bot("owners", "import", "--team", "T0GLOBEX", str(owners), env=env)
    assert elsewhere.returncode == 1 and "LeadBot installed in this workspace" in elsewhere.stderr

"""Settings: environment over .env over defaults, problems named by variable, secrets never echoed."""

from __future__ import annotations

import os
import traceback
from pathlib import Path

import pytest

from bot.config import (
    DEFAULT_CRM_BASE_URL,
    DEFAULT_SLACK_API_BASE_URL,
    DRY_RUN_AGENT_ID,
    Mode,
    Settings,
    hint_for,
    load_settings,
)
from bot.errors import ConfigError, LeadBotError
from tests.support.env_files import WriteEnv

pytestmark = pytest.mark.usefixtures("clean_env")


def _problems(**env: str) -> list[str]:
    mp = pytest.MonkeyPatch()
    try:
        for key, value in env.items():
            mp.setenv(key, value)
        with pytest.raises(ConfigError) as info:
            load_settings()
    finally:
        mp.undo()
    assert isinstance(info.value, LeadBotError)
    assert str(info.value).startswith("Configuration problem:\n")
    return info.value.problems


def test_defaults() -> None:
    settings = load_settings()
    assert settings.port == 3000
    assert settings.default_phone_region == "US"
    assert settings.crm_base_url == DEFAULT_CRM_BASE_URL
    assert settings.leads_url == "https://eu-gcp-api.vg-stuff.com/v3/leads"
    assert settings.slack_api_base_url == DEFAULT_SLACK_API_BASE_URL
    assert settings.database_url == f"sqlite:///{Path(os.environ['XDG_DATA_HOME']) / 'leadbot' / 'leadbot.sqlite3'}"
    assert settings.crm_timeout_seconds == 10.0
    assert settings.web_threads == 16
    assert settings.log_level == "INFO"
    assert settings.slack_bot_token is None
    assert settings.crm_api_token is None
    assert settings.crm_dry_run is True
    assert settings.agent_id == DRY_RUN_AGENT_ID


def test_values_come_from_the_env_file(write_env: WriteEnv) -> None:
    write_env("PORT=4000\nDEFAULT_PHONE_REGION=gb\nSLACK_BOT_TOKEN=xoxb-from-file\nlog_level=debug\n"
              "CRM_BASE_URL=https://crm.example/\nSLACK_API_BASE_URL=http://127.0.0.1:9000/api\n")
    settings = load_settings()
    assert settings.port == 4000
    assert settings.default_phone_region == "GB"
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-from-file"
    assert settings.log_level == "DEBUG"
    assert settings.crm_base_url == "https://crm.example"
    assert settings.leads_url == "https://crm.example/v3/leads"
    assert settings.slack_api_base_url == "http://127.0.0.1:9000/api/"


def test_process_environment_beats_the_env_file(write_env: WriteEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    write_env("PORT=4000\nSLACK_BOT_TOKEN=xoxb-from-file\nCRM_AGENT_ID=file-agent\nDATABASE_URL=sqlite:///file.db\n")
    monkeypatch.setenv("PORT", "5000")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-from-env")
    monkeypatch.setenv("CRM_AGENT_ID", "env-agent")
    settings = load_settings()
    assert settings.port == 5000
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-from-env"
    assert settings.agent_id == "env-agent"
    assert settings.database_url == "sqlite:///file.db"  # not overridden, so the file's value stands


def test_env_file_named_by_leadbot_env_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("PORT=4444\n")  # the working directory's .env is not the one named
    other = tmp_path / "other.env"
    other.write_text("PORT=5555\n")
    monkeypatch.setenv("LEADBOT_ENV_FILE", str(other))
    assert load_settings().port == 5555
    monkeypatch.delenv("LEADBOT_ENV_FILE")
    assert load_settings().port == 4444  # without it, ./.env is read


@pytest.mark.parametrize(("value", "message"), [
    ("abc", "Input should be a valid integer, unable to parse string as an integer"),
    ("70000", "Input should be less than or equal to 65535"),
    ("-1", "Input should be greater than or equal to 0"),
])
def test_bad_port_from_the_environment(value: str, message: str) -> None:
    assert _problems(PORT=value) == [f"PORT (from the environment) {message}"]


def test_bad_port_from_the_env_file(write_env: WriteEnv) -> None:
    path = write_env("PORT=eighty\n")
    [problem] = _problems()
    assert problem.startswith(f"PORT (from {path}) ")
    assert "valid integer" in problem


@pytest.mark.parametrize("value", ["ZZ", "1", "Germany"])
def test_bad_default_phone_region(value: str) -> None:
    assert _problems(DEFAULT_PHONE_REGION=value) == [
        "DEFAULT_PHONE_REGION (from the environment) must be a two-letter region code such as US, GB or DE"
    ]


@pytest.mark.parametrize(("value", "meant"), [("uk", "GB"), ("UK", "GB"), ("USA", "US"), ("el", "GR"),
                                              ("UAE", "AE")])
def test_a_common_region_alias_gets_the_iso_code_suggested(value: str, meant: str) -> None:
    assert _problems(DEFAULT_PHONE_REGION=value) == [
        f"DEFAULT_PHONE_REGION (from the environment) must be an ISO 3166 region code: use {meant}, "
        f"not {value.upper()}"
    ]


@pytest.mark.parametrize("secret", ["xoxp-1234-SUPERSECRETVALUE", "xapp-1-SUPERSECRETVALUE", "SUPERSECRETVALUE"])
def test_bad_bot_token_is_named_but_never_echoed(secret: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", secret)
    with pytest.raises(ConfigError) as info:
        load_settings()
    error = info.value
    assert error.problems == ["SLACK_BOT_TOKEN (from the environment) must be a bot token starting with xoxb-"]
    printed = "".join(traceback.format_exception(error))  # what a crash would show, chained errors included
    for text in (str(error), repr(error), printed):
        assert "SUPERSECRETVALUE" not in text
    assert error.__cause__ is None and error.__suppress_context__


def test_bad_tokens_from_the_env_file_name_the_file(write_env: WriteEnv) -> None:
    path = write_env("SLACK_BOT_TOKEN=xoxp-FILESECRET\nSLACK_APP_TOKEN=xoxb-FILESECRET2\n")
    problems = _problems()
    assert problems == [
        f"SLACK_BOT_TOKEN (from {path}) must be a bot token starting with xoxb-",
        f"SLACK_APP_TOKEN (from {path}) must be an app-level token starting with xapp-",
    ]
    assert "FILESECRET" not in "\n".join(problems)


def test_every_problem_is_reported_at_once(write_env: WriteEnv) -> None:
    write_env("DEFAULT_PHONE_REGION=XX\n")
    problems = _problems(PORT="x", LOG_LEVEL="loud", CRM_BASE_URL="ftp://crm.example", WEB_THREADS="0")
    assert [p.split(" ", 1)[0] for p in problems] == [
        "CRM_BASE_URL", "PORT", "WEB_THREADS", "DEFAULT_PHONE_REGION", "LOG_LEVEL",
    ]
    assert any(p.startswith("DEFAULT_PHONE_REGION (from ") and "test.env" in p for p in problems)
    assert "CRM_BASE_URL (from the environment) must be an http:// or https:// URL" in problems
    assert "LOG_LEVEL (from the environment) must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL" in problems


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_blank_values_count_as_unset(blank: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "CRM_API_TOKEN", "CRM_AGENT_ID"):
        monkeypatch.setenv(name, blank)
    settings = load_settings()
    assert settings.slack_bot_token is None
    assert settings.slack_signing_secret is None
    assert settings.slack_app_token is None
    assert settings.crm_api_token is None
    assert settings.crm_agent_id is None
    assert settings.crm_dry_run is True
    assert settings.agent_id == DRY_RUN_AGENT_ID
    assert settings.missing_for(Mode.SOCKET) == [
        f"SLACK_BOT_TOKEN is not set: {hint_for('SLACK_BOT_TOKEN')}",
        f"SLACK_APP_TOKEN is not set: {hint_for('SLACK_APP_TOKEN')}",
    ]


def test_blank_values_in_the_env_file_count_as_unset(write_env: WriteEnv) -> None:
    write_env("SLACK_BOT_TOKEN=\nCRM_API_TOKEN=\nCRM_AGENT_ID=  \n")
    settings = load_settings()
    assert settings.slack_bot_token is None
    assert settings.crm_dry_run is True


def test_values_are_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "  xoxb-123  ")
    monkeypatch.setenv("CRM_AGENT_ID", " agent-7 ")
    settings = load_settings()
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-123"
    assert settings.agent_id == "agent-7"


def test_crm_token_turns_dry_run_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().crm_dry_run is True
    monkeypatch.setenv("CRM_API_TOKEN", "crm-SECRET-token")
    settings = load_settings()
    assert settings.crm_dry_run is False
    assert "crm-SECRET-token" not in repr(settings)
    assert "crm-SECRET-token" not in str(settings.model_dump())


# --- missing_for / require -----------------------------------------------------------------------

def _line(name: str) -> str:
    return f"{name} is not set: {hint_for(name)}"


@pytest.mark.parametrize(("mode", "missing"), [
    (Mode.HTTP, ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]),
    (Mode.SOCKET, ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]),
    (Mode.SHELL, []),
])
def test_missing_for_each_mode_in_dry_run(mode: Mode, missing: list[str]) -> None:
    settings = load_settings()
    assert settings.missing_for(mode) == [_line(name) for name in missing]


@pytest.mark.parametrize(("mode", "missing"), [
    (Mode.HTTP, ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]),
    (Mode.SOCKET, ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]),
    (Mode.SHELL, []),
])
def test_a_real_crm_needs_no_default_agent(mode: Mode, missing: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Reps may each have their own agent (lead owners), so CRM_AGENT_ID is only the default.
    monkeypatch.setenv("CRM_API_TOKEN", "crm-token")
    settings = load_settings()
    assert settings.default_agent is None
    assert settings.missing_for(mode) == [_line(name) for name in missing]


def test_hints_say_how_to_get_each_value() -> None:
    assert "xoxb-" in hint_for("SLACK_BOT_TOKEN")
    assert "Signing Secret" in hint_for("SLACK_SIGNING_SECRET")
    assert "connections:write" in hint_for("SLACK_APP_TOKEN") and "xapp-" in hint_for("SLACK_APP_TOKEN")
    assert "agent id" in hint_for("CRM_AGENT_ID")


def test_require_raises_with_every_missing_variable() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings().require(Mode.HTTP)
    assert info.value.problems == [_line("SLACK_BOT_TOKEN"), _line("SLACK_SIGNING_SECRET")]
    assert str(info.value) == (
        "Configuration problem:\n"
        f"  - {_line('SLACK_BOT_TOKEN')}\n"
        f"  - {_line('SLACK_SIGNING_SECRET')}"
    )


def test_require_passes_when_everything_is_set(write_env: WriteEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    write_env("SLACK_BOT_TOKEN=xoxb-1\nSLACK_SIGNING_SECRET=abc\nCRM_API_TOKEN=crm\n")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
    monkeypatch.setenv("CRM_AGENT_ID", "agent-42")
    settings = load_settings()
    for mode in Mode:
        assert settings.missing_for(mode) == []
        settings.require(mode)  # does not raise


def test_blank_values_fall_through_to_the_next_source(write_env: WriteEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    write_env("PORT=\nSLACK_BOT_TOKEN=xoxb-from-the-file\n")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "")
    settings = load_settings()
    assert settings.port == 3000
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-from-the-file"


def test_every_setting_is_documented_in_the_readme_and_env_example() -> None:
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text()
    example = (root / ".env.example").read_text()
    for name in Settings.model_fields:
        variable = name.upper()
        assert f"| `{variable}` |" in readme, f"{variable} is missing from the README's configuration table"
        assert variable in example, f"{variable} is missing from .env.example"

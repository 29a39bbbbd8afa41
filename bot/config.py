"""Settings, read once at start-up.

Precedence, highest first: the process environment, then the ``.env`` file in the working directory
(or the file named by ``LEADBOT_ENV_FILE``), then the defaults below. Every problem is reported by the
name of its variable, where the value came from, and what to do; secret values are never echoed.

Settings only a Slack server uses (``PORT``, ``WEB_THREADS``, the signing secret, the app token) do not
stop the terminal shell or the outbox commands when they are invalid: those commands are how an
operator looks around while fixing the configuration. ``serve``, ``socket`` and ``run`` still refuse.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import phonenumbers
from dotenv import dotenv_values
from dotenv.parser import parse_stream
from pydantic import Field, PrivateAttr, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot import database_url as db_url
from bot.domain.lead import LEADS_PATH
from bot.domain.outbox import RetryPolicy
from bot.errors import ConfigError

DEFAULT_CRM_BASE_URL = "https://eu-gcp-api.vg-stuff.com"
DEFAULT_SLACK_API_BASE_URL = "https://slack.com/api/"
DRY_RUN_AGENT_ID = "dry-run-agent"


def env_file() -> Path:
    return Path(os.environ.get("LEADBOT_ENV_FILE", ".env"))


class Mode(StrEnum):
    HTTP = "http"
    SOCKET = "socket"
    SHELL = "shell"


class TurnsIn(StrEnum):
    """Where serve and socket apply chat turns: a worker process of their own, or their own threads."""

    PROCESS = "process"
    THREADS = "threads"


# How to get each required value; shown when it is missing.
_HINTS = {
    "SLACK_BOT_TOKEN": "install the app to your workspace, then copy OAuth & Permissions > "
    "Bot User OAuth Token (starts with xoxb-)",
    "SLACK_SIGNING_SECRET": "copy Basic Information > App Credentials > Signing Secret",
    "SLACK_APP_TOKEN": "create one under Basic Information > App-Level Tokens with the "
    "connections:write scope (starts with xapp-)",
    "CRM_AGENT_ID": "ask your CRM admin for the agent id that should own leads from Slack reps without "
    "an agent of their own (see \"Lead owners\" in the README)",
    "LEADBOT_SECRET_KEY": "generate one with: python -m bot secret-key (keep it safe: it encrypts every "
    "workspace's tokens)",
    "SLACK_CLIENT_ID": "copy Basic Information > App Credentials > Client ID",
    "SLACK_CLIENT_SECRET": "copy Basic Information > App Credentials > Client Secret",
}


def hint_for(variable: str) -> str:
    return _HINTS[variable]


# What people type for a region that phonenumbers knows under its ISO 3166 code.
REGION_ALIASES = {"UK": "GB", "EN": "GB", "ENGLAND": "GB", "BRITAIN": "GB", "USA": "US", "UAE": "AE",
                  "EL": "GR", "KO": "KR", "JA": "JP", "ZH": "CN", "DA": "DK", "SV": "SE", "CS": "CZ"}
# Invalid values of these stop only serve/socket/run; see the module docstring.
SERVER_ONLY = ("port", "web_threads", "slack_signing_secret", "slack_app_token")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False,
        # A blank variable (PORT= in .env, SLACK_BOT_TOKEN= left by a CI) means "not set here".
        env_ignore_empty=True,
    )

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    # Many workspaces through OAuth (HTTP mode, without SLACK_BOT_TOKEN): the app's credentials, and the
    # key(s) that encrypt tokens at rest (comma-separated Fernet keys; the first encrypts, all decrypt).
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    leadbot_secret_key: SecretStr | None = None
    slack_api_base_url: str = DEFAULT_SLACK_API_BASE_URL
    slack_timeout_seconds: float = Field(default=10.0, gt=0, le=60)
    crm_base_url: str = DEFAULT_CRM_BASE_URL
    crm_api_token: SecretStr | None = None
    crm_agent_id: str | None = None
    crm_timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    retry_base_seconds: float = Field(default=2.0, gt=0, le=3600)
    retry_cap_seconds: float = Field(default=3600.0, gt=0, le=86400)
    retry_max_age_hours: float = Field(default=24.0, gt=0, le=24 * 30)
    delivery_lease_seconds: float = Field(default=300.0, ge=1, le=3600)
    delivery_concurrency: int = Field(default=4, ge=1, le=64)
    chat_workers: int = Field(default=4, ge=1, le=64)
    chat_turns: TurnsIn = TurnsIn.PROCESS
    status_catch_up_seconds: float = Field(default=15.0, ge=0.5, le=3600)
    database_url: str = Field(default_factory=db_url.default_database_url)
    port: int = Field(default=3000, ge=0, le=65535)
    web_threads: int = Field(default=16, ge=1, le=256)
    default_phone_region: str = "US"
    conversation_timeout_minutes: float = Field(default=30, gt=0, le=24 * 60)
    # For sales teams: how far back an earlier lead for the same person is warned about (0: never),
    # and the channel each delivered lead is posted to (with email and phone only when asked).
    duplicate_window_days: int = Field(default=90, ge=0, le=3650)
    leads_channel: str | None = None
    leads_channel_show_contact: bool = False
    log_level: str = "INFO"
    log_format: str = "auto"
    # Problems with server-only settings that a shell or outbox command skipped (see load_settings).
    _ignored: list[str] = PrivateAttr(default_factory=list)

    @field_validator("slack_bot_token", "slack_signing_secret", "slack_app_token", "crm_api_token",
                     "crm_agent_id", "slack_client_id", "slack_client_secret", "leadbot_secret_key", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value.strip() if isinstance(value, str) else value

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xoxb-"):
            raise ValueError("must be a bot token starting with xoxb-")
        return value

    @field_validator("leadbot_secret_key")
    @classmethod
    def _fernet_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            secret_keys(value.get_secret_value())  # raises ValueError naming what is wrong
        return value

    @field_validator("slack_app_token")
    @classmethod
    def _app_token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xapp-"):
            raise ValueError("must be an app-level token starting with xapp-")
        return value

    @field_validator("slack_api_base_url", "crm_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value

    @field_validator("slack_api_base_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        # slack_sdk joins method names onto the base URL, so it must end with a slash.
        return value if value.endswith("/") else value + "/"

    @field_validator("crm_base_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        db_url.parse(value)
        return value.strip()

    @field_validator("default_phone_region")
    @classmethod
    def _known_region(cls, value: str) -> str:
        region = value.strip().upper()
        if region in REGION_ALIASES:
            raise ValueError(f"must be an ISO 3166 region code: use {REGION_ALIASES[region]}, not {region}")
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError("must be a two-letter region code such as US, GB or DE")
        return region

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("log_format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        fmt = value.strip().lower()
        if fmt not in {"auto", "json", "text"}:
            raise ValueError("must be auto, json or text")
        return fmt

    @property
    def crm_dry_run(self) -> bool:
        """Without a CRM token the bot stores leads and shows the JSON it would send."""
        return self.crm_api_token is None

    @property
    def agent_id(self) -> str:
        return self.crm_agent_id or DRY_RUN_AGENT_ID

    @property
    def default_agent(self) -> str | None:
        """The CRM agent of every rep without a mapping (lead owners): CRM_AGENT_ID; in a dry run, the
        placeholder when it is unset, so a dry run always works. None: unmapped reps cannot capture."""
        return self.agent_id if self.crm_dry_run else self.crm_agent_id

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(base=timedelta(seconds=self.retry_base_seconds),
                           cap=timedelta(seconds=self.retry_cap_seconds),
                           max_age=timedelta(hours=self.retry_max_age_hours))

    @property
    def status_catch_up_interval(self) -> timedelta:
        return timedelta(seconds=self.status_catch_up_seconds)

    @property
    def delivery_lease(self) -> timedelta:
        return timedelta(seconds=self.delivery_lease_seconds)

    @property
    def leads_url(self) -> str:
        return f"{self.crm_base_url}{LEADS_PATH}"

    @property
    def ignored_problems(self) -> list[str]:
        """Invalid server-only settings that ``load_settings(server=False)`` replaced by defaults."""
        return list(self._ignored)

    @property
    def multi_workspace(self) -> bool:
        """Install in many workspaces through OAuth: the app's credentials are set and no single bot token."""
        return self.slack_bot_token is None and (self.slack_client_id is not None
                                                 or self.slack_client_secret is not None)

    def missing_for(self, mode: Mode) -> list[str]:
        """Problems that stop ``mode`` from starting, one line per variable, with how to fix it."""
        required: list[str] = []
        if mode is Mode.HTTP and self.multi_workspace:
            required += ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "LEADBOT_SECRET_KEY"]
        elif mode in (Mode.HTTP, Mode.SOCKET):
            required.append("SLACK_BOT_TOKEN")
        if mode is Mode.HTTP:
            required.append("SLACK_SIGNING_SECRET")
        if mode is Mode.SOCKET:
            required.append("SLACK_APP_TOKEN")
        return [
            f"{name} is not set: {_HINTS[name]}"
            for name in required
            if getattr(self, name.lower()) is None
        ]

    @property
    def slack_mode(self) -> Mode | None:
        """The Slack mode ``run`` starts: Socket Mode first, then HTTP; None if neither is complete."""
        for mode in (Mode.SOCKET, Mode.HTTP):
            if not self.missing_for(mode):
                return mode
        return None

    @property
    def slack_started(self) -> bool:
        """Some Slack setting is there: the operator means to run in Slack, not in the terminal."""
        return any(v is not None for v in (self.slack_bot_token, self.slack_app_token, self.slack_signing_secret,
                                           self.slack_client_id, self.slack_client_secret))

    def require(self, mode: Mode) -> None:
        problems = self.missing_for(mode)
        if problems:
            raise ConfigError(problems)


def secret_keys(raw: str) -> list[bytes]:
    """LEADBOT_SECRET_KEY as Fernet keys, newest first; raises ValueError saying which one is not a key."""
    keys = [part.strip().encode() for part in raw.split(",") if part.strip()]
    if not keys:
        raise ValueError("has no key in it")
    for index, key in enumerate(keys, start=1):
        try:
            decoded = base64.urlsafe_b64decode(key)
        except (ValueError, binascii.Error):
            decoded = b""
        if len(decoded) != 32:
            raise ValueError(f"key {index} is not a Fernet key (32 url-safe base64-encoded bytes): "
                             "generate one with: python -m bot secret-key")
    return keys


def _source_of(variable: str) -> str:
    if variable in os.environ or variable.lower() in os.environ:
        return "from the environment"
    path = env_file()
    if path.is_file() and variable in {k.upper() for k in dotenv_values(path)}:
        return f"from {path}"
    return "default"


def _env_file_problems(path: Path) -> list[str]:
    """Lines of the .env file python-dotenv cannot read (it would only warn and skip them). The line's
    text is not echoed: it may hold a secret."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as stream:
        bad = [binding.original.line for binding in parse_stream(stream) if binding.error]
    return [f"{path} line {line} is not a KEY=value line: fix or remove it (quote a value that "
            "holds spaces or #)" for line in bad]


def load_settings(*, server: bool = True, **overrides: Any) -> Settings:
    """Read the settings, turning pydantic's errors into a ConfigError that names each variable.

    ``server=False`` (shell, outbox): invalid server-only settings fall back to their defaults, and
    ``ignored`` lists them, so the caller can say they were skipped."""
    path = env_file()
    problems = _env_file_problems(path)
    if problems:
        raise ConfigError(problems)
    # python-dotenv's own warnings are covered by _env_file_problems, which names the file.
    logging.getLogger("dotenv.main").disabled = True
    ignored: list[str] = []
    while True:
        try:
            settings = Settings(_env_file=path, **overrides)
            settings._ignored = ignored
            return settings
        except ValidationError as exc:
            found = [(str(error["loc"][0]) if error["loc"] else "?",
                      f"{error['msg'].removeprefix('Value error, ')}") for error in exc.errors()]
            problems = [f"{field.upper()} ({_source_of(field.upper())}) {msg}" for field, msg in found]
            fields = [field for field, _ in found]
            blocking = [p for f, p in zip(fields, problems, strict=True) if server or f not in SERVER_ONLY]
            if blocking:
                raise ConfigError(blocking) from None
            ignored += problems
            overrides |= {field: Settings.model_fields[field].get_default() for field in fields}

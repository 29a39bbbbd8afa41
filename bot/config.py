"""Settings, read once at start-up.

Precedence, highest first: the process environment, then the ``.env`` file in the working directory
(or the file named by ``LEADBOT_ENV_FILE``), then the defaults below. Every problem is reported by the
name of its variable, where the value came from, and what to do; secret values are never echoed.
"""

from __future__ import annotations

import os
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import phonenumbers
from dotenv import dotenv_values
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

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


# How to get each required value; shown when it is missing.
_HINTS = {
    "SLACK_BOT_TOKEN": "install the app to your workspace, then copy OAuth & Permissions > "
    "Bot User OAuth Token (starts with xoxb-)",
    "SLACK_SIGNING_SECRET": "copy Basic Information > App Credentials > Signing Secret",
    "SLACK_APP_TOKEN": "create one under Basic Information > App-Level Tokens with the "
    "connections:write scope (starts with xapp-)",
    "CRM_AGENT_ID": "ask your CRM admin for the agent id that should own leads from Slack",
}


def hint_for(variable: str) -> str:
    return _HINTS[variable]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False,
        # A blank variable (PORT= in .env, SLACK_BOT_TOKEN= left by a CI) means "not set here".
        env_ignore_empty=True,
    )

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
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
    status_catch_up_seconds: float = Field(default=15.0, ge=0.5, le=3600)
    database_url: str = "sqlite:///data/leadbot.sqlite3"
    port: int = Field(default=3000, ge=0, le=65535)
    web_threads: int = Field(default=16, ge=1, le=256)
    default_phone_region: str = "US"
    conversation_timeout_minutes: float = Field(default=30, gt=0, le=24 * 60)
    log_level: str = "INFO"
    log_format: str = "auto"

    @field_validator("slack_bot_token", "slack_signing_secret", "slack_app_token", "crm_api_token",
                     "crm_agent_id", mode="before")
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

    @field_validator("default_phone_region")
    @classmethod
    def _known_region(cls, value: str) -> str:
        region = value.strip().upper()
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
        return f"{self.crm_base_url}/v3/leads"

    def missing_for(self, mode: Mode) -> list[str]:
        """Problems that stop ``mode`` from starting, one line per variable, with how to fix it."""
        required: list[str] = []
        if mode in (Mode.HTTP, Mode.SOCKET):
            required.append("SLACK_BOT_TOKEN")
        if mode is Mode.HTTP:
            required.append("SLACK_SIGNING_SECRET")
        if mode is Mode.SOCKET:
            required.append("SLACK_APP_TOKEN")
        if not self.crm_dry_run:
            required.append("CRM_AGENT_ID")
        return [
            f"{name} is not set: {_HINTS[name]}"
            for name in required
            if getattr(self, name.lower()) is None
        ]

    def require(self, mode: Mode) -> None:
        problems = self.missing_for(mode)
        if problems:
            raise ConfigError(problems)


def _source_of(variable: str) -> str:
    if variable in os.environ or variable.lower() in os.environ:
        return "from the environment"
    path = env_file()
    if path.is_file() and variable in {k.upper() for k in dotenv_values(path)}:
        return f"from {path}"
    return "default"


def load_settings(**overrides: Any) -> Settings:
    """Read the settings, turning pydantic's errors into a ConfigError that names each variable."""
    try:
        return Settings(_env_file=env_file(), **overrides)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            variable = str(error["loc"][0]).upper() if error["loc"] else "?"
            message = error["msg"].removeprefix("Value error, ")
            problems.append(f"{variable} ({_source_of(variable)}) {message}")
        raise ConfigError(problems) from None

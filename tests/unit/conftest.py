"""Fixtures of the settings tests: a clean environment, and a .env file to write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.config import Settings
from tests.support.env_files import WriteEnv

VARIABLES = {name.upper() for name in Settings.model_fields} | {"LEADBOT_ENV_FILE"}


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No SLACK_*, CRM_*, DATABASE_URL, PORT, ... from the developer's shell, and no stray .env."""
    for key in list(os.environ):
        if key.upper() in VARIABLES or key.upper().startswith(("SLACK_", "CRM_")):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "test.env"
    monkeypatch.setenv("LEADBOT_ENV_FILE", str(path))
    return path


@pytest.fixture
def write_env(clean_env: Path) -> WriteEnv:
    def write(text: str) -> Path:
        clean_env.write_text(text, encoding="utf-8")
        return clean_env

    return write

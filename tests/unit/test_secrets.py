"""Secrets at rest: sealed under the first key, opened by any, rotated onto the newest."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.secrets import SecretBox, new_secret_key
from bot.config import Mode, Settings
from bot.errors import ConfigError

OLD, NEW = new_secret_key(), new_secret_key()


@given(st.text(max_size=200))
def test_a_sealed_secret_opens_and_does_not_show_in_the_sealed_text(secret: str) -> None:
    box = SecretBox(OLD)
    sealed = box.seal(secret)
    assert box.open(sealed) == secret
    assert len(secret) < 4 or secret not in sealed


def test_rotation_reads_old_secrets_and_writes_under_the_new_key() -> None:
    sealed_old = SecretBox(OLD).seal("xoxb-1-abc")
    both = SecretBox(f"{NEW}, {OLD}")
    assert both.open(sealed_old) == "xoxb-1-abc"
    resealed = both.reseal(sealed_old)
    assert SecretBox(NEW).open(resealed) == "xoxb-1-abc"
    with pytest.raises(ConfigError, match="cannot be decrypted"):
        SecretBox(NEW).open(sealed_old)


@pytest.mark.parametrize("raw", ["not-a-key", f"{OLD},short", " , "])
def test_a_bad_key_is_named_by_the_variable(raw: str) -> None:
    with pytest.raises(ConfigError, match="LEADBOT_SECRET_KEY"):
        SecretBox(raw)
    with pytest.raises(ValueError, match="leadbot_secret_key"):
        Settings(_env_file=None, leadbot_secret_key=raw)


def test_oauth_credentials_without_a_bot_token_mean_many_workspaces() -> None:
    oauth: dict[str, Any] = {"_env_file": None, "slack_client_id": "1.2", "slack_client_secret": "s",
                             "slack_signing_secret": "x"}
    many = Settings(**oauth, leadbot_secret_key=OLD)
    assert many.multi_workspace and many.missing_for(Mode.HTTP) == [] and many.slack_mode is Mode.HTTP
    keyless = Settings(**oauth)
    assert [p.split(":")[0] for p in keyless.missing_for(Mode.HTTP)] == ["LEADBOT_SECRET_KEY is not set"]
    single = Settings(**{**oauth, "slack_bot_token": "xoxb-1"})
    assert not single.multi_workspace and single.missing_for(Mode.HTTP) == []

"""The committed manifests validate against Slack's schema and match what the code generates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bot.slack.manifest import BOT_EVENTS, build_manifest, render
from bot.slack.newlead import COMMAND

MANIFESTS = Path(__file__).resolve().parents[2] / "manifests"
SLACK_DATA = Path(__file__).resolve().parents[1] / "data" / "slack"


@pytest.mark.parametrize("name", ["http.json", "socket.json"])
def test_committed_manifest_validates(name: str, manifest_schema: dict[str, Any]) -> None:
    jsonschema.validate(json.loads((MANIFESTS / name).read_text()), manifest_schema)


def test_slacks_own_example_validates(manifest_schema: dict[str, Any]) -> None:
    # A sanity check that the validator and schema work together.
    jsonschema.validate(json.loads((SLACK_DATA / "manifest.valid.example.json").read_text()),
                        manifest_schema)


def test_an_invalid_manifest_is_caught(manifest_schema: dict[str, Any]) -> None:
    broken = build_manifest("http")
    broken["features"]["slash_commands"][0]["command"] = "newlead"  # must start with a slash
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, manifest_schema)


@pytest.mark.parametrize("mode", ["http", "socket"])
def test_committed_manifest_is_what_the_code_generates(mode: str) -> None:
    assert (MANIFESTS / f"{mode}.json").read_text() == render(mode), (
        f"manifests/{mode}.json is stale: run python -m bot manifest --mode {mode} > manifests/{mode}.json")


def test_modes_differ_only_where_they_must() -> None:
    http, socket = build_manifest("http"), build_manifest("socket")
    assert socket["settings"]["socket_mode_enabled"] is True
    assert http["settings"]["socket_mode_enabled"] is False
    assert "request_url" not in socket["settings"]["event_subscriptions"]
    assert http["settings"]["interactivity"]["request_url"].endswith("/slack/events")
    assert http["features"]["slash_commands"][0]["command"] == COMMAND
    assert http["oauth_config"] == socket["oauth_config"]


def test_scopes_cover_the_events_and_calls() -> None:
    scopes = set(build_manifest("socket")["oauth_config"]["scopes"]["bot"])
    needs = {"message.im": "im:history", "message.channels": "channels:history",
             "message.groups": "groups:history", "app_mention": "app_mentions:read"}
    for event in BOT_EVENTS:
        if event in needs:
            assert needs[event] in scopes
    assert {"commands", "chat:write", "users:read", "im:write"} <= scopes

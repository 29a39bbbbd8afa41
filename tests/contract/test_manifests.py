"""LeadBot's manifests (the committed files, what ``build_manifest`` builds and what ``python -m bot
manifest`` prints) validate against Slack's published schema, and the committed files are what the
code generates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bot.slack.manifest import BOT_EVENTS, build_manifest, render
from bot.slack.newlead import COMMAND
from tests.support.processes import bot_env, run_bot

MANIFESTS = Path(__file__).resolve().parents[2] / "manifests"
OUR_URL = "https://leads.acme.example/slack/events"


def _validate(manifest: dict[str, Any], schema: dict[str, Any]) -> None:
    # Every error, not just the first, and formats checked too (the schema's draft says which).
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(manifest)]
    assert problems == []


@pytest.mark.parametrize("name", ["http.json", "socket.json"])
def test_committed_manifest_validates(name: str, manifest_schema: dict[str, Any]) -> None:
    _validate(json.loads((MANIFESTS / name).read_text()), manifest_schema)


@pytest.mark.parametrize(("mode", "url"), [("socket", None), ("http", None), ("http", OUR_URL)])
def test_built_manifest_validates(mode: str, url: str | None, manifest_schema: dict[str, Any]) -> None:
    _validate(build_manifest(mode, url), manifest_schema)


@pytest.mark.parametrize("args", [["--mode", "socket"], ["--mode", "http", "--url", OUR_URL]])
def test_printed_manifest_validates(args: list[str], manifest_schema: dict[str, Any]) -> None:
    printed = run_bot("manifest", *args, env=bot_env())
    assert printed.returncode == 0, printed.stderr
    manifest = json.loads(printed.stdout)
    _validate(manifest, manifest_schema)
    if "--url" in args:
        assert manifest["settings"]["event_subscriptions"]["request_url"] == OUR_URL


def test_the_oauth_manifest_validates_and_sends_installers_back_to_leadbot(manifest_schema: dict[str, Any]) -> None:
    printed = run_bot("manifest", "--mode", "http", "--url", OUR_URL, "--oauth", env=bot_env())
    assert printed.returncode == 0, printed.stderr
    manifest = json.loads(printed.stdout)
    _validate(manifest, manifest_schema)
    assert manifest["oauth_config"]["redirect_urls"] == ["https://leads.acme.example/slack/oauth_redirect"]
    assert "redirect_urls" not in build_manifest("http", OUR_URL)["oauth_config"]


@pytest.mark.parametrize("break_it", [
    lambda m: m["features"]["slash_commands"][0].update(command="newlead"),  # must start with a slash
    lambda m: m["settings"]["interactivity"].update(request_url="leads.acme.example"),  # not http(s)
    lambda m: m["display_information"].update(colour="#1d3557"),  # no such field
])
def test_a_broken_manifest_of_ours_is_caught(break_it: Any, manifest_schema: dict[str, Any]) -> None:
    broken = build_manifest("http", OUR_URL)
    break_it(broken)
    with pytest.raises(AssertionError):
        _validate(broken, manifest_schema)


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
    assert "users:read.email" in scopes  # owners import looks users up by email

"""The layering the README draws, checked on the source: imports point one way between rooms, the
domain uses no Slack, HTTP or database library, and the README's picture is the code's graph."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.import_graph import (
    ROOMS,
    SHARED,
    SIBLINGS,
    imports,
    room_edges,
    room_of,
    third_party,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_import_between_rooms_points_inwards() -> None:
    wrong = []
    for found in imports():
        if not found.target.startswith("bot"):
            continue
        source, target = room_of(found.source), room_of(found.target)
        if source is None or target is None or source == target:
            continue
        if ROOMS.index(target) <= ROOMS.index(source) or frozenset({source, target}) in SIBLINGS:
            wrong.append(f"{found.source}:{found.line} imports {found.target} ({source} -> {target})")
    assert wrong == []


def test_shared_modules_import_only_the_domain_and_each_other() -> None:
    wrong = [f"{i.source}:{i.line} imports {i.target}" for i in imports()
             if i.source in SHARED and i.target.startswith("bot")
             and i.target not in SHARED and room_of(i.target) != "domain"]
    assert wrong == []


def test_the_domain_and_the_services_use_no_slack_http_or_database_library() -> None:
    libraries = ("slack_bolt", "slack_sdk", "httpx", "sqlalchemy", "alembic", "psycopg", "waitress")
    for room in ("domain", "ports", "services"):
        assert third_party(libraries, room) == [], room


def test_the_readme_draws_the_import_graph_of_the_code() -> None:
    text = README.read_text(encoding="utf-8")
    picture = re.search(r"```mermaid\n(flowchart[^`]*)```", text)
    assert picture is not None, "the README's architecture section has a mermaid flowchart of the rooms"
    drawn = set(re.findall(r"^\s*(\w+)\s*-->\s*(\w+)\s*$", picture.group(1), flags=re.M))
    assert drawn == room_edges()

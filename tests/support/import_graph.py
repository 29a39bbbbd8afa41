"""LeadBot's import graph by room (entrypoints, bootstrap, slack, adapters, services, ports, domain),
read from the source with ``ast``, so the architecture tests and the README's picture check the code."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bot"

# Rooms, outermost first: a room may import the rooms after it, never one before it.
ROOMS = ("entrypoints", "bootstrap", "slack", "adapters", "services", "ports", "domain")
# Side by side: neither may import the other.
SIBLINGS = frozenset({frozenset({"slack", "adapters"})})
# Small modules every room may use; they import only the domain and each other.
SHARED = frozenset({"bot", "bot.config", "bot.errors", "bot.logs", "bot.pii", "bot.faults", "bot.database_url"})


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, dotted
    target: str  # the imported module (or name), dotted
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def room_of(module: str) -> str | None:
    """The room a ``bot.…`` module belongs to; None for a shared module."""
    parts = module.split(".")
    if module in SHARED or len(parts) < 2:
        return None
    if parts[1] == "__main__":
        return "entrypoints"  # ``python -m bot`` is the CLI
    if parts[1] == "migrations":
        return "adapters"  # Alembic's scripts sit beside the adapter that runs them
    if parts[1] in ROOMS:
        return parts[1]
    raise AssertionError(f"{module} is in no room: add it to one, or to SHARED")


def imports() -> Iterator[Import]:
    """Every import of a ``bot`` module in the package, including those inside functions."""
    for path in sorted(PACKAGE.rglob("*.py")):
        source = module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                base = node.module
                for alias in node.names:
                    yield Import(source, _submodule(alias.name) if base == "bot" else base, node.lineno)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    yield Import(source, alias.name, node.lineno)


def _submodule(name: str) -> str:
    """``from bot import x``: the module ``bot.x`` when there is one, else a name in ``bot`` itself."""
    is_module = (PACKAGE / f"{name}.py").exists() or (PACKAGE / name / "__init__.py").exists()
    return f"bot.{name}" if is_module else "bot"


def third_party(module_prefixes: tuple[str, ...], room: str) -> list[Import]:
    """Imports in ``room`` of any package named in ``module_prefixes``."""
    return [i for i in imports() if room_of_safe(i.source) == room
            and i.target.split(".")[0] in module_prefixes]


def room_of_safe(module: str) -> str | None:
    return room_of(module) if module.startswith("bot") else None


def room_edges() -> set[tuple[str, str]]:
    """(importing room, imported room) for every import between two different rooms."""
    edges = set()
    for found in imports():
        if not found.target.startswith("bot"):
            continue
        source, target = room_of(found.source), room_of(found.target)
        if source and target and source != target:
            edges.add((source, target))
    return edges

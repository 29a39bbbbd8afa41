"""Where LeadBot keeps its data, and which ``DATABASE_URL`` values it can use.

The default SQLite file lives in the user's XDG data directory,
``${XDG_DATA_HOME:-~/.local/share}/leadbot/leadbot.sqlite3``, not under the current directory: the
same user then sees the same outbox from any directory (``outbox list`` in ``/tmp`` used to show an
empty outbox and leave a stray ``data/`` behind). We chose XDG over "relative to the .env file"
because the default must also hold when there is no .env at all (``python -m bot shell`` on a fresh
clone). Deployments that want the file elsewhere set ``DATABASE_URL``.

LeadBot 0.1 kept its default database at ``./data/leadbot.sqlite3``. When that file exists in the
current directory and the new default does not, it is still used (its queued leads are not
stranded), and every command says so and how to move it.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

LEGACY_DATABASE = Path("data") / "leadbot.sqlite3"
SUPPORTED = "sqlite:///path/to/file.sqlite3 or postgresql://user:password@host:5432/dbname"
# The drivers LeadBot installs and tests; "postgresql" alone means psycopg 3 (see adapters/db.py).
_DRIVERS = {"sqlite": {"sqlite", "sqlite+pysqlite"}, "postgresql": {"postgresql", "postgresql+psycopg"}}


def data_home() -> Path:
    # The XDG spec says a relative or empty XDG_DATA_HOME is to be ignored.
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"


def default_database_path() -> Path:
    return data_home() / "leadbot" / "leadbot.sqlite3"


def default_database_url() -> str:
    """The new default, or LeadBot 0.1's ``./data/leadbot.sqlite3`` when only that one exists."""
    path = default_database_path()
    if LEGACY_DATABASE.is_file() and not path.exists():
        path = LEGACY_DATABASE.resolve()
    return f"sqlite:///{path}"


def legacy_note(database_url: str) -> str | None:
    """A line for the operator when ./data/leadbot.sqlite3 from LeadBot 0.1 is here; else None."""
    if not LEGACY_DATABASE.is_file():
        return None
    legacy = LEGACY_DATABASE.resolve()
    new = default_database_path()
    if sqlite_path(database_url) == legacy:
        return (f"Using {legacy}, the database of an earlier LeadBot (its default was ./data, relative to the "
                f"current directory). Move it to the new default so every directory sees it: "
                f"mkdir -p {new.parent} && mv {legacy} {new}")
    return (f"{legacy} (an earlier LeadBot's database) exists but is not used: DATABASE_URL points to "
            f"{describe(database_url)}. To keep its leads, set DATABASE_URL=sqlite:///{legacy}")


def parse(database_url: str) -> URL:
    """The parsed URL, or ValueError naming the URLs LeadBot supports."""
    try:
        url = make_url(database_url.strip())
    except ArgumentError:
        raise ValueError(f"is not a database URL; use {SUPPORTED}") from None
    backend = url.get_backend_name()
    if backend not in _DRIVERS:
        raise ValueError(f"uses {backend}://, which LeadBot does not support; use {SUPPORTED}")
    if url.drivername not in _DRIVERS[backend]:
        raise ValueError(f"asks for the driver {url.drivername}, which LeadBot does not install; "
                         f"use {backend}:// (LeadBot picks the driver)")
    # ":memory:" too: each process (serve and its turn worker) would have a database of its own.
    if backend == "sqlite" and (not url.database or url.database == ":memory:"):
        raise ValueError("names no file; use sqlite:///path/to/file.sqlite3 (an in-memory database "
                         "would lose every lead at exit)")
    return url


def sqlite_path(database_url: str) -> Path | None:
    """The absolute path of a SQLite database file, or None for any other database."""
    try:
        url = make_url(database_url)
    except ArgumentError:
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser().resolve()


def describe(database_url: str) -> str:
    """For people: the absolute file of a SQLite URL, or the URL with its password hidden."""
    path = sqlite_path(database_url)
    if path is not None:
        return f"SQLite file {path}"
    return make_url(database_url).render_as_string(hide_password=True)

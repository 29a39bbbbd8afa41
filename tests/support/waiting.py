"""Waiting for a positive signal: poll a condition until it holds, or fail saying what was awaited."""

from __future__ import annotations

import time
from collections.abc import Callable

POLL_SECONDS = 0.02


def wait_until(predicate: Callable[[], object], timeout: float = 10.0, expected: str = "condition") -> None:
    """Return once ``predicate()`` is truthy; an IndexError or KeyError counts as "not yet"."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except (IndexError, KeyError):
            pass
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"{expected} not met in time")

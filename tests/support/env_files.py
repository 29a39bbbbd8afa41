"""The settings tests' .env file writer, typed once for the fixture and the tests that use it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

WriteEnv = Callable[[str], Path]  # writes its text to the test's .env file and returns the path

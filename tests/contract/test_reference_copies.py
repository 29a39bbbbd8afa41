"""The reference files kept in tests/data are the same as the project's ../shared, when it exists.

tests/data holds copies so that a user's own clone (which has no ../shared) runs every test; this
module is the one place that looks at ../shared, to catch the copies drifting from the originals.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
COPIES = [
    "crm/lead-v3.request.schema.json",
    "crm/lead-v3.response.schema.json",
    "crm/example-lead-full.json",
    "slack/manifest.schema.1.0.0.json",
    "slack/manifest.valid.example.json",
    "slack/LICENSE",
]


def test_copies_match_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a user's own clone has none); the copies in tests/data are used")
    drifted = [name for name in COPIES if (DATA / name).read_bytes() != (SHARED / name).read_bytes()]
    assert not drifted, f"tests/data differs from ../shared in {drifted}: copy the newer ones over"


@pytest.mark.parametrize("relative", COPIES)
def test_copy_is_present(relative: str) -> None:
    assert (DATA / relative).stat().st_size > 0

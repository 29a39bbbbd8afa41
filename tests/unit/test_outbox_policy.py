"""RetryPolicy: capped exponential backoff with full jitter, Retry-After as a floor, and an age limit."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.outbox import RetryPolicy

POLICY = RetryPolicy()  # base 2 s, cap 1 h, max age 24 h
CREATED = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _ceiling(policy: RetryPolicy, attempts: int) -> float:
    return float(min(policy.cap.total_seconds(), policy.base.total_seconds() * 2 ** (attempts - 1)))


def test_defaults() -> None:
    assert POLICY.base == timedelta(seconds=2)
    assert POLICY.cap == timedelta(hours=1)
    assert POLICY.max_age == timedelta(hours=24)


@pytest.mark.parametrize(("attempts", "ceiling"), [
    (1, 2.0), (2, 4.0), (3, 8.0), (5, 32.0), (11, 2048.0), (12, 3600.0), (13, 3600.0), (40, 3600.0),
])
def test_delays_stay_within_the_exponential_ceiling(attempts: int, ceiling: float) -> None:
    rng = random.Random(1234)
    delays = [POLICY.delay(attempts, None, rng).total_seconds() for _ in range(2000)]
    assert all(0 <= d <= ceiling for d in delays)
    # Full jitter: spread over the whole range, not bunched at the top or the bottom.
    assert min(delays) < ceiling * 0.05
    assert max(delays) > ceiling * 0.95
    assert ceiling * 0.4 < sum(delays) / len(delays) < ceiling * 0.6


def test_same_seed_same_delays() -> None:
    first = [POLICY.delay(n, None, random.Random(7)) for n in range(1, 10)]
    again = [POLICY.delay(n, None, random.Random(7)) for n in range(1, 10)]
    assert first == again
    rng = random.Random(7)
    consecutive = [POLICY.delay(3, None, rng) for _ in range(5)]
    assert len(set(consecutive)) == 5  # jittered, not constant


def test_zero_attempts_is_treated_as_the_first() -> None:
    delays = [POLICY.delay(0, None, random.Random(seed)).total_seconds() for seed in range(200)]
    assert all(0 <= d <= 2.0 for d in delays)


@pytest.mark.parametrize("retry_after", [0.0, 1.5, 30.0, 600.0, 3599.0])
def test_retry_after_is_a_floor(retry_after: float) -> None:
    rng = random.Random(99)
    for attempts in (1, 2, 6, 20):
        delay = POLICY.delay(attempts, retry_after, rng).total_seconds()
        assert delay >= retry_after
        assert delay <= max(retry_after, _ceiling(POLICY, attempts))


def test_retry_after_above_the_jitter_is_used_exactly() -> None:
    # On the first attempt the jitter is at most 2 s, so a 30 s Retry-After decides.
    assert POLICY.delay(1, 30.0, random.Random(5)) == timedelta(seconds=30)


@pytest.mark.parametrize("retry_after", [3600.0, 3601.0, 86_400.0, 1e12])
def test_retry_after_is_capped(retry_after: float) -> None:
    for seed in range(20):
        assert POLICY.delay(1, retry_after, random.Random(seed)) == timedelta(hours=1)
        assert POLICY.delay(30, retry_after, random.Random(seed)) == timedelta(hours=1)


def test_custom_policy() -> None:
    policy = RetryPolicy(base=timedelta(milliseconds=100), cap=timedelta(seconds=1), max_age=timedelta(minutes=5))
    rng = random.Random(3)
    assert all(policy.delay(1, None, rng) <= timedelta(milliseconds=100) for _ in range(100))
    assert all(policy.delay(4, None, rng) <= timedelta(milliseconds=800) for _ in range(100))
    assert all(policy.delay(9, None, rng) <= timedelta(seconds=1) for _ in range(100))
    assert policy.delay(1, 10.0, rng) == timedelta(seconds=1)


@given(
    attempts=st.integers(min_value=1, max_value=5000),
    retry_after=st.one_of(st.none(), st.floats(min_value=0, max_value=1e9, allow_nan=False)),
    seed=st.integers(0, 2**32),
    base_ms=st.integers(1, 60_000),
    cap_s=st.integers(1, 86_400),
)
def test_delay_bounds_hold_for_any_policy(
    attempts: int, retry_after: float | None, seed: int, base_ms: int, cap_s: int
) -> None:
    policy = RetryPolicy(base=timedelta(milliseconds=base_ms), cap=timedelta(seconds=cap_s))
    delay = policy.delay(attempts, retry_after, random.Random(seed)).total_seconds()
    ceiling = min(float(cap_s), base_ms / 1000 * 2 ** min(attempts - 1, 64))
    tolerance = 1e-6  # timedelta keeps microseconds
    floor = 0.0 if retry_after is None else min(retry_after, float(cap_s))
    assert floor - tolerance <= delay <= max(ceiling, floor) + tolerance
    assert delay <= cap_s + tolerance


# --- expired -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("age", "expired"), [
    (timedelta(0), False),
    (timedelta(hours=1), False),
    (timedelta(hours=24) - timedelta(microseconds=1), False),
    (timedelta(hours=24), True),
    (timedelta(days=3), True),
])
def test_expired_after_max_age(age: timedelta, expired: bool) -> None:
    assert POLICY.expired(CREATED, CREATED + age) is expired


def test_expired_uses_the_policys_max_age() -> None:
    policy = RetryPolicy(max_age=timedelta(minutes=10))
    assert not policy.expired(CREATED, CREATED + timedelta(minutes=9, seconds=59))
    assert policy.expired(CREATED, CREATED + timedelta(minutes=10))


def test_clock_behind_the_creation_time_is_not_expired() -> None:
    assert not POLICY.expired(CREATED, CREATED - timedelta(hours=30))


def test_very_many_attempts_do_not_overflow() -> None:
    # 2 ** 1024 no longer fits a float; the ceiling must still be the cap.
    for attempts in (1025, 5000, 10**6):
        delay = POLICY.delay(attempts, None, random.Random(attempts))
        assert timedelta(0) <= delay <= POLICY.cap

"""Work that must run one at a time per conversation, in arrival order, on a small pool of threads.

Jobs of the same key never run concurrently and run in the order they were submitted; jobs of
different keys run side by side, up to the pool's size. A key's jobs are worked by one pool thread
until none are left, so a queue holds no thread for a conversation with nothing to do.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)

# A burst: BURST_REQUESTS requests answered within BURST_WINDOW seconds, 500 a second. A turn costs
# 1.5 to 2 ms of the interpreter lock, so DMs coming faster than that are more than the turns keep up
# with anyway; slower than that, a turn runs at once (bench/dm_ab.py: holding turns at 100 requests a
# second already made a DM's reply three times later at concurrency 1).
BURST_REQUESTS = 5
BURST_WINDOW = 0.01
# How long a job may be held back behind a burst, counted from its submission.
MAX_HOLD_SECONDS = 5.0


class AckFirst:
    """Requests being answered, so work that can wait steps aside while they come in a burst.

    One interpreter lock serves every thread: a conversation turn running beside a request delays its
    ack. Slack's ack has a deadline (3 seconds, then it retries) and the rep's reply has none, so while
    requests come faster than turns can be applied (a burst: see BURST_REQUESTS), a job on the
    conversation queue waits until the burst is over (no request being answered and none answered for
    BURST_WINDOW), MAX_HOLD_SECONDS at most. At a rep's pace nothing waits."""

    def __init__(self, burst: int = BURST_REQUESTS, window: float = BURST_WINDOW) -> None:
        self._busy = 0
        self._window = window
        self._answered: deque[float] = deque(maxlen=max(1, burst))  # when the last requests were answered
        self._lock = threading.Lock()

    def enter(self) -> None:
        with self._lock:
            self._busy += 1

    def leave(self) -> None:
        now = time.monotonic()
        with self._lock:
            self._busy -= 1
            self._answered.append(now)

    def bursting(self) -> bool:
        now = time.monotonic()
        with self._lock:
            answered = self._answered
            if len(answered) < (answered.maxlen or 1) or now - answered[-1] >= self._window:
                return False  # fewer than a burst's worth ever, or none lately
            return self._busy > 0 or now - answered[0] < self._window

    def wait_quiet(self, until: float) -> None:
        """Return when requests are not coming in a burst, or at ``until`` (time.monotonic())."""
        while (now := time.monotonic()) < until and self.bursting():
            time.sleep(min(self._window / 4, until - now))


class ConversationQueue:
    def __init__(self, workers: int, name: str = "leadbot-chat", ahead: AckFirst | None = None,
                 max_hold: float = MAX_HOLD_SECONDS) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._jobs: dict[Hashable, deque[tuple[Callable[[], None], float]]] = {}
        self._changed = threading.Condition()
        self._closed = False
        self._ahead = ahead
        self._max_hold = max_hold

    @property
    def pending(self) -> int:
        """Jobs submitted and not finished yet (the one running included)."""
        with self._changed:
            return sum(len(jobs) for jobs in self._jobs.values())

    def submit(self, key: Hashable, job: Callable[[], None]) -> bool:
        """Run ``job`` after every job submitted before it for ``key``; False once the queue is closed."""
        with self._changed:
            if self._closed:
                return False
            jobs = self._jobs.get(key)
            entry = (job, time.monotonic())
            if jobs is not None:  # a pool thread is working this key and will get to it
                jobs.append(entry)
                return True
            self._jobs[key] = deque([entry])
        self._pool.submit(self._work, key)
        return True

    def _work(self, key: Hashable) -> None:
        while True:
            with self._changed:
                jobs = self._jobs[key]
                job, submitted = jobs[0]  # stays queued while it runs: a job submitted now waits for it
            if self._ahead is not None:
                self._ahead.wait_quiet(submitted + self._max_hold)
            try:
                job()
            except Exception:  # a job handles its own failures; this keeps the key's next jobs going
                log.exception("a queued conversation job failed")
            with self._changed:
                jobs.popleft()
                if not jobs:
                    del self._jobs[key]
                    self._changed.notify_all()
                    return

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every job submitted so far has finished; False when ``timeout`` came first."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._jobs, timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Take no more jobs, and give the queued ones ``timeout`` seconds to finish. A job that did not
        run is not lost when its work is durable elsewhere (the chat inbox replays it at the next start)."""
        with self._changed:
            self._closed = True
        self.wait_idle(timeout)
        self._pool.shutdown(wait=False, cancel_futures=True)

"""Work that must run one at a time per conversation, in arrival order, on a small pool of threads.

Jobs of the same key never run concurrently and run in the order they were submitted; jobs of
different keys run side by side, up to the pool's size. A key's jobs are worked by one pool thread
until none are left, so a queue holds no thread for a conversation with nothing to do.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)


class ConversationQueue:
    def __init__(self, workers: int, name: str = "leadbot-chat") -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._jobs: dict[Hashable, deque[Callable[[], None]]] = {}
        self._changed = threading.Condition()
        self._closed = False

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
            if jobs is not None:  # a pool thread is working this key and will get to it
                jobs.append(job)
                return True
            self._jobs[key] = deque([job])
        self._pool.submit(self._work, key)
        return True

    def _work(self, key: Hashable) -> None:
        while True:
            with self._changed:
                jobs = self._jobs[key]
                job = jobs[0]  # stays queued while it runs: a job submitted now waits for it
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

"""Knowing when Bolt's listeners are done. A request is acked before its listener finishes, so a test
that asserts something did NOT happen must first wait for every listener still running."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class ListenerTracker(Executor):
    """Wraps Bolt's listener executor and counts the listeners submitted but not yet finished."""

    def __init__(self, inner: Executor) -> None:
        self.inner = inner
        self.running = 0
        self.finished = 0
        self._idle = threading.Condition()

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        with self._idle:
            self.running += 1
        try:
            future = self.inner.submit(fn, *args, **kwargs)
        except BaseException:
            self._done()
            raise
        future.add_done_callback(self._done)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.inner.shutdown(wait=wait, cancel_futures=cancel_futures)

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Return once no listener is running; every request answered before the call had its
        listener submitted already (Bolt submits it before it acks), so all of them are done."""
        with self._idle:
            if not self._idle.wait_for(lambda: self.running == 0, timeout):
                raise AssertionError(f"{self.running} listener(s) still running after {timeout}s")

    def _done(self, _future: Any = None) -> None:
        with self._idle:
            self.running -= 1
            self.finished += 1
            self._idle.notify_all()

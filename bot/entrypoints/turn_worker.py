"""``python -m bot chat-worker``: the turn worker process that ``serve`` and ``socket`` start (see
adapters/turn_process.py). It is the serving process's runtime without a Slack listener and without
delivery: it reads the stored chat messages its parent sends down a pipe, applies their turns and posts
the replies, and does what goes with the turns (replaying the chat inbox, expiring idle drafts). A lead
a confirmed chat queues is delivered by the serving process, which a byte on the pipe back wakes. It
stops when its parent closes the pipe, or dies (the pipe ends then too), after the turns under way;
what it has not applied waits in the inbox for the next worker.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable
from types import FrameType

from bot.adapters.turn_process import WORKER_NICENESS, decode, waker
from bot.config import Mode, Settings, load_settings
from bot.errors import LeadBotError
from bot.logs import configure_logging
from bot.ports import InboxItem

log = logging.getLogger(__name__)


class _Stop(Exception):
    """SIGTERM: stop reading and close."""


def _stop(_signum: int, _frame: FrameType | None) -> None:
    raise _Stop


def run(fd: int, wake_fd: int, mode: Mode) -> int:
    """The worker's life; its exit code."""
    # Ctrl-C reaches the whole process group: the parent closes the pipe when it stops, and that ends this.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    # Below the serving process: when both want the CPU, an ack goes first (bench/results.md: at nice 0
    # DM acks at concurrency 10 and 50 were slower, though replies under the heaviest load came sooner).
    os.nice(WORKER_NICENESS)
    try:
        settings: Settings = load_settings(server=True)
        settings.require(mode)
    except LeadBotError as exc:
        # The parent checked the same settings a moment ago; only a changed .env gets here.
        print(f"LeadBot's turn worker cannot start: {exc}", flush=True)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    from bot.bootstrap import attach_turn_worker, build_runtime

    runtime = build_runtime(settings, lead_queued=waker(wake_fd))
    attach_turn_worker(runtime)
    runtime.start_turn_worker()
    try:
        with open(fd, "rb") as ids:
            for line in ids:
                _take(runtime.turns.take, line)
    except _Stop:
        pass
    finally:
        runtime.close()
    return 0


def _take(take: Callable[[InboxItem | str], bool], line: bytes) -> None:
    item = decode(line)
    if item is None:
        log.warning("the turn worker got a line that is no chat message")
        return
    try:
        take(item)
    except LeadBotError:  # the database did not answer: the item waits in the inbox for the next replay
        log.warning("a chat message could not be read from the inbox", exc_info=True)

"""The turn worker process, seen from the serving process: started, told each stored chat message's id,
restarted when it dies, stopped at the end.

Why a process: a conversation turn costs several milliseconds of interpreter time (a transaction, the
engine, the replies posted to Slack); in the serving process every one of them competed with the next
request's ack for the one interpreter lock (bench/results.md). In a process of its own, at a lower CPU
priority, a turn runs on the other core or waits for an idle moment, and acks never queue behind it.

Each stored message goes down a pipe as one JSON line (``encode``): the whole item when the line fits in
``PIPE_BUF`` (a write that size is whole or not at all), else only its id, for the worker to read the
item from the inbox. The serving process never waits for the worker: a write that would block (the worker is behind
or starting again) joins a backlog that a thread of this class sends as the pipe drains, keeping their
order. Nothing is lost if the pipe is: the message is in the chat inbox before its id is sent, and a
worker replays every waiting item when it starts.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from bot.adapters.chat_inbox import ID_LENGTH
from bot.ports import ConversationKey, InboxItem

log = logging.getLogger(__name__)

# A worker that dies sooner than this after its start is restarted after a growing delay (a crash at
# start would otherwise spin); one that ran longer is restarted at once.
STABLE_AFTER = 10.0
FIRST_DELAY, MAX_DELAY = 0.5, 30.0
# How often the supervising thread looks at the worker when there is nothing to send.
CHECK_EVERY = 0.5
# The worker's niceness: its turns take the CPU the serving process leaves (see the module's docstring).
WORKER_NICENESS = 10
FD_OPTION, WAKE_FD_OPTION = "--fd", "--wake-fd"


class TurnProcess:
    """Runs ``command`` as the turn worker. It gets ``--fd N``, the reading end of the pipe of stored
    messages, and ``--wake-fd M``, the writing end of a pipe back: a byte there means a confirmed chat
    queued a lead, and ``on_lead_queued`` wakes this process's delivery worker."""

    def __init__(self, command: Sequence[str], *, on_lead_queued: Callable[[], None] = lambda: None,
                 stop_timeout: float = 10.0) -> None:
        self._command = list(command)
        self._on_lead_queued = on_lead_queued
        self._stop_timeout = stop_timeout
        self._lock = threading.Lock()  # the pipe and the backlog
        self._proc: subprocess.Popen[bytes] | None = None
        self._pipe: int | None = None  # the writing end, non-blocking
        self._backlog: deque[bytes] = deque()
        self._wake = threading.Event()
        self._closed = False
        self._started_at = 0.0
        self._restarts = 0
        self._thread = threading.Thread(target=self._supervise, name="leadbot-turn-process", daemon=True)

    @property
    def state(self) -> str:
        """``running``, or ``starting`` between a worker's death and its replacement."""
        proc = self._proc
        return "running" if proc is not None and proc.poll() is None else "starting"

    @property
    def restarts(self) -> int:
        return self._restarts

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None else None

    def start(self) -> None:
        self._spawn()
        self._thread.start()

    def handoff(self, item: InboxItem) -> None:
        """Tell the worker a stored item waits; in a request thread, so it never blocks or raises."""
        line = encode(item)
        with self._lock:
            if not self._backlog and self._write(line):
                return
            self._backlog.append(line)
        self._wake.set()

    def close(self) -> None:
        """Stop taking ids; the worker finishes the turns it has (the rest wait in the inbox) and exits."""
        with self._lock:
            self._closed = True
            self._close_pipe()
        self._wake.set()
        proc = self._proc
        if proc is None:
            return
        try:
            proc.wait(self._stop_timeout)
        except subprocess.TimeoutExpired:
            log.warning("the turn worker did not stop in time; stopping it")
            proc.terminate()
            try:
                proc.wait(2)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._thread.is_alive():
            self._thread.join(2)

    def _write(self, line: bytes) -> bool:
        """Under the lock: the whole line written now, or False."""
        if self._pipe is None:
            return False
        try:
            os.write(self._pipe, line)
        except BlockingIOError:
            return False
        except OSError:  # the worker is gone (EPIPE): its replacement replays the inbox
            self._close_pipe()
            return False
        return True

    def _close_pipe(self) -> None:
        if self._pipe is not None:
            os.close(self._pipe)
            self._pipe = None

    def _spawn(self) -> None:
        reading, writing = os.pipe()
        woken, waking = os.pipe()
        try:
            proc = subprocess.Popen([*self._command, FD_OPTION, str(reading), WAKE_FD_OPTION, str(waking)],
                                    pass_fds=(reading, waking), stdin=subprocess.DEVNULL)
        except OSError:
            os.close(writing)
            os.close(woken)
            raise
        finally:
            os.close(reading)
            os.close(waking)
        os.set_blocking(writing, False)
        threading.Thread(target=self._listen, args=(woken,), name="leadbot-turn-wakes", daemon=True).start()
        with self._lock:
            self._close_pipe()
            self._proc = proc
            self._started_at = time.monotonic()
            if self._closed:  # closed while it started: its pipe ends at once, and that stops it
                os.close(writing)
            else:
                self._pipe = writing
        log.info("turn worker started", extra={"pid": proc.pid})

    def _listen(self, woken: int) -> None:
        """Until the worker's end closes (it exited): each read of the pipe back wakes the delivery."""
        try:
            while os.read(woken, 512):
                self._on_lead_queued()
        except OSError:
            pass
        finally:
            os.close(woken)

    def _supervise(self) -> None:
        delay = FIRST_DELAY
        while True:
            self._wake.wait(CHECK_EVERY)
            self._wake.clear()
            if self._closed:
                return
            proc = self._proc
            if proc is not None and proc.poll() is not None:
                lived = time.monotonic() - self._started_at
                delay = FIRST_DELAY if lived >= STABLE_AFTER else min(delay * 2, MAX_DELAY)
                log.error("the turn worker stopped; starting another (messages wait in the chat inbox)",
                          extra={"exit_code": proc.returncode, "restart_in_s": delay})
                with self._lock:
                    self._close_pipe()
                time.sleep(delay)
                if self._closed:
                    return
                try:
                    self._spawn()
                    self._restarts += 1
                except OSError:
                    log.exception("could not start the turn worker; trying again")
                    continue
            self._send_backlog()

    def _send_backlog(self) -> None:
        while not self._closed:
            with self._lock:
                pipe = self._pipe
                while pipe is not None and self._backlog and self._write(self._backlog[0]):
                    self._backlog.popleft()
                if not self._backlog or pipe is None or self._pipe is None:
                    return
            try:  # the pipe is full: wait until the worker has read some
                _, writable, _ = select.select([], [pipe], [], CHECK_EVERY)
            except (OSError, ValueError):  # closed meanwhile: the worker is gone
                return
            if not writable:
                return  # the supervising loop looks at the worker, then comes back


def encode(item: InboxItem) -> bytes:
    """``item`` as one line for the pipe (JSON escapes every line break inside a string)."""
    fields: dict[str, Any] = {"id": item.id[:ID_LENGTH], "key": str(item.key), "text": item.text,
                              "reply_thread": item.reply_thread, "user_name": item.user_name}
    line = (json.dumps(fields, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    if len(line) > select.PIPE_BUF:
        line = (json.dumps({"id": fields["id"]}) + "\n").encode()
    return line


def decode(line: bytes) -> InboxItem | str | None:
    """A line ``encode`` wrote: the item, or its id when only that was sent; None for anything else."""
    try:
        fields = json.loads(line)
        item_id = fields["id"]
        if not isinstance(item_id, str):
            return None
        if "key" not in fields:
            return item_id
        key = ConversationKey.parse(fields["key"])
        if key is None:
            return None
        reply_thread = fields.get("reply_thread")
        return InboxItem(id=item_id, key=key, text=str(fields["text"]),
                         reply_thread=reply_thread if isinstance(reply_thread, str) else None,
                         user_name=str(fields.get("user_name") or ""))
    except (ValueError, TypeError, KeyError):
        return None


def waker(fd: int) -> Callable[[], None]:
    """In the worker: what tells the serving process that a lead was queued (never blocks or raises;
    a full pipe already holds a wake-up, and the delivery worker also polls)."""
    os.set_blocking(fd, False)

    def wake() -> None:
        with contextlib.suppress(OSError):
            os.write(fd, b"!")
    return wake

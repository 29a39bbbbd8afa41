"""The turn worker process seen from the serving process: what goes down the pipe, in order, without
ever blocking a request thread; a worker that dies is replaced; the pipe back wakes the delivery."""

from __future__ import annotations

import os
import select
import signal
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.turn_process import TurnProcess, decode, encode
from bot.ports import ConversationKey, InboxItem
from tests.support.waiting import wait_until

KEY = ConversationKey("T1", "D1", "", "U1")

# A stand-in worker: it waits for a "go" file, then copies each line it is sent to its output file and
# answers each with a byte on the pipe back.
_WORKER = textwrap.dedent("""
    import os, sys, time
    out, go = sys.argv[1], sys.argv[2]
    fd = int(sys.argv[sys.argv.index("--fd") + 1])
    wake = int(sys.argv[sys.argv.index("--wake-fd") + 1])
    with open(out, "a") as o:
        o.write(f"pid {os.getpid()}\\n")
    while not os.path.exists(go):
        time.sleep(0.01)
    with open(fd, "rb") as lines, open(out, "ab", buffering=0) as o:
        for line in lines:
            o.write(line)
            os.write(wake, b"!")
""")


def _item(n: int, text: str = "Add Sam Lee, sam@lee.io") -> InboxItem:
    return InboxItem(id=f"Ev{n:06d}", key=KEY, text=text, reply_thread=None, user_name="Rep")


@pytest.fixture
def worker_files(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    script = tmp_path / "worker.py"
    script.write_text(_WORKER)
    out, go = tmp_path / "out.txt", tmp_path / "go"
    return out, go, [sys.executable, str(script), str(out), str(go)]


def _received(out: Path) -> list[str]:
    if not out.exists():
        return []
    items = [decode(line.encode()) for line in out.read_text().splitlines() if not line.startswith("pid ")]
    return [item.id if isinstance(item, InboxItem) else str(item) for item in items]


def _pids(out: Path) -> list[int]:
    return [int(line.split()[1]) for line in out.read_text().splitlines() if line.startswith("pid ")] \
        if out.exists() else []


@given(st.text(max_size=3000), st.one_of(st.none(), st.text(max_size=20)), st.text(max_size=40),
       st.text(min_size=1, max_size=80))
def test_an_item_crosses_the_pipe_whole_on_one_line_or_as_its_id(text: str, thread: str | None, name: str,
                                                                  item_id: str) -> None:
    item = InboxItem(id=item_id, key=KEY, text=text, reply_thread=thread, user_name=name)
    line = encode(item)
    assert line.endswith(b"\n") and line.count(b"\n") == 1 and len(line) <= select.PIPE_BUF
    got = decode(line)
    if len(text) < 500:  # 6 bytes a character at worst (an escape): the whole item fits
        assert isinstance(got, InboxItem)
    if isinstance(got, InboxItem):
        assert got == InboxItem(id=item_id[:64], key=KEY, text=text, reply_thread=thread, user_name=name)
    else:
        assert got == item_id[:64]


@pytest.mark.parametrize("line", [b"", b"not json\n", b"[1]\n", b'{"id": 7}\n', b'{"id": "x", "key": "nope"}\n'])
def test_a_line_that_is_no_item_decodes_to_none(line: bytes) -> None:
    assert decode(line) is None


def test_items_reach_the_worker_in_order_and_each_wakes_the_delivery(
        worker_files: tuple[Path, Path, list[str]]) -> None:
    out, go, command = worker_files
    go.touch()
    wakes = threading.Semaphore(0)
    process = TurnProcess(command, on_lead_queued=wakes.release)
    process.start()
    try:
        for n in range(300):
            process.handoff(_item(n))
        wait_until(lambda: len(_received(out)) == 300, timeout=15)
        assert _received(out) == [f"Ev{n:06d}" for n in range(300)]
        assert wakes.acquire(timeout=5)
        assert process.state == "running"
    finally:
        process.close()


def test_a_worker_that_does_not_read_never_blocks_a_handoff_and_gets_everything_later(
        worker_files: tuple[Path, Path, list[str]]) -> None:
    out, go, command = worker_files
    process = TurnProcess(command)
    process.start()
    try:
        wait_until(lambda: len(_pids(out)) == 1)
        long_text = "x" * 3000  # 400 of these are far more than a pipe holds
        for n in range(400):
            process.handoff(_item(n, long_text))  # returns although nothing is read yet
        go.touch()
        wait_until(lambda: len(_received(out)) == 400, timeout=20)
        assert _received(out) == [f"Ev{n:06d}" for n in range(400)]
    finally:
        process.close()


def test_a_worker_that_dies_is_replaced_and_later_items_reach_the_new_one(
        worker_files: tuple[Path, Path, list[str]]) -> None:
    out, go, command = worker_files
    go.touch()
    process = TurnProcess(command)
    process.start()
    try:
        wait_until(lambda: len(_pids(out)) == 1)
        first = _pids(out)[0]
        os.kill(first, signal.SIGKILL)
        for n in range(50):  # while it is gone, and while the next one starts
            process.handoff(_item(n))
            time.sleep(0.01)
        wait_until(lambda: len(_pids(out)) == 2, timeout=10)
        process.handoff(_item(999))
        wait_until(lambda: "Ev000999" in _received(out), timeout=10)
        assert process.restarts == 1 and process.pid == _pids(out)[1] != first
        got = _received(out)
        # What the dead worker did not read is not sent again (the new worker replays the inbox); what
        # came after its death is sent to the new one, in order.
        assert got == sorted(got)
    finally:
        process.close()


def test_closing_ends_the_worker_through_its_pipe(worker_files: tuple[Path, Path, list[str]]) -> None:
    out, go, command = worker_files
    go.touch()
    process = TurnProcess(command)
    process.start()
    wait_until(lambda: len(_pids(out)) == 1)
    pid = process.pid
    process.close()
    assert pid is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: it exited, nothing was left running

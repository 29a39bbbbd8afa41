"""Benchmark: how well LeadBot understands what reps type, scored on bench/corpus (see its README).

Two paths: the ``/newlead`` prefill (``parse_free_text`` on the message) and the chat (the conversation
engine fed the message and the rep's later messages; the fields of the draft that confirming sends). Each
message is first read as the Slack layer hands it over (``plain_text``: Slack's link and email markup
read as what it shows), as on both surfaces.
Per kind and overall, for the dev and held-out sets: fields right out of all four fields of every
message, messages with every field right, and values invented. Plus parse time per message.

    python -m bench.understanding [--set dev|heldout] [--path prefill|chat] [--show-misses]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bench.common import Row, percentile
from bench.scoring import KINDS, SETS, Case, Miss, Tally, load, score
from bot.domain.contact import clear_check_caches
from bot.domain.conversation import ConversationEngine, ConversationState, Stage
from bot.domain.freetext import parse_free_text
from bot.slack.payload import plain_text

PATHS = ("prefill", "chat")
GOALS = {"fields": 97.0, "exact": 90.0}
PARSE_GOAL_US = 200.0
# Every message of both sets, round after round, until over 100,000 samples: plenty for a median and a p99.
# The rounds follow the corpus's size (30 rounds of 7,862 messages took a minute and a half of `make bench`'s
# five on a slow machine, issue 13).
TIMING_SAMPLES = 100_000
_ENDED = (Stage.CANCELLED, Stage.EXPIRED, Stage.ABANDONED)


def read_prefill(case: Case) -> dict[str, str]:
    return dict(parse_free_text(plain_text(case.text), case.region).values)


def read_chat(case: Case) -> dict[str, str]:
    """Drive the real engine through the conversation; an ended draft sends nothing."""
    engine = ConversationEngine(case.region)
    now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    state: ConversationState | None = None
    for message in case.conversation:
        state, _ = engine.handle(state, plain_text(message), now)
        now += timedelta(seconds=20)
    if state is None or state.stage in _ENDED:
        return {}
    return dict(state.fields)


READERS: dict[str, Callable[[Case], dict[str, str]]] = {"prefill": read_prefill, "chat": read_chat}


def evaluate(cases: list[Case], path: str) -> tuple[dict[str, Tally], list[Miss]]:
    """Tallies per kind and ``"all"``, and every field that was not right."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    misses: list[Miss] = []
    for case in cases:
        outcomes, missed = score(case, path, READERS[path](case))
        tallies[case.kind].add(outcomes)
        tallies["all"].add(outcomes)
        misses.extend(missed)
    return dict(tallies), misses


def parse_times_us(texts: list[str], region_of: list[str], rounds: int | None = None) -> list[float]:
    """One sample per call of ``parse_free_text``, in microseconds (by default, enough rounds of ``texts`` for
    over TIMING_SAMPLES samples)."""
    samples: list[float] = []
    for _ in range(rounds if rounds is not None else TIMING_SAMPLES // max(len(texts), 1) + 1):
        for text, region in zip(texts, region_of, strict=True):
            clear_check_caches()  # each message timed as the first of its kind: no answer cached by a repeat
            started = time.perf_counter_ns()
            parse_free_text(text, region)
            samples.append((time.perf_counter_ns() - started) / 1000)
    return samples


def table(title: str, tallies: dict[str, Tally]) -> str:
    lines = [title, f"  {'kind':<14} {'msgs':>5} {'fields':>8} {'exact':>8} {'invented':>9}"]
    for kind in (*KINDS, "all"):
        tally = tallies.get(kind)
        if tally is None:
            continue
        lines.append(f"  {kind:<14} {tally.messages:>5} {tally.field_accuracy:>7.1f}% {tally.exactness:>7.1f}% "
                     f"{tally.invented:>9}")
    return "\n".join(lines)


def miss_lines(misses: list[Miss]) -> list[str]:
    lines: list[str] = []
    shown = ""
    for miss in misses:
        if miss.case.id != shown:
            shown = miss.case.id
            said = " ⏎ ".join(miss.case.conversation)
            lines.append(f"{miss.case.id} [{miss.case.kind}, {miss.case.region}] {said!r}")
        lines.append(f"    {miss.field:<8} {miss.outcome:<9} expected {miss.expected!r}, got {miss.got!r}")
    return lines


def _rows(path: str, set_name: str, overall: Tally) -> list[Row]:
    label = "held-out" if set_name == "heldout" else set_name
    note = f"{overall.messages} messages"
    return [
        Row(f"understanding, {path}, {label}: fields right", overall.field_accuracy, None, "%",
            f">= {GOALS['fields']:g} %", overall.field_accuracy >= GOALS["fields"], note),
        Row(f"understanding, {path}, {label}: messages exact", overall.exactness, None, "%",
            f">= {GOALS['exact']:g} %", overall.exactness >= GOALS["exact"], note),
        Row(f"understanding, {path}, {label}: invented values", overall.invented, None, "values", "0",
            overall.invented == 0, note),
    ]


def run() -> tuple[list[Row], dict[str, object]]:
    rows: list[Row] = []
    per_kind: dict[str, object] = {}
    every: list[Case] = []
    for set_name in SETS:
        cases = load(set_name)
        every.extend(cases)
        for path in PATHS:
            tallies, _ = evaluate(cases, path)
            rows.extend(_rows(path, set_name, tallies["all"]))
            per_kind[f"{set_name}/{path}"] = {kind: {"messages": t.messages, "fields": round(t.field_accuracy, 2),
                                                     "exact": round(t.exactness, 2), "invented": t.invented}
                                              for kind, t in tallies.items()}
    samples = parse_times_us([c.text for c in every], [c.region for c in every])
    median, p99 = statistics.median(samples), percentile(samples, 0.99)
    rows.append(Row("parse_free_text time per message, median", median, None, "µs",
                    f"< {PARSE_GOAL_US:g} µs", median < PARSE_GOAL_US, f"{len(samples):,} calls"))
    rows.append(Row("parse_free_text time per message, p99", p99, None, "µs", "-", None, f"{len(samples):,} calls"))
    return rows, {"per_kind": per_kind}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.understanding", description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, help="one set only (default: both)")
    parser.add_argument("--path", choices=PATHS, help="one path only (default: both)")
    parser.add_argument("--show-misses", action="store_true",
                        help="list every field that was not right (dev only, unless --set heldout is given)")
    parser.add_argument("--no-timing", action="store_true", help="skip the parse-time figure")
    args = parser.parse_args()
    every: list[Case] = []
    for set_name in [args.set] if args.set else SETS:
        cases = load(set_name)
        every.extend(cases)
        for path in [args.path] if args.path else PATHS:
            tallies, misses = evaluate(cases, path)
            print(table(f"{set_name} set, {path} path:", tallies))
            # Held-out misses only when asked for by name: tuning on them would spoil the final figure.
            if args.show_misses and (set_name == "dev" or args.set == "heldout"):
                print("\n".join(miss_lines(misses)))
            print()
    if not args.no_timing:
        samples = parse_times_us([c.text for c in every], [c.region for c in every])
        print(f"parse_free_text: median {statistics.median(samples):.1f} µs, p99 {percentile(samples, 0.99):.1f} µs "
              f"over {len(samples):,} calls")


if __name__ == "__main__":
    main()

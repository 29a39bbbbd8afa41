"""``make bench``: every benchmark, then bench/results.md and bench/results.json."""

from __future__ import annotations

import time

from bench import ack, coldstart, delivery, engine, understanding
from bench.common import RESULTS_MD, Row, machine, write_results


def main() -> None:
    started = time.monotonic()
    print(f"LeadBot benchmarks on {machine()}", flush=True)
    rows: list[Row] = []
    extra: dict[str, object] = {}
    for name, step in (("ack", ack.run), ("delivery", delivery.run), ("engine", engine.run),
                       ("understanding", understanding.run), ("cold start", coldstart.run)):
        print(f"- {name} …", flush=True)
        result = step()
        if isinstance(result, tuple):
            found, raw = result
            extra[name] = raw
        else:
            found = result
        rows.extend(found)
    write_results(rows, extra)
    print(RESULTS_MD.read_text())
    print(f"Done in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()

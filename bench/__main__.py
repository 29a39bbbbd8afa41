"""``make bench``: every benchmark, then bench/results.md and bench/results.json."""

from __future__ import annotations

import time

from bench import ack, coldstart, delivery, engine, reply, understanding
from bench.common import RESULTS_MD, Row, machine, write_results


def main() -> None:
    started = time.monotonic()
    print(f"LeadBot benchmarks on {machine()}", flush=True)
    rows: list[Row] = []
    extra: dict[str, object] = {}
    def replies() -> tuple[list[Row], dict[str, object]]:
        ack_raw = extra.get("ack")
        bare = ack_raw.get("bare_dm_ack_p99", {}) if isinstance(ack_raw, dict) else {}
        return reply.run(bare)

    # The in-process figures first, on a settled machine: after the server benchmarks, PostgreSQL (outside
    # our process tree) is still writing out the delivery run and this process holds their garbage, and a
    # `make bench` once measured the engine at 40 % of a quiet run.
    for name, step in (("engine", engine.run), ("understanding", understanding.run), ("ack", ack.run),
                       ("reply", replies), ("delivery", delivery.run), ("cold start", coldstart.run)):
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

"""Run a test fake in a process of its own, so it does not share a GIL with what is measured.

    python -m bench.fakes slack            # prints "PORT <n>" then serves until killed
    python -m bench.fakes crm --delay 2    # a CRM that answers every request after 2 s
    python -m bench.fakes slack --tls-cert C --tls-key K   # Slack's Web API over HTTPS
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import threading
from pathlib import Path

from bench.tls import Certificate
from tests.support.fake_crm import Answer, FakeCrm, success
from tests.support.fake_slack import FakeSlack


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["slack", "crm"])
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-cert", help="serve HTTPS with this certificate (and --tls-key)")
    parser.add_argument("--tls-key")
    args = parser.parse_args()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if args.kind == "slack":
        slack = FakeSlack()
        slack.keep_calls = False  # a long run must not grow without bound
        if args.tls_cert:
            slack.serve_tls(Certificate(Path(args.tls_cert), Path(args.tls_key)).server_context())
        slack.start()
        port = slack.api_url.split(":")[2].split("/")[0]
        server: FakeSlack | FakeCrm = slack
    else:
        crm = FakeCrm(args.port)
        crm.keep_received = False
        base = success()
        crm.default = Answer(base.status, base.body, delay=args.delay)
        crm.start()
        port = crm.url.rsplit(":", 1)[1]
        server = crm
    print(f"PORT {port}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
    server.stop()


if __name__ == "__main__":
    main()

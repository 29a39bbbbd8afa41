"""The baseline for the ack benchmark: a bare Bolt app on the same WSGI server, with the same thread
counts, whose listeners only ack (and call views.open for the command). Prints "PORT <n>".

    python -m bench.baseline_app --slack-url http://127.0.0.1:9/api/ --secret S --threads 16
"""

from __future__ import annotations

import argparse
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.entrypoints.web import create_server
from bot.slack.blocks import lead_modal

# The same view LeadBot opens for the load generator's command text (computed once, not per request),
# so both apps make the same views.open call and only LeadBot's own work differs.
MODAL = lead_modal(private_metadata='{"channel_id":"C0SALES1","channel_name":"sales","team_id":"T0001"}',
                   initial={"name": "Jane Roe", "email": "jane.roe@example.com", "phone": "+14155550100",
                            "company": "Acme Inc"})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slack-url", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--threads", type=int, default=16)
    args = parser.parse_args()
    app = App(client=WebClient(token="xoxb-baseline", base_url=args.slack_url), signing_secret=args.secret,
              listener_executor=ThreadPoolExecutor(max_workers=args.threads * 2))

    @app.command("/newlead")
    def command(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        client.views_open(trigger_id=body["trigger_id"], view=MODAL)

    @app.event("message")
    def message() -> None:
        pass

    @app.view("newlead_modal")
    def submission(ack: Ack) -> None:
        ack()

    from slack_bolt.adapter.wsgi import SlackRequestHandler

    handler = SlackRequestHandler(app)

    def wsgi(environ: dict[str, Any], start_response: Any) -> Any:
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "application/json")])
            return [b'{"ok": true}']
        return handler(environ, start_response)

    server = create_server(wsgi, host="127.0.0.1", port=0, threads=args.threads)  # type: ignore[arg-type]
    print(f"PORT {server.effective_port}", flush=True)  # type: ignore[union-attr]
    server.run()


if __name__ == "__main__":
    main()

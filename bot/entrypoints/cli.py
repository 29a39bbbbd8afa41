"""The command line: ``python -m bot`` and ``leadbot`` are the same program."""

from __future__ import annotations

import errno
import signal
import sys
import threading
from enum import StrEnum
from types import FrameType
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from bot import __version__
from bot.config import Mode, Settings, TurnsIn, load_settings
from bot.database_url import legacy_note
from bot.entrypoints.cli_outbox import app as outbox_app
from bot.entrypoints.cli_owners import app as owners_app
from bot.entrypoints.cli_workspaces import app as workspaces_app
from bot.errors import ConfigError, LeadBotError, SlackError, SlackUnavailableError
from bot.logs import configure_logging
from bot.slack.manifest import render

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.bootstrap import Runtime

app = typer.Typer(
    name="leadbot",
    help="LeadBot turns Slack conversations into CRM leads.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(outbox_app, name="outbox")
app.add_typer(owners_app, name="owners")
app.add_typer(workspaces_app, name="workspaces")
err = Console(stderr=True, soft_wrap=True)  # one message, one line, even in a pipe
out = Console(soft_wrap=True)


class ManifestMode(StrEnum):
    http = "http"
    socket = "socket"


def _fail(exc: LeadBotError | str) -> NoReturn:
    err.print(f"[bold red]LeadBot cannot start.[/]\n{escape(str(exc))}", highlight=False)
    raise typer.Exit(2)


def notes_for(settings: Settings) -> list[str]:
    """What an operator should know before a command runs: skipped settings, an old database."""
    note = legacy_note(settings.database_url)
    skipped = [f"{problem} (skipped: only serve and socket use it)" for problem in settings.ignored_problems]
    return skipped + ([note] if note else [])


def _settings(mode: Mode, *, quiet_logs: bool = False) -> Settings:
    try:
        settings = load_settings(server=mode is not Mode.SHELL)
        settings.require(mode)
    except LeadBotError as exc:
        _fail(exc)
    for note in notes_for(settings):
        err.print(f"[yellow]{escape(note)}[/]", highlight=False)
    # In the terminal, INFO lines would interleave with the conversation.
    configure_logging("WARNING" if quiet_logs and settings.log_level == "INFO" else settings.log_level,
                      settings.log_format)
    if settings.crm_dry_run:
        err.print("[yellow]CRM_API_TOKEN is not set: dry run. Leads are stored and shown, not sent.[/]")
    return settings


def _stop_on_sigterm() -> None:
    def handler(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def _slack_runtime(mode: Mode) -> tuple[Settings, Runtime, App]:
    from bot.bootstrap import build_runtime, build_slack_app

    settings = _settings(mode)
    worker = None
    if settings.chat_turns is TurnsIn.PROCESS:
        worker = [sys.executable, "-m", "bot", "chat-worker", "--mode", mode.value]
    try:
        runtime = build_runtime(settings, turn_worker=worker)
    except LeadBotError as exc:
        _fail(exc)
    try:
        return settings, runtime, build_slack_app(runtime, http_mode=mode is Mode.HTTP)
    except LeadBotError as exc:
        runtime.close()
        _fail(exc)


@app.command()
def serve(
    port: Annotated[int | None, typer.Option(help="Port to listen on (default: PORT, 3000). 0 picks one.")] = None,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "0.0.0.0",
) -> None:
    """HTTP mode: Slack's requests at POST /slack/events, health at GET /healthz."""
    from bot.entrypoints.web import build_wsgi, create_server, shutdown

    settings, runtime, bolt = _slack_runtime(Mode.HTTP)
    # Hand the GIL over more often than every 5 ms, so a thread with an ack to send is not kept
    # waiting behind a listener busy with a conversation (measured: bench/results.md).
    sys.setswitchinterval(0.001)
    port = settings.port if port is None else port
    try:
        server = create_server(build_wsgi(runtime, bolt), host=host, port=port, threads=settings.web_threads)
    except OSError as exc:
        runtime.close()
        if exc.errno == errno.EADDRINUSE:
            _fail(f"Port {port} on {host} is already in use (another LeadBot, or another server): stop that "
                  "process, or pick a free port with PORT or --port")
        _fail(f"Cannot listen on {host}:{port} ({exc.strerror}): check --host and PORT (ports below 1024 "
              "need root)")
    runtime.start()
    _stop_on_sigterm()
    bound = getattr(server, "effective_port", port)
    # Tests and process managers read this line to find the port.
    print(f"LeadBot listening on http://{host}:{bound}/slack/events", flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        shutdown(server)
        runtime.close()
        print("LeadBot stopped.", flush=True)


@app.command()
def socket() -> None:
    """Socket Mode: no public URL needed; uses SLACK_APP_TOKEN."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.slack import web_api

    settings, runtime, bolt = _slack_runtime(Mode.SOCKET)
    assert settings.slack_app_token is not None
    handler = SocketModeHandler(bolt, settings.slack_app_token.get_secret_value(),
                                concurrency=settings.web_threads)
    runtime.start()
    _stop_on_sigterm()
    try:
        try:
            web_api.call("apps.connections.open", handler.connect)
        except SlackUnavailableError as exc:
            from bot.bootstrap import slack_unreachable

            _fail(slack_unreachable(settings.slack_api_base_url, exc))
        except SlackError as exc:  # refused: the app-level token, most likely
            _fail(exc)
        print("LeadBot connected in Socket Mode.", flush=True)
        threading.Event().wait()  # the socket client works on its own threads; wait for SIGTERM/Ctrl-C
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()  # type: ignore[no-untyped-call]
        runtime.close()
        print("LeadBot stopped.", flush=True)


@app.command()
def shell() -> None:
    """The lead conversation in this terminal (reads a pipe too). Dry run without CRM_API_TOKEN."""
    from bot.entrypoints.shell import Shell

    settings = _settings(Mode.SHELL, quiet_logs=True)
    try:
        code = Shell(settings, out, sys.stdin).run()
    except LeadBotError as exc:
        _fail(exc)
    raise typer.Exit(code)


@app.command()
def doctor() -> None:
    """Check the configuration, the database and its migrations, Slack and the CRM."""
    from bot.entrypoints.doctor import run_checks

    failed = False
    for check in run_checks():
        mark = "[yellow]![/]" if check.warning else ("[green]✓[/]" if check.ok else "[red]✗[/]")
        line = f"{mark} {check.name:<9} {escape(check.detail)}"
        if check.fix:
            line += f"\n            [dim]fix: {escape(check.fix)}[/]"
        out.print(line, highlight=False)
        failed = failed or not check.ok
    raise typer.Exit(1 if failed else 0)


@app.command("secret-key")
def secret_key() -> None:
    """Print a new key for LEADBOT_SECRET_KEY (it encrypts workspaces' tokens at rest; keep it safe)."""
    from bot.adapters.secrets import new_secret_key

    sys.stdout.write(new_secret_key() + "\n")


@app.command()
def manifest(
    mode: Annotated[ManifestMode, typer.Option(help="Socket Mode or HTTP mode.")] = ManifestMode.socket,
    url: Annotated[str | None, typer.Option(help="Public URL of /slack/events (HTTP mode).")] = None,
    oauth: Annotated[bool, typer.Option(help="Install in many workspaces: adds the OAuth redirect URL "
                                             "(HTTP mode).")] = False,
) -> None:
    """Print a Slack app manifest to paste into api.slack.com/apps > Create New App > From a manifest."""
    if url is not None:
        if mode is not ManifestMode.http:
            err.print("--url only applies to --mode http (Socket Mode has no request URL).")
            raise typer.Exit(2)
        if not url.startswith("https://"):
            err.print("--url must be the public https:// URL of /slack/events, e.g. https://bot.example.com/slack/events")
            raise typer.Exit(2)
    if oauth and mode is not ManifestMode.http:
        err.print("--oauth needs --mode http (installs in many workspaces come back to a public URL).")
        raise typer.Exit(2)
    sys.stdout.write(render(mode.value, url, oauth=oauth))


@app.command("chat-worker", hidden=True)
def chat_worker(
    fd: Annotated[int, typer.Option(help="The pipe the serving process sends stored messages down.")],
    wake_fd: Annotated[int, typer.Option(help="The pipe back: a byte says a lead was queued.")],
    mode: Annotated[Mode, typer.Option(help="The serving process's mode.")] = Mode.HTTP,
) -> None:
    """The turn worker process that serve and socket start (CHAT_TURNS=process); not for people."""
    from bot.entrypoints.turn_worker import run as run_worker

    raise typer.Exit(run_worker(fd, wake_fd, mode))


@app.command()
def run() -> None:
    """Start the way the configuration allows: Socket Mode, else HTTP mode, else the terminal demo."""
    try:
        settings = load_settings(server=False)
        settings.require(Mode.SHELL)
        slack_problems = [p for p in settings.ignored_problems if p.startswith("SLACK_")]
        if slack_problems:  # an invalid Slack setting is set, not missing: say that, not "not set"
            raise ConfigError(slack_problems)
    except LeadBotError as exc:
        _fail(exc)
    if settings.slack_mode is Mode.SOCKET:
        socket()
    elif settings.slack_mode is Mode.HTTP:
        serve(port=None, host="0.0.0.0")
    elif settings.slack_started:
        # Half a Slack set-up is a mistake to point out, not a reason to open the terminal demo.
        err.print("[bold red]LeadBot cannot start in Slack.[/] Some Slack settings are set, but neither mode "
                  "is complete. For Socket Mode set:", highlight=False)
        for problem in settings.missing_for(Mode.SOCKET):
            err.print(f"  - {escape(problem)}", highlight=False)
        err.print("or, for HTTP mode (python -m bot serve), set:", highlight=False)
        for problem in settings.missing_for(Mode.HTTP):
            err.print(f"  - {escape(problem)}", highlight=False)
        err.print("For the terminal demo instead: python -m bot shell", highlight=False)
        raise typer.Exit(2)
    else:
        _explain_setup(settings)
        shell()


def _explain_setup(settings: Settings) -> None:
    err.print("[bold]No Slack tokens yet, so LeadBot starts in this terminal.[/] To run it in Slack:")
    err.print("  1. https://api.slack.com/apps > Create New App > From a manifest:")
    err.print("     paste [cyan]manifests/socket.json[/]")
    err.print("  2. Install it, then set in [cyan].env[/] (see .env.example):")
    for problem in settings.missing_for(Mode.SOCKET):
        err.print(f"     - {problem}")
    err.print("  3. [cyan]make run[/] again.\n")


def version_callback(value: bool) -> None:
    if value:
        out.print(f"LeadBot {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """LeadBot turns Slack conversations into CRM leads."""


def main() -> None:
    app()

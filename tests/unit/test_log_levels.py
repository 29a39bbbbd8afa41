"""configure_logging gives the Slack SDK's logger a level of its own, so slack_sdk skips the DEBUG lines
it would otherwise format (whole request and response bodies) on every call and then drop."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.logs import configure_logging
from bot.slack import web_api

_NAMES = ("", "bot.slack.sdk", "bot.slack.bolt", "slack_sdk", "slack_bolt", "httpx", "httpcore",
          "waitress.queue", "alembic")


@pytest.fixture(autouse=True)
def restored_logging() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in _NAMES]
    saved = [(logger, logger.level, list(logger.handlers)) for logger in loggers]
    yield
    for logger, level, handlers in saved:
        logger.setLevel(level)
        logger.handlers[:] = handlers


@pytest.mark.parametrize(("level", "expected"), [("INFO", logging.INFO), ("WARNING", logging.WARNING),
                                                 ("DEBUG", logging.INFO)])
def test_the_sdk_logger_has_a_level_above_debug(level: str, expected: int) -> None:
    configure_logging(level, "json")
    logger = web_api.sdk_logger()
    # slack_sdk formats its DEBUG lines when ``logger.level <= logging.DEBUG`` (NOTSET counts).
    assert logger.level == expected
    assert not logger.isEnabledFor(logging.DEBUG)


def test_the_sdk_loggers_info_lines_still_follow_log_level() -> None:
    configure_logging("INFO", "json")
    assert web_api.sdk_logger().isEnabledFor(logging.INFO)
    configure_logging("WARNING", "json")
    assert not web_api.sdk_logger().isEnabledFor(logging.INFO)

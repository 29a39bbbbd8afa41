"""Prometheus metrics for one LeadBot process, in a registry of its own (served at GET /metrics)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.domain.outbox import LeadStatus

# The backlog: every status but delivered, the one a lead is done with (its count only grows).
_BACKLOG_STATUSES = tuple(status.value for status in LeadStatus if status is not LeadStatus.DELIVERED)


class _Backlog(Collector):
    """Read at scrape time from the database, so every replica reports the shared outbox."""

    def __init__(self, counts: Callable[[], dict[str, int]]) -> None:
        self._counts = counts

    def collect(self) -> Iterable[Metric]:
        family = GaugeMetricFamily("leadbot_outbox_leads", "Leads in the outbox by status", labels=["status"])
        try:
            counts = self._counts()
        except Exception:
            return []  # the database is down: /healthz says so; no made-up numbers here
        for status in _BACKLOG_STATUSES:
            family.add_metric([status], counts.get(status, 0))
        return [family]


class PrometheusMetrics:
    def __init__(self, outbox_counts: Callable[[], dict[str, int]]) -> None:
        self.registry = CollectorRegistry()
        self._captured = Counter("leadbot_leads_captured", "Leads captured, by surface", ["surface"],
                                 registry=self.registry)
        self._attempts = Counter("leadbot_delivery_attempts", "Delivery attempts, by outcome", ["outcome"],
                                 registry=self.registry)
        self._latency = Histogram(
            "leadbot_delivery_latency_seconds", "From capture to the CRM accepting the lead",
            buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 6 * 3600, 24 * 3600),
            registry=self.registry,
        )
        self.registry.register(_Backlog(outbox_counts))

    def lead_captured(self, surface: str) -> None:
        self._captured.labels(surface=surface).inc()

    def delivery_attempted(self, outcome: str, latency_seconds: float | None = None) -> None:
        self._attempts.labels(outcome=outcome).inc()
        if latency_seconds is not None:
            self._latency.observe(latency_seconds)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)

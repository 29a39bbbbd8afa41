"""LeadBot's benchmarks and soak test: ``make bench`` and ``make soak``."""

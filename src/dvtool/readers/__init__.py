"""Readers: one module per format, each with ``read(data, options) -> Result[Report]``."""

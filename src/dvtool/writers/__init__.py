"""Writers: one module per format, each with ``write(report, options) -> Result[bytes]``."""

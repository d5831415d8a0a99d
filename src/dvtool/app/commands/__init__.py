"""One module per command: the work between its options object and its reporter."""

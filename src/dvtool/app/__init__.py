"""The application around the library: the command line, jobs over files, reporters, streams."""

"""The exception types the CLI turns into a single clear line and exit code 2."""


class InputError(Exception):
    """Bad input from a user or a file: reported as one line, never as a traceback."""


class StoreError(InputError):
    """A store that cannot be opened or written safely (reported in one line, file left as is)."""

"""The exception types the CLI turns into a single clear line and exit code 2."""

from __future__ import annotations

import errno
from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeVar

E = TypeVar("E", bound="InputError")


class InputError(Exception):
    """Bad input from a user or a file: reported as one line, never as a traceback.

    Made by `refusal`, it also names its catalogue message (*key*, *values*), so that each front end
    can say it in its user's language (`Catalogue.error`); its text is then the English message.
    """

    key: str | None = None
    values: Mapping[str, object] = MappingProxyType({})


class StoreError(InputError):
    """A store that cannot be opened or written safely (reported in one line, file left as is)."""


def refusal(key: str, cls: type[E] = InputError, **values: object) -> E:  # type: ignore[assignment]
    """An error of type *cls* saying catalogue message *key* with *values* (its text in English)."""
    from lso_tui.i18n import Catalogue

    exc = cls(Catalogue("en").say(key, values))
    exc.key, exc.values = key, MappingProxyType(dict(values))
    return exc


def os_reason(exc: OSError) -> object:
    """Why a call to the system failed, for a message's values: a catalogue term for the usual
    reasons ("os.EACCES", said in the reader's language), else the system's own words."""
    from lso_tui.i18n import MESSAGES, Term

    key = "os." + errno.errorcode.get(exc.errno or 0, "?")
    return Term(key) if key in MESSAGES else (exc.strerror or str(exc))

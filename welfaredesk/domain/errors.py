"""The two kinds of error (design.md §4): known ones carry a Japanese message for the user.

Anything that is not a :class:`KnownError` is a bug and goes to the crash dialog.
"""

from __future__ import annotations

from welfaredesk.domain.text import translate, translating


class KnownError(Exception):
    """An expected failure with a message the user can act on (in Japanese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def text(self) -> str:
        """The message to show the user (translated when the GUI runs in English)."""
        return translate(self.message)


class ValidationError(KnownError):
    """Bad input in one field.

    Attributes:
        field: the code name of the field (``birth_date``), for the form to focus it.
        label: the field's Japanese label (``生年月日``), named in the message.
    """

    def __init__(self, field: str, label: str, problem: str) -> None:
        super().__init__(f"{label}：{problem}")
        self.field = field
        self.label = label
        self.problem = problem

    def text(self) -> str:
        """The message to show the user: the field's label and the problem."""
        if not translating():
            return self.message
        return translate(self.label) + ": " + translate(self.problem)


class PermissionDenied(KnownError):
    """The user's role or record scope does not allow the action."""


class AuthenticationFailed(KnownError):
    """Wrong user name or password, or a locked or disabled account."""


class ConflictError(KnownError):
    """Someone else saved the record first (optimistic locking)."""


class ConnectionLost(KnownError):
    """The database server cannot be reached (PostgreSQL): nothing of the request was saved.

    The GUI keeps what the user typed (and a local draft), shows the connection banner and
    retries; the same save goes through once the server is back.

    Attributes:
        during_write: whether it happened in a write transaction (a save that did not go
            through), as opposed to a read or the connection itself.
    """

    def __init__(self, message: str, *, during_write: bool = False) -> None:
        super().__init__(message)
        self.during_write = during_write


class DatabaseTooNew(KnownError):
    """The database was written by a newer WelfareDesk than this one."""


class NotFound(KnownError):
    """The record does not exist or is outside the user's scope."""

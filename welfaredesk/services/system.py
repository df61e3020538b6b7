"""Facts about the open database for the status bar and administrators."""

from __future__ import annotations

from sqlalchemy import func, select, text

from welfaredesk.domain.permissions import Action
from welfaredesk.services import audit
from welfaredesk.services.audit import ChainCheck
from welfaredesk.services.dto import DatabaseInfo, Principal
from welfaredesk.services.security import require
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, sqlite_path
from welfaredesk.storage.orm import Case


class SystemService:
    """Database information and integrity checks."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def database_info(self) -> DatabaseInfo:
        """Dialect, location (file path or host/database, never a password), revision, size."""
        path = sqlite_path(self._db.url)
        if path is not None:
            location = str(path)
        else:
            url = self._db.url
            location = f"{url.host or ''}/{url.database or ''}"
        with self._db.read() as s:
            count = s.scalar(select(func.count(Case.id))) or 0
        return DatabaseInfo(
            self._db.dialect, location, migrate.current_revision(self._db.engine), count
        )

    def ping(self) -> None:
        """A trivial read in a unit of work: whether the database answers (the reconnect probe).

        Raises:
            ConnectionLost: the server cannot be reached.
        """
        with self._db.read() as s:
            s.execute(text("SELECT 1"))

    def integrity_ok(self) -> bool:
        """SQLite's ``PRAGMA integrity_check`` (always True on other databases)."""
        if self._db.dialect != "sqlite":
            return True
        with self._db.read() as s:
            return s.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    def verify_audit_chain(self, principal: Principal) -> ChainCheck:
        """Check that no audit event was changed or removed."""
        require(principal, Action.AUDIT_READ, self._db)
        with self._db.read() as s:
            return audit.verify_chain(s)

"""Reference data for the screens: pick-lists, areas, staff; loaded once at first start."""

from __future__ import annotations

from sqlalchemy import func, select

from welfaredesk.domain.enums import AuditAction
from welfaredesk.services import audit
from welfaredesk.services.dto import AgencyOption, AreaOption, PicklistEntry
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Agency, Area, PicklistItem
from welfaredesk.storage.reference import load_reference_data


class ReferenceService:
    """Pick-lists and the first-start load of the reference data."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def ensure_loaded(self) -> int:
        """Load the shipped reference data into a new database; returns rows inserted.

        Values a desk has edited are left alone; values added by a newer release are added.
        """
        with self._db.write() as s:
            result = load_reference_data(s)
            if result.total:
                audit.record(
                    s,
                    None,
                    AuditAction.CREATE,
                    "reference_data",
                    detail={
                        "picklist_items": result.picklist_items,
                        "areas": result.areas,
                        "agencies": result.agencies,
                        "settings": result.settings,
                    },
                )
            return result.total

    def picklist(self, list_name: str, *, active_only: bool = True) -> list[PicklistEntry]:
        """The values of one pick-list in display order."""
        with self._db.read() as s:
            query = (
                select(PicklistItem)
                .where(PicklistItem.list_name == list_name)
                .order_by(PicklistItem.sort_order, PicklistItem.id)
            )
            if active_only:
                query = query.where(PicklistItem.active.is_(True))
            return [
                PicklistEntry(i.code, i.label, i.parent_code, i.help_text) for i in s.scalars(query)
            ]

    def picklist_names(self) -> list[str]:
        """The names of the pick-lists present."""
        with self._db.read() as s:
            return list(
                s.scalars(
                    select(PicklistItem.list_name)
                    .group_by(PicklistItem.list_name)
                    .order_by(func.min(PicklistItem.id))
                )
            )

    def areas(self) -> list[AreaOption]:
        """The active areas (圏域) in display order."""
        with self._db.read() as s:
            query = select(Area).where(Area.active.is_(True)).order_by(Area.sort_order, Area.id)
            return [AreaOption(a.id, a.code, a.name) for a in s.scalars(query)]

    def agencies(self, *, issue_code: str | None = None) -> list[AgencyOption]:
        """The active agencies in kana order, optionally only those handling ``issue_code``."""
        with self._db.read() as s:
            query = select(Agency).where(Agency.active.is_(True)).order_by(Agency.kana, Agency.id)
            options = [
                AgencyOption(a.id, a.name, a.kana, a.kind, tuple(a.issue_codes))
                for a in s.scalars(query)
            ]
        if issue_code is not None:
            options = [o for o in options if issue_code in o.issue_codes]
        return options

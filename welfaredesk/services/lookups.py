"""Small read helpers shared by the services (inside a caller's unit of work)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.storage.orm import PicklistItem


def picklist_labels(s: Session, list_name: str) -> dict[str, str]:
    """Code → label of one pick-list, inactive values included (old records use them)."""
    query = select(PicklistItem.code, PicklistItem.label).where(PicklistItem.list_name == list_name)
    return {code: text for code, text in s.execute(query)}


def full_name(family: str, given: str) -> str:
    """A name as the desk writes it: family and given name with an ideographic space."""
    return f"{family}\u3000{given}" if given else family

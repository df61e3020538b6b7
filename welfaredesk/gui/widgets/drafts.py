"""Forgetting an editor's autosaved draft when the user discards what they typed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from welfaredesk.gui.ops import run_op
from welfaredesk.services.drafts import DraftService
from welfaredesk.services.dto import Principal


def forget_draft(
    owner: QWidget, drafts: DraftService | None, principal: Principal, form: str, key: str
) -> None:
    """Delete the draft ``(form, key)`` of ``principal`` on the database worker.

    Nothing to wait for: the editor closes at once. ``owner`` should outlive the editor when
    the editor is a dialog that closes now (pass its parent).
    """
    if drafts is not None:
        run_op(owner, lambda: drafts.discard(principal, form, key), lambda _none: None)

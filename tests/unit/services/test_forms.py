"""Printing the contact slip from the database: scope, content, audit."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, Role
from welfaredesk.domain.errors import NotFound
from welfaredesk.services.dto import Principal
from welfaredesk.services.forms import FormService
from welfaredesk.storage.orm import AuditEvent

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_slip_carries_the_case_and_is_audited(
    ctx: AppContext, counselor: Principal, case_factory: Callable[..., int], tmp_path: Path
) -> None:
    case_id = case_factory(
        counselor,
        family_name="髙橋",
        given_name="𠮷子",
        family_kana="タカハシ",
        given_kana="ヨシコ",
        issue_codes=("household_8050",),
    )
    forms = FormService(ctx.db)
    assert forms.case_id_for_number(counselor, "r7-1") == case_id
    out = forms.contact_slip(counselor, case_id, tmp_path / "slip.pdf", now=dt.datetime(2025, 6, 3))
    text = _text(out)
    assert "R7-00001" in text
    assert "髙橋" in text
    assert "タカハシ" in text
    assert "取扱注意" in text
    assert "母の認知症" in text
    assert "8050" in text
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)).one()
    assert (event.user_id, event.case_id, event.detail) == (
        counselor.user_id,
        case_id,
        {"form": "contact_slip"},
    )


def test_a_case_outside_the_users_scope_does_not_print(
    ctx: AppContext,
    new_user: Callable[..., Principal],
    case_factory: Callable[..., int],
    tmp_path: Path,
) -> None:
    owner = new_user("owner", Role.COUNSELOR)
    stranger = new_user("stranger", Role.COUNSELOR)
    case_id = case_factory(owner)
    forms = FormService(ctx.db)
    with pytest.raises(NotFound):
        forms.contact_slip(stranger, case_id, tmp_path / "slip.pdf")
    with pytest.raises(NotFound):
        forms.case_id_for_number(stranger, "R7-00001")
    assert not (tmp_path / "slip.pdf").exists()

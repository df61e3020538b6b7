"""Meeting papers (次第, 出席者名簿, 会議録); the 支援会議 notice; 推進会議 numbers only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AgendaPurpose, ConsentStatus
from welfaredesk.printing.meeting_forms import (
    STATUTORY_NOTICE,
    AgendaLine,
    AttendeeLine,
    MeetingDocument,
    build_attendance_list,
    build_meeting_agenda,
    build_meeting_minutes,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.meetings import AttendeeInput, MeetingInput
from welfaredesk.storage.orm import Case

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


def sample(**changes: object) -> MeetingDocument:
    doc = MeetingDocument(
        meeting_name="支援調整会議(定例)",
        kind="coordination_meeting",
        held_at=datetime(2025, 7, 8, 14, 0),
        place="市役所 第一会議室",
        chair="地域福祉課長",
        status="開催済み",
        legal_basis="",
        secretariat="川村 直人",
        desk_name="福祉総合相談窓口",
        printed_by="佐藤 次郎",
        printed_at=datetime(2025, 7, 9, 10, 0),
        attendees=(
            AttendeeLine("福祉総合相談窓口", "佐藤 次郎", True),
            AttendeeLine("地域包括支援センター", "田中 主任", False),
            AttendeeLine("", "民生委員 小林", None),
        ),
        agenda=(
            AgendaLine(
                1, "R7-00012", "山田　花子", "プラン検討", "第1版（決定）", "了承", "役割分担"
            ),
            AgendaLine(2, "", "閲覧権限のないケース", "評価", "", "", ""),
        ),
        minutes="本人の意向を確認し、計画を了承した。",
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [re.sub(r"\s+", "", page) for page in text.split("\f") if page.strip()]


@needs_poppler
def test_agenda_lists_the_cases_in_order(tmp_path: Path) -> None:
    (text,) = pages(build_meeting_agenda(sample(), tmp_path / "a.pdf"))
    assert "支援調整会議(定例)次第" in text
    assert "令和7年(2025年)7月8日14:00" in text
    assert text.index("R7-00012") < text.index("閲覧権限のないケース")
    assert "開会" in text
    assert "閉会" in text
    assert "役割分担" not in text  # decisions belong to the minutes


@needs_poppler
def test_attendance_list_has_attendance_and_signature_columns(tmp_path: Path) -> None:
    (text,) = pages(build_attendance_list(sample(), tmp_path / "b.pdf"))
    for word in ("出席者名簿", "出欠", "署名", "田中主任", "民生委員小林", "出席", "欠席"):
        assert word in text, word


@needs_poppler
def test_minutes_show_each_item_with_decision_and_note(tmp_path: Path) -> None:
    (text,) = pages(build_meeting_minutes(sample(), tmp_path / "c.pdf"))
    assert "会議録" in text
    assert "了承" in text
    assert "役割分担" in text
    assert "未決定" in text
    assert "出席1名、欠席1名" in text
    assert "計画を了承した" in text


@needs_poppler
def test_statutory_meeting_prints_basis_and_duty_on_every_page(tmp_path: Path) -> None:
    long = "\n\n".join(
        f"{n}点目：関係機関から聞き取った生活の状況を共有し、見守りの分担を確認した。" * 6
        for n in range(1, 40)
    )
    doc = sample(
        meeting_name="支援会議",
        kind="statutory_meeting",
        legal_basis="生活困窮者自立支援法第9条",
        minutes=long,
    )
    for build in (build_meeting_minutes, build_meeting_agenda, build_attendance_list):
        texts = pages(build(doc, tmp_path / f"{build.__name__}.pdf"))
        for number, page in enumerate(texts, 1):
            assert re.sub(r"\s+", "", STATUTORY_NOTICE) in page, (build.__name__, number)
            assert "第9条" in page
            assert "第5項" in page
            assert f"{number}/{len(texts)}" in page
    texts = pages(build_meeting_minutes(doc, tmp_path / "long.pdf"))
    assert len(texts) >= 3
    assert "39点目" in "".join(texts)


@needs_poppler
def test_coordination_papers_have_no_statutory_notice(tmp_path: Path) -> None:
    (text,) = pages(build_meeting_minutes(sample(), tmp_path / "d.pdf"))
    assert "守秘義務" not in text
    assert "第9条" not in text


@needs_poppler
def test_network_meeting_prints_aggregate_numbers_only(
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    tmp_path: Path,
) -> None:
    case_id = case_factory(supervisor, consent=ConsentStatus.GIVEN)
    with ctx.db.read() as s:
        case_number = s.get_one(Case, case_id).case_number
    coordination = ctx.meetings.save(
        supervisor,
        MeetingInput("coordination_regular", "2025-07-08", "14:00"),
        today=dt.date(2025, 7, 10),
    )
    ctx.meetings.add_agenda_item(supervisor, coordination.id, case_number, AgendaPurpose.EVALUATION)
    network = ctx.meetings.save(
        supervisor,
        MeetingInput("network_meeting", "2025-07-09", "10:00", chair="福祉保健部長"),
        today=dt.date(2025, 7, 10),
    )
    ctx.meetings.add_attendee(supervisor, network.id, AttendeeInput(name="来賓 一名"))
    for form in ("agenda", "minutes"):
        out = getattr(ctx.meetings, f"print_{form}")(supervisor, network.id, tmp_path / form)
        text = "".join(pages(out))
        assert "相談支援包括化推進会議" in text
        assert "継続中のケース" in text
        assert "合計" in text
        assert "評価：未決定" in text  # the year's agenda, counted
        assert case_number not in text
        assert not re.search(r"[RH]\d+-\d{5}", text)
        assert "山田" not in text
        assert "花子" not in text
        assert "来賓" not in text

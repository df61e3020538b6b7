"""The shipped reference data (db/reference) and its loader."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AgencyKind, MeetingKind
from welfaredesk.domain.names import is_kana, name_key
from welfaredesk.storage.orm import Agency, Area, Base, PicklistItem, Setting
from welfaredesk.storage.reference import (
    REQUIRED_LISTS,
    ReferenceLoadResult,
    default_reference_dir,
    load_reference_data,
    read_reference_data,
)

SEEDS = Path("/work/shared/seeds")


@pytest.fixture
def session() -> Iterator[Session]:
    engine = create_engine("sqlite+pysqlite:///:memory:")
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        yield db
    engine.dispose()


@pytest.fixture
def reference_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "reference"
    shutil.copytree(default_reference_dir(), folder)
    return folder


def _items(session: Session, list_name: str) -> list[PicklistItem]:
    return list(
        session.scalars(
            select(PicklistItem)
            .where(PicklistItem.list_name == list_name)
            .order_by(PicklistItem.sort_order)
        )
    )


def _item(session: Session, list_name: str, code: str) -> PicklistItem:
    return session.scalars(
        select(PicklistItem).where(PicklistItem.list_name == list_name, PicklistItem.code == code)
    ).one()


def _count(session: Session, model: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _edit_json(folder: Path, name: str, change: Any) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_default_folder_is_the_shipped_one() -> None:
    assert default_reference_dir() == Path(__file__).resolve().parents[2] / "db" / "reference"


def test_first_load_inserts_everything(session: Session) -> None:
    result = load_reference_data(session)
    data = read_reference_data()
    assert result == ReferenceLoadResult(
        picklist_items=len(data.picklists),
        areas=5,
        agencies=len(data.agencies),
        settings=len(data.settings),
    )
    assert _count(session, PicklistItem) == result.picklist_items
    assert _count(session, Area) == 5
    assert _count(session, Agency) >= 50
    assert _count(session, Setting) == 6
    assert result.total == sum(
        (result.picklist_items, result.areas, result.agencies, result.settings)
    )


def test_second_load_inserts_nothing_and_keeps_edits(session: Session) -> None:
    load_reference_data(session)
    session.commit()
    edited = _item(session, "intake_channel", "visit")
    edited.label = "窓口来所"
    session.delete(_item(session, "urgency", "low"))
    session.commit()

    again = load_reference_data(session)

    # the deleted item comes back (a release's item is added), the edited one keeps its edit
    assert again == ReferenceLoadResult(picklist_items=1, areas=0, agencies=0, settings=0)
    assert _item(session, "intake_channel", "visit").label == "窓口来所"
    assert load_reference_data(session).total == 0


def test_every_required_list_is_present_and_not_empty(session: Session) -> None:
    load_reference_data(session)
    for list_name in REQUIRED_LISTS:
        items = _items(session, list_name)
        assert items, list_name
        assert all(item.label for item in items), list_name
        assert [item.sort_order for item in items] == list(range(1, len(items) + 1))


def test_codes_the_program_relies_on(session: Session) -> None:
    load_reference_data(session)

    def codes(list_name: str) -> list[str]:
        return [item.code for item in _items(session, list_name)]

    assert codes("intake_channel") == [
        "visit",
        "phone",
        "outreach",
        "agency_referral",
        "holiday_window",
        "email",
        "other",
    ]
    assert codes("consulter_type") == ["client", "family", "related_person", "agency"]
    assert codes("closure_reason") == [
        "independent",
        "handover",
        "info_only",
        "moved",
        "deceased",
        "lost_contact",
        "client_request",
        "other",
    ]
    assert codes("first_response") == [
        "information",
        "advice",
        "accompanied_referral",
        "continuing_support",
    ]
    assert codes("programme_evaluation") == ["a", "b", "c", "d"]
    assert _item(session, "closure_reason", "handover").extra == {
        "needs_destination": True,
        "source": "004:L333, 004:L325",
    }
    assert "relation" in REQUIRED_LISTS
    assert codes("relation")[0] == "client"


def test_meeting_types_carry_their_kind(session: Session) -> None:
    load_reference_data(session)
    meetings = {item.code: item for item in _items(session, "meeting_type")}
    assert meetings["coordination_regular"].extra["kind"] == MeetingKind.COORDINATION
    assert meetings["coordination_regular"].extra["regular"] is True
    assert meetings["coordination_ad_hoc"].extra["regular"] is False
    statutory = meetings["statutory_meeting"]
    assert statutory.extra["kind"] == MeetingKind.STATUTORY
    assert "生活困窮者自立支援法第9条" in statutory.help_text
    assert "守秘義務" in statutory.help_text
    assert "罰則" in statutory.help_text
    network = meetings["network_meeting"]
    assert network.extra["kind"] == MeetingKind.NETWORK
    assert "個別ケースは扱わない" in network.help_text
    assert {item.extra["kind"] for item in meetings.values()} == {k.value for k in MeetingKind}


def test_issue_categories_are_two_levels(session: Session) -> None:
    load_reference_data(session)
    issues = _items(session, "issue_category")
    top = {item.code for item in issues if item.parent_code is None}
    assert {"elderly", "disability", "children", "women", "hikikomori", "poverty", "other"} <= top
    for item in issues:
        assert item.parent_code is None or item.parent_code in top, item.code
    labels = {item.label for item in issues}
    for label in (
        "多重債務",
        "ヤングケアラー",
        "8050世帯",
        "ダブルケア",
        "制度の狭間",
        "老々介護",
        "セルフネグレクト",
        "配偶者からの暴力(DV)",
        "高齢者虐待",
        "障がい者虐待",
    ):
        assert label in labels
    assert "多重責務" not in labels


@pytest.mark.parametrize(
    ("code", "definition"),
    [
        ("household_8050", "高齢の親と働いていない独身の50代の子が同居している世帯"),
        ("double_care", "介護と育児に同時に直面する世帯"),
        ("system_gap", "既存の制度に明確に位置付けられていませんが、何らかの支援が必要である"),
    ],
)
def test_defined_terms_quote_the_seed(session: Session, code: str, definition: str) -> None:
    load_reference_data(session)
    item = _item(session, "issue_category", code)
    assert definition in item.help_text
    assert item.extra["source"] == "000:L457"
    seeds = sorted(SEEDS.glob("000_*.txt"))
    if seeds:  # the seed text is outside the repository; check it when it is there
        line = seeds[0].read_text(encoding="utf-8").splitlines()[456]
        assert definition in line


def test_system_gap_names_its_examples(session: Session) -> None:
    load_reference_data(session)
    help_text = _item(session, "issue_category", "system_gap").help_text
    assert "ひきこもり" in help_text
    assert "サービス利用の拒否" in help_text


def test_programme_evaluation_quotes_the_scale(session: Session) -> None:
    load_reference_data(session)
    scale = {item.label: item.help_text for item in _items(session, "programme_evaluation")}
    assert scale == {
        "A": "ほぼ施策内容を達成した。",
        "B": "施策内容をある程度達成したが、今後の改善、検討を要する。",
        "C": "施策内容を達成したとは言えず、現状について大きな課題がある。",
        "D": "未実施",
    }


def test_areas_have_towns(session: Session) -> None:
    load_reference_data(session)
    areas = list(session.scalars(select(Area).order_by(Area.sort_order)))
    assert [area.code for area in areas] == [
        "west",
        "central_west",
        "central",
        "central_east",
        "east",
    ]
    assert [area.name for area in areas] == [
        "西圏域",
        "中央西圏域",
        "中央圏域",
        "中央東圏域",
        "東圏域",
    ]
    for area in areas:
        assert area.towns, area.code
        assert area.kana
    assert "花小金井１～８丁目" in areas[4].towns


def test_agencies_have_kana_kinds_and_keys(session: Session) -> None:
    load_reference_data(session)
    agencies = list(session.scalars(select(Agency)))
    kinds = {kind.value for kind in AgencyKind}
    issue_codes = {item.code for item in _items(session, "issue_category")}
    for agency in agencies:
        assert is_kana(agency.kana), agency.name
        assert agency.kind in kinds
        assert agency.name_key == name_key(agency.name)
        assert set(agency.issue_codes) <= issue_codes
        assert agency.phone == ""
        assert agency.address == ""
        assert agency.notes
    assert {agency.kind for agency in agencies} == kinds


def test_kodaira_centres_point_at_their_area(session: Session) -> None:
    load_reference_data(session)
    centres = session.execute(
        select(Agency.name, Area.code)
        .join(Area, Agency.area_id == Area.id)
        .where(Agency.name.startswith("地域包括支援センター"))
    ).all()
    assert sorted(code for _, code in centres) == sorted(
        ["west", "central_west", "central", "central_east", "east"]
    )


def test_settings_rows(session: Session) -> None:
    load_reference_data(session)
    settings = {row.key: row.value for row in session.scalars(select(Setting))}
    assert settings["desk"]["name"] == "福祉総合相談窓口"
    assert settings["security"]["lockout_attempts"] == 5
    assert settings["case_number"] == {"format": "era"}
    assert "info_only" not in settings["closure"]["approval_required_reasons"]
    assert "independent" in settings["closure"]["approval_required_reasons"]
    assert settings["holiday_window"] == {"kind": "first_open_day"}


def test_a_desk_setting_survives_a_reload(session: Session) -> None:
    load_reference_data(session)
    session.commit()
    desk = session.get(Setting, "desk")
    assert desk is not None
    desk.value = {"name": "くらしの相談窓口", "address": "", "phone": ""}
    session.commit()
    load_reference_data(session)
    session.commit()
    desk = session.get(Setting, "desk")
    assert desk is not None
    assert desk.value["name"] == "くらしの相談窓口"


def test_loading_from_a_copy(session: Session, reference_copy: Path) -> None:
    assert load_reference_data(session, reference_copy).areas == 5


def _set_parent(data: dict[str, Any]) -> None:
    data["issue_category"][-2]["parent_code"] = "no_such_parent"


def _set_kind(data: dict[str, Any]) -> None:
    data["agencies"][0]["kind"] = "hospital"


def _set_issue(data: dict[str, Any]) -> None:
    data["agencies"][0]["issue_codes"] = ["poverty", "no_such_issue"]


def _set_area(data: dict[str, Any]) -> None:
    data["agencies"][0]["area_code"] = "north"


def _drop_list(data: dict[str, Any]) -> None:
    del data["note_method"]


def _duplicate_code(data: dict[str, Any]) -> None:
    data["urgency"].append(dict(data["urgency"][0]))


def _meeting_kind(data: dict[str, Any]) -> None:
    data["meeting_type"][0]["extra"]["kind"] = "tea_party"


def _closure_reason(data: dict[str, Any]) -> None:
    data["closure"]["approval_required_reasons"].append("retired")


def _number_style(data: dict[str, Any]) -> None:
    data["case_number"]["format"] = "roman"


def _window_kind(data: dict[str, Any]) -> None:
    data["holiday_window"] = {"kind": "every_day"}


def _window_nth(data: dict[str, Any]) -> None:
    data["holiday_window"] = {"kind": "nth_weekday", "nth": 6, "weekday": 5}


@pytest.mark.parametrize(
    ("file_name", "change", "message"),
    [
        (
            "picklists.json",
            _set_parent,
            "parent_code 'no_such_parent' is not a code of issue_category",
        ),
        ("agencies.json", _set_kind, "kind 'hospital' is not one of"),
        ("agencies.json", _set_issue, "issue code 'no_such_issue' is not a code of issue_category"),
        ("agencies.json", _set_area, "area_code 'north' is not a code of areas.json"),
        ("picklists.json", _drop_list, "required list 'note_method' is missing"),
        ("picklists.json", _duplicate_code, "urgency: duplicate code 'high'"),
        ("picklists.json", _meeting_kind, "extra.kind 'tea_party'"),
        ("settings.json", _closure_reason, "'retired' is not a code of closure_reason"),
        ("settings.json", _number_style, "case_number.format 'roman' is not one of"),
        ("settings.json", _window_kind, "holiday_window.kind 'every_day' is not one of"),
        ("settings.json", _window_nth, "is not a usable rule"),
    ],
)
def test_a_broken_file_is_refused(
    session: Session, reference_copy: Path, file_name: str, change: Any, message: str
) -> None:
    _edit_json(reference_copy, file_name, change)
    with pytest.raises(ValueError, match=message) as caught:
        load_reference_data(session, reference_copy)
    assert str(caught.value).startswith(file_name)
    assert _count(session, PicklistItem) == 0  # nothing written before the check


def test_invalid_json_names_the_file(session: Session, reference_copy: Path) -> None:
    (reference_copy / "areas.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r"areas\.json: not valid JSON"):
        load_reference_data(session, reference_copy)


def test_missing_file_names_the_file(session: Session, reference_copy: Path) -> None:
    (reference_copy / "settings.json").unlink()
    with pytest.raises(ValueError, match=r"settings\.json: file not found"):
        load_reference_data(session, reference_copy)

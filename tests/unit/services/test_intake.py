"""Intake: saving, re-consultation, search before create, validation, numbering."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from welfaredesk.app import AppContext, open_database
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ConsentMethod,
    ConsentStatus,
    MeetingKind,
    Role,
    Sex,
)
from welfaredesk.domain.errors import NotFound, PermissionDenied, ValidationError
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import (
    OUT_OF_SCOPE_HINT,
    RESTRICTED_HINT,
    IntakeInput,
    MemberInput,
)
from welfaredesk.storage import search
from welfaredesk.storage.orm import (
    Agency,
    AuditEvent,
    Case,
    CaseAccess,
    Consent,
    Consultation,
    HouseholdMember,
    Person,
    Team,
)

TODAY = dt.date(2025, 7, 1)
UserFactory = Callable[..., Principal]


def form(**overrides: Any) -> IntakeInput:
    """A valid intake form, changed by ``overrides``."""
    values: dict[str, Any] = {
        "received_on": "令和7年6月2日",
        "received_time": "10:30",
        "channel_code": "visit",
        "consulter_type_code": "client",
        "family_name": "山田",
        "given_name": "花子",
        "family_kana": "やまだ",
        "given_kana": "はなこ",
        "birth_date": "S19.5.3",
        "sex": Sex.FEMALE,
        "address": "市内本町1-2-3",
        "phone": "03-1234-5678",
        "presenting_concern": "母の認知症が進み、息子の介護負担が大きい。",
        "issue_codes": ("elderly", "care"),
        "most_pressing_code": "care",
    }
    values.update(overrides)
    return IntakeInput(**values)


def counts(ctx: AppContext) -> tuple[int, ...]:
    """Rows of every table an intake writes."""
    with ctx.db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(table)) or 0
            for table in (Case, Person, Consultation, Consent, HouseholdMember)
        )


def test_an_intake_opens_a_case_with_everything_in_one_transaction(
    ctx: AppContext, counselor: Principal
) -> None:
    with ctx.db.read() as s:
        agency_id = s.scalars(select(Agency.id).order_by(Agency.id).limit(1)).one()
    son = MemberInput(
        relation_code="child",
        family_name="山田",
        given_name="一郎",
        family_kana="ﾔﾏﾀﾞ",
        given_kana="イチロウ",
        birth_date="1975-02-10",
        situation_codes=("hikikomori",),
    )
    result = ctx.intake.save(
        counselor,
        form(
            members=(son,),
            consulter_type_code="family",
            consulter_name="山田 一郎",
            consulter_relation="長男",
            referring_agency_id=agency_id,
            economic_hardship=True,
            did_not_know_where=True,
            consent_status=ConsentStatus.GIVEN,
            consent_date="R7.6.2",
            consent_method=ConsentMethod.SIGNATURE,
            consent_agency_ids=(agency_id,),
            consent_meeting_kinds=(MeetingKind.COORDINATION,),
            first_response_code="continuing_support",
        ),
        today=TODAY,
    )
    assert result.new_case
    assert result.case_number == "R7-00001"
    with ctx.db.read() as s:
        case = s.get_one(Case, result.case_id)
        slip = s.get_one(Consultation, result.consultation_id)
        consent = s.scalars(select(Consent).where(Consent.case_id == case.id)).one()
        client = s.get_one(Person, result.person_id)
        members = s.scalars(
            select(HouseholdMember)
            .where(HouseholdMember.household_id == case.household_id)
            .order_by(HouseholdMember.sort_order)
        ).all()
        hits = search.search(s, "認知症")
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.CREATE)).all()
        son_person = s.get_one(Person, members[1].person_id)
    assert case.stage == CaseStage.INTAKE
    assert case.last_contact_on == dt.date(2025, 6, 2)
    assert case.economic_hardship
    assert case.did_not_know_where
    assert case.consent_status == ConsentStatus.GIVEN
    assert slip.received_at == dt.datetime(2025, 6, 2, 10, 30)
    assert slip.consulter_name == "山田 一郎"
    assert slip.referring_agency_id == agency_id
    assert slip.issue_codes == ["elderly", "care"]
    assert slip.most_pressing_code == "care"
    assert slip.first_response_code == "continuing_support"
    assert (consent.recorded_on, consent.method) == (dt.date(2025, 6, 2), "signature")
    assert consent.agency_ids == [str(agency_id)]
    assert consent.meeting_kinds == ["coordination_meeting"]
    assert (client.family_kana, client.given_kana) == ("ヤマダ", "ハナコ")
    assert client.birth_date == dt.date(1944, 5, 3)
    assert client.phone_digits == "0312345678"
    assert [m.relation_code for m in members] == ["client", "child"]
    assert members[1].situation_codes == ["hikikomori"]
    assert son_person.family_kana == "ヤマダ"
    assert son_person.birth_date == dt.date(1975, 2, 10)
    assert [h.record_id for h in hits] == [slip.id]
    assert {(e.entity, e.case_id) for e in events if e.case_id is not None} == {
        ("case", case.id),
        ("consultation", case.id),
    }
    assert all("山田" not in str(e.detail) for e in events)


def test_one_checked_issue_is_the_most_pressing_one(ctx: AppContext, counselor: Principal) -> None:
    result = ctx.intake.save(
        counselor, form(issue_codes=("poverty",), most_pressing_code=None), today=TODAY
    )
    with ctx.db.read() as s:
        assert s.get_one(Consultation, result.consultation_id).most_pressing_code == "poverty"


def test_a_reconsultation_joins_the_open_case(ctx: AppContext, counselor: Principal) -> None:
    first = ctx.intake.save(counselor, form(), today=TODAY)
    [candidate] = ctx.intake.find_candidates(
        counselor, "山田", "花子", "ヤマダ", "ハナコ", "", "", today=TODAY
    )
    assert candidate.person_id == first.person_id
    assert [(c.case_id, c.case_number) for c in candidate.open_cases] == [
        (first.case_id, "R7-00001")
    ]
    daughter = MemberInput(relation_code="child", family_name="山田", given_name="春子")
    again = ctx.intake.save(
        counselor,
        form(
            received_on="R7.6.20",
            channel_code="phone",
            urgent=True,
            members=(daughter,),
            phone="090-1111-2222",
        ),
        existing_person_id=first.person_id,
        today=TODAY,
    )
    assert not again.new_case
    assert (again.case_id, again.case_number) == (first.case_id, "R7-00001")
    with ctx.db.read() as s:
        case = s.get_one(Case, first.case_id)
        assert s.scalar(select(func.count(Consultation.id))) == 2
        assert case.last_contact_on == dt.date(2025, 6, 20)
        assert case.urgent
        members = s.scalar(
            select(func.count(HouseholdMember.id)).where(
                HouseholdMember.household_id == case.household_id
            )
        )
        assert members == 2  # the client and the daughter added now
        assert s.scalar(select(func.count(Person.id))) == 2
        assert s.get_one(Person, first.person_id).phone_digits == "09011112222"


def test_a_reconsultation_after_closure_opens_a_new_case_in_the_household(
    ctx: AppContext, counselor: Principal
) -> None:
    first = ctx.intake.save(counselor, form(), today=TODAY)
    with ctx.db.write() as s:
        case = s.get_one(Case, first.case_id)
        case.stage = str(CaseStage.CLOSED)
        case.closed_on = dt.date(2025, 6, 10)
        household_id = case.household_id
    [candidate] = ctx.intake.find_candidates(counselor, "山田", "花子", "", "", "", "", today=TODAY)
    assert candidate.open_cases == ()
    again = ctx.intake.save(
        counselor, form(received_on="R7.6.25"), existing_person_id=first.person_id, today=TODAY
    )
    assert again.new_case
    assert again.case_number == "R7-00002"
    assert again.person_id == first.person_id
    with ctx.db.read() as s:
        assert s.get_one(Case, again.case_id).household_id == household_id
        assert s.scalar(select(func.count(Person.id))) == 1


def test_candidates_are_found_by_kana_alone_in_any_script(
    ctx: AppContext, counselor: Principal
) -> None:
    saved = ctx.intake.save(counselor, form(family_kana="やまだ", given_kana="はなこ"), today=TODAY)
    for family_kana, given_kana in (("ヤマダ", "ハナコ"), ("ﾔﾏﾀﾞ", "ﾊﾅｺ"), ("やまだ", "はなこ")):
        [candidate] = ctx.intake.find_candidates(
            counselor, "", "", family_kana, given_kana, "", "", today=TODAY
        )
        assert candidate.person_id == saved.person_id
        assert candidate.reasons == ("ふりがな一致",)
        assert candidate.name == "山田\u3000花子"
        assert candidate.kana == "ヤマダ\u3000ハナコ"
        assert candidate.age == 81


def test_candidates_are_found_by_a_variant_kanji_spelling(
    ctx: AppContext, counselor: Principal
) -> None:
    saved = ctx.intake.save(
        counselor, form(family_name="髙橋", family_kana="たかはし"), today=TODAY
    )
    [candidate] = ctx.intake.find_candidates(counselor, "高橋", "花子", "", "", "", "", today=TODAY)
    assert candidate.person_id == saved.person_id
    assert candidate.reasons == ("氏名一致",)


def test_candidates_are_found_by_birth_date_and_phone(
    ctx: AppContext, counselor: Principal
) -> None:
    saved = ctx.intake.save(counselor, form(), today=TODAY)
    [candidate] = ctx.intake.find_candidates(
        counselor, "別名", "", "", "", "昭和19年5月3日", "０３（１２３４）５６７８", today=TODAY
    )
    assert candidate.person_id == saved.person_id
    assert candidate.reasons == ("生年月日一致", "電話番号一致")
    # a birth date alone is no match, and half-typed input is no error
    assert ctx.intake.find_candidates(counselor, "", "", "", "", "S19.5.3", "", today=TODAY) == []
    assert (
        ctx.intake.find_candidates(counselor, "", "", "", "", "S19.5", "03-12", today=TODAY) == []
    )


def test_restricted_and_out_of_scope_candidates_are_only_hints(
    ctx: AppContext, new_user: UserFactory
) -> None:
    with ctx.db.write() as s:
        team_a, team_b = Team(name="A係"), Team(name="B係")
        s.add_all([team_a, team_b])
        s.flush()
        a_id, b_id = team_a.id, team_b.id
    lead = new_user("lead", Role.COUNSELOR, team_id=a_id)
    other = new_user("other", Role.COUNSELOR, team_id=b_id)
    boss = new_user("boss", Role.SUPERVISOR)
    secret = ctx.intake.save(lead, form(family_name="秘匿", family_kana="ひとく"), today=TODAY)
    plain = ctx.intake.save(lead, form(family_name="普通", family_kana="ふつう"), today=TODAY)
    with ctx.db.write() as s:
        s.get_one(Case, secret.case_id).restricted = True
        s.add(CaseAccess(case_id=secret.case_id, user_id=lead.user_id))

    args = ("", "", "", "", "S19.5.3", "03-1234-5678")
    by_lead = ctx.intake.find_candidates(lead, *args, today=TODAY)
    assert {c.person_id for c in by_lead} == {secret.person_id, plain.person_id}

    by_boss = ctx.intake.find_candidates(boss, *args, today=TODAY)
    assert [c.person_id for c in by_boss] == [plain.person_id, None]
    hint = by_boss[1]
    assert hint.notice == RESTRICTED_HINT
    assert (hint.name, hint.kana, hint.birth_date, hint.phone, hint.reasons) == (
        "",
        "",
        None,
        "",
        (),
    )

    by_other = ctx.intake.find_candidates(other, *args, today=TODAY)
    assert [(c.person_id, c.notice) for c in by_other] == [
        (None, RESTRICTED_HINT),
        (None, OUT_OF_SCOPE_HINT),
    ]
    with pytest.raises(NotFound):
        ctx.intake.save(boss, form(), existing_person_id=secret.person_id, today=TODAY)
    with pytest.raises(NotFound):
        ctx.intake.save(other, form(), existing_person_id=plain.person_id, today=TODAY)


def test_a_new_case_of_someone_with_a_restricted_case_is_restricted(
    ctx: AppContext, counselor: Principal
) -> None:
    first = ctx.intake.save(counselor, form(), today=TODAY)
    with ctx.db.write() as s:
        case = s.get_one(Case, first.case_id)
        case.restricted = True
        case.stage = str(CaseStage.CLOSED)
        s.add(CaseAccess(case_id=case.id, user_id=counselor.user_id))
    again = ctx.intake.save(counselor, form(), existing_person_id=first.person_id, today=TODAY)
    with ctx.db.read() as s:
        assert s.get_one(Case, again.case_id).restricted
        named = set(
            s.scalars(select(CaseAccess.user_id).where(CaseAccess.case_id == again.case_id))
        )
    assert named == {counselor.user_id}


def _son(**overrides: Any) -> IntakeInput:
    """The son of an 8050 household comes in; his mother consulted before."""
    values: dict[str, Any] = {
        "family_name": "山田",
        "given_name": "一郎",
        "family_kana": "やまだ",
        "given_kana": "いちろう",
        "birth_date": "S49.2.1",
        "sex": Sex.MALE,
        "presenting_concern": "母の介護と自分の仕事のことで相談したい。",
        "issue_codes": ("care", "employment"),
        "most_pressing_code": "care",
    }
    values.update(overrides)
    return form(**values)


def test_a_known_person_becomes_a_household_member_without_a_second_record(
    ctx: AppContext, counselor: Principal
) -> None:
    """The mother is found and put in the son's household as herself, not as a new person."""
    mother = ctx.intake.save(counselor, form(), today=TODAY)
    people_before = counts(ctx)[1]
    son = ctx.intake.save(
        counselor,
        _son(
            members=(
                MemberInput(
                    relation_code="mother",
                    family_name="別の名前",  # ignored: the stored record is used
                    person_id=mother.person_id,
                    situation_codes=("dementia",),
                ),
                MemberInput(relation_code="sibling", family_name="山田", given_name="幸子"),
            )
        ),
        today=TODAY,
    )
    assert son.new_case
    assert son.person_id != mother.person_id
    with ctx.db.read() as s:
        # The son and his sister are new people; the mother is not made twice.
        assert s.scalar(select(func.count()).select_from(Person)) == people_before + 2
        case = s.get_one(Case, son.case_id)
        members = {
            m.person_id: m
            for m in s.scalars(
                select(HouseholdMember).where(HouseholdMember.household_id == case.household_id)
            )
        }
        assert set(members) >= {son.person_id, mother.person_id}
        assert members[mother.person_id].relation_code == "mother"
        assert members[mother.person_id].situation_codes == ["dementia"]
        assert s.get_one(Person, mother.person_id).family_name == "山田"
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "consultation", AuditEvent.entity_id == son.consultation_id
            )
        ).one()
        assert event.detail["new_members"] == 2
        assert event.detail["known_members"] == 1
    # Looking the mother up now shows the son's case too (the whole household).
    found = ctx.intake.find_candidates(counselor, "山田", "花子", "", "", "", "", today=TODAY)
    assert [c.person_id for c in found] == [mother.person_id]
    detail = ctx.cases.get(counselor, son.case_id)
    assert any(m.person_id == mother.person_id for m in detail.members)


def test_a_known_member_must_be_visible_and_chosen_once(
    ctx: AppContext, new_user: UserFactory
) -> None:
    with ctx.db.write() as s:
        team_a, team_b = Team(name="A係"), Team(name="B係")
        s.add_all([team_a, team_b])
        s.flush()
        a_id, b_id = team_a.id, team_b.id
    lead = new_user("lead", Role.COUNSELOR, team_id=a_id)
    other = new_user("other", Role.COUNSELOR, team_id=b_id)
    mother = ctx.intake.save(lead, form(), today=TODAY)
    before = counts(ctx)
    as_member = MemberInput(relation_code="mother", person_id=mother.person_id)

    with pytest.raises(ValidationError) as hidden:
        ctx.intake.save(other, _son(members=(as_member,)), today=TODAY)
    assert hidden.value.field == "members[0].family_name"
    assert hidden.value.text().startswith("世帯員1の氏名：")
    assert "新しい方として入力してください" in hidden.value.text()

    with pytest.raises(ValidationError) as twice:
        ctx.intake.save(lead, _son(members=(as_member, as_member)), today=TODAY)
    assert twice.value.field == "members[1].family_name"
    assert "二度" in twice.value.text()

    with pytest.raises(ValidationError) as client:
        ctx.intake.save(
            lead, form(members=(as_member,)), existing_person_id=mother.person_id, today=TODAY
        )
    assert client.value.field == "members[0].family_name"

    with pytest.raises(ValidationError) as relation:
        ctx.intake.save(lead, _son(members=(MemberInput(person_id=mother.person_id),)), today=TODAY)
    assert relation.value.field == "members[0].relation_code"
    assert counts(ctx) == before  # nothing half-saved


def test_a_known_member_with_a_restricted_case_restricts_the_new_case(
    ctx: AppContext, counselor: Principal
) -> None:
    mother = ctx.intake.save(counselor, form(), today=TODAY)
    with ctx.db.write() as s:
        s.get_one(Case, mother.case_id).restricted = True
        s.add(CaseAccess(case_id=mother.case_id, user_id=counselor.user_id))
    son = ctx.intake.save(
        counselor,
        _son(members=(MemberInput(relation_code="mother", person_id=mother.person_id),)),
        today=TODAY,
    )
    with ctx.db.read() as s:
        assert s.get_one(Case, son.case_id).restricted
        named = set(s.scalars(select(CaseAccess.user_id).where(CaseAccess.case_id == son.case_id)))
    assert named == {counselor.user_id}


@pytest.mark.parametrize("role", [Role.SECRETARIAT, Role.ADMIN])
def test_roles_without_case_rights_cannot_take_intakes(
    ctx: AppContext, new_user: UserFactory, role: Role
) -> None:
    user = new_user("x", role)
    with pytest.raises(PermissionDenied):
        ctx.intake.save(user, form(), today=TODAY)
    with pytest.raises(PermissionDenied):
        ctx.intake.find_candidates(user, "山田", "花子", "", "", "", "", today=TODAY)


_MEMBER = MemberInput(relation_code="spouse", family_name="山田", given_name="太郎")

BAD_INPUT: list[tuple[dict[str, Any], str, str]] = [
    ({"received_on": ""}, "received_on", "受付日："),
    ({"received_on": "令和7年2月30日"}, "received_on", "受付日："),
    ({"received_on": "平成32年1月1日"}, "received_on", "受付日："),
    ({"received_on": "R7.8.1"}, "received_on", "受付日："),
    ({"received_time": ""}, "received_time", "受付時刻："),
    ({"received_time": "25:00"}, "received_time", "受付時刻："),
    ({"channel_code": ""}, "channel_code", "受付経路："),
    ({"channel_code": "fax"}, "channel_code", "受付経路："),
    ({"consulter_type_code": "family"}, "consulter_name", "相談者の氏名："),
    ({"consulter_contact": "x" * 101}, "consulter_contact", "相談者の連絡先："),
    ({"referring_agency_id": 999_999}, "referring_agency_id", "紹介元機関："),
    ({"family_name": " "}, "family_name", "氏名(姓)："),
    ({"family_name": "山" * 101}, "family_name", "氏名(姓)："),
    ({"family_name": "山\x07田"}, "family_name", "氏名(姓)："),
    ({"family_name": "山\n田"}, "family_name", "氏名(姓)："),
    ({"family_kana": ""}, "family_kana", "ふりがな(姓)："),
    ({"family_kana": "yamada"}, "family_kana", "ふりがな(姓)："),
    ({"given_kana": "花子"}, "given_kana", "ふりがな(名)："),
    ({"birth_date": "令和7年2月30日"}, "birth_date", "生年月日："),
    ({"birth_date": "平成32年1月1日"}, "birth_date", "生年月日："),
    ({"birth_date": "2025-06-10"}, "birth_date", "生年月日：受付日より後"),
    ({"address": "町" * 301}, "address", "住所："),
    ({"phone": "03-1234"}, "phone", "電話番号："),
    ({"phone": "03-1234-5678 内線"}, "phone", "電話番号："),
    ({"phone": "1234567890"}, "phone", "電話番号："),
    (
        {"members": (MemberInput(family_name="山田"),)},
        "members[0].relation_code",
        "世帯員1の続柄：",
    ),
    (
        {"members": (_MEMBER, MemberInput(relation_code="child"))},
        "members[1].family_name",
        "世帯員2の氏名(姓)：",
    ),
    (
        {"members": (_MEMBER, dataclasses.replace(_MEMBER, family_kana="Yamada"))},
        "members[1].family_kana",
        "世帯員2のふりがな(姓)：",
    ),
    (
        {"members": (_MEMBER, dataclasses.replace(_MEMBER, birth_date="平成32年1月1日"))},
        "members[1].birth_date",
        "世帯員2の生年月日：",
    ),
    (
        {"members": (dataclasses.replace(_MEMBER, situation_codes=("rich",)),)},
        "members[0].situation_codes",
        "世帯員1の状況：",
    ),
    ({"presenting_concern": " \n"}, "presenting_concern", "主訴："),
    ({"presenting_concern": "あ" * 4001}, "presenting_concern", "主訴："),
    ({"presenting_concern": "借金\x00がある"}, "presenting_concern", "主訴："),
    ({"issue_codes": ("nonsense",)}, "issue_codes", "課題："),
    ({"most_pressing_code": "poverty"}, "most_pressing_code", "最も困っていること(◎)："),
    ({"most_pressing_code": None}, "most_pressing_code", "最も困っていること(◎)："),
    ({"consent_status": ConsentStatus.GIVEN}, "consent_date", "同意日："),
    (
        {"consent_status": ConsentStatus.GIVEN, "consent_date": "R7.6.2"},
        "consent_method",
        "同意の方法：",
    ),
    ({"consent_meeting_kinds": (MeetingKind.COORDINATION,)}, "consent_scope", "同意の範囲："),
    ({"consent_date": "R7.13.1"}, "consent_date", "同意日："),
    ({"first_response_code": "magic"}, "first_response_code", "初期対応："),
]


@pytest.mark.parametrize(("overrides", "field", "prefix"), BAD_INPUT)
def test_bad_input_names_the_field_and_saves_nothing(
    ctx: AppContext, counselor: Principal, overrides: dict[str, Any], field: str, prefix: str
) -> None:
    before = counts(ctx)
    with pytest.raises(ValidationError) as info:
        ctx.intake.validate(form(**overrides), today=TODAY)
    assert info.value.field == field
    assert info.value.text().startswith(prefix)
    with pytest.raises(ValidationError) as again:
        ctx.intake.save(counselor, form(**overrides), today=TODAY)
    assert again.value.field == field
    assert counts(ctx) == before


def test_the_first_problem_in_form_order_is_reported(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as info:
        ctx.intake.validate(form(family_kana="x", presenting_concern=""), today=TODAY)
    assert info.value.field == "family_kana"


def test_emoji_rare_kanji_and_line_breaks_are_kept(ctx: AppContext, counselor: Principal) -> None:
    concern = "本人「つらい😢」\n\t家族👨‍👩‍👧と同居。髙﨑さんの紹介。"
    result = ctx.intake.save(
        counselor,
        form(family_name="𠮷田", given_name="﨑子", presenting_concern=concern),
        today=TODAY,
    )
    with ctx.db.read() as s:
        person = s.get_one(Person, result.person_id)
        slip = s.get_one(Consultation, result.consultation_id)
    assert (person.family_name, person.given_name) == ("𠮷田", "﨑子")
    assert slip.presenting_concern == concern.strip()
    [candidate] = ctx.intake.find_candidates(counselor, "吉田", "崎子", "", "", "", "", today=TODAY)
    assert candidate.person_id == result.person_id


def test_case_numbers_restart_on_the_first_of_april(ctx: AppContext, counselor: Principal) -> None:
    today = dt.date(2026, 4, 2)
    march = ctx.intake.save(counselor, form(received_on="2026-03-31"), today=today)
    april = ctx.intake.save(
        counselor, form(received_on="令和8年4月1日", family_name="佐藤"), today=today
    )
    assert (march.case_number, april.case_number) == ("R7-00001", "R8-00001")


def test_intakes_saved_at_once_get_consecutive_numbers(
    db_path: Path, fast_hasher: PasswordHasher
) -> None:
    contexts = [
        open_database(db_path, backup_dir=db_path.parent / "b", password_hasher=fast_hasher)
        for _ in range(4)
    ]
    admin = contexts[0].auth.setup("admin", "管理 太郎", "correct-horse-42")
    from welfaredesk.services.auth import NewUser

    contexts[0].auth.create_user(
        admin, NewUser("suzuki", "鈴木 一郎", "correct-horse-42", Role.COUNSELOR)
    )
    counselor = contexts[0].auth.login("suzuki", "correct-horse-42")
    numbers: list[str] = []
    errors: list[BaseException] = []

    def intake(context: AppContext, worker: int) -> None:
        try:
            for i in range(5):
                result = context.intake.save(
                    counselor, form(given_name=f"{worker}-{i}"), today=TODAY
                )
                numbers.append(result.case_number)
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=intake, args=(c, n)) for n, c in enumerate(contexts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for context in contexts:
        context.close()
    assert not errors
    assert sorted(numbers) == [f"R7-{n:05d}" for n in range(1, 21)]


def test_saving_deletes_the_forms_draft_in_the_same_transaction(
    ctx: AppContext, counselor: Principal
) -> None:
    """A saved intake's draft can never be offered back (and saved twice)."""
    ctx.drafts.save(counselor, "intake", "", {"family_name": "山田"})
    with pytest.raises(ValidationError):
        ctx.intake.save(counselor, form(family_kana="yamada"), draft=("intake", ""))
    assert ctx.drafts.load(counselor, "intake", "") == {"family_name": "山田"}  # kept
    ctx.intake.save(counselor, form(), draft=("intake", ""))
    assert ctx.drafts.load(counselor, "intake", "") is None

"""Search: the full-text storage adapter (design.md §5) and the one search box (services.search)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.case_number import NumberStyle
from welfaredesk.domain.enums import Role
from welfaredesk.domain.errors import PermissionDenied
from welfaredesk.domain.search_text import normalise_for_search
from welfaredesk.services import search as search_service
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import MemberInput
from welfaredesk.services.notes import NoteInput
from welfaredesk.services.search import (
    QueryType,
    SearchHit,
    SearchKind,
    SearchResults,
    _find_spans,
    _fold_words,
    _word_spans,
    classify,
    make_snippet,
)
from welfaredesk.services.settings import DeskSettingsForm
from welfaredesk.storage import search
from welfaredesk.storage.orm import AuditEvent, Team

TEXTS = {
    1: "母の認知症が進み、同居の息子は長年就労していない。",
    2: "多重債務の相談。DVの被害歴あり。8050世帯。",
    3: "祖母の介護と子育てが重なっている(ダブルケア)。",
    4: "ひきこもりの長男について、カウンセリングを希望。",
}


@pytest.fixture
def indexed(ctx: AppContext) -> AppContext:
    with ctx.db.write() as s:
        for record_id, body in TEXTS.items():
            search.index_document(s, "note", record_id, None, body)
    return ctx


def _hits(ctx: AppContext, query: str) -> set[int]:
    with ctx.db.read() as s:
        return {hit.record_id for hit in search.search(s, query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("介護", {3}),  # two characters: what trigram indexes cannot find
        ("債務", {2}),
        ("祖母", {3}),
        ("認知症", {1}),  # three characters: a phrase of bigrams
        ("母の認知症", {1}),
        ("母", {1, 3}),  # one character: prefix, including at the end of a word (祖母)
        ("症", {1}),
        ("ひきこもり", {4}),  # kana
        ("カウンセリング", {4}),
        ("ｶｳﾝｾﾘﾝｸﾞ", {4}),  # half-width katakana folded by NFKC
        ("DV", {2}),  # ASCII, either case
        ("dv", {2}),
        ("8050", {2}),
        ("８０５０", {2}),  # full-width digits
        ("認知 息子", {1}),  # two terms: both must match
        ("認知 介護", set()),
        ("知母", set()),  # the bigrams exist elsewhere but not next to each other
        ("、。", set()),  # nothing to search for
    ],
)
def test_substring_search(indexed: AppContext, query: str, expected: set[int]) -> None:
    assert _hits(indexed, query) == expected


def test_reindexing_replaces_the_old_text(indexed: AppContext) -> None:
    with indexed.db.write() as s:
        search.index_document(s, "note", 1, None, "生活費に困っている。")
    assert _hits(indexed, "認知症") == set()
    assert _hits(indexed, "生活費") == {1}


def test_bulk_indexing_indexes_the_range_and_restores_row_by_row_indexing(
    ctx: AppContext,
) -> None:
    from sqlalchemy import insert

    from welfaredesk.domain.search_text import index_text
    from welfaredesk.storage.orm import SearchDocument

    indexer = search.BulkIndexer(ctx.db.dialect)
    with ctx.db.write() as s:
        connection = s.connection()
        indexer.begin(connection)
        s.execute(
            insert(SearchDocument),
            [
                {
                    "id": 10 + n,
                    "kind": "note",
                    "record_id": 10 + n,
                    "case_id": None,
                    "tokens": index_text(body),
                }
                for n, body in enumerate(["債務整理の相談", "介護保険の申請に同行"])
            ],
        )
        indexer.finish(connection, 10, 11)
    with ctx.db.write() as s:
        search.index_document(s, "note", 20, None, "家計改善の面談")
    assert _hits(ctx, "債務") == {10}
    assert _hits(ctx, "同行") == {11}
    assert _hits(ctx, "家計") == {20}  # the trigger is back


# --- the one search box (services/search.py) ------------------------------------------------

CaseFactory = Callable[..., int]


def _marked(hit: SearchHit) -> str:
    """The snippet with its highlights in brackets: ``…の[認知症]が…``."""
    text = hit.snippet
    for start, end in reversed(hit.highlights):
        text = f"{text[:start]}[{text[start:end]}]{text[end:]}"
    return text


def _group_hits(results: SearchResults, kind: SearchKind) -> tuple[SearchHit, ...]:
    group = results.group(kind)
    assert group is not None, f"{kind} was not searched"
    return group.hits


def _group_case_ids(results: SearchResults, kind: SearchKind) -> list[int]:
    return [hit.case_id for hit in _group_hits(results, kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R7-00012", QueryType.CASE_NUMBER),
        ("r7-12", QueryType.CASE_NUMBER),
        ("Ｒ７－１２", QueryType.CASE_NUMBER),
        ("R7-", QueryType.CASE_NUMBER),
        (" R7 ", QueryType.CASE_NUMBER),
        ("090-1234-5678", QueryType.PHONE),
        ("03 (1234) 5678", QueryType.PHONE),
        ("０９０１２３４", QueryType.PHONE),
        ("8050", QueryType.PHONE),
        ("12", QueryType.TEXT),
        ("渡辺", QueryType.TEXT),
        ("DV", QueryType.TEXT),
        ("R7 渡辺", QueryType.TEXT),
        ("", QueryType.EMPTY),
        ("  、。 ", QueryType.EMPTY),
    ],
)
def test_what_a_query_is_read_as(text: str, expected: QueryType) -> None:
    assert classify(text) is expected


@pytest.fixture
def names(ctx: AppContext, supervisor: Principal, case_factory: CaseFactory) -> dict[str, int]:
    """Cases of 渡邉, 渡邊, 渡辺 (with a household) and 髙橋; 山田 as the one that never matches."""
    return {
        "渡邉": case_factory(
            supervisor,
            family_name="渡邉",
            given_name="一郎",
            family_kana="ワタナベ",
            given_kana="イチロウ",
            received_at=dt.datetime(2025, 5, 1, 9, 0),
        ),
        "渡邊": case_factory(
            supervisor,
            family_name="渡邊",
            given_name="二郎",
            family_kana="わたなべ",
            given_kana="じろう",
            received_at=dt.datetime(2025, 6, 1, 9, 0),
        ),
        "渡辺": case_factory(
            supervisor,
            family_name="佐々木",
            given_name="恵",
            family_kana="ササキ",
            given_kana="メグミ",
            received_at=dt.datetime(2025, 7, 1, 9, 0),
            members=(
                MemberInput(
                    relation_code="mother",
                    family_name="渡辺",
                    given_name="トメ",
                    family_kana="ワタナベ",
                    given_kana="トメ",
                    birth_date="1940-01-01",
                ),
            ),
        ),
        "髙橋": case_factory(
            supervisor,
            family_name="髙橋",
            given_name="健一",
            family_kana="タカハシ",
            given_kana="ケンイチ",
            phone="03-1234-5678",
            received_at=dt.datetime(2025, 8, 1, 9, 0),
            presenting_concern="失業して家賃を滞納している。ＤＶの相談も。",
        ),
        "山田": case_factory(supervisor, received_at=dt.datetime(2025, 4, 1, 9, 0)),
    }


def test_kanji_variants_find_each_other(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    wanted = [names["渡辺"], names["渡邊"], names["渡邉"]]  # newest case first
    for query in ("渡辺", "渡邉", "渡邊", "渡辺　トメ"[:2]):
        results = ctx.search.search(supervisor, query)
        assert results.query_type is QueryType.TEXT
        assert _group_case_ids(results, SearchKind.PERSON) == wanted, query
    hits = _group_hits(ctx.search.search(supervisor, "渡辺"), SearchKind.PERSON)
    assert [_marked(h) for h in hits] == [
        "[渡辺]　トメ（ワタナベ トメ）",
        "[渡邊]　二郎（ワタナベ ジロウ）",
        "[渡邉]　一郎（ワタナベ イチロウ）",
    ]


def test_a_household_member_is_found_with_the_relation_and_the_case_of_the_client(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    (hit,) = _group_hits(ctx.search.search(supervisor, "渡辺トメ"), SearchKind.PERSON)
    assert hit.case_id == names["渡辺"]
    assert hit.title == "渡辺　トメ"
    assert hit.subtitle == "母"
    assert hit.client_name == "佐々木　恵"
    assert hit.client_kana == "ササキ　メグミ"
    assert hit.stage_tab == "basicTab"
    (client,) = _group_hits(ctx.search.search(supervisor, "佐々木"), SearchKind.PERSON)
    assert client.subtitle == "本人"


@pytest.mark.parametrize("query", ["タカハシ", "ﾀｶﾊｼ", "たかはし", "ﾀｶﾊｼ ｹﾝｲﾁ", "髙橋", "高橋健一"])
def test_kana_in_any_form_finds_takahashi(
    ctx: AppContext, supervisor: Principal, names: dict[str, int], query: str
) -> None:
    hits = _group_hits(ctx.search.search(supervisor, query), SearchKind.PERSON)
    assert [h.case_id for h in hits] == [names["髙橋"]]
    assert hits[0].title == "髙橋　健一"


def test_kana_highlight_is_mapped_back_to_the_reading(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    (hit,) = _group_hits(ctx.search.search(supervisor, "ﾀｶﾊｼ"), SearchKind.PERSON)
    assert _marked(hit) == "髙橋　健一（[タカハシ] ケンイチ）"
    (hit,) = _group_hits(ctx.search.search(supervisor, "高橋"), SearchKind.PERSON)
    assert _marked(hit) == "[髙橋]　健一（タカハシ ケンイチ）"


@pytest.mark.parametrize("query", ["03-1234-5678", "0312345678", "03 1234 5678", "０３－１２３４"])
def test_phone_with_or_without_hyphens(
    ctx: AppContext, supervisor: Principal, names: dict[str, int], query: str
) -> None:
    results = ctx.search.search(supervisor, query)
    assert results.query_type is QueryType.PHONE
    hits = _group_hits(results, SearchKind.PHONE)
    assert [h.case_id for h in hits] == [names["髙橋"]]
    assert hits[0].snippet == "03-1234-5678"
    assert hits[0].subtitle == "本人"


def test_phone_digits_match_anywhere_from_four_digits(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    (hit,) = _group_hits(ctx.search.search(supervisor, "5678"), SearchKind.PHONE)
    assert _marked(hit) == "03-1234-[5678]"
    (hit,) = _group_hits(ctx.search.search(supervisor, "34-56"), SearchKind.PHONE)
    assert _marked(hit) == "03-12[34-56]78"
    assert _group_hits(ctx.search.search(supervisor, "567"), SearchKind.PHONE) == ()  # prefix only


def test_case_numbers_exact_and_partial(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    numbers = {
        case_id: ctx.cases.get(supervisor, case_id).case_number for case_id in names.values()
    }
    target = names["渡邊"]
    number = numbers[target]  # R7-0000n
    era_year, serial = number.split("-")
    for query in (number, f"{era_year.lower()}-{int(serial)}", f"Ｒ７－{int(serial)}"):
        results = ctx.search.search(supervisor, query)
        assert results.query_type is QueryType.CASE_NUMBER
        assert results.searched == (SearchKind.CASE_NUMBER,)
        hits = _group_hits(results, SearchKind.CASE_NUMBER)
        assert hits[0].case_id == target, query
        assert _marked(hits[0]) == f"[{number}]"
        assert hits[0].title == "渡邊　二郎"
    # "R7-" is every case of the fiscal year, newest first, the typed part highlighted
    hits = _group_hits(ctx.search.search(supervisor, f"{era_year}-"), SearchKind.CASE_NUMBER)
    assert [h.case_number for h in hits] == sorted(numbers.values(), reverse=True)
    assert _marked(hits[0]) == f"[{era_year}-]{hits[0].case_number[len(era_year) + 1 :]}"
    assert _group_hits(ctx.search.search(supervisor, "H20-1"), SearchKind.CASE_NUMBER) == ()


def test_full_text_finds_a_two_character_word_in_a_concern_and_in_a_note(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    case_id = names["山田"]
    ctx.notes.save(
        supervisor,
        case_id,
        NoteInput(
            noted_on="2025-06-03",
            noted_time="10:00",
            method_code="home_visit",
            body="自宅を訪問した。介護保険の申請について説明し、介護の負担を聞いた。",
        ),
    )
    results = ctx.search.search(supervisor, "介護")
    assert results.searched == (SearchKind.PERSON, SearchKind.CONCERN, SearchKind.NOTE)
    assert _group_hits(results, SearchKind.PERSON) == ()
    # every case of the factory has the default concern with 介護 in it, except 髙橋
    concerns = _group_hits(results, SearchKind.CONCERN)
    assert names["髙橋"] not in {h.case_id for h in concerns}
    assert names["山田"] in {h.case_id for h in concerns}
    assert [h.occurred_on for h in concerns] == sorted(
        (h.occurred_on for h in concerns), reverse=True
    )
    concern = next(h for h in concerns if h.case_id == names["山田"])
    assert _marked(concern) == "母の認知症が進み、息子の[介護]負担が大きい。"
    assert concern.stage_tab == "contactSlipTab"
    assert concern.title == "来所"
    assert concern.subtitle == "本人"
    (note,) = _group_hits(results, SearchKind.NOTE)
    assert note.case_id == case_id
    assert _marked(note) == "自宅を訪問した。[介護]保険の申請について説明し、[介護]の負担を聞いた。"
    assert note.stage_tab == "progressTab"
    assert note.title == "訪問"
    assert note.subtitle == "sato 職員"
    assert note.occurred_on == dt.date(2025, 6, 3)


def test_full_width_text_is_highlighted_where_it_stands(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    for query in ("DV", "ｄｖ", "ＤＶ"):
        (hit,) = _group_hits(ctx.search.search(supervisor, query), SearchKind.CONCERN)
        assert _marked(hit) == "失業して家賃を滞納している。[ＤＶ]の相談も。"
    (hit,) = _group_hits(ctx.search.search(supervisor, "家賃 滞納"), SearchKind.CONCERN)
    assert _marked(hit) == "失業して[家賃]を[滞納]している。ＤＶの相談も。"


def test_snippets_are_cut_around_the_first_match() -> None:
    text = "あ" * 100 + "介護" + "い" * 100
    snippet, spans = make_snippet(text, [(100, 102)])
    assert snippet.startswith("…")
    assert snippet.endswith("…")
    assert len(snippet) == 62
    ((start, end),) = spans
    assert snippet[start:end] == "介護"
    assert snippet[:start] == "…" + "あ" * 20
    short, spans = make_snippet("一行目\n介護", [(4, 6)])
    assert short == "一行目 介護"
    assert spans == ((4, 6),)


def test_half_width_kana_in_text_is_highlighted_whole() -> None:
    text = "ｶｳﾝｾﾘﾝｸﾞを希望"
    ((start, end),) = _find_spans(text, ["カウンセリング"], _fold_words)
    assert text[start:end] == "ｶｳﾝｾﾘﾝｸﾞ"


def test_each_group_is_capped_and_says_so(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    results = ctx.search.search(supervisor, "渡辺", limit=2)
    group = results.group(SearchKind.PERSON)
    assert group is not None
    assert group.count == 2
    assert group.truncated
    assert results.truncated
    assert not ctx.search.search(supervisor, "渡辺", limit=3).truncated


@pytest.fixture
def teams(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.write() as s:
        a, b = Team(name="A係"), Team(name="B係")
        s.add_all([a, b])
        s.flush()
        return a.id, b.id


def _everything(ctx: AppContext, who: Principal, case_id: int, number: str) -> set[SearchKind]:
    """The kinds under which a case turns up for searches of each of its kinds."""
    found: set[SearchKind] = set()
    for query in (number, "髙橋", "ﾀｶﾊｼ", "03-1234", "滞納", "訪問"):
        results = ctx.search.search(who, query)
        for group in results.groups:
            if any(h.case_id == case_id for h in group.hits):
                found.add(group.kind)
    return found


ALL_KINDS = set(SearchKind)


def test_scope_and_restriction_hold_for_every_kind(
    ctx: AppContext,
    new_user: Callable[..., Principal],
    teams: tuple[int, int],
    case_factory: CaseFactory,
) -> None:
    a, b = teams
    lead = new_user("lead", Role.COUNSELOR, team_id=a)
    stranger = new_user("stranger", Role.COUNSELOR, team_id=b)
    boss = new_user("boss", Role.SUPERVISOR)
    other_boss = new_user("boss2", Role.SUPERVISOR)
    case_id = case_factory(
        lead,
        family_name="髙橋",
        given_name="健一",
        family_kana="タカハシ",
        given_kana="ケンイチ",
        phone="03-1234-5678",
        presenting_concern="家賃を滞納している。",
    )
    ctx.notes.save(
        lead,
        case_id,
        NoteInput(noted_on="2025-06-03", noted_time="10:00", method_code="home_visit", body="訪問"),
    )
    number = ctx.cases.get(boss, case_id).case_number
    assert _everything(ctx, lead, case_id, number) == ALL_KINDS
    assert _everything(ctx, boss, case_id, number) == ALL_KINDS
    assert _everything(ctx, stranger, case_id, number) == set()  # another team: nothing at all

    version = ctx.access.list_access(boss, case_id).case_version
    ctx.access.restrict(boss, case_id, "DV被害の申出のため", [lead.user_id], version)
    assert _everything(ctx, lead, case_id, number) == ALL_KINDS  # named
    assert _everything(ctx, boss, case_id, number) == ALL_KINDS  # restricted it: named
    assert _everything(ctx, other_boss, case_id, number) == set()  # not named: not even a count
    for query in ("髙橋", "滞納", "03-1234"):
        results = ctx.search.search(other_boss, query)
        assert results.total == 0
        assert not results.truncated


def test_users_who_may_not_read_cases_are_refused(ctx: AppContext, admin: Principal) -> None:
    with pytest.raises(PermissionDenied):
        ctx.search.search(admin, "髙橋")
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert event.action == "denied"


def test_each_search_is_audited_with_counts_only(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    ctx.search.search(supervisor, "髙橋")
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert event.action == "view"
    assert event.entity == "search"
    assert event.user_id == supervisor.user_id
    assert event.detail == {
        "query_type": "text",
        "counts": {"person": 1, "concern": 0, "note": 0},
    }
    assert "髙橋" not in repr(event.detail)
    assert "高橋" not in repr(event.detail)


def test_an_empty_query_searches_nothing_and_is_not_audited(
    ctx: AppContext, supervisor: Principal
) -> None:
    with ctx.db.read() as s:
        before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    results = ctx.search.search(supervisor, "  ")
    assert results.query_type is QueryType.EMPTY
    assert results.groups == ()
    with ctx.db.read() as s:
        after = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    assert after == before


# --- many matches (design.md §7: the same hits, found without reading what is thrown away) ----


@pytest.fixture
def masuda(
    ctx: AppContext,
    new_user: Callable[..., Principal],
    teams: tuple[int, int],
    case_factory: CaseFactory,
) -> dict[str, object]:
    """増田 cases of two teams opened out of id order, one a member's, one restricted.

    ``boss`` is a supervisor not named on the restricted case.
    """
    a, b = teams
    lead = new_user("lead", Role.COUNSELOR, team_id=a)
    other = new_user("other", Role.COUNSELOR, team_id=b)
    boss = new_user("boss", Role.SUPERVISOR)
    outsider = new_user("boss2", Role.SUPERVISOR)
    opened = {  # (who opens it, day): not in the order the cases are created
        "a1": (lead, 3),
        "b1": (other, 9),
        "a2": (lead, 7),
        "b2": (other, 1),
        "a3": (lead, 5),
        "hidden": (other, 8),
    }
    cases: dict[str, int] = {}
    for name, (who, day) in opened.items():
        cases[name] = case_factory(
            who,
            family_name="増田",
            given_name=name,
            family_kana="マスダ",
            given_kana="タロウ",
            phone=f"090-1234-00{day:02d}",
            received_at=dt.datetime(2025, 6, day, 9, 0),
        )
    cases["member"] = case_factory(  # a 増田 only as the mother in the household
        lead,
        family_name="佐々木",
        given_name="恵",
        family_kana="ササキ",
        given_kana="メグミ",
        received_at=dt.datetime(2025, 6, 6, 9, 0),
        members=(
            MemberInput(
                relation_code="mother",
                family_name="増田",
                given_name="トメ",
                family_kana="マスダ",
                given_kana="トメ",
                birth_date="1940-01-01",
            ),
        ),
    )
    version = ctx.access.list_access(boss, cases["hidden"]).case_version
    ctx.access.restrict(boss, cases["hidden"], "DV被害の申出のため", [other.user_id], version)
    return {"lead": lead, "other": other, "boss": outsider, "cases": cases}


@pytest.mark.parametrize("lookup_limit", [5000, 2])
def test_many_matching_people_still_give_the_newest_visible_cases_first(
    ctx: AppContext,
    masuda: dict[str, object],
    monkeypatch: pytest.MonkeyPatch,
    lookup_limit: int,
) -> None:
    # With 2, every 増田 search has "many" matching people: a supervisor's cases are read
    # newest first, a counsellor's are looked up through the people all the same.
    monkeypatch.setattr(search_service, "PERSON_LOOKUP_LIMIT", lookup_limit)
    cases = masuda["cases"]
    assert isinstance(cases, dict)
    boss, lead, other = masuda["boss"], masuda["lead"], masuda["other"]
    assert isinstance(boss, Principal)
    assert isinstance(lead, Principal)
    assert isinstance(other, Principal)
    newest_first = ["b1", "a2", "member", "a3", "a1", "b2"]  # opening day 9, 7, 6, 5, 3, 1
    for query in ("マスダ", "増田"):
        results = ctx.search.search(boss, query)  # not named on "hidden": never there
        assert _group_case_ids(results, SearchKind.PERSON) == [cases[n] for n in newest_first]
        hits = _group_hits(results, SearchKind.PERSON)
        assert [h.subtitle for h in hits] == ["本人", "本人", "母", "本人", "本人", "本人"]
        capped = ctx.search.search(boss, query, limit=2).group(SearchKind.PERSON)
        assert capped is not None
        assert [h.case_id for h in capped.hits] == [cases["b1"], cases["a2"]]
        assert capped.truncated
    team_a = ["a2", "member", "a3", "a1"]
    assert _group_case_ids(ctx.search.search(lead, "マスダ"), SearchKind.PERSON) == [
        cases[n] for n in team_a
    ]
    team_b = ["b1", "hidden", "b2"]  # named on the restricted case
    assert _group_case_ids(ctx.search.search(other, "ﾏｽﾀﾞ"), SearchKind.PERSON) == [
        cases[n] for n in team_b
    ]
    # digits anywhere in the phone number: the people are read once, their ids sent
    phones = ctx.search.search(boss, "1234-00")
    assert phones.query_type is QueryType.PHONE
    assert _group_case_ids(phones, SearchKind.PHONE) == [
        cases[n] for n in ("b1", "a2", "a3", "a1", "b2")
    ]
    (hit, *_) = _group_hits(phones, SearchKind.PHONE)
    assert _marked(hit) == "090-[1234-00]09"
    assert _group_case_ids(ctx.search.search(lead, "1234-00"), SearchKind.PHONE) == [
        cases[n] for n in ("a2", "a3", "a1")
    ]


def _note(ctx: AppContext, who: Principal, case_id: int, day: int, body: str) -> int:
    return ctx.notes.save(
        who,
        case_id,
        NoteInput(
            noted_on=f"2025-07-{day:02d}", noted_time="10:00", method_code="home_visit", body=body
        ),
    ).id


def test_full_text_takes_the_most_recently_recorded_and_shows_them_by_date(
    ctx: AppContext, supervisor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(supervisor)
    first = _note(ctx, supervisor, case_id, 1, "家計の相談。")
    second = _note(ctx, supervisor, case_id, 10, "家計表を一緒に作った。")
    late = _note(ctx, supervisor, case_id, 5, "（後日記録）家計簿をつけ始めた。")  # back-dated
    results = ctx.search.search(supervisor, "家計", limit=2)
    notes = results.group(SearchKind.NOTE)
    assert notes is not None
    assert [h.record_id for h in notes.hits] == [second, late]  # newest date first
    assert notes.truncated
    assert [h.occurred_on for h in notes.hits] == [dt.date(2025, 7, 10), dt.date(2025, 7, 5)]
    everything = _group_hits(ctx.search.search(supervisor, "家計", limit=3), SearchKind.NOTE)
    assert [h.record_id for h in everything] == [second, late, first]
    # a word in many notes and no concern: the concern group is empty, not cut short
    concerns = results.group(SearchKind.CONCERN)
    assert concerns is not None
    assert concerns.hits == ()
    assert not concerns.truncated


def test_search_statements_keep_no_words(
    ctx: AppContext, supervisor: Principal, names: dict[str, int]
) -> None:
    ctx.search.search(supervisor, "滞納")
    ctx.search.search(supervisor, "タカハシ")
    kept = [*search_service._FULL_TEXT_STATEMENTS.values()]
    kept += [
        search_service._cases_statement(supervisor, match, plan, 101)
        for match in search_service._Match
        for plan in search_service._Plan
    ]
    for statement in kept:
        values = repr(statement.compile().params)
        for word in ("滞納", "滞", "たかはし", "タカハシ"):
            assert word not in values


# --- highlighting, folded a run at a time ------------------------------------------------------

HIGHLIGHT_TEXTS = [
    "母の認知症が進み、同居の息子は長年就労していない。",
    "ｶｳﾝｾﾘﾝｸﾞを希望。ｶﾞｽ代の滞納あり",  # half-width kana with their marks
    "ＤＶの相談（ＤＶ被害）、dv",
    "か\u3099ス代…㈱ケアプランﬁle",  # a combining mark, expansions under NFKC
    "\u3099先頭が記号、\tタブ\n改行　全角空白",
    "Ｒ７年　８０５０問題",
]


@pytest.mark.parametrize("text", HIGHLIGHT_TEXTS)
@pytest.mark.parametrize(
    "query",
    ["認知症", "カウンセリング", "ガス", "dv", "ＤＶ 被害", "ケアプラン", "file", "8050", "が"],
)
def test_highlights_are_the_same_as_folding_one_character_at_a_time(text: str, query: str) -> None:
    terms = normalise_for_search(query).split()
    assert _word_spans(text, terms) == _find_spans(text, terms, _fold_words)


def test_plain_characters_fold_one_to_one() -> None:
    """Every character the highlighter folds a run at a time folds to exactly one character."""

    def joins(char: str) -> bool:
        return bool(
            unicodedata.combining(char)
            or unicodedata.category(char) in ("Mn", "Me", "Mc")
            or char in "\uff9e\uff9f"
        )

    plain = [chr(c) for c in range(0x10000) if search_service._PLAIN_RUN.fullmatch(chr(c))]
    assert len(plain) > 20000
    for char in plain:
        folded = unicodedata.normalize("NFKC", char)
        assert len(folded) == 1, hex(ord(char))
        assert len(folded.lower()) == 1, hex(ord(char))
        assert not joins(char), hex(ord(char))
        assert not joins(folded), hex(ord(char))


def test_the_search_box_finds_case_numbers_in_either_style(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    """A desk that switched to western numbers finds its old and new numbers, typed either way."""
    first = case_factory(supervisor, received_at=dt.datetime(2025, 6, 2, 10, 0))
    desk = ctx.settings.desk(supervisor)
    form = DeskSettingsForm(
        name=desk.name,
        address=desk.address,
        phone=desk.phone,
        number_style=NumberStyle.WESTERN,
        holiday_window=desk.holiday_window,
        approval_reasons=desk.approval_reasons,
    )
    ctx.settings.save_desk(supervisor, form, desk.version)
    second = case_factory(
        supervisor, family_name="川口", received_at=dt.datetime(2025, 6, 3, 10, 0)
    )
    for query, expected, number in (
        ("2025-00002", second, "2025-00002"),
        ("２０２５－２", second, "2025-00002"),
        ("R7-2", second, "2025-00002"),
        ("2025-1", first, "R7-00001"),
        ("r7-00001", first, "R7-00001"),
    ):
        results = ctx.search.search(supervisor, query)
        hits = _group_hits(results, SearchKind.CASE_NUMBER)
        assert [h.case_id for h in hits][:1] == [expected], query
        assert _marked(hits[0]) == f"[{number}]", query
    # A western number is a phone number too: both are searched, the number first.
    results = ctx.search.search(supervisor, "2025-00002")
    assert results.query_type is QueryType.PHONE
    assert results.searched == (
        SearchKind.CASE_NUMBER,
        SearchKind.PHONE,
        SearchKind.CONCERN,
        SearchKind.NOTE,
    )
    # "2025-" lists the fiscal year's western numbers (the era ones are found with "R7-").
    hits = _group_hits(ctx.search.search(supervisor, "2025-"), SearchKind.CASE_NUMBER)
    assert [h.case_id for h in hits] == [second]
    assert ctx.search.search(supervisor, "090-1234").group(SearchKind.CASE_NUMBER) is None

"""The one search box (検索): grouped hits with the match highlighted, opening, scope."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.gui.search_tab import (
    COL_CLIENT,
    COL_FOUND,
    COL_MATCH,
    COL_NUMBER,
    HTML_ROLE,
    SearchTab,
    snippet_html,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteInput
from welfaredesk.services.search import SearchKind, SearchResults

MARK = "background-color:#ffe58a"


def _tab(qtbot: QtBot, ctx: AppContext, principal: Principal) -> SearchTab:
    tab = SearchTab(ctx.search, principal)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _search(qtbot: QtBot, tab: SearchTab, text: str) -> SearchResults:
    with qtbot.waitSignal(tab.searched, timeout=10_000) as blocker:
        tab.search(text)
    results = blocker.args[0]
    assert isinstance(results, SearchResults)
    return results


def _groups(tab: SearchTab) -> list[str]:
    model = tab.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _text(index: QModelIndex, column: int) -> str:
    text = index.siblingAtColumn(column).data()
    assert isinstance(text, str)
    return text


def _html(index: QModelIndex) -> str:
    markup = index.siblingAtColumn(COL_MATCH).data(HTML_ROLE)
    assert isinstance(markup, str)
    return markup


def _shown_texts(tab: SearchTab) -> list[str]:
    model = tab.model
    columns = range(model.columnCount())
    texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    texts += [tab.summaryLabel.text(), tab.searchEdit.placeholderText(), tab.searchEdit.toolTip()]
    if tab.messageLabel.isVisible():
        texts.append(tab.messageLabel.text())
    texts += _groups(tab)
    for index in tab.hit_indexes():
        texts += [_text(index, c) for c in columns]
    return texts


def test_typing_a_name_in_kana_lists_the_person_with_the_match_highlighted(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
    ime: Callable[..., None],
    latin: Callable[..., list[str]],
) -> None:
    tab = _tab(qtbot, ctx, supervisor)
    assert tab.objectName() == "searchTab"
    assert tab.searchEdit.placeholderText().startswith("受付番号・氏名・ふりがな")
    assert tab.messageLabel.isVisible()  # the hint of what can be searched
    assert latin(" ".join(_shown_texts(tab))) == []
    with qtbot.waitSignal(tab.searched, timeout=10_000) as blocker:
        ime(tab.searchEdit, "タカハシ")  # the search runs after a pause in typing
    results = blocker.args[0]
    group = results.group(SearchKind.PERSON)
    assert group is not None
    assert [h.case_id for h in group.hits] == [three_cases["髙橋"]]
    assert _groups(tab) == ["氏名・ふりがな（1件）"]
    assert (
        tab.summaryLabel.text()
        == "氏名・ふりがな（1件）\u3000連絡票の相談内容（0件）\u3000支援経過（0件）"
    )
    (item,) = tab.hit_indexes()
    assert _text(item, COL_CLIENT) == "髙橋\u3000健一"
    assert _text(item, COL_FOUND) == "髙橋\u3000健一（本人）"
    assert _text(item, COL_MATCH) == "髙橋\u3000健一（タカハシ ケンイチ）"
    assert f'<span style="{MARK}' in _html(item)
    assert ">タカハシ</span>" in _html(item)
    assert tab.tree.currentIndex() == item
    assert not tab.messageLabel.isVisible()
    assert latin(" ".join(_shown_texts(tab))) == []


def test_full_text_hits_are_grouped_by_kind(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
    latin: Callable[..., list[str]],
) -> None:
    ctx.notes.save(
        supervisor,
        three_cases["鈴木"],
        NoteInput(
            noted_on="2025-04-11",
            noted_time="10:00",
            method_code="phone",
            body="家計の相談。介護保険料の滞納はない。",
        ),
    )
    tab = _tab(qtbot, ctx, supervisor)
    _search(qtbot, tab, "介護")
    assert _groups(tab) == ["連絡票の相談内容（1件）", "支援経過（1件）"]
    concern, note = tab.hit_indexes()
    number = ctx.cases.get(supervisor, three_cases["山田"]).case_number
    assert _text(concern, COL_NUMBER) == number
    assert "息子の<span" in _html(concern)
    assert _text(note, COL_FOUND) == "電話（sato 職員）"
    assert f'<span style="{MARK}' in _html(note)
    assert latin(" ".join(_shown_texts(tab)), also_allowed=("sato",)) == []


def test_enter_on_a_hit_asks_to_open_the_case_on_its_page(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, three_cases: dict[str, int]
) -> None:
    tab = _tab(qtbot, ctx, supervisor)
    _search(qtbot, tab, "滞納")
    (item,) = tab.hit_indexes()
    tab.tree.setFocus()
    tab.tree.setCurrentIndex(item)
    with qtbot.waitSignal(tab.open_requested, timeout=2_000) as blocker:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert blocker.args == [three_cases["髙橋"], "contactSlipTab"]
    # a group heading opens nothing
    with qtbot.assertNotEmitted(tab.open_requested):
        tab.open_index(tab.model.index(0, 0))


def test_enter_in_the_box_searches_at_once_and_down_moves_to_the_hits(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, three_cases: dict[str, int]
) -> None:
    tab = _tab(qtbot, ctx, supervisor)
    tab.searchEdit.setText("03-1234")
    with qtbot.waitSignal(tab.searched, timeout=10_000) as blocker:
        qtbot.keyClick(tab.searchEdit, Qt.Key.Key_Return)
    assert blocker.args[0].group(SearchKind.PHONE).count == 1
    assert _groups(tab) == ["電話番号（1件）"]
    tab.searchEdit.setFocus()
    qtbot.keyClick(tab.searchEdit, Qt.Key.Key_Down)
    assert tab.tree.hasFocus()
    with qtbot.waitSignal(tab.open_requested, timeout=2_000) as opened:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert opened.args == [three_cases["髙橋"], "basicTab"]


def test_nothing_found_is_said_in_japanese(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
    latin: Callable[..., list[str]],
) -> None:
    tab = _tab(qtbot, ctx, supervisor)
    _search(qtbot, tab, "存在しない言葉")
    assert tab.hit_indexes() == []
    assert tab.messageLabel.isVisible()
    assert tab.messageLabel.text().startswith("一致するものはありません。")
    assert latin(" ".join(_shown_texts(tab))) == []
    _search(qtbot, tab, "R7-99999")
    assert (
        tab.messageLabel.text()
        == "この受付番号のケースは見つからないか、閲覧する権限がありません。"
    )
    _search(qtbot, tab, "0120-000")
    assert tab.messageLabel.text() == "この数字に一致する電話番号・相談内容・支援経過はありません。"
    assert latin(" ".join(_shown_texts(tab))) == []
    tab.search("")  # an empty box shows the hint again, without a search
    assert tab.model.rowCount() == 0
    assert tab.messageLabel.text().startswith("受付番号（R7-12 など）")


def test_a_newer_search_supersedes_an_older_one(
    qtbot: QtBot, ctx: AppContext, supervisor: Principal, three_cases: dict[str, int]
) -> None:
    tab = _tab(qtbot, ctx, supervisor)
    shown: list[str] = []
    tab.searched.connect(lambda results: shown.append(results.query))
    tab.search("髙橋")
    tab.search("すずき")
    qtbot.waitUntil(lambda: shown == ["すずき"], timeout=10_000)
    qtbot.wait(50)
    assert shown == ["すずき"]
    (item,) = tab.hit_indexes()
    assert _text(item, COL_CLIENT) == "鈴木\u3000美咲"


def test_a_restricted_case_never_shows_to_a_user_who_is_not_named(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
    new_user: Callable[..., Principal],
) -> None:
    case_id = three_cases["髙橋"]
    version = ctx.access.list_access(supervisor, case_id).case_version
    ctx.access.restrict(supervisor, case_id, "DV被害の申出のため", [], version)
    other = new_user("boss2", Role.SUPERVISOR)
    tab = _tab(qtbot, ctx, other)
    for query in ("髙橋", "03-1234", "滞納"):
        results = _search(qtbot, tab, query)
        assert results.total == 0
        assert tab.hit_indexes() == []
        assert "1件" not in tab.summaryLabel.text()
    mine = _tab(qtbot, ctx, supervisor)  # named (restricted it): sees it
    _search(qtbot, mine, "髙橋")
    assert [_text(i, COL_CLIENT) for i in mine.hit_indexes()] == ["髙橋\u3000健一"]


def test_a_counselor_of_another_team_sees_nothing(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
    counselor: Principal,
) -> None:
    tab = _tab(qtbot, ctx, counselor)
    for query in ("髙橋", "03-1234", "介護", "R7-"):
        assert _search(qtbot, tab, query).total == 0


def test_the_results_model_passes_the_model_tester(
    qtbot: QtBot,
    ctx: AppContext,
    supervisor: Principal,
    three_cases: dict[str, int],
    qtmodeltester: ModelTester,
) -> None:
    tab = _tab(qtbot, ctx, supervisor)
    _search(qtbot, tab, "R7-")
    assert len(tab.hit_indexes()) == 3
    qtmodeltester.check(tab.model)
    _search(qtbot, tab, "介護")  # two groups
    qtmodeltester.check(tab.model)
    tab.search("")
    qtmodeltester.check(tab.model)


def test_snippets_are_escaped() -> None:
    markup = snippet_html("<b>&</b>の相談", [(3, 4)])
    assert markup.startswith("&lt;b&gt;<span")
    assert "&amp;</span>" in markup
    assert "<b>" not in markup

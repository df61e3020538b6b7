"""Full-text search over Japanese free text, through the storage adapter (design.md §5)."""

from __future__ import annotations

import pytest

from welfaredesk.app import AppContext
from welfaredesk.storage import search

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

"""Tests for welfaredesk.domain.search_text: bigram tokens for Japanese substring search."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfaredesk.domain.search_text import (
    SearchQuery,
    SearchTerm,
    bigrams,
    index_text,
    index_tokens,
    match_query,
    normalise_for_search,
)

word_chars = st.sampled_from(list("母の認知症介護債務虐待祖父ははカナｶﾅabcDV8050ー々"))
runs = st.text(word_chars, min_size=1, max_size=15)


def matches(query: str, text: str) -> bool:
    """A reference matcher over the token lists, as an FTS engine would run the query.

    A phrase matches if its tokens appear consecutively in the index tokens; a prefix term
    matches if some index token starts with it; all terms must match.
    """
    tokens = index_tokens(text)
    parsed = match_query(query)
    if parsed.is_empty:
        return False
    for term in parsed.terms:
        if term.prefix:
            found = any(token.startswith(term.tokens[0]) for token in tokens)
        else:
            size = len(term.tokens)
            found = any(
                tuple(tokens[i : i + size]) == term.tokens for i in range(len(tokens) - size + 1)
            )
        if not found:
            return False
    return True


class TestNormalise:
    """normalise_for_search."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("母の認知症", "母の認知症"),
            ("ＤＶ・虐待　の疑い", "dv 虐待 の疑い"),
            ("８０５０問題", "8050問題"),
            ("ｶﾀｶﾅ", "カタカナ"),
            ("ひらがな カタカナ", "ひらがな カタカナ"),
            ("  a   b\t\nc  ", "a b c"),
            ("債務、滞納。", "債務 滞納"),
            ("（仮）住所：市内", "仮 住所 市内"),
            ("DV/虐待", "dv 虐待"),
            ("¥10,000", "10 000"),
            ("", ""),
            ("、。！？", ""),
            ("佐々木", "佐々木"),
            ("ラーメン", "ラーメン"),
        ],
    )
    def test_examples(self, text: str, expected: str) -> None:
        """NFKC, lower case, separators collapsed, kana not folded."""
        assert normalise_for_search(text) == expected

    @given(st.text())
    def test_idempotent(self, text: str) -> None:
        """Normalising twice changes nothing."""
        once = normalise_for_search(text)
        assert normalise_for_search(once) == once
        assert "  " not in once
        assert once == once.strip()


class TestBigrams:
    """bigrams."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("母の認知症", ["母の", "の認", "認知", "知症"]),
            ("介護", ["介護"]),
            ("介", ["介"]),
            ("DV", ["dv"]),
            ("ＤＶ", ["dv"]),
            ("8050", ["80", "05", "50"]),
            ("母 の", ["母", "の"]),
            ("祖母　介護", ["祖母", "介護"]),
            ("債務、滞納", ["債務", "滞納"]),
            ("ｶﾅ", ["カナ"]),
            ("", []),
            ("   ", []),
        ],
    )
    def test_examples(self, text: str, expected: list[str]) -> None:
        """Overlapping pairs within each run; a one-character run is itself."""
        assert bigrams(text) == expected

    @given(runs)
    def test_count_is_length_minus_one(self, run: str) -> None:
        """A run of n ≥ 2 characters gives n − 1 bigrams; of one character, one token."""
        normalised = normalise_for_search(run)
        tokens = bigrams(run)
        assert len(tokens) == max(len(normalised) - 1, 1)
        assert all(len(token) == (2 if len(normalised) > 1 else 1) for token in tokens)

    @given(runs)
    def test_bigrams_rebuild_the_run(self, run: str) -> None:
        """The first characters of the bigrams plus the last character spell the run."""
        normalised = normalise_for_search(run)
        tokens = bigrams(run)
        if len(normalised) > 1:
            assert "".join(token[0] for token in tokens) + tokens[-1][1] == normalised

    @given(st.lists(runs, min_size=1, max_size=5))
    def test_runs_are_independent(self, parts: list[str]) -> None:
        """Bigrams never span a separator."""
        joined = " ".join(parts)
        assert bigrams(joined) == [token for part in parts for token in bigrams(part)]


class TestIndex:
    """index_tokens and index_text."""

    def test_example(self) -> None:
        """Each run's bigrams then its last character, joined by spaces."""
        assert index_tokens("母の認知症") == ["母の", "の認", "認知", "知症", "症"]
        assert index_text("母の認知症") == "母の の認 認知 知症 症"

    def test_runs_and_ascii(self) -> None:
        """Several runs, ASCII lower-cased."""
        assert index_text("DV 8050・介") == "dv v 80 05 50 0 介"

    @pytest.mark.parametrize("text", ["", " ", "、。"])
    def test_empty(self, text: str) -> None:
        """Text with no word characters indexes to nothing."""
        assert index_text(text) == ""
        assert index_tokens(text) == []

    @given(st.text())
    def test_tokens_have_no_separators(self, text: str) -> None:
        """No token is empty or contains a space or punctuation, so FTS tokenizers keep it."""
        for token in index_tokens(text):
            assert 1 <= len(token) <= 2
            assert normalise_for_search(token) == token

    @given(st.text())
    def test_index_text_is_tokens(self, text: str) -> None:
        """index_text splits back into index_tokens."""
        assert index_text(text).split() == index_tokens(text)


class TestMatchQuery:
    """match_query."""

    def test_two_characters(self) -> None:
        """A two-character query is a one-token phrase."""
        assert match_query("介護") == SearchQuery((SearchTerm(("介護",), prefix=False),))

    def test_three_characters(self) -> None:
        """A longer query is the phrase of its bigrams."""
        assert match_query("認知症") == SearchQuery((SearchTerm(("認知", "知症"), prefix=False),))

    def test_one_character(self) -> None:
        """A one-character query is a prefix token."""
        assert match_query("介") == SearchQuery((SearchTerm(("介",), prefix=True),))

    def test_ascii(self) -> None:
        """ASCII is lower-cased and bigrammed like anything else."""
        assert match_query("DV").terms == (SearchTerm(("dv",), prefix=False),)
        assert match_query("ＤＶ").terms == (SearchTerm(("dv",), prefix=False),)
        assert match_query("8050").terms == (SearchTerm(("80", "05", "50"), prefix=False),)

    def test_kana_not_folded(self) -> None:
        """Hiragana and katakana stay distinct; half-width katakana is widened."""
        assert match_query("かな").terms == (SearchTerm(("かな",), prefix=False),)
        assert match_query("ｶﾅ").terms == (SearchTerm(("カナ",), prefix=False),)

    def test_several_words(self) -> None:
        """Words separated by spaces or punctuation are separate terms, all required."""
        query = match_query("介 8050　DV、認知症")
        assert query.terms == (
            SearchTerm(("介",), prefix=True),
            SearchTerm(("80", "05", "50"), prefix=False),
            SearchTerm(("dv",), prefix=False),
            SearchTerm(("認知", "知症"), prefix=False),
        )
        assert not query.is_empty

    @pytest.mark.parametrize("text", ["", "   ", "、。!?"])
    def test_empty(self, text: str) -> None:
        """A query with no word characters has no terms."""
        query = match_query(text)
        assert query.is_empty
        assert query.terms == ()

    def test_frozen(self) -> None:
        """SearchQuery and SearchTerm are immutable."""
        query = match_query("介護")
        with pytest.raises(dataclasses.FrozenInstanceError):
            query.terms = ()  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError):
            query.terms[0].prefix = True  # type: ignore[misc]


class TestMatching:
    """The tokens find substrings, as design.md §5 requires (1, 2, 3+ characters, kana, ASCII)."""

    TEXT = "母の認知症が進み、介護保険の申請を検討。DV被害の疑いあり。8050問題。ｹｱﾏﾈと連絡"

    @pytest.mark.parametrize(
        "query",
        [
            "母",
            "症",
            "介",
            "。",  # punctuation only: no terms, matches nothing (checked below)
            "認知",
            "介護",
            "疑い",
            "認知症",
            "介護保険",
            "母の認知症",
            "dv",
            "DV",
            "ＤＶ",
            "8050",
            "８０５０",
            "050",
            "ケアマネ",
            "ｹｱﾏﾈ",
            "連絡",
            "絡",
            "介護 8050",
        ],
    )
    def test_substrings_match(self, query: str) -> None:
        """Every substring of the text, in any width or case, is found."""
        expected = query != "。"
        assert matches(query, self.TEXT) is expected

    @pytest.mark.parametrize(
        "query",
        [
            "祖母",
            "認知介護",
            "けあまね",
            "症介",
            "護保険の申請を検討DV",
            "8051",
            "dvd",
            "介護 祖母",
        ],
    )
    def test_non_substrings_do_not_match(self, query: str) -> None:
        """Text that is not in the note is not found (kana are not folded)."""
        assert not matches(query, self.TEXT)

    @given(runs, st.data())
    def test_every_substring_matches(self, text: str, data: st.DataObject) -> None:
        """Any substring of a run, of any length from 1, matches the text."""
        normalised = normalise_for_search(text)
        start = data.draw(st.integers(min_value=0, max_value=len(normalised) - 1))
        end = data.draw(st.integers(min_value=start + 1, max_value=len(normalised)))
        assert matches(normalised[start:end], text)

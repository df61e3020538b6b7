"""Tokens for Japanese substring search over free text (design.md §5).

Japanese words are often two characters (介護, 債務, 虐待, 祖母), which trigram indexes cannot
serve. Free text is therefore indexed as overlapping two-character tokens (bigrams):
"母の認知症" is stored as ``母の の認 認知 知症 症``, and a query of two or more characters is the
phrase of its bigrams ("認知症" → the phrase ``認知 知症``).

The trailing single character of each run (``症`` above) is what makes a one-character query
work: such a query is a *prefix* token (``症*``), which matches every bigram that starts with the
character and, through the trailing token, the character at the end of a run, which starts no
bigram. Phrases are made of bigrams only, so the trailing token never breaks one.

Both the text and the query are normalised the same way (:func:`normalise_for_search`): NFKC
(full-width letters and digits to half width, half-width katakana to full width), lower case,
and every run of characters that are not letters, digits or combining marks (spaces,
punctuation, symbols) turned into one separator. Hiragana and katakana are *not* folded into
each other. Tokens therefore never contain a character that a full-text tokenizer (FTS5
``unicode61``, PostgreSQL's parser) would split on.

The module is dialect-neutral: storage adapters turn a :class:`SearchQuery` into FTS5 ``MATCH``
syntax or a PostgreSQL ``tsquery``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_TOKEN_CATEGORIES = ("L", "N", "M")
"""Unicode general categories (first letter) of characters that belong to words."""


@dataclass(frozen=True, slots=True)
class SearchTerm:
    """One term of a query: a phrase of bigrams, or a single-character prefix.

    Attributes:
        tokens: the bigrams that must appear one after another (``("認知", "知症")``), or a
            single one-character token when ``prefix`` is True.
        prefix: True for a one-character query: match any token that starts with
            ``tokens[0]``.
    """

    tokens: tuple[str, ...]
    prefix: bool


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A parsed search query: every term must match (AND).

    The query ``認知症 DV`` has two terms: the phrase ``認知 知症`` and the phrase ``dv``. A
    query with no word characters has no terms and matches nothing.

    Attributes:
        terms: the terms, in the order typed.
    """

    terms: tuple[SearchTerm, ...]

    @property
    def is_empty(self) -> bool:
        """True if the query has no terms (nothing to search for)."""
        return not self.terms


def normalise_for_search(text: str) -> str:
    """Normalise text for indexing and querying.

    Args:
        text: any text.

    Returns:
        The NFKC form, lower-cased, with each run of spaces, punctuation and symbols replaced by
        one ASCII space, and no leading or trailing space: ``"ＤＶ・虐待　の疑い"`` →
        ``"dv 虐待 の疑い"``. Kana are left as kana (ｶﾅ becomes カナ, not かな).
    """
    normalised = unicodedata.normalize("NFKC", text).lower()
    chars = [
        char if unicodedata.category(char)[0] in _TOKEN_CATEGORIES else " " for char in normalised
    ]
    return " ".join("".join(chars).split())


def bigrams(text: str) -> list[str]:
    """The overlapping two-character tokens of a text.

    The text is normalised with :func:`normalise_for_search` first, and bigrams never span two
    runs. A run of one character yields that character.

    Args:
        text: any text.

    Returns:
        The tokens in order: ``"母の認知症"`` → ``["母の", "の認", "認知", "知症"]``,
        ``"8050"`` → ``["80", "05", "50"]``, ``"DV"`` → ``["dv"]``, ``"母 の"`` →
        ``["母", "の"]``. A run of n ≥ 2 characters gives n − 1 tokens.
    """
    tokens: list[str] = []
    for run in normalise_for_search(text).split():
        tokens.extend(_run_bigrams(run))
    return tokens


def index_tokens(text: str) -> list[str]:
    """The tokens to index for a text: each run's bigrams, then its last character.

    Args:
        text: any text.

    Returns:
        ``"母の認知症"`` → ``["母の", "の認", "認知", "知症", "症"]``; a one-character run gives
        just that character. See the module docstring for why the last character is added.
    """
    tokens: list[str] = []
    for run in normalise_for_search(text).split():
        tokens.extend(_run_bigrams(run))
        if len(run) > 1:
            tokens.append(run[-1])
    return tokens


def index_text(text: str) -> str:
    """The text to store in the full-text column: :func:`index_tokens` joined by spaces.

    Args:
        text: any text.

    Returns:
        ``"母の認知症"`` → ``"母の の認 認知 知症 症"``; ``""`` for text with no word characters.
    """
    return " ".join(index_tokens(text))


def match_query(query: str) -> SearchQuery:
    """Parse what a user typed in a search box.

    Each run of word characters is one term: a run of two or more characters is the phrase of
    its bigrams; a run of one character is a prefix token.

    Args:
        query: the text typed.

    Returns:
        The query: ``"認知症"`` → one phrase term ``("認知", "知症")``; ``"介"`` → one prefix
        term ``("介",)``; ``"8050 DV"`` → phrase ``("80", "05", "50")`` and phrase ``("dv",)``.
    """
    terms = [
        SearchTerm(tokens=tuple(_run_bigrams(run)), prefix=len(run) == 1)
        for run in normalise_for_search(query).split()
    ]
    return SearchQuery(terms=tuple(terms))


def _run_bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]

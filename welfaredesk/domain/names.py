"""Personal names: the matching key, and ふりがな (kana) helpers and validation.

A person is found by name however the name was typed: in kanji or kana, hiragana or katakana,
full or half width, with or without spaces, and with the old or the common form of a kanji
(髙橋 and 高橋, 渡邉 and 渡辺). :func:`name_key` turns a name into the key that is stored
next to it and compared; the name itself is always stored and shown as typed.

Kana conversion uses `jaconv <https://github.com/ikegami-yukino/jaconv>`_.
"""

from __future__ import annotations

import re
import unicodedata

import jaconv

from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.name_messages import KANA_ONLY, KANA_REQUIRED

KANJI_VARIANTS: dict[str, str] = {
    # 高
    "髙": "高",
    # 崎 (﨑 U+FA11 is a compatibility ideograph that NFKC leaves alone)
    "﨑": "崎",
    "嵜": "崎",
    # 辺
    "邉": "辺",
    "邊": "辺",
    # 斎: 斉藤/斎藤/齋藤/齊藤 are one name to the people who carry them, and are mixed up in
    # every register, so 斉 is folded too.
    "齋": "斎",
    "齊": "斎",
    "斉": "斎",
    # 浜
    "濱": "浜",
    "濵": "浜",
    # 沢
    "澤": "沢",
    # 広
    "廣": "広",
    # 国
    "國": "国",
    "圀": "国",
    # 桜
    "櫻": "桜",
    # 島
    "嶋": "島",
    "嶌": "島",
    # 徳
    "德": "徳",
    # 富
    "冨": "富",
    # 恵
    "惠": "恵",
    # 真
    "眞": "真",
    # 関
    "關": "関",
    # 蔵
    "藏": "蔵",
    # 籠: 篭 is the common abbreviated form of 籠 (both appear in 籠谷/篭谷)
    "篭": "籠",
    # 吉: 𠮷 (つちよし, U+20BB7) is outside the BMP and often typed as 吉
    "𠮷": "吉",
    # 瀬
    "瀨": "瀬",
    # 竜
    "龍": "竜",
    # 寿
    "壽": "寿",
    # 実
    "實": "実",
    # 弥
    "彌": "弥",
    # 条
    "條": "条",
    # 渋
    "澁": "渋",
    # 浅
    "淺": "浅",
    # 来
    "來": "来",
    # 峰
    "峯": "峰",
    # 槙
    "槇": "槙",
    # 曽
    "曾": "曽",
    # 栄
    "榮": "栄",
    # 礼
    "禮": "礼",
    # 黒
    "黑": "黒",
    # 桑
    "桒": "桑",
    # 館 (舘 is the form in 舘野, 舘山)
    "舘": "館",
    # 淵 (渕 is the common abbreviated form)
    "渕": "淵",
    # 戸 (戶 and 户 are separate code points, not NFKC compatibility forms)
    "戶": "戸",
    "户": "戸",
    # 薮
    "藪": "薮",
    "籔": "薮",
}
"""Kanji variants (異体字) folded to one representative by :func:`name_key`.

Each key is an old, traditional or variant form common in Japanese surnames and given names; its
value is the form most people type today (usually the 常用漢字 shape). Compatibility ideographs
that NFKC already maps (塚 U+FA10 → 塚, 神 U+FA19 → 神, 隆 U+F9DC → 隆) need no entry, and
ideographic variation selectors (IVS, e.g. the two forms of 辻 or 葛) are dropped by
:func:`name_key`. No representative is itself a key, so folding once is enough.
"""

_KANJI_TABLE = str.maketrans(KANJI_VARIANTS)

# ヷヸヹヺ have no precomposed hiragana; fold them to hiragana plus the combining voiced mark,
# which is what a decomposed ワ゛ (ワ + U+3099) folds to as well.
_VOICED_WA_ROW = str.maketrans(
    {"ヷ": "わ\u3099", "ヸ": "ゐ\u3099", "ヹ": "ゑ\u3099", "ヺ": "を\u3099"}
)
# and back: katakana ワヰヱヲ + the combining voiced mark, composed.
_VOICED_WA_ROW_KATAKANA = re.compile("([ワヰヱヲ])\u3099")
_COMPOSED_WA_ROW = {"ワ": "ヷ", "ヰ": "ヸ", "ヱ": "ヹ", "ヲ": "ヺ"}

# Variation selectors (U+FE00–FE0F) and ideographic variation selectors (U+E0100–E01EF).
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")

# 中黒 (・) separates the parts of foreign names exactly as a space does.
_NAME_SEPARATORS = re.compile(r"[\s・]+")

_HIRAGANA = "\u3041-\u3096\u309d\u309e"  # ぁ–ゖ, ゝ ゞ
_KATAKANA = "\u30a1-\u30fa\u30fd\u30fe"  # ァ–ヺ, ヽ ヾ
# Kana (optionally with a combining (semi-)voiced mark, as in わ゙), ー, ・ and spaces.
_KANA_TEXT = re.compile(f"(?:[{_HIRAGANA}{_KATAKANA}\u30fc][\u3099\u309a]?|[\u30fb ])+")
_KANA_CHAR = re.compile(f"[{_HIRAGANA}{_KATAKANA}]")

# Dashes that people type for the long vowel mark ー (after a kana only).
_DASH_AFTER_KANA = re.compile(f"(?<=[{_HIRAGANA}{_KATAKANA}\u30fc])[-‐‑‒–—―−]")


def name_key(text: str) -> str:
    """The normalised key used to match names.

    Steps: NFKC (full-width letters and digits to half width, half-width katakana to full width,
    compatibility ideographs to the unified ones); variation selectors removed; lower case; every
    space and 中黒 (・) removed; katakana folded to hiragana (ヴ to ゔ, ヵ ヶ to ゕ ゖ); kanji
    variants folded with :data:`KANJI_VARIANTS`. Small kana (ぁ, っ) and the long vowel mark (ー)
    are kept as they are: シャーロット and しやろつと are different names.

    The function is idempotent: ``name_key(name_key(x)) == name_key(x)``.

    Args:
        text: a name in kanji, kana or Latin letters, as typed.

    Returns:
        The key. 髙橋　ルミ and 高橋 るみ give the same key (``高橋るみ``), and so do ﾀｶﾊｼ ﾙﾐ and
        たかはし るみ (``たかはしるみ``); a kanji name and its reading are matched separately.
    """
    normalised = unicodedata.normalize("NFKC", text)
    normalised = _VARIATION_SELECTORS.sub("", normalised)
    normalised = unicodedata.normalize("NFKC", normalised.casefold())
    normalised = _NAME_SEPARATORS.sub("", normalised)
    hiragana = jaconv.kata2hira(normalised).translate(_VOICED_WA_ROW)
    # Removing spaces or unfolding ヷ can leave combining marks next to new neighbours.
    return unicodedata.normalize("NFKC", hiragana.translate(_KANJI_TABLE))


def to_hiragana(text: str) -> str:
    """Convert katakana, full or half width, to hiragana; leave everything else as it is.

    Args:
        text: any text.

    Returns:
        The text with katakana replaced by hiragana (ﾀﾅｶ and タナカ → たなか, ヴ → ゔ; ヷ, which
        has no precomposed hiragana, → わ and the combining voiced mark).
    """
    return jaconv.kata2hira(_widen_kana(text)).translate(_VOICED_WA_ROW)


def to_katakana(text: str) -> str:
    """Convert hiragana and half-width katakana to full-width katakana.

    Args:
        text: any text.

    Returns:
        The text with hiragana and half-width katakana replaced by full-width katakana
        (たなか and ﾀﾅｶ → タナカ, ゔ → ヴ, わ with the combining voiced mark → ヷ).
    """
    return _katakana(_widen_kana(text))


def is_kana(text: str) -> bool:
    """Whether a text is made only of kana, spaces, the long vowel mark and 中黒.

    Hiragana and katakana count in full and half width (the check runs on the NFKC form), as do
    small kana, ゝゞヽヾ, ー and ・. Spaces of any kind are allowed, but the text must contain at
    least one kana.

    Args:
        text: any text.

    Returns:
        True if ``text`` is kana only and not blank.
    """
    normalised = _collapse_spaces(unicodedata.normalize("NFKC", text))
    return bool(_KANA_TEXT.fullmatch(normalised)) and bool(_KANA_CHAR.search(normalised))


def validate_kana(text: str, *, field: str, label: str, required: bool = True) -> str:
    """Check a ふりがな field and return the form to store: full-width katakana.

    Hiragana and katakana (full or half width) are accepted, with spaces of any kind between the
    parts of the name. A dash typed after a kana (``-``, ``－``, ``−``) is read as the long vowel
    mark ー. The result is NFKC, in full-width katakana, with runs of spaces collapsed to one
    ASCII space and no leading or trailing space: ``ﾔﾏﾀﾞ　たろう`` → ``ヤマダ タロウ``.

    Args:
        text: what the user typed.
        field: the code name of the field, for :class:`ValidationError`.
        label: the Japanese label of the field (``ふりがな``), named in messages.
        required: if False, a blank field is allowed and gives ``""``.

    Returns:
        The katakana form for storage, or ``""`` for a blank optional field.

    Raises:
        ValidationError: if the field is blank and required, or contains anything other than
            kana, spaces, ー and ・.
    """
    normalised = _collapse_spaces(unicodedata.normalize("NFKC", text))
    normalised = _DASH_AFTER_KANA.sub("ー", normalised)
    if not normalised:
        if required:
            raise ValidationError(field, label, KANA_REQUIRED)
        return ""
    if not is_kana(normalised):
        raise ValidationError(field, label, KANA_ONLY)
    return _katakana(normalised)


def _katakana(text: str) -> str:
    """Hiragana to katakana, composing ワ, ヰ, ヱ, ヲ with a combining voiced mark (→ ヷ)."""
    katakana = jaconv.hira2kata(text)
    return _VOICED_WA_ROW_KATAKANA.sub(lambda match: _COMPOSED_WA_ROW[match[1]], katakana)


def _widen_kana(text: str) -> str:
    """Half-width katakana to full width (ｶﾞ → ガ), leaving letters and digits alone."""
    return jaconv.h2z(text, kana=True, ascii=False, digit=False)


def _collapse_spaces(text: str) -> str:
    return " ".join(text.split())

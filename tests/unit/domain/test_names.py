"""Tests for welfaredesk.domain.names: the name key and the kana helpers."""

from __future__ import annotations

import unicodedata

import jaconv
import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfaredesk.domain.errors import ValidationError
from welfaredesk.domain.names import (
    KANJI_VARIANTS,
    is_kana,
    name_key,
    to_hiragana,
    to_katakana,
    validate_kana,
)

# ぁ..ゖ (including small kana and ゔ) and the long vowel mark
hiragana_chars = st.sampled_from([chr(c) for c in range(0x3041, 0x3097)] + ["ー"])
hiragana_text = st.text(hiragana_chars, min_size=1, max_size=12)
name_chars = st.sampled_from(
    [chr(c) for c in range(0x3041, 0x3097)]
    + [chr(c) for c in range(0x30A1, 0x30FB)]
    + list("ー・ 　山田高橋髙﨑崎渡邉邊辺斎齋ABCｱｲｳｶﾞﾊﾟabcＡ１1")
    + list(KANJI_VARIANTS)
)


class TestNameKey:
    """The normalised key used to match names."""

    @pytest.mark.parametrize(
        ("variants", "key"),
        [
            (["高橋", "髙橋"], "高橋"),
            (["山崎", "山﨑", "山嵜"], "山崎"),
            (["渡辺", "渡邉", "渡邊"], "渡辺"),
            (["斎藤", "齋藤", "齊藤", "斉藤"], "斎藤"),
            (["浜田", "濱田", "濵田"], "浜田"),
            (["沢田", "澤田"], "沢田"),
            (["広田", "廣田"], "広田"),
            (["国広", "國廣", "圀広"], "国広"),
            (["桜井", "櫻井"], "桜井"),
            (["島田", "嶋田", "嶌田"], "島田"),
            (["徳永", "德永"], "徳永"),
            (["富田", "冨田"], "富田"),
            (["恵子", "惠子"], "恵子"),
            (["真一", "眞一"], "真一"),
            (["関口", "關口"], "関口"),
            (["大蔵", "大藏"], "大蔵"),
            (["籠谷", "篭谷"], "籠谷"),
            (["吉田", "𠮷田"], "吉田"),
            (["広瀬", "廣瀨"], "広瀬"),
            (["竜也", "龍也"], "竜也"),
            (["寿子", "壽子"], "寿子"),
            (["実", "實"], "実"),
            (["弥生", "彌生"], "弥生"),
            (["北条", "北條"], "北条"),
            (["渋谷", "澁谷"], "渋谷"),
            (["浅野", "淺野"], "浅野"),
            (["来栖", "來栖"], "来栖"),
            (["峰岸", "峯岸"], "峰岸"),
            (["槙野", "槇野"], "槙野"),
            (["曽根", "曾根"], "曽根"),
            (["栄一", "榮一"], "栄一"),
            (["礼子", "禮子"], "礼子"),
            (["黒田", "黑田"], "黒田"),
            (["桑原", "桒原"], "桑原"),
            (["館野", "舘野"], "館野"),
            (["淵上", "渕上"], "淵上"),
            (["戸田", "戶田", "户田"], "戸田"),
            (["薮内", "藪内", "籔内"], "薮内"),
        ],
    )
    def test_kanji_variants(self, variants: list[str], key: str) -> None:
        """Old and variant kanji fold to one representative."""
        for variant in variants:
            assert name_key(variant) == key

    def test_compatibility_ideographs(self) -> None:
        """Compatibility ideographs (塚 U+FA10, 神 U+FA19) fold through NFKC."""
        assert name_key("\ufa10本") == name_key("塚本") == "塚本"
        assert name_key("\ufa19田") == "神田"

    def test_variation_selectors_dropped(self) -> None:
        """IVS and standard variation selectors do not change the key."""
        assert name_key("葛\U000e0100飾") == "葛飾"
        assert name_key("辻\U000e0101") == "辻"
        assert name_key("渡邉\U000e0103") == "渡辺"
        assert name_key("高\ufe00") == "高"

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("タカハシ ルミ", "たかはしるみ"),
            ("ﾀｶﾊｼ ﾙﾐ", "たかはしるみ"),
            ("たかはし　るみ", "たかはしるみ"),
            (" 高橋\u3000ルミ ", "高橋るみ"),
            ("髙橋\tるみ", "高橋るみ"),
            ("ｶﾞｯﾂ", "がっつ"),
            ("ﾊﾟｰﾃｨｰ", "ぱーてぃー"),
            ("ヴァレリー", "ゔぁれりー"),
            ("ｳﾞｧﾚﾘｰ", "ゔぁれりー"),
            ("ゔぁれりー", "ゔぁれりー"),
            ("ヵヶ", "ゕゖ"),
            ("ジョン・スミス", "じょんすみす"),
            ("ｼﾞｮﾝ･ｽﾐｽ", "じょんすみす"),
            ("John SMITH", "johnsmith"),
            ("ＪＯＨＮ　Ｓｍｉｔｈ", "johnsmith"),
            ("", ""),
            ("   ", ""),
        ],
    )
    def test_examples(self, text: str, key: str) -> None:
        """Spaces, width, case and kana kind do not matter."""
        assert name_key(text) == key

    def test_small_kana_and_long_mark_kept(self) -> None:
        """Small kana and ー are kept: they distinguish names."""
        assert name_key("シャーロット") == "しゃーろっと"
        assert name_key("シャーロット") != name_key("シヤロツト")
        assert name_key("ユウコ") != name_key("ユーコ")

    def test_voiced_wa_row(self) -> None:
        """ヷ and ワ with a combining voiced mark give the same key."""
        assert name_key("ヷ") == name_key("ワ\u3099") == name_key("わ\u3099") == "わ\u3099"
        assert name_key("ヸヹヺ") == "ゐ\u3099ゑ\u3099を\u3099"

    def test_representatives_are_not_keys(self) -> None:
        """Folding once is enough: no representative is itself folded."""
        assert not set(KANJI_VARIANTS.values()) & set(KANJI_VARIANTS)
        assert len(KANJI_VARIANTS) >= 25

    def test_table_survives_nfkc(self) -> None:
        """NFKC leaves every variant and representative alone, so the table applies."""
        for variant, representative in KANJI_VARIANTS.items():
            assert unicodedata.normalize("NFKC", variant) == variant
            assert unicodedata.normalize("NFKC", representative) == representative

    @given(st.text())
    def test_idempotent_any_text(self, text: str) -> None:
        """name_key(name_key(x)) == name_key(x) for any text."""
        key = name_key(text)
        assert name_key(key) == key

    @given(st.text(name_chars))
    def test_idempotent_names(self, text: str) -> None:
        """Idempotent on name-like text, and free of spaces and katakana."""
        key = name_key(text)
        assert name_key(key) == key
        assert not any(char.isspace() for char in key)
        assert not any("\u30a1" <= char <= "\u30f6" for char in key)

    @given(hiragana_text)
    def test_kana_kind_and_width_invariant(self, text: str) -> None:
        """Hiragana, full-width katakana and half-width katakana give the same key."""
        katakana = jaconv.hira2kata(text)
        half_width = jaconv.z2h(katakana, kana=True, ascii=False, digit=False)
        assert name_key(text) == name_key(katakana) == name_key(half_width)

    @given(st.text(name_chars), st.text(st.sampled_from(" \u3000\t"), max_size=3))
    def test_space_invariant(self, text: str, spaces: str) -> None:
        """Spaces inserted anywhere do not change the key."""
        middle = len(text) // 2
        assert name_key(text[:middle] + spaces + text[middle:]) == name_key(text)

    @given(st.text(st.sampled_from("ABCXYZabcxyz0123456789"), max_size=10))
    def test_ascii_width_invariant(self, text: str) -> None:
        """Full-width letters and digits give the same key as half-width ones."""
        full_width = jaconv.h2z(text, kana=False, ascii=True, digit=True)
        assert name_key(full_width) == name_key(text) == text.lower()


class TestKanaConversion:
    """to_hiragana and to_katakana."""

    @pytest.mark.parametrize(
        ("text", "hiragana", "katakana"),
        [
            ("タナカ", "たなか", "タナカ"),
            ("ﾀﾅｶ", "たなか", "タナカ"),
            ("たなか", "たなか", "タナカ"),
            ("ｶﾞｯｺｳ", "がっこう", "ガッコウ"),
            ("ヴィ", "ゔぃ", "ヴィ"),
            ("ゔぃ", "ゔぃ", "ヴィ"),
            ("ヵヶ", "ゕゖ", "ヵヶ"),
            ("ヽヾ", "ゝゞ", "ヽヾ"),
            ("ヷ", "わ\u3099", "ヷ"),
            ("わ\u3099", "わ\u3099", "ヷ"),
            ("田中 タロウ", "田中 たろう", "田中 タロウ"),
            ("ＡＢＣ abc 123", "ＡＢＣ abc 123", "ＡＢＣ abc 123"),
            ("ー", "ー", "ー"),
            ("", "", ""),
        ],
    )
    def test_examples(self, text: str, hiragana: str, katakana: str) -> None:
        """Kana are converted; everything else is left as it is."""
        assert to_hiragana(text) == hiragana
        assert to_katakana(text) == katakana

    @given(hiragana_text)
    def test_round_trip(self, text: str) -> None:
        """Hiragana → katakana → hiragana is the identity."""
        assert to_hiragana(to_katakana(text)) == text


class TestIsKana:
    """is_kana."""

    @pytest.mark.parametrize(
        "text",
        [
            "やまだ",
            "ヤマダ",
            "ﾔﾏﾀﾞ",
            "やまだ たろう",
            "ヤマダ\u3000タロウ",
            "シャーロット",
            "ジョン・スミス",
            "ゝゞヽヾ",
            "ゔ",
            "わ\u3099",
            " やまだ ",
        ],
    )
    def test_kana(self, text: str) -> None:
        """Kana, ー, ・ and spaces."""
        assert is_kana(text)

    @pytest.mark.parametrize(
        "text", ["", " ", "\u3000", "ー", "・", "山田", "やまだ1", "yamada", "やま-だ", "\u309b"]
    )
    def test_not_kana(self, text: str) -> None:
        """Blank text, kanji, Latin letters, digits and symbols are not kana."""
        assert not is_kana(text)


class TestValidateKana:
    """validate_kana: the ふりがな field."""

    @pytest.mark.parametrize(
        ("text", "stored"),
        [
            ("やまだ たろう", "ヤマダ タロウ"),
            ("ヤマダ タロウ", "ヤマダ タロウ"),
            ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),
            ("ﾔﾏﾀﾞ　たろう", "ヤマダ タロウ"),
            ("  やまだ\u3000\u3000 たろう  ", "ヤマダ タロウ"),
            ("しゃーろっと", "シャーロット"),
            ("ゆう-こ", "ユウーコ"),
            ("ゆう－こ", "ユウーコ"),
            ("ゆう−こ", "ユウーコ"),
            ("ｼｬｰﾛｯﾄ", "シャーロット"),
            ("ゔぃくとりあ", "ヴィクトリア"),
            ("じょん・すみす", "ジョン・スミス"),
            ("わ\u3099", "ヷ"),
        ],
    )
    def test_accepted(self, text: str, stored: str) -> None:
        """Hiragana or katakana in any width are stored as full-width katakana."""
        assert validate_kana(text, field="client_kana", label="ふりがな") == stored

    @pytest.mark.parametrize(
        "text", ["山田たろう", "yamada", "やまだ1", "やまだ!", "-やまだ", "ー", "やまだ\u309b"]
    )
    def test_refused(self, text: str) -> None:
        """Anything but kana is refused, naming the field and saying what to type."""
        with pytest.raises(ValidationError) as info:
            validate_kana(text, field="client_kana", label="ふりがな")
        assert info.value.field == "client_kana"
        assert info.value.text().startswith("ふりがな：ひらがなかカタカナで入力してください。")

    @pytest.mark.parametrize("text", ["", "  ", "\u3000"])
    def test_required(self, text: str) -> None:
        """A blank required field is refused."""
        with pytest.raises(ValidationError) as info:
            validate_kana(text, field="client_kana", label="ふりがな")
        assert info.value.label == "ふりがな"
        assert "ひらがなかカタカナ" in info.value.problem

    @pytest.mark.parametrize("text", ["", "  ", "\u3000"])
    def test_optional(self, text: str) -> None:
        """A blank optional field gives the empty string."""
        assert validate_kana(text, field="f", label="ふりがな", required=False) == ""

    @given(hiragana_text)
    def test_result_is_kana_and_stable(self, text: str) -> None:
        """The stored form is kana, full-width katakana, and validates to itself."""
        if set(text) == {"ー"}:
            return
        stored = validate_kana(text, field="f", label="ふりがな")
        assert is_kana(stored)
        assert stored == to_katakana(text)
        assert validate_kana(stored, field="f", label="ふりがな") == stored
        assert name_key(stored) == name_key(text)

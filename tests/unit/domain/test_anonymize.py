"""Pseudonymisation of a case's texts (研修用の匿名化); all names here are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from welfaredesk.domain.anonymize import (
    ADDRESS_MARK,
    CASE_NUMBER_MARK,
    EMAIL_MARK,
    PHONE_MARK,
    Anonymizer,
    MaskKind,
    NamedPerson,
    age_text,
    city_of,
    pseudonyms,
)

CLIENT = NamedPerson(1, "client", "山田", "花子", "ヤマダ", "ハナコ", "female", dt.date(1944, 5, 3))
SON = NamedPerson(2, "child", "山田", "太郎", "ヤマダ", "タロウ", "male", dt.date(1970, 1, 1))
SON2 = NamedPerson(3, "child", "山田", "次郎", "ヤマダ", "ジロウ", "male", dt.date(1972, 8, 9))
LODGER = NamedPerson(4, "cohabitant", "林", "愛", "ハヤシ", "アイ", "female", None)
HOUSEHOLD = (CLIENT, SON, SON2, LODGER)
ADDRESS = "東京都小平市小川町１丁目２番３号　コーポ小川１０２号室"


def anonymizer(offset: int = 45) -> Anonymizer:
    return Anonymizer(
        HOUSEHOLD,
        offset,
        staff_names=("佐藤 一郎",),
        addresses=(ADDRESS,),
        case_numbers=("R7-00001",),
    )


def test_relation_labels_with_birth_order_and_letters() -> None:
    labels = pseudonyms(HOUSEHOLD)
    assert labels == {1: "本人", 2: "長男", 3: "次男", 4: "A氏"}


def test_spouse_siblings_and_duplicates() -> None:
    people = (
        NamedPerson(1, "client", "鈴木", "一", sex="male", birth_date=dt.date(1960, 1, 1)),
        NamedPerson(2, "spouse", "鈴木", "二", sex="female"),
        NamedPerson(3, "sibling", "鈴木", "三", sex="female", birth_date=dt.date(1955, 1, 1)),
        NamedPerson(4, "grandmother", "田中", "四"),
        NamedPerson(5, "grandmother", "佐藤", "五"),
        NamedPerson(6, "child", "鈴木", "六"),
        NamedPerson(7, "other", "高橋", "七"),
    )
    assert pseudonyms(people) == {
        1: "本人",
        2: "妻",
        3: "姉",
        4: "祖母A",
        5: "祖母B",
        6: "子",
        7: "A氏",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山田 花子さんが来所", "本人さんが来所"),
        ("山田　花子が来所", "本人が来所"),
        ("山田花子", "本人"),
        ("ヤマダ ハナコ", "本人"),
        ("ﾔﾏﾀﾞ ﾊﾅｺ様", "本人様"),
        ("やまだ はなこ", "本人"),
        ("ハナコさん", "本人さん"),
        ("山田さんは", "本人さんは"),
        ("長男の太郎さん", "長男の長男さん"),
        ("ジロウ氏", "次男氏"),
        ("林さんと林業", "Aさんと林業"),
        ("林 愛", "A氏"),
        ("愛情", "愛情"),
    ],
)
def test_names_in_free_text(text: str, expected: str) -> None:
    assert anonymizer().text(text) == expected


def test_old_kanji_forms_are_matched() -> None:
    people = (NamedPerson(1, "client", "高橋", "真", "タカハシ", "マコト"),)
    masked = Anonymizer(people, 10).text("髙橋眞さん、たかはし まことさん")
    assert masked == "本人さん、本人さん"


def test_other_names_before_a_honorific_are_masked() -> None:
    masked = anonymizer().text("近所の田中さんと民生委員さん、長女さん、ケアマネさん")
    assert masked == "近所の〇〇さんと民生委員さん、長女さん、ケアマネさん"


def test_staff_names() -> None:
    anon = anonymizer()
    assert anon.text("佐藤 一郎が同行。佐藤さんから連絡") == "職員Aが同行。職員Aさんから連絡"
    assert anon.staff_label("佐藤　一郎") == "職員A"


def test_phone_email_case_number() -> None:
    anon = anonymizer()
    text = "携帯090-0000-1234、自宅０４２－０００－１２３４、hanako@example.jp、R7-00001、R6-123"
    masked = anon.text(text)
    assert masked == (
        f"携帯{PHONE_MARK}、自宅{PHONE_MARK}、{EMAIL_MARK}、{CASE_NUMBER_MARK}、{CASE_NUMBER_MARK}"
    )
    report = anon.report()
    assert report.count(MaskKind.PHONE) == 2
    assert report.count(MaskKind.EMAIL) == 1
    assert report.count(MaskKind.CASE_NUMBER) == 2


def test_short_numbers_are_not_phones() -> None:
    assert (
        anonymizer().text("面談は30分、費用は1,200円、5-6人") == "面談は30分、費用は1,200円、5-6人"
    )


def test_addresses() -> None:
    anon = anonymizer()
    masked = anon.text("小平市小川町1丁目2番3号 コーポ小川102号室に住む。小川町の自宅。3丁目5番")
    assert masked == f"小平市{ADDRESS_MARK}に住む。{ADDRESS_MARK}の自宅。{ADDRESS_MARK}"
    assert "小川" not in masked
    assert anon.report().count(MaskKind.ADDRESS) >= 3


def test_city_of() -> None:
    assert city_of(ADDRESS) == "小平市"
    assert city_of("横浜市港北区日吉1-2") == "横浜市港北区"
    assert city_of("北海道虻田郡倶知安町南1条") == "虻田郡倶知安町"
    assert city_of("") == ""


def test_dates_move_by_one_offset() -> None:
    anon = anonymizer(45)
    text = "2025年6月10日、令和7年6月30日、R7.7.1、2025/7/3、2025-07-04、6月2日"
    masked = anon.text(text, reference=dt.date(2025, 6, 2))
    assert masked == "2025年7月25日、令和7年8月14日、R7.8.15、2025/8/17、2025-08-18、7月17日"
    assert anon.report().count(MaskKind.DATE) == 6
    assert anon.date(dt.date(2025, 6, 2)) == dt.date(2025, 7, 17)


def test_month_day_takes_the_year_nearest_the_reference() -> None:
    masked = anonymizer(10).text("12月28日", reference=dt.date(2026, 1, 5))
    assert masked == "1月7日"


def test_impossible_dates_are_left_alone() -> None:
    assert anonymizer().text("2025年2月30日") == "2025年2月30日"


def test_ages() -> None:
    on = dt.date(2025, 6, 2)
    assert age_text(dt.date(1944, 5, 3), on, band=False) == "81歳"
    assert age_text(dt.date(1944, 5, 3), on, band=True) == "80歳代"
    assert age_text(dt.date(2020, 1, 1), on, band=True) == "10歳未満"
    assert age_text(None, on, band=True) == "年齢不詳"


def test_ages_in_texts_become_bands_when_the_export_bands_ages() -> None:
    """「本人（24歳）」 would give the exact age the export's own fields hide."""
    banded = Anonymizer(HOUSEHOLD, 0, age_bands=True)
    assert banded.text("本人（24歳）と母（８２歳）、孫は3歳。") == (
        "本人（20歳代）と母（80歳代）、孫は10歳未満。"
    )
    assert banded.text("20歳代の男性、10歳未満の子") == "20歳代の男性、10歳未満の子"
    assert banded.report().summary().startswith("文中の年齢(年代に) 3件")
    exact = Anonymizer(HOUSEHOLD, 0)
    assert exact.text("本人（24歳）") == "本人（24歳）"


def test_report_summary() -> None:
    anon = anonymizer(-12)
    anon.text("山田さん、090-0000-1234")
    assert anon.report().summary() == "氏名 1件、電話番号 1件、日付を12日前へずらしました"


def test_leftovers_do_not_change_the_counts() -> None:
    anon = anonymizer()
    anon.text("山田さん")
    found = anon.leftovers("本人さん。ヤマダさんの電話は090-0000-1234")
    assert found == {MaskKind.NAME: 1, MaskKind.PHONE: 1}
    assert anon.leftovers("本人さん。2025年7月1日") == {}
    assert anon.report().count(MaskKind.NAME) == 1

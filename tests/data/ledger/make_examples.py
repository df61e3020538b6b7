"""Write the example ledgers of this folder (all names, addresses and numbers are fictitious).

Run from the repository root: ``python tests/data/ledger/make_examples.py``.

* ``ledger_good.xlsx``: a tidy 相談台帳 as many desks keep it (a title row above the headers,
  dates as Excel dates or 和暦 text, a column 備考 that is not imported). Every row imports.
* ``ledger_messy.csv``: the same kind of ledger in Shift_JIS (CP932), with the mistakes real
  ledgers have; see ``tests/unit/services/test_ledger_import.py`` for what each row tests.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).parent

HEADERS = [
    "受付番号",
    "受付日",
    "氏名",
    "フリガナ",
    "生年月日",
    "年齢",
    "性別",
    "住所",
    "電話",
    "相談経路",
    "相談者",
    "相談内容",
    "課題",
    "担当者",
    "状況",
    "終結日",
    "終結理由",
    "備考",
]

GOOD = [
    [
        "1",
        dt.date(2025, 4, 3),
        "見本 一郎",
        "ミホン イチロウ",
        "昭和30年5月6日",
        69,
        "男",
        "架空市中央1-2-3",
        "090-0000-1111",
        "来所",
        "本人",
        "家賃を滞納している。仕事が見つからない。",
        "生活困窮、就労",
        "sato 職員",
        "対応中",
        None,
        None,
        "架空の例",
    ],
    [
        "2",
        dt.date(2025, 5, 12),
        "例示 花子",
        "れいじ はなこ",
        dt.date(1948, 11, 23),
        None,
        "女",
        "架空市東町4-5",
        "03-0000-2222",
        "電話",
        "家族",
        "母の物忘れが増え、介護が心配。",
        "高齢・介護",
        "",
        "見守り",
        None,
        None,
        "",
    ],
    [
        "3",
        dt.date(2025, 6, 20),
        "試行 健太",
        "シコウ ケンタ",
        "H10.2.14",
        27,
        "男性",
        "架空市西町6",
        "",
        "関係機関からのつなぎ",
        "関係機関",
        "ひきこもりの相談(民生委員から)。",
        "ひきこもり",
        "sato 職員",
        "終結",
        "R7.9.30",
        "他機関への引継ぎ",
        "",
    ],
    [
        "4",
        dt.date(2025, 7, 1),
        "仮名 さくら",
        "カメイ サクラ",
        "",
        "",
        "",
        "",
        "080-0000-3333",
        "メール",
        "本人",
        "子育てと仕事の両立に悩んでいる。",
        "子ども",
        "",
        "",
        None,
        None,
        "",
    ],
]

MESSY_HEADERS = [
    "受付番号",
    "受付日",
    "氏名",
    "ふりがな",
    "生年月日",
    "性別",
    "電話番号",
    "相談経路",
    "相談者",
    "主訴",
    "課題",
    "状況",
    "終結日",
    "終結理由",
]

MESSY = [
    # row 2: a good row
    [
        "101",
        "R7.4.10",
        "見本 次郎",
        "みほん じろう",
        "S40.1.2",
        "男",
        "090-1111-0000",
        "来庁",
        "家族",
        "兄の生活が心配",
        "高齢、介護",
        "対応中",
        "",
        "",
    ],
    # row 3: an unparseable date
    [
        "102",
        "4月頃",
        "見本 三郎",
        "みほん さぶろう",
        "",
        "男",
        "",
        "電話",
        "本人",
        "仕事がない",
        "就労",
        "",
        "",
        "",
    ],
    # row 4: 和暦 typo, month 13
    [
        "103",
        "令和7年13月1日",
        "見本 四郎",
        "みほん しろう",
        "",
        "男",
        "",
        "電話",
        "本人",
        "借金がある",
        "借金",
        "",
        "",
        "",
    ],
    # row 5: 和暦 typo, February 30
    [
        "104",
        "R7.2.30",
        "見本 五郎",
        "みほん ごろう",
        "",
        "男",
        "",
        "来所",
        "本人",
        "住まいがない",
        "住まい",
        "",
        "",
        "",
    ],
    # row 6: an unknown channel
    [
        "105",
        "R7.5.1",
        "見本 六郎",
        "みほん ろくろう",
        "",
        "男",
        "",
        "LINE",
        "本人",
        "困っている",
        "福祉",
        "",
        "",
        "",
    ],
    # row 7: an empty name
    [
        "106",
        "R7.5.2",
        "",
        "",
        "",
        "",
        "",
        "来所",
        "本人",
        "名前を言わなかった",
        "その他",
        "",
        "",
        "",
    ],
    # row 8: the same 受付番号 and 受付日 as row 2
    [
        "101",
        "R7.4.10",
        "見本 次郎",
        "みほん じろう",
        "S40.1.2",
        "男",
        "090-1111-0000",
        "来庁",
        "家族",
        "兄の生活が心配",
        "高齢、介護",
        "対応中",
        "",
        "",
    ],
    # row 9: a person already known to the desk (the test registers 既存 花子 first)
    [
        "107",
        "R7.6.3",
        "既存 花子",
        "きそん はなこ",
        "S50.3.4",
        "女",
        "",
        "訪問",
        "本人",
        "また相談したい",
        "生活困窮",
        "",
        "",
        "",
    ],
    # row 10: a closed case
    [
        "108",
        "2025/7/7",
        "見本 七子",
        "ミホン ナナコ",
        "1990/7/7",
        "女",
        "",
        "電話",
        "本人",
        "制度を知りたい",
        "福祉",
        "終結",
        "2025/7/8",
        "情報提供のみ",
    ],
    # row 11: closed without a reason
    [
        "109",
        "2025/8/1",
        "見本 八子",
        "ミホン ハチコ",
        "",
        "女",
        "",
        "電話",
        "本人",
        "相談",
        "福祉",
        "終結",
        "2025/8/2",
        "",
    ],
    # rows 12, 13: no 受付番号, the same content twice
    [
        "",
        "R7.9.1",
        "見本 九子",
        "ミホン クコ",
        "",
        "女",
        "",
        "来所",
        "本人",
        "相談したい",
        "福祉",
        "",
        "",
        "",
    ],
    [
        "",
        "R7.9.1",
        "見本 九子",
        "ミホン クコ",
        "",
        "女",
        "",
        "来所",
        "本人",
        "相談したい",
        "福祉",
        "",
        "",
        "",
    ],
]


def main() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "相談台帳"
    sheet.append(["令和7年度 相談台帳(見本・架空のデータ)"])
    sheet["A1"].font = Font(bold=True)
    sheet.append(HEADERS)
    for row in GOOD:
        sheet.append(row)
    for cell in sheet["B"][2:]:
        cell.number_format = "yyyy/m/d"
    book.save(HERE / "ledger_good.xlsx")

    with (HERE / "ledger_messy.csv").open("w", encoding="cp932", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(MESSY_HEADERS)
        writer.writerows(MESSY)


if __name__ == "__main__":
    main()

"""Pseudonymisation of a case for training and briefings (研修用の匿名化).

The desk briefs city staff "具体的な支援事例を示しながら" (domain.md §7), so a supervisor may
export a case with everything that identifies the household replaced. This module is pure: it
knows nothing of the database; :mod:`welfaredesk.services.case_export` feeds it the names,
addresses, phone numbers and case numbers of one case and an offset for the dates.

What :class:`Anonymizer` does to free text, in this order:

1. case numbers (``R7-00001`` and the case's own numbers) → 〔受付番号〕;
2. e-mail addresses → 〔メールアドレス〕; phone numbers (10 or 11 digits, full or half width,
   any separators) → 〔電話番号〕;
3. the known addresses of the household, and the town part of them (``小川町``), → 〔住所〕;
4. dates with a year (``2025年6月2日``, ``2025/6/2``, ``令和7年6月2日``, ``R7.6.2``) and
   month-day dates (``6月2日``) are shifted by the export's offset;
5. every known name part of the household and of the staff, in kanji or kana (hiragana,
   katakana, half width, old kanji forms such as 髙 and 﨑, with any spaces between family and
   given name) → the person's pseudonym; a honorific after it (さん, 様, 氏 …) is kept;
6. other names followed by a honorific (``佐藤さん`` of a neighbour) → ``〇〇さん``.

People become the relation to the client where it is known (本人, 母, 長男, 妻 …) and a letter
otherwise (A氏, B氏 …); staff become 職員A, 職員B …. A single-character name part (林, 愛) is
masked only next to a honorific or as part of the full name, so that ordinary words are not
torn apart; the reviewer reads the whole text before saving in any case.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import jaconv

from welfaredesk.domain.names import KANJI_VARIANTS
from welfaredesk.domain.wareki import Era, InvalidDate, format_wareki

# --- what is masked -----------------------------------------------------------------------


class MaskKind(StrEnum):
    """The kinds of identifying information the anonymiser replaces."""

    NAME = "name"
    OTHER_NAME = "other_name"
    STAFF = "staff"
    ADDRESS = "address"
    PHONE = "phone"
    EMAIL = "email"
    DATE = "date"
    BIRTH_DATE = "birth_date"
    AGE = "age"
    CASE_NUMBER = "case_number"


MASK_LABELS: dict[MaskKind, str] = {
    MaskKind.NAME: "氏名",
    MaskKind.OTHER_NAME: "その他の人名(推定)",
    MaskKind.STAFF: "職員・担当者の氏名",
    MaskKind.ADDRESS: "住所",
    MaskKind.PHONE: "電話番号",
    MaskKind.EMAIL: "メールアドレス",
    MaskKind.DATE: "日付",
    MaskKind.BIRTH_DATE: "生年月日",
    MaskKind.AGE: "文中の年齢(年代に)",
    MaskKind.CASE_NUMBER: "受付番号",
}
"""The Japanese name of each kind, for the masking report."""

ADDRESS_MARK = "〔住所〕"
PHONE_MARK = "〔電話番号〕"
EMAIL_MARK = "〔メールアドレス〕"
CASE_NUMBER_MARK = "〔受付番号〕"
OTHER_NAME_MARK = "〇〇"

HONORIFICS = ("さん", "さま", "様", "氏", "くん", "君", "ちゃん", "殿", "サン")
"""Titles that follow a name and are kept after the pseudonym."""

# --- people and their pseudonyms ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A member of the household as the anonymiser needs it.

    ``relation_code`` is the relation to the client (the ``relation`` pick-list: ``client``,
    ``mother``, ``child`` …); ``sex`` the :class:`~welfaredesk.domain.enums.Sex` code or None.
    """

    key: int
    relation_code: str
    family_name: str
    given_name: str = ""
    family_kana: str = ""
    given_kana: str = ""
    sex: str | None = None
    birth_date: dt.date | None = None


_PLAIN_RELATIONS = {
    "client": "本人",
    "father": "父",
    "mother": "母",
    "grandfather": "祖父",
    "grandmother": "祖母",
    "grandchild": "孫",
    "child_in_law": "子の配偶者",
}
_COUNTERS = ("長", "次", "三", "四", "五", "六")


def pseudonyms(people: Sequence[NamedPerson]) -> dict[int, str]:
    """Give each person a label for training material.

    The client is 本人; others are named by their relation to the client, made precise with sex
    and age where known (妻, 夫; 長男, 次女 in order of birth; 兄, 妹 against the client's birth
    date). Relations that say nothing (同居人, その他) and duplicates get letters: A氏, B氏; 祖母A,
    祖母B.

    Args:
        people: the household, the client included (relation ``client``).

    Returns:
        person key → label; every key of ``people`` is present and the labels are distinct.
    """
    client = next((p for p in people if p.relation_code == "client"), None)
    base: dict[int, str | None] = {}
    children = [p for p in people if p.relation_code == "child"]
    for person in people:
        code = person.relation_code
        if code in _PLAIN_RELATIONS:
            base[person.key] = _PLAIN_RELATIONS[code]
        elif code == "spouse":
            base[person.key] = {"female": "妻", "male": "夫"}.get(person.sex or "", "配偶者")
        elif code == "sibling":
            base[person.key] = _sibling_label(person, client)
        elif code == "child":
            base[person.key] = _child_label(person, children)
        else:
            base[person.key] = None
    counts = Counter(text for text in base.values() if text)
    labels: dict[int, str] = {}
    letters = iter(_letters())
    seen: Counter[str] = Counter()
    for person in people:
        text = base[person.key]
        if text is None:
            labels[person.key] = f"{next(letters)}氏"
        elif counts[text] > 1:
            labels[person.key] = f"{text}{_letter(seen[text])}"
            seen[text] += 1
        else:
            labels[person.key] = text
    return labels


def _sibling_label(person: NamedPerson, client: NamedPerson | None) -> str:
    if client is None or client.birth_date is None or person.birth_date is None:
        return "兄弟姉妹"
    older = person.birth_date < client.birth_date
    if person.sex == "male":
        return "兄" if older else "弟"
    if person.sex == "female":
        return "姉" if older else "妹"
    return "兄弟姉妹"


def _child_label(person: NamedPerson, children: Sequence[NamedPerson]) -> str:
    if person.sex not in ("male", "female") or person.birth_date is None:
        return "子"
    same = sorted(
        (c for c in children if c.sex == person.sex and c.birth_date is not None),
        key=lambda c: (c.birth_date, c.key),
    )
    order = [c.key for c in same].index(person.key)
    if order >= len(_COUNTERS):
        return "子"
    return _COUNTERS[order] + ("男" if person.sex == "male" else "女")


def _letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else f"Z{index - 25}"


def _letters() -> Iterable[str]:
    index = 0
    while True:
        yield _letter(index)
        index += 1


# --- ages and dates -----------------------------------------------------------------------


def age_text(birth: dt.date | None, on: dt.date, *, band: bool) -> str:
    """An age for the export: ``82歳`` or, with ``band``, ``80歳代`` (``10歳未満`` for children).

    Returns ``年齢不詳`` without a birth date.
    """
    if birth is None or on < birth:
        return "年齢不詳"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if not band:
        return f"{age}歳"
    if age < 10:
        return "10歳未満"
    return f"{age // 10 * 10}歳代"


def _age_band(match: re.Match[str]) -> str:
    age = int(unicodedata.normalize("NFKC", match[1]))
    return "10歳未満" if age < 10 else f"{age // 10 * 10}歳代"


def shift(day: dt.date, offset_days: int) -> dt.date:
    """A date moved by the export's offset (intervals between dates stay the same)."""
    return day + dt.timedelta(days=offset_days)


def city_of(address: str) -> str:
    """The prefecture-free city part of an address (``小平市``, ``千代田区``), or ``""``.

    ``東京都小平市小川町１丁目２番３号`` → ``小平市``; a ward of a designated city keeps the city
    (``横浜市港北区``); ``…郡…町`` gives the town.
    """
    text = unicodedata.normalize("NFKC", address).strip()
    text = re.sub(r"^\S{2,3}?[都道府県](?=\S)", "", text)
    match = re.match(r"(\S+?市(?:\S+?区)?|\S+?郡\S+?[町村]|\S+?区|\S+?[町村])", text)
    return match[1] if match else ""


# --- folding text for matching ------------------------------------------------------------

_KANJI_TABLE = str.maketrans(KANJI_VARIANTS)
_VARIATION_SELECTOR = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def _fold_char(ch: str) -> str:
    if _VARIATION_SELECTOR.fullmatch(ch):
        return ""
    text = unicodedata.normalize("NFKC", ch).casefold()
    text = jaconv.kata2hira(text).translate(_KANJI_TABLE)
    return unicodedata.normalize("NFD", text)


def _fold(text: str) -> tuple[str, list[int]]:
    """The text folded for matching, and for each folded character its original index.

    Folding: NFKC, case folded, katakana → hiragana, old kanji forms → common ones
    (:data:`~welfaredesk.domain.names.KANJI_VARIANTS`), then NFD so that a half-width ﾀﾞ and
    a full-width ダ both become た + the combining voiced mark.
    """
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        part = _fold_char(ch)
        folded.append(part)
        origin.extend([index] * len(part))
    return "".join(folded), origin


def _fold_name(text: str) -> str:
    return re.sub(r"[\s・]+", "", _fold(text)[0])


# --- the anonymiser -----------------------------------------------------------------------

_DIGIT = "[0-9０-９]"
_SEP = "[-－‐‑−–—ー(（)）\\s.．]"
_PHONE = re.compile(
    rf"(?<![0-9０-９])(?:\+81{_SEP}?|＋８１{_SEP}?)?[0０]{_DIGIT}{{0,4}}{_SEP}{{0,2}}"
    rf"{_DIGIT}{{1,4}}{_SEP}{{0,2}}{_DIGIT}{{3,4}}(?![0-9０-９])"
)
_AGE = re.compile(r"(?<![0-9０-９])([0-9０-９]{1,3})\s*歳(?!代|未満)")
"""An age written in a text: ``24歳`` (not ``20歳代`` or ``10歳未満``, already bands)."""
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+[@＠][A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_CASE_NUMBER = re.compile(r"(?<![A-Za-z0-9])[MTSHRmtshr][0-9０-９]{1,2}[-－‐−][0-9０-９]{1,6}")
_NUM = "([0-9０-９]{1,4}|元)"
_WAREKI_DATE = re.compile(
    rf"(明治|大正|昭和|平成|令和|[MTSHR])\s?{_NUM}\s?[年.．/／]\s?"
    rf"([0-9０-９]{{1,2}})\s?[月.．/／]\s?([0-9０-９]{{1,2}})(日?)"
)
_WESTERN_DATE = re.compile(
    r"(?<![0-9０-９])([0-9０-９]{4})\s?([年/／\-－.．])\s?([0-9０-９]{1,2})\s?[月/／\-－.．]\s?"
    r"([0-9０-９]{1,2})(日?)(?![0-9０-９])"
)
_MONTH_DAY = re.compile(r"(?<![0-9０-９年/／.．])([0-9０-９]{1,2})月([0-9０-９]{1,2})日")
_STREET = re.compile(
    "[0-9０-９一二三四五六七八九十]+丁目(?:[0-9０-９]+(?:番地?|[-－‐−])(?:[0-9０-９]+号?)?)?"
    "|[0-9０-９]+番地?[0-9０-９]+号|[0-9０-９]+番地"
)
_REPEATED_ADDRESS = re.compile(f"{ADDRESS_MARK}(?:[\\s　]*{ADDRESS_MARK})+")
_ERAS = {era.kanji: era for era in Era} | {era.letter: era for era in Era}

_STOP_WORDS = re.compile(
    "(?:[長次三四五][男女]|息子|祖[母父]|[叔伯][母父]|兄弟|姉妹|兄嫁|弟嫁|配偶者|子ども|子供|"
    "大家|先生|奥様|近所|隣人|家族|親族|親戚|本人|相談者|利用者|"
    "ケアマネ.*|ヘルパー.*|ワーカー|ママ|パパ|お客|"
    ".*[員師士長者家屋医官護婦課係局所庁]|職員.*)"
)
"""Words before a honorific that are not names (relations, roles, offices)."""
_OTHER_NAME = re.compile(
    "(?<![\u4e00-\u9fff\u30a0-\u30ff〇])([\u4e00-\u9fff]{2,4}|[\u30a1-\u30fa\u30fc]{2,6})"
    "(さん|さま|様|氏|くん|君|ちゃん)"
)


@dataclass(frozen=True, slots=True)
class MaskReport:
    """What one export masked: counts per kind, and how far the dates moved."""

    counts: tuple[tuple[MaskKind, int], ...]
    date_offset_days: int

    def count(self, kind: MaskKind) -> int:
        """How many of ``kind`` were masked."""
        return dict(self.counts).get(kind, 0)

    def offset_text(self) -> str:
        """``日付を45日後ろへずらしました`` (or 前へ for a negative offset)."""
        direction = "後ろへ" if self.date_offset_days > 0 else "前へ"
        return f"日付を{abs(self.date_offset_days)}日{direction}ずらしました"

    def summary(self) -> str:
        """``氏名 12件、住所 2件、電話番号 1件、日付を45日後ろへずらしました``."""
        parts = [f"{MASK_LABELS[kind]} {n}件" for kind, n in self.counts if n]
        parts.append(self.offset_text())
        return "、".join(parts)


@dataclass(frozen=True, slots=True)
class _Pattern:
    folded: str
    label: str
    """The pseudonym; for staff, the staff key (the label is given on first use)."""
    kind: MaskKind
    needs_honorific: bool


class Anonymizer:
    """Masks the identifying parts of one case's texts and counts what it masked.

    One instance serves one export: the same name always gets the same pseudonym, and every
    date moves by the same ``offset_days``. Staff get 職員A, 職員B … in the order they are
    first met, so a desk of twenty does not start the document at 職員Q.

    Args:
        people: the household (the client included).
        offset_days: how far every date moves (not zero).
        staff_names: the names of the desk's staff and of agency contact persons on the case.
        addresses: the addresses of the household.
        case_numbers: the case's own numbers (any ``R7-00001`` shape is masked as well).
    """

    def __init__(
        self,
        people: Sequence[NamedPerson],
        offset_days: int,
        *,
        staff_names: Sequence[str] = (),
        addresses: Sequence[str] = (),
        case_numbers: Sequence[str] = (),
        age_bands: bool = False,
    ) -> None:
        self.offset_days = offset_days
        self.age_bands = age_bands
        """Whether ages written in texts become bands (``24歳`` → ``20歳代``), as the
        export's own ages do."""
        self.labels = pseudonyms(people)
        self.staff: dict[str, str] = {}
        """Staff key (:func:`staff_name_keys`) → label, filled as staff are met."""
        self._counts: Counter[MaskKind] = Counter()
        self._case_numbers = [_fold_name(n) for n in case_numbers if n.strip()]
        self._addresses = _address_patterns(addresses)
        unique: dict[str, _Pattern] = {}
        for pattern in _name_patterns(people, self.labels) + _staff_patterns(staff_names):
            unique.setdefault(pattern.folded, pattern)
        self._patterns = sorted(unique.values(), key=lambda p: len(p.folded), reverse=True)
        alternatives = "|".join(
            f"(?P<p{i}>{_spaced(p.folded)})" for i, p in enumerate(self._patterns)
        )
        self._names = re.compile(alternatives) if alternatives else None

    # - counting -

    def count(self, kind: MaskKind, n: int = 1) -> None:
        """Count ``n`` masked items of ``kind`` (for fields the caller drops or reduces)."""
        self._counts[kind] += n

    def report(self) -> MaskReport:
        """The counts so far, in the order of :class:`MaskKind`."""
        return MaskReport(
            tuple((kind, self._counts[kind]) for kind in MaskKind if self._counts[kind]),
            self.offset_days,
        )

    # - single values -

    def date(self, day: dt.date | None) -> dt.date | None:
        """A date of the case, moved by the offset (counted)."""
        if day is None:
            return None
        self._counts[MaskKind.DATE] += 1
        return shift(day, self.offset_days)

    def label(self, person_key: int | None) -> str:
        """The pseudonym of a person (本人 when None)."""
        if person_key is None:
            return "本人"
        return self.labels.get(person_key, "本人")

    def staff_label(self, name: str) -> str:
        """The label of a staff member by name (``職員A``); ``""`` for no name."""
        if not staff_name_keys(name):
            return ""
        self._counts[MaskKind.STAFF] += 1
        return self._staff_label(staff_name_keys(name)[0])

    def _staff_label(self, key: str) -> str:
        if key not in self.staff:
            self.staff[key] = f"職員{_letter(len(self.staff))}"
        return self.staff[key]

    # - free text -

    def text(self, text: str, *, reference: dt.date | None = None) -> str:
        """Mask everything identifying in a free text.

        Args:
            text: a note, concern, goal … as typed.
            reference: the date the text was written on (real, not shifted), to give a year to
                month-day dates (``6月2日``); without it they are moved within the current year.

        Returns:
            The text with names, addresses, phone numbers, e-mail addresses and case numbers
            replaced and dates moved.
        """
        if not text:
            return text
        text = self._mask_case_numbers(text)
        text = self._sub(_EMAIL, text, lambda _m: EMAIL_MARK, MaskKind.EMAIL)
        text = self._sub(_PHONE, text, self._phone, MaskKind.PHONE)
        text = self._mask_addresses(text)
        text = self._shift_dates(text, reference)
        if self.age_bands:
            text = self._sub(_AGE, text, _age_band, MaskKind.AGE)
        text = self._mask_names(text)
        return self._mask_other_names(text)

    def leftovers(self, text: str) -> dict[MaskKind, int]:
        """What a reviewed text still contains that an export must not (names, numbers …).

        Dates are not checked (the export's dates are already moved). The counts of this
        anonymiser are left as they were.
        """
        saved, staff = self._counts.copy(), dict(self.staff)
        self._counts.clear()
        self._mask_case_numbers(text)
        self._sub(_EMAIL, text, lambda _m: EMAIL_MARK, MaskKind.EMAIL)
        self._sub(_PHONE, text, self._phone, MaskKind.PHONE)
        self._mask_addresses(text)
        self._mask_names(text)
        found = {kind: n for kind, n in self._counts.items() if n}
        self._counts, self.staff = saved, staff
        return found

    def _sub(
        self,
        pattern: re.Pattern[str],
        text: str,
        replace: Callable[[re.Match[str]], str],
        kind: MaskKind,
    ) -> str:
        def one(match: re.Match[str]) -> str:
            new = replace(match)
            if new != match[0]:
                self._counts[kind] += 1
            return new

        return pattern.sub(one, text)

    @staticmethod
    def _phone(match: re.Match[str]) -> str:
        digits = [ch for ch in unicodedata.normalize("NFKC", match[0]) if ch.isdigit()]
        return PHONE_MARK if 10 <= len(digits) <= 12 else match[0]

    def _mask_case_numbers(self, text: str) -> str:
        text = self._sub(_CASE_NUMBER, text, lambda _m: CASE_NUMBER_MARK, MaskKind.CASE_NUMBER)
        return self._replace_folded(
            text, [(n, CASE_NUMBER_MARK) for n in self._case_numbers], MaskKind.CASE_NUMBER
        )

    def _mask_addresses(self, text: str) -> str:
        text = self._replace_folded(
            text, [(a, ADDRESS_MARK) for a in self._addresses], MaskKind.ADDRESS
        )
        text = self._sub(_STREET, text, lambda _m: ADDRESS_MARK, MaskKind.ADDRESS)
        return _REPEATED_ADDRESS.sub(ADDRESS_MARK, text)

    def _replace_folded(self, text: str, needles: list[tuple[str, str]], kind: MaskKind) -> str:
        """Replace each folded needle (longest first) wherever it occurs, spaces ignored."""
        for needle, mark in sorted(needles, key=lambda n: len(n[0]), reverse=True):
            if not needle:
                continue
            folded, origin = _fold(text)
            spans = [(m.start(), m.end()) for m in re.finditer(_spaced(needle), folded)]
            for start, end in reversed(spans):
                first, last = origin[start], origin[end - 1] + 1
                text = text[:first] + mark + text[last:]
                self._counts[kind] += 1
        return text

    def _mask_names(self, text: str) -> str:
        if self._names is None:
            return text
        folded, origin = _fold(text)
        pieces: list[str] = []
        cursor = 0
        for match in self._names.finditer(folded):
            pattern = self._patterns[int(str(match.lastgroup)[1:])]
            first, last = origin[match.start()], origin[match.end() - 1] + 1
            if first < cursor:
                continue
            honorific = _honorific_at(text, last)
            if pattern.needs_honorific and not honorific:
                continue
            label = pattern.label
            if pattern.kind is MaskKind.STAFF:
                label = self._staff_label(label)
            if honorific and label.endswith("氏"):
                label = label[:-1]
            pieces.append(text[cursor:first])
            pieces.append(label)
            cursor = last
            self._counts[pattern.kind] += 1
        pieces.append(text[cursor:])
        return "".join(pieces)

    def _mask_other_names(self, text: str) -> str:
        known = set(self.labels.values()) | set(self.staff.values())

        def one(match: re.Match[str]) -> str:
            word = match[1]
            if word in known or _STOP_WORDS.fullmatch(word) or word.startswith("職員"):
                return match[0]
            self._counts[MaskKind.OTHER_NAME] += 1
            return OTHER_NAME_MARK + match[2]

        return _OTHER_NAME.sub(one, text)

    def _shift_dates(self, text: str, reference: dt.date | None) -> str:
        def wareki(match: re.Match[str]) -> str:
            era = _ERAS[match[1]]
            year = 1 if match[2] == "元" else _int(match[2])
            try:
                day = dt.date(era.start.year + year - 1, _int(match[3]), _int(match[4]))
                moved = shift(day, self.offset_days)
                if len(match[1]) == 1:
                    return format_wareki(moved, style="short")
                return format_wareki(moved)
            except (ValueError, InvalidDate):
                return match[0]

        def western(match: re.Match[str]) -> str:
            try:
                day = dt.date(_int(match[1]), _int(match[3]), _int(match[4]))
            except ValueError:
                return match[0]
            moved = shift(day, self.offset_days)
            if match[2] in "年":
                return f"{moved.year}年{moved.month}月{moved.day}日"
            sep = unicodedata.normalize("NFKC", match[2])
            if sep == "-":
                return moved.isoformat()
            return f"{moved.year}{sep}{moved.month}{sep}{moved.day}{match[5]}"

        def month_day(match: re.Match[str]) -> str:
            anchor = reference or dt.date.today()
            day = _nearest(anchor, _int(match[1]), _int(match[2]))
            if day is None:
                return match[0]
            moved = shift(day, self.offset_days)
            return f"{moved.month}月{moved.day}日"

        text = self._sub(_WAREKI_DATE, text, wareki, MaskKind.DATE)
        text = self._sub(_WESTERN_DATE, text, western, MaskKind.DATE)
        return self._sub(_MONTH_DAY, text, month_day, MaskKind.DATE)


def _int(text: str) -> int:
    return int(unicodedata.normalize("NFKC", text))


def _nearest(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """The date with this month and day nearest to ``anchor`` (a year before, of or after)."""
    candidates: list[dt.date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - anchor).days))


def _spaced(folded: str) -> str:
    """A regex for a folded needle that allows spaces and 中黒 between its characters' groups.

    Needles are folded without spaces; the text may have ``山田　花子`` or ``ヤマダ・ハナコ``, so
    a run of spaces or 中黒 is allowed between any two characters (not at either end).
    """
    chars = [re.escape(ch) for ch in folded]
    return r"[\s・]*".join(chars)


def _honorific_at(text: str, index: int) -> str:
    for title in HONORIFICS:
        if text.startswith(title, index):
            return title
    return ""


def _name_patterns(people: Sequence[NamedPerson], labels: dict[int, str]) -> list[_Pattern]:
    """Full names and their parts, in kanji and kana; a shared family name goes to 本人."""
    patterns: list[_Pattern] = []
    family_owner: dict[str, str] = {}
    # The client first: a family name the client shares with others stands for the client.
    ordered = sorted(people, key=lambda p: p.relation_code != "client")
    for person in ordered:
        label = labels[person.key]
        for family, given in (
            (person.family_name, person.given_name),
            (person.family_kana, person.given_kana),
        ):
            family_key, given_key = _fold_name(family), _fold_name(given)
            if family_key and given_key:
                patterns.append(_Pattern(family_key + given_key, label, MaskKind.NAME, False))
            if given_key:
                patterns.append(_Pattern(given_key, label, MaskKind.NAME, len(given_key) < 2))
            if family_key and family_key not in family_owner:
                family_owner[family_key] = label
                patterns.append(_Pattern(family_key, label, MaskKind.NAME, len(family_key) < 2))
    return patterns


def _staff_patterns(names: Sequence[str]) -> list[_Pattern]:
    """A staff member's full name, and the family name alone when a honorific follows.

    Staff names are matched less eagerly than the household's: the family name alone must be
    followed by さん, 様 … (``佐藤さん``), so that a name that is also a word is not torn out of
    ``家計管理``.
    """
    patterns: list[_Pattern] = []
    for name in names:
        keys = staff_name_keys(name)
        if not keys:
            continue
        patterns.append(_Pattern(keys[0], keys[0], MaskKind.STAFF, len(keys[0]) < 2))
        patterns.extend(_Pattern(key, keys[0], MaskKind.STAFF, True) for key in keys[1:])
    return patterns


def staff_name_keys(name: str) -> list[str]:
    """The folded keys a staff name is matched by: the whole name, then its family name.

    The family name is the first word of a name with a space (``佐藤 一郎`` → ``佐藤``); a name
    without one is matched whole only.
    """
    words = _fold(name)[0].split()
    if not words:
        return []
    keys = ["".join(words)]
    if len(words) > 1:
        keys.append(words[0])
    return keys


def _address_patterns(addresses: Sequence[str]) -> list[str]:
    """Folded needles for addresses: the whole address, without the city, and the town."""
    needles: set[str] = set()
    for address in addresses:
        if not address.strip():
            continue
        whole = _fold_name(address)
        needles.add(whole)
        # Without the building (written after a space: ``…３号　コーポ小川１０２号室``).
        needles.add(_fold_name(address.split()[0]))
        city = _fold_name(city_of(address))
        rest = _fold_name(_strip_city(address))
        if rest and rest != whole:
            needles.add(rest)
        town = re.match(r"\D+?(?=[0-9]|$)", rest)
        if town and len(town[0]) >= 2 and town[0] != city:
            needles.add(town[0])
        if len(whole) > 0 and city:
            needles.discard(city)
    return sorted(needles, key=len, reverse=True)


def _strip_city(address: str) -> str:
    text = unicodedata.normalize("NFKC", address).strip()
    city = city_of(address)
    if city and city in text:
        return text[text.index(city) + len(city) :]
    return text

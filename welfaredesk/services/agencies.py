"""The agency directory (関係機関 / 庁内関係課 / 地域の担い手 / 制度・事業): search, edit, CSV.

Any logged-in role may read the directory (it holds no personal data); editing, export and
import need :attr:`Action.AGENCY_EDIT`. Every save, deactivation, export and import is audited
with field names and counts only.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.enums import AgencyKind, AuditAction, label
from welfaredesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from welfaredesk.domain.joins import join_list
from welfaredesk.domain.names import name_key, validate_kana
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import AgencyDetail, AgencyRow, ImportResult, Principal
from welfaredesk.services.lookups import phone_digits
from welfaredesk.services.security import require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import Agency, Area, PicklistItem

ISSUE_LIST = "issue_category"

CONFLICT_MESSAGE = (
    "ほかの利用者が先にこの記録を保存しました。入力した内容はそのまま残っています。"
    "最新の内容を確認してから、もう一度保存してください。"
)

CSV_COLUMNS: tuple[str, ...] = (
    "名称",
    "ふりがな",
    "種別",
    "担当部署",
    "住所",
    "電話",
    "受付時間",
    "担当者",
    "扱う課題",
    "圏域コード",
    "ネットワーク",
    "備考",
    "有効",
)
"""The header row of the agency CSV, in column order."""

# Text fields: code name → (Japanese label, maximum length or None for Text columns).
_TEXT_FIELDS: dict[str, tuple[str, int | None]] = {
    "section": ("担当部署", 200),
    "address": ("住所", 300),
    "phone": ("電話", 40),
    "opening_hours": ("受付時間", 200),
    "contact_person": ("担当者", 100),
    "notes": ("備考", None),
}

_EDITABLE = (
    "name",
    "kana",
    "kind",
    "section",
    "address",
    "phone",
    "opening_hours",
    "contact_person",
    "area_id",
    "issue_codes",
    "network_member",
    "notes",
    "active",
)

_TRUE = frozenset({"1", "true", "yes", "はい", "○", "有", "有効"})
_FALSE = frozenset({"", "0", "false", "no", "いいえ", "×", "無", "無効"})


@dataclass(frozen=True, slots=True)
class AgencyEdit:
    """The agency form as typed; ``id`` None creates a new entry, else ``version`` is required.

    ``kind`` is an :class:`AgencyKind` (its code or Japanese label is accepted as text).
    """

    id: int | None = None
    version: int | None = None
    name: str = ""
    kana: str = ""
    kind: AgencyKind | str = ""
    section: str = ""
    address: str = ""
    phone: str = ""
    opening_hours: str = ""
    contact_person: str = ""
    area_id: int | None = None
    issue_codes: tuple[str, ...] = ()
    network_member: bool = False
    notes: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class _Reference:
    """What validation checks against, read once per unit of work."""

    issue_parents: dict[str, str | None]
    issue_labels: dict[str, str]
    area_names: dict[int, str]
    area_codes: dict[int, str]

    @classmethod
    def load(cls, s: Session) -> _Reference:
        issues = s.execute(
            select(PicklistItem.code, PicklistItem.label, PicklistItem.parent_code).where(
                PicklistItem.list_name == ISSUE_LIST
            )
        ).all()
        areas = s.execute(select(Area.id, Area.code, Area.name)).all()
        return cls(
            issue_parents={code: parent for code, _label, parent in issues},
            issue_labels={code: text for code, text, _parent in issues},
            area_names={area_id: name for area_id, _code, name in areas},
            area_codes={area_id: code for area_id, code, _name in areas},
        )


def _kind_of(value: AgencyKind | str) -> AgencyKind:
    if isinstance(value, AgencyKind):
        return value
    text = value.strip()
    for kind in AgencyKind:
        if text in (kind.value, label(kind)):
            return kind
    choices = join_list(label(k) for k in AgencyKind)
    raise ValidationError(
        "kind", "種別", msg("{choices}のいずれかを選んでください。", choices=choices)
    )


def _text(value: str, field: str, label_text: str, limit: int | None) -> str:
    text = value.strip()
    if limit is not None and len(text) > limit:
        raise ValidationError(
            field, label_text, msg("{limit}文字以内で入力してください。", limit=limit)
        )
    return text


def _clean(edit: AgencyEdit, ref: _Reference) -> dict[str, Any]:
    """The values to store, or :class:`ValidationError` naming the first bad field."""
    name = edit.name.strip()
    if not name:
        raise ValidationError("name", "名称", "入力してください。")
    if len(name) > 200:
        raise ValidationError("name", "名称", "200文字以内で入力してください。")
    kana = validate_kana(edit.kana, field="kana", label="ふりがな")
    if len(kana) > 200:
        raise ValidationError("kana", "ふりがな", "200文字以内で入力してください。")
    values: dict[str, Any] = {"name": name, "kana": kana, "kind": str(_kind_of(edit.kind))}
    for field, (label_text, limit) in _TEXT_FIELDS.items():
        values[field] = _text(getattr(edit, field), field, label_text, limit)
    if values["phone"]:
        digits = phone_digits(values["phone"])
        if not (digits.startswith("0") and 10 <= len(digits) <= 11):
            raise ValidationError(
                "phone", "電話", "0から始まる10桁か11桁の番号を入力してください(例 042-123-4567)。"
            )
    if edit.area_id is not None and edit.area_id not in ref.area_names:
        raise ValidationError("area_id", "圏域", "登録されていない圏域です。")
    values["area_id"] = edit.area_id
    codes: list[str] = []
    for raw in edit.issue_codes:
        code = raw.strip()
        if not code or code in codes:
            continue
        if code not in ref.issue_parents:
            raise ValidationError(
                "issue_codes", "扱う課題", msg("「{code}」は課題の分類にありません。", code=code)
            )
        codes.append(code)
    values["issue_codes"] = codes
    values["network_member"] = bool(edit.network_member)
    values["active"] = bool(edit.active)
    return values


def _changed(agency: Agency, values: dict[str, Any]) -> list[str]:
    changed = []
    for field in _EDITABLE:
        current = getattr(agency, field)
        if field == "issue_codes":
            current = list(current or [])
        if current != values[field]:
            changed.append(field)
    return changed


def _apply(agency: Agency, values: dict[str, Any], fields: Iterable[str]) -> None:
    for field in fields:
        setattr(agency, field, values[field])
    agency.name_key = name_key(agency.name)


def _kind_label(code: str) -> str:
    try:
        return label(AgencyKind(code))
    except ValueError:
        return code


def _related_codes(code: str, ref: _Reference) -> set[str]:
    """The code, its parent, and its children in the issue_category pick-list."""
    related = {code}
    parent = ref.issue_parents.get(code)
    if parent:
        related.add(parent)
    related.update(c for c, p in ref.issue_parents.items() if p == code)
    return related


def _row(agency: Agency, ref: _Reference) -> AgencyRow:
    return AgencyRow(
        id=agency.id,
        name=agency.name,
        kana=agency.kana,
        kind=agency.kind,
        kind_label=_kind_label(agency.kind),
        section=agency.section,
        phone=agency.phone,
        area_name=ref.area_names.get(agency.area_id, "") if agency.area_id is not None else "",
        issue_codes=tuple(agency.issue_codes or ()),
        network_member=agency.network_member,
        active=agency.active,
        opening_hours=agency.opening_hours,
        issue_labels=tuple(ref.issue_labels.get(c, c) for c in agency.issue_codes or ()),
    )


def _detail(agency: Agency, ref: _Reference) -> AgencyDetail:
    codes = tuple(agency.issue_codes or ())
    return AgencyDetail(
        id=agency.id,
        version=agency.version,
        name=agency.name,
        kana=agency.kana,
        kind=agency.kind,
        kind_label=_kind_label(agency.kind),
        section=agency.section,
        address=agency.address,
        phone=agency.phone,
        opening_hours=agency.opening_hours,
        contact_person=agency.contact_person,
        area_id=agency.area_id,
        area_name=ref.area_names.get(agency.area_id, "") if agency.area_id is not None else "",
        issue_codes=codes,
        issue_labels=tuple(ref.issue_labels.get(c, c) for c in codes),
        network_member=agency.network_member,
        notes=agency.notes,
        active=agency.active,
    )


def _load(s: Session, agency_id: int) -> Agency:
    agency = s.get(Agency, agency_id)
    if agency is None:
        raise NotFound("指定された関係機関は見つかりません。一覧を更新してください。")
    return agency


def _check_version(agency: Agency, version: int | None) -> None:
    if version is None or agency.version != version:
        raise ConflictError(CONFLICT_MESSAGE)


def _parse_bool(value: str, field: str, label_text: str, *, default: bool) -> bool:
    text = unicodedata.normalize("NFKC", value).strip().casefold()
    if not text:
        return default
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field, label_text, "1(はい)か0(いいえ)で入力してください。")


def _bool_cell(value: bool) -> str:
    return "1" if value else "0"


class AgencyService:
    """Search, edit, deactivate, export and import the agency directory."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def search(
        self,
        principal: Principal,
        text: str = "",
        *,
        issue_code: str | None = None,
        kind: AgencyKind | None = None,
        area_id: int | None = None,
        include_inactive: bool = False,
    ) -> list[AgencyRow]:
        """Agencies in kana order matching every given condition.

        ``text`` matches the name (kanji or folded key), the ふりがな (hiragana or katakana),
        the section or the notes. ``issue_code`` also matches agencies tagged with its parent
        category or with one of its child categories.
        """
        _require_login(principal)
        key = name_key(text)
        with self._db.read() as s:
            ref = _Reference.load(s)
            query = select(Agency).order_by(Agency.kana, Agency.id)
            if not include_inactive:
                query = query.where(Agency.active.is_(True))
            if kind is not None:
                query = query.where(Agency.kind == str(kind))
            if area_id is not None:
                query = query.where(Agency.area_id == area_id)
            wanted = _related_codes(issue_code, ref) if issue_code else None
            rows = []
            for agency in s.scalars(query):
                if wanted is not None and not wanted.intersection(agency.issue_codes or ()):
                    continue
                if key and not _text_matches(agency, key):
                    continue
                rows.append(_row(agency, ref))
            return rows

    def get(self, principal: Principal, agency_id: int) -> AgencyDetail:
        """Every field of one agency, with its version and the labels of its issues."""
        _require_login(principal)
        with self._db.read() as s:
            return _detail(_load(s, agency_id), _Reference.load(s))

    def save(self, principal: Principal, edit: AgencyEdit) -> AgencyDetail:
        """Create (``edit.id`` None) or update an agency; a stale version is refused."""
        require(principal, Action.AGENCY_EDIT, self._db)
        with self._db.write() as s:
            ref = _Reference.load(s)
            values = _clean(edit, ref)
            if edit.id is None:
                agency = Agency()
                _apply(agency, values, _EDITABLE)
                s.add(agency)
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.CREATE,
                    "agency",
                    agency.id,
                    detail={"fields": list(_EDITABLE)},
                )
                return _detail(agency, ref)
            agency = _load(s, edit.id)
            _check_version(agency, edit.version)
            changed = _changed(agency, values)
            if changed:
                _apply(agency, values, changed)
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "agency",
                    agency.id,
                    detail={"fields": changed},
                )
            return _detail(agency, ref)

    def set_active(
        self, principal: Principal, agency_id: int, active: bool, version: int
    ) -> AgencyDetail:
        """Deactivate (or reactivate) an agency; entries are never deleted."""
        require(principal, Action.AGENCY_EDIT, self._db)
        with self._db.write() as s:
            agency = _load(s, agency_id)
            _check_version(agency, version)
            if agency.active != active:
                agency.active = active
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "agency",
                    agency.id,
                    detail={"fields": ["active"]},
                )
            return _detail(agency, _Reference.load(s))

    def export_csv(self, principal: Principal) -> str:
        """The whole directory (inactive entries included) as CSV text with a header row.

        Needs :attr:`Action.AGENCY_EDIT`: the export is the round trip for bulk editing.
        The text has no BOM; the caller writes it (with a BOM for Excel).
        """
        require(principal, Action.AGENCY_EDIT, self._db)
        with self._db.write() as s:
            ref = _Reference.load(s)
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(CSV_COLUMNS)
            count = 0
            for agency in s.scalars(select(Agency).order_by(Agency.kana, Agency.id)):
                area_code = ref.area_codes.get(agency.area_id, "") if agency.area_id else ""
                writer.writerow(
                    [
                        agency.name,
                        agency.kana,
                        _kind_label(agency.kind),
                        agency.section,
                        agency.address,
                        agency.phone,
                        agency.opening_hours,
                        agency.contact_person,
                        ";".join(agency.issue_codes or ()),
                        area_code,
                        _bool_cell(agency.network_member),
                        agency.notes,
                        _bool_cell(agency.active),
                    ]
                )
                count += 1
            audit.record(s, principal.user_id, AuditAction.EXPORT, "agency", detail={"rows": count})
            return out.getvalue()

    def import_csv(self, principal: Principal, text: str, *, dry_run: bool = False) -> ImportResult:
        """Create or update agencies from CSV text (the columns of :data:`CSV_COLUMNS`).

        Rows are matched to existing agencies by 名称. Every row is checked like
        :meth:`save`; if any row is bad, nothing is written and ``errors`` names each line
        and field. ``dry_run`` checks and counts without writing.
        """
        require(principal, Action.AGENCY_EDIT, self._db)
        with self._db.write() as s:
            ref = _Reference.load(s)
            existing: dict[str, list[Agency]] = {}
            for agency in s.scalars(select(Agency).order_by(Agency.id)):
                existing.setdefault(name_key(agency.name), []).append(agency)
            plan, errors = _parse(text, ref, existing)
            created = sum(1 for target, _v, _c in plan if target is None)
            updated = sum(1 for target, _v, changed in plan if target is not None and changed)
            unchanged = len(plan) - created - updated
            if errors:
                return ImportResult(0, 0, 0, tuple(errors))
            if not dry_run:
                for target, values, changed in plan:
                    if target is None:
                        agency = Agency()
                        _apply(agency, values, _EDITABLE)
                        s.add(agency)
                    elif changed:
                        _apply(target, values, changed)
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "agency",
                    detail={
                        "import": True,
                        "created": created,
                        "updated": updated,
                        "unchanged": unchanged,
                    },
                )
            return ImportResult(created, updated, unchanged, ())


def _require_login(principal: Principal) -> None:
    """Reading the directory needs a logged-in user of any role."""
    if not isinstance(principal, Principal):
        raise PermissionDenied("ログインしてから操作してください。")


def _text_matches(agency: Agency, key: str) -> bool:
    return any(
        key in candidate
        for candidate in (
            agency.name_key or name_key(agency.name),
            name_key(agency.kana),
            name_key(agency.section),
            name_key(agency.notes),
        )
    )


_Plan = list[tuple[Agency | None, dict[str, Any], list[str]]]


def _parse(
    text: str, ref: _Reference, existing: dict[str, list[Agency]]
) -> tuple[_Plan, list[str]]:
    """Read and check every row; returns what to do per row and the errors found."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    plan: _Plan = []
    errors: list[str] = []
    header = next(reader, None)
    if header is None or tuple(cell.strip() for cell in header) != CSV_COLUMNS:
        errors.append(
            msg("1行目 見出し：1行目は「{items}」にしてください。", items=",".join(CSV_COLUMNS))
        )
        return plan, errors
    area_ids = {code: area_id for area_id, code in ref.area_codes.items()}
    seen: dict[str, int] = {}
    line = reader.line_num + 1
    for cells in reader:
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        try:
            target, values, changed = _plan_row(cells, ref, area_ids, existing)
        except ValidationError as exc:
            errors.append(
                msg(
                    "{start}行目 {label}：{problem}",
                    start=start,
                    label=exc.label,
                    problem=exc.problem,
                )
            )
            continue
        key = name_key(values["name"])
        if key in seen:
            errors.append(
                msg("{start}行目 名称：{seen}行目と同じ名称です。", start=start, seen=seen[key])
            )
            continue
        seen[key] = start
        plan.append((target, values, changed))
    return plan, errors


def _plan_row(
    cells: Sequence[str],
    ref: _Reference,
    area_ids: dict[str, int],
    existing: dict[str, list[Agency]],
) -> tuple[Agency | None, dict[str, Any], list[str]]:
    if len(cells) != len(CSV_COLUMNS):
        raise ValidationError(
            "row",
            "列の数",
            msg(
                "{expected}列にしてください({count}列あります)。",
                expected=len(CSV_COLUMNS),
                count=len(cells),
            ),
        )
    row = dict(zip(CSV_COLUMNS, cells, strict=True))
    area_code = row["圏域コード"].strip()
    if area_code and area_code not in area_ids:
        raise ValidationError(
            "area_id",
            "圏域コード",
            msg("「{area_code}」は登録されていません。", area_code=area_code),
        )
    edit = AgencyEdit(
        name=row["名称"],
        kana=row["ふりがな"],
        kind=row["種別"],
        section=row["担当部署"],
        address=row["住所"],
        phone=row["電話"],
        opening_hours=row["受付時間"],
        contact_person=row["担当者"],
        area_id=area_ids[area_code] if area_code else None,
        issue_codes=tuple(c for c in row["扱う課題"].replace("；", ";").split(";") if c.strip()),
        network_member=_parse_bool(
            row["ネットワーク"], "network_member", "ネットワーク", default=False
        ),
        notes=row["備考"],
        active=_parse_bool(row["有効"], "active", "有効", default=True),
    )
    values = _clean(edit, ref)
    matches = existing.get(name_key(values["name"]), [])
    if len(matches) > 1:
        raise ValidationError(
            "name", "名称", "同じ名称の機関が複数登録されているため更新できません。"
        )
    if not matches:
        return None, values, list(_EDITABLE)
    return matches[0], values, _changed(matches[0], values)

"""The desk's reference data (``db/reference/*.json``) and its loader.

The folder holds five files, read and checked by :func:`read_reference_data`:

- ``picklists.json``: ``{list_name: [{"code", "label", "parent_code", "help_text", "extra"}]}``;
  the position in the array is the sort order;
- ``areas.json``: ``{"note", "areas": [{"code", "name", "kana", "towns"}]}`` (圏域);
- ``agencies.json``: ``{"note", "agencies": [{"name", "kana", "kind", "section", "address",
  "phone", "opening_hours", "area_code", "issue_codes", "network_member", "notes"}]}``;
- ``settings.json``: ``{key: {...}}``, one :class:`~welfaredesk.storage.orm.Setting` per key;
- ``note_templates.json``: ``{"note", "templates": [{"method", "title", "body"}]}``, the default
  templates and stock phrases of progress notes (定型文; ``method`` null: for every method),
  inserted only while the ``note_template`` table is empty (a desk's own templates win).

:func:`load_reference_data` inserts what the database lacks and leaves alone what it has
(matched by list name and code, area code, agency name, setting key), so the edits a desk made
in the program survive and the new items of a later release are added.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk import paths
from welfaredesk.domain.calendar import HolidayWindowRule, WindowKind, rule_from_json, rule_problem
from welfaredesk.domain.case_number import NumberStyle
from welfaredesk.domain.enums import AgencyKind, MeetingKind
from welfaredesk.domain.names import name_key
from welfaredesk.storage.orm import Agency, Area, NoteTemplate, PicklistItem, Setting

log = logging.getLogger(__name__)

PICKLISTS_FILE = "picklists.json"
AREAS_FILE = "areas.json"
AGENCIES_FILE = "agencies.json"
SETTINGS_FILE = "settings.json"
NOTE_TEMPLATES_FILE = "note_templates.json"

#: The pick-lists the program relies on; the shipped file must define each, non-empty.
REQUIRED_LISTS: tuple[str, ...] = (
    "intake_channel",
    "consulter_type",
    "issue_category",
    "closure_reason",
    "meeting_type",
    "funding_programme",
    "service_programme",
    "staff_role",
    "relation",
    "household_situation",
    "first_response",
    "note_method",
    "urgency",
    "programme_evaluation",
)


@dataclass(frozen=True, slots=True)
class PicklistEntry:
    """One item of ``picklists.json``."""

    list_name: str
    code: str
    label: str
    parent_code: str | None
    help_text: str
    sort_order: int
    extra: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AreaEntry:
    """One area of ``areas.json``."""

    code: str
    name: str
    kana: str
    towns: tuple[str, ...]
    sort_order: int


@dataclass(frozen=True, slots=True)
class AgencyEntry:
    """One agency of ``agencies.json``."""

    name: str
    kana: str
    kind: AgencyKind
    section: str
    address: str
    phone: str
    opening_hours: str
    area_code: str | None
    issue_codes: tuple[str, ...]
    network_member: bool
    notes: str


@dataclass(frozen=True, slots=True)
class NoteTemplateEntry:
    """One template or stock phrase of ``note_templates.json``."""

    method_code: str | None
    title: str
    body: str
    sort_order: int


@dataclass(frozen=True, slots=True)
class ReferenceData:
    """The checked content of a reference folder."""

    picklists: tuple[PicklistEntry, ...]
    areas: tuple[AreaEntry, ...]
    agencies: tuple[AgencyEntry, ...]
    settings: dict[str, dict[str, Any]]
    note_templates: tuple[NoteTemplateEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferenceLoadResult:
    """How many rows :func:`load_reference_data` inserted, per table."""

    picklist_items: int
    areas: int
    agencies: int
    settings: int

    @property
    def total(self) -> int:
        """All rows inserted."""
        return self.picklist_items + self.areas + self.agencies + self.settings


def default_reference_dir() -> Path:
    """``db/reference`` of the bundle (source checkout, wheel or frozen build)."""
    return paths.db_dir() / "reference"


# --- reading and checking ---------------------------------------------------------------------


def read_reference_data(directory: Path | None = None) -> ReferenceData:
    """Read and check the five files; raise ``ValueError`` naming the file and the entry."""
    folder = directory if directory is not None else default_reference_dir()
    picklists = _parse_picklists(_read_json(folder / PICKLISTS_FILE))
    areas = _parse_areas(_read_json(folder / AREAS_FILE))
    area_codes = {area.code for area in areas}
    issue_codes = {item.code for item in picklists if item.list_name == "issue_category"}
    agencies = _parse_agencies(_read_json(folder / AGENCIES_FILE), area_codes, issue_codes)
    closure_codes = {item.code for item in picklists if item.list_name == "closure_reason"}
    settings = _parse_settings(_read_json(folder / SETTINGS_FILE), closure_codes)
    method_codes = {item.code for item in picklists if item.list_name == "note_method"}
    templates = _parse_note_templates(_read_json(folder / NOTE_TEMPLATES_FILE), method_codes)
    return ReferenceData(picklists, areas, agencies, settings, templates)


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path.name}: file not found in {path.parent}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from None


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected a JSON object, got {type(value).__name__}")
    return value


def _array(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a JSON array, got {type(value).__name__}")
    return value


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key!r} must be a string")
    if required and not value.strip():
        raise ValueError(f"{where}: {key!r} is missing or empty")
    return value


def _optional_text(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {key!r} must be null or a non-empty string")
    return value


def _texts(obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = _array(obj.get(key, []), f"{where}: {key!r}")
    if not all(isinstance(value, str) and value for value in values):
        raise ValueError(f"{where}: {key!r} must be an array of non-empty strings")
    return tuple(values)


def _check_unique(values: list[str], what: str, where: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{where}: duplicate {what} {value!r}")
        seen.add(value)


def _parse_picklists(data: Any) -> tuple[PicklistEntry, ...]:
    lists = _object(data, PICKLISTS_FILE)
    for name in REQUIRED_LISTS:
        if not lists.get(name):
            raise ValueError(f"{PICKLISTS_FILE}: required list {name!r} is missing or empty")
    entries: list[PicklistEntry] = []
    for list_name, raw_items in lists.items():
        list_where = f"{PICKLISTS_FILE}: {list_name}"
        items = _array(raw_items, list_where)
        parsed: list[PicklistEntry] = []
        for index, raw in enumerate(items):
            where = f"{list_where}[{index}]"
            obj = _object(raw, where)
            code = _text(obj, "code", where, required=True)
            where = f"{where} (code {code!r})"
            extra = _object(obj.get("extra") or {}, f"{where}: 'extra'")
            parsed.append(
                PicklistEntry(
                    list_name=list_name,
                    code=code,
                    label=_text(obj, "label", where, required=True),
                    parent_code=_optional_text(obj, "parent_code", where),
                    help_text=_text(obj, "help_text", where),
                    sort_order=index + 1,
                    extra=extra,
                )
            )
        _check_unique([item.code for item in parsed], "code", list_where)
        codes = {item.code for item in parsed}
        for index, item in enumerate(parsed):
            where = f"{list_where}[{index}] (code {item.code!r})"
            if item.parent_code is not None and item.parent_code not in codes:
                raise ValueError(
                    f"{where}: parent_code {item.parent_code!r} is not a code of {list_name}"
                )
            if item.parent_code == item.code:
                raise ValueError(f"{where}: an item cannot be its own parent")
        entries.extend(parsed)
    _check_meeting_kinds(entries)
    return tuple(entries)


def _check_meeting_kinds(entries: list[PicklistEntry]) -> None:
    kinds = {kind.value for kind in MeetingKind}
    for item in entries:
        if item.list_name != "meeting_type":
            continue
        kind = item.extra.get("kind")
        if kind not in kinds:
            raise ValueError(
                f"{PICKLISTS_FILE}: meeting_type (code {item.code!r}): extra.kind {kind!r} "
                f"is not one of {sorted(kinds)}"
            )


def _parse_areas(data: Any) -> tuple[AreaEntry, ...]:
    root = _object(data, AREAS_FILE)
    items = _array(root.get("areas"), f"{AREAS_FILE}: 'areas'")
    areas: list[AreaEntry] = []
    for index, raw in enumerate(items):
        where = f"{AREAS_FILE}: areas[{index}]"
        obj = _object(raw, where)
        code = _text(obj, "code", where, required=True)
        where = f"{where} (code {code!r})"
        areas.append(
            AreaEntry(
                code=code,
                name=_text(obj, "name", where, required=True),
                kana=_text(obj, "kana", where),
                towns=_texts(obj, "towns", where),
                sort_order=index + 1,
            )
        )
    _check_unique([area.code for area in areas], "area code", AREAS_FILE)
    return tuple(areas)


def _parse_agencies(
    data: Any, area_codes: set[str], issue_codes: set[str]
) -> tuple[AgencyEntry, ...]:
    root = _object(data, AGENCIES_FILE)
    items = _array(root.get("agencies"), f"{AGENCIES_FILE}: 'agencies'")
    kinds = {kind.value for kind in AgencyKind}
    agencies: list[AgencyEntry] = []
    for index, raw in enumerate(items):
        where = f"{AGENCIES_FILE}: agencies[{index}]"
        obj = _object(raw, where)
        name = _text(obj, "name", where, required=True)
        where = f"{where} ({name})"
        kind = _text(obj, "kind", where, required=True)
        if kind not in kinds:
            raise ValueError(f"{where}: kind {kind!r} is not one of {sorted(kinds)}")
        area_code = _optional_text(obj, "area_code", where)
        if area_code is not None and area_code not in area_codes:
            raise ValueError(f"{where}: area_code {area_code!r} is not a code of {AREAS_FILE}")
        codes = _texts(obj, "issue_codes", where)
        for code in codes:
            if code not in issue_codes:
                raise ValueError(f"{where}: issue code {code!r} is not a code of issue_category")
        network_member = obj.get("network_member", False)
        if not isinstance(network_member, bool):
            raise ValueError(f"{where}: 'network_member' must be true or false")
        agencies.append(
            AgencyEntry(
                name=name,
                kana=_text(obj, "kana", where),
                kind=AgencyKind(kind),
                section=_text(obj, "section", where),
                address=_text(obj, "address", where),
                phone=_text(obj, "phone", where),
                opening_hours=_text(obj, "opening_hours", where),
                area_code=area_code,
                issue_codes=codes,
                network_member=network_member,
                notes=_text(obj, "notes", where),
            )
        )
    _check_unique([agency.name for agency in agencies], "agency name", AGENCIES_FILE)
    return tuple(agencies)


def _parse_settings(data: Any, closure_codes: set[str]) -> dict[str, dict[str, Any]]:
    root = _object(data, SETTINGS_FILE)
    settings: dict[str, dict[str, Any]] = {}
    for key, value in root.items():
        settings[key] = _object(value, f"{SETTINGS_FILE}: {key!r}")
    closure = settings.get("closure", {})
    reasons = _array(
        closure.get("approval_required_reasons", []),
        f"{SETTINGS_FILE}: closure.approval_required_reasons",
    )
    for reason in reasons:
        if reason not in closure_codes:
            raise ValueError(
                f"{SETTINGS_FILE}: closure.approval_required_reasons: {reason!r} is not a code "
                "of closure_reason"
            )
    _check_number_style(settings.get("case_number", {}))
    _check_holiday_window(settings.get("holiday_window"))
    return settings


def _check_number_style(value: dict[str, Any]) -> None:
    style = value.get("format", NumberStyle.ERA)
    if style not in set(NumberStyle):
        raise ValueError(
            f"{SETTINGS_FILE}: case_number.format {style!r} is not one of "
            f"{sorted(str(s) for s in NumberStyle)}"
        )


def _check_holiday_window(value: dict[str, Any] | None) -> None:
    """The rule must be in the shape of :mod:`welfaredesk.domain.calendar` (or the first one)."""
    if value is None or "kind" not in value:
        return
    kind = value["kind"]
    if kind not in set(WindowKind):
        raise ValueError(
            f"{SETTINGS_FILE}: holiday_window.kind {kind!r} is not one of "
            f"{sorted(str(k) for k in WindowKind)}"
        )
    nth, weekday = value.get("nth", 1), value.get("weekday", 5)
    usable = isinstance(nth, int) and isinstance(weekday, int)
    rule = HolidayWindowRule(WindowKind(kind), nth, weekday) if usable else None
    if rule is None or rule_problem(rule) is not None or rule_from_json(value) != rule:
        raise ValueError(f"{SETTINGS_FILE}: holiday_window {value!r} is not a usable rule")


def _parse_note_templates(data: Any, method_codes: set[str]) -> tuple[NoteTemplateEntry, ...]:
    root = _object(data, NOTE_TEMPLATES_FILE)
    items = _array(root.get("templates"), f"{NOTE_TEMPLATES_FILE}: 'templates'")
    templates: list[NoteTemplateEntry] = []
    for index, raw in enumerate(items):
        where = f"{NOTE_TEMPLATES_FILE}: templates[{index}]"
        obj = _object(raw, where)
        method = _optional_text(obj, "method", where)
        if method is not None and method not in method_codes:
            raise ValueError(f"{where}: method {method!r} is not a code of note_method")
        templates.append(
            NoteTemplateEntry(
                method_code=method,
                title=_text(obj, "title", where, required=True),
                body=_text(obj, "body", where, required=True),
                sort_order=index + 1,
            )
        )
    return tuple(templates)


# --- loading ----------------------------------------------------------------------------------


def load_reference_data(session: Session, directory: Path | None = None) -> ReferenceLoadResult:
    """Insert the reference data the database lacks; leave existing rows alone.

    Reads and checks the whole folder first (``ValueError`` on a broken file, before anything
    is written). Flushes but does not commit: the caller owns the transaction.
    """
    data = read_reference_data(directory)

    existing_items = {
        (list_name, code)
        for list_name, code in session.execute(select(PicklistItem.list_name, PicklistItem.code))
    }
    new_items = [
        PicklistItem(
            list_name=item.list_name,
            code=item.code,
            label=item.label,
            parent_code=item.parent_code,
            help_text=item.help_text,
            sort_order=item.sort_order,
            active=True,
            extra=dict(item.extra),
        )
        for item in data.picklists
        if (item.list_name, item.code) not in existing_items
    ]
    session.add_all(new_items)

    existing_areas = set(session.scalars(select(Area.code)))
    new_areas = [
        Area(
            code=area.code,
            name=area.name,
            kana=area.kana,
            towns=list(area.towns),
            sort_order=area.sort_order,
            active=True,
        )
        for area in data.areas
        if area.code not in existing_areas
    ]
    session.add_all(new_areas)
    session.flush()

    area_ids = {code: area_id for code, area_id in session.execute(select(Area.code, Area.id))}
    existing_agencies = set(session.scalars(select(Agency.name)))
    new_agencies = [
        Agency(
            name=agency.name,
            kana=agency.kana,
            name_key=name_key(agency.name),
            kind=agency.kind.value,
            section=agency.section,
            address=agency.address,
            phone=agency.phone,
            opening_hours=agency.opening_hours,
            area_id=area_ids.get(agency.area_code) if agency.area_code else None,
            issue_codes=list(agency.issue_codes),
            network_member=agency.network_member,
            notes=agency.notes,
            active=True,
        )
        for agency in data.agencies
        if agency.name not in existing_agencies
    ]
    session.add_all(new_agencies)

    existing_settings = set(session.scalars(select(Setting.key)))
    new_settings = [
        Setting(key=key, value=value)
        for key, value in data.settings.items()
        if key not in existing_settings
    ]
    session.add_all(new_settings)
    new_templates: list[NoteTemplate] = []
    if session.scalars(select(NoteTemplate.id).limit(1)).first() is None:
        new_templates = [
            NoteTemplate(
                method_code=entry.method_code,
                title=entry.title,
                body=entry.body,
                sort_order=entry.sort_order,
                active=True,
            )
            for entry in data.note_templates
        ]
        session.add_all(new_templates)
    session.flush()
    if new_templates:
        log.info("default note templates loaded: %d", len(new_templates))

    result = ReferenceLoadResult(
        picklist_items=len(new_items),
        areas=len(new_areas),
        agencies=len(new_agencies),
        settings=len(new_settings),
    )
    log.info(
        "reference data loaded: %d pick-list items, %d areas, %d agencies, %d settings",
        result.picklist_items,
        result.areas,
        result.agencies,
        result.settings,
    )
    return result

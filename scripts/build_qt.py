"""Build the generated Qt files: forms (pyside6-uic), translations (lupdate, lrelease).

Usage::

    python scripts/build_qt.py           # regenerate forms, .ts and .qm
    python scripts/build_qt.py --check   # exit 1 if a committed generated file is stale

What it does:

1. ``pyside6-uic`` compiles each ``ui/<name>.ui`` into ``welfaredesk/gui/forms/ui_<name>.py``.
2. ``pyside6-lupdate`` collects the English source strings of ``welfaredesk/gui/**/*.py``
   (except the generated forms) and ``ui/*.ui`` into ``resources/i18n/welfaredesk_ja.ts``
   and ``welfaredesk_en.ts``. The Japanese translations are written by hand in the ``_ja``
   file; the English file translates each string to itself.
3. ``pyside6-lrelease`` compiles the ``.ts`` files into ``.qm``.

The services and the domain speak Japanese; in English mode the GUI translates what they hand
over in the context ``Data`` (``welfaredesk/gui/i18n.py``). Before lupdate runs, the catalogue
``welfaredesk/gui/forms/data_catalog.py`` is generated (:func:`data_catalog`): the labels of
``domain.enums``, the labels of the reference data (pick-lists and areas), every Japanese string
constant of the services, the domain and the storage layer (not docstrings, not f-strings, not
the data tables listed in :data:`CATALOGUE_EXCLUDED_FILES` and :data:`CATALOGUE_EXCLUDED_NAMES`)
and so every ``msg("…")`` template. Their Japanese translation is the source itself (filled
here); their English translation is written by hand and stays unfinished until it is.

``--check`` regenerates into a temporary folder and compares: the forms and ``.qm`` files
byte for byte, the ``.ts`` files by their set of messages (re-running lupdate must add or drop
none), and every message must be translated.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "welfaredesk" / "gui" / "forms"
GUI_DIR = ROOT / "welfaredesk" / "gui"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("ja", "en")
SOURCE_LANGUAGE = "en"
DATA_CONTEXT = "Data"
"""The context of the services' and the domain's (Japanese) texts."""
DATA_CANONICAL_LANGUAGE = "ja"
"""The language the ``Data`` texts are written in (translated to themselves)."""
CATALOGUE = FORMS_DIR / "data_catalog.py"
REFERENCE_DIR = ROOT / "db" / "reference"
CATALOGUE_SOURCE_DIRS = ("welfaredesk/domain", "welfaredesk/storage", "welfaredesk/services")
"""Where the Japanese texts that reach the screens are written (not printing: forms stay
Japanese)."""

CATALOGUE_EXCLUDED_FILES = {
    "welfaredesk/services/demo.py": "the demo generator's fictional names, addresses and notes",
    "welfaredesk/domain/search_text.py": "search normalisation, never shown",
    "welfaredesk/domain/anonymize.py": (
        "pseudonyms and masks written into the anonymised export, which stays Japanese"
    ),
}
"""Files whose Japanese strings are data, not words of the screens (with the reason)."""

CATALOGUE_EXCLUDED_NAMES = {
    ("welfaredesk/services/ledger_import.py", "HEADER_SYNONYMS"): "old ledgers' column names",
    ("welfaredesk/services/ledger_import.py", "CHANNEL_SYNONYMS"): "old ledgers' wording",
    ("welfaredesk/services/ledger_import.py", "CONSULTER_SYNONYMS"): "old ledgers' wording",
    ("welfaredesk/services/ledger_import.py", "ISSUE_SYNONYMS"): "old ledgers' wording",
    ("welfaredesk/services/ledger_import.py", "CLOSURE_SYNONYMS"): "old ledgers' wording",
    ("welfaredesk/services/ledger_import.py", "SEX_SYNONYMS"): "old ledgers' wording",
    ("welfaredesk/services/ledger_import.py", "STATUS_SYNONYMS"): "old ledgers' wording",
    ("welfaredesk/services/agencies.py", "_TRUE"): "words read from an imported CSV",
    ("welfaredesk/services/agencies.py", "_FALSE"): "words read from an imported CSV",
    ("welfaredesk/services/settings.py", "DEFAULT_DESK_NAME"): (
        "the desk's own name, edited in the settings (a translation would be saved back)"
    ),
    ("welfaredesk/domain/reports.py", "DEFAULT_DESK_NAME"): (
        "the desk's own name (a proper name, shown as the desk wrote it)"
    ),
    ("welfaredesk/services/case_export.py", "_with_text"): "anonymised export text",
    ("welfaredesk/services/case_export.py", "_date"): "anonymised export text",
    ("welfaredesk/services/case_export.py", "_write_text"): "anonymised export text",
    ("welfaredesk/domain/names.py", "KANJI_VARIANTS"): "kanji variants folded to match names",
    ("welfaredesk/domain/names.py", "_COMPOSED_WA_ROW"): "kana folded to match names",
    ("welfaredesk/domain/names.py", "_HIRAGANA"): "a character range of patterns",
    ("welfaredesk/domain/names.py", "_KATAKANA"): "a character range of patterns",
    ("welfaredesk/domain/names.py", "name_key"): "kana and kanji folded to match names",
    ("welfaredesk/domain/names.py", "to_hiragana"): "kana conversion",
    ("welfaredesk/domain/names.py", "to_katakana"): "kana conversion",
    ("welfaredesk/domain/names.py", "_katakana"): "kana conversion",
    ("welfaredesk/domain/names.py", "_widen_kana"): "kana conversion",
    ("welfaredesk/domain/dates.py", "_ERA_PATTERN"): "part of a date pattern",
    ("welfaredesk/domain/dates.py", "_YEAR_SEP"): "part of a date pattern",
    ("welfaredesk/domain/dates.py", "_MONTH_SEP"): "part of a date pattern",
}
"""Module-level names (constants, functions, classes) whose Japanese strings are matching
vocabularies or export data rather than words of the screens (with the reason). Strings
passed to ``re`` functions, a pattern's ``sub`` and ``str.maketrans`` are left out everywhere
(patterns)."""

REFERENCE_LABELS = {
    "picklists.json": ("label", "help_text"),
    "areas.json": ("name",),
}
"""The reference data shown on the screens: file and the keys of its entries that are shown.
Town names (proper names) and the note templates (the desk's own editable texts: the editor
would save a translation back) stay as they are."""

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]")
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")

UIC_VERSION_LINE = "## Created by: Qt User Interface Compiler version"

MessageKey = tuple[str, str, str, bool]
"""(context, source, comment, numerus) of one translatable message."""


def _say(text: str, *, error: bool = False) -> None:
    (sys.stderr if error else sys.stdout).write(text + "\n")


def _tool(name: str) -> str:
    """The PySide6 tool next to the running Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build_qt: {name} not found (install PySide6 in this environment)")
    return found


def _run(args: list[str]) -> None:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"build_qt: {Path(args[0]).name} failed ({result.returncode})")


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    """The .ts file of a language."""
    return folder / f"welfaredesk_{language}.ts"


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    """The .qm file of a language."""
    return folder / f"welfaredesk_{language}.qm"


def ui_files() -> list[Path]:
    """The Designer sources."""
    return sorted(UI_DIR.glob("*.ui"))


def python_sources() -> list[Path]:
    """The GUI's Python files that hold translatable strings (not the generated forms)."""
    return sorted(p for p in GUI_DIR.rglob("*.py") if FORMS_DIR not in p.parents)


def _is_japanese(text: str) -> bool:
    """Kana or kanji, or a template whose only Japanese is its punctuation (``{a}：{b}``)."""
    return bool(_JAPANESE.search(text) or ("{" in text and _FULL_WIDTH.search(text)))


def _skipped_nodes(tree: ast.Module, excluded_names: set[str]) -> set[int]:
    """The ids of the nodes whose strings are not catalogued: docstrings, f-strings, patterns
    and the excluded module-level names."""
    skipped: set[int] = set()

    def skip(node: ast.AST) -> None:
        skipped.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            # docstrings, and the attribute docstrings that follow assignments
            for stmt in body:
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                    skip(stmt)
        if isinstance(node, ast.JoinedStr):
            skip(node)
        elif isinstance(node, ast.Call):
            func = node.func
            name = ast.unparse(func)
            if (
                name.startswith("re.")
                or name.endswith((".sub", ".subn", "maketrans"))
                or name == "dict.fromkeys"
            ):
                skip(node)
    for stmt in tree.body:
        names: list[str] = []
        if isinstance(stmt, ast.Assign):
            names = [ast.unparse(t) for t in stmt.targets]
        elif isinstance(stmt, ast.AnnAssign):
            names = [ast.unparse(stmt.target)]
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [stmt.name]
        if any(name in excluded_names for name in names):
            skip(stmt)
    return skipped


def japanese_constants(path: Path) -> list[str]:
    """The Japanese string constants of a Python file that may reach the screens, in order."""
    relative = path.relative_to(ROOT).as_posix()
    excluded = {name for (file, name) in CATALOGUE_EXCLUDED_NAMES if file == relative}
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    skipped = _skipped_nodes(tree, excluded)
    found = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skipped
        and _is_japanese(node.value)
    ]
    found.sort(key=lambda node: (node.lineno, node.col_offset))
    return [str(node.value) for node in found]


def _enum_labels() -> list[str]:
    """The values of ``domain.enums.LABELS`` (imported: the domain has no Qt)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    enums = importlib.import_module("welfaredesk.domain.enums")
    return [str(text) for text in enums.LABELS.values()]


def _reference_labels(name: str, keys: tuple[str, ...]) -> list[str]:
    data = json.loads((REFERENCE_DIR / name).read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in keys and isinstance(item, str):
                    found.append(item)
                elif key != "note":
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return [text for text in found if _is_japanese(text)]


def data_texts() -> dict[str, list[str]]:
    """The ``Data`` catalogue: origin (a file) -> its texts not listed before, in order."""
    seen: set[str] = set()
    groups: dict[str, list[str]] = {}

    def add(origin: str, texts: list[str]) -> None:
        fresh = []
        for text in texts:
            if text.strip() and text not in seen:
                seen.add(text)
                fresh.append(text)
        if fresh:
            groups[origin] = fresh

    add("welfaredesk/domain/enums.py LABELS", _enum_labels())
    for name, keys in REFERENCE_LABELS.items():
        add(f"db/reference/{name}", _reference_labels(name, keys))
    for folder in CATALOGUE_SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in CATALOGUE_EXCLUDED_FILES:
                continue
            add(relative, japanese_constants(path))
    return groups


def render_catalog() -> str:
    """The text of ``data_catalog.py``."""
    lines = [
        '"""The texts of the services, the domain and the reference data (context ``Data``).',
        "",
        "Generated by scripts/build_qt.py for pyside6-lupdate: do not edit. The GUI translates",
        "these Japanese texts in English mode (welfaredesk.gui.i18n).",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "DATA_TEXTS = (",
    ]
    for origin, texts in data_texts().items():
        lines.append(f"    # {origin}")
        for text in texts:
            literal = json.dumps(text, ensure_ascii=False)
            lines.append(f'    QT_TRANSLATE_NOOP("{DATA_CONTEXT}", {literal}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_catalog(target: Path = CATALOGUE) -> bool:
    """Write the catalogue if it changed; returns whether it did."""
    text = render_catalog()
    if target.exists() and target.read_text(encoding="utf-8") == text:
        return False
    target.write_text(text, encoding="utf-8")
    return True


def compile_forms(out_dir: Path) -> list[Path]:
    """Run pyside6-uic on every .ui file; returns the generated files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    uic = _tool("pyside6-uic")
    generated = []
    for ui in ui_files():
        target = out_dir / f"ui_{ui.stem}.py"
        _run([uic, str(ui), "-o", str(target)])
        generated.append(target)
    return generated


def _form_body(path: Path) -> list[str]:
    """A generated form without uic's version line (a patch release of PySide6 changes it)."""
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith(UIC_VERSION_LINE)
    ]


def update_translations(ts_files: list[Path]) -> None:
    """Run lupdate over the sources into the given .ts files (keeping their translations)."""
    sources = [str(p.relative_to(ROOT)) for p in [*python_sources(), CATALOGUE, *ui_files()]]
    _run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-source-language",
            SOURCE_LANGUAGE,
            "-no-obsolete",
            "-locations",
            "relative",
            "-ts",
            *[str(p) for p in ts_files],
        ]
    )


def fill_source_language(ts_file: Path, *, contexts: str = "gui") -> int:
    """Translate unfinished messages to their source; returns how many.

    Args:
        ts_file: the .ts file.
        contexts: ``gui``: every context but ``Data`` (the English file: the GUI's sources are
            English); ``data``: only ``Data`` (the Japanese file: those sources are Japanese).
    """
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        is_data = context.findtext("name", default="") == DATA_CONTEXT
        if is_data != (contexts == "data"):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", default="")
            if translation is None or translation.get("type") != "unfinished":
                continue
            del translation.attrib["type"]
            forms = translation.findall("numerusform")
            if forms:
                for form in forms:
                    form.text = source
            else:
                translation.text = source
            filled += 1
    if filled:
        _write_ts(tree, ts_file)
    return filled


def _write_ts(tree: ET.ElementTree[ET.Element], ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def release(ts_file: Path, qm_file: Path) -> None:
    """Compile one .ts file into .qm."""
    _run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)])


def messages(ts_file: Path) -> set[MessageKey]:
    """The messages of a .ts file."""
    keys: set[MessageKey] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            keys.add(
                (
                    name,
                    message.findtext("source", default=""),
                    message.findtext("comment", default=""),
                    message.get("numerus") == "yes",
                )
            )
    return keys


def unfinished(ts_file: Path) -> list[MessageKey]:
    """Messages without a finished translation."""
    result: list[MessageKey] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            empty = translation is None or (
                not any(f.text for f in forms) if forms else not translation.text
            )
            if translation is None or translation.get("type") == "unfinished" or empty:
                result.append(
                    (
                        name,
                        message.findtext("source", default=""),
                        message.findtext("comment", default=""),
                        message.get("numerus") == "yes",
                    )
                )
    return result


def build() -> int:
    """Regenerate everything in place."""
    compile_forms(FORMS_DIR)
    write_catalog()
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(lang) for lang in LANGUAGES]
    update_translations(ts_files)
    for lang, contexts in ((SOURCE_LANGUAGE, "gui"), (DATA_CANONICAL_LANGUAGE, "data")):
        if fill_source_language(ts_path(lang), contexts=contexts):
            # Back into lupdate's own layout, so the next run changes nothing.
            update_translations([ts_path(lang)])
    for lang in LANGUAGES:
        release(ts_path(lang), qm_path(lang))
    missing = unfinished(ts_path("ja"))
    for context, source, _comment, _numerus in missing:
        _say(f"build_qt: untranslated ({context}): {source!r}")
    english = unfinished(ts_path("en"))
    _say(
        f"build_qt: {len(ui_files())} forms, {len(messages(ts_path('ja')))} messages, "
        f"{len(missing)} untranslated in Japanese, {len(english)} in English"
    )
    return 1 if missing or english else 0


def check() -> int:
    """Compare the committed generated files with what the sources produce now."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="build_qt_") as tmp_name:
        tmp = Path(tmp_name)
        for fresh in compile_forms(tmp / "forms"):
            committed = FORMS_DIR / fresh.name
            if not committed.exists():
                problems.append(f"missing form: {committed.relative_to(ROOT)}")
            elif _form_body(committed) != _form_body(fresh):
                problems.append(f"stale form: {committed.relative_to(ROOT)}")
        expected = {f"ui_{ui.stem}.py" for ui in ui_files()}
        for extra in sorted(FORMS_DIR.glob("ui_*.py")):
            if extra.name not in expected:
                problems.append(f"form without a .ui source: {extra.relative_to(ROOT)}")
        if not (FORMS_DIR / "__init__.py").exists():
            problems.append(f"missing {(FORMS_DIR / '__init__.py').relative_to(ROOT)}")
        if not CATALOGUE.exists() or CATALOGUE.read_text(encoding="utf-8") != render_catalog():
            problems.append(f"stale {CATALOGUE.relative_to(ROOT)}")

        copies = []
        for lang in LANGUAGES:
            committed_ts = ts_path(lang)
            if not committed_ts.exists():
                problems.append(f"missing translation source: {committed_ts.relative_to(ROOT)}")
                continue
            copy = ts_path(lang, tmp)
            shutil.copyfile(committed_ts, copy)
            copies.append((lang, committed_ts, copy))
        if copies:
            update_translations([copy for _lang, _committed, copy in copies])
        for lang, committed_ts, copy in copies:
            before, after = messages(committed_ts), messages(copy)
            for key in sorted(after - before):
                problems.append(f"{committed_ts.name}: new message ({key[0]}) {key[1]!r}")
            for key in sorted(before - after):
                problems.append(
                    f"{committed_ts.name}: message no longer in the code ({key[0]}) {key[1]!r}"
                )
            for key in unfinished(committed_ts):
                problems.append(f"{committed_ts.name}: untranslated ({key[0]}) {key[1]!r}")
            fresh_qm = qm_path(lang, tmp)
            release(committed_ts, fresh_qm)
            committed_qm = qm_path(lang)
            if not committed_qm.exists():
                problems.append(f"missing {committed_qm.relative_to(ROOT)}")
            elif committed_qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"stale {committed_qm.relative_to(ROOT)}")
    if problems:
        _say("build_qt --check: the generated Qt files are out of date:", error=True)
        for problem in problems:
            _say(f"  - {problem}", error=True)
        _say(
            "Run `python scripts/build_qt.py`, translate any new message in "
            "resources/i18n/welfaredesk_ja.ts (and any new Data message in "
            "welfaredesk_en.ts), run it again and commit the results.",
            error=True,
        )
        return 1
    _say("build_qt --check: forms and translations are up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check that the generated files are current"
    )
    args = parser.parse_args(argv)
    return check() if args.check else build()


if __name__ == "__main__":
    raise SystemExit(main())

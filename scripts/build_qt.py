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

``--check`` regenerates into a temporary folder and compares: the forms and ``.qm`` files
byte for byte, the ``.ts`` files by their set of messages (re-running lupdate must add or drop
none), and every message must be translated.
"""

from __future__ import annotations

import argparse
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
    sources = [str(p.relative_to(ROOT)) for p in [*python_sources(), *ui_files()]]
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


def fill_source_language(ts_file: Path) -> int:
    """Translate each unfinished message of the English file to its source; returns count."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
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
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(lang) for lang in LANGUAGES]
    update_translations(ts_files)
    if fill_source_language(ts_path(SOURCE_LANGUAGE)):
        # Back into lupdate's own layout, so the next run changes nothing.
        update_translations([ts_path(SOURCE_LANGUAGE)])
    for lang in LANGUAGES:
        release(ts_path(lang), qm_path(lang))
    missing = unfinished(ts_path("ja"))
    for context, source, _comment, _numerus in missing:
        _say(f"build_qt: untranslated ({context}): {source!r}")
    _say(
        f"build_qt: {len(ui_files())} forms, {len(messages(ts_path('ja')))} messages, "
        f"{len(missing)} untranslated in Japanese"
    )
    return 1 if missing else 0


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
            "resources/i18n/welfaredesk_ja.ts, run it again and commit the results.",
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

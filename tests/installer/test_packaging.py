"""The frozen build and the Windows installer keep their promises (issue 11, part 1).

The spec and the Inno Setup script are read as text: windowed and one folder; resources/, db/
and ui/ carried; per-machine install with a start-menu entry; an uninstaller that leaves the
user's data alone; the version taken from the package, never written in the scripts.
installer/build.py is loaded from its file and its pure functions are tested here; the real
build (``python installer/build.py``) runs in CI (scripts/check.sh, ``== frozen build``).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

import welfaredesk

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("welfaredesk_build", INSTALLER / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses and typing look it up
    spec.loader.exec_module(module)
    return module


build = _load_build()


@pytest.fixture(scope="module")
def spec_text() -> str:
    return (INSTALLER / "welfaredesk.spec").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def iss_text() -> str:
    return (INSTALLER / "welfaredesk.iss").read_text(encoding="utf-8-sig")


def _code(text: str, comment: str) -> str:
    """The text without its comment lines (a promise must be code, not a comment)."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(comment))


# -- the PyInstaller spec ------------------------------------------------------------------


def test_spec_is_one_windowed_folder(spec_text: str) -> None:
    code = _code(spec_text, "#")
    assert "COLLECT(" in code  # one folder, not one file
    assert "exclude_binaries=True" in code
    windowed = re.search(r'name="welfaredesk",\s*console=(\w+)', code)
    assert windowed is not None
    assert windowed.group(1) == "False"
    assert "onefile" not in code.lower()


def test_spec_carries_the_bundled_folders_at_the_root(spec_text: str) -> None:
    """paths.bundle_dir() is sys._MEIPASS in a frozen build: the folders sit at its root."""
    code = _code(spec_text, "#")
    for folder in ("resources", "db", "ui"):
        tree = rf'Tree\(\s*str\(ROOT / "{folder}"\),\s*prefix="{folder}"'
        assert re.search(tree, code), folder


def test_spec_records_the_bundled_versions(spec_text: str) -> None:
    """The About dialog's versions: package metadata, and versions.json written at build time."""
    code = _code(spec_text, "#")
    assert "licences.write_versions(" in code
    assert '"resources/licenses"' in code
    assert "copy_metadata(" in code


def test_spec_names_what_the_migrations_import(spec_text: str) -> None:
    code = _code(spec_text, "#")
    for module in (
        "alembic",
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.postgresql",
        "psycopg",
        "argon2",
        "reportlab.pdfbase",
        "openpyxl",
        "jaconv",
        "cryptography",
        "welfaredesk",
    ):
        assert f'"{module}' in code, module


def test_spec_leaves_out_tests_and_unused_qt(spec_text: str) -> None:
    code = _code(spec_text, "#")
    for excluded in ("tkinter", "pytest", "tests", "PySide6.QtWebEngineCore", "PySide6.QtQuick"):
        assert f'"{excluded}"' in code
    used = {
        m.group(1)
        for path in (ROOT / "welfaredesk").rglob("*.py")
        for m in re.finditer(r"from PySide6\.(\w+) import", path.read_text(encoding="utf-8"))
    }
    assert used, "the program imports Qt modules"
    for module in used:  # a Qt module the program uses is never excluded
        assert f'"PySide6.{module}"' not in code, module


def test_spec_takes_version_and_icon_from_the_project(spec_text: str) -> None:
    code = _code(spec_text, "#")
    assert "project_version(ROOT)" in code
    assert "write_version_info(" in code
    assert 'ROOT / "resources" / "icons" / "welfaredesk.ico"' in code
    assert not re.search(r"\d+\.\d+\.\d+", code), "no version number written in the spec"


def test_entry_point_runs_the_command_line() -> None:
    text = (INSTALLER / "entry.py").read_text(encoding="utf-8")
    assert "from welfaredesk.cli import main" in text
    assert "sys.exit(main())" in text


# -- the Inno Setup script -----------------------------------------------------------------


def _setup_section(iss: str) -> dict[str, str]:
    code = _code(iss, ";")
    section = code.split("[Setup]", 1)[1].split("\n[", 1)[0]
    pairs = (line.split("=", 1) for line in section.splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def test_installer_is_per_machine_and_64_bit(iss_text: str) -> None:
    setup = _setup_section(iss_text)
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])


def test_installer_version_comes_from_the_build(iss_text: str) -> None:
    """The script defines no version: build.py passes the package's with /D."""
    setup = _setup_section(iss_text)
    assert setup["AppVersion"] == "{#AppVersion}"
    code = _code(iss_text, ";")
    assert "#ifndef AppVersion" in code
    assert "#error" in code
    assert not re.search(r"#define AppVersion\b", code)
    assert welfaredesk.__version__ not in code


def test_installer_has_a_start_menu_entry_and_an_unchecked_desktop_icon(iss_text: str) -> None:
    code = _code(iss_text, ";")
    icons = code.split("[Icons]", 1)[1].split("\n[", 1)[0]
    assert r'Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"' in icons
    tasks = code.split("[Tasks]", 1)[1].split("\n[", 1)[0]
    assert "desktopicon" in tasks
    assert "Flags: unchecked" in tasks


def test_installer_speaks_japanese_first(iss_text: str) -> None:
    code = _code(iss_text, ";")
    languages = code.split("[Languages]", 1)[1].split("\n[", 1)[0].strip().splitlines()
    assert r"compiler:Languages\Japanese.isl" in languages[0]
    assert any("compiler:Default.isl" in line for line in languages)


def test_uninstall_keeps_the_users_data(iss_text: str) -> None:
    """Only the install folder goes; the user's folders are never named for deletion."""
    code = _code(iss_text, ";")
    assert "[UninstallDelete]" not in code
    assert "[UninstallRun]" not in code
    for user_folder in ("{localappdata}", "{userappdata}", "{commonappdata}", "{userdocs}"):
        assert user_folder not in code
    install_delete = code.split("[InstallDelete]", 1)[1].split("\n[", 1)[0]
    assert all(r'Name: "{app}\_internal"' in line for line in install_delete.splitlines() if line)


def test_installer_takes_the_frozen_folder(iss_text: str) -> None:
    code = _code(iss_text, ";")
    assert r'Source: "..\dist\welfaredesk\*"' in code
    assert "recursesubdirs" in code


# -- installer/build.py --------------------------------------------------------------------


def test_version_is_the_packages() -> None:
    assert build.project_version(ROOT) == welfaredesk.__version__


def test_version_read_from_a_project(tmp_path: Path) -> None:
    (tmp_path / "welfaredesk").mkdir()
    (tmp_path / "welfaredesk" / "__init__.py").write_text(
        '"""x"""\n\n__version__ = "2.3.4rc1"\n', encoding="utf-8"
    )
    assert build.project_version(tmp_path) == "2.3.4rc1"
    (tmp_path / "welfaredesk" / "__init__.py").write_text('"""no version"""\n', encoding="utf-8")
    with pytest.raises(build.BuildFailed):
        build.project_version(tmp_path)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.3.4rc1", (2, 3, 4, 0)),
        ("1.0.0.dev5+g1234", (1, 0, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
    ],
)
def test_numeric_version(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert build.numeric_version(version) == numbers


def test_version_info_is_a_version_resource(tmp_path: Path) -> None:
    """The Windows version resource parses as PyInstaller reads it, with the package's version."""
    path = build.write_version_info(tmp_path / "sub" / "version_info.txt", "1.2.3")
    text = path.read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('CompanyName', 'WelfareDesk')" in text
    assert "福祉総合相談窓口" in text
    compile(text, str(path), "eval")  # PyInstaller evaluates it as one expression


def test_stripped_environment_strips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing of the developer's Python or session reaches the frozen program."""
    for name, value in {
        "PYTHONPATH": "/work/main",
        "PYTHONHOME": "/usr",
        "VIRTUAL_ENV": "/work/venv",
        "LD_LIBRARY_PATH": "/work/venv/lib",
        "QT_PLUGIN_PATH": "/work/venv/plugins",
        "DISPLAY": ":0",
        "WELFAREDESK_DATABASE_URL": "postgresql+psycopg://desk@db/x",
    }.items():
        monkeypatch.setenv(name, value)
    env = build.stripped_environment(tmp_path, windows=False)
    assert env == {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "WELFAREDESK_HOME": str(tmp_path / "welfaredesk"),
        "TMPDIR": str(tmp_path / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    assert (tmp_path / "tmp").is_dir()


def test_stripped_environment_on_windows(tmp_path: Path) -> None:
    env = build.stripped_environment(tmp_path, windows=True, system={"SystemRoot": r"D:\Win"})
    assert env["SystemRoot"] == r"D:\Win"
    assert env["PATH"] == r"D:\Win\System32;D:\Win"
    assert env["LOCALAPPDATA"].startswith(str(tmp_path))
    assert not {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"} & set(env)


@pytest.mark.parametrize(
    ("code", "output", "ok"),
    [
        (0, "smoke test ok\n", True),
        (0, "smoke test ok\r\n", True),
        (1, "smoke test ok\n", False),
        (0, "", False),
        (0, "QStandardPaths: XDG_RUNTIME_DIR not set\nsmoke test ok\n", False),
        (0, "smoke test ok\nTraceback (most recent call last):\n", False),
        (1, "smoke test failed: the reference data did not load\n", False),
    ],
)
def test_smoke_output_must_be_the_ok_line_alone(code: int, output: str, ok: bool) -> None:
    if ok:
        build.check_smoke_output(code, output)
    else:
        with pytest.raises(build.BuildFailed):
            build.check_smoke_output(code, output)


def test_bundle_problems(tmp_path: Path) -> None:
    bundle = tmp_path / "welfaredesk"
    (bundle / "_internal" / "db" / "versions").mkdir(parents=True)
    (bundle / "_internal" / "db" / "versions" / "0001_initial.py").write_text("", "utf-8")
    (bundle / "_internal" / "somelib" / "tests").mkdir(parents=True)  # a library's own: fine
    (bundle / "welfaredesk").write_bytes(b"\x7fELF")
    assert build.bundle_problems(bundle) == []
    (bundle / "_internal" / "tests").mkdir()
    (bundle / "_internal" / "demo.db").write_bytes(b"")
    (bundle / "_internal" / ".git").mkdir()
    (bundle / "_internal" / "conftest.py").write_text("", "utf-8")
    assert build.bundle_problems(bundle) == [
        str(Path("_internal") / ".git"),
        str(Path("_internal") / "conftest.py"),
        str(Path("_internal") / "demo.db"),
        str(Path("_internal") / "tests"),
    ]


def test_iscc_command_passes_the_version() -> None:
    command = build.iscc_command(Path("ISCC.exe"), "1.2.3rc1")
    assert command[0] == "ISCC.exe"
    assert "/DAppVersion=1.2.3rc1" in command
    assert "/DAppNumericVersion=1.2.3.0" in command
    assert command[-1] == str(INSTALLER / "welfaredesk.iss")


def test_find_iscc_in_program_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build.shutil, "which", lambda _name: None)
    assert build.find_iscc({"ProgramFiles(x86)": str(tmp_path)}) is None
    iscc = tmp_path / "Inno Setup 6" / "ISCC.exe"
    iscc.parent.mkdir()
    iscc.write_bytes(b"")
    assert build.find_iscc({"ProgramFiles(x86)": str(tmp_path)}) == iscc


def test_build_outputs_are_ignored_by_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "build/" in ignored
    assert "dist/" in ignored


def test_ci_runs_the_frozen_build() -> None:
    """scripts/check.sh builds and smoke-tests the frozen program in CI (about a minute)."""
    check = (ROOT / "scripts" / "check.sh").read_text(encoding="utf-8")
    ci_part = check.split('if [ "${CI:-}" = "true" ]; then', 1)[1]
    assert "'.[build]'" in ci_part
    assert "installer/build.py --clean" in ci_part
    assert "binutils" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")

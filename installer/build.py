"""Build the frozen WelfareDesk (PyInstaller, one folder) and check it; on Windows, the installer.

Usage (from anywhere; paths are relative to the repository):

    python installer/build.py               build dist/welfaredesk/, then run its smoke test
    python installer/build.py --clean       the same from an empty build folder
    python installer/build.py --smoke-only  only run the smoke test of the existing build
    python installer/build.py --installer   also build the Windows installer (Inno Setup 6)

The smoke test runs the frozen program in a stripped environment (no PYTHONPATH, no
virtual environment, a temporary HOME and working folder, only the system's PATH), which
shows that it does not rely on the developer's Python. It must print exactly
``smoke test ok``; anything else, or a non-zero exit, fails the build.

The spec (installer/welfaredesk.spec) loads this file for :func:`project_version` and
:func:`write_version_info`, so the version is written in one place: ``welfaredesk/__init__.py``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "welfaredesk.spec"
ISS = ROOT / "installer" / "welfaredesk.iss"
ICON = ROOT / "resources" / "icons" / "welfaredesk.ico"
WORK_DIR = ROOT / "build" / "pyinstaller"
DIST_DIR = ROOT / "dist"
BUNDLE_NAME = "welfaredesk"
SMOKE_OK = "smoke test ok"
SMOKE_TIMEOUT_S = 180
WINDOWS = sys.platform == "win32"

_VERSION_RE = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


class BuildFailed(Exception):
    """A step of the build failed; the message says which and why."""


def project_version(root: Path = ROOT) -> str:
    """The version of the package, read from ``welfaredesk/__init__.py`` (not imported)."""
    text = (root / "welfaredesk" / "__init__.py").read_text(encoding="utf-8")
    match = _VERSION_RE.search(text)
    if match is None:
        raise BuildFailed("no __version__ in welfaredesk/__init__.py")
    return match.group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants (``1.2.3rc1`` → ``(1, 2, 3, 0)``)."""
    match = re.match(r"^\d+(?:\.\d+)*", version)
    if match is None:
        raise BuildFailed(f"the version {version!r} does not start with a number")
    numbers = [int(n) for n in match.group(0).split(".")][:4]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info_text(version: str) -> str:
    """PyInstaller's Windows version resource (a VSVersionInfo) for ``version``."""
    numbers = numeric_version(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": "WelfareDesk",
        "FileDescription": "WelfareDesk 福祉総合相談窓口 支援記録",
        "FileVersion": version,
        "InternalName": "welfaredesk",
        "LegalCopyright": "WelfareDesk",
        "OriginalFilename": "welfaredesk.exe",
        "ProductName": "WelfareDesk",
        "ProductVersion": version,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Made by installer/build.py from welfaredesk.__version__ ({dotted}); do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '041104b0',
        [
{entries}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0411, 1200])])
  ]
)
"""


def write_version_info(path: Path, version: str) -> Path:
    """Write :func:`version_info_text` to ``path`` (folders created); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_info_text(version), encoding="utf-8")
    return path


def stripped_environment(
    home: Path, *, windows: bool = WINDOWS, system: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The environment the smoke test runs in: nothing of the developer's Python.

    No ``PYTHONPATH``, ``PYTHONHOME``, ``VIRTUAL_ENV`` or any other inherited variable; the
    system's own PATH; a temporary home, data folder and temp folder below ``home``.

    Args:
        home: an empty temporary folder.
        windows: build the environment for Windows (which needs ``SystemRoot`` to start).
        system: where ``SystemRoot`` is read from on Windows (default: ``os.environ``).
    """
    env = {
        "HOME": str(home),
        "WELFAREDESK_HOME": str(home / "welfaredesk"),
        "TMPDIR": str(home / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    if windows:
        source = os.environ if system is None else system
        root = source.get("SystemRoot") or source.get("SYSTEMROOT") or r"C:\Windows"
        env |= {
            "SystemRoot": root,
            "PATH": f"{root}\\System32;{root}",
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TEMP": str(home / "tmp"),
            "TMP": str(home / "tmp"),
        }
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env


def frozen_executable(dist: Path = DIST_DIR, *, console: bool = True) -> Path:
    """The frozen program; on Windows ``console`` picks the console twin (it has an output)."""
    if WINDOWS:
        return dist / BUNDLE_NAME / ("welfaredesk-cli.exe" if console else "welfaredesk.exe")
    return dist / BUNDLE_NAME / "welfaredesk"


def check_smoke_output(returncode: int, output: str) -> None:
    """Fail unless the smoke test exited 0 and printed exactly its ok line.

    Raises:
        BuildFailed: with the output, so the reason is on the screen.
    """
    lines = [line for line in output.splitlines() if line.strip()]
    if returncode != 0:
        raise BuildFailed(f"the frozen smoke test exited with {returncode}:\n{output}")
    if lines != [SMOKE_OK]:
        raise BuildFailed(
            f"the frozen smoke test must print only {SMOKE_OK!r}; it printed:\n{output}"
        )


def run_frozen(executable: Path, *args: str, timeout: float = SMOKE_TIMEOUT_S) -> tuple[int, str]:
    """Run the frozen program in the stripped environment, from an empty temporary folder.

    Returns:
        The exit code and what it printed (standard output and error together).
    """
    if not executable.is_file():
        raise BuildFailed(f"no frozen program at {executable}: build it first")
    with tempfile.TemporaryDirectory(prefix="welfaredesk-frozen-") as tmp:
        home = Path(tmp)
        cwd = home / "cwd"
        cwd.mkdir()
        try:
            done = subprocess.run(
                [str(executable), *args],
                cwd=cwd,
                env=stripped_environment(home),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise BuildFailed(
                f"{executable.name} {' '.join(args)} took over {timeout:.0f} s"
            ) from exc
    return done.returncode, done.stdout.decode("utf-8", errors="replace")


def smoke_test(dist: Path = DIST_DIR) -> str:
    """Run the frozen ``--smoke-test`` (and ``--version``); returns what it printed."""
    code, output = run_frozen(frozen_executable(dist), "--smoke-test")
    check_smoke_output(code, output)
    version = f"WelfareDesk {project_version()}"
    code, printed = run_frozen(frozen_executable(dist), "--version", timeout=60)
    if code != 0 or printed.strip() != version:
        raise BuildFailed(f"--version printed {printed.strip()!r} (exit {code}), not {version!r}")
    if WINDOWS:  # the windowed program has no output to read: its exit code says it all
        code, _ = run_frozen(frozen_executable(dist, console=False), "--smoke-test")
        if code != 0:
            raise BuildFailed(f"the windowed program's smoke test exited with {code}")
    return output.strip()


_FORBIDDEN_PARTS = {".git", "tests", ".pytest_cache", ".hypothesis", ".mypy_cache", ".venv"}
_FORBIDDEN_SUFFIXES = {".db", ".db-wal", ".db-shm", ".sqlite", ".log", ".bak"}


def bundle_problems(bundle: Path) -> list[str]:
    """What the bundle must not hold: our tests, caches of tests, a .git, databases, logs."""
    problems: list[str] = []
    internal = bundle / "_internal"
    for path in bundle.rglob("*"):
        relative = path.relative_to(bundle)
        parts = set(relative.parts)
        ours = path.name in {"conftest.py", ".git"} or parts & {".git", ".venv", ".pytest_cache"}
        data = path.suffix.lower() in _FORBIDDEN_SUFFIXES
        top = path.parent in {bundle, internal} and path.name in _FORBIDDEN_PARTS
        if ours or data or top:
            problems.append(str(relative))
    return sorted(problems)


def folder_size(folder: Path) -> int:
    """Bytes in the files below ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def find_iscc(environ: Mapping[str, str] | None = None) -> Path | None:
    """Inno Setup 6's compiler: on PATH, or where its installer puts it."""
    env = os.environ if environ is None else environ
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        folder = env.get(base)
        if not folder:
            continue
        for sub in (("Inno Setup 6",), ("Programs", "Inno Setup 6")):
            candidate = Path(folder, *sub, "ISCC.exe")
            if candidate.is_file():
                return candidate
    return None


def iscc_command(iscc: Path, version: str) -> list[str]:
    """The Inno Setup command: the version comes from the package, passed as ``/D``."""
    dotted = ".".join(str(n) for n in numeric_version(version))
    return [
        str(iscc),
        f"/DAppVersion={version}",
        f"/DAppNumericVersion={dotted}",
        f"/O{DIST_DIR}",
        str(ISS),
    ]


def _pyinstaller(clean: bool) -> None:
    if clean:
        shutil.rmtree(WORK_DIR, ignore_errors=True)
        shutil.rmtree(DIST_DIR / BUNDLE_NAME, ignore_errors=True)
    if not ICON.is_file():
        print(f"note: {ICON.relative_to(ROOT)} is missing: the program is built without an icon")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST_DIR}",
        f"--workpath={WORK_DIR}",
    ]
    if clean:
        command.append("--clean")
    try:
        done = subprocess.run([*command, str(SPEC)], cwd=ROOT, check=False)
    except FileNotFoundError as exc:  # pragma: no cover - sys.executable always exists
        raise BuildFailed(str(exc)) from exc
    if done.returncode != 0:
        raise BuildFailed(
            f"PyInstaller failed (exit {done.returncode}); is it installed? "
            "pip install -e '.[build]'"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Build, check and (optionally) package; returns the exit code."""
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true", help="start from an empty build folder")
    parser.add_argument("--smoke-only", action="store_true", help="only smoke-test the build")
    parser.add_argument(
        "--installer", action="store_true", help="also build the Windows installer (Inno Setup)"
    )
    args = parser.parse_args(argv)
    version = project_version()
    bundle = DIST_DIR / BUNDLE_NAME
    started = time.monotonic()
    try:
        if not args.smoke_only:
            print(f"== PyInstaller: WelfareDesk {version} → {bundle.relative_to(ROOT)}")
            _pyinstaller(args.clean)
            print(f"   built in {time.monotonic() - started:.0f} s")
        problems = bundle_problems(bundle)
        if problems:
            raise BuildFailed("the bundle holds what it must not:\n  " + "\n  ".join(problems))
        size = folder_size(bundle)
        print(f"   {bundle.relative_to(ROOT)}: {size / 1_000_000:.0f} MB")
        smoke_started = time.monotonic()
        print("== frozen smoke test (stripped environment)")
        print(f"   {smoke_test()} ({time.monotonic() - smoke_started:.1f} s)")
        if args.installer:
            iscc = find_iscc()
            if not WINDOWS or iscc is None:
                raise BuildFailed(
                    "the installer needs Windows and Inno Setup 6 (ISCC.exe on PATH or in "
                    "Program Files); see installer/README.md"
                )
            print(f"== Inno Setup: {ISS.relative_to(ROOT)}")
            done = subprocess.run(iscc_command(iscc, version), cwd=ROOT, check=False)
            if done.returncode != 0:
                raise BuildFailed(f"ISCC failed (exit {done.returncode})")
            print(f"   {DIST_DIR / f'WelfareDesk-Setup-{version}.exe'}")
    except BuildFailed as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(f"== done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

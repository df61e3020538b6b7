"""ui/, resources/ and db/ are found the same way from a checkout, a wheel and a frozen build."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from welfaredesk import paths

ROOT = Path(__file__).resolve().parents[2]


def _complete(bundle: Path) -> None:
    assert (bundle / "db" / "env.py").is_file()
    assert any((bundle / "db" / "versions").glob("0001_*.py"))
    assert (bundle / "db" / "reference" / "picklists.json").is_file()
    assert (bundle / "db" / "demo" / "scenarios.json").is_file()
    assert (bundle / "resources" / "fonts" / "BIZUDGothic-Regular.ttf").is_file()
    assert (bundle / "resources" / "fonts" / "OFL-gothic.txt").is_file()
    assert (bundle / "resources" / "fonts" / "WelfareDeskNameMincho.ttf").is_file()
    assert (bundle / "resources" / "fonts" / "IPA_Font_License_Agreement_v1.0.txt").is_file()
    assert (bundle / "resources" / "i18n" / "welfaredesk_ja.qm").is_file()
    assert (bundle / "ui" / "main_window.ui").is_file()


def test_source_checkout() -> None:
    assert paths.bundle_dir() == ROOT
    _complete(paths.bundle_dir())


def test_frozen_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_dir() == tmp_path
    assert paths.db_dir() == tmp_path / "db"


@pytest.mark.slow
def test_installed_wheel(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = wheels.glob("welfaredesk-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = "import welfaredesk.paths as p; print(p.__file__); print(p.bundle_dir())"
    out = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    ).stdout.splitlines()
    assert out[0].startswith(str(site))
    bundle = Path(out[1])
    assert bundle == site / "welfaredesk" / "_bundle"
    _complete(bundle)

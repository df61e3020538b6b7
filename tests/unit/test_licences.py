"""The bundled components' licences (welfaredesk.licences): complete and present."""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from welfaredesk import licences, paths

ROOT = Path(__file__).resolve().parents[2]


def _requirement_closure() -> set[str]:
    """The normalised names of every distribution the program needs, recursively.

    The roots are the ``dependencies`` of pyproject.toml (the installed metadata of an
    editable install may be older) and those of the installed ``welfaredesk``; extras
    (tests) are left out, environment markers are evaluated for this machine.
    """
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pending = [Requirement(r) for r in project["dependencies"]]
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        pending += [Requirement(r) for r in importlib.metadata.requires("welfaredesk") or []]
    seen: set[str] = set()
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = licences.normalise(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = importlib.metadata.requires(requirement.name) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # not installed here: the name itself must still be listed
        pending += [Requirement(r) for r in requires]
    return seen


def test_every_dependency_has_a_licence_entry() -> None:
    """A new dependency (or a new dependency of a dependency) needs an entry in the list."""
    missing = _requirement_closure() - licences.listed_distributions()
    assert missing == set(), f"add these to welfaredesk/licences.py COMPONENTS: {sorted(missing)}"


def test_every_licence_file_exists_and_has_text() -> None:
    for component in licences.COMPONENTS:
        for name in component.files:
            path = paths.resources_dir() / name
            assert path.is_file(), f"{component.key}: {name}"
            assert len(path.read_text(encoding="utf-8").strip()) > 100, name


def test_every_component_names_its_licence_but_the_program() -> None:
    """Only the program itself has no licence stated (pyproject.toml has no ``license``)."""
    unnamed = [c.key for c in licences.COMPONENTS if not c.licence or not c.files]
    assert unnamed == ["welfaredesk"]
    keys = [c.key for c in licences.COMPONENTS]
    assert len(keys) == len(set(keys))


def test_qt_is_lgpl_and_replaceable() -> None:
    by_key = {c.key: c for c in licences.COMPONENTS}
    for key in ("qt", "pyside6"):
        assert by_key[key].licence == "LGPL-3.0-only"
        assert by_key[key].replaceable
        assert "licenses/LGPL-3.0.txt" in by_key[key].files


def test_bundled_lists_the_required_components_with_versions() -> None:
    shown = {c.key: v for c, v in licences.bundled()}
    for key in ("welfaredesk", "python", "sqlite", "qt", "pyside6", "sqlalchemy", "biz_ud_gothic"):
        assert shown[key], key
    assert "pyinstaller" not in shown  # only in the frozen build
    assert licences.licence_text(licences.COMPONENTS[1]).startswith("A. HISTORY")


def test_versions_fall_back_to_the_recorded_list(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A frozen build without a distribution's metadata shows the version recorded at build."""
    written = licences.write_versions(tmp_path / "versions.json")
    assert written["sqlalchemy"] == importlib.metadata.version("SQLAlchemy")
    assert json.loads((tmp_path / "versions.json").read_text(encoding="utf-8")) == written

    def no_metadata(_name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(_name)

    monkeypatch.setattr(importlib.metadata, "version", no_metadata)
    sqlalchemy = next(c for c in licences.COMPONENTS if c.key == "sqlalchemy")
    assert licences.version(sqlalchemy, {"sqlalchemy": "9.9"}) == "9.9"
    # Without a recorded list: the module's own __version__ (SQLAlchemy is loaded).
    assert licences.version(sqlalchemy, {}) == written["sqlalchemy"]

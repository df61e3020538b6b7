"""What the program bundles, under which licence: the list the About dialog shows.

One entry per component (a Python distribution, the Python runtime, Qt, a font), each with
its licence name and the licence texts (files under ``resources/``). No Qt here: the list is
also read by the tests (``tests/unit/test_licences.py`` fails when a dependency of the program
has no entry or a licence file is missing) and can be written out by the frozen build.

Versions come from the installed distributions' metadata (:mod:`importlib.metadata`). A frozen
build may carry the metadata of only some distributions; for the others the versions recorded
at build time (:data:`VERSIONS_FILE`, written by :func:`write_versions`) are used, then the
module's own ``__version__`` if it is already loaded.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import platform
import re
import sqlite3
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from welfaredesk import __version__, paths

log = logging.getLogger(__name__)

VERSIONS_FILE = "licenses/versions.json"
"""The versions recorded by the frozen build (:func:`write_versions`), under resources/."""

QT_SOURCE_URLS = ("https://download.qt.io/", "https://code.qt.io/")
"""Where the source code of Qt and PySide6 is offered (LGPL-3.0, section 4)."""


class Kind(StrEnum):
    """What a component is (the About dialog groups by it)."""

    PROGRAM = "program"
    RUNTIME = "runtime"
    LIBRARY = "library"
    FONT = "font"


@dataclass(frozen=True, slots=True)
class Component:
    """One bundled component.

    Attributes:
        key: a stable identifier (used by the GUI for component-specific notes).
        name: the component's name as its authors write it.
        kind: program, runtime, library or font.
        licence: the licence's name (SPDX identifier where there is one).
        files: the licence texts, relative to the resources folder; empty when there is none.
        distributions: the Python distributions the entry covers (the first gives the
            version); empty for what is not a distribution.
        version: a fixed version (fonts), when not taken from a distribution.
        url: where the component and its source come from.
        replaceable: used as a shared library under the LGPL that the user may replace.
        optional: shipped only when installed (PostgreSQL driver) or only in the frozen build.
    """

    key: str
    name: str
    kind: Kind
    licence: str
    files: tuple[str, ...]
    distributions: tuple[str, ...] = ()
    version: str = ""
    url: str = ""
    replaceable: bool = False
    optional: bool = False


def _lib(
    key: str,
    name: str,
    licence: str,
    files: tuple[str, ...],
    distributions: tuple[str, ...],
    *,
    url: str,
    optional: bool = False,
) -> Component:
    return Component(
        key, name, Kind.LIBRARY, licence, files, distributions, url=url, optional=optional
    )


_L = "licenses/"

COMPONENTS: tuple[Component, ...] = (
    Component("welfaredesk", "WelfareDesk", Kind.PROGRAM, "", (), ("welfaredesk",), __version__),
    Component(
        "python",
        "Python",
        Kind.RUNTIME,
        "PSF-2.0",
        (_L + "Python.txt",),
        url="https://www.python.org/",
    ),
    Component(
        "sqlite",
        "SQLite",
        Kind.RUNTIME,
        "Public domain",
        (_L + "SQLite.txt",),
        url="https://www.sqlite.org/",
    ),
    Component(
        "qt",
        "Qt 6",
        Kind.RUNTIME,
        "LGPL-3.0-only",
        (_L + "LGPL-3.0.txt", _L + "GPL-3.0.txt"),
        ("PySide6_Essentials",),
        url="https://www.qt.io/",
        replaceable=True,
    ),
    Component(
        "pyside6",
        "PySide6 / shiboken6",
        Kind.LIBRARY,
        "LGPL-3.0-only",
        (_L + "LGPL-3.0.txt", _L + "GPL-3.0.txt"),
        ("PySide6", "PySide6_Essentials", "PySide6_Addons", "shiboken6"),
        url="https://www.qt.io/qt-for-python",
        replaceable=True,
    ),
    _lib(
        "sqlalchemy",
        "SQLAlchemy",
        "MIT",
        (_L + "SQLAlchemy.txt",),
        ("SQLAlchemy",),
        url="https://www.sqlalchemy.org/",
    ),
    _lib(
        "alembic",
        "Alembic",
        "MIT",
        (_L + "Alembic.txt",),
        ("alembic",),
        url="https://alembic.sqlalchemy.org/",
    ),
    _lib(
        "mako", "Mako", "MIT", (_L + "Mako.txt",), ("Mako",), url="https://www.makotemplates.org/"
    ),
    _lib(
        "markupsafe",
        "MarkupSafe",
        "BSD-3-Clause",
        (_L + "MarkupSafe.txt",),
        ("MarkupSafe",),
        url="https://github.com/pallets/markupsafe",
    ),
    _lib(
        "typing_extensions",
        "typing_extensions",
        "PSF-2.0",
        (_L + "typing_extensions.txt",),
        ("typing_extensions",),
        url="https://github.com/python/typing_extensions",
    ),
    _lib(
        "reportlab",
        "ReportLab",
        "BSD-3-Clause",
        (_L + "reportlab.txt",),
        ("reportlab",),
        url="https://www.reportlab.com/",
    ),
    _lib(
        "pillow",
        "Pillow",
        "MIT-CMU",
        (_L + "Pillow.txt",),
        ("pillow",),
        url="https://python-pillow.github.io/",
    ),
    _lib(
        "charset_normalizer",
        "charset-normalizer",
        "MIT",
        (_L + "charset-normalizer.txt",),
        ("charset-normalizer",),
        url="https://github.com/jawah/charset_normalizer",
    ),
    _lib(
        "platformdirs",
        "platformdirs",
        "MIT",
        (_L + "platformdirs.txt",),
        ("platformdirs",),
        url="https://github.com/tox-dev/platformdirs",
    ),
    _lib(
        "argon2_cffi",
        "argon2-cffi",
        "MIT",
        (_L + "argon2-cffi.txt",),
        ("argon2-cffi",),
        url="https://github.com/hynek/argon2-cffi",
    ),
    _lib(
        "argon2_cffi_bindings",
        "argon2-cffi-bindings",
        "MIT",
        (_L + "argon2-cffi-bindings.txt",),
        ("argon2-cffi-bindings",),
        url="https://github.com/hynek/argon2-cffi-bindings",
    ),
    _lib(
        "cffi", "cffi", "MIT-0", (_L + "cffi.txt",), ("cffi",), url="https://cffi.readthedocs.io/"
    ),
    _lib(
        "pycparser",
        "pycparser",
        "BSD-3-Clause",
        (_L + "pycparser.txt",),
        ("pycparser",),
        url="https://github.com/eliben/pycparser",
    ),
    _lib(
        "jaconv",
        "jaconv",
        "MIT",
        (_L + "jaconv.txt",),
        ("jaconv",),
        url="https://github.com/ikegami-yukino/jaconv",
    ),
    _lib(
        "cryptography",
        "cryptography (with OpenSSL)",
        "Apache-2.0 OR BSD-3-Clause",
        (_L + "cryptography.txt", _L + "Apache-2.0.txt"),
        ("cryptography",),
        url="https://cryptography.io/",
    ),
    _lib(
        "openpyxl",
        "openpyxl",
        "MIT",
        (_L + "openpyxl.txt",),
        ("openpyxl",),
        url="https://openpyxl.readthedocs.io/",
    ),
    _lib(
        "et_xmlfile",
        "et_xmlfile",
        "MIT",
        (_L + "et_xmlfile.txt",),
        ("et_xmlfile",),
        url="https://foss.heptapod.net/openpyxl/et_xmlfile",
    ),
    _lib(
        "holidays",
        "holidays",
        "MIT",
        (_L + "holidays.txt",),
        ("holidays",),
        url="https://github.com/vacanza/holidays",
    ),
    _lib(
        "python_dateutil",
        "python-dateutil",
        "Apache-2.0 AND BSD-3-Clause",
        (_L + "python-dateutil.txt",),
        ("python-dateutil",),
        url="https://github.com/dateutil/dateutil",
    ),
    _lib("six", "six", "MIT", (_L + "six.txt",), ("six",), url="https://github.com/benjaminp/six"),
    _lib(
        "psycopg",
        "psycopg",
        "LGPL-3.0-only",
        (_L + "LGPL-3.0.txt", _L + "GPL-3.0.txt"),
        ("psycopg", "psycopg-binary"),
        url="https://www.psycopg.org/",
        optional=True,
    ),
    _lib(
        "tzdata",
        "tzdata",
        "Apache-2.0",
        (_L + "Apache-2.0.txt",),
        ("tzdata",),
        url="https://github.com/python/tzdata",
        optional=True,
    ),
    Component(
        "pyinstaller",
        "PyInstaller bootloader",
        Kind.RUNTIME,
        "GPL-2.0-or-later WITH Bootloader-exception",
        (_L + "PyInstaller.txt",),
        ("pyinstaller",),
        url="https://pyinstaller.org/",
        optional=True,
    ),
    Component(
        "biz_ud_gothic",
        "BIZ UDGothic",
        Kind.FONT,
        "OFL-1.1",
        ("fonts/OFL-gothic.txt",),
        version="1.05",
        url="https://github.com/googlefonts/morisawa-biz-ud-gothic",
    ),
    Component(
        "biz_ud_mincho",
        "BIZ UDMincho",
        Kind.FONT,
        "OFL-1.1",
        ("fonts/OFL-mincho.txt",),
        version="1.05",
        url="https://github.com/googlefonts/morisawa-biz-ud-mincho",
    ),
    Component(
        "name_mincho",
        "WelfareDeskNameMincho (IPAmj Mincho subset)",
        Kind.FONT,
        "IPA",
        ("fonts/IPA_Font_License_Agreement_v1.0.txt",),
        version="005.01",
        url="https://moji.or.jp/mojikiban/",
    ),
    Component(
        "symbola",
        "Symbola",
        Kind.FONT,
        "Symbola licence (free for any use)",
        ("fonts/LICENSE-Symbola.txt",),
        version="9.17",
        url="https://dn-works.com/ufas/",
    ),
)
"""Every bundled component, the program first."""


def normalise(distribution: str) -> str:
    """A distribution name in its normal form (PEP 503: lower case, runs of ``-_.`` as ``-``)."""
    return re.sub(r"[-_.]+", "-", distribution).lower()


def listed_distributions() -> set[str]:
    """The normalised names of every distribution some component covers."""
    return {normalise(d) for c in COMPONENTS for d in c.distributions}


def _recorded_versions() -> dict[str, str]:
    path = paths.resources_dir() / VERSIONS_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("versions file unreadable: %s", path.name)
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


_MODULES = {"pyside6": "PySide6", "sqlalchemy": "sqlalchemy", "alembic": "alembic"}
"""Components whose module's ``__version__`` is the version when metadata is missing."""


def version(component: Component, recorded: dict[str, str] | None = None) -> str:
    """The version of a component as bundled; empty when it cannot be told.

    Args:
        component: the component.
        recorded: the versions recorded at build time (default: read :data:`VERSIONS_FILE`).
    """
    if component.version:
        return component.version
    if component.key == "python":
        return platform.python_version()
    if component.key == "sqlite":
        return sqlite3.sqlite_version
    for distribution in component.distributions:
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
    recorded = _recorded_versions() if recorded is None else recorded
    if component.key in recorded:
        return recorded[component.key]
    module = sys.modules.get(_MODULES.get(component.key, component.key))
    found = getattr(module, "__version__", "") if module is not None else ""
    return found if isinstance(found, str) else ""


def installed(component: Component) -> bool:
    """Whether an optional component is part of this program (a required one always is)."""
    if not component.optional:
        return True
    if component.key == "pyinstaller":
        return bool(getattr(sys, "frozen", False))
    if component.key in _recorded_versions():
        return True
    for distribution in component.distributions:
        try:
            importlib.metadata.distribution(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
        return True
    return False


def bundled() -> list[tuple[Component, str]]:
    """The components of this program with their versions, in :data:`COMPONENTS` order."""
    recorded = _recorded_versions()
    return [(c, version(c, recorded)) for c in COMPONENTS if installed(c)]


def licence_text(component: Component) -> str:
    """The licence texts of a component, one after another; empty when it has none.

    A missing file is logged (by name) and left out: the dialog still shows the others.
    """
    parts: list[str] = []
    for name in component.files:
        path = paths.resources_dir() / name
        try:
            parts.append(path.read_text(encoding="utf-8", errors="replace").strip())
        except OSError:
            log.warning("licence file missing: %s", path.name)
    return ("\n\n" + "-" * 72 + "\n\n").join(parts)


def write_versions(path: Path) -> dict[str, str]:
    """Record the versions of the installed components (for a build without their metadata).

    The frozen build calls this before bundling ``resources/``, writing
    ``resources/licenses/versions.json``.

    Returns:
        The versions written, by component key.
    """
    frozen_only = {"pyinstaller"}  # the build's bootloader: in the bundle, not in this Python
    versions = {
        c.key: v
        for c in COMPONENTS
        if (installed(c) or c.key in frozen_only) and (v := version(c, {}))
    }
    path.write_text(json.dumps(versions, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return versions

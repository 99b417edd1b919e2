"""The layout checks itself: no app imports another app's private names.

import-linter checks the layers (pyproject.toml); it knows modules, not names,
so this test walks the sources for ``from x import _name`` across apps.
An app is ``events``, ``tours`` or one package of the site (``madang.core``,
``madang.registrations``…).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "site" / "madang", ROOT / "events", ROOT / "tours"]
OURS = ("madang", "events", "tours")


def module_name(path):
    base = ROOT / "site" if path.is_relative_to(ROOT / "site") else ROOT
    parts = list(path.relative_to(base).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def app_of(module):
    parts = module.split(".")
    if parts[0] == "madang":
        return ".".join(parts[:2])
    return parts[0]


def imported_module(node, module, is_package):
    if node.level == 0:
        return node.module or ""
    package = module.split(".")
    if not is_package:
        package = package[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join([*package, *([node.module] if node.module else [])])


def private_imports_across_apps():
    found = []
    for source in SOURCES:
        for path in sorted(source.rglob("*.py")):
            if "migrations" in path.parts:
                continue
            module = module_name(path)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.ImportFrom):
                    continue
                target = imported_module(node, module, path.name == "__init__.py")
                if not target.startswith(OURS) or app_of(target) == app_of(module):
                    continue
                for alias in node.names:
                    private = alias.name.startswith("_") and not alias.name.startswith("__")
                    if private or any(p.startswith("_") for p in target.split(".")[1:]):
                        found.append(f"{module} imports {target}.{alias.name}")
    return found


def test_no_app_imports_private_names_of_another():
    assert private_imports_across_apps() == []


def test_the_check_sees_relative_and_absolute_imports():
    node = ast.parse("from ..models import _x").body[0]
    assert imported_module(node, "madang.registrations.services.seats", False) == (
        "madang.registrations.models"
    )
    assert app_of("madang.registrations.services.seats") == "madang.registrations"
    assert app_of("events.calendar") == "events"
    assert module_name(ROOT / "events" / "calendar.py") == "events.calendar"

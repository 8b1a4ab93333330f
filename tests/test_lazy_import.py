"""``import vnlao_events`` is cheap: public names load from their modules when first used."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import vnlao_events as ve

INIT = Path(ve.__file__)


def _typed_imports() -> dict[str, str]:
    """Name → module of the imports under ``if TYPE_CHECKING:`` in ``__init__.py``."""
    tree = ast.parse(INIT.read_text("utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for item in node.body:
                assert isinstance(item, ast.ImportFrom)
                for alias in item.names:
                    found[alias.asname or alias.name] = "." * item.level + (item.module or "")
    return found


def test_lazy_names_are_the_typed_imports():
    """The lazy table and the imports mypy reads name the same modules for the same names."""
    assert _typed_imports() == ve._LAZY


def test_every_public_name_is_eager_or_lazy():
    """Each name in __all__ is an exception class loaded at once or a lazy name."""
    for name in ve.__all__:
        assert name in ve._LAZY or name.endswith("Error"), name


def test_import_loads_no_exporter_and_no_extractor():
    """A fresh ``import vnlao_events`` loads neither icalendar nor the extraction rules."""
    code = (
        "import sys, vnlao_events\n"
        "heavy = [m for m in ('icalendar', 'vnlao_events.extract', 'vnlao_events._temporal',"
        " 'vnlao_events.export.ics', 'attr') if m in sys.modules]\n"
        "print(heavy)"
    )
    env = {"PYTHONPATH": str(INIT.parent.parent)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == "[]"


def test_a_function_named_like_its_module_stays_the_function():
    """``vnlao_events.extract`` is the function even once the extract package is imported."""
    import vnlao_events.extract.pipeline  # noqa: F401

    assert callable(ve.extract)
    assert ve.extract.__module__ == "vnlao_events.extract.pipeline"


def test_an_unknown_name_is_an_attribute_error():
    """Asking for a name the package does not have raises AttributeError naming it."""
    with pytest.raises(AttributeError, match="'no_such_name'"):
        _ = ve.no_such_name


def test_dir_lists_the_public_names():
    """dir() shows every public name, loaded or not."""
    assert set(ve.__all__) <= set(dir(ve))

"""The public surface: names, docstrings, doctests of modules, and the one-way layering."""

from __future__ import annotations

import ast
import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import vnlao_events as ve

SRC = Path(ve.__file__).parent
# Each module may import only from modules of its own layer or earlier ones.
LAYERS = [
    {"exceptions"},
    {"_text", "_dates", "_io"},
    {"_model", "_ordinals"},
    {"_catalogue", "_documents", "_temporal"},
    {"_extract"},
    {"_assemble"},
    {"_infer", "_robust", "_cadence"},
    {"_json", "_tabular", "_pipeline", "_backtest"},
    {"_ics", "_plot"},
    {"_cli", "_cli_backtest", "__main__", "__init__"},
]


def _isort_key(name: str) -> tuple[int, str]:
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def test_all_is_sorted_and_complete():
    """__all__ is sorted isort-style (constants, classes, functions); every name exists."""
    assert list(ve.__all__) == sorted(ve.__all__, key=_isort_key)
    for name in ve.__all__:
        assert hasattr(ve, name), name


@pytest.mark.parametrize("name", ve.__all__)
def test_every_public_name_has_a_docstring(name):
    """Every public name has a docstring (classes and functions)."""
    value = getattr(ve, name)
    if callable(value):
        assert (value.__doc__ or "").strip(), name


@pytest.mark.parametrize(
    "name",
    [
        n
        for n in ve.__all__
        if callable(getattr(ve, n))
        and not (isinstance(getattr(ve, n), type) and issubclass(getattr(ve, n), Exception))
    ],
)
def test_every_public_class_and_function_has_an_example(name):
    """Every public class and function shows a runnable example in its docstring."""
    assert ">>>" in (getattr(ve, name).__doc__ or ""), name


def _module_names() -> list[str]:
    return [m.name for m in pkgutil.iter_modules([str(SRC)])] + ["__init__"]


def _layer(name: str) -> int:
    for index, layer in enumerate(LAYERS):
        if name in layer:
            return index
    raise AssertionError(f"module {name} has no layer")


@pytest.mark.parametrize("module", _module_names())
def test_imports_flow_one_way(module):
    """A module imports only from its own layer or the layers before it."""
    tree = ast.parse((SRC / f"{module}.py").read_text("utf-8"))
    mine = _layer(module)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            target = node.module.split(".")[0]
            assert _layer(target) <= mine, f"{module} imports {target}"


def test_exceptions_module_is_a_leaf():
    """exceptions.py imports nothing from the package."""
    tree = ast.parse((SRC / "exceptions.py").read_text("utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level]


def test_errors_subclass_builtins():
    """Each error is a VnlaoEventsError and the matching builtin."""
    assert issubclass(ve.ParseError, ValueError)
    assert issubclass(ve.ExportError, OSError)
    for name in (
        "ParseError",
        "CatalogueError",
        "DocumentError",
        "TimelineFormatError",
        "IcsImportError",
        "ExportError",
    ):
        assert issubclass(getattr(ve, name), ve.VnlaoEventsError)


def test_py_typed_ships():
    """The package is marked as typed."""
    assert (SRC / "py.typed").exists()


@pytest.mark.parametrize("module", [m for m in _module_names() if m not in ("__main__",)])
def test_module_doctests_run(module):
    """Every example in the modules' docstrings runs (also run by --doctest-modules)."""
    name = "vnlao_events" if module == "__init__" else f"vnlao_events.{module}"
    if module == "_plot":
        pytest.importorskip("matplotlib")
    mod = importlib.import_module(name)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_api_reference_is_current():
    """docs/api.md is what docs/gen_api.py generates from the docstrings."""
    import importlib.util

    path = Path(__file__).parent.parent / "docs" / "gen_api.py"
    spec = importlib.util.spec_from_file_location("gen_api", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (path.parent / "api.md").read_text("utf-8") == module.render()
    assert (path.parent / "changelog.md").read_text("utf-8") == module.changelog()

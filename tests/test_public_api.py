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
    {"exceptions", "_runtime"},
    {"_text", "_dates", "_io", "_countries", "_kinds"},
    {"_model", "_derivation", "_ordinals"},
    {"_date_phrases"},
    {"_date_handlers"},
    {"_date_rules"},
    {"_catalogue", "_documents", "_temporal", "_tagger"},
    {"extract"},
    {"_assemble"},
    {"_infer", "_robust", "_cadence"},
    {"_pipeline", "_backtest", "archive"},
    {"export"},
    {"_cli_dates"},
    {
        "_cli",
        "_cli_archive",
        "_cli_backtest",
        "_cli_catalogue",
        "_cli_completion",
        "__main__",
        "__init__",
    },
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
    """Modules as dotted paths below the package ("_model", "export.ics"), and "__init__"."""
    found = list(pkgutil.walk_packages([str(SRC)], prefix="vnlao_events."))
    names = [m.name.removeprefix("vnlao_events.") for m in found if not m.ispkg] + ["__init__"]
    packages = [m.name.removeprefix("vnlao_events.") for m in found if m.ispkg]
    return names + [f"{p}.__init__" for p in packages]


def _source(module: str) -> Path:
    return SRC / (module.replace(".", "/") + ".py")


def _layer(name: str) -> int:
    for index, layer in enumerate(LAYERS):
        if name.split(".", maxsplit=1)[0] in layer:
            return index
    raise AssertionError(f"module {name} has no layer")


def _source(module: str) -> Path:
    path = SRC.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


@pytest.mark.parametrize("module", _module_names())
def test_imports_flow_one_way(module):
    """A module imports only from its own layer or the layers before it, lazily or not."""
    tree = ast.parse(_source(module).read_text("utf-8"))
    mine = _layer(module.split(".")[0])
    for target in _imported(module, tree):
        assert _layer(target) <= mine, f"{module} imports {target}"


def _imported(module: str, tree: ast.AST) -> list[str]:
    """The package modules a module imports, lazy ones included.

    Relative imports anywhere (inside functions too), absolute ``vnlao_events.x`` imports,
    and ``importlib.import_module("…")`` calls.
    """
    package = module.split(".")[:-1]  # the module's own package, below vnlao_events
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            parts = [*base, *(node.module or "").split(".")]
            found.append(next((part for part in parts if part), "__init__"))  # `from .. import`
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("vnlao_events."):
            found.append(node.module.split(".")[1])  # type: ignore[union-attr]
        elif isinstance(node, ast.Import):
            found += [
                a.name.split(".")[1] for a in node.names if a.name.startswith("vnlao_events.")
            ]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            name = node.args[0].value
            if name.startswith("vnlao_events."):
                found.append(name.split(".")[1])
            elif name.startswith("."):
                found.append(name.lstrip(".").split(".")[0])
    return found


def test_layer_check_sees_lazy_imports():
    """A lazy import from the model to an exporter, planted in a module, is caught."""
    planted = ast.parse(
        "def plot(self):\n"
        "    import importlib\n"
        "    return importlib.import_module('vnlao_events.export.plot').plot_figure(self)\n"
        "def frame(self):\n"
        "    from .export.tabular import to_dataframe\n"
        "    return to_dataframe(self)\n"
    )
    targets = _imported("_model", planted)
    assert targets == ["export", "export"]
    assert all(_layer(t) > _layer("_model") for t in targets)


def _private_imports(tree: ast.AST) -> list[str]:
    """Private names (``_x``, not dunders) a module takes from another package module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (
            node.level or (node.module or "").startswith("vnlao_events")
        ):
            found += [
                f"{node.module}.{a.name}"
                for a in node.names
                if a.name.startswith("_") and not a.name.startswith("__")
            ]
    return found


@pytest.mark.parametrize("module", _module_names())
def test_no_module_takes_another_modules_private_names(module):
    """What two modules share is a public helper of the lower one, never its private name."""
    tree = ast.parse(_source(module).read_text("utf-8"))
    assert not _private_imports(tree), module


def _check_package(root: Path, module: str) -> list[str]:
    """The layer and privacy faults of ``module`` in the package at ``root``."""
    path = root.joinpath(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text("utf-8"))
    mine = _layer(module.split(".", maxsplit=1)[0])
    faults = [f"{module} imports {t}" for t in _imported(module, tree) if _layer(t) > mine]
    return faults + [f"{module} takes {n}" for n in _private_imports(tree)]


def test_layer_check_catches_faults_planted_in_a_package(tmp_path):
    """A model module on disk with a lazy exporter import and a private name fails the check."""
    package = tmp_path / "vnlao_events"
    package.mkdir()
    (package / "_model.py").write_text(
        "from ._dates import DateWindow\n"
        "def frame(self):\n"
        "    import importlib\n"
        "    return importlib.import_module('vnlao_events.export.tabular').to_dataframe(self)\n"
        "def plot(self):\n"
        "    from .export.plot import plot_figure\n"
        "    from ._io import _atomic\n"
        "    return plot_figure(self)\n",
        "utf-8",
    )
    (package / "_infer.py").write_text("from ._model import Timeline\n", "utf-8")
    assert _check_package(tmp_path / "vnlao_events", "_model") == [
        "_model imports export",
        "_model imports export",
        "_model takes _io._atomic",
    ]
    assert _check_package(tmp_path / "vnlao_events", "_infer") == []


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
    name = name.removesuffix(".__init__")
    if module == "export.plot":
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


# Distributions whose import name differs from their name.
IMPORT_NAMES = {"python_dateutil": "dateutil", "pyyaml": "yaml"}


def test_every_runtime_dependency_is_imported():
    """A declared runtime dependency is imported somewhere in the package (none is dead)."""
    import re
    import tomllib

    project = tomllib.loads((SRC.parent.parent / "pyproject.toml").read_text("utf-8"))["project"]
    imported: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                imported.add(node.module.split(".")[0])
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower().replace("-", "_")
        name = IMPORT_NAMES.get(name, name)
        assert name in imported, f"{requirement} is declared but imported nowhere"


def test_version_is_the_projects():
    """The version the package gives (and the cache keys entries with) is pyproject's."""
    import tomllib

    project = tomllib.loads((SRC.parent.parent / "pyproject.toml").read_text("utf-8"))
    assert ve.__version__ == project["project"]["version"]

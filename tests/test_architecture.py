"""The layout is the architecture: which package may import which, read from the source with ``ast``.

Core extraction (``sinmun.extraction`` and ``sinmun.sites``) never imports the corpus machinery, readers and
writers, the archive, the web page, the CLI or the crawler; the packages import each other without cycles,
except the one docs/architecture.md names (the stages and the site profiles). Every import counts, also
one inside a function or under ``TYPE_CHECKING``; only a module's ``if __name__ == "__main__":`` block (a
script entry, e.g. spark-submit's) is left out.
"""
from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src"
CORE = {"extraction", "sites"}
OUTER = {"corpus", "io", "archive", "web", "cli", "crawl"}
#: the shared record types and the optional-dependency helper: imported by all, importing (almost) nothing
SHARED = {"article": set(), "errors": set(), "extras": set()}
#: the one documented cycle: the pipeline applies the site profiles, which use the stages' readers
ALLOWED_CYCLES = [{"extraction", "sites"}]


def module_name(path: Path, root: Path) -> tuple[str, bool]:
    """Dotted name of a source file, and whether it is a package's ``__init__``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if is_package else parts), is_package


def _is_main_block(node: ast.AST) -> bool:
    return (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)
            and isinstance(node.test.left, ast.Name) and node.test.left.id == "__name__")


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for child in ast.iter_child_nodes(node):
        if _is_main_block(child):
            continue
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child
        yield from _import_nodes(child)


def _is_module(name: str, root: Path) -> bool:
    path = root.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _absolute(node: ast.ImportFrom, module: str, is_package: bool, root: Path) -> list[str]:
    """The modules an ImportFrom names (``from . import a, b`` names ``pkg.a`` and ``pkg.b`` when they are
    modules, else ``pkg`` itself, as for ``from .. import __version__``)."""
    if node.level == 0:
        base = node.module or ""
    else:
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join(package[:len(package) - (node.level - 1)] + ([node.module] if node.module else []))
    submodules = [f"{base}.{alias.name}" for alias in node.names if _is_module(f"{base}.{alias.name}", root)]
    return submodules or [base]


def imports_of(path: Path, root: Path) -> set[str]:
    """Every sinmun module a source file imports (names under a package count as the package)."""
    module, is_package = module_name(path, root)
    found: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                 else _absolute(node, module, is_package, root))
        found |= {name for name in names if name == "sinmun" or name.startswith("sinmun.")}
    return found


def unit_of(module: str) -> str:
    """The part of sinmun a module belongs to: its top-level package or shared module (``sinmun`` for the root)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "sinmun"


def unit_graph(root: Path) -> dict[str, dict[str, set[str]]]:
    """unit -> imported unit -> the importing files (for the message)."""
    graph: dict[str, dict[str, set[str]]] = {}
    for path in sorted((root / "sinmun").rglob("*.py")):
        module, _ = module_name(path, root)
        source = unit_of(module)
        for imported in imports_of(path, root):
            target = unit_of(imported)
            if target != source:
                graph.setdefault(source, {}).setdefault(target, set()).add(str(path.relative_to(root)))
    return graph


def cycles(graph: dict[str, dict[str, set[str]]]) -> list[set[str]]:
    """The strongly connected components with more than one unit (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(set(graph) | {t for targets in graph.values() for t in targets}):
        if node not in index:
            visit(node)
    return found


def forbidden_imports(graph: dict[str, dict[str, set[str]]]) -> dict[str, set[str]]:
    """Core or shared units that import what they must not: "unit -> target" -> files."""
    bad: dict[str, set[str]] = {}
    for unit in CORE:
        for target, files in graph.get(unit, {}).items():
            if target in OUTER or target == "sinmun":
                bad[f"{unit} -> {target}"] = files
    for unit, allowed in SHARED.items():
        for target, files in graph.get(unit, {}).items():
            if target not in allowed:
                bad[f"{unit} -> {target}"] = files
    return bad


@pytest.fixture(scope="module")
def graph() -> dict[str, dict[str, set[str]]]:
    return unit_graph(SOURCE)


def test_core_extraction_imports_no_outer_layer(graph):
    assert forbidden_imports(graph) == {}


def test_packages_import_each_other_without_cycles_except_the_documented_one(graph):
    assert sorted(map(sorted, cycles(graph))) == sorted(map(sorted, ALLOWED_CYCLES))


def test_every_package_says_what_it_is_and_what_it_may_import():
    for init in sorted((SOURCE / "sinmun").glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "may import" in doc.lower(), f"{init.relative_to(SOURCE)}: the docstring names no allowed imports"


def test_the_checks_catch_a_back_import_and_a_cycle(tmp_path):
    """The same checks on a small invented tree: a stage importing the corpus, and io <-> corpus."""
    files = {"sinmun/__init__.py": "from .extraction import extract\n",
             "sinmun/extraction/__init__.py": "def extract(): ...\n",
             "sinmun/extraction/clean.py": "def f():\n    from ..corpus.records import build\n",
             "sinmun/corpus/__init__.py": "", "sinmun/corpus/records.py": "from sinmun.io import sinks\n",
             "sinmun/io/__init__.py": "", "sinmun/io/sinks.py": "from ..corpus import records\n",
             "sinmun/sites/__init__.py": "if __name__ == '__main__':\n    import sinmun.cli\n"}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    invented = unit_graph(tmp_path)
    assert forbidden_imports(invented) == {"extraction -> corpus": {"sinmun/extraction/clean.py"}}
    assert cycles(invented) == [{"corpus", "io"}]

"""The package layout shows the flow text -> analysis -> lesson -> site: no import circles, and no stage
imports a later one. Imports are read with ``ast`` (lazy imports inside functions count too)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "scripts" / "medialit"
STAGES = ("text", "analysis", "lesson", "site")
SHARED = ("datafiles", "errors")     # used by every stage, so they may import no stage


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports. ``from .pkg import name`` counts as importing the
    submodule ``pkg.name`` when there is one, else the package ``pkg`` itself."""
    modules = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[:len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    edges.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
            elif isinstance(node, ast.Import):
                edges.update(alias.name for alias in node.names)
        graph[name] = {e for e in edges if e in modules and e != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle found by a depth-first walk (each reported once, from where it closes)."""
    found, state = [], {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def stage_of(module: str) -> int | None:
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else None


def backward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(importer, imported) pairs where a stage imports a later stage, or a shared module imports a stage."""
    wrong = []
    for module, targets in graph.items():
        own = stage_of(module)
        shared = module.split(".")[-1] in SHARED and module.count(".") == 1
        for target in targets:
            theirs = stage_of(target)
            if theirs is not None and ((shared) or (own is not None and theirs > own)):
                wrong.append((module, target))
    return sorted(wrong)


def test_the_package_has_no_import_circle():
    assert circles(import_graph(PACKAGE)) == []


def test_no_stage_imports_a_later_one():
    assert backward_imports(import_graph(PACKAGE)) == []


def test_every_stage_is_a_package():
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file()
    loose = sorted(p.stem for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__", "__main__", "checking", "cli", "datafiles", "errors"]


@pytest.fixture()
def toy(tmp_path) -> Path:
    """A tiny package with the same stages, to show the checks can fail."""
    root = tmp_path / "medialit"
    for stage in STAGES:
        (root / stage).mkdir(parents=True)
        (root / stage / "__init__.py").write_text("")
    (root / "__init__.py").write_text("")
    (root / "errors.py").write_text("")
    (root / "text" / "source.py").write_text("from ..errors import x\n")
    (root / "analysis" / "claims.py").write_text("from ..text.source import Source\n")
    return root


def test_the_checks_see_a_circle_and_a_backward_import(toy):
    assert circles(import_graph(toy)) == [] and backward_imports(import_graph(toy)) == []
    (toy / "text" / "source.py").write_text("def f():\n    from ..analysis.claims import c\n")
    graph = import_graph(toy)
    assert circles(graph) == [["medialit.analysis.claims", "medialit.text.source", "medialit.analysis.claims"]]
    assert backward_imports(graph) == [("medialit.text.source", "medialit.analysis.claims")]


def test_a_shared_module_may_import_no_stage(toy):
    (toy / "errors.py").write_text("from .lesson import compose\n")
    (toy / "lesson" / "compose.py").write_text("")
    assert backward_imports(import_graph(toy)) == [("medialit.errors", "medialit.lesson.compose")]

"""The import graph: project imports at the top of modules, no cycle, and a CLI that loads no stage for --help.

The one place that imports project modules inside functions is cli.py: each command loads the module that
does its work when it runs, so `timeline --help` does not pay for the stages' rule tables
(benchmarks/bench_startup.py measures it). The readers are the other, by name (importlib.import_module): each
format's reader module, and the prose readers, load when first used, so `timeline dates` on TimeML does not load
them (tests/test_dates_startup.py); no other module may load a project module by name.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from timeline.rules import load_yaml

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"
LAZY_COMMAND_IMPORTS = {PACKAGE / "cli.py"}  # see timeline/cli.py's docstring
# what `import timeline.cli` may load of the project: the command line, and what its options and errors need
HELP_MODULES = ["timeline", "timeline.cli", "timeline.dates", "timeline.errors", "timeline.model", "timeline.render"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


@cache
def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def project_imports(node: ast.AST) -> list[str]:
    """The project modules an import statement names (`from timeline.x import y` names timeline.x.y if
    that is a module, else timeline.x)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == "timeline"]
    if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "timeline":
        return [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in MODULES else node.module for a in node.names]
    return []


def imports_inside_functions(path: Path) -> list[str]:
    found = []
    for function in ast.walk(parsed(path)):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found += [f"{path.name}:{n.lineno} {name}" for n in ast.walk(function) for name in project_imports(n)]
    return found


def top_level_graph() -> dict[str, set[str]]:
    """Each module's project imports at its top (statements run when it is imported; no TYPE_CHECKING blocks)."""
    graph = {}
    for name, path in MODULES.items():
        graph[name] = {target for node in parsed(path).body for target in project_imports(node)}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                found.append(path[path.index(target):] + [node, target] if target in path else [node, target])
            elif target not in state:
                visit(target, path + [node])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return found


def test_project_imports_are_at_the_top_of_modules():
    inside = [hit for path in MODULES.values() if path not in LAZY_COMMAND_IMPORTS
              for hit in imports_inside_functions(path)]
    assert inside == []


LOADS_BY_NAME = {PACKAGE / "read" / "__init__.py", PACKAGE / "read" / "article.py"}  # see the module docstring


def test_only_the_readers_load_project_modules_by_name():
    by_name = {path for path in MODULES.values() if "import_module(" in path.read_text(encoding="utf-8")}
    assert by_name == LOADS_BY_NAME


def test_no_type_checking_imports_hide_a_cycle():
    assert [name for name, path in MODULES.items() if "TYPE_CHECKING" in path.read_text(encoding="utf-8")] == []


def test_the_import_graph_has_no_cycle():
    graph = top_level_graph()
    assert graph["timeline.pipeline"] >= {"timeline.listing", "timeline.events", "timeline.merge", "timeline.salience",
                                          "timeline.store"}  # the graph is read: the stages are in it
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_help_loads_no_stage():
    code = "import sys, timeline.cli; print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'timeline')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == HELP_MODULES


def test_every_rule_table_loads_as_pyyaml_reads_it():
    """The fast (libyaml) loader gives the data the pure-Python safe loader gives, for every shipped table."""
    tables = sorted(PACKAGE.rglob("*.yaml"))
    assert {"read/rules.yaml", "events/events.yaml", "text/lexicon.yaml", "tagger/rules/vocab.yaml"} <= {
        p.relative_to(PACKAGE).as_posix() for p in tables}  # the glob reaches every stage's tables
    for path in tables:
        folder = next(p for p in path.parents if (p / "__init__.py").is_file())  # the package that ships it
        package, inside = module_name(folder / "__init__.py"), path.relative_to(folder).parts
        text = resources.files(package).joinpath(*inside).read_text(encoding="utf-8")
        assert load_yaml(package, *inside) == yaml.load(text, Loader=yaml.SafeLoader), path

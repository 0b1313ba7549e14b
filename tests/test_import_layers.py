"""The package's import structure: no cycles, layers imported only downwards, and no
module reaching into another package's private names.

The graph is read from the source by grimp (every import statement, those inside
functions and under TYPE_CHECKING included), so an import moved into a function to
dodge a cycle is still a cycle here.
"""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import pytest

grimp = pytest.importorskip("grimp", reason="grimp is a dev dependency (pip install -e '.[dev]')")

import communique  # noqa: E402

PACKAGE = "communique"
SRC = Path(communique.__file__).resolve().parent

# The pipeline's stages (ingest makes the Documents they read).  One uses another only
# through that package's ``api`` module.
STAGE_PACKAGES = ("ingest", "clean", "structure", "nlp", "resolve", "events")

# Highest first.  A layer may import the layers below it, never one above it; the
# modules of one layer may import each other (all but the top are "not independent").
LAYERS: list[tuple[str, ...]] = [
    ("__main__",),
    ("cli",),
    # applications over coded documents and the archive
    ("web", "export", "store", "report", "evaluate", "scale", "review", "dedupe", "extract"),
    STAGE_PACKAGES,
    # what every stage shares: the Document and the workspace stages hand each other, the
    # pipeline runner, its stage list and its checks, errors, configuration; the JSON
    # contract, the flat event row and the CAMEO scales the rows carry; cutting documents
    # into batches (the parser's and the parallel runners')
    ("pipeline", "stages", "stage_check", "document", "workspace", "contract", "rows",
     "cameo_scale", "errors", "config", "version", "batching"),
]


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(PACKAGE, cache_dir=None)


def _chain(graph, importer: str, imported: str) -> str:
    return " -> ".join(graph.find_shortest_chain(importer=importer, imported=imported) or ())


def find_cycles(graph) -> list[str]:
    """Each import that is part of a cycle, with the chain that leads back."""
    cycles = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                cycles.add(f"{module} -> {_chain(graph, imported, module)}")
    return sorted(cycles)


def find_breaches(graph) -> list[str]:
    """Each import chain from a lower layer up to a higher one."""
    layers = [grimp.Layer(*names, independent=False) for names in LAYERS]
    illegal = graph.find_illegal_dependencies_for_layers(layers=layers, containers={PACKAGE})
    return sorted(
        f"{dep.importer} imports {dep.imported}: "
        + "; ".join(_chain(graph, head, tail)
                    for route in dep.routes for head in route.heads for tail in route.tails)
        for dep in illegal)


def test_no_module_is_part_of_an_import_cycle(graph):
    cycles = find_cycles(graph)
    assert not cycles, "import cycles:\n  " + "\n  ".join(cycles)


def test_every_top_level_module_has_a_layer(graph):
    placed = {name for layer in LAYERS for name in layer}
    top = {m.split(".")[1] for m in graph.modules if m.count(".") >= 1}
    assert not top - placed, (
        f"place {sorted(top - placed)} in a layer of LAYERS in {Path(__file__).name}: "
        "what it imports must be in its layer or below")


def test_layers_import_only_downwards(graph):
    breaches = find_breaches(graph)
    assert not breaches, "imports from a lower layer to a higher one:\n  " + "\n  ".join(breaches)


def test_the_checks_catch_a_breach_and_a_cycle(graph):
    # The checks above are only worth their silence if they speak: the Document module
    # importing the ingest run of the archive (which imports it) is both.
    graph = copy.deepcopy(graph)
    graph.add_import(importer="communique.document", imported="communique.store.run")
    assert [b for b in find_breaches(graph)
            if b.startswith("communique.document imports communique.store:")]
    assert "communique.document -> communique.store.run -> communique.document" in find_cycles(graph)


def stage_breaches(graph) -> list[str]:
    """Imports of one stage package from another that bypass the other's ``api`` module."""
    out = []
    for module in sorted(graph.modules):
        home = module.split(".")[1] if module.count(".") else None
        if home not in STAGE_PACKAGES:
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            parts = imported.split(".")
            if len(parts) > 1 and parts[1] in STAGE_PACKAGES and parts[1] != home \
                    and imported != f"{PACKAGE}.{parts[1]}.api":
                out.append(f"{module} imports {imported}")
    return out


def test_stages_use_each_other_only_through_their_api_module(graph):
    breaches = stage_breaches(graph)
    assert not breaches, ("a stage package uses another's modules; import what it needs from "
                          "that package's api.py (add it there):\n  " + "\n  ".join(breaches))


def test_the_stage_api_check_sees_a_bypass(graph):
    graph = copy.deepcopy(graph)
    graph.add_import(importer="communique.events.attach", imported="communique.resolve.places")
    assert stage_breaches(graph) == ["communique.events.attach imports communique.resolve.places"]


# -- private names ----------------------------------------------------------------------------

def _module_name(path: Path) -> tuple[str, str]:
    """(module, the package it belongs to) for a source file."""
    parts = (PACKAGE, *path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), ".".join(parts[:-1])
    return ".".join(parts), ".".join(parts[:-1])


def _is_package(module: str) -> bool:
    return (SRC.joinpath(*module.split(".")[1:]) / "__init__.py").is_file()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source_text: str, module: str, package: str) -> list[str]:
    """``from <another package's module> import _name``, and ``module._name`` through an
    imported module of another package, in the source of ``module``."""
    tree = ast.parse(source_text)
    found: list[str] = []
    modules: dict[str, str] = {}   # local name -> imported module of this package tree
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            source = ".".join([*base, *([node.module] if node.module else [])])
        else:
            source = node.module or ""
        if source != PACKAGE and not source.startswith(PACKAGE + "."):
            continue
        for alias in node.names:
            full = f"{source}.{alias.name}"
            if _is_package(full) or SRC.joinpath(*full.split(".")[1:]).with_suffix(".py").is_file():
                modules[alias.asname or alias.name] = full   # a module, not a name in one
                continue
            owner = source if _is_package(source) else source.rsplit(".", 1)[0]
            if _private(alias.name) and owner != package:
                found.append(f"{module}:{node.lineno} imports {alias.name} from {source}")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in modules and _private(node.attr)):
            target = modules[node.value.id]
            owner = target if _is_package(target) else target.rsplit(".", 1)[0]
            if owner != package:
                found.append(f"{module}:{node.lineno} uses {target}.{node.attr}")
    return found


def test_no_module_uses_another_packages_private_names():
    found = [hit for path in sorted(SRC.rglob("*.py"))
             for hit in private_uses(path.read_text(encoding="utf-8"), *_module_name(path))]
    assert not found, ("private names used across packages; make them public API of their "
                       "package:\n  " + "\n  ".join(found))


def test_the_private_name_check_sees_both_forms():
    # An events module reaching into the resolve stage's helpers, both ways.
    source = ("from ..resolve.places import _nearest\n"
              "from ..resolve import dates as d\n"
              "from .matcher import _pobj\n"          # its own package: allowed
              "from ..resolve.gazetteer import _OTHER\n"
              "x = d._grammar\n")
    assert private_uses(source, "communique.events.fake", "communique.events") == [
        "communique.events.fake:1 imports _nearest from communique.resolve.places",
        "communique.events.fake:4 imports _OTHER from communique.resolve.gazetteer",
        "communique.events.fake:5 uses communique.resolve.dates._grammar",
    ]


# -- the explicit list of built-in stages -------------------------------------------------------

def test_every_default_stage_comes_from_the_listed_modules_and_each_module_registers_one():
    # The pipeline imports the stage modules by name (stages.py), which the import graph
    # cannot see: this is that edge's check.
    from communique.config import load_config
    from communique.pipeline import registered
    from communique.stages import BUILTIN_STAGE_MODULES

    specs = registered()
    default = load_config().pipeline.stages
    origin = {name: specs[name].factory.__module__ for name in default}
    assert set(origin.values()) == set(BUILTIN_STAGE_MODULES), origin

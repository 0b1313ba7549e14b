"""No test module defines a test twice: a second ``def test_x`` silently replaces the first, so
the first never runs (a pitfall seen in this field's repositories)."""

import ast
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def shadowed(source: str) -> list[str]:
    """Names defined twice at module level or twice in one class of a test module."""
    tree = ast.parse(source)
    found = []
    for scope, body in [("", tree.body)] + [(f"{c.name}.", c.body) for c in tree.body
                                             if isinstance(c, ast.ClassDef)]:
        names = Counter(n.name for n in body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
        found += [scope + name for name, k in names.items() if k > 1]
    return found


def test_the_check_finds_a_test_written_twice():
    assert shadowed("def test_a(): pass\nclass T:\n    def test_b(self): pass\n    def test_b(self): pass\n"
                    "def test_a(): pass\n") == ["test_a", "T.test_b"]


def test_no_test_module_defines_a_name_twice():
    twice = {str(p.relative_to(TESTS)): names for p in sorted(TESTS.rglob("test_*.py"))
             if (names := shadowed(p.read_text(encoding="utf-8")))}
    assert twice == {}, twice

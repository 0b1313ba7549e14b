"""No error is built and then dropped: a bare ``SomeError(...)`` statement (the ``raise``
forgotten) in the package or its tools is a pitfall seen in this field's repositories."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dropped_errors(source: str) -> list[int]:
    """Lines of statements that only call something named ``...Error`` or ``...Exception``."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            f = node.value.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name.endswith(("Error", "Exception")):
                out.append(node.lineno)
    return out


def test_the_check_finds_a_forgotten_raise():
    assert dropped_errors("def f(x):\n    if x:\n        ValueError(x)\n    raise KeyError(x)\n") == [3]


def test_no_error_is_built_without_being_raised():
    found = {str(p.relative_to(ROOT)): lines
             for folder in ("src", "tools", "benchmarks") for p in sorted((ROOT / folder).rglob("*.py"))
             if (lines := dropped_errors(p.read_text(encoding="utf-8")))}
    assert found == {}, found

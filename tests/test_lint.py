"""Static checks that catch real bugs and keep the code readable: ruff with the rule sets in
pyproject.toml (pyflakes F, syntax E9, import order I, bugbear B, complexity C901 at 10), and no
module over 300 lines."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 300


def test_ruff_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    out = subprocess.run([ruff, "check", "--output-format", "concise", "src", "tests", "benchmarks", "samples"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_rule_sets_are_the_agreed_ones():
    import tomllib

    lint = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]["lint"]
    assert {"F", "E9", "I", "B", "C901"} <= set(lint["select"])
    assert lint["mccabe"]["max-complexity"] <= 10


def test_no_module_over_300_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "src").rglob("*.py")
            if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES}
    assert not long, long

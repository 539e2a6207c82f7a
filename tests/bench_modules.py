"""The benchmark scripts under bench/ (not a package), loaded as modules for their tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_bench(repo_dir: Path, name: str) -> ModuleType:
    """``bench/<name>.py`` as the module ``name``."""
    spec = importlib.util.spec_from_file_location(name, repo_dir / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

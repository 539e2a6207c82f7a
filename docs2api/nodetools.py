"""Finding the npm-installed tools publishing and its tests use (Redoc, Redocly, Spectral, tsc).

They are installed from the npm registry into ``tools/node`` by ``make node-tools`` (pinned by
tools/node/package-lock.json). A user can point ``DOCS2API_NODE_TOOLS`` at any folder that holds
a ``node_modules`` with them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

CHECKOUT_TOOLS = Path(__file__).resolve().parent.parent / "tools" / "node"


def tools_dir() -> Path:
    """The folder whose node_modules holds the tools (may not be installed yet)."""
    configured = os.environ.get("DOCS2API_NODE_TOOLS")
    return Path(configured) if configured else CHECKOUT_TOOLS


def find_bin(name: str) -> Path | None:
    """An executable from the tools' node_modules/.bin, else from PATH, else None."""
    candidate = tools_dir() / "node_modules" / ".bin" / name
    if candidate.exists():
        return candidate
    found = shutil.which(name)
    return Path(found) if found else None


def redoc_bundle() -> Path | None:
    """Redoc's standalone browser bundle, inlined into the published HTML reference."""
    bundle = tools_dir() / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"
    return bundle if bundle.exists() else None


def install(quiet: bool = True) -> bool:
    """Install the pinned tools with ``npm ci``; False when npm is missing or fails."""
    npm = shutil.which("npm")
    folder = tools_dir()
    if npm is None or not (folder / "package-lock.json").exists():
        return False
    done = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"],
        cwd=folder,
        capture_output=quiet,
        check=False,
    )
    return done.returncode == 0

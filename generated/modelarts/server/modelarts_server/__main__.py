"""Serve the app with uvicorn: ``python -m modelarts_server [PORT]`` (all operations mocked)."""

from __future__ import annotations

import sys

import uvicorn

from modelarts_server.app import create_app

if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 8000
    uvicorn.run(create_app(), host="127.0.0.1", port=port)

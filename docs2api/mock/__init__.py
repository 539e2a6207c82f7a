"""Mock server for a docs2api spec: validation, examples/generated data, stateful collections."""

from docs2api.mock.app import create_app

__all__ = ["create_app"]

"""docs2api: cloud API reference docs to OpenAPI 3, clients, stubs and property tests."""

__version__ = "0.1.0"

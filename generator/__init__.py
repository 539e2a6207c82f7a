"""OpenAPI document -> generated Python client and server stubs."""

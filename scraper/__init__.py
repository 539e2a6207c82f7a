"""Documentation pages and snippet dumps -> records -> OpenAPI document."""

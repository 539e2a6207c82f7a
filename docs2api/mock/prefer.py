"""The Prism-style `Prefer` request header: code=NNN, example=NAME, dynamic=true|false."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preference:
    """What the client asked for; None/False where it asked for nothing."""

    code: int | None = None
    example: str | None = None
    dynamic: bool | None = None


def parse_prefer(values: list[str]) -> Preference:
    """Parse `Prefer` header values (tokens split by "," or ";"; bad tokens are ignored)."""
    code: int | None = None
    example: str | None = None
    dynamic: bool | None = None
    for value in values:
        for token in value.replace(";", ",").split(","):
            key, sep, raw = token.partition("=")
            if not sep:
                continue
            key = key.strip().lower()
            raw = raw.strip()
            if len(raw) >= 2 and raw[0] == raw[-1] == '"':
                raw = raw[1:-1]
            if key == "code" and raw.isdigit() and len(raw) == 3:
                code = int(raw)
            elif key == "example" and raw:
                example = raw
            elif key == "dynamic" and raw.lower() in ("true", "false"):
                dynamic = raw.lower() == "true"
    return Preference(code=code, example=example, dynamic=dynamic)

"""Run schemathesis (all phases, all checks, positive and negative data) against an ASGI app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema


@dataclass
class Outcome:
    """What a run found: failing checks (operation, check, message) and scenario counts."""

    failures: list[tuple[str, str, str]]
    errors: list[str]
    scenarios: int
    checks: int


def run_schemathesis(
    app: Any,
    *,
    headers: dict[str, str],
    max_examples: int = 10,
    seed: int = 1,
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing", "stateful"),
) -> Outcome:
    """Every built-in check over the given phases; returns the failures instead of raising."""
    config = SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "headers": headers,
            "continue-on-failure": True,
            "generation": {"mode": "all", "max-examples": max_examples, "deterministic": True},
            "checks": {"enabled": True},
            "phases": {
                name: {"enabled": name in phases}
                for name in ("examples", "coverage", "fuzzing", "stateful")
            },
            "warnings": False,
        }
    )
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=config)
    failures: list[tuple[str, str, str]] = []
    errors: list[str] = []
    scenarios = checks = 0
    seen: set[tuple[str, str, str]] = set()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            scenarios += 1
            for case_id, nodes in event.recorder.checks.items():
                for node in nodes:
                    checks += 1
                    if node.status == Status.FAILURE and node.failure_info is not None:
                        failure = node.failure_info.failure
                        key = (event.label or "", node.name, failure.title)
                        if key not in seen:
                            seen.add(key)
                            failures.append(
                                (key[0], key[1], _describe(event.recorder, case_id, failure))
                            )
        elif isinstance(event, events.NonFatalError):
            errors.append(str(event.info.format() if hasattr(event, "info") else event))
        elif isinstance(event, events.FatalError):
            errors.append(repr(event.exception))
    return Outcome(failures, errors, scenarios, checks)


def _describe(recorder: Any, case_id: str, failure: Any) -> str:
    """The failure with the request that caused it (method, URL, headers, body)."""
    text = f"{failure.title}: {failure.message}"
    interaction = recorder.interactions.get(case_id)
    if interaction is not None:
        request = interaction.request
        body = request.body[:300] if isinstance(request.body, bytes | str) else request.body
        text += f"\nrequest: {request.method} {request.uri} {dict(request.headers)} {body!r}"
        response = interaction.response
        if response is not None:
            text += f"\nresponse: {response.status_code} {response.content[:300]!r}"
    return text

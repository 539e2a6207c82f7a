"""The mock over the specs built from the seed dump and ../shared/corpus (skipped without it):
every documented response validates, stateful round trips work, schemathesis finds nothing."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from docs2api.mock import create_app
from docs2api.mock.routes import operations
from docs2api.mock.stateful import infer_collections
from docs2api.specfile import parse_document
from tests.conftest import SpecBuilds
from tests.mock.roundtrip import round_trip
from tests.mock.st_run import run_schemathesis
from tests.mock.test_contract import assert_every_documented_response_validates, body_on_no_content

# Collections whose round trip must work (the rest are reported): resources the docs describe
# with create, read, list and delete pages and ids the create response carries.
MUST_ROUND_TRIP = {
    "modelarts": ["/v2/{project_id}/datasets", "/v1/{project_id}/workspaces"],
    "ecs": ["/v2/{project_id}/os-server-groups", "/v2/{project_id}/os-keypairs"],
}


def _spec(spec_builds: SpecBuilds, name: str) -> dict[str, Any]:
    data: dict[str, Any] = parse_document(spec_builds.path(name).read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", ["seed", pytest.param("modelarts", marks=pytest.mark.slow), "ecs"])
def test_every_documented_response_validates(spec_builds: SpecBuilds, name: str) -> None:
    spec = _spec(spec_builds, name)
    checked, refused = assert_every_documented_response_validates(spec)
    assert checked >= 2 * len(operations(spec))
    assert refused == 0  # every request drawn from the spec is accepted


@pytest.mark.parametrize("name", ["modelarts", "ecs"])
def test_stateful_round_trips(spec_builds: SpecBuilds, name: str) -> None:
    spec = _spec(spec_builds, name)
    client = TestClient(create_app(spec, stateful=True, tokens={"tok"}, document_errors=True))
    collections = infer_collections(operations(spec))
    problems = {c.path + " {" + c.id_param + "}": round_trip(client, spec, c) for c in collections}
    passed = [key for key, found in problems.items() if not found]
    print(f"{name}: {len(passed)}/{len(problems)} collections round-trip")
    for key, found in problems.items():
        if found:
            print(f"  {key}: {found[0][:160]}")
    for path in MUST_ROUND_TRIP[name]:
        assert any(key.startswith(path + " ") for key in passed), (path, problems)


def _spec_defects(spec: dict[str, Any]) -> set[str]:
    """Operations documenting a body on 204 (no server can send it): reported, not failures."""
    return {
        f"{op.method.upper()} {op.path}"
        for op in operations(spec)
        for status in op.statuses
        if status.isdigit() and body_on_no_content(spec, op, status)
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "phases"),
    [
        ("seed", ("examples", "coverage", "fuzzing", "stateful")),
        ("modelarts", ("coverage",)),
        ("ecs", ("coverage",)),
    ],
)
def test_schemathesis_finds_no_failure(
    spec_builds: SpecBuilds, name: str, phases: tuple[str, ...]
) -> None:
    """All checks, negative data included; the corpus specs get the coverage phase only (the
    one that sends schema-violating data; tests/contract runs the other phases on them)."""
    spec = _spec(spec_builds, name)
    app = create_app(spec, tokens={"tok"}, document_errors=True)
    outcome = run_schemathesis(app, headers={"X-Auth-Token": "tok"}, max_examples=3, phases=phases)
    defects = _spec_defects(spec)
    real = [f for f in outcome.failures if f[0] and f[0] not in defects]
    unlabelled = [f for f in outcome.failures if not f[0] and "204" not in f[2]]
    assert outcome.errors == []
    assert real == [] and unlabelled == [], real + unlabelled
    assert outcome.checks > 100

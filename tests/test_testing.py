"""docs2api test: the schemathesis runner against a correct app, broken apps, a real socket."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import uvicorn
import yaml

from docs2api.cli import main
from docs2api.signing import Credentials
from docs2api.testing import (
    HuaweiAuth,
    RunOptions,
    RunResult,
    format_summary,
    junit_xml,
    lifecycles,
    run_schemathesis,
)
from tests.contract.items_app import ITEMS_SPEC, KEYS, TOKEN, create_items_app

AK, SK = next(iter(KEYS.items()))
SIGNED = HuaweiAuth(credentials=Credentials(AK, SK))
QUICK = RunOptions(max_examples=5, seed=7)
# Scenarios are drawn at random even with a seed (how far a scenario walks depends on what
# earlier tests left in hypothesis' state), so proving a lifecycle needs a budget with room.
LIFECYCLE = RunOptions(max_examples=5, seed=7, stateful_examples=40, max_steps=12)
CREATE = "POST /v1/{project_id}/items"
SHOW = "GET /v1/{project_id}/items/{item_id}"
DELETE = "DELETE /v1/{project_id}/items/{item_id}"


def test_correct_app_passes_every_check_and_walks_create_get_delete() -> None:
    result = run_schemathesis(ITEMS_SPEC, app=create_items_app(), auth=SIGNED, options=LIFECYCLE)
    assert result.failures == [] and result.error_count == 0, format_summary(result)
    assert result.ok
    assert set(result.operations) == {CREATE, SHOW, DELETE, "GET /v1/{project_id}/items"}
    assert all(op.cases > 0 for op in result.operations.values())
    assert result.stateful_scenarios > 0
    assert result.links[f"{CREATE} -> {SHOW}"] > 0
    assert lifecycles(result), format_summary(result)
    summary = format_summary(result)
    assert "4 operation(s) tested" in summary and summary.rstrip().endswith("result: passed")


def test_lifecycles_need_create_then_read_then_delete_of_one_collection() -> None:
    result = RunResult(title="t")
    other = "DELETE /v1/{project_id}/others/{id}"
    result.chains.update(
        {
            f"{CREATE} -> {SHOW} -> {DELETE}": 1,
            f"{CREATE} -> {DELETE} -> {SHOW}": 1,  # read after delete: not a lifecycle
            f"{CREATE} -> {SHOW} -> {other}": 1,  # another collection
            f"{CREATE} -> {SHOW} -> {SHOW} -> {DELETE} -> {DELETE}": 1,
        }
    )
    assert lifecycles(result) == [
        f"{CREATE} -> {SHOW} -> {DELETE}",
        f"{CREATE} -> {SHOW} -> {SHOW} -> {DELETE} -> {DELETE}",
    ]


def test_token_auth_works_too() -> None:
    options = RunOptions(max_examples=3, seed=1, stateful=False, phases=("examples", "fuzzing"))
    result = run_schemathesis(
        ITEMS_SPEC, app=create_items_app(), auth=HuaweiAuth(token=TOKEN), options=options
    )
    assert result.ok, format_summary(result)
    assert result.stateful_scenarios == 0


def test_schema_violation_is_reported_against_the_operation() -> None:
    result = run_schemathesis(
        ITEMS_SPEC, app=create_items_app(bug="schema"), auth=SIGNED, options=QUICK
    )
    assert not result.ok
    assert result.failures_by_check["response_schema_conformance"] >= 1
    failing = {f.operation for f in result.failures if f.check == "response_schema_conformance"}
    assert failing == {SHOW}
    failure = next(f for f in result.failures if f.check == "response_schema_conformance")
    assert failure.status == 200 and failure.request.startswith("GET ")
    summary = format_summary(result)
    assert "response_schema_conformance" in summary and "result: FAILED" in summary


def test_unenforced_auth_is_reported() -> None:
    options = RunOptions(max_examples=3, seed=2, stateful=False)
    result = run_schemathesis(
        ITEMS_SPEC, app=create_items_app(bug="noauth"), auth=SIGNED, options=options
    )
    assert result.failures_by_check["ignored_auth"] >= 1, format_summary(result)


def test_junit_xml_shape() -> None:
    result = run_schemathesis(
        ITEMS_SPEC, app=create_items_app(bug="schema"), auth=SIGNED, options=QUICK
    )
    root = ElementTree.fromstring(junit_xml(result))
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "4" and suite.get("failures") == "1"
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == set(result.operations)
    failure = cases[SHOW].find("failure")
    assert failure is not None and failure.get("type") == "response_schema_conformance"
    assert cases[CREATE].find("failure") is None


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn on a free local port, in a thread."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "items.yaml"
    path.write_text(yaml.safe_dump(ITEMS_SPEC, sort_keys=False), encoding="utf-8")
    return path


def test_cli_against_a_running_server_signs_with_env_keys(
    spec_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", AK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", SK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "proj42")
    monkeypatch.delenv("HUAWEICLOUD_SDK_TOKEN", raising=False)
    report = tmp_path / "junit.xml"
    argv = ["test", str(spec_file), "--max-examples", "5", "--seed", "3"]
    app = create_items_app()
    with serve(app) as url:
        code = main([*argv, "--base-url", url, "--junit-xml", str(report)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert app.state.projects == {"proj42"}  # the caller's project, not generated ones
    assert "result: passed" in out and "stateful:" in out
    suite = ElementTree.parse(report).getroot().find("testsuite")
    assert suite is not None and suite.get("failures") == "0" and suite.get("tests") == "4"

    with serve(create_items_app(bug="schema")) as url:
        code = main([*argv, "--base-url", url, "--no-stateful"])
    out = capsys.readouterr().out
    assert code == 1
    assert "response_schema_conformance: 1" in out and "stateful:" not in out


def test_cli_without_credentials_is_refused_by_a_checking_server(
    spec_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("AK", "SK", "TOKEN", "PROJECT_ID"):
        monkeypatch.delenv(f"HUAWEICLOUD_SDK_{name}", raising=False)
    with serve(create_items_app()) as url:
        code = main(["test", str(spec_file), "--base-url", url, "--max-examples", "2"])
    captured = capsys.readouterr()
    assert code == 1
    assert "no credentials" in captured.err
    assert "no request succeeded" in captured.out and "401 x" in captured.out


def test_cli_usage_errors(spec_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test", str(spec_file), "--phases", "fuzzing,nonsense"]) == 2
    assert "nonsense" in capsys.readouterr().err
    assert main(["test", str(spec_file), "--param", "project_id"]) == 2
    assert "LOC.NAME=VALUE" in capsys.readouterr().err
    assert main(["test", str(spec_file.with_name("absent.yaml"))]) == 2
    capsys.readouterr()
    no_spec = spec_file.with_name("no-paths.yaml")
    no_spec.write_text("openapi: 3.0.3\n", encoding="utf-8")  # (schemathesis refuses it)
    assert main(["test", str(no_spec)]) == 2
    assert f"{no_spec} is not a valid OpenAPI document" in capsys.readouterr().err


def test_a_schema_schemathesis_fails_on_is_an_error_of_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a property schema that is a string: schemathesis 4's engine raises AttributeError
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": THING}}},
                    "responses": {"201": {"description": "made", **JSON_THING}},
                }
            },
            "/things/{thing_id}": {
                "get": {
                    "parameters": [
                        {"name": "thing_id", "in": "path", "required": True, "schema": {}}
                    ],
                    "responses": {"200": {"description": "ok", **JSON_THING}},
                }
            },
        },
        "components": {
            "schemas": {"Thing": {"type": "object", "properties": {"thing_id": {}, "size": "x"}}}
        },
    }
    path = tmp_path / "odd.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert main(["test", str(path), "--max-examples", "1"]) == 1
    out = capsys.readouterr().out
    assert "schemathesis stopped (AttributeError:" in out
    assert "`docs2api lint` says whether the spec is valid OpenAPI" in out
    assert "result: FAILED" in out


THING = {"$ref": "#/components/schemas/Thing"}
JSON_THING = {"content": {"application/json": {"schema": THING}}}


def test_cli_in_process_mock(spec_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("docs2api.mock")
    code = main(["test", str(spec_file), "--max-examples", "3", "--seed", "1"])
    out = capsys.readouterr().out
    assert "4 operation(s) tested" in out
    assert code == (0 if "result: passed" in out else 1)


def test_read_only_keeps_reads_and_drops_links_to_writes(
    spec_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from docs2api.testing import read_only

    reads = read_only(ITEMS_SPEC)
    assert {label for path in reads["paths"] for label in reads["paths"][path]} == {"get"}
    show = reads["paths"]["/v1/{project_id}/items/{item_id}"]["get"]
    assert "links" not in show["responses"]["200"]  # its only link led to DeleteItem
    assert (
        "links"
        in ITEMS_SPEC["paths"]["/v1/{project_id}/items/{item_id}"]["get"]["responses"]["200"]
    )  # the input is not modified

    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", AK)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", SK)
    app = create_items_app()
    with serve(app) as url:
        code = main(
            ["test", str(spec_file), "--base-url", url, "--read-only", "--max-examples", "3"]
        )
    out = capsys.readouterr().out
    assert code == 0, out
    assert app.state.methods == {"GET"}  # nothing was created or deleted
    assert "2 operation(s) tested" in out and "POST" not in out and "DELETE" not in out


def test_an_error_in_our_own_event_handling_is_not_taken_for_schemathesis_failing() -> None:
    class HandlerBug(Exception):
        pass

    def on_event(event: object) -> None:
        raise HandlerBug

    options = RunOptions(max_examples=1, seed=1, stateful=False, phases=("examples",))
    with pytest.raises(HandlerBug):
        run_schemathesis(
            ITEMS_SPEC, app=create_items_app(), auth=SIGNED, options=options, on_event=on_event
        )

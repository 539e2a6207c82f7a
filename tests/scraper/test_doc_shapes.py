"""Doc shapes that examples contradict when read naively: small pages in, spec fragments out.

Each page below is hand-written in the DITA structure of the ModelArts v1 pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from docs2api.lint import lint_spec
from scraper.pipeline import spec_from_inputs
from scraper.semantics import required_condition

_PAGE = """<html><body><h1 class="topictitle1">Creating a Service</h1>
<div id="body1"><div class="section"><h4 class="sectiontitle">Function</h4>
<p>This API is used to create a service.</p></div>
<div class="section"><h4 class="sectiontitle">URI</h4>
<p>POST /v1/{{project_id}}/services</p>
<div class="tablenoborder"><table id="t1"><caption><b>Table 1 </b>Parameters</caption>
<thead align="left"><tr><th><p>Parameter</p></th><th><p>Mandatory</p></th>
<th><p>Type</p></th><th><p>Description</p></th></tr></thead>
<tbody><tr><td><p>project_id</p></td><td><p>Yes</p></td><td><p>String</p></td>
<td><p>Project ID.</p></td></tr></tbody></table></div></div>
<div class="section"><h4 class="sectiontitle">Request Body</h4>
<div class="tablenoborder"><table id="t2"><caption><b>Table 2 </b>Parameters</caption>
<thead align="left"><tr><th><p>Parameter</p></th><th><p>Mandatory</p></th>
<th><p>Type</p></th><th><p>Description</p></th></tr></thead><tbody>
<tr><td><p>service_name</p></td><td><p>Yes</p></td><td><p>String</p></td>
<td><p>Service name.</p></td></tr>
<tr><td><p>infer_type</p></td><td><p>Yes</p></td><td><p>String</p></td>
<td><p>Inference mode. The value can be real-time or batch.</p></td></tr>
<tr><td><p>weight</p></td><td><p>Yes</p></td><td><p>Integer</p></td>
<td><p>Traffic weight. This parameter is mandatory only when infer_type is set to
real-time.</p></td></tr>
<tr><td><p>mapping_rule</p></td><td><p>No</p></td><td><p>Object</p></td>
<td><p>Mapping between input parameters and CSV data.</p></td></tr>
</tbody></table></div></div>
<div class="section"><h4 class="sectiontitle">Response Body</h4>
<div class="tablenoborder"><table id="t3"><caption><b>Table 3 </b>Parameters</caption>
<thead align="left"><tr><th><p>Parameter</p></th><th><p>Type</p></th>
<th><p>Description</p></th></tr></thead><tbody>
<tr><td><p>service_id</p></td><td><p>String</p></td><td><p>Service ID.</p></td></tr>
</tbody></table></div></div>
<div class="section"><h4 class="sectiontitle">Samples</h4>
<ul><li>Sample request: creating a batch service<pre class="screen">
{{ "service_name": "s1", "infer_type": "batch" }}</pre></li></ul>
<p>The format of the inference request body described in mapping_rule is as follows:</p>
<pre class="screen">{{ "data": {{ "req_data": [{{ "input1": 1 }}] }} }}</pre>
<ul><li>Successful sample response<pre class="screen">{{ "service_id": "10eb" }}</pre></li></ul>
<ul><li>Failed sample response<pre class="screen">
{{ "is_success": false, "error_message": "The service does not exist.",
   "error_code": "ModelArts.3502" }}</pre></li></ul>
</div></div></body></html>
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    folder: Path = tmp_path_factory.mktemp("pages")
    (folder / "modelarts_09_0100.html").write_text(_PAGE.format(), encoding="utf-8")
    result = spec_from_inputs([str(folder)])
    return result.spec, list(result.diagnostics)


def _operation(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/v1/{project_id}/services"]["post"]
    return op


def _schema(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return found


def test_mandatory_only_when_is_not_required(built: tuple[dict[str, Any], list[Any]]) -> None:
    spec, diagnostics = built
    media = _operation(spec)["requestBody"]["content"]["application/json"]
    body = _schema(spec, media["schema"])
    assert body["required"] == ["service_name", "infer_type"]
    assert "mandatory only when" in body["properties"]["weight"]["description"]
    assert [d.source.row for d in diagnostics if d.code == "conditional-required"] == [3]


def test_failed_sample_response_is_an_error_body(built: tuple[dict[str, Any], list[Any]]) -> None:
    spec, _ = built
    responses = _operation(spec)["responses"]
    success = responses["200"]["content"]["application/json"]["examples"]
    assert list(success) == ["Successful_sample_response"]
    failed = responses["default"]["content"]["application/json"]
    assert list(failed["examples"]) == ["Failed_sample_response"]
    error = _schema(spec, failed["schema"])
    assert list(error["properties"]) == ["error_code", "error_msg", "is_success", "error_message"]
    assert error["properties"]["is_success"]["type"] == "boolean"
    assert error["properties"]["error_message"]["x-source"]["file"] == "modelarts_09_0100.html"


def test_block_showing_a_field_is_not_a_request_example(
    built: tuple[dict[str, Any], list[Any]],
) -> None:
    spec, diagnostics = built
    op = _operation(spec)
    examples = op["requestBody"]["content"]["application/json"]["examples"]
    assert list(examples) == ["Sample_request_creating_a_batch_service"]
    aside = op["x-unattached-examples"]
    assert [e["value"] for e in aside] == [{"data": {"req_data": [{"input1": 1}]}}]
    assert "example-not-a-body" in [d.code for d in diagnostics]


def test_every_example_validates_and_is_declared(built: tuple[dict[str, Any], list[Any]]) -> None:
    spec, _ = built
    lint = lint_spec(spec)
    assert lint.valid
    assert lint.valid_percent == 100
    assert lint.declared_percent == 100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Weight. This parameter is mandatory only when infer_type is real-time. Sum is 100.",
            "This parameter is mandatory only when infer_type is real-time",
        ),
        (
            "User ID. This parameter is mandatory when keyname is used.",
            "This parameter is mandatory when keyname is used",
        ),
        (
            "Model ID. After setting model_id, you do not need to set app_url.",
            "After setting model_id, you do not need to set app_url",
        ),
        ("权重。当infer_type为real-time时必选。", "当infer_type为real-time时必选"),
        ("Project ID. Mandatory.", None),
        ("The value is required to be unique.", None),
    ],
)
def test_required_condition(text: str, expected: str | None) -> None:
    assert required_condition(text) == expected

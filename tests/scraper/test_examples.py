"""Example blocks: request lines, JSON bodies, certain repairs only, non-JSON recognised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.examples import ParsedExample, parse_example_text, url_to_path

# ------------------------------------------------------------------------- request lines


@pytest.mark.parametrize(
    ("text", "line", "body"),
    [
        (
            "POST https://{endpoint}/v1/{project_id}/cloudservers",
            ("POST", "https://{endpoint}/v1/{project_id}/cloudservers"),
            "",
        ),
        (
            'GET    https://endpoint/v1/{project_id}/training-jobs\n{"a": 1}',
            ("GET", "https://endpoint/v1/{project_id}/training-jobs"),
            '{"a": 1}',
        ),
        (
            'https://{endpoint}/v1/{project_id}/notebooks/a55eba18/tags/create { "tags" : [] }',
            (None, "https://{endpoint}/v1/{project_id}/notebooks/a55eba18/tags/create"),
            '{ "tags" : [] }',
        ),
        (
            "post https://{iam-endpoint}/v3/auth/tokens",
            ("POST", "https://{iam-endpoint}/v3/auth/tokens"),
            "",
        ),
        (
            "GET https://{endpoint}/v2.1/9c53a566cb3443ab910cf0daebca90c4/images/detail",
            ("GET", "https://{endpoint}/v2.1/9c53a566cb3443ab910cf0daebca90c4/images/detail"),
            "",
        ),
        (
            "DELETE /v1/{project_id}/services/{service_id}",
            ("DELETE", "/v1/{project_id}/services/{service_id}"),
            "",
        ),
        (
            "GET /networks?router:external=True //Name in the result is returned.",
            ("GET", "/networks?router:external=True"),
            "",
        ),
        (
            "GET https://endpoint/v1/{project_id}/visualization-jobs ?status=7&per_page=10& "
            "search_content=job_name",
            (
                "GET",
                "https://endpoint/v1/{project_id}/visualization-jobs?status=7&per_page=10"
                "&search_content=job_name",
            ),
            "",
        ),
        (
            "GET    https://endpoint/v1/{project_id}/aom-log?log_file=log1.log"
            "&base_line= 155&lines=50",
            (
                "GET",
                "https://endpoint/v1/{project_id}/aom-log?log_file=log1.log&base_line=155&lines=50",
            ),
            "",
        ),
        ('{"a": "https://x/y"}', None, '{"a": "https://x/y"}'),
        ("/v1/x", None, "/v1/x"),
    ],
)
def test_request_line(text: str, line: tuple[str | None, str] | None, body: str) -> None:
    parsed = parse_example_text(text)
    assert parsed.request_line == line
    assert parsed.body_text == body


def test_twin_request_lines_before_the_body() -> None:
    parsed = parse_example_text(
        "GET https://{endpoint}/v2/{project_id}/flavors/detail\n"
        "GET https://{endpoint}/v2.1/{project_id}/flavors/detail"
    )
    assert parsed.request_line == ("GET", "https://{endpoint}/v2/{project_id}/flavors/detail")
    assert parsed.other_request_lines == (
        ("GET", "https://{endpoint}/v2.1/{project_id}/flavors/detail"),
    )
    assert (parsed.body_text, parsed.parsed, parsed.problem) == ("", False, None)


@pytest.mark.parametrize(
    ("url", "path", "query"),
    [
        ("https://{endpoint}/v1/{project_id}/cloudservers", "/v1/{project_id}/cloudservers", {}),
        (
            "https://endpoint/v1/{project_id}/jobs?status=7&per_page=10",
            "/v1/{project_id}/jobs",
            {"status": "7", "per_page": "10"},
        ),
        ("https://{endpoint}/v2.1/9c53a566/servers", "/v2.1/9c53a566/servers", {}),
        ("http://modelarts.example.com:8080/v1/x#frag", "/v1/x", {}),
        ("{endpoint}/v1/x", "/v1/x", {}),
        (
            "/v2/{project_id}/servers{?reserve_port}",
            "/v2/{project_id}/servers",
            {"reserve_port": "{reserve_port}"},
        ),
        ("/v2/servers?minDisk={minDisk}&flag", "/v2/servers", {"minDisk": "{minDisk}", "flag": ""}),
        ("GET https://{endpoint}/v1/x", "/v1/x", {}),
        ("https://{endpoint}/", "/", {}),
        ("https://{endpoint}", "/", {}),
        ("", "/", {}),
        ("  /v1/x //comment", "/v1/x", {}),
    ],
)
def test_url_to_path(url: str, path: str, query: dict[str, str]) -> None:
    assert url_to_path(url) == (path, query)


# ------------------------------------------------------------------------- bodies


def test_clean_json() -> None:
    parsed = parse_example_text('{\n  "total_count" : 1,\n  "clusters" : [ ]\n}')
    assert (parsed.value, parsed.parsed, parsed.repaired, parsed.problem) == (
        {"total_count": 1, "clusters": []},
        True,
        False,
        None,
    )


@pytest.mark.parametrize("text", ["", "None", "N/A", "无", "  \n "])
def test_no_body_is_not_a_problem(text: str) -> None:
    parsed = parse_example_text(text)
    assert (parsed.parsed, parsed.problem, parsed.value) == (False, None, None)


@pytest.mark.parametrize(
    ("text", "value", "repair"),
    [
        (
            '{\n\t"zoneName": "az1"   //Replace the value with the actual AZ name.\n}',
            {"zoneName": "az1"},
            "comments removed",
        ),
        (
            '{"url": "https://a/b", /* note */ "n": 1}',
            {"url": "https://a/b", "n": 1},
            "comments removed",
        ),
        ('{"a": [1, 2,], "b": {"c": 3,},}', {"a": [1, 2], "b": {"c": 3}}, "trailing commas"),
        (
            '{\n  "specs": [\n    ......\n    {"spec_id": 7},\n    {"spec_id": 8}\n  ]\n}',
            {"specs": [{"spec_id": 7}, {"spec_id": 8}]},
            "placeholder",
        ),
        (
            '{"engines": [{"id": 1},\n    ......\n    {"id": 3}]}',
            {"engines": [{"id": 1}, {"id": 3}]},
            "placeholder",
        ),
        ('{"items": [1, 2, ...]}', {"items": [1, 2]}, "placeholder"),
        ('{"text": "line one\nline two"}', {"text": "line one\nline two"}, "line breaks"),
        (
            '{\n    "dry_run": true \n    "server": {"name": "newserver"}\n}',
            {"dry_run": True, "server": {"name": "newserver"}},
            "missing commas",
        ),
        (
            '{\n    versions:[ {"version_id": 1485} ]\n}',
            {"versions": [{"version_id": 1485}]},
            "bare",
        ),
    ],
)
def test_certain_repairs(text: str, value: object, repair: str) -> None:
    parsed = parse_example_text(text)
    assert (parsed.value, parsed.parsed, parsed.repaired, parsed.problem) == (
        value,
        True,
        True,
        None,
    )
    assert any(repair in done for done in parsed.repairs)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{ \n    "error": {"message": "", "code": XXX,""}\n}', "line 2"),
        ('{\n    "engine_type": ,\n    "engine_name": "TensorFlow"\n}', "engine_type"),
        ('{\n    "version_name":""V0001"\n}', "V0001"),
        ('{"specification": "modelarts.vm.gpu.p4" "modelarts.vm.gpu.v100"}', "delimiter"),
        ('{\n  "token": {\n    "catalog": [\n      {\n        "region_id": "aaa",\n......', "line"),
    ],
)
def test_uncertain_breakage_is_not_parsed(text: str, says: str) -> None:
    parsed = parse_example_text(text)
    assert (parsed.parsed, parsed.value, parsed.repaired) == (False, None, False)
    assert parsed.problem is not None and "broken JSON" in parsed.problem
    assert says in parsed.problem


def test_second_document_after_or() -> None:
    text = '{\n    "migrate": {"dedicated_host_id": "459a"}\n}\nOr\n{\n    "migrate": null\n}'
    parsed = parse_example_text(text)
    assert parsed.value == {"migrate": {"dedicated_host_id": "459a"}}
    assert parsed.parsed
    assert parsed.problem is not None and "second document" in parsed.problem


def test_second_document_after_or_with_a_repair() -> None:
    text = '{"a": 1, // one\n}\nOr\n{"a": 2}'
    parsed = parse_example_text(text)
    assert (parsed.value, parsed.parsed, parsed.repaired) == ({"a": 1}, True, True)
    assert parsed.problem is not None and "second document" in parsed.problem


@pytest.mark.parametrize(
    ("text", "looks"),
    [
        ("#! /bin/bash\necho user_test >> /home/user.txt", "shell script"),
        ("rem cmd\necho 111 > c:\\aaa.txt", "shell script"),
        ("IyEgL2Jpbi9iYXNoDQplY2hvIHVzZXJfdGVzdCAmZ3Q7Jmd0OyAvaG9tZS91c2VyLnR4dA==", "base64"),
        ("<html>\n<head><title>201 Created</title></head>\n</html>", "HTML"),
        ('private static final String region = "";\nrequest.addHeader("X", "y");', "Java"),
        ("Content-Type: application/json\nX-Auth-Token: ABCDEFJ....", "HTTP headers"),
        ("- **polygon**: consists of multiple points", "markdown"),
    ],
)
def test_non_json_bodies_say_what_they_look_like(text: str, looks: str) -> None:
    parsed = parse_example_text(text)
    assert (parsed.parsed, parsed.value) == (False, None)
    assert parsed.problem is not None and looks in parsed.problem


def test_headers_before_a_json_body_are_skipped() -> None:
    parsed = parse_example_text(
        'Content-Type:application/json\n{"auth": {"methods": ["password"]}}'
    )
    assert parsed.value == {"auth": {"methods": ["password"]}}
    assert parsed.problem is None


def test_flattened_chinese_snippet_example() -> None:
    text = (
        'POST https://{endpoint}/v1/{project_id}/services { "infer_type" : "real-time", '
        '"config" : [ { "specification" : "modelarts.vm.cpu.2u", "weight" : 100 } ] }'
    )
    parsed = parse_example_text(text)
    assert parsed.request_line == ("POST", "https://{endpoint}/v1/{project_id}/services")
    assert parsed.value == {
        "infer_type": "real-time",
        "config": [{"specification": "modelarts.vm.cpu.2u", "weight": 100}],
    }


def test_strings_with_comment_markers_are_left_alone() -> None:
    text = '{"href": "https://compute.example.com/v2.1//flavors", "note": "/* not a comment */"}'
    parsed = parse_example_text(text)
    assert parsed.value == json.loads(text)
    assert not parsed.repaired


# ------------------------------------------------------------------------- robustness


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_random_text(text: str) -> None:
    parsed = parse_example_text(text)
    assert isinstance(parsed, ParsedExample)
    assert parsed.parsed or parsed.value is None
    path, query = url_to_path(text)
    assert path.startswith("/")
    assert isinstance(query, dict)


_JSONISH = st.lists(
    st.sampled_from(
        ['{', '}', '[', ']', '"a"', '"b c"', ':', ',', ' ', '\n', '//x', '/*', '*/', '......',
         'true', '1', 'null', 'Or', 'key', 'GET https://{endpoint}/v1/x', '"', '\\']
    ),
    max_size=60,
)  # fmt: skip


@given(_JSONISH)
@settings(max_examples=400, deadline=None)
def test_never_raises_on_json_soup(parts: list[str]) -> None:
    parsed = parse_example_text("".join(parts))
    if parsed.parsed and parsed.problem is None:
        # a value reported as parsed is real JSON
        json.dumps(parsed.value)


def test_deeply_nested_does_not_raise() -> None:
    parsed = parse_example_text("[" * 5000 + "]" * 5000)
    assert isinstance(parsed, ParsedExample)


# ------------------------------------------------------------------------- corpus


def _blocks(folder: Path) -> list[str]:
    from lxml import html

    return [
        "".join(pre.itertext())
        for page in sorted(folder.glob("*.html"))
        for pre in html.parse(str(page)).iter("pre")
    ]


def test_corpus_examples(modelarts_corpus: Path, ecs_corpus: Path) -> None:
    """Figures over every pre block of both corpora (the report quotes them)."""
    counts = {"clean": 0, "repaired": 0, "first_of_two": 0, "broken_json": 0, "not_json": 0}
    lines = 0
    for text in _blocks(modelarts_corpus) + _blocks(ecs_corpus):
        parsed = parse_example_text(text)
        lines += parsed.request_line is not None
        if not parsed.body_text:
            continue
        if parsed.parsed and parsed.problem:
            counts["first_of_two"] += 1
        elif parsed.parsed:
            counts["repaired" if parsed.repaired else "clean"] += 1
        elif parsed.problem and "not JSON" in parsed.problem:
            counts["not_json"] += 1
        else:
            counts["broken_json"] += 1
    json_blocks = counts["clean"] + counts["repaired"] + counts["first_of_two"]
    json_blocks += counts["broken_json"]
    assert lines > 200
    assert counts["clean"] > 350
    assert counts["repaired"] >= 5
    # at least 98.5% of the JSON-looking blocks give a value
    assert counts["broken_json"] / json_blocks < 0.015, counts

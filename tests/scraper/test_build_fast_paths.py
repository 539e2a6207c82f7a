"""The builder's shortcuts give exactly what the plain code gives (checked on generated input)."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.build import (
    _in_header,
    _path_difference,
    _positional_difference,
    build_spec,
    normalize_path,
    rewrite_path,
)
from scraper.semantics import returned_in_header
from tests.scraper.test_build_kit import example, operation, page, project_param, response

_segments = st.lists(st.sampled_from(["v1", "v2", "{id}", "{p}", "servers", "x", "v2.1"]))


def _difflib_difference(theirs: list[str], mine: list[str]) -> list[str]:
    matcher = difflib.SequenceMatcher(a=theirs, b=mine, autojunk=False)
    return [
        seg for tag, _, _, j1, j2 in matcher.get_opcodes() if tag != "equal" for seg in mine[j1:j2]
    ]


@settings(max_examples=600, deadline=None)
@given(theirs=_segments, mine=_segments, swaps=st.lists(st.tuples(st.integers(0, 9), _segments)))
def test_positional_difference_is_what_difflib_finds(
    theirs: list[str], mine: list[str], swaps: list[tuple[int, list[str]]]
) -> None:
    # (as often as not, ``mine`` is ``theirs`` with a few segments replaced)
    if len(swaps) % 2:
        mine = list(theirs)
        for index, segs in swaps:
            if mine and segs:
                mine[index % len(mine)] = segs[0]
    quick = _positional_difference(theirs, mine)
    if quick is not None:
        assert quick == _difflib_difference(theirs, mine)


def test_positional_difference_applies_to_versions_and_leaves_repeats_to_difflib() -> None:
    assert _positional_difference(["v1", "{p}", "servers"], ["v2", "{p}", "servers"]) == ["v2"]
    assert _positional_difference(["v1", "{p}"], ["v1", "{p}"]) == []
    assert _positional_difference(["x", "x"], ["x", "y"]) is None  # a repeated segment
    assert _positional_difference(["x", "y"], ["y", "x"]) is None  # segments trade places
    assert _positional_difference(["x"], ["x", "y"]) is None  # lengths differ
    assert _path_difference("/v2/{p}/servers/detail", "/v2.1/{p}/servers/{id}") == "V21ById"
    assert _path_difference("/v2c0/{p}/servers", "/v2c1/{p}/servers") == "V2c1"


def test_operations_are_fixed_where_they_need_it_and_used_as_they_are_elsewhere() -> None:
    fine = operation(
        "get",
        "/v1/{project_id}/things",
        file="A.html",
        parameters=(project_param("A.html"),),
        responses=(response("200"),),
        examples=(example("response", {"n": 1}, status="200", file="A.html"),),
    )
    odd = operation(
        "PUT",  # type: ignore[arg-type]
        "v1/{project_id}/things/?x=1",
        file="B.html",
        parameters=(project_param("B.html"),),
        responses=(response("OK"), response("4xx"), response("201")),
        examples=(example("response", {"n": 2}, status="two hundred", file="B.html"),),
    )
    result = build_spec([page("A.html", fine), page("B.html", odd)])
    item = result.spec["paths"]["/v1/{project_id}/things"]
    assert list(item) == ["get", "put"]
    assert list(item["put"]["responses"]) == ["201", "4XX", "default"]
    # the example's status was not a status: it went to the first success response
    examples = item["put"]["responses"]["201"]["content"]["application/json"]["examples"]
    assert [e["value"] for e in examples.values()] == [{"n": 2}]
    assert list(item["get"]["responses"]) == ["200", "default"]
    assert [d.code for d in result.diagnostics].count("bad-status") == 1


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda ups: "".join(c.upper() if up else c for c, up in zip(word, ups, strict=True))
    )


# Sentences around the phrase the pattern looks for, its words in any case (or broken).
_header_words = st.tuples(
    st.sampled_from(["", "The ID, which is ", "值在", "K ſ İ "]),
    st.one_of(_cased("returned"), _cased("carried"), st.just("return")),
    st.sampled_from([" in the ", " IN THE ", " in  the ", " in "]),
    st.sampled_from(["", "response ", "REQUEST ", "http ", "body "]),
    st.one_of(_cased("header"), _cased("headers"), st.just("heade r")),
    st.sampled_from(["", ".", "s", "响应消息头中", "头中"]),
).map("".join)


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(_header_words, st.text(max_size=30)))
def test_header_gate_asks_the_pattern_whenever_it_can_match(text: str) -> None:
    assert _in_header(text) == returned_in_header(text)


def test_header_gate_on_plain_cases() -> None:
    assert _in_header("The ID, which is returned in the response HEADER.")
    assert _in_header("该值在响应消息头中返回")
    assert not _in_header("The header of the page")  # says header, but not "returned in"
    assert not _in_header("Returned in the body.")


_path_text = st.lists(
    st.sampled_from(
        [
            *["/", "/", "v1", "{id}", "{", "}", "{a b}", "x", " ", "\t", "?", "#", "q=1"],
            *["\u00a0", "\x1c", "\u3000", "-", ".", "{p.q-r_2}", "{}", "服务"],
        ]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(path=_path_text)
def test_normalize_path_shortcut_gives_what_the_rewrites_give(path: str) -> None:
    assert normalize_path(path) == rewrite_path(path)

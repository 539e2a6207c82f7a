"""The built spec is what the old last pass (a JSON copy, then ``wrap_ref_siblings``) would
make of it: no container shared (within the spec, nor with the records), JSON-safe, and each
``$ref`` with siblings already an ``allOf``; component names numbered as ``naming.unique``
numbers them."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.build import build_spec
from scraper.diagnostics import Collector
from scraper.naming import unique
from scraper.records import Constraints, Page, Structure
from scraper.schemas import Schemas
from scraper.tidy import json_copy
from tests.scraper.test_build_kit import (
    INTEGER,
    STRING,
    array_of,
    example,
    field,
    obj,
    operation,
    page,
    project_param,
    response,
    structure,
)
from tests.scraper.wrap_reference import wrap_ref_siblings


def _containers(node: Any, out: list[Any]) -> list[Any]:
    if isinstance(node, dict):
        out.append(node)
        for value in node.values():
            _containers(value, out)
    elif isinstance(node, list):
        out.append(node)
        for value in node:
            _containers(value, out)
    return out


def _assert_as_old_pass_made_it(spec: dict[str, Any], records: list[Any]) -> None:
    """Same text as the copy-and-wrap pass; nothing shared within the spec nor with records."""
    old = json_copy(spec)
    wrap_ref_siblings(old)
    assert json.dumps(spec, ensure_ascii=False) == json.dumps(old, ensure_ascii=False)
    ids = [id(c) for c in _containers(spec, [])]
    assert len(ids) == len(set(ids)), "a container appears twice in the spec"
    record_ids = {id(c) for value in records for c in _containers(value, [])}
    assert not record_ids & set(ids), "the spec shares a container with the records"


def _pages() -> tuple[list[Page], list[Any]]:
    config = structure("P.html#t3", "Config", field("weight", INTEGER))
    tags = structure("P.html#t4", "Tag", field("key", STRING))
    body = structure(
        "P.html#t2",
        "Body",
        field("config", obj(config.key, "Config"), description="The configuration"),
        field("tags", array_of(obj(tags.key, "Tag")), description="Tags"),
        field(
            "old",
            obj(config.key, "Config"),
            constraints=Constraints(deprecated=True),
            row=3,
        ),
    )
    listed = replace(structure("P.html#t5", "Listed", file="P.html"), body_type=obj(config.key))
    shared_value: dict[str, Any] = {
        "config": {"weight": 1},
        "tags": [{"key": "a"}],
        "deep": [[1, 2], {"x": None}],
    }
    request = example("request", shared_value, title="Request example")
    reply = example("response", shared_value, status="200")
    create = operation(
        "post",
        "/v1/{project_id}/services",
        parameters=(
            project_param(),
            field("filter", obj(config.key, "Config"), location="query", description="F"),
            field(
                "legacy",
                obj(config.key, "Config"),
                location="query",
                constraints=Constraints(deprecated=True),
            ),
        ),
        request_body=body.key,
        responses=(response("200", body.key),),
        examples=(request, reply),
    )
    update = operation(
        "put",
        "/v1/{project_id}/services/{id}",
        parameters=(project_param(), field("id", STRING, required=True, location="path")),
        request_body=body.key,
        responses=(response("200", listed.key),),
        examples=(request, reply),  # the same records again
    )
    pages = [page("P.html", create, update, structures=(config, tags, body, listed))]
    return pages, [shared_value]


def test_spec_is_built_unshared_and_wrapped() -> None:
    pages, records = _pages()
    spec = build_spec(pages).spec
    _assert_as_old_pass_made_it(spec, records)
    props = spec["components"]["schemas"]["CreateServicesRequest"]["properties"]
    assert props["config"]["allOf"] == [{"$ref": "#/components/schemas/Config"}]
    assert list(props["config"]) == ["allOf", "description", "x-source"]
    assert props["tags"]["items"] == {"$ref": "#/components/schemas/Tag"}
    assert list(props["old"]) == ["allOf", "deprecated", "x-source"]
    parameters = spec["paths"]["/v1/{project_id}/services"]["post"]["parameters"]
    legacy = next(p for p in parameters if p["name"] == "legacy")
    assert legacy["schema"] == {
        "allOf": [{"$ref": "#/components/schemas/Config"}],
        "deprecated": True,
    }
    filter_ = next(p for p in parameters if p["name"] == "filter")
    assert filter_["schema"] == {"$ref": "#/components/schemas/Config"}  # (siblings popped)


def test_example_values_are_copies_made_json_safe() -> None:
    value = {"pair": (1, 2), "n": [{"k": "v"}]}
    op = operation(
        "get",
        "/v1/x",
        responses=(response("200"),),
        examples=(example("response", value, status="200"),),  # type: ignore[arg-type]
    )
    spec = build_spec([page("P.html", op)]).spec
    media = spec["paths"]["/v1/x"]["get"]["responses"]["200"]["content"]["application/json"]
    copied = next(iter(media["examples"].values()))["value"]
    assert copied == {"pair": [1, 2], "n": [{"k": "v"}]}
    assert copied["n"] is not value["n"] and copied["n"][0] is not value["n"][0]


_NAMES = st.sampled_from(["a", "b", "config", "x-note", "example", "properties", "default"])


@st.composite
def _records(draw: st.DrawFn) -> list[Page]:
    target = structure("P.html#t9", "Target", field("v", INTEGER))
    fields = []
    for row, name in enumerate(draw(st.lists(_NAMES, min_size=1, max_size=5, unique=True))):
        kind = draw(st.sampled_from(["ref", "array", "string"]))
        type_ = {
            "ref": obj(target.key, "Target"),
            "array": array_of(obj(target.key, "Target")),
            "string": STRING,
        }[kind]
        fields.append(
            field(
                name,
                type_,
                row=row + 1,
                description=draw(st.sampled_from(["", "words"])),
                file=draw(st.sampled_from(["Page.html", "?"])),
                constraints=Constraints(deprecated=draw(st.booleans())),
                location=draw(st.sampled_from([None, "query", "header"])),
            )
        )
    body = structure("P.html#t1", "Body", *fields)
    params = tuple(f for f in fields if f.location)
    op = operation(
        "post",
        "/v1/items",
        parameters=params,
        request_body=body.key,
        responses=(response("201", body.key), response("default")),
        examples=(example("request", {"a": {"v": 1}, "b": None}),),
    )
    return [page("P.html", op, structures=(target, body))]


@settings(max_examples=80, deadline=None)
@given(_records())
def test_any_records_give_what_the_old_pass_gave(pages: list[Page]) -> None:
    spec = build_spec(pages).spec
    _assert_as_old_pass_made_it(spec, [e.value for e in pages[0].operations[0].examples])


def _item(n: int, file: str = "dump.txt") -> Structure:
    return structure(f"{file}#t{n}", "Item", field(f"f{n}", STRING), file=file)


def test_component_numbers_as_naming_unique_gives_them() -> None:
    items = [_item(n) for n in range(6)]
    taken_early = structure("other.txt#t0", "ItemDump3", field("z", STRING))
    structures = {s.key: s for s in [items[0], items[1], taken_early, *items[2:]]}
    schemas = Schemas(structures, Collector())
    schemas.plan([(s.key, s.name) for s in structures.values()])
    names = [schemas.names[s.key] for s in items]
    assert names == ["Item", "ItemDump", "ItemDump2", "ItemDump4", "ItemDump5", "ItemDump6"]
    taken: dict[str, str] = {"Item": "", "ItemDump": "", "ItemDump3": ""}
    expected = ["Item", "ItemDump"]
    for _ in items[2:]:
        name = unique("ItemDump", taken)
        taken[name] = ""
        expected.append(name)
    assert names == expected

"""Builder: variants (ECS /action) as oneOf, and merging one method+path from several sources."""

from __future__ import annotations

from dataclasses import replace

from openapi_spec_validator import validate

from docs2api.lint import lint_spec
from scraper.build import build_spec
from scraper.records import Constraints, Page, TypeExpr
from tests.scraper.test_build_kit import (
    INTEGER,
    STRING,
    example,
    field,
    obj,
    operation,
    page,
    project_param,
    response,
    structure,
)

ACTION = "/v2/{project_id}/servers/{server_id}/action"


def _action_page(file: str, key: str, title: str, inner: tuple[str, ...]) -> Page:
    nested = structure(f"{file}#t3", key, *(field(n, STRING, file=file) for n in inner))
    body = structure(f"{file}#t2", "Request", field(key, obj(nested.key), required=True, file=file))
    op = operation(
        "post",
        ACTION,
        file=file,
        summary=title,
        variant=key,
        parameters=(
            project_param(file),
            field("server_id", STRING, required=True, location="path"),
        ),
        request_body=body.key,
        responses=(response("202"),),
        examples=(example("request", {key: {n: "v" for n in inner}}, file=file),),
    )
    return page(file, op, structures=(body, nested))


def test_variants_become_one_operation_with_one_of() -> None:
    pages = [
        _action_page("start.html", "os-start", "Starting an ECS", ()),
        _action_page("reboot.html", "reboot", "Restarting an ECS", ("type",)),
    ]
    result = build_spec(pages)
    validate(result.spec)
    op = result.spec["paths"][ACTION]["post"]
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    assert [o["required"] for o in schema["oneOf"]] == [["os-start"], ["reboot"]]
    assert [v["key"] for v in op["x-variants"]] == ["os-start", "reboot"]
    assert [v["name"] for v in op["x-variants"]] == ["StartECS", "RestartECS"]
    assert len(op["requestBody"]["content"]["application/json"]["examples"]) == 2
    assert result.report["counts"]["operations"] == 1
    assert result.report["counts"]["operations_merged"] == 1
    lint = lint_spec(result.spec)
    assert lint.examples_checked == 2 and lint.examples_valid == 2


def _list_clusters(file: str, limit_type: TypeExpr, required: bool | None, desc: str) -> Page:
    body = structure(
        f"{file}#r",
        "Resp",
        field("count", INTEGER, file=file),
        field(f"from_{file[:4]}", STRING, file=file),
    )
    return page(
        file,
        operation(
            "get",
            "/v1/{project_id}/clusters",
            file=file,
            summary=f"clusters from {file}",
            parameters=(
                project_param(file),
                field(
                    "limit",
                    limit_type,
                    required=required,
                    location="query",
                    description=desc,
                    file=file,
                ),
            ),
            responses=(response("200", body.key),),
        ),
        structures=(body,),
    )


def test_merging_sources_html_wins_required_any_conflicts_reported() -> None:
    dump = _list_clusters("seed.txt", STRING, True, "每页数量")
    html = _list_clusters("ListClusters.html", INTEGER, False, "Number of records per page")
    result = build_spec([dump, html])  # the dump comes first, the HTML page still wins
    validate(result.spec)
    op = result.spec["paths"]["/v1/{project_id}/clusters"]["get"]
    assert op["summary"] == "clusters from ListClusters.html"
    limit = next(p for p in op["parameters"] if p["name"] == "limit")
    assert limit["schema"]["type"] == "integer"
    assert limit["required"] is True
    assert limit["description"] == "Number of records per page"
    kinds = sorted((c["what"], c["where"]) for c in result.report["conflicts"])
    assert ("description", "parameter query limit") in kinds
    assert ("required", "parameter query limit") in kinds
    assert ("type", "parameter query limit") in kinds
    assert ("summary", "operation") in kinds
    ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    merged = result.spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert set(merged["properties"]) == {"count", "from_List", "from_seed"}
    assert [s["file"] for s in op["x-merged-from"]] == ["ListClusters.html", "seed.txt"]
    assert result.report["orphans"] == []
    counts = result.report["counts"]
    assert counts["operations_in_pages"] == counts["operations"] + counts["operations_merged"]


def test_placeholder_names_do_not_split_one_path() -> None:
    a = page(
        "a.html",
        operation(
            "get", "/v1/{project_id}/jobs/{job_id}", file="a.html", responses=(response("200"),)
        ),
    )
    b = page(
        "b.txt",
        operation("get", "/v1/{project_id}/jobs/{id}", file="b.txt", responses=(response("200"),)),
    )
    spec = build_spec([a, b]).spec
    assert list(spec["paths"]) == ["/v1/{project_id}/jobs/{job_id}"]
    validate(spec)


def test_same_path_pages_merge_enums() -> None:
    def tags_page(file: str, action: str) -> Page:
        body = structure(
            f"{file}#b",
            "Req",
            field(
                "action", STRING, required=True, file=file, constraints=Constraints(enum=(action,))
            ),
        )
        op = operation(
            "post",
            "/v1/{project_id}/servers/{server_id}/tags/action",
            file=file,
            parameters=(
                project_param(file),
                field("server_id", STRING, required=True, location="path"),
            ),
            request_body=body.key,
            responses=(response("204"),),
            examples=(example("request", {"action": action}, file=file),),
        )
        return page(file, op, structures=(body,))

    result = build_spec([tags_page("add.html", "create"), tags_page("del.html", "delete")])
    schemas = result.spec["components"]["schemas"]
    (name,) = [n for n in schemas if n != "Error"]
    assert schemas[name]["properties"]["action"]["enum"] == ["create", "delete"]
    assert lint_spec(result.spec).examples_valid == 2


def test_variant_table_of_the_inner_object_is_wrapped_in_its_key() -> None:
    file = "resize.html"
    body = structure(f"{file}#t2", "Request", field("flavorRef", STRING, required=True, file=file))
    op = operation(
        "post",
        ACTION,
        file=file,
        summary="Modifying the Specifications of an ECS",
        variant="resize",
        parameters=(
            project_param(file),
            field("server_id", STRING, required=True, location="path"),
        ),
        request_body=body.key,
        responses=(response("202"),),
        examples=(example("request", {"resize": {"flavorRef": "s6.medium.2"}}, file=file),),
    )
    pages = [
        page(file, op, structures=(body,)),
        _action_page("start.html", "os-start", "Starting an ECS", ()),
    ]
    result = build_spec(pages)
    schema = result.spec["paths"][ACTION]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    assert schema["oneOf"][1] == {
        "type": "object",
        "properties": {"resize": {"$ref": "#/components/schemas/ModifySpecificationsECSRequest"}},
        "required": ["resize"],
    }
    assert lint_spec(result.spec).examples_valid == 2


def _action_with_response(file: str, key: str, *rows: tuple[str, str]) -> Page:
    """An /action variant whose 200 body table has ``rows`` ((name, description), required)."""
    base = _action_page(file, key, key, ())
    table = structure(
        f"{file}#t9",
        "Response",
        *(field(n, STRING, required=True, description=d, file=file) for n, d in rows),
    )
    value = {n: "v" for n, d in rows if "header" not in d}
    op = base.operations[0]
    op = replace(
        op,
        responses=(response("200", table.key),),
        examples=(*op.examples, example("response", value, status="200", file=file)),
    )
    return page(file, op, structures=(*base.structures, table))


def test_family_response_requires_only_what_every_action_returns() -> None:
    image = _action_with_response(
        "image.html",
        "createImage",
        ("Location", "URL of the image, which is returned in the response header."),
        ("image_id", "Image ID."),
    )
    console = _action_with_response("console.html", "os-getConsoleOutput", ("output", "Log."))
    result = build_spec([image, console])
    validate(result.spec)
    ok = result.spec["paths"][ACTION]["post"]["responses"]["200"]
    ref = ok["content"]["application/json"]["schema"]["$ref"]
    body = result.spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert sorted(body["properties"]) == ["image_id", "output"]
    assert "required" not in body
    assert list(ok["headers"]) == ["Location"]
    assert "required" not in ok["headers"]["Location"]
    assert "header-row-in-body" in [d.code for d in result.diagnostics]
    lint = lint_spec(result.spec)
    assert lint.examples_checked == 4 and lint.examples_valid == 4

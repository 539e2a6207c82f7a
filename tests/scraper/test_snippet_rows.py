"""Rebuilding table rows from flattened snippet text, on the tricky lines dumps contain."""

from __future__ import annotations

from scraper.snippet_examples import read_examples
from scraper.snippet_rows import RawTable, read_tables


def _rows(table: RawTable) -> list[tuple[str, bool | None, str, str]]:
    return [
        (r.name, r.required, r.type.spelling if r.type else "", r.description) for r in table.rows
    ]


def test_enum_text_with_colons_does_not_split_rows() -> None:
    text = (
        "表2 Query参数 参数 是否必选 参数类型 描述 "
        "sort_by 否 String 指定排序字段,可选值为: created_at: 创建时间,默认值 "
        "cluster_name: 集群名称。 "
        "order 否 String 排序方式,可选值如下: asc : 递增排序 desc: 递减排序,默认值"
    )
    (table,) = read_tables(text).tables
    assert table.caption == "Query参数"
    assert table.columns == ("name", "required", "type", "description")
    assert _rows(table) == [
        (
            "sort_by",
            False,
            "String",
            "指定排序字段,可选值为: created_at: 创建时间,默认值 cluster_name: 集群名称。",
        ),
        ("order", False, "String", "排序方式,可选值如下: asc : 递增排序 desc: 递减排序,默认值"),
    ]


def test_rows_split_at_name_mandatory_type() -> None:
    text = (
        "表2 Query参数 参数 是否必选 参数类型 描述 status 否 String 集群状态,默认不过滤状态。 "
        "offset 否 Integer 分页列表的起始页,默认为0。 app_ids 否 Array 需要明文展示的app_id集合"
    )
    (table,) = read_tables(text).tables
    assert [(n, r, t) for n, r, t, _ in _rows(table)] == [
        ("status", False, "String"),
        ("offset", False, "Integer"),
        ("app_ids", False, "Array"),
    ]


def test_enum_pairs_in_a_table_without_mandatory_column() -> None:
    text = (
        "表5 Cluster 参数 参数类型 描述 status String 集群状态,取值为: deploying:部署中 "
        "running:运行中 concerning:告警 abnormal:异常 tenant String 集群归属租户。 "
        "auth_type String API的认证方式。 NONE:无认证 APP:APP认证 IAM :IAM认证 "
        "kind String 资源类型。可选值如下: v2 nodes ClusterNode object 集群节点配置。"
    )
    (table,) = read_tables(text).tables
    assert table.caption == "Cluster"
    assert [r.name for r in table.rows] == ["status", "tenant", "auth_type", "kind", "nodes"]
    assert table.rows[0].description.endswith("abnormal:异常")
    assert table.rows[3].description == "资源类型。可选值如下: v2"


def test_lowercase_object_type_needs_a_table_or_the_field_name() -> None:
    text = (
        "表5 Node 参数 参数类型 描述 metadata metadata object 节点metadata信息。 "
        "spec String the data object is described elsewhere. "
        "表6 metadata 参数 参数类型 描述 name String 节点名称。"
    )
    node, metadata = read_tables(text).tables
    assert [(r.name, r.type.spelling if r.type else "") for r in node.rows] == [
        ("metadata", "metadata object"),
        ("spec", "String"),
    ]
    assert node.rows[1].description == "the data object is described elsewhere."
    assert metadata.caption == "metadata"


def test_names_with_dots_and_slashes() -> None:
    text = (
        "表9 NodeResource 参数 参数类型 描述 nvidia.com/gpu String GPU资源量。 "
        "huawei.com/ascend-snt3 String NPU资源量。"
    )
    (table,) = read_tables(text).tables
    assert [r.name for r in table.rows] == ["nvidia.com/gpu", "huawei.com/ascend-snt3"]


def test_english_headers_and_captions() -> None:
    text = (
        "Status code: 200 Table 2 Response body parameters Parameter Type Description "
        "gizmos Array of Gizmo objects Gizmos. Table 3 Gizmo Parameter Type Description "
        "gizmo_id String ID. Status code: 404 Table 4 Response body parameters Parameter Type "
        "Description error_code String Error code. error_msg String Error message."
    )
    section = read_tables(text)
    assert [(t.label, t.caption, t.status) for t in section.tables] == [
        ("Table 2", "Response body parameters", "200"),
        ("Table 3", "Gizmo", "200"),
        ("Table 4", "Response body parameters", "404"),
    ]
    assert [s.status for s in section.statuses] == ["200", "404"]
    assert section.tables[0].rows[0].type is not None
    assert section.tables[0].rows[0].type.spelling == "Array of Gizmo objects"


def test_caption_that_is_itself_a_header_word() -> None:
    text = "Table 5 Parameter Parameter Type Description name String Name."
    (table,) = read_tables(text).tables
    assert table.caption == "Parameter"
    assert _rows(table) == [("name", None, "String", "Name.")]


def test_header_without_rows_is_a_problem() -> None:
    section = read_tables(
        "表1 路径参数 参数 是否必选 参数类型 描述 表2 Query参数 参数 是否必选 参数类型 描述"
    )
    assert [t.rows for t in section.tables] == [(), ()]
    assert len(section.problems) == 2


def test_text_before_the_first_row_is_kept() -> None:
    (table,) = read_tables(
        "表1 路径参数 参数 是否必选 参数类型 描述 见下文 id 是 String 编号。"
    ).tables
    assert table.leftover == "见下文"
    assert [r.name for r in table.rows] == ["id"]


def test_response_examples_split_by_status() -> None:
    text = (
        '状态码: 200 OK。 { "a" : "状态码: 500 {", "b" : [ 1, 2 ] } 状态码: 404 Not Found。 '
        '{ "error_code" : "X.1", "error_msg" : "nope" } 状态码: 204 No Content'
    )
    examples, leftover = read_examples(text, "response")
    assert [(e.status, e.title) for e in examples] == [
        ("200", "OK。"),
        ("404", "Not Found。"),
        ("204", "No Content"),
    ]
    assert examples[0].body == '{ "a" : "状态码: 500 {", "b" : [ 1, 2 ] }'
    assert examples[2].body == ""
    assert leftover == ""


def test_request_examples_with_and_without_method() -> None:
    text = (
        '创建。 POST https://{endpoint}/v1/{project_id}/things { "a" : 1 } '
        "查询 GET https://{endpoint}/v1/{project_id}/things?limit=10 "
        '打标签 https://{endpoint}/v1/{project_id}/things/0b8f0c5e/tags { "k" : "v" }'
    )
    examples, _ = read_examples(text, "request")
    assert [(e.title, e.method, e.url, bool(e.body)) for e in examples] == [
        ("创建。", "POST", "https://{endpoint}/v1/{project_id}/things", True),
        ("查询", "GET", "https://{endpoint}/v1/{project_id}/things?limit=10", False),
        ("打标签", None, "https://{endpoint}/v1/{project_id}/things/0b8f0c5e/tags", True),
    ]


def test_truncated_json_is_flagged() -> None:
    examples, _ = read_examples('状态码: 200 OK { "things" : [ { "na', "response")
    assert examples[0].truncated


def test_a_short_table_does_not_swallow_the_next_header() -> None:
    text = (
        "表7 NodeSpec 参数 参数类型 描述 flavor String 节点规格。 "
        "表8 NodeStatus 参数 参数类型 描述 phase String 状态。"
    )
    section = read_tables(text)
    assert [(t.caption, [r.name for r in t.rows]) for t in section.tables] == [
        ("NodeSpec", ["flavor"]),
        ("NodeStatus", ["phase"]),
    ]
    assert section.problems == ()

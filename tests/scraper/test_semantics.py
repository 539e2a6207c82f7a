"""Description text -> constraints: real phrasings from the corpus and the seed (en + zh)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.records import Constraints
from scraper.semantics import extract_constraints
from scraper.typegrammar import parse_type


def facts(description: str, type_: str = "String") -> dict[str, object]:
    """The non-empty constraint fields, for compact expectations."""
    constraints, _ = extract_constraints(description, parse_type(type_))
    out: dict[str, object] = {}
    for name in Constraints.__slots__:
        value = getattr(constraints, name)
        if value is not None and value != () and value is not False:
            out[name] = value
    return out


def problems(description: str, type_: str = "String") -> tuple[str, ...]:
    return extract_constraints(description, parse_type(type_))[1]


# ------------------------------------------------------------------------- enums


@pytest.mark.parametrize(
    ("type_", "text", "expected"),
    [
        (
            "Boolean",
            "Whether to enable sample collection. The options are as follows: - true: Enable "
            "sample collection. (Default value) - false: Do not enable sample collection.",
            # true/false on a Boolean says nothing the type does not: only the default
            {"default": "true"},
        ),
        ("Boolean", "Whether to delete it. The value can only be true.", {"enum": ("true",)}),
        ("Boolean", "Whether disks are deleted. Its default value is false.", {"default": "false"}),
        (
            "Integer",
            "Label type. The options are as follows: - 0: image classification - 1: object "
            "detection - 100: text classification",
            {"enum": ("0", "1", "100")},
        ),
        (
            "String",
            "Flavor status. The options are as follows: - GPU - CPU - ASCEND",
            {"enum": ("GPU", "CPU", "ASCEND")},
        ),
        (
            "String",
            "Review score, whose value can be A, B, C, or D, in descending order.",
            {"enum": ("A", "B", "C", "D")},
        ),
        (
            "String",
            "Repository link protocol. The options are ssh and https.",
            {"enum": ("ssh", "https")},
        ),
        (
            "String",
            "Sorting mode. The value can be create_at, model_version, or model_size. "
            "Default value: create_at",
            {"enum": ("create_at", "model_version", "model_size"), "default": "create_at"},
        ),
        (
            "String",
            "Specifies the ECS status. Options: ACTIVE, BUILD, ERROR, and SHUTOFF In "
            "microversion 2.37, the system will return an empty list.",
            {"enum": ("ACTIVE", "BUILD", "ERROR", "SHUTOFF")},
        ),
        (
            "String",
            "Specifies the ECS status. Values:\n- ACTIVE\n- REBOOT\n- HARD_REBOOT\n\nFor details, "
            "see ECS Statuses.",
            {"enum": ("ACTIVE", "REBOOT", "HARD_REBOOT")},
        ),
        (
            "String",
            "Sorting order. Options: - asc: ascending order - desc: descending order. The "
            "default value is desc.",
            {"enum": ("asc", "desc"), "default": "desc"},
        ),
        (
            "String",
            "Sorting method. The options are as follows: - asc: ascending order - desc: "
            "descending order (default value)",
            {"enum": ("asc", "desc"), "default": "desc"},
        ),
        (
            "Integer",
            "Data type. The options are as follows: - 0: OBS bucket (default value) - 1: "
            "GaussDB(DWS) - 2: DLI",
            {"enum": ("0", "1", "2"), "default": "0"},
        ),
        (
            "String",
            "Specifies the bandwidth sharing type. Enumerated values: PER (indicates exclusive "
            "bandwidth) and WHOLE (indicates sharing)",
            {"enum": ("PER", "WHOLE")},
        ),
        (
            "String",
            "Model source type. The value can only be auto, which indicates ExeML models.",
            {"enum": ("auto",)},
        ),
        (
            "string",
            "Specifies the API version status. Possible values are as follows: - CURRENT: This "
            "is the preferred API version. - SUPPORTED: This is the old API version.",
            {"enum": ("CURRENT", "SUPPORTED")},
        ),
        (
            "Integer",
            "Sample status. The options are as follows: - -1: all - 0: reserve - 1: modify",
            {"enum": ("-1", "0", "1")},
        ),
        (
            "String",
            "Scheduling time unit. Possible values are DAYS, HOURS, and MINUTES.",
            {"enum": ("DAYS", "HOURS", "MINUTES")},
        ),
    ],
)
def test_english_enums(type_: str, text: str, expected: dict[str, object]) -> None:
    assert facts(text, type_) == expected


def test_enum_value_named_default_is_a_value_not_a_default() -> None:
    text = (
        "Format of a dataset version. The options are as follows: - Default: default format "
        "- CarbonData: CarbonData (supported only by table datasets) - CSV: CSV"
    )
    assert facts(text) == {"enum": ("Default", "CarbonData", "CSV")}


@pytest.mark.parametrize(
    "text",
    [
        # bullets that are prose, not values
        "Working path. The options are as follows: - If type is set to OBS, source is an OBS "
        "path. - If type is set to DATASET, source is a dataset ID.",
        # open-ended list
        "Specifies the protocol type or the IP protocol number. The value can be icmp, tcp, "
        "udp, or the IP protocol number.",
        # examples, not the whole set
        "Instance flavor. The options are as follows: - modelarts.vm.cpu.2u - "
        "modelarts.vm.gpu.v100 The preceding flavors are for reference only.",
        "Model algorithm. For example, the value can be predict_analysis, object_detection, "
        "or image_classification.",
        # a combined value: the field holds several of the listed values
        "Metrics to be queried. Separate metrics by commas (,), for example, "
        "CpuUsage,MemUsage. Options: - CpuUsage - MemUsage",
        # absence listed as a value
        "Specifies the source type. Its value can be volume, image, snapshot, or blank.",
        "The value can only be null.",
        # a format, not a value
        "You can search for the sample. The options are as follows: - month: 30 days - day: "
        "one day - yyyyMMdd-yyyyMMdd: a time range",
        # "0/false" is a pair of spellings, not one value
        "Sample labeled as a hard sample or not. Options: - 0/false: not a hard example - "
        "1/true: hard example",
        # prose after a lead word
        "Cluster name. By default, the cluster name is not filtered.",
        "Default attribute: Type of the head entity in the triplet relationship label.",
    ],
)
def test_no_enum_from_prose(text: str) -> None:
    assert "enum" not in facts(text)


def test_enum_values_must_fit_the_type() -> None:
    text = "Sample type. The options are as follows: - true: x - false: y"
    assert facts(text, "Integer") == {}
    assert any("do not fit the declared type integer" in p for p in problems(text, "Integer"))
    # on a String field, numeric option values are fine
    assert facts("Import mode. The options are as follows: - 0: directory - 1: manifest") == {
        "enum": ("0", "1")
    }


def test_array_of_scalars_gets_item_values() -> None:
    text = (
        "Specifies the policies associated with the ECS group. Options: - anti-affinity: ECSs "
        "in this group must be deployed on different hosts. - affinity: ECSs in this group "
        "must be deployed on the same host."
    )
    assert facts(text, "Array of strings") == {"enum": ("anti-affinity", "affinity")}
    assert facts("IDs. The options are as follows: - 0: none - 1: low", "Array of integers") == {
        "enum": ("0", "1")
    }
    assert facts("Tags. Each tag contains a maximum of 36 characters.", "Array of strings") == {
        "max_length": 36
    }
    # arrays of objects take nothing
    assert facts("Options: - a: x - b: y", "Array of Cluster objects") == {}


@pytest.mark.parametrize(
    ("type_", "text", "expected"),
    [
        (
            "String",
            "Specifies an ECS stop type. The default value is SOFT. - SOFT: normal ECS stop - "
            "HARD: forcible ECS stop",
            {"enum": ("SOFT", "HARD"), "default": "SOFT"},
        ),
        (
            "String",
            "Specifies the IP address type. - fixed: indicates the private IP address. - "
            "floating: indicates the floating IP address.",
            {"enum": ("fixed", "floating")},
        ),
        # bullets naming the parts of a composite value are not values
        (
            "String",
            'The value of this parameter is in format of "{type}:{count}", where, - type: '
            "indicates the disk type - count: indicates the number of local disks.",
            {},
        ),
        (
            "String",
            "Specifies the ECS name. Value requirements: - Consists of 1 to 64 characters. - "
            "Cannot be an IP address.",
            {"min_length": 1, "max_length": 64},
        ),
        # a lone bullet is not a list
        ("String", "Specifies the mode. - auto: automatic", {}),
        # "true"/"false" kept in a string: no enum (examples write True, "false"...)
        (
            "String",
            "Specifies whether the disk is deleted with the ECS. - true: deleted - false: kept",
            {},
        ),
        # absence among the values
        ("String", "Status. - UP: normal - DOWN: faulty - Null: not reported", {}),
    ],
)
def test_bullets_without_a_lead_phrase(type_: str, text: str, expected: dict[str, object]) -> None:
    assert facts(text, type_) == expected


def test_closed_list_followed_by_bullets() -> None:
    text = "Specifies the ECS power status. Options: 0, 1, 2, and 4 - 0: pending - 1: running"
    assert facts(text, "Integer") == {"enum": ("0", "1", "2", "4")}


def test_two_different_value_lists_give_no_enum() -> None:
    text = (
        "The format is type:count, where, - For D2 ECSs, the value can be 2, 4, or 8. - For D3 "
        "ECSs, the value can be 2, 4, 8, or 12."
    )
    assert "enum" not in facts(text)
    assert any("two different value lists" in p for p in problems(text))


@pytest.mark.parametrize(
    ("type_", "text", "expected"),
    [
        (
            "String",
            "指定排序字段,可选值为: created_at: 创建时间,默认值 cluster_name: 集群名称。",
            {"enum": ("created_at", "cluster_name"), "default": "created_at"},
        ),
        (
            "String",
            "排序方式,可选值如下: asc : 递增排序 desc: 递减排序,默认值",
            {"enum": ("asc", "desc"), "default": "desc"},
        ),
        (
            "String",
            "集群状态,取值为: deploying:部署中 running:运行中 concerning:告警 abnormal:异常",
            {"enum": ("deploying", "running", "concerning", "abnormal")},
        ),
        (
            "String",
            "订购周期类型,取值year或month,仅当集群为包周期类型时返回。",
            {"enum": ("year", "month")},
        ),
        (
            "String",
            "返回的APP列表排序方式,可选值包括asc、desc。默认为asc。",
            {"enum": ("asc", "desc"), "default": "asc"},
        ),
        (
            "String",
            "可选值包括: AUTH(只显示已授权的APP信息) UNAUTH(只显示未授权的APP信息) "
            "默认为空,即显示全部可见的APP信息。",
            {"enum": ("AUTH", "UNAUTH")},
        ),
        (
            "String",
            "可选值包括 app_name(应用名称) created_at(应用创建时间) updated_at(应用更新时间) "
            "默认为app_name。",
            {"enum": ("app_name", "created_at", "updated_at"), "default": "app_name"},
        ),
        (
            "String",
            "APP类型。可能取值包括: APIC (该APP注册在APIG) MODELARTS (该APP注册在ModelArts)",
            {"enum": ("APIC", "MODELARTS")},
        ),
        (
            "String",
            "API的认证方式。 NONE:无认证 APP:APP认证 IAM :IAM认证",
            {"enum": ("NONE", "APP", "IAM")},
        ),
        (
            "String",
            "节点当前状态。可选值如下: Available:节点可用 Creating:节点创建中 Deleting:节点删除中",
            {"enum": ("Available", "Creating", "Deleting")},
        ),
        (
            "String",
            "过滤方式。可选值如下: equal表示精确匹配 contain表示模糊匹配。 "
            "具体过滤的字段,由各个接口额外定义参数。",
            {"enum": ("equal", "contain")},
        ),
        ("Integer", "分页列表的起始页,默认为0。", {"default": "0"}),
        ("Integer", "指定每一页返回的最大条目数,默认为1000。", {"default": "1000"}),
        ("String", "集群名称,默认不过滤集群名。", {}),
        ("String", "APP描述,默认为空。不超过200个字符。", {"max_length": 200}),
        ("String", "API描述。字符长度不超过255", {"max_length": 255}),
        (
            "String",
            "工作流名称。填写1-64位,仅包含英文、数字、下划线(_)和中划线(-),并且以英文开头的名称。",
            {"min_length": 1, "max_length": 64},
        ),
        ("Integer", "每页数量,取值范围[1,100]。", {"minimum": 1.0, "maximum": 100.0}),
        (
            "Integer",
            "每页数量,取值范围为1~1000,默认为10。",
            {"minimum": 1.0, "maximum": 1000.0, "default": "10"},
        ),
    ],
)
def test_chinese(type_: str, text: str, expected: dict[str, object]) -> None:
    assert facts(text, type_) == expected


def test_chinese_default_outside_the_listed_values_is_reported() -> None:
    text = "返回的APP列表按何属性排序,可选值包括app_name、created_at、updated_at。默认为name。"
    assert facts(text) == {"enum": ("app_name", "created_at", "updated_at")}
    assert any("'name' is not one of the listed values" in p for p in problems(text))


# ------------------------------------------------------------------------- defaults


@pytest.mark.parametrize(
    ("type_", "text", "default"),
    [
        ("Integer", "Length of the obtained log. The default value is 50 lines.", "50"),
        (
            "String",
            "Split ratio. The default value is 1.00, indicating that all are training.",
            "1.00",
        ),
        (
            "Integer",
            "Maximum number of records. Default value: 1000 Minimum: 1 Default: 1000",
            "1000",
        ),
        ("String", "Enterprise project ID. Default: 0", "0"),
        ("Boolean", "Whether to enable the function. The default value is false.", "false"),
        ("Boolean", "Whether to display a prompt again. The default value is TRUE.", "true"),
        ("String", "Specified sorting field. The default value is occur_time.", "occur_time"),
        ("Integer", "Timeout in minutes. It defaults to 15.", "15"),
        (
            "Integer",
            "Retention period in hours. The default value is -1, indicating forever.",
            "-1",
        ),
        ("String", "Sorting field. The value is created_at by default.", "created_at"),
        ("Integer", "Count. The default value is 1,000.", "1000"),
    ],
)
def test_defaults(type_: str, text: str, default: str) -> None:
    assert facts(text, type_).get("default") == default


@pytest.mark.parametrize(
    "text",
    [
        "Default attribute: Type of the head entity.",
        "Speech end time, which is a default attribute dedicated to the speech label.",
        "Storage location. By default, this parameter is left blank.",
        "Specifies the description, which is a null string by default.",
        "The default sorting order is the reverse order of created_at.",
        "Dataset description. The value is empty by default.",
    ],
)
def test_no_default_from_prose(text: str) -> None:
    assert "default" not in facts(text)


def test_default_stated_twice_differently_is_a_problem() -> None:
    text = "Page size. The default value is 10. Default value: 20"
    assert "default" not in facts(text, "Integer")
    assert any("different defaults (10, 20)" in p for p in problems(text, "Integer"))


def test_default_stated_twice_the_same_is_fine() -> None:
    assert facts("Sorting mode. Default value: name Default: name")["default"] == "name"


def test_default_not_fitting_the_type_is_dropped() -> None:
    text = "Whether to enable it. The default value is enabled_flag."
    assert "default" not in facts(text, "Boolean")
    assert problems(text, "Boolean")


# ------------------------------------------------------------------------- ranges, lengths


@pytest.mark.parametrize(
    ("type_", "text", "expected"),
    [
        (
            "Integer",
            "Running duration, in seconds. The value ranges from 3,600 to 86,400.",
            {"minimum": 3600.0, "maximum": 86400.0},
        ),
        (
            "Double",
            "Coefficient of difficulty. The value range is [0,1].",
            {"minimum": 0.0, "maximum": 1.0},
        ),
        (
            "Integer",
            "Index of the page. The value range is [1, 65535].",
            {"minimum": 1.0, "maximum": 65535.0},
        ),
        (
            "Integer",
            "Records per page. Minimum: 1 Maximum: 100",
            {"minimum": 1.0, "maximum": 100.0},
        ),
        (
            "Integer",
            "Number of persons who label each sample. The minimum value is 1.",
            {"minimum": 1.0},
        ),
        ("String", "Name. Minimum: 1 Maximum: 64", {"min_length": 1, "max_length": 64}),
        (
            "String",
            "Member description. The value contains 0 to 256 characters.",
            {"min_length": 0, "max_length": 256},
        ),
        (
            "String",
            "Model remarks. The value contains a maximum of 100 characters.",
            {"max_length": 100},
        ),
        (
            "String",
            "Specifies the security group name. The value cannot exceed 255 characters.",
            {"max_length": 255},
        ),
        (
            "String",
            "Name of sample files. The value contains 0 to 1,024 characters.",
            {"min_length": 0, "max_length": 1024},
        ),
        # lengths are about strings; an object's key rules do not constrain the object
        ("Object", "Metadata. A metadata key consists of 1 to 255 characters.", {}),
        # recommendations are not rules
        ("Integer", "Records per page. The recommended value ranges from 10 to 50.", {}),
        ("String", "It is recommended that the name contain a maximum of 64 characters.", {}),
    ],
)
def test_ranges_and_lengths(type_: str, text: str, expected: dict[str, object]) -> None:
    assert facts(text, type_) == expected


def test_two_conditional_ranges_give_no_range_and_a_problem() -> None:
    text = (
        "Specifies the stop port number. The value ranges from 1 to 65,535 and cannot be less "
        "than from_port. When ip_protocol is icmp, it specifies the code. The value ranges "
        "from 0 to 255."
    )
    assert facts(text, "Integer") == {}
    assert any("more than one value range" in p for p in problems(text, "Integer"))


def test_value_with_a_meaning_outside_the_range_drops_the_range() -> None:
    text = "Maximum number of ECSs. The value ranges from 1 to 100. The value -1 means no limit."
    assert facts(text, "Integer") == {}
    assert problems(text, "Integer")


def test_numeric_range_on_a_string_is_reported_not_used() -> None:
    text = "Coefficient of difficulty of each label level. The value range is [0,1]."
    assert facts(text, "String") == {}
    assert any("typed string" in p for p in problems(text, "String"))


def test_deprecated() -> None:
    assert facts("Specifies whether the disk is shared. NOTE: This field has been discarded.")[
        "deprecated"
    ]
    assert facts("该参数已废弃。")["deprecated"]
    assert "deprecated" not in facts("Status. Options: - DEPRECATED: removed soon - CURRENT: ok")


def test_empty_and_odd_inputs() -> None:
    assert extract_constraints("", parse_type("String")) == (Constraints(), ())
    assert extract_constraints("   ", parse_type("Integer")) == (Constraints(), ())


@given(st.text(max_size=300), st.sampled_from(["String", "Integer", "Boolean", "Float", "Object"]))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_random_text(text: str, type_: str) -> None:
    constraints, found = extract_constraints(text, parse_type(type_))
    assert isinstance(constraints, Constraints)
    assert all(isinstance(p, str) for p in found)


_PHRASES = st.sampled_from(
    [
        "The options are as follows:", " - ", "true", ": ", "The value can be ", ", or ",
        "可选值为:", "默认为", "、", "0", "-1", "65,535", "The value ranges from ", " to ",
        "(Default value)", "Default value: ", "[", "]", "characters", "不超过", "个字符", "asc",
        "Minimum: ", "Maximum: ", ".", "。", "\n", "A", "The", "默认值",
    ]
)  # fmt: skip


@given(st.lists(_PHRASES, max_size=40), st.sampled_from(["String", "Integer", "Boolean"]))
@settings(max_examples=400, deadline=None)
def test_never_raises_on_phrase_soup(parts: list[str], type_: str) -> None:
    constraints, _ = extract_constraints("".join(parts), parse_type(type_))
    kind = parse_type(type_).kind
    for value in constraints.enum:
        if kind == "integer":
            int(value.replace(",", ""))
        if kind == "boolean":
            assert value in ("true", "false")
    if constraints.minimum is not None and constraints.maximum is not None:
        assert constraints.minimum <= constraints.maximum


def test_corpus_enums_fit_their_types(modelarts_corpus: Path, ecs_corpus: Path) -> None:
    """Over every Description cell of both corpora: enum values fit types, no exceptions."""
    from lxml import html

    from scraper.vocab import column_of

    count = 0
    enums = 0
    for folder in (modelarts_corpus, ecs_corpus):
        for page in sorted(folder.glob("*.html")):
            for table in html.parse(str(page)).iter("table"):
                rows = table.findall(".//tr")
                if not rows:
                    continue
                columns = [column_of(" ".join(c.text_content().split())) for c in rows[0]]
                if "type" not in columns or "description" not in columns:
                    continue
                for row in rows[1:]:
                    tds = [c for c in row if c.tag == "td"]
                    if len(tds) != len(columns):
                        continue
                    type_ = parse_type(" ".join(tds[columns.index("type")].text_content().split()))
                    text = " ".join(tds[columns.index("description")].text_content().split())
                    constraints, _ = extract_constraints(text, type_)
                    count += 1
                    enums += bool(constraints.enum)
                    if type_.kind == "integer":
                        assert all(v.lstrip("-").isdigit() for v in constraints.enum), text
                    if type_.kind == "boolean":
                        assert set(constraints.enum) <= {"true", "false"}, text
                    if constraints.default is not None and constraints.enum:
                        assert constraints.default in constraints.enum, text
    assert count > 3000
    assert enums > 100
    json.dumps({"cells": count, "enums": enums})

"""Header, caption, section and yes/no words of API reference pages, English and Chinese.

Every reader (HTML pages, snippet dumps) classifies text through these functions so that a new
spelling is added in exactly one place.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

Column = Literal["name", "required", "type", "description", "default", "constraint", "other"]
SectionRole = Literal[
    "function",
    "uri",
    "request",
    "response",
    "request_example",
    "response_example",
    "status_codes",
    "error_codes",
    "other",
]
TableRole = Literal["path", "query", "header", "body", "response", "uri", "status", "object"]

# Column header words -> column meaning. Keys are folded with ``fold``.
COLUMN_WORDS: dict[str, Column] = {
    "parameter": "name",
    "parameters": "name",
    "parameter name": "name",
    "name": "name",
    "attribute": "name",
    "field": "name",
    "参数": "name",
    "参数名": "name",
    "参数名称": "name",
    "名称": "name",
    "mandatory": "required",
    "required": "required",
    "mandatory or not": "required",
    "是否必选": "required",
    "是否必填": "required",
    "必选": "required",
    "type": "type",
    "parameter type": "type",
    "data type": "type",
    "参数类型": "type",
    "类型": "type",
    "description": "description",
    "remarks": "description",
    "描述": "description",
    "说明": "description",
    "default value": "default",
    "默认值": "default",
    "constraint": "constraint",
    "value range": "constraint",
    "取值范围": "constraint",
    "约束": "constraint",
}

# Section headings -> role. Matched on the folded heading, longest phrase first.
SECTION_WORDS: dict[str, SectionRole] = {
    "function": "function",
    "description": "function",
    "功能介绍": "function",
    "接口功能": "function",
    "uri": "uri",
    "request parameters": "request",
    "request": "request",
    "request body": "request",
    "请求参数": "request",
    "response parameters": "response",
    "response": "response",
    "response body": "response",
    "响应参数": "response",
    "example requests": "request_example",
    "example request": "request_example",
    "request example": "request_example",
    "request examples": "request_example",
    "samples": "request_example",
    "sample request": "request_example",
    "请求示例": "request_example",
    "example responses": "response_example",
    "example response": "response_example",
    "response example": "response_example",
    "response examples": "response_example",
    "sample response": "response_example",
    "响应示例": "response_example",
    "status codes": "status_codes",
    "status code": "status_codes",
    "returned values": "status_codes",
    "状态码": "status_codes",
    "error codes": "error_codes",
    "错误码": "error_codes",
    # older templates (English and Chinese)
    "request message": "request",
    "response message": "response",
    "请求消息": "request",
    "响应消息": "response",
    "请求样例": "request_example",
    "响应样例": "response_example",
    "示例": "request_example",
    "样例": "request_example",
    "返回值": "status_codes",
    "功能描述": "function",
    "接口约束": "other",
}

# Caption words -> table role. Matched as substrings of the folded caption.
CAPTION_WORDS: tuple[tuple[str, TableRole], ...] = (
    ("path parameter", "path"),
    ("路径参数", "path"),
    ("query parameter", "query"),
    ("query参数", "query"),
    ("request header", "header"),
    ("header parameter", "header"),
    ("请求header参数", "header"),
    ("header参数", "header"),
    ("request body", "body"),
    ("请求body参数", "body"),
    ("response body", "response"),
    ("响应body参数", "response"),
    ("response header", "header"),
    ("响应header参数", "header"),
    ("uri parameter", "uri"),
    ("status code", "status"),
)

YES_WORDS = frozenset({"yes", "y", "true", "mandatory", "required", "是", "必选", "必填"})
NO_WORDS = frozenset({"no", "n", "false", "optional", "否", "可选"})

_SECTION_PHRASES = sorted(SECTION_WORDS, key=len, reverse=True)  # longest phrase first
_TABLE_LABEL = re.compile(r"^\s*(?:table|表)\s*(\d+)\s*", re.IGNORECASE)


def fold(text: str) -> str:
    """Lowercase, collapse whitespace, strip: the key used for every vocabulary lookup."""
    return " ".join(text.split()).lower()  # split() and re's \s agree on every code point


# Headers, headings and captions repeat from table to table: classify each spelling once.
@functools.lru_cache(maxsize=4096)
def column_of(header: str) -> Column:
    """Meaning of a table column header (``Mandatory``, ``是否必选`` -> required)."""
    return COLUMN_WORDS.get(fold(header), "other")


@functools.lru_cache(maxsize=4096)
def section_role(heading: str) -> SectionRole:
    """Role of a section heading (``Example Requests``, ``请求示例`` -> request_example)."""
    folded = fold(heading).rstrip(":：")
    if folded in SECTION_WORDS:
        return SECTION_WORDS[folded]
    for phrase in _SECTION_PHRASES:
        if folded.startswith(phrase):
            return SECTION_WORDS[phrase]
    return "other"


@functools.lru_cache(maxsize=4096)
def caption_role(caption: str) -> TableRole | None:
    """Role a caption names (``Table 2 Request body parameters`` -> body), or None."""
    folded = fold(strip_table_label(caption))
    for phrase, role in CAPTION_WORDS:
        if phrase in folded:
            return role
    return None


@functools.lru_cache(maxsize=4096)  # captions repeat ("Table 1 Path Parameters")
def strip_table_label(caption: str) -> str:
    """Caption without its ``Table N`` / ``表N`` prefix."""
    return _TABLE_LABEL.sub("", caption, count=1).strip()


def table_number(caption: str) -> int | None:
    """N of a ``Table N`` / ``表N`` caption prefix, or None."""
    match = _TABLE_LABEL.match(caption)
    return int(match.group(1)) if match else None


@functools.lru_cache(maxsize=4096)
def parse_required(cell: str) -> bool | None:
    """Yes/No cell -> bool; None when the cell says neither (e.g. "mandatory only when ...")."""
    folded = fold(cell).rstrip(".。")
    if folded in YES_WORDS:
        return True
    if folded in NO_WORDS:
        return False
    first = folded.split(" ", 1)[0].rstrip(".,;:，。")
    if first in YES_WORDS:
        return True
    if first in NO_WORDS:
        return False
    return None


# A caption or lead-in that introduces an error response ("Failed sample response", "Error
# response", "异常响应示例", "失败响应").
_FAILURE_CAPTION = re.compile(
    r"\b(?:fail(?:ed|ure)?|error|abnormal|exception)\b.{0,30}\b(?:response|sample|example)"
    r"|\b(?:response|sample|example)\b.{0,20}\b(?:fail(?:ed|ure)?|error)\b"
    r"|(?:失败|异常|错误)[^。]{0,6}(?:响应|返回|示例)",
    re.IGNORECASE,
)


def is_failure_caption(text: str) -> bool:
    """True when a caption or lead-in introduces an error response example."""
    return _FAILURE_CAPTION.search(text) is not None


# Caption words of an example; a JSON block introduced otherwise ("The format of the inference
# request body described in mapping_rule is as follows:") may show something else.
_EXAMPLE_CAPTION = re.compile(r"sample|example|示例|样例|请求体|request\s*:", re.IGNORECASE)


def is_example_caption(text: str) -> bool:
    """True when a caption or lead-in says that what follows is an example."""
    return _EXAMPLE_CAPTION.search(text) is not None

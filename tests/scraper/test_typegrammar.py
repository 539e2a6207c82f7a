"""Type-cell grammar: every spelling the corpus uses maps, match_type finds types in flat rows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.records import TypeExpr
from scraper.typegrammar import match_type, parse_type
from scraper.vocab import column_of


def shape(expr: TypeExpr | None) -> object:
    """A compact, comparable view of a TypeExpr (kind, format, name, ref, parts, known)."""
    if expr is None:
        return None
    out: list[object] = [expr.kind]
    if expr.format:
        out.append(expr.format)
    if expr.name:
        out.append(f"name={expr.name}")
    if expr.ref:
        out.append(f"ref={expr.ref}")
    if expr.items is not None:
        out.append(("items", shape(expr.items)))
    if expr.values is not None:
        out.append(("values", shape(expr.values)))
    if not expr.known:
        out.append("unknown")
    return tuple(out)


ANY = ("any",)
OBJ = ("object",)


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("String", ("string",)),
        ("string", ("string",)),
        ("Integer", ("integer",)),
        ("integer", ("integer",)),
        ("Int", ("integer",)),
        ("int", ("integer",)),
        ("Long", ("integer", "int64")),
        ("Float", ("number", "float")),
        ("float", ("number", "float")),
        ("Double", ("number", "double")),
        ("Number", ("number",)),
        ("number", ("number",)),
        ("Boolean", ("boolean",)),
        ("Bool", ("boolean",)),
        ("Byte", ("integer",)),
        ("Null", ("null",)),
        ("Object", OBJ),
        ("JSON", OBJ),
        ("ClusterNode object", ("object", "name=ClusterNode")),
        ("metadata object", ("object", "name=metadata")),
        ("Array of DataSource objects", ("array", ("items", ("object", "name=DataSource")))),
        ("Array of objects", ("array", ("items", OBJ))),
        ("Array of Object", ("array", ("items", OBJ))),
        ("Array of strings", ("array", ("items", ("string",)))),
        ("Array of integers", ("array", ("items", ("integer",)))),
        ("Array", ("array", ("items", ANY))),
        ("List", ("array", ("items", ANY))),
        ("JSON Array", ("array", ("items", ANY))),
        ("Json Array", ("array", ("items", ANY))),
        ("Array<Object>", ("array", ("items", OBJ))),
        (
            "Array<Array<Point>>",
            ("array", ("items", ("array", ("items", ("object", "name=Point"))))),
        ),
        ("String array", ("array", ("items", ("string",)))),
        ("cluster array", ("array", ("items", ("object", "name=cluster")))),
        ("String[]", ("array", ("items", ("string",)))),
        ("List(Dict)", ("array", ("items", ("map", ("values", ANY))))),
        ("Dict", ("map", ("values", ANY))),
        ("Map", ("map", ("values", ANY))),
        ("Map<String,String>", ("map", ("values", ("string",)))),
        ("Map<String, String>", ("map", ("values", ("string",)))),
        ("Map < String , Integer >", ("map", ("values", ("integer",)))),
        ("Map<String,Object>", ("map", ("values", OBJ))),
        ("Map<String,Array<String>>", ("map", ("values", ("array", ("items", ("string",)))))),
        (
            "Map<String,Array<LabelStats>>",
            ("map", ("values", ("array", ("items", ("object", "name=LabelStats"))))),
        ),
        (
            "Map<String,Map<String,Integer>>",
            ("map", ("values", ("map", ("values", ("integer",))))),
        ),
        ("Map<String,HardDetail>", ("map", ("values", ("object", "name=HardDetail")))),
        ("Integer/Boolean", ANY),
        ("String or Integer", ANY),
        (
            "config array corresponding to infer_type",
            ("array", ("items", ("object", "name=config"))),
        ),
        ("Array<Storage type>", ("array", ("items", ("any", "unknown")), "unknown")),
        ("String.", ("string",)),
        ("  Array   of  Cluster\n objects ", ("array", ("items", ("object", "name=Cluster")))),
    ],
)
def test_parse_type_spellings(spelling: str, expected: object) -> None:
    expr = parse_type(spelling)
    assert shape(expr) == expected
    assert expr.spelling == " ".join(spelling.split())


@pytest.mark.parametrize(
    "spelling",
    ["", "Training Jobs", "Querying a List of Training Job Versions", "见表3", "Stringent"],
)
def test_unknown_spellings_are_any_and_unknown(spelling: str) -> None:
    expr = parse_type(spelling)
    assert (expr.kind, expr.known, expr.spelling) == ("any", False, spelling)


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("Object", ("object", "ref=k")),
        ("ClusterNode object", ("object", "name=ClusterNode", "ref=k")),
        ("Array of Cluster objects", ("array", ("items", ("object", "name=Cluster", "ref=k")))),
        ("Array of objects", ("array", ("items", ("object", "ref=k")))),
        ("Array", ("array", ("items", ("object", "ref=k")))),
        ("List(Dict)", ("array", ("items", ("object", "ref=k")))),
        ("Map<String,Object>", ("map", ("values", ("object", "ref=k")))),
        (
            "Map<String,Array<Foo>>",
            ("map", ("values", ("array", ("items", ("object", "name=Foo", "ref=k"))))),
        ),
        ("Dict", ("object", "ref=k")),
        ("JSON", ("object", "ref=k")),
        # a link from a scalar cell points at an enum table, not at fields
        ("Byte", ("integer",)),
        ("Map<String,String>", ("map", ("values", ("string",)))),
        ("Array of strings", ("array", ("items", ("string",)))),
        # an unknown spelling with a resolved table is an object, still flagged unknown
        ("Name of the network", ("object", "ref=k", "unknown")),
    ],
)
def test_link_lands_on_the_object_part(spelling: str, expected: object) -> None:
    assert shape(parse_type(spelling, link="k")) == expected


def test_match_type_in_flattened_chinese_row() -> None:
    row = "clusters Array of Cluster objects 查询到的集群列表。 表5 Cluster"
    found = match_type(row, len("clusters"))
    assert found is not None
    expr, end = found
    assert row[:end] == "clusters Array of Cluster objects"
    assert shape(expr) == ("array", ("items", ("object", "name=Cluster")))
    assert expr.spelling == "Array of Cluster objects"


@pytest.mark.parametrize(
    ("text", "pos", "matched"),
    [
        ("nodes ClusterNode object 集群节点配置。", 5, "ClusterNode object"),
        ("offset 否 Integer 分页列表的起始页", 8, "Integer"),
        ("tags 否 Array of strings 标签", 6, "Array of strings"),
        ("labels Map<String, String> 标签", 6, "Map<String, String>"),
        ("x Integer/Boolean 说明", 1, "Integer/Boolean"),
        ("x String集群名称", 1, "String"),
        ("x Array 说明", 1, "Array"),
        ("metadata object 元数据", 0, "metadata object"),
    ],
)
def test_match_type_prefers_longest(text: str, pos: int, matched: str) -> None:
    found = match_type(text, pos)
    assert found is not None
    assert text[pos : found[1]].strip() == matched


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("Stringent rules", 0),  # not inside a word (end)
        ("xString y", 1),  # not inside a word (start)
        ("集群名称", 0),
        ("", 0),
        ("String", 7),
        ("String", -1),
        ("是 否", 0),
    ],
)
def test_match_type_rejects(text: str, pos: int) -> None:
    assert match_type(text, pos) is None


@given(st.text(max_size=80), st.integers(min_value=-3, max_value=90))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_random_text(text: str, pos: int) -> None:
    expr = parse_type(text, link="k" if pos % 2 else None)
    assert isinstance(expr, TypeExpr)
    found = match_type(text, pos)
    if found is not None:
        assert 0 <= pos <= found[1] <= len(text)


@given(st.text(alphabet=st.sampled_from(list("<>(),/ ArayofStingMpLsJONbjecDt[]")), max_size=60))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_type_like_text(text: str) -> None:
    assert isinstance(parse_type(text), TypeExpr)
    assert match_type(text) is None or match_type(text) is not None


def test_deep_nesting_does_not_raise() -> None:
    text = "Array<" * 500 + "String" + ">" * 500
    assert isinstance(parse_type(text), TypeExpr)
    assert match_type(text) is None or isinstance(match_type(text), tuple)


# Type cells of parameter tables in the corpus that are NOT types, each with its reason.
CORPUS_ALLOWED_UNKNOWN = {
    # ECS en-us_topic_0031169059 puts a prose name in the Type column ("List(Dict)" is in
    # the Parameter column of that row; the columns are shifted by the vendor).
    "Name of the network where the ECS accesses",
}
# Spellings that parse but stay partly unknown on purpose.
CORPUS_ALLOWED_PARTIAL = {
    # The element is prose; the description says the values are strings (obs, evs, efs).
    "Array<Storage type>",
}


def _type_cells(folder: Path) -> dict[str, str]:
    from lxml import html

    cells: dict[str, str] = {}
    for page in sorted(folder.glob("*.html")):
        tree = html.parse(str(page))
        for table in tree.iter("table"):
            rows = table.findall(".//tr")
            if not rows:
                continue
            header = [" ".join(c.text_content().split()) for c in rows[0] if c.tag in ("th", "td")]
            columns = [column_of(h) for h in header]
            if "type" not in columns or "name" not in columns:
                continue
            at = columns.index("type")
            for row in rows[1:]:
                tds = [c for c in row if c.tag == "td"]
                if len(tds) == len(header):
                    cells.setdefault(" ".join(tds[at].text_content().split()), page.name)
    return cells


@pytest.mark.parametrize("corpus", ["modelarts_corpus", "ecs_corpus"])
def test_every_corpus_type_cell_is_known(corpus: str, request: pytest.FixtureRequest) -> None:
    folder: Path = request.getfixturevalue(corpus)
    cells = _type_cells(folder)
    assert len(cells) > 10
    unknown = {
        cell: page
        for cell, page in cells.items()
        if not parse_type(cell).known
        and cell not in CORPUS_ALLOWED_UNKNOWN
        and cell not in CORPUS_ALLOWED_PARTIAL
    }
    assert unknown == {}


_ROW_START = re.compile(r"\s(?:是|否)\s")


def test_seed_dump_types_match(seed_dump: Path) -> None:
    if not seed_dump.exists():
        pytest.skip(f"{seed_dump} is absent")
    text = seed_dump.read_text(encoding="utf-8")
    # After every 是/否 (Mandatory) cell comes a type.
    starts = [m.end() for m in _ROW_START.finditer(text)]
    assert len(starts) > 20
    for start in starts:
        found = match_type(text, start)
        assert found is not None, text[start : start + 40]
        assert found[0].known, text[start : start + 40]
    # Every "Array of X objects" / "X object" spelling is matched whole.
    for m in re.finditer(r"Array of \w+ objects|\b\w+ object\b", text):
        found = match_type(text, m.start())
        assert found is not None and found[1] == m.end(), m.group()

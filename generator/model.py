"""OpenAPI document (+ openapi-python-client's parse of it) -> the client templates' view model.

Every decision about the generated client is made here, never in a template: the package and
service names, which path parameters the client fills in (``project_id``), which operations are
idempotent (retried), how list operations page (``x-pagination`` or detected from parameters),
which responses are successes and what type their parsed body has.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import attrs
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.responses import Response
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode, PythonIdentifier

from generator import names
from generator.specnodes import as_list, as_mapping

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})
#: Path parameters the configured client supplies (wire names, compared case-insensitively).
CLIENT_FILLED_PATH_PARAMS = frozenset({"project_id", "projectid", "project-id", "tenant_id"})
#: Keyword names the generated iterator functions use themselves.
ITERATOR_RESERVED = frozenset({"client", "max_pages"})

_OFFSET_NAMES = ("offset", "start")
_PAGE_NAMES = (
    "page",
    "page_no",
    "pageno",
    "page_num",
    "pagenum",
    "page_number",
    "page_index",
    "current_page",
)
_LIMIT_NAMES = ("limit", "page_size", "pagesize", "per_page", "size", "max_items")
_MARKER_NAMES = ("marker", "next_marker", "page_token", "cursor")
_CONTINUE_NAMES = ("continue",)
_ITEMS_NAMES = ("items", "data", "list", "results", "records")
_COUNT_NAMES = ("count", "total", "total_count", "totalcount")
_NEXT_NAMES = ("next_marker", "marker", "next_page_token", "next")
#: Descriptions saying an "offset" parameter counts pages, not items ("Start page of the list").
_PAGE_WORDS = re.compile(
    r"页码|起始页|第几页|页数索引|start page|index of the page|page (?:number|index)|page no",
    re.IGNORECASE,
)


def _text(value: Any) -> str:
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    if isinstance(value, PythonCode):
        return value.as_unembedded_code()
    return str(value)


def path_key(method: str, path: str) -> tuple[str, str]:
    """``(method, path with every {param} blanked)``: matches spec and parser operations."""
    return method.lower(), re.sub(r"\{[^}]*\}", "{}", path)


# --- decisions on the raw OpenAPI document -------------------------------------------------


def resolve(spec: Mapping[str, Any], node: Any, *, depth: int = 0) -> Any:
    """``node`` with a local ``$ref`` followed (a few levels, cycles guarded)."""
    while isinstance(node, Mapping) and "$ref" in node and depth < 20:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return {}
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, Mapping) else None
        node, depth = target if target is not None else {}, depth + 1
    return node


def package_name(spec: Mapping[str, Any], override: str | None = None) -> str:
    """The import name of the generated package: ``override`` or ``<service>_client``."""
    if override:
        return names.package_name(override)
    return names.package_name(service_name(spec), suffix="client")


def service_name(spec: Mapping[str, Any]) -> str:
    """The Huawei service name: first label of the default endpoint, else the title's first word."""
    for server in as_list(spec.get("servers")):
        variables = as_mapping(as_mapping(server).get("variables"))
        default = as_mapping(variables.get("endpoint")).get("default")
        if isinstance(default, str) and default.strip():
            label = default.strip().split("://")[-1].split(".")[0]
            if names.words(label):
                return "-".join(names.words(label))
    title = str(as_mapping(spec.get("info")).get("title") or "api")
    first = names.words(title)[:1]
    return first[0] if first else "api"


def base_path(spec: Mapping[str, Any]) -> str:
    """The path of the first server URL (``https://{endpoint}/v2`` -> ``/v2``), no trailing /."""
    for server in as_list(spec.get("servers")):
        url = as_mapping(server).get("url")
        if isinstance(url, str):
            rest = url.split("://", 1)[-1]
            path = rest[rest.index("/") :] if "/" in rest else ""
            return re.sub(r"[^A-Za-z0-9/._~-]", "", path).rstrip("/")
    return ""


def is_idempotent(method: str, operation: Mapping[str, Any]) -> bool:
    """Safe to send twice: idempotent HTTP methods, or ``x-idempotent: true`` on the operation."""
    flag = operation.get("x-idempotent")
    if isinstance(flag, bool):
        return flag
    return method.lower() in IDEMPOTENT_METHODS


@dataclass(frozen=True)
class PaginationPlan:
    """How a list operation pages, in wire names (decided from the spec)."""

    style: str  # offset | page | marker | continue
    items: str  # dotted path of the items list in the response ("" = the body)
    cursor_param: str  # query parameter carrying offset / page / marker / continue token
    limit_param: str | None
    next: str | None = None  # dotted path of the next marker / token in the response
    count: str | None = None  # dotted path of the total count in the response
    start: int = 0
    marker_field: str = "id"


def _query_params(
    spec: Mapping[str, Any], path_item: Mapping[str, Any], operation: Mapping[str, Any]
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for raw in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
        param = resolve(spec, raw)
        if (
            isinstance(param, Mapping)
            and param.get("in") == "query"
            and isinstance(param.get("name"), str)
        ):
            found[param["name"]] = param
    return found


def success_schema(
    spec: Mapping[str, Any], operation: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    """The JSON schema of the first 2xx response, resolved; None when there is none."""
    responses = operation.get("responses") or {}
    for code in sorted(str(key) for key in responses):
        if not (code.startswith("2") and (code[1:].isdigit() or code[1:].upper() == "XX")):
            continue
        response = resolve(
            spec, responses.get(code) if code in responses else responses.get(int(code))
        )
        content = response.get("content") if isinstance(response, Mapping) else None
        if not isinstance(content, Mapping):
            continue
        for media, body in sorted(content.items()):
            if "json" in str(media) and isinstance(body, Mapping):
                schema = resolve(spec, body.get("schema"))
                if isinstance(schema, Mapping):
                    return schema
    return None


def _properties(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    props: dict[str, Mapping[str, Any]] = {}
    for part in [schema, *(resolve(spec, s) for s in schema.get("allOf") or [])]:
        if isinstance(part, Mapping):
            for key, value in (part.get("properties") or {}).items():
                resolved = resolve(spec, value)
                if isinstance(key, str) and isinstance(resolved, Mapping):
                    props[key] = resolved
    return props


def _is_array(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "array" or ("items" in schema and schema.get("type") is None)


def _items_path(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> str | None:
    if _is_array(schema):
        return ""
    props = _properties(spec, schema)
    arrays = sorted(key for key, value in props.items() if _is_array(value))
    if len(arrays) == 1:
        return arrays[0]
    for wanted in _ITEMS_NAMES:
        if wanted in arrays:
            return wanted
    return None


def _find(
    props: Mapping[str, Mapping[str, Any]], candidates: Sequence[str], kinds: Sequence[str]
) -> str | None:
    lowered = {key.lower(): key for key in props}
    for candidate in candidates:
        key = lowered.get(candidate)
        if key is not None and props[key].get("type") in kinds:
            return key
    return None


def _pick(params: Mapping[str, Any], candidates: Sequence[str]) -> str | None:
    lowered = {name.lower(): name for name in params}
    for candidate in candidates:
        if candidate in lowered:
            return lowered[candidate]
    return None


def _start(param: Mapping[str, Any], style: str) -> int:
    default = as_mapping(param.get("schema")).get("default")
    if default is None:
        default = param.get("default")
    if isinstance(default, int) and not isinstance(default, bool):
        return default
    return 1 if style == "page" and str(param.get("name", "")).lower() != "offset" else 0


def pagination(spec: Mapping[str, Any], path: str, method: str) -> PaginationPlan | None:
    """The paging plan of one operation: its ``x-pagination``, else detected; None if not paged."""
    path_item = as_mapping(as_mapping(spec.get("paths")).get(path))
    operation = path_item.get(method)
    if not isinstance(operation, Mapping):
        return None
    params = _query_params(spec, path_item, operation)
    schema = success_schema(spec, operation)
    if schema is None:
        return None
    props = _properties(spec, schema)
    declared = operation.get("x-pagination")
    if isinstance(declared, Mapping):
        return _declared_plan(spec, declared, params, schema)
    return _detected_plan(spec, params, schema, props)


def _declared_plan(
    spec: Mapping[str, Any],
    declared: Mapping[str, Any],
    params: Mapping[str, Any],
    schema: Mapping[str, Any],
) -> PaginationPlan | None:
    style = declared.get("style")
    wire = as_mapping(declared.get("params"))
    assert isinstance(wire, Mapping)
    if style not in ("offset", "page", "marker", "continue"):
        return None
    cursor = wire.get(style) or wire.get("offset" if style == "page" else style) or wire.get("page")
    limit = wire.get("limit")
    items = declared.get("items")
    if not isinstance(items, str):
        items = _items_path(spec, schema)
    if not isinstance(cursor, str) or cursor not in params or items is None:
        return None
    if not (isinstance(limit, str) and limit in params):
        limit = None
    nxt = declared.get("next") if isinstance(declared.get("next"), str) else None
    if style == "continue" and nxt is None:
        return None
    props = _properties(spec, schema)
    if style == "offset" and _PAGE_WORDS.search(str(params[cursor].get("description") or "")):
        style = "page"  # the docs say this offset numbers pages
    return PaginationPlan(
        style=str(style),
        items=items,
        cursor_param=cursor,
        limit_param=limit,
        next=nxt,
        count=_find(props, _COUNT_NAMES, ("integer",)),
        start=_start(params[cursor], str(style)),
    )


def _detected_plan(
    spec: Mapping[str, Any],
    params: Mapping[str, Any],
    schema: Mapping[str, Any],
    props: Mapping[str, Mapping[str, Any]],
) -> PaginationPlan | None:
    items = _items_path(spec, schema)
    if items is None:
        return None
    limit = _pick(params, _LIMIT_NAMES)
    count = _find(props, _COUNT_NAMES, ("integer",))
    continue_param = _pick(params, _CONTINUE_NAMES)
    nxt: str | None
    if continue_param:
        metadata = props.get("metadata") or {}
        if "continue" in _properties(spec, metadata):
            nxt = "metadata.continue"
        elif "continue" in props:
            nxt = "continue"
        else:
            return None
        return PaginationPlan("continue", items, continue_param, limit, next=nxt, count=count)
    marker = _pick(params, _MARKER_NAMES)
    if marker and limit:
        nxt = _find(props, _NEXT_NAMES, ("string",))
        page_info = props.get("page_info") or {}
        if nxt is None and "next_marker" in _properties(spec, page_info):
            nxt = "page_info.next_marker"
        return PaginationPlan("marker", items, marker, limit, next=nxt, count=count)
    offset = _pick(params, _OFFSET_NAMES)
    page = _pick(params, _PAGE_NAMES)
    if offset and limit:
        style = (
            "page" if _PAGE_WORDS.search(str(params[offset].get("description") or "")) else "offset"
        )
        return PaginationPlan(
            style, items, offset, limit, count=count, start=_start(params[offset], style)
        )
    if page and limit:
        return PaginationPlan(
            "page", items, page, limit, count=count, start=_start(params[page], "page")
        )
    return None


def prepare_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` with every path placeholder renamed to a sanitized identifier.

    Path parameter names never travel on the wire, so ``/jobs/{@job:id}`` can safely become
    ``/jobs/{job_id}``; openapi-python-client would otherwise drop such operations.
    """
    prepared = copy.deepcopy(dict(spec))
    paths = prepared.get("paths")
    if not isinstance(paths, Mapping):
        return prepared
    renamed: dict[str, Any] = {}
    for path, item in paths.items():
        placeholders = re.findall(r"\{([^}]*)\}", str(path))
        taken: set[str] = set()
        mapping = {
            old: names.unique(names.snake(old, prefix="param_"), taken) for old in placeholders
        }
        new_path = re.sub(r"\{([^}]*)\}", partial(_placeholder, mapping), str(path))
        if isinstance(item, dict):
            _rename_path_params(prepared, item, mapping)
        renamed[new_path] = item
    prepared["paths"] = renamed
    _hoist_nullable_children(prepared)
    _name_enum_members(prepared)
    return prepared


_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "x-invalid-examples"})


def _name_enum_members(node: Any, depth: int = 0, *, named: bool = False) -> None:
    """Give string enums whose members would clash distinct member names (``x-enum-varnames``).

    openapi-python-client names a member after its value upper-cased, and raises on a second
    ``POST`` when the docs list both ``POST`` and ``post`` (or silently keeps one of ``a-b`` and
    ``a_b``). Such enums get ``names.constant`` names made unique, in value order.
    """
    if depth > 200:
        return
    if isinstance(node, list):
        for item in node:
            _name_enum_members(item, depth + 1)
        return
    if not isinstance(node, dict):
        return
    if named:  # a ``properties`` map: every value is a schema, whatever its name
        for value in node.values():
            _name_enum_members(value, depth + 1)
        return
    values = node.get("enum")
    if (
        isinstance(values, list)
        and values
        and all(isinstance(v, str) for v in values)
        and "x-enum-varnames" not in node
    ):
        raw = [v.upper() if v[:1].isalpha() else f"VALUE_{i}" for i, v in enumerate(values)]
        constants = [names.constant(v) for v in values]
        if len(set(raw)) < len(raw) or len(set(constants)) < len(constants):
            taken: set[str] = set()
            node["x-enum-varnames"] = [names.unique(c, taken) for c in constants]
    for key, value in node.items():
        if key not in _DATA_KEYS:
            _name_enum_members(value, depth + 1, named=key == "properties")


def _is_inline_object(schema: Any) -> bool:
    return (
        isinstance(schema, Mapping)
        and "$ref" not in schema
        and (schema.get("type") == "object" or "properties" in schema)
    )


def _hoist_nullable_children(spec: dict[str, Any]) -> None:
    """Move inline objects out of nullable object components into components of their own.

    openapi-python-client builds a nullable object component twice (as ``X`` and inside the
    union ``XType0``) and then refuses the second copy of each inline child model (its issue
    #1375 family), dropping the component; as separate components the children are built once.
    """
    schemas = as_mapping(spec.get("components")).get("schemas")
    if not isinstance(schemas, dict):
        return
    taken = set(schemas)
    for name in sorted(schemas):
        schema = schemas[name]
        if not (isinstance(schema, dict) and schema.get("nullable") is True):
            continue
        props = schema.get("properties")
        if not isinstance(props, dict):
            continue
        for prop_name in sorted(props):
            child = props[prop_name]
            holder, key = props, prop_name
            if isinstance(child, dict) and child.get("type") == "array":
                holder, key, child = child, "items", child.get("items")
            if _is_inline_object(child) and isinstance(holder, dict):
                new_name = names.unique(names.pascal(f"{name} {prop_name}"), taken)
                schemas[new_name] = child
                holder[key] = {"$ref": f"#/components/schemas/{new_name}"}


def _placeholder(mapping: Mapping[str, str], match: re.Match[str]) -> str:
    return "{" + mapping.get(match.group(1), match.group(1)) + "}"


def _rename_path_params(
    spec: Mapping[str, Any], item: dict[str, Any], mapping: Mapping[str, str]
) -> None:
    holders: list[dict[str, Any]] = [item]
    holders += [op for method in HTTP_METHODS if isinstance(op := item.get(method), dict)]
    for holder in holders:
        params = holder.get("parameters")
        if not isinstance(params, list):
            continue
        for index, raw in enumerate(params):
            param = resolve(spec, raw)
            if (
                isinstance(param, Mapping)
                and param.get("in") == "path"
                and isinstance(param.get("name"), str)
                and param["name"] in mapping
            ):
                params[index] = {**param, "name": mapping[param["name"]]}


#: Names openapi-python-client's model classes use themselves: members, and the locals and
#: imports of to_dict / from_dict (a field called ``d`` would overwrite the dict being read).
MODEL_MEMBERS = frozenset(
    {"additional_properties", "additional_keys", "to_dict", "from_dict", "to_multipart"}
    | {"d", "src_dict", "field_dict", "cls", "cast", "isoparse", "json", "files", "unset"}
)


def rename_model_members(data: GeneratorData) -> list[str]:
    """Rename model fields whose Python name clashes with a model's own members or locals.

    Run after ``dedupe_model_modules``: the module name is one of the locals.

    A documented field called ``additional_properties`` would otherwise overwrite the dict that
    holds undocumented fields, one called ``d`` the dict ``from_dict`` reads. The wire name is
    unchanged; the attribute gets a ``field_`` prefix.
    """
    renamed: list[str] = []
    for model_prop in data.models:
        groups = (model_prop.required_properties or [], model_prop.optional_properties or [])
        # from_dict builds the instance in a local named after the model's module: a field
        # ``error`` of model ``Error`` would overwrite it.
        clashing = MODEL_MEMBERS | {_text(model_prop.class_info.module_name)}
        taken = {str(prop.python_name) for props in groups for prop in props}
        for props in groups:
            for index, prop in enumerate(props):
                if prop.python_name in clashing:
                    new_name = names.unique(f"field_{prop.python_name}", taken)
                    new = PythonIdentifier(new_name, prefix="")
                    props[index] = attrs.evolve(prop, python_name=new)
                    renamed.append(f"{_text(model_prop.class_info.name)}.{new}")
    return renamed


def dedupe_model_modules(data: GeneratorData) -> list[str]:
    """Give models/enums whose module names collide (``FloatingIp``/``FloatingIP``) distinct ones.

    openapi-python-client writes one file per class named after the class in snake_case and
    would silently overwrite the first. The Class objects are shared by every property that
    refers to the model, so renaming in place keeps imports consistent. Compared
    case-insensitively so that the package also works on case-insensitive file systems.
    """
    taken: set[str] = set()
    renamed: list[str] = []
    moves: dict[tuple[str, str], str] = {}
    classes = [item.class_info for item in [*data.models, *data.enums]]
    for class_info in sorted(classes, key=lambda c: (_text(c.module_name), _text(c.name))):
        module = _text(class_info.module_name)
        if module.lower() in taken:
            lowered = {name.lower() for name in taken}
            counter, candidate = 2, f"{module}_2"
            while candidate.lower() in lowered:
                counter += 1
                candidate = f"{module}_{counter}"
            moves[(module, _text(class_info.name))] = candidate
            class_info.module_name = PythonIdentifier(candidate, prefix="")
            renamed.append(f"{_text(class_info.name)} -> models/{candidate}.py")
            module = candidate
        taken.add(module.lower())
    if moves:
        _rewrite_imports(data, moves)
    return renamed


def _rewrite_imports(data: GeneratorData, moves: Mapping[tuple[str, str], str]) -> None:
    """Point the import lines openapi-python-client computed while parsing at moved modules."""
    patterns = [
        (re.compile(rf"(models\.){re.escape(old)}( import {re.escape(cls)})$"), new)
        for (old, cls), new in moves.items()
    ]

    def fix(lines: set[str] | None) -> None:
        if not lines:
            return
        updated = set()
        for line in lines:
            for pattern, new in patterns:
                line = pattern.sub(rf"\g<1>{new}\g<2>", line)
            updated.add(line)
        lines.clear()
        lines.update(updated)

    for item in data.models:
        fix(item.relative_imports)
        fix(item.lazy_imports)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            fix(endpoint.relative_imports)


#: Names the generated operation functions use for their own arguments and locals.
OPERATION_NAMES = frozenset(
    {"client", "body", "headers", "params", "cookies", "kwargs", "response", "max_pages"}
    | {"cursor", "fetch", "raw", "parsed", "exc", "quote", "httpx", "cast", "Any"}
)


def rename_reserved_params(data: GeneratorData) -> list[str]:
    """Rename operation parameters whose Python name is one the generated functions use.

    A query parameter documented as ``params`` or ``client`` would otherwise shadow the
    function's own ``params`` dict or ``client`` argument. Wire names are unchanged.
    """
    renamed: list[str] = []
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            groups = (
                endpoint.path_parameters,
                endpoint.query_parameters,
                endpoint.header_parameters,
                endpoint.cookie_parameters,
            )
            taken: set[str] = {str(p.python_name) for group in groups for p in group}
            for group in groups:
                for index, prop in enumerate(group):
                    if prop.python_name not in OPERATION_NAMES:
                        continue
                    new = names.unique(f"{prop.python_name}_param", taken)
                    if group is endpoint.path_parameters:
                        path = _text(endpoint.path).replace(f"{{{prop.python_name}}}", f"{{{new}}}")
                        endpoint.path = UntrustedString(path)
                    group[index] = attrs.evolve(prop, python_name=PythonIdentifier(new, prefix=""))
                    renamed.append(f"{endpoint.name}({prop.python_name} -> {new})")
    return renamed


def fix_string_defaults(data: GeneratorData) -> int:
    """Render string defaults as ``ascii(value)``: the exact value, as a safe ASCII literal.

    openapi-python-client 0.29.1 escapes quotes and backslashes and *then* applies ``repr``,
    so a documented default ``a"b`` would become the value ``a\\"b``. ``ascii`` alone already
    yields a valid literal for any text. Returns how many defaults were rewritten.
    """
    props: list[Any] = []
    for item in data.models:
        props += [*(item.required_properties or []), *(item.optional_properties or [])]
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            props += endpoint.list_all_parameters()
    count = 0
    for prop in props:
        default = getattr(prop, "default", None)
        if isinstance(prop, StringProperty) and isinstance(default, Value):
            raw = default.raw_value
            if isinstance(raw, str) and default.python_code.as_unembedded_code() != ascii(raw):
                prop.default = Value(python_code=PythonCode(ascii(raw)), raw_value=raw)
                count += 1
    return count


# --- the view the templates render ---------------------------------------------------------


@dataclass
class IteratorView:
    """One ``iter_<operation>`` / ``aiter_<operation>`` pair."""

    name: str
    async_name: str
    plan: PaginationPlan
    cursor: Property
    limit: Property | None
    item_type: str
    item_class: str | None
    item_import: str | None


@dataclass
class OperationView:
    """What the endpoint template needs beyond openapi-python-client's Endpoint."""

    endpoint: Endpoint
    module: str  # dotted import path inside the package, e.g. "api.datasets.list_datasets"
    idempotent: bool
    positional_params: list[Property]
    filled_params: list[Property]
    success_responses: list[Response]
    parsed_type: str
    path: str = ""  # the operation's path in the (prepared) spec
    method: str = ""
    iterator: IteratorView | None = None


@dataclass
class ClientView:
    """The whole generated package as the templates see it (the ``d2a`` template global)."""

    spec: Mapping[str, Any]
    package_name: str
    service: str
    base_path: str
    package_doc: str
    operations: dict[tuple[str, str], OperationView] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def operation(self, endpoint: Endpoint) -> OperationView:
        """The view of one parsed endpoint."""
        return self.operations[path_key(endpoint.method, _text(endpoint.path))]

    @property
    def iterators(self) -> list[OperationView]:
        """Operations with an iterator, in a stable order."""
        ops = [op for op in self.operations.values() if op.iterator is not None]
        return sorted(ops, key=lambda op: op.iterator.name if op.iterator else "")

    @property
    def example(self) -> OperationView | None:
        """An operation for the README example: the first paged one, else the first GET."""
        ops = sorted(self.operations.values(), key=lambda op: op.module)
        for op in ops:
            if op.iterator is not None and not op.positional_params:
                return op
        return next(
            (op for op in ops if op.endpoint.method == "get" and not op.positional_params), None
        )


def _type_code(prop: Property) -> str:
    return _text(prop.get_type_string())


def _is_success(response: Response) -> bool:
    code_range = response.status_code.range
    return code_range is not None and code_range[0] >= 200 and code_range[1] <= 299


def _union(types: Sequence[str]) -> str:
    unique: list[str] = []
    for item in types:
        if item not in unique:
            unique.append(item)
    return " | ".join(unique)


def _item_model(endpoint: Endpoint, items: str) -> ModelProperty | None:
    if "." in items:
        return None
    for response in endpoint.responses.patterns:
        if not _is_success(response):
            continue
        prop: Any = response.prop
        if items == "" and isinstance(prop, ListProperty):
            inner: Any = prop.inner_property
            return inner if isinstance(inner, ModelProperty) else None
        if isinstance(prop, ModelProperty):
            for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
                if _text(child.name) == items and isinstance(child, ListProperty):
                    inner = child.inner_property
                    return inner if isinstance(inner, ModelProperty) else None
    return None


def _iterator(endpoint: Endpoint, plan: PaginationPlan, notes: list[str]) -> IteratorView | None:
    by_wire = {_text(p.name): p for p in endpoint.query_parameters}
    cursor = by_wire.get(plan.cursor_param)
    limit = by_wire.get(plan.limit_param) if plan.limit_param else None
    all_names = {p.python_name for p in endpoint.list_all_parameters()}
    if cursor is None:
        notes.append(f"{endpoint.name}: paging parameter not generated; no iterator")
        return None
    if all_names & ITERATOR_RESERVED:
        notes.append(
            f"{endpoint.name}: a parameter is named like an iterator argument; no iterator"
        )
        return None
    model = _item_model(endpoint, plan.items)
    item_class: str | None = None
    item_import: str | None = None
    item_type = "Any"
    if model is not None:
        item_class = _text(model.class_info.name)
        item_import = f"from .models.{model.class_info.module_name} import {item_class}"
        item_type = f"{item_class} | Unparsed"
    return IteratorView(
        name=f"iter_{endpoint.name}",
        async_name=f"aiter_{endpoint.name}",
        plan=plan,
        cursor=cursor,
        limit=limit,
        item_type=item_type,
        item_class=item_class,
        item_import=item_import,
    )


def _spec_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield str(path), method, operation


def build_view(spec: Mapping[str, Any], data: GeneratorData, *, package: str) -> ClientView:
    """The ClientView of ``spec`` as openapi-python-client parsed it into ``data``."""
    title = str(as_mapping(spec.get("info")).get("title") or package)
    view = ClientView(
        spec=spec,
        package_name=package,
        service=service_name(spec),
        base_path=base_path(spec),
        package_doc=f"A client library for {title} (generated by docs2api).",
    )
    by_key = {
        path_key(method, path): (path, method, op) for path, method, op in _spec_operations(spec)
    }
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            key = path_key(endpoint.method, _text(endpoint.path))
            path, method, operation = by_key.get(key, ("", endpoint.method, {}))
            filled = [
                p
                for p in endpoint.path_parameters
                if _text(p.name).lower() in CLIENT_FILLED_PATH_PARAMS
            ]
            success = [r for r in endpoint.responses.patterns if _is_success(r)]
            types = [_type_code(r.prop) for r in success]
            parsed = "Any" if "Any" in types else _union([*types, "Unparsed"])
            op = OperationView(
                endpoint=endpoint,
                module=f"api.{tag}.{endpoint.name}",
                idempotent=is_idempotent(method, operation),
                positional_params=[p for p in endpoint.path_parameters if p not in filled],
                filled_params=filled,
                success_responses=success,
                parsed_type=parsed,
                path=path,
                method=method,
            )
            plan = pagination(spec, path, method) if path else None
            if plan is not None:
                op.iterator = _iterator(endpoint, plan, view.notes)
            view.operations[key] = op
    return view
